"""When a prediction matches a gold triple, sentence and aspect aside (SPEC section 4): polarity and
negation agree, the factor's id, name or text folds to a gold name or alias, and so does the target's,
or comes within a fuzzy ratio of 90 of one."""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from .gold import GoldTriple
from .output_tables import Prediction


FUZZY_TARGET_MIN = 90


@lru_cache(maxsize=200_000)
def fuzzy_equal(a: str, b: str) -> bool:
    """Two folded names a fuzzy ratio of at least 90 apart."""
    return fuzz.ratio(a, b, score_cutoff=FUZZY_TARGET_MIN) >= FUZZY_TARGET_MIN


def factor_matches(pred: Prediction, gold: GoldTriple) -> bool:
    """The predicted factor's id, name or text equals a gold name when folded."""
    return not pred.factor_keys.isdisjoint(gold.factor_keys)


def target_matches(pred: Prediction, gold: GoldTriple) -> bool:
    """As for the factor, or any folded pair with a fuzzy ratio of at least 90."""
    pk, gk = pred.target_keys, gold.target_keys
    if not pk.isdisjoint(gk):
        return True
    return any(fuzzy_equal(p, g) for p in sorted(pk) for g in sorted(gk))


def relaxed_match(pred: Prediction, gold: GoldTriple) -> bool:
    """Everything but the sentence and the aspect: polarity, negation, names."""
    return (pred.polarity == gold.polarity
            and pred.negated == gold.negated
            and factor_matches(pred, gold)
            and target_matches(pred, gold))
