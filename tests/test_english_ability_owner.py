"""``X is renowned (known) for its ability to V Y`` (en.dep.ability, pipeline/english/english_clauses.py ``_able``):
an ability noun owned by its / their, with no name for the pronoun, is the ability of the clause's subject,
which does what the infinitive says; not where the ability is a passive's agent (``Y is explained by its
ability to V Z``: Y is acted on), where what the pronoun names, a molecule named before it in the sentence, has
the ability (en.dep.pronoun); a by phrase of an active verb is a means (``X and Y differ from Z by their ability
to V W``: the subject's). Sentences written for the test in the grammar of reviews, and real sentences (gold/extra,
r10en); each row gives the exact set of triples, so a dead reading fails."""
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


def test_its_ability_as_a_passive_agent_is_the_named_molecules(resources):
    # gold/extra: ``its`` names PTH, the one molecule before it (the bone formation is what the ability explains)
    assert parse_read("Increased bone formation due to PTH therapy is explained best by its ability to enhance "
                      "osteoblastogenesis and/or osteoblast survival.", resources) == {
        ("PTH", "promotes", "osteoblast", "differentiation", False, False, "en.dep.pronoun"),
        ("PTH", "promotes", "osteoblast", "survival", False, False, "en.dep.pronoun")}


def test_their_ability_in_a_by_phrase_of_an_active_verb_is_the_subjects(resources):
    # r10en: ``differ … by their ability``: a means of the active verb, whose subjects have the ability
    assert parse_read("We suggest that CXCL10 and possibly CXCL9 differ from other chemokines by their ability to "
                      "restrain tumor growth and enhance anti-tumor immunity.", resources) == {
        (f, effect, target, aspect, False, False, "en.dep.ability")
        for f in ("CXCL10", "CXCL9")
        for effect, target, aspect in (("inhibits", "tumor", "growth"), ("promotes", "antitumor immunity", None))}
