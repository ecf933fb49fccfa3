"""``involved in a variety of processes, including A and B`` (pipeline/english/english_phrases.py, quantity words): where
the parser hangs the examples on the quantity word (variety) and its of-object (processes) names nothing, the
examples are what the phrase names. Sentences written for the test in the grammar of reviews; each row gives the
exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("The mTOR signaling pathway is closely involved in a variety of cell biological processes, including cell "
     "growth and cell metabolism.",
     {("mTOR pathway", "regulates", "cell", "growth", False, False, "en.dep.involved"),
      ("mTOR pathway", "regulates", "cell metabolism", None, False, False, "en.dep.involved")}),
    ("In T cells, mTOR is involved in a variety of processes, including cell growth and autophagy.",
     {("mTOR", "regulates", "T cell", "growth", False, False, "en.dep.involved"),
      ("mTOR", "regulates", "autophagy", None, False, False, "en.dep.involved")}),
])
def test_examples_on_the_quantity_word_are_its(resources, text, expected):
    assert parse_read(text, resources) == expected
