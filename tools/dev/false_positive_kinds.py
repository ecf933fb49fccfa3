"""Count the false positives of a set by kind and by construction, to see where precision is lost.

    PYTHONPATH=. .venv/bin/python tools/dev/false_positive_kinds.py GOLD OUT [--list]

Kinds, for a prediction no gold triple takes (SPEC section 4, relaxed, after the scorer's matching):
- ``sentence_without_gold``: its sentence holds no gold triple (read where the annotators saw no claim);
- ``pair_wrong_effect``: a gold triple of the sentence has both names, with another polarity or negation;
- ``pair_already_matched``: such a gold triple exists but another prediction took it;
- ``other_target_of_a_missed_factor`` / ``other_factor_of_a_missed_target``: one name and the polarity
  are those of a gold triple of the sentence that no prediction took, the other name is not: the claim
  was read with its other argument named otherwise, often by a fragment of the phrase the text uses (a
  false positive and a miss at once);
- ``one_name_right``: one name is a gold name of the sentence, with no such missed triple;
- ``both_names_wrong``.
The counts alone are safe to print for a held-out set; ``--list`` prints the predictions and their
sentences' gold, for train and team-annotated sets only (never validation or held-out text).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from pipeline.evaluation.gold import GoldTriple, group_gold, load_gold
from pipeline.evaluation.locate import CompactText, overlaps
from pipeline.evaluation.output_tables import Prediction, load_documents, load_predictions, match_documents
from pipeline.evaluation.printout import group_by
from pipeline.evaluation.scoring import score_paper, with_sentence
from pipeline.evaluation.triple_match import factor_matches, target_matches


def false_positive_kind(p: Prediction, near: list[tuple[GoldTriple, bool]]) -> str:
    """The kind of ``p``, a prediction no gold triple took, given its sentence's gold (and whether each was hit)."""
    if not near:
        return "sentence_without_gold"
    both = [(g, hit) for g, hit in near if factor_matches(p, g) and target_matches(p, g)]
    if both:
        same = any((g.polarity, g.negated) == (p.polarity, p.negated) for g, _ in both)
        return "pair_already_matched" if same else "pair_wrong_effect"
    missed = [g for g, hit in near if not hit and g.polarity == p.polarity]
    if any(factor_matches(p, g) for g in missed):
        return "other_target_of_a_missed_factor"
    if any(target_matches(p, g) for g in missed):
        return "other_factor_of_a_missed_target"
    if any(factor_matches(p, g) or target_matches(p, g) for g, _ in near):
        return "one_name_right"
    return "both_names_wrong"


def false_positives(gold_dir: str, out_dir: str):
    """(prediction, kind, the sentence's gold) of every false positive of a scored paper."""
    out = Path(out_dir)
    papers = group_gold(load_gold(gold_dir))
    doc_of, _ = match_documents(papers, load_documents(out))
    by_doc = group_by(load_predictions(out), lambda p: p.doc_id)
    for paper, gold in papers.items():
        doc = doc_of.get(paper)
        if doc is None:
            continue
        preds = [with_sentence(p, doc.text) for p in by_doc.get(doc.doc_id, [])]
        result = score_paper(paper, gold, preds, doc.text)
        compact = CompactText.of(doc.text) if doc.text else None
        spans = [compact.find_all(g.sentence) if compact else () for g in gold]
        taken, hit = set(result.relaxed.values()), set(result.relaxed)
        for j, p in enumerate(preds):
            if j not in taken:
                near = [(g, i in hit) for i, (g, s) in enumerate(zip(gold, spans)) if overlaps(p.sent_start, p.sent_end, s)]
                yield p, false_positive_kind(p, near), [g for g, _ in near]


def main(argv: list[str]) -> int:
    gold_dir, out_dir, listing = argv[0], argv[1], "--list" in argv[2:]
    kinds: Counter = Counter()
    rules: Counter = Counter()
    for p, kind, near in false_positives(gold_dir, out_dir):
        kinds[kind] += 1
        rules[p.rule] += 1
        if listing:
            print(f"[{kind}] {p.factor_text} --{p.effect}--> {p.target_text}  {p.rule}  | {p.sentence}")
            for g in near:
                print(f"      gold: {g.factor} --{g.effect}--> {g.target}")
    print(f"{gold_dir}: {sum(kinds.values())} false positives")
    for kind, n in kinds.most_common():
        print(f"  {kind:34s} {n:4d}")
    print("  by construction: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
