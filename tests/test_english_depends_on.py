"""``Y depends on X`` (pipeline/english/english_nominals.py ``dependent``, the verb beside ``Y is dependent on X``): X
promotes Y; the subject a name or a process of names (``the generation of mast cells``), not a word that names
nothing (``the outcome``). Sentences written for the test in the grammar of reviews; each row gives the exact set
of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In addition, generation and function of mast cells and eosinophils depends on Stat5.",
     {("STAT5", "promotes", "mast cell", "differentiation", False, False, "en.dep.dependent"),
      ("STAT5", "promotes", "mast cell", "activity", False, False, "en.dep.dependent"),
      ("STAT5", "promotes", "eosinophil", "differentiation", False, False, "en.dep.dependent"),
      ("STAT5", "promotes", "eosinophil", "activity", False, False, "en.dep.dependent")}),
    ("In vivo, osteoclast differentiation in the bone marrow depends on RANKL from osteocytes.",
     {("RANKL", "promotes", "osteoclast", "differentiation", False, False, "en.dep.dependent")}),
    # a nominal trigger after its name: what it depends on acts as the nominal says
    ("In chondrocytes, MMP-13 induction depends on p38 and JNK.",
     {("p38 MAPK", "upregulates", "MMP-13", "expression", False, False, "en.dep.dependent"),
      ("JNK", "upregulates", "MMP-13", "expression", False, False, "en.dep.dependent")}),
    ("Resorption was entirely dependent on the presence of RANKL.",
     {("RANKL", "promotes", "bone resorption", None, False, False, "en.dep.dependent")}),
])
def test_what_depends_on_x_x_promotes(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_word_that_names_nothing_depends_on_nothing(resources):
    # the claim of the sentence is IL-2's own (it drives the T cells); the outcome names no target
    assert parse_read("In patients, IL-2 promotes the proliferation of regulatory T cells, and the outcome of therapy depends on the "
                      "dose of IL-2.", resources) == {
        ("IL-2", "promotes", "Treg", "proliferation", False, False, "en.dep.active")}
