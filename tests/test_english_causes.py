"""The English parse reader on a clause and the cause it names, ``in response to X``
(``pipeline/english/english_causes.py``, ``en.dep.in_response``; words of kinds ``cause``, ``happening`` and
``production`` of ``english_parse_words.tsv``), and on what a clause brings about: a participle of result
(``leading to``, ``resulting in``: words of kind ``result``) hung by the parser on the verb's object. Sentences written for the test in the grammar of
reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # a verb of making a molecule, active: X raises what is made
    ("Macrophages produce TNF-α and IL-1β in response to LPS.",
     {("LPS", "upregulates", t, "expression", False, False, "en.dep.in_response") for t in ("TNF-α", "IL-1β")}),
    # passive, the cause put first; the subject the parser joined to the cause is no second cause
    ("In response to LPS, tumor necrosis factor (TNF) is released by macrophages and mast cells.",
     {("LPS", "upregulates", "TNF-α", "expression", False, False, "en.dep.in_response")}),
    ("In response to infection, interleukin-6 (IL-6) is rapidly produced by monocytes and macrophages.",
     {("infection", "upregulates", "IL-6", "expression", False, False, "en.dep.in_response")}),
    # a verb of happening: X promotes its subject, in the aspect the verb gives
    ("In the marrow, T cells proliferate rapidly in response to IL-2.",
     {("IL-2", "promotes", "T cell", "proliferation", False, False, "en.dep.in_response")}),
    # occur gives no aspect: the subject's own; the members in brackets of a class stand for it
    ("Th17 differentiation occurs in response to proinflammatory cytokines (IL-6, IL-1β).",
     {(f, "promotes", "Th17 cell", "differentiation", False, False, "en.dep.in_response")
      for f in ("IL-6", "IL-1β")}),
    # denied
    ("Osteoclast differentiation did not occur in response to IL-4.",
     {("IL-4", "promotes", "osteoclast", "differentiation", True, False, "en.dep.in_response")}),
])
def test_in_response_to_names_the_cause_of_the_clause(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_an_active_trigger_verb_keeps_its_own_agent(resources):
    # the cause is upstream of a clause that has its own agent: the construction says nothing there
    assert parse_read("Osteoblasts upregulate RANKL in response to PTH.", resources) == \
        {("osteoblast", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    # the participle hung on the object (coordinated nouns): the clause's subject, not the object's owner
    ("In periodontitis, sclerostin suppresses osteoblast differentiation and activity leading to reduced bone "
     "formation.",
     {("sclerostin", "inhibits", "bone formation", None, False, False, "en.dep.active"),
      ("sclerostin", "inhibits", "osteoblast", "activity", False, False, "en.dep.active"),
      ("sclerostin", "inhibits", "osteoblast", "differentiation", False, False, "en.dep.active")}),
    # a clause read as a headline (the verb hung on its object as a modifier): the verb's subject
    ("In arthritis, TNF-α stimulates osteoclast differentiation, resulting in increased bone resorption.",
     {("TNF-α", "activates", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("TNF-α", "induces", "bone resorption", None, False, False, "en.dep.active")}),
])
def test_a_participle_of_result_is_the_clauses(resources, text, expected):
    assert parse_read(text, resources) == expected
