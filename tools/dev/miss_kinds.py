"""Count the missed gold triples of a readable set by kind, to see where recall is lost before reading errors.

    PYTHONPATH=. .venv/bin/python tools/dev/miss_kinds.py gold/extra output/extra [KIND]

Kinds, for a gold triple no prediction of its sentence matches (SPEC section 4, relaxed):
- ``no_names`` / ``no_factor`` / ``no_target``: a name is not found as a mention in the sentence (the
  test of ``make eval``'s "gold names found"; ``name_misses.py`` lists them);
- ``pair_wrong_effect``: a prediction has both names, with another polarity or negation;
- ``factor_used_other_target`` / ``target_used_other_factor``: one name was read, with another partner;
- ``sentence_has_other_triples``: both names found, the sentence read, neither name used;
- ``sentence_empty``: both names found, nothing at all read in the sentence.
With KIND, each such miss is listed with its sentence and the sentence's predictions. Run ``make eval``
first so the output folders are current. Train and team-annotated sets only (never validation).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from pipeline.evaluation.gold import GoldTriple, group_gold, load_gold
from pipeline.evaluation.locate import CompactText
from pipeline.evaluation.name_coverage import mentions_by_doc
from pipeline.evaluation.output_tables import Prediction, load_documents, load_predictions, match_documents
from pipeline.evaluation.printout import group_by
from pipeline.evaluation.triple_match import factor_matches, fuzzy_equal, relaxed_match, target_matches


def miss_kind(g: GoldTriple, preds: list[Prediction], mention_keys: list[frozenset]) -> str | None:
    """The kind of miss of ``g`` given its sentence's predictions and mentions; None when it is found."""
    if any(relaxed_match(p, g) for p in preds):
        return None
    factor = any(keys & g.factor_keys for keys in mention_keys)
    target = any(keys & g.target_keys or any(fuzzy_equal(k, t) for k in keys for t in g.target_keys)
                 for keys in mention_keys)
    if not (factor or target):
        return "no_names"
    if not factor or not target:
        return "no_target" if factor else "no_factor"
    if any(factor_matches(p, g) and target_matches(p, g) for p in preds):
        return "pair_wrong_effect"
    if any(factor_matches(p, g) for p in preds):
        return "factor_used_other_target"
    if any(target_matches(p, g) for p in preds):
        return "target_used_other_factor"
    return "sentence_has_other_triples" if preds else "sentence_empty"


def misses(gold_dir: str, out_dir: str):
    """(gold triple, kind, the sentence's predictions) of every miss."""
    out = Path(out_dir)
    papers = group_gold(load_gold(gold_dir))
    doc_of, _ = match_documents(papers, load_documents(out))
    mentions = mentions_by_doc(out)
    by_doc = group_by(load_predictions(out), lambda p: p.doc_id)
    for paper, gold in papers.items():
        doc = doc_of.get(paper)
        compact = CompactText.of(doc.text) if doc and doc.text else None
        for g in gold:
            spans = compact.find_all(g.sentence) if compact else ()

            def inside(a, b) -> bool:
                return a is not None and any(s <= a and b <= e for s, e in spans)
            preds = [p for p in by_doc.get(doc.doc_id if doc else "", []) if inside(p.sent_start, p.sent_end)]
            keys = [k for a, b, k, _ in mentions.get(doc.doc_id if doc else "", []) if inside(a, b)]
            kind = miss_kind(g, preds, keys)
            if kind:
                yield g, kind, preds


def main(argv: list[str]) -> int:
    gold_dir, out_dir, show = argv[0], argv[1], (argv[2] if len(argv) > 2 else None)
    counts: Counter = Counter()
    for g, kind, preds in misses(gold_dir, out_dir):
        counts[(kind, g.lang)] += 1
        if kind == show:
            print(f"[{g.lang}] {g.factor} --{g.effect}{' (negated)' if g.negated else ''}--> {g.target}  | {g.sentence}")
            for p in preds:
                print(f"      predicted: {p.factor_text} --{p.effect}--> {p.target_text}  {p.rule}")
    kinds = sorted({k for k, _ in counts}, key=lambda k: -sum(n for (kk, _), n in counts.items() if kk == k))
    print(f"{gold_dir}: {sum(counts.values())} misses")
    for k in kinds:
        print(f"  {k:28s} {counts[(k, 'en')] + counts[(k, 'zh')]:4d}   en {counts[(k, 'en')]:4d}   zh {counts[(k, 'zh')]:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
