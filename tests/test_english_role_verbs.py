"""Verbs that state a role (en.dep.role, pipeline/english/english_nominals.py; role_verb words of
english_parse_words.tsv): X plays / has / exerts / possesses a role in Y, and the role played by X in Y
where a reporting verb states it, a word directs it or an adjective of importance marks it (a pivotal
role): X regulates Y. Sentences written for the test in the grammar of reviews; each row gives the exact
set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-22 possesses an irreplaceable role in host defense against extracellular bacteria.",
     {("IL-22", "regulates", "host defense", None, False, False, "en.dep.role")}),
    # the participle's by-agent plays the role; the sensation of pruritus is pruritus (a filler word)
    ("Recent studies have stressed the pivotal role played by IL-31 in the sensation of pruritus.",
     {("IL-31", "regulates", "pruritus", None, False, False, "en.dep.role")}),
])
def test_a_role_verb_states_the_role(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_role_played_named_as_a_topic_states_nothing(resources):
    # ``the role played by X in Y remains unclear``: nothing reported, directed or marked important; the
    # sentence's own claim after it stands
    assert parse_read("The role played by IL-6 in bone loss remains unclear, but IL-6 induces RANKL in osteoblasts.",
                      resources) == {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}


def test_establish_reports_a_role(resources):
    # ``establish`` is a reporting verb (report words): the role for X in Y it states is a claim
    assert parse_read("These findings establish a role for IL-3 in immunity to helminths.", resources) == {
        ("IL-3", "regulates", "immunity", None, False, False, "en.dep.role")}


@pytest.mark.parametrize("text,expected", [
    # the importance of X in Y that a reporting verb states: X promotes Y (role words: importance)
    ("These results confirm the importance of IL-17A in the development of inflammatory diseases.",
     {("IL-17", "promotes", "inflammatory disease", None, False, False, "en.dep.role")}),
])
def test_a_reported_importance_of_x_in_y_promotes_y(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_an_importance_no_verb_reports_is_a_topic(resources):
    # ``remains unclear``: no claim; the sentence's own claim still reads
    assert parse_read("The importance of IL-6 in bone metabolism remains unclear, although IL-6 induces RANKL.",
                      resources) == {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}


def test_a_reported_significance_of_x_in_y_is_a_role(resources):
    # the significance of X (function) in Y that a reporting verb states: X regulates Y (role word significance)
    assert parse_read("The significance of NKG2D function in tumor immunity has been well demonstrated in mice.",
                      resources) == {("NKG2D", "regulates", "antitumor immunity", None, False, False, "en.dep.role")}


@pytest.mark.parametrize("text,expected", [
    # ``a role for X in Y`` that a reporting verb states, the parser hanging ``in Y`` on X: still Y
    ("Accumulating evidence indicates a vital role for platelets in wound repair after injury.",
     {("platelet", "regulates", "wound healing", None, False, False, "en.dep.role")}),
    ("These studies suggest a role for TSLP in the pathogenesis of allergic asthma.",
     {("TSLP", "regulates", "allergic asthma", None, False, False, "en.dep.role")}),
])
def test_a_role_for_x_in_y_hung_on_x(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # r10en (a review of autophagy in bone): ``has previously been reported`` states the role (report words: report)
    ("The critical role of autophagy and autophagy-related proteins in osteoclast differentiation, bone resorption, "
     "and maintenance of bone homeostasis has previously been reported.",
     {(f, "regulates", t, a, False, False, "en.dep.role")
      for f in ("autophagy", "autophagy-related protein")
      for t, a in (("osteoclast", "differentiation"), ("bone resorption", None), ("bone homeostasis", None))}),
    # gold/extra: the involvement of X in Y (role words: involvement) that a reporting verb states (propose, observe)
    ("In recent years, the involvement of the interleukin (IL)-23/IL-17 axis in the pathophysiology of axSpA has "
     "been widely proposed.",
     {("IL-23/IL-17 axis", "regulates", "axial spondyloarthritis", None, False, False, "en.dep.role")}),
])
def test_a_reported_role_or_involvement_of_x_in_y(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_an_involvement_no_verb_reports_is_a_topic(resources):
    # ``remains unclear``: no claim of the involvement; the sentence's own claim still reads
    assert parse_read("The involvement of IL-6 in bone metabolism remains unclear, although IL-6 induces RANKL.",
                      resources) == {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}
