"""Cells named with the participle of a treatment before them (``anti-CD3-stimulated Th1 cells``, words of kind
``treated``) are the cells an experiment prepared, where something else is measured: the treatment acting on
them is no claim (pipeline/english/english_vetoes.treated_cells); the sentence's claim stands, and a treatment
participle on what is made (``IFN-stimulated secretion of chemokines``) stays one. Sentences written for the
test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-18 enhanced IFN-γ production from anti-CD3-stimulated Th1 cells in the presence of IL-12.",
     {("IL-18", "upregulates", "IFN-γ", "expression", False, False, "en.dep.active")}),
    # a subset the dictionary does not know (Thl, named in the text): the noun treated is the word cells
    ("Naive T cells develop into T-helper type 1 (Thl) cells after exposure to antigen (Ag). IL-18 enhances IFN-γ "
     "production by Ag-stimulated Thl cells.",
     {("IL-18", "upregulates", "IFN-γ", "expression", False, False, "en.dep.active")}),
    ("IFN-stimulated secretion of chemokines facilitates NK cell recruitment.",
     {("chemokine", "promotes", "NK cell", "recruitment", False, False, "en.dep.active"),
      ("interferon", "upregulates", "chemokine", "expression", False, False, "en.dep.modifier")}),
])
def test_treated_cells_are_no_target(resources, text, expected):
    assert parse_read(text, resources) == expected
