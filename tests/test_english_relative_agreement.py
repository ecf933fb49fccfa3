"""A relative clause whose verb ends in -s is not about a plural noun the parser hung it on (``supernatants of
activated T cells that induces B cell differentiation``): ``which`` / ``that`` takes up the clause, whose subject
it names (english_clauses._antecedent); a plural verb keeps the plural noun. Sentences written in the grammar of
cytokine reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-6 was first identified as a factor in supernatants of activated T cells that induces B cell "
     "differentiation.",
     {("IL-6", "induces", "B cell", "differentiation", False, False, "en.dep.relative")}),
    # the verb agrees with the plural noun: the noun is what the clause is about
    ("In acute GVHD, donor T cells release large amounts of cytokines which promote severe colitis.",
     {("cytokine", "promotes", "colitis", None, False, False, "en.dep.relative")}),
])
def test_a_verb_in_s_is_not_about_a_plural(resources, text, expected):
    assert parse_read(text, resources) == expected
