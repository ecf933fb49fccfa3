"""An infinitive relative hangs on the noun right before it: where the parser hung it on an earlier noun
across ``, and`` (a class word after a copula, whose subject would then be read as the agent), the conjunct
right before the infinitive is its antecedent (pipeline/english/english_clauses._nearest_conjunct). Sentences written
for the test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the strategies overcome resistance, not the disease named before the comma
    ("Cancer is the leading cause of death globally superseded only by cardiovascular diseases, and novel "
     "approaches to overcome therapeutic resistance against existing cancer treatments are urgently needed.", set()),
    # a class word after the copula with no conjunct: the copula's subject acts
    ("IL-18 is a proinflammatory cytokine that facilitates type 1 responses.",
     {("IL-18", "promotes", "Th1 response", None, False, False, "en.dep.relative")}),
])
def test_infinitive_antecedent(resources, text, expected):
    assert parse_read(text, resources) == expected
