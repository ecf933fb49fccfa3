"""``the contribution of X to Y`` / ``X is a key contributor to Y`` (en.dep.contribution,
pipeline/english/english_contributions.py): the noun of ``contribute to``: X promotes Y. Sentences written for
the test in the grammar of reviews (the first after a gold/extra sentence); each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.contribution"


@pytest.mark.parametrize("text,expected", [
    ("This article highlights the fundamental and multifaceted contribution of pDCs to the pathogenesis of SLE.",
     {("plasmacytoid dendritic cell", "promotes", "systemic lupus erythematosus", None, False, False, RULE)}),
    ("These data reveal a functional contribution of MIF to tumor angiogenesis.",
     {("MIF", "promotes", "angiogenesis", None, False, False, RULE)}),
    # what the noun describes (the copula's subject) contributes
    ("IL-6 is a key contributor to bone loss.",
     {("IL-6", "promotes", "bone loss", None, False, False, RULE)}),
])
def test_a_contribution_to_y_promotes_y(resources, text, expected):
    assert parse_read(text, resources) == expected
