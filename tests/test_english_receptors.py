"""The English parse reader on a receptor named with its ligand (``pipeline/english/english_receptors.py``,
``en.dep.receptor``; words of kind ``receptor`` of ``english_parse_words.tsv``): X and its receptor Y,
Y is the receptor for X, Y, the receptor for X, X acts / signals through receptor Y (verbs of kind
``signal``): X binds Y. Sentences written for the test in the grammar
of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # X and its receptor Y: the parser hangs the receptor phrase as a subject of its own
    ("In the synovium, IL-6 and its receptor gp130 are abundant.",
     {("IL-6", "binds", "gp130", None, False, False, "en.dep.receptor")}),
    # Y, the receptor for X (an apposition)
    ("RANK, the receptor for RANKL, is expressed on osteoclast precursors.",
     {("RANKL", "binds", "RANK", None, False, False, "en.dep.receptor")}),
    # Y is a receptor for X (the copula's complement); the relative clause on it is Y's
    ("In the marrow, CXCR4 is a receptor for CXCL12 that promotes HSC retention.",
     {("CXCL12", "binds", "CXCR4", None, False, False, "en.dep.receptor"),
      ("CXCR4", "promotes", "HSPC retention", None, False, False, "en.dep.relative")}),
    # the receptors unnamed: no binding, the clause's own claim stands
    ("In bone, TGF-β and its receptors are abundant, and TGF-β inhibits osteoclast differentiation.",
     {("TGF-β", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active")}),
])
def test_a_receptor_named_with_its_ligand_binds_it(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # X acts through a receptor: X binds it; the purpose clause keeps its own claim
    ("In synovial cells, IL-17 acts through the IL-17 receptor to induce IL-6.",
     {("IL-17", "binds", "IL-17RA", None, False, False, "en.dep.receptor"),
      ("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}),
    # through a molecule that is no receptor: no binding
    ("In hepatocytes, IL-6 signals through STAT3 and induces hepcidin.",
     {("IL-6", "upregulates", "hepcidin", "expression", False, False, "en.dep.active")}),
])
def test_acting_through_a_receptor_binds_it(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a receptor made of named chains: X binds each chain (the last named on its Greek letter)
    ("IL-31 signals via a heterodimeric receptor composed of IL-31 receptor A (IL-31RA) and oncostatin M receptor β.",
     {("IL-31", "binds", "IL-31RA", None, False, False, "en.dep.receptor"),
      ("IL-31", "binds", "OSMR", None, False, False, "en.dep.receptor")}),
    # the parser heads the phrase with the participle
    ("IL-2 signals through a receptor complex consisting of IL-2Rβ and the common γ chain.",
     {("IL-2", "binds", "IL-2Rβ", None, False, False, "en.dep.receptor"),
      ("IL-2", "binds", "common γ chain", None, False, False, "en.dep.receptor")}),
    # Y recognized as the receptor for X (``for X`` hung on the verb)
    ("TLR4 has been long recognized as the sensing receptor for gram-negative lipopolysaccharide (LPS).",
     {("LPS", "binds", "TLR4", None, False, False, "en.dep.receptor")}),
])
def test_a_receptor_of_named_chains_or_described_as_one_binds_its_ligand(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # Y recognizes X: Y binds X (the verb's own claim beside it stands)
    ("In macrophages, TLR4 recognizes LPS and activates NF-κB.",
     {("TLR4", "binds", "LPS", None, False, False, "en.dep.receptor"),
      ("TLR4", "activates", "NF-κB", "activity", False, False, "en.dep.active")}),
    # the passive: the by-agent recognizes
    ("In innate immunity, LPS is recognized by TLR4 on monocytes.",
     {("TLR4", "binds", "LPS", None, False, False, "en.dep.receptor")}),
    # recognized as: no binding; the agent noun reads
    ("IL-6 has been recognized as a key regulator of hepcidin.",
     {("IL-6", "regulates", "hepcidin", "expression", False, False, "en.dep.agent_noun")}),
])
def test_what_recognizes_a_molecule_binds_it(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_cells_recognizing_cells_is_no_binding(resources):
    # binding is of molecules; the relative clause keeps its own claim
    assert parse_read("CD8+ T cells recognize tumor cells that express PD-L1, and PD-L1 inhibits T cell activation.",
                      resources) == {("PD-L1", "inhibits", "T cell", "activity", False, False, "en.dep.active")}
