"""``GM-CSF and the related cytokines IL-3 and IL-5 regulate…`` / ``RANK and its ligand, RANKL, …``
(pipeline/english/english_coordination.py ``apposed_members``): a later conjunct of a list that is a class word or
names nothing, with names in apposition right after it, is those names; the class word only describes
them. Sentences written for the test in the grammar of reviews; each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


def test_class_word_conjunct_stands_for_the_names_after_it(resources):
    got = parse_read("IL-6 and the related cytokines IL-11 and LIF activate STAT3 in myeloma cells.", resources)
    assert {t[0] for t in got if t[2] == "STAT3"} == {"IL-6", "IL-11", "LIF"}


def test_unnamed_conjunct_stands_for_the_name_after_its_comma(resources):
    got = parse_read("RANK and its ligand, RANKL, play critical roles in osteoclast differentiation.", resources)
    assert {t[:4] for t in got} >= {("RANK", "regulates", "osteoclast", "differentiation"),
                                    ("RANKL", "regulates", "osteoclast", "differentiation")}


def test_definite_class_word_before_a_comma_and_names_is_no_argument(resources):
    # english_vetoes.titled_in_list: the parser read the names after the comma as more conjuncts of the list
    got = parse_read("Hypoxia and the hypoxia-inducible transcription factors, HIF-1α and HIF-2α, affect bone "
                     "remodeling.", resources)
    assert got == {(f, "regulates", "bone remodeling", None, False, False, "en.dep.active")
                   for f in ("hypoxia", "HIF-1α", "HIF-2α")}


@pytest.mark.parametrize("text,expected", [
    # english_class_words._called: the name a participle of naming gives (its object predicate) is the argument
    ("FGF23 generally requires a transmembrane protein named αKlotho to evoke its signal.",
     {("Klotho", "promotes", "FGF23", "activity", False, False, "en.dep.requirement")}),
    ("Dendritic cells secrete a cytokine termed IL-12, which drives Th1 differentiation.",
     {("IL-12", "promotes", "Th1 cell", "differentiation", False, False, "en.dep.relative")}),
])
def test_class_word_named_by_a_participle_is_the_name(resources, text, expected):
    assert parse_read(text, resources) == expected
