"""Name coverage: how many gold factors and targets are found as a mention in their sentence and
grounded to the right concept, and the listing of those that are not."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .cells import fold_keys
from .gold import group_gold, load_gold
from .locate import CompactText
from .output_tables import load_documents, match_documents, read_table, table_path
from .triple_match import fuzzy_equal


@dataclass(frozen=True)
class MentionRecall:
    """How many gold factors and targets are found as a mention in their
    sentence and grounded to the right concept (issue: 97 % wanted)."""

    n: int
    factors_found: int
    targets_found: int
    # (role, gold name, sentence, the mentions found there as ``surface = concept``)
    missing: tuple[tuple[str, str, str, tuple[str, ...]], ...]

    @property
    def share(self) -> float:
        return (self.factors_found + self.targets_found) / (2 * self.n) if self.n else 0.0

    @classmethod
    def combined(cls, parts: Sequence[MentionRecall]) -> MentionRecall:
        """The counts of several gold sets added up."""
        return cls(sum(p.n for p in parts), sum(p.factors_found for p in parts),
                   sum(p.targets_found for p in parts), tuple(m for p in parts for m in p.missing))


MentionKeys = tuple[int, int, frozenset[str], str]  # start, end, folded names, ``surface = concept``


def mention_recall(gold_dir: str | Path, out_dir: str | Path) -> MentionRecall:
    """Gold names found among the ``mentions`` of their sentence.

    A mention grounds a gold name when its concept id, concept name or
    surface text folds to the gold name or one of its aliases (the same
    test the triple scorer applies to factors and targets).
    """
    out = Path(out_dir)
    papers = group_gold(load_gold(gold_dir))
    doc_of, _ = match_documents(papers, load_documents(out))
    by_doc = mentions_by_doc(out)
    n = factors = targets = 0
    missing = []
    for paper, gold in papers.items():
        doc = doc_of.get(paper)
        compact = CompactText.of(doc.text) if doc and doc.text else None
        for g in gold:
            n += 1
            spans = compact.find_all(g.sentence) if compact else ()
            rows = [(keys, label) for a, b, keys, label in by_doc.get(doc.doc_id if doc else "", [])
                    if any(s <= a and b <= e for s, e in spans)]
            inside = [keys for keys, _ in rows]
            there = tuple(label for _, label in rows)
            if any(keys & g.factor_keys for keys in inside):
                factors += 1
            else:
                missing.append(("factor", g.factor, g.sentence, there))
            if any(keys & g.target_keys or any(fuzzy_equal(k, t) for k in keys for t in g.target_keys)
                   for keys in inside):
                targets += 1
            else:
                missing.append(("target", g.target, g.sentence, there))
    return MentionRecall(n, factors, targets, tuple(missing))


def mentions_by_doc(out: Path) -> dict[str, list[MentionKeys]]:
    """The ``mentions`` table by document: each mention's span, the folded forms of its concept id,
    concept name, surface and frame, and a label for the listing."""
    table = read_table(table_path(out, "mentions"), ("doc_id", "start", "end", "surface",
                                                     "concept_id", "concept_name"), ("frame_id", "frame_name"))
    by_doc: dict[str, list[MentionKeys]] = defaultdict(list)
    for row in table:
        keys = fold_keys((row["concept_id"], row["concept_name"], row["surface"],
                          row.get("frame_id"), row.get("frame_name")))
        by_doc[row["doc_id"]].append((row["start"], row["end"], keys,
                                      f"{' '.join(str(row['surface']).split())} = {row['concept_name']}"))
    return by_doc


def format_name_misses(recall: MentionRecall) -> str:
    """The error listing's last part: each gold name not found as a mention, its sentence and the
    mentions found there."""
    return ("\n==================== gold names not found as mentions ====================\n"
            + "".join(f"{role}: {name}\n    {sentence}\n    found: {'; '.join(there) or '-'}\n"
                      for role, name, sentence, there in recall.missing))
