"""``Th17 differentiation requires IL-6`` / ``Y is independent of X`` (en.dep.requirement,
pipeline/english/english_requirements.py): a verb of needing in the active, its subject a name or a process of one,
its object a name: the object promotes the subject (denied: regulates, negated); independent of X: X
regulates Y, negated. Sentences written in the grammar of reviews (a place phrase before the claim, as
reviews write it); each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.requirement"


@pytest.mark.parametrize("text,expected", [
    ("In T cells, Th17 cell differentiation requires IL-6 and TGF-β.",
     {("IL-6", "promotes", "Th17 cell", "differentiation", False, False, RULE),
      ("TGF-β", "promotes", "Th17 cell", "differentiation", False, False, RULE)}),
    # a molecule's signalling needs another molecule: its activity
    ("In hepatocytes, IL-6 signaling requires gp130.",
     {("gp130", "promotes", "IL-6", "activity", False, False, RULE)}),
    # denied: no part in it
    ("In vitro, osteoclast formation does not require TNF-α.",
     {("TNF-α", "regulates", "osteoclast", "differentiation", True, False, RULE)}),
    # independent of two names, and what is needed along with a name, the class word after the names
    ("However, differentiation of IL17-producing γδT cells is independent of Skint-1 or CD27 but requires notch "
     "signaling along with IL6 and TGFβ cytokines.",
     {("Skint-1", "regulates", "IL17-producing γδT cell", "differentiation", True, False, RULE),
      ("CD27", "regulates", "IL17-producing γδT cell", "differentiation", True, False, RULE),
      ("Notch pathway", "promotes", "IL17-producing γδT cell", "differentiation", False, False, RULE),
      ("IL-6", "promotes", "IL17-producing γδT cell", "differentiation", False, False, RULE),
      ("TGF-β", "promotes", "IL17-producing γδT cell", "differentiation", False, False, RULE)}),
    # what cells need a name for, aspect words alone, they need it for each
    ("In vitro, osteoclast precursors require M-CSF and RANKL for their survival and differentiation.",
     {("M-CSF", "promotes", "osteoclast precursor", "survival", False, False, RULE),
      ("M-CSF", "promotes", "osteoclast precursor", "differentiation", False, False, RULE),
      ("RANKL", "promotes", "osteoclast precursor", "survival", False, False, RULE),
      ("RANKL", "promotes", "osteoclast precursor", "differentiation", False, False, RULE)}),
    # a relative clause of needing is about what it hangs on (a class word after be: the copula's subject)
    ("Naive T cells are lymphocytes that require IL-7 for their survival and homeostatic proliferation.",
     {("IL-7", "promotes", "naive T cell", "survival", False, False, RULE),
      ("IL-7", "promotes", "naive T cell", "proliferation", False, False, RULE)}),
])
def test_what_a_process_requires_promotes_it(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a nominal trigger with its agent and of-object: what it needs acts as the nominal says on its object
    ("In synovial fibroblasts, TNF-α induction of MMP-3 requires ERK activity.",
     {("TNF-α", "upregulates", "MMP-3", "expression", False, False, "en.dep.nominal"),
      ("ERK1/2", "upregulates", "MMP-3", "expression", False, False, RULE)}),
    # denied: the induction goes on without it (the nominal's effect, negated)
    ("In these cells, IL-6 induction does not require NF-κB.",
     {("NF-κB", "upregulates", "IL-6", "expression", True, False, RULE)}),
])
def test_what_an_induction_requires_induces_it(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_treatment_that_requires_a_drug_is_no_claim(resources):
    # the subject is neither a name nor a process of one; the clause after keeps its own claim
    assert parse_read("In most patients, the treatment of arthritis requires methotrexate, which inhibits "
                      "T cell proliferation.", resources) == \
        {("methotrexate", "inhibits", "T cell", "proliferation", False, False, "en.dep.relative")}
