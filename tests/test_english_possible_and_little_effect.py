"""Flags from the words around a claim (pipeline/english/english_clauses.py ``hedged``, english_nominals.py ``effect_on``):
``it is possible (conceivable) that X promotes Y`` states the claim as possible (a hedge adjective after the
copula whose that-clause holds the verb); ``X has little (negligible) effect on Y`` denies it, as ``no effect``
does (``scant`` words in dictionaries/relations/english_parse_words.tsv). Sentences written for the test in the
grammar of reviews; each row gives the exact set of triples with its flags."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("It is possible that IL-33 promotes Th2 cell differentiation.",
     {("IL-33", "promotes", "Th2 cell", "differentiation", False, True, "en.dep.active")}),
    ("It is conceivable that TNF-α induces osteoclast differentiation.",
     {("TNF-α", "induces", "osteoclast", "differentiation", False, True, "en.dep.active")}),
])
def test_it_is_possible_that_is_a_hedge(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    ("IL-4 has little effect on IL-17 production.",
     {("IL-4", "regulates", "IL-17", "expression", True, False, "en.dep.effect_on")}),
    ("IL-10 had negligible effects on macrophage activation.",
     {("IL-10", "regulates", "macrophage", "activity", True, False, "en.dep.effect_on")}),
    ("IL-4 has a marked effect on IL-17 production.",  # a modifier of degree leaves the claim stated
     {("IL-4", "regulates", "IL-17", "expression", False, False, "en.dep.effect_on")}),
])
def test_little_effect_is_no_effect(resources, text, expected):
    assert parse_read(text, resources) == expected
