"""A general noun that stands for the process named before it (process_noun words of
english_parse_words.tsv; pipeline/english/english_process_nouns.py), as the subject of a passive trigger
(en.dep.passive_agent): ``Y production, a process that is regulated by X`` and ``Y release is elevated and
this process is mediated by X``: X acts on Y. Sentences written for the test in the grammar of reviews;
each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("The thymus is the site of T cell development, a process that is regulated by IL-7.",
     {("IL-7", "regulates", "T cell", "differentiation", False, False, "en.dep.passive_agent")}),
])
def test_a_process_noun_stands_for_the_process_before_it(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_process_noun_after_a_copula_and_a_demonstrative(resources):
    # after a copula the relative clause is about the copula's subject (not the process noun)
    assert parse_read("Osteoclast formation is a process that is stimulated by RANKL.", resources) == {
        ("RANKL", "activates", "osteoclast", "differentiation", False, False, "en.dep.passive_agent")}
    # ``this process`` as the subject of the second clause: the first clause's subject
    assert parse_read("Neutrophil release is elevated and this process is induced by IL-17.", resources) == {
        ("IL-17", "induces", "neutrophil", "differentiation", False, False, "en.dep.passive_agent")}


def test_the_actions_of_x_as_an_agent_are_xs(resources):
    # ``action`` is a head word: the actions of X that a passive names as its agent are X's (head rows)
    assert parse_read("Neutrophil release is elevated and this process is induced by the co-ordinated actions "
                      "of IL-17 and G-CSF.", resources) == {
        ("IL-17", "induces", "neutrophil", "differentiation", False, False, "en.dep.passive_agent"),
        ("G-CSF", "induces", "neutrophil", "differentiation", False, False, "en.dep.passive_agent")}
