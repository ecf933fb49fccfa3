"""Two trigger verbs of triggers.tsv read on the English parse: ``help`` (X helps Y: promotes) and
``alter`` (X alters Y: regulates, no direction). Sentences written for the test in the grammar of
reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-33 helps macrophage activation and IL-13 release.",
     {("IL-33", "promotes", "macrophage", "activity", False, False, "en.dep.active"),
      ("IL-33", "upregulates", "IL-13", "expression", False, False, "en.dep.active")}),
    ("In inflamed tissue, TNF-α alters vascular permeability within hours.",
     {("TNF-α", "regulates", "vascular permeability", None, False, False, "en.dep.active")}),
])
def test_help_promotes_and_alter_regulates(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_help_with_an_infinitive_is_no_claim_of_its_own(resources):
    # ``helps to V``: the infinitive says what X does; help itself names no target
    assert parse_read("In these cells, IL-6 helps to activate STAT3 within minutes.", resources) == \
        {("IL-6", "activates", "STAT3", "activity", False, False, "en.dep.active")}
