"""Examples hung past an exclusion phrase (pipeline/english/english_examples.py): ``a range of cells beyond B cells,
including X and Y``: the parser hangs ``including`` on the object of beyond; the examples are the class
word's (SPEC 1), not the excluded name's. Sentences written for the test in the grammar of reviews; each
row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Evidence shows that IL-13 affects a much wider range of cells beyond B cells, including fibroblasts, "
     "epithelial cells and macrophages.",
     {("IL-13", "regulates", "fibroblast", None, False, False, "en.dep.active"),
      ("IL-13", "regulates", "epithelial cell", None, False, False, "en.dep.active"),
      ("IL-13", "regulates", "macrophage", None, False, False, "en.dep.active")}),
    # the examples right after the class word are read as before
    ("IL-4 affects several cell types, including macrophages, mast cells and fibroblasts.",
     {("IL-4", "regulates", "macrophage", None, False, False, "en.dep.active"),
      ("IL-4", "regulates", "mast cell", None, False, False, "en.dep.active"),
      ("IL-4", "regulates", "fibroblast", None, False, False, "en.dep.active")}),
])
def test_examples_past_beyond_stand_for_the_class_word(resources, text, expected):
    assert parse_read(text, resources) == expected
