"""The fate of cells is what they become: ``fate`` is an aspect word with no aspect of its own but, after a cell
type, differentiation (aspects.tsv; as zh 扩增 after cells is proliferation). Sentences written in the grammar of
stem-cell reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In the bone marrow niche, Wnt signaling alters HSC fate.",
     {("Wnt pathway", "regulates", "HSC", "differentiation", False, False, "en.dep.active")}),
    ("In the bone marrow, BMP2 controls the fate of mesenchymal stem cells.",
     {("BMP-2", "regulates", "MSC", "differentiation", False, False, "en.dep.active")}),
])
def test_the_fate_of_cells_is_their_differentiation(resources, text, expected):
    assert parse_read(text, resources) == expected
