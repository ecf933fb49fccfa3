"""A process named by an aspect word (chemotaxis, apoptosis) with a list of cells after ``of``: each cell of
the list is the owner (``the chemotaxis of myeloid and lymphoid cells``; english_phrases._cells_of_aspect),
not only the first one the parser hung on ``of``. Sentences written for the test in the grammar of
reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("CCL2 drives the chemotaxis of monocytes and memory T cells.", {
        ("CCL2", "promotes", "monocyte", "migration", False, False, "en.dep.active"),
        ("CCL2", "promotes", "memory T cell", "migration", False, False, "en.dep.active")}),
    ("IL-8 induces the chemotaxis of neutrophils and basophils into inflamed tissue.", {
        ("IL-8", "induces", "neutrophil", "migration", False, False, "en.dep.active"),
        ("IL-8", "induces", "basophil", "migration", False, False, "en.dep.active")}),
    ("TGF-β inhibits the apoptosis of T cells, as well as the activation of macrophages.", {
        ("TGF-β", "inhibits", "T cell", "apoptosis", False, False, "en.dep.active"),
        ("TGF-β", "inhibits", "macrophage", "activity", False, False, "en.dep.active")}),
])
def test_each_cell_after_of_owns_the_aspect(resources, text, expected):
    assert parse_read(text, resources) == expected
