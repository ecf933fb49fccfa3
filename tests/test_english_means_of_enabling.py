"""The English parse reader on the means (by + gerund) of a clause that is the complement of a verb
of enabling (``X ensures that cells survive by inducing Y``, ``X allows cells to survive by inducing
Y``): the means is the enabling verb's subject's, not the complement's subject's (words of kind
``enabling`` in english_parse_words.tsv); a gerund the parser coordinated with the complement's verb
after such a means is a second means. A passive trigger's subject is what it acts on: a means (via /
through) on it, with no by-agent, is the agent, never the subject's own act. Sentences written for the test in the grammar of reviews; each
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


@pytest.mark.parametrize("text,expected", [
    # via a named molecule: it acts on the passive's subject
    ("STAT3 is activated via JAK2 in myeloma cells.",
     {("JAK2", "activates", "STAT3", "activity", False, False, "en.dep.passive_agent")}),
    # via a nominalisation: what it knocks down acts with its polarity turned round; not "osteoclast
    # inhibits NFATc1" (the passive's subject is acted on, it does nothing through the means)
    ("In these mice, osteoclast differentiation is inhibited via suppression of NFATc1.",
     {("NFATc1", "promotes", "osteoclast", "differentiation", False, False, "en.dep.passive_agent")}),
    ("In these mice, osteoclast differentiation is enhanced via activation of NF-κB.",
     {("NF-κB", "promotes", "osteoclast", "differentiation", False, False, "en.dep.passive_agent")}),
])
def test_the_means_of_a_passive_is_its_agent(resources, text, expected):
    assert parse_read(text, resources) == expected
