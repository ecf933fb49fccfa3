"""An attribute noun and its owner (pipeline/english/english_attribute_nouns.py): a process name ending in a word of
activity (``cytotoxic activity``) of a cell, or after one, is the cells' activity; alone it stays the process.
Sentences written for the test in the grammar of reviews; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

ACTIVE = "en.dep.active"


@pytest.mark.parametrize("text,expected", [
    ("TGF-β suppresses the cytotoxic activity of NK cells.",
     {("TGF-β", "inhibits", "NK cell", "activity", False, False, ACTIVE)}),
    ("IL-15 enhances NK cell cytotoxic activity.",
     {("IL-15", "promotes", "NK cell", "activity", False, False, ACTIVE)}),
    # no cell: the process itself
    ("IL-15 enhances cytotoxic activity in the tumour.",
     {("IL-15", "promotes", "cytotoxicity", None, False, False, ACTIVE)}),
])
def test_the_activity_of_cells_is_the_cells(resources, text, expected):
    assert parse_read(text, resources) == expected
