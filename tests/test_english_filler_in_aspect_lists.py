"""``development`` in a list of aspect words (pipeline/english/english_phrases.py): ``the development, survival and
function of mast cells``: a cell's development is its differentiation, an aspect word of the list like
the others, which share the of-object wherever the parser hangs it (on the first word or on a later
one). A disease's development stays no aspect. Sentences written for the test in the grammar of reviews;
each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-3 promotes the development, survival and function of mast cells.",
     {("IL-3", "promotes", "mast cell", "differentiation", False, False, "en.dep.active"),
      ("IL-3", "promotes", "mast cell", "survival", False, False, "en.dep.active"),
      ("IL-3", "promotes", "mast cell", "activity", False, False, "en.dep.active")}),
    ("IL-7 is essential for the development, survival and function of T cells.",
     {("IL-7", "promotes", "T cell", "differentiation", False, False, "en.dep.need"),
      ("IL-7", "promotes", "T cell", "survival", False, False, "en.dep.need"),
      ("IL-7", "promotes", "T cell", "activity", False, False, "en.dep.need")}),
    # a disease's development and progression: the disease, no aspect
    ("IL-6 promotes the development and progression of arthritis.",
     {("IL-6", "promotes", "arthritis", None, False, False, "en.dep.active")}),
])
def test_development_shares_the_list_of_aspect_words(resources, text, expected):
    assert parse_read(text, resources) == expected
