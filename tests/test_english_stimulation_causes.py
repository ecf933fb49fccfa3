"""A cause phrase opened by upon / after / following (english_parse_words.tsv: cause_opening) as well as
``in`` (en.dep.in_response): ``Upon stimulation with X, cells produce Y``: X upregulates what the clause
makes (``stimulation`` with its preposition ``with``: a word of kind cause). ``large amounts of Y``: Y (a
quantity noun). Sentences written for the test in the grammar of reviews; each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Upon stimulation with LPS and IFN-γ, macrophages produce large amounts of IL-12.",
     {("LPS", "upregulates", "IL-12", "expression", False, False, "en.dep.in_response"),
      ("IFN-γ", "upregulates", "IL-12", "expression", False, False, "en.dep.in_response")}),
    ("After stimulation with IL-33, mast cells release IL-13.",
     {("IL-33", "upregulates", "IL-13", "expression", False, False, "en.dep.in_response")}),
    # the opening the construction was written for is read as before
    ("In response to LPS, IL-6 is secreted by synovial fibroblasts.",
     {("LPS", "upregulates", "IL-6", "expression", False, False, "en.dep.in_response")}),
])
def test_stimulation_with_x_upregulates_what_the_cells_make(resources, text, expected):
    assert parse_read(text, resources) == expected
