"""``X induces the differentiation of A cells and inhibits B development`` (pipeline/english/english_coordination.py
``verb_above_object``): a second finite trigger verb the parser hung inside the ``of`` phrase of the first verb's
object, or in the ``by`` agent of a passive (``IL-10 is produced by Tregs and suppresses Y``), is a verb of the
same subject; the noun after it is its object, not the first verb's. Sentences written for
the test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-6 induces the differentiation of Th17 cells and inhibits Treg development.",
     {("IL-6", "induces", "Th17 cell", "differentiation", False, False, "en.dep.active"),
      ("IL-6", "inhibits", "Treg", "differentiation", False, False, "en.dep.active")}),
    ("TGF-β promotes the differentiation of Th17 cells and inhibits Treg development.",
     {("TGF-β", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.active"),
      ("TGF-β", "inhibits", "Treg", "differentiation", False, False, "en.dep.active")}),
])
def test_second_verb_inside_the_of_phrase_is_its_own(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_coordinated_names_in_the_of_phrase_stay_the_first_verbs(resources):
    assert parse_read("IL-6 induces the differentiation of Th17 cells and Treg cells.", resources) == {
        ("IL-6", "induces", "Th17 cell", "differentiation", False, False, "en.dep.active"),
        ("IL-6", "induces", "Treg", "differentiation", False, False, "en.dep.active")}


def test_second_verb_inside_a_passives_agent_is_the_subjects(resources):
    # the cells produce IL-10; what suppresses macrophage activation is IL-10
    assert parse_read("IL-10 is produced by regulatory T cells and suppresses macrophage activation.", resources) == {
        ("IL-10", "inhibits", "macrophage", "activity", False, False, "en.dep.active")}
