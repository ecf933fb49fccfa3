"""``X stimulated A and inhibited B``: where the parser hangs the second verb inside the object phrase of the
first (an adjective or participle before B), B is the second verb's object, not the first's
(pipeline/english/english_vetoes.second_verb_object). Adjectives coordinated before one noun stand, and so do cells
named by their state. Sentences written for the test in the grammar of reviews; each row gives the exact set
of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the first verb does not reach over ``and suppressed`` (the sentence states no claim the parse can read)
    ("In these cultures, BMP2 enhanced osteoblast and suppressed adipocyte differentiation.", set()),
    # adjectives coordinated before their noun: the claim stands
    ("For these, neutralization of IL-1β results in a rapid and sustained reduction in disease severity.",
     {("IL-1β", "promotes", "disease severity", None, False, False, "en.dep.knockdown_subject")}),
    # a plain coordination of verbs is read as before
    ("Wnt10b stimulated osteoblast differentiation and inhibited adipogenesis.",
     {("Wnt10b", "activates", "osteoblast", "differentiation", False, False, "en.dep.active")}),
])
def test_second_verb_object(resources, text, expected):
    assert parse_read(text, resources) == expected
