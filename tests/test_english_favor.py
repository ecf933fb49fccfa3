"""The trigger verb ``favor`` / ``favour`` (triggers.tsv: promotes) read on the English parse: X favors Y
says X promotes Y. Sentences written for the test in the grammar of reviews; each row gives the exact set
of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In bone, IL-1 favors bone resorption by acting on osteoblasts.",
     {("IL-1", "promotes", "bone resorption", None, False, False, "en.dep.active")}),
    ("TGF-β favours the differentiation of Th17 cells.",
     {("TGF-β", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.active")}),
])
def test_favor_promotes(resources, text, expected):
    assert parse_read(text, resources) == expected
