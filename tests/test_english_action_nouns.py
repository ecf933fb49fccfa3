"""``action`` is an effect noun (effect_noun words of english_parse_words.tsv, en.dep.effect_on): X has
actions on Y, the actions of X on Y: X regulates Y, or as the adjective says (a pro-apoptotic action:
promotes). Sentences written for the test in the grammar of reviews; each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Leptin has direct actions on osteoblasts.",
     {("leptin", "regulates", "osteoblast", None, False, False, "en.dep.effect_on")}),
    ("These data point to direct actions of PTH on osteocytes.",
     {("PTH", "regulates", "osteocyte", None, False, False, "en.dep.effect_on")}),
    ("Several studies report a pro-apoptotic action of leptin on marrow stromal cells.",
     {("leptin", "promotes", "BMSC", None, False, False, "en.dep.effect_on")}),
])
def test_an_action_on_y_is_an_effect_on_y(resources, text, expected):
    assert parse_read(text, resources) == expected
