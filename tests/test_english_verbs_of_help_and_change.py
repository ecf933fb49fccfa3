"""Trigger verbs of triggers.tsv read on the English parse: ``help`` (X helps Y: promotes), the verbs of
letting happen ``allow`` / ``enable`` / ``permit`` (X, allowing Y: promotes; a result participle shares the
clause's subject) and ``alter`` (X alters Y: regulates, no direction). Sentences written for the test in the grammar of
reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-33 helps macrophage activation and IL-13 release.",
     {("IL-33", "promotes", "macrophage", "activity", False, False, "en.dep.active"),
      ("IL-33", "upregulates", "IL-13", "expression", False, False, "en.dep.active")}),
    ("In inflamed tissue, TNF-α alters vascular permeability within hours.",
     {("TNF-α", "regulates", "vascular permeability", None, False, False, "en.dep.active")}),
])
def test_help_promotes_and_alter_regulates(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a result participle (thus allowing Y) shares the clause's subject
    ("In the marrow, IL-6 suppresses Th1 cytokines, thus allowing Th2 differentiation.",
     {("IL-6", "inhibits", "Th1 cytokine", "activity", False, False, "en.dep.active"),
      ("IL-6", "promotes", "Th2 cell", "differentiation", False, False, "en.dep.active")}),
    # a means phrase before the subject, and enable as the main verb
    ("By blocking NK cells, TGF-β enables tumor growth.",
     {("TGF-β", "inhibits", "NK cell", None, False, False, "en.dep.active"),
      ("TGF-β", "promotes", "tumor", "growth", False, False, "en.dep.active")}),
])
def test_verbs_of_letting_happen_promote(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_help_with_an_infinitive_is_no_claim_of_its_own(resources):
    # ``helps to V``: the infinitive says what X does; help itself names no target
    assert parse_read("In these cells, IL-6 helps to activate STAT3 within minutes.", resources) == \
        {("IL-6", "activates", "STAT3", "activity", False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    # r10en: costimulate (activates) with a process of the cells as its object
    ("DR3 costimulates T cell activation, but it is unique among these receptors in that it signals through an "
     "intracytoplasmic death domain and the adapter protein TRADD.",
     {("DR3", "activates", "T cell", "activity", False, False, "en.dep.active")}),
    # expand (promotes) a cell population
    ("IL-2 expands regulatory T cells in vivo.",
     {("IL-2", "promotes", "Treg", None, False, False, "en.dep.active")}),
])
def test_costimulate_activates_and_expand_promotes(resources, text, expected):
    assert parse_read(text, resources) == expected
