"""``X is the key cytokine in Y`` (en.dep.key_agent, pipeline/english/english_key_agents.py): a predicate or
apposition noun that names X by its part in Y (cytokine, mediator, step: key_noun words) with an adjective
of importance (key, primary, nonredundant: importance words) and an in / for phrase naming a process or
what a cell does: X promotes Y. Sentences written for the test in the grammar of reviews; each row gives
the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-3 is the key cytokine in the proliferation, differentiation and survival of basophils.",
     {("IL-3", "promotes", "basophil", "proliferation", False, False, "en.dep.key_agent"),
      ("IL-3", "promotes", "basophil", "differentiation", False, False, "en.dep.key_agent"),
      ("IL-3", "promotes", "basophil", "survival", False, False, "en.dep.key_agent")}),
    # an apposition, and a process named by the dictionary
    ("TNF-α, a primary cytokine for the development of inflammatory responses, is made by macrophages.",
     {("TNF-α", "promotes", "inflammatory response", None, False, False, "en.dep.key_agent")}),
    # under a reporting verb, with ``for`` and the cell's development
    ("Genetic studies showed that IL-15 is a nonredundant cytokine for NK cell development.",
     {("IL-15", "promotes", "NK cell", "differentiation", False, False, "en.dep.key_agent")}),
])
def test_a_key_agent_noun_promotes_the_process_it_is_key_in(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_place_is_no_part_a_key_agent_plays(resources):
    # ``the major cytokine in the serum``: where, not what; the sentence's own claim still stands
    assert parse_read("IL-6 is the major cytokine in the serum of these patients and induces hepcidin.",
                      resources) == {("IL-6", "upregulates", "hepcidin", "expression", False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    # an as phrase on a verb of describing, the for phrase hung on the verb
    ("Subsequently, PU.1 and IRF4 were described as obligatory transcription factors for Th9 cell development.",
     {("PU.1", "promotes", "Th9 cell", "differentiation", False, False, "en.dep.key_agent"),
      ("IRF4", "promotes", "Th9 cell", "differentiation", False, False, "en.dep.key_agent")}),
    # the importance word as a compound (master)
    ("GATA-3 has been identified as the master transcription factor for Th2 cell differentiation.",
     {("GATA3", "promotes", "Th2 cell", "differentiation", False, False, "en.dep.key_agent")}),
    ("IL-7 was identified as a key cytokine in the survival of naive T cells.",
     {("IL-7", "promotes", "naive T cell", "survival", False, False, "en.dep.key_agent")}),
])
def test_described_as_a_key_agent_promotes_the_process(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_described_as_an_agent_with_no_importance_is_no_claim(resources):
    assert parse_read("IL-15 was described as a cytokine for NK cells, and IL-15 promotes NK cell survival.",
                      resources) == {("IL-15", "promotes", "NK cell", "survival", False, False, "en.dep.active")}
