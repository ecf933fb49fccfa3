"""List the gold names not found as a mention in their sentence, with their aliases and the mentions
the pipeline found there -- the same test `make eval` applies (pipeline.evaluation.name_coverage).

    PYTHONPATH=. .venv/bin/python tools/dev/name_misses.py gold/extra output/extra [gold/train output/train ...]

One block per distinct (role, name, aliases, sentence), with how many gold triples share it. Run
`make eval` first so the output directories are current. Train and team-annotated sets only.
"""
from __future__ import annotations

import sys
from collections import Counter

from pipeline.evaluation.gold import group_gold, load_gold
from pipeline.evaluation.locate import CompactText
from pipeline.evaluation.name_coverage import mentions_by_doc
from pipeline.evaluation.output_tables import load_documents, match_documents
from pipeline.evaluation.triple_match import fuzzy_equal
from pathlib import Path


def misses(gold_dir: str, out_dir: str) -> Counter:
    out = Path(out_dir)
    papers = group_gold(load_gold(gold_dir))
    doc_of, _ = match_documents(papers, load_documents(out))
    by_doc = mentions_by_doc(out)
    found: Counter = Counter()
    for paper, gold in papers.items():
        doc = doc_of.get(paper)
        compact = CompactText.of(doc.text) if doc and doc.text else None
        for g in gold:
            spans = compact.find_all(g.sentence) if compact else ()
            rows = [(keys, label) for a, b, keys, label in by_doc.get(doc.doc_id if doc else "", [])
                    if any(s <= a and b <= e for s, e in spans)]
            there = tuple(label for _, label in rows)
            if not any(keys & g.factor_keys for keys, _ in rows):
                found[("factor", g.factor, g.factor_aliases, g.sentence, there, paper, g.lang)] += 1
            if not any(keys & g.target_keys or any(fuzzy_equal(k, t) for k in keys for t in g.target_keys)
                       for keys, _ in rows):
                found[("target", g.target, g.target_aliases, g.sentence, there, paper, g.lang)] += 1
    return found


def main(argv: list[str]) -> int:
    for gold_dir, out_dir in zip(argv[::2], argv[1::2]):
        rows = misses(gold_dir, out_dir)
        print(f"#### {gold_dir}: {sum(rows.values())} misses, {len(rows)} distinct")
        for (role, name, aliases, sentence, there, paper, lang), n in rows.items():
            print(f"[{lang}] {paper} x{n} {role}: {name}   aliases: {' | '.join(aliases) or '-'}")
            print(f"    {sentence}")
            print(f"    found: {'; '.join(there) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
