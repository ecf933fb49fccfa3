"""A finite verb with no subject that the parser hung as a conjunct of a participle modifying the object of
the verb before it (``blocks macrophage activation induced by IFN-γ and promotes Treg differentiation``):
a second verb of the first verb's subject (english_coordination.verb_past_participle, asked by
english_clauses.subject_head); examples hung on the verb after a comma right after its direct object are
the object's (``attenuates pathological responses, including colitis``: example_phrases); a plural noun
(in -s, or a bare form) the parser made of a verb lowers nothing (english_phrases._lowered). Sentences written for the test
in the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("TGF-β blocks macrophage activation induced by IFN-γ and promotes Treg differentiation.", {
        ("IFN-γ", "induces", "macrophage", "activity", False, False, "en.dep.passive_agent"),
        ("TGF-β", "inhibits", "macrophage", "activity", False, False, "en.dep.active"),
        ("TGF-β", "promotes", "Treg", "differentiation", False, False, "en.dep.active")}),
    ("IL-37 inhibits neutrophil recruitment induced by IL-1β and attenuates inflammatory diseases, including "
     "colitis.", {
        ("IL-37", "inhibits", "neutrophil", "recruitment", False, False, "en.dep.active"),
        ("IL-1β", "induces", "neutrophil", "recruitment", False, False, "en.dep.passive_agent"),
        ("IL-37", "inhibits", "colitis", None, False, False, "en.dep.active")}),
])
def test_second_verb_after_a_participle_has_the_first_verbs_subject(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text", [
    "IL-37 enhances barrier integrity, inhibits cytokine release induced by LPS.",
    "Glucocorticoids suppress cytokine production induced by LPS and ameliorate autoimmune diseases.",
])
def test_verb_read_as_a_noun_does_not_lower_its_noun(resources, text):
    got = parse_read(text, resources)
    assert any(t[0] == "LPS" and t[1] == "induces" and t[6] == "en.dep.passive_agent" for t in got)
    assert not any(t[0] == "LPS" and t[1] == "inhibits" for t in got)
