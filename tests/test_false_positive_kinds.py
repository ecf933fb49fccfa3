"""tools/dev/false_positive_kinds.py: a prediction no gold triple takes is given the kind that says where
precision was lost."""
from __future__ import annotations

import importlib.util

from pipeline import config
from pipeline.evaluation.gold import GoldTriple
from pipeline.evaluation.output_tables import Prediction

spec = importlib.util.spec_from_file_location("fp_kinds", config.ROOT / "tools" / "dev" / "false_positive_kinds.py")
fp_kinds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fp_kinds)

SENTENCE = "Prolonged glucocorticoid use induces bone demineralization and inhibits osteoblast differentiation."


def gold(factor: str, effect: str, polarity: int, target: str) -> GoldTriple:
    return GoldTriple("p.txt", "en", SENTENCE, factor, (), effect, polarity, target, (), None, False, False,
                      "p.jsonl:1")


def predicted(factor: str, effect: str, polarity: int, target: str) -> Prediction:
    return Prediction(0, "d", "en", 0, len(SENTENCE), None, factor, factor, effect, polarity, None, target, target,
                      None, False, "en.dep.active", SENTENCE)


def test_a_false_positive_is_sorted_by_where_precision_was_lost():
    demineralization = gold("glucocorticoid", "induces", 1, "bone demineralization")
    osteoblast = gold("glucocorticoid", "inhibits", -1, "osteoblast")
    kind = fp_kinds.false_positive_kind
    # the claim read, its target named by a fragment of the phrase: a false positive and a miss at once
    assert kind(predicted("glucocorticoid", "induces", 1, "bone"), [(demineralization, False), (osteoblast, True)]) \
        == "other_target_of_a_missed_factor"
    assert kind(predicted("glucocorticoid", "induces", 1, "bone"), [(demineralization, True), (osteoblast, True)]) \
        == "one_name_right"
    assert kind(predicted("glucocorticoid", "promotes", 1, "osteoblast"), [(osteoblast, True)]) == "pair_wrong_effect"
    assert kind(predicted("glucocorticoid", "inhibits", -1, "osteoblast"), [(osteoblast, True)]) \
        == "pair_already_matched"
    assert kind(predicted("vitamin D", "inhibits", -1, "osteoblast"), [(osteoblast, False)]) \
        == "other_factor_of_a_missed_target"
    assert kind(predicted("vitamin D", "induces", 1, "bone"), [(osteoblast, False)]) == "both_names_wrong"
    assert kind(predicted("vitamin D", "induces", 1, "bone"), []) == "sentence_without_gold"
