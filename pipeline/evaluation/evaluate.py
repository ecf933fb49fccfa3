"""Score the pipeline's triples against gold JSON Lines (SPEC section 4): the command line.

Reads a gold folder of ``*.jsonl`` files (one gold triple per line) and an
output folder holding the ``documents`` and ``triples`` tables (each a single
``NAME.parquet`` file or a ``NAME/`` folder of part files), and prints
micro-averaged precision, recall and F1, strict (aspect must agree) and
relaxed (aspect ignored), overall, by language and by paper; then the share of
gold names found as mentions and the agreement of bilingual abstracts. It
writes the errors behind the numbers and the numbers as JSON when asked.
The work is done by the modules of ``pipeline/evaluation/`` (its
``__init__`` lists them, stage by stage).

Usage::

    python -m pipeline.evaluation.evaluate --gold gold/dev --out output \
        --errors errors.txt --json scores.json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from pipeline.evaluation.bilingual import bilingual_agreement
from pipeline.evaluation.cells import EvaluationInputError
from pipeline.evaluation.name_coverage import MentionRecall, format_name_misses, mention_recall
from pipeline.evaluation.output_tables import has_table
from pipeline.evaluation.printout import format_errors, format_summary
from pipeline.evaluation.scores import Report
from pipeline.evaluation.scoring import score_sets

Pairs = list[tuple[str, str]]  # (gold folder, output folder)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluation.evaluate",
        description="Score the pipeline's triples against gold JSON Lines (SPEC 4).")
    parser.add_argument("--gold", action="append", default=None,
                        help="folder of gold *.jsonl files (default gold/dev); repeat it with --out to "
                             "score several sets as one")
    parser.add_argument("--out", action="append", default=None,
                        help="output folder with the documents and triples tables (default output), one per --gold")
    parser.add_argument("--errors", metavar="FILE", help="write the error report here")
    parser.add_argument("--json", metavar="FILE", help="write the numbers as JSON here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Score, print the summary table, and write the optional report files."""
    args = parse_args(argv)
    golds, outs = args.gold or ["gold/dev"], args.out or ["output"]
    if len(golds) != len(outs):
        print(f"error: {len(golds)} --gold folders but {len(outs)} --out folders: give one --out per --gold",
              file=sys.stderr)
        return 2
    pairs = list(zip(golds, outs))
    try:
        report = score_sets(pairs)
    except (FileNotFoundError, EvaluationInputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_summary(report))
    recall = print_name_coverage(pairs)
    print_bilingual_agreement(pairs)
    if args.errors:
        text = format_errors(report) + (format_name_misses(recall) if recall is not None else "")
        Path(args.errors).write_text(text, encoding="utf-8")
    if args.json:
        write_json(report, Path(args.json))
    return 0


def print_name_coverage(pairs: Pairs) -> MentionRecall | None:
    """The share of gold names found as mentions, over all sets (None, and nothing printed, when a
    set's output has no ``mentions`` table)."""
    if not all(has_table(Path(out), "mentions") for _, out in pairs):
        return None
    recall = MentionRecall.combined([mention_recall(gold, out) for gold, out in pairs])
    print(f"gold names found as mentions in their sentence: {recall.share:.3f} "
          f"(factors {recall.factors_found}/{recall.n}, targets {recall.targets_found}/{recall.n})")
    return recall


def print_bilingual_agreement(pairs: Pairs) -> None:
    """One line per document whose Chinese and English abstracts both gave triples."""
    for _, out in pairs:
        if has_table(Path(out), "sentences"):
            for source, (n_zh, n_en, jaccard) in sorted(bilingual_agreement(out).items()):
                print(f"bilingual abstract {source}: zh {n_zh} / en {n_en} triples, agreement (Jaccard) {jaccard:.2f}")


def write_json(report: Report, path: Path) -> None:
    """The numbers of the report as JSON."""
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
