"""``X signaling`` as an object (pipeline/english/english_phrases.py, the head words): the parse reads ``signaling``
right after a name as a head word (``pathway``) and the name as the argument; written ``signaling`` it is
also an aspect word, so the object is the name's activity (SPEC: a signal acted on is its activity; the
train passages' gold: "a specific role for sclerostin in TNFα signaling" is TNF-α's activity), not the
expression a gene regulated takes by default. Sentences written for the test in the grammar of reviews; each
row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("These findings point to a specific role for sclerostin in TNF-α signaling.",
     {("sclerostin", "regulates", "TNF-α", "activity", False, False, "en.dep.role")}),
    ("In osteoclast precursors, IFN-γ strongly suppresses RANKL signaling.",
     {("IFN-γ", "inhibits", "RANKL", "activity", False, False, "en.dep.active")}),
    # a pathway named as such keeps its own reading (activity, the default of a pathway)
    ("IL-6 activates the JAK/STAT3 signaling pathway.",
     {("IL-6", "activates", "JAK/STAT3 pathway", "activity", False, False, "en.dep.active")}),
])
def test_signaling_after_a_name_is_its_activity(resources, text, expected):
    assert parse_read(text, resources) == expected
