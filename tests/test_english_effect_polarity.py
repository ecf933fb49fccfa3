"""A word before an effect noun gives the effect its direction (``polarity`` words of
dictionaries/relations/english_parse_words.tsv, read by english_directions.py ``polarity``): ``a positive effect of
X on Y`` promotes, ``anabolic effects on osteoblasts`` promotes, ``catabolic effects of X on the skeleton``
inhibits, as ``a negative effect`` inhibits; direction words of opposite signs joined by a conjunction
(``both positive and negative effects``) give none (regulates). Sentences of gold/extra (r9en_en_08, leptin and
bone); each row gives the exact set of triples with its flags."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Systemic leptin administration in animals and humans usually exerts a positive effect on bone mass, and "
     "leptin administration into the cerebral ventricles usually normalizes the bone phenotype in "
     "leptin-deficient mice.",
     {("leptin", "promotes", "bone mass", None, False, False, "en.dep.effect_on")}),
    ("Reflecting the role of the sympathetic nervous system in mediating the central catabolic effects of leptin "
     "on the skeleton, b-adrenergic agonists and antagonists have major effects on bone in mice, but this is not "
     "consistently seen in humans.",
     {("leptin", "inhibits", "bone", None, False, False, "en.dep.effect_on"),
      ("b-adrenergic agonist", "regulates", "bone", None, False, False, "en.dep.effect_on")}),
    ("Similarly, in vivo work has demonstrated both positive and negative effects of leptin on bone mass.",
     {("leptin", "regulates", "bone mass", None, False, False, "en.dep.effect_on")}),
])
def test_a_direction_word_before_an_effect_noun(resources, text, expected):
    assert parse_read(text, resources) == expected
