"""A class word exemplified by ``, among which NAME …`` (pipeline/english/english_class_words._among_which): the
names that are the subject of the clause are the arguments, never the class word (SPEC 1: a class word
followed by examples gives the examples), however the parser hung the clause. Sentences written for the
test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In osteoblasts, RANKL expression is induced by several inflammatory cytokines, among which IL-6 and TNF-α "
     "are the most potent.",
     {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.passive_agent"),
      ("TNF-α", "upregulates", "RANKL", "expression", False, False, "en.dep.passive_agent")}),
    ("In the kidney, FGF23 expression is regulated by systemic factors as well, among which calcitriol appears "
     "to be a principal regulator.",
     {("calcitriol", "regulates", "FGF23", "expression", False, False, "en.dep.passive_agent")}),
])
def test_the_names_among_which_are_the_arguments(resources, text, expected):
    assert parse_read(text, resources) == expected
