"""Capability frames read on the English parse (en.dep.ability): a noun of capability (ability, capacity,
potential, mechanism: words of kind ``ability`` in english_parse_words.tsv) whose to-infinitive says
what its owner does: X has the potential to induce Y, X has (potent) mechanisms to inhibit Y. The
parser hangs the infinitive on ``mechanisms`` as a relative clause (relcl), on ``ability`` as an acl;
both are read. Sentences written for the test in the grammar of reviews; each row gives the exact set
of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("TNF-α has the potential to induce osteoclast differentiation.",
     {("TNF-α", "induces", "osteoclast", "differentiation", False, False, "en.dep.ability")}),
    ("Macrophages have several mechanisms to suppress T-cell proliferation.",
     {("macrophage", "inhibits", "T cell", "proliferation", False, False, "en.dep.ability")}),
])
def test_a_capability_noun_gives_its_owner_the_infinitive(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_mechanisms_without_an_infinitive_state_nothing(resources):
    # ``mechanisms of`` names how, not what X does; the claim of the sentence is still read
    assert parse_read("IL-10 inhibits macrophage activation by mechanisms of its own.", resources) == \
        {("IL-10", "inhibits", "macrophage", "activity", False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    # an adjective of capability (able words) with a nominalised trigger: the subject acts through it
    ("On the other hand, IL-22 is capable of induction of proinflammatory responses in keratinocytes.",
     {("IL-22", "induces", "inflammatory response", None, False, False, "en.dep.means")}),
    ("IL-22 is not capable of inhibition of IL-6 production.",
     {("IL-22", "downregulates", "IL-6", "expression", True, False, "en.dep.means")}),
    # with a gerund the trigger verb reads it
    ("IL-22 is capable of inducing proinflammatory responses.",
     {("IL-22", "induces", "inflammatory response", None, False, False, "en.dep.active")}),
])
def test_capable_of_a_nominalised_trigger_is_the_subjects_act(resources, text, expected):
    assert parse_read(text, resources) == expected
