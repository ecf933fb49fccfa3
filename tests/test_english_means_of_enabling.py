"""The English parse reader on the means (by + gerund) of a clause that is the complement of a verb
of enabling (``X ensures that cells survive by inducing Y``, ``X allows cells to survive by inducing
Y``): the means is the enabling verb's subject's, not the complement's subject's (words of kind
``enabling`` in english_parse_words.tsv); a gerund the parser coordinated with the complement's verb
after such a means is a second means. Sentences written for the test in the grammar of reviews; each
row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # a that-clause under ensure: IL-6 induces Bcl-2, not the tumour cells
    ("IL-6 ensures that tumour cells survive by inducing Bcl-2 expression.",
     {("IL-6", "upregulates", "BCL-2", "expression", False, False, "en.dep.active")}),
    # an object and infinitive under allow; the second means coordinated with the first
    ("IL-6 allows tumour cells to survive by inducing Bcl-2 expression and reducing Bax expression.",
     {("IL-6", "upregulates", "BCL-2", "expression", False, False, "en.dep.active"),
      ("IL-6", "downregulates", "BAX", "expression", False, False, "en.dep.active")}),
])
def test_the_means_of_an_enabled_clause_is_the_enabling_subjects(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_the_means_of_a_plain_clause_stays_its_own_subjects(resources):
    # no verb of enabling above: the clause's own subject does the means
    assert parse_read("Tumour cells escape immune detection by inducing PD-L1 expression.", resources) == \
        {("tumor cell", "upregulates", "PD-L1", "expression", False, False, "en.dep.active")}
