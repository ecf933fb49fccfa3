"""A noun after a coordinator that the parser hung as a conjunct of the verb whose object comes before it
(``resulted in impaired Treg differentiation in vitro and a severe colitis in vivo``: colitis as a
conjunct of resulted): one more conjunct of that object (english_coordination._verbs_conjunct, in
stray_conjuncts); with a determiner of its own it keeps its own aspect and effect (english_phrases.sides).
Sentences written for the test in the grammar of reviews; each gives the exact set of triples, so a dead
reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-10 deficiency resulted in impaired Treg differentiation in vitro and a severe colitis in vivo.", {
        ("IL-10", "promotes", "Treg", "differentiation", False, False, "en.dep.knockdown_subject"),
        ("IL-10", "inhibits", "colitis", None, False, False, "en.dep.knockdown_subject")}),
    ("Blockade of IL-17 led to reduced neutrophil recruitment in the lung and a marked reduction of airway "
     "inflammation.", {
        ("IL-17", "promotes", "neutrophil", "recruitment", False, False, "en.dep.knockdown_subject"),
        ("IL-17", "promotes", "airway inflammation", None, False, False, "en.dep.knockdown_subject")}),
])
def test_noun_hung_on_the_verb_is_a_conjunct_of_its_object(resources, text, expected):
    assert parse_read(text, resources) == expected
