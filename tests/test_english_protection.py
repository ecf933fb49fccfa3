"""``X provides protection against Y`` (en.dep.protection, pipeline/english/english_protection.py): a verb of giving
whose object is a noun of protection with an against / from phrase: X inhibits Y. Sentences written in the
grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.protection"


@pytest.mark.parametrize("text,expected", [
    ("In mice, type 2 immune responses provide protection against helminth infections.",
     {("type 2 immunity", "inhibits", "infection", None, False, False, RULE)}),
    ("IL-22 confers protection from intestinal inflammation.",
     {("IL-22", "inhibits", "intestinal inflammation", None, False, False, RULE)}),
    ("In these mice, IL-22 did not confer protection from intestinal inflammation.",
     {("IL-22", "inhibits", "intestinal inflammation", None, True, False, RULE)}),
])
def test_what_gives_protection_against_y_inhibits_y(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_protection_given_in_a_place_is_no_claim(resources):
    assert parse_read("In most patients, IL-22 provides protection in the gut, and IL-22 induces IL-6 production.",
                      resources) == {("IL-22", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}
