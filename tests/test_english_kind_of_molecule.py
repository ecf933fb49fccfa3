"""A class word that names a kind of molecule right after a molecule's name is that molecule
(pipeline/english/english_phrases.py ``_named_class``, kind_noun rows of dictionaries/relations/english_parse_words.tsv):
``Stat5 transcription factors`` are Stat5; a class a molecule owns or makes stays what it is (``IL-6 receptors``).
Sentences written for the test in the grammar of reviews; each row gives the exact set of triples, so a dead
reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Stat5 transcription factors have a crucial role in hematopoiesis from hematopoietic stem cells to fully "
     "differentiated cells.",
     {("STAT5", "regulates", "hematopoiesis", None, False, False, "en.dep.role")}),
    ("In macrophages, the NF-κB transcription factor induces IL-6 expression.",
     {("NF-κB", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}),
    ("In T cells, IL-6 receptors activate STAT3.",
     {("IL-6R", "activates", "STAT3", "activity", False, False, "en.dep.active")}),
])
def test_a_kind_of_molecule_after_its_name_is_the_molecule(resources, text, expected):
    assert parse_read(text, resources) == expected
