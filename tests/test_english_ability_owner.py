"""``X is renowned (known) for its ability to V Y`` (en.dep.ability, pipeline/english/english_clauses.py ``_able``):
an ability noun owned by its / their, with no name for the pronoun, is the ability of the clause's subject,
which does what the infinitive says; not where the ability is a passive's agent (``Y is explained by its
ability to V Z``: Y is acted on). Sentences written for the test in the grammar of reviews; each row gives
the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-22 is known for its ability to induce antimicrobial peptides in keratinocytes.",
     {("IL-22", "upregulates", "antimicrobial peptide", "expression", False, False, "en.dep.ability")}),
    ("CCL2 is renowned for its ability to drive the chemotaxis of monocytes.",
     {("CCL2", "promotes", "monocyte", "migration", False, False, "en.dep.ability")}),
])
def test_its_ability_is_the_subjects(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_its_ability_as_a_passive_agent_is_not_the_subjects(resources):
    # the bone formation is what the ability explains; it does not enhance osteoblast survival itself
    assert parse_read("Teriparatide increases bone formation in osteoporosis. This increased bone formation is "
                      "explained by its ability to enhance osteoblast survival.", resources) == {
        ("teriparatide", "upregulates", "bone formation", None, False, False, "en.dep.active")}
