"""Names in brackets after a noun stand for it (pipeline/english/english_descriptors.py, english_phrases.py
``_members_in_brackets``): a class word (``Th1 cytokines (IFN-γ, TNF-α)``) or a plural common noun no dictionary
names with molecules in the bracket (``two distinct ligands (IL-1α and IL-1β)``); and ``a myriad of X`` names X
(a quantity word). Sentences written for the test in the grammar of reviews; each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Two distinct ligands (IL-1α and IL-1β) bind IL-1R1 in endothelial cells.",
     {("IL-1α", "binds", "IL-1R1", None, False, False, "en.dep.active"),
      ("IL-1β", "binds", "IL-1R1", None, False, False, "en.dep.active")}),
    ("Two distinct ligands (IL-1α and IL-1β) induce prostaglandins in endothelial cells.",
     {("IL-1α", "induces", "prostaglandin", None, False, False, "en.dep.active"),
      ("IL-1β", "induces", "prostaglandin", None, False, False, "en.dep.active")}),
    ("Two cytokines (IL-4 and IL-13) induce the expression of arginase-1 in macrophages.",
     {("IL-4", "upregulates", "Arg1", "expression", False, False, "en.dep.active"),
      ("IL-13", "upregulates", "Arg1", "expression", False, False, "en.dep.active")}),
])
def test_names_in_brackets_stand_for_the_noun(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_myriad_of_names_its_examples(resources):
    assert parse_read("IL-1β binds IL-1R1 and induces a myriad of inflammatory mediators, including "
                      "prostaglandins, cytokines, and chemokines.", resources) == {
        ("IL-1β", "binds", "IL-1R1", None, False, False, "en.dep.active"),
        ("IL-1β", "induces", "prostaglandin", None, False, False, "en.dep.active"),
        ("IL-1β", "upregulates", "cytokine", "expression", False, False, "en.dep.active"),
        ("IL-1β", "upregulates", "chemokine", "expression", False, False, "en.dep.active")}
