"""``X is one of the cytokines involved in Y`` / ``one of the key cytokines in Y`` / ``one of the major
regulators of Y``: the noun after ``one of`` describes X as the copula's complement would
(english_nominals.described, english_key_agents). Sentences written in the grammar of reviews; each row
gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Tumor necrosis factor-α (TNF-α) is one of the several pro-inflammatory cytokines involved in bone remodeling.",
     {("TNF-α", "regulates", "bone remodeling", None, False, False, "en.dep.involved")}),
    ("IL-3 is one of the key cytokines in the survival of basophils.",
     {("IL-3", "promotes", "basophil", "survival", False, False, "en.dep.key_agent")}),
    ("IL-6 is one of the major regulators of hepcidin expression.",
     {("IL-6", "regulates", "hepcidin", "expression", False, False, "en.dep.agent_noun")}),
])
def test_one_of_the_nouns_describes_the_subject(resources, text, expected):
    assert parse_read(text, resources) == expected
