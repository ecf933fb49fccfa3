"""tools/dev/miss_kinds.py: a missed gold triple is given the kind that says where it was lost."""
from __future__ import annotations

import importlib.util

from pipeline import config
from pipeline.evaluation.gold import GoldTriple
from pipeline.evaluation.output_tables import Prediction
from pipeline.evaluation.cells import fold_keys

spec = importlib.util.spec_from_file_location("miss_kinds", config.ROOT / "tools" / "dev" / "miss_kinds.py")
miss_kinds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(miss_kinds)

SENTENCE = "IL-6 induces RANKL expression in osteoblasts and promotes osteoclast differentiation."
GOLD = GoldTriple("p.txt", "en", SENTENCE, "IL-6", (), "promotes", 1, "osteoclast", ("osteoclasts",),
                  "differentiation", False, False, "p.jsonl:1")


def predicted(factor: str, effect: str, polarity: int, target: str) -> Prediction:
    return Prediction(0, "d", "en", 0, len(SENTENCE), None, factor, factor, effect, polarity, None, target, target,
                      None, False, "en.dep.active", SENTENCE)


def test_a_miss_is_sorted_by_where_it_was_lost():
    il6, rankl, osteoclast = fold_keys(("IL-6",)), fold_keys(("RANKL",)), fold_keys(("osteoclast",))
    assert miss_kinds.miss_kind(GOLD, [predicted("IL-6", "promotes", 1, "osteoclast")], [il6, osteoclast]) is None
    assert miss_kinds.miss_kind(GOLD, [], [rankl]) == "no_names"
    assert miss_kinds.miss_kind(GOLD, [], [il6, rankl]) == "no_target"
    assert miss_kinds.miss_kind(GOLD, [], [il6, osteoclast]) == "sentence_empty"
    assert miss_kinds.miss_kind(GOLD, [predicted("IL-6", "inhibits", -1, "osteoclast")],
                                [il6, osteoclast]) == "pair_wrong_effect"
    assert miss_kinds.miss_kind(GOLD, [predicted("IL-6", "upregulates", 1, "RANKL")],
                                [il6, rankl, osteoclast]) == "factor_used_other_target"
