"""Examples after a relative clause (pipeline/english/english_examples.py): ``cytokines that drive Th17
differentiation, such as IL-6 and IL-23``: the parser hangs ``such as`` on the noun that ends the clause;
set off by a comma and naming things of another kind than that noun, the examples are the clause's
antecedent's (SPEC 1) and stand for it as the clause's subject. Sentences written for the test in the
grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # a class word antecedent: the examples (molecules) are no Th17 cells
    ("Macrophages are the source of cytokines that promote the differentiation of Th17 cells, such as IL-6 "
     "and IL-23.",
     {("IL-6", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.relative"),
      ("IL-23", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.relative")}),
    # an unnamed antecedent (molecules), aspects coordinated before the of-object
    ("Osteoblasts are also the source of molecules that regulate the generation and activity of osteoclasts, "
     "such as OPG and RANKL.",
     {("OPG", "regulates", "osteoclast", "differentiation", False, False, "en.dep.relative"),
      ("OPG", "regulates", "osteoclast", "activity", False, False, "en.dep.relative"),
      ("RANKL", "regulates", "osteoclast", "differentiation", False, False, "en.dep.relative"),
      ("RANKL", "regulates", "osteoclast", "activity", False, False, "en.dep.relative")}),
    # the parser hangs the examples on the antecedent itself: they stand for it too
    ("Stromal cells secrete chemokines that attract neutrophils into the lung, such as CXCL1 and CXCL2.",
     {("CXCL1", "promotes", "neutrophil", "recruitment", False, False, "en.dep.relative"),
      ("CXCL2", "promotes", "neutrophil", "recruitment", False, False, "en.dep.relative")}),
])
def test_examples_after_a_relative_clause_stand_for_its_antecedent(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_examples_of_the_clause_noun_kind_stay_with_it(resources):
    """``…that activate immune cells, such as macrophages``: cells of the clause's noun's kind are its own (the
    made cytokines act as their makers, the epithelial cells: english_producers)."""
    text = "Epithelial cells release cytokines that activate immune cells, such as macrophages and neutrophils."
    got = parse_read(text, resources)
    assert ("epithelial cell", "activates", "macrophage", "activity", False, False, "en.dep.relative") in got
    assert ("epithelial cell", "activates", "neutrophil", "activity", False, False, "en.dep.relative") in got
    assert not any(f in ("macrophage", "neutrophil") for f, *_ in got)


def test_examples_of_the_antecedent_kind_after_a_named_noun_with_no_comma(resources):
    """``autoimmune diseases that depend on Th17 responses such as psoriasis``: diseases, no responses; with
    no comma only where the clause's noun is a name of another kind than the examples and the antecedent's."""
    text = "IL-23 has a pathogenic role in autoimmune diseases that depend on Th17 responses such as psoriasis and " \
           "multiple sclerosis."
    got = parse_read(text, resources)
    assert {("IL-23", "promotes", "psoriasis"), ("IL-23", "promotes", "multiple sclerosis")} <= \
        {(f, e, t) for f, e, t, *_ in got}
    assert not any(t == "autoimmune disease" for _, _, t, *_ in got)


def test_examples_of_the_clause_noun_kind_with_no_comma_stay_with_it(resources):
    text = "Epithelial cells release cytokines that activate immune cells such as macrophages and neutrophils."
    got = parse_read(text, resources)
    assert ("epithelial cell", "activates", "macrophage", "activity", False, False, "en.dep.relative") in got
    assert not any(f in ("macrophage", "neutrophil") for f, *_ in got)
