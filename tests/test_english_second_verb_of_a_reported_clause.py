"""``These data show that X inhibits A, and induces B`` (pipeline/english/english_coordination.py
``clause_verb_before``): the parser often hangs the second verb of a that-clause on the reporting verb
(show, suggest, demonstrate), as its conjunct or as a second complement, with no subject of its own; it
is the that-clause's verb, and shares its subject. Sentences written for the test in the grammar of
reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Studies in mice show that IL-10 inhibits IL-12 and TNF-α, and induces IL-4.",
     {("IL-10", "inhibits", "IL-12", "activity", False, False, "en.dep.active"),
      ("IL-10", "inhibits", "TNF-α", "activity", False, False, "en.dep.active"),
      ("IL-10", "upregulates", "IL-4", "expression", False, False, "en.dep.active")}),
])
def test_second_verb_hung_on_the_reporting_verb_has_the_clauses_subject(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_reporting_verbs_own_conjunct_with_its_own_subject_is_left_alone(resources):
    # the second clause has a subject of its own: TNF-α, not IL-10, promotes osteoclast differentiation
    assert parse_read("These data show that IL-10 inhibits IL-12, and TNF-α promotes osteoclast differentiation.",
                      resources) == {
        ("IL-10", "inhibits", "IL-12", "activity", False, False, "en.dep.active"),
        ("TNF-α", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")}
