"""The English parse reader on what a sentence says of a name through a noun that describes it
(``X is a cytokine involved in Y``, ``X acts as a cytokine that V-s Y``) and through a means' nouns coordinated with a nominalised
trigger (``by osteoclast stimulation, proliferation and survival``); binding read from
``interaction``; aspect words of cells (potency, homing). Sentences written for the test in the
grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the participle on the copula's complement: what the subject is involved in
    ("Oncostatin M is a pleiotropic cytokine involved in bone remodeling and hematopoiesis.",
     {("OSM", "regulates", t, None, False, False, "en.dep.involved") for t in ("bone remodeling", "hematopoiesis")}),
    # on an apposition; the clause's own verb still reads its object
    ("TGF-β, a pleiotropic cytokine implicated in fibrosis, activates hepatic stellate cells.",
     {("TGF-β", "regulates", "fibrosis", None, False, False, "en.dep.involved"),
      ("TGF-β", "activates", "hepatic stellate cell", "activity", False, False, "en.dep.active")}),
    # denied by the copula
    ("IL-23 is not a cytokine involved in bone loss.",
     {("IL-23", "regulates", "bone loss", None, True, False, "en.dep.involved")}),
])
def test_a_participle_on_a_describing_noun_is_said_of_the_name(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # an as phrase describes the subject of a verb with no object (acts as, was reported as): the relative
    # clause or participle on its noun is the subject's, not the class word's
    ("In the joint, IL-17 acts as a cytokine that promotes osteoclast differentiation.",
     {("IL-17", "promotes", "osteoclast", "differentiation", False, False, "en.dep.relative")}),
    ("IL-8 was originally described as a chemokine attracting neutrophils to sites of inflammation.",
     {("IL-8", "promotes", "neutrophil", "recruitment", False, False, "en.dep.relative")}),
    # and the object of a verb that has one
    ("Earlier work identified RANKL as a factor inducing osteoclast formation in vitro.",
     {("RANKL", "induces", "osteoclast", "differentiation", False, False, "en.dep.relative")}),
])
def test_a_clause_on_an_as_phrase_is_said_of_what_it_describes(resources, text, expected):
    assert parse_read(text, resources) == expected



@pytest.mark.parametrize("text,expected", [
    # a cell name the parser takes for an adjective before the nominalisation; the bare aspect nouns
    # coordinated with it are that cell's too
    ("IL-1β aggravates bone loss by osteoclast stimulation, proliferation and survival.",
     {("IL-1β", "promotes", "bone loss", None, False, False, "en.dep.active"),
      ("IL-1β", "activates", "osteoclast", "activity", False, False, "en.dep.means"),
      ("IL-1β", "promotes", "osteoclast", "proliferation", False, False, "en.dep.means"),
      ("IL-1β", "promotes", "osteoclast", "survival", False, False, "en.dep.means")}),
    # a lowering nominalisation does not pass its direction, nor a raising one, to the nouns after it
    ("IL-4 reduces bone loss by osteoclast inhibition and apoptosis.",
     {("IL-4", "downregulates", "bone loss", None, False, False, "en.dep.active"),
      ("IL-4", "inhibits", "osteoclast", None, False, False, "en.dep.means")}),
])
def test_a_means_nominalisation_and_the_aspect_nouns_coordinated_with_it(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # the interaction of a molecule, named by its owner pronoun, with another: binding
    ("RANKL, through its interaction with RANK, promotes osteoclast differentiation.",
     {("RANKL", "binds", "RANK", None, False, False, "en.dep.nominal"),
      ("RANKL", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")}),
    ("The interaction of IL-6 with IL-6R activates STAT3 in these cells.",
     {("IL-6", "binds", "IL-6R", None, False, False, "en.dep.nominal"),
      ("IL-6", "activates", "STAT3", "activity", False, False, "en.dep.active")}),
    # cells that interact with cells bind nothing; the sentence's own claim stands
    ("The interaction of myeloma cells with bone marrow stromal cells promotes IL-6 secretion.",
     {("myeloma cell", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}),
])
def test_an_interaction_between_molecules_is_binding(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # aspect words of aspects.tsv: a cell's potency is what it does, its homing where it goes
    ("IL-2 enhances the suppressive potency of regulatory T cells.",
     {("IL-2", "promotes", "Treg", "activity", False, False, "en.dep.active")}),
    ("CXCL12 promotes the homing of hematopoietic stem cells to the bone marrow.",
     {("CXCL12", "promotes", "HSC", "migration", False, False, "en.dep.active")}),
])
def test_potency_and_homing_are_aspects_of_cells(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_the_subject_joined_to_a_fronted_phrases_list_is_the_verbs(resources):
    # ``Through … with A and B, X and Y support Z``: the parser lists X and Y with the partners of the
    # phrase put before the verb; the conjuncts after the comma right before the verb are its subject
    text = "Through their interactions with RANK and OPG, RANKL and TRAIL support the survival of osteoclasts."
    assert {t[:4] for t in parse_read(text, resources) if t[1] != "binds"} == \
        {("RANKL", "promotes", "osteoclast", "survival"), ("TRAIL", "promotes", "osteoclast", "survival")}


def test_the_subject_of_a_fronted_phrase_with_a_comma_before_the_verb(resources):
    # the same with a bracket and a comma between the subject and its verb (``…, X and its homologue Y (…),
    # support Z``), which the tagger reads as a bare infinitive
    text = ("Through their interactions with RANK and OPG, RANKL and its homologue TRAIL (TNF-related apoptosis "
            "inducing ligand), support the survival of osteoclasts.")
    assert {t[:4] for t in parse_read(text, resources) if t[1] != "binds"} == \
        {("RANKL", "promotes", "osteoclast", "survival"), ("TRAIL", "promotes", "osteoclast", "survival")}


@pytest.mark.parametrize("text,expected", [
    # written for the test: an agent noun with no of-object acts on the name hung right before it
    ("In the joint, IL-17 is a cytokine that acts as an inflammation mediator.",
     {("IL-17", "promotes", "inflammation", None, False, False, "en.dep.agent_noun")}),
    # with an of-object: that object
    ("In the joint, IL-17 acts as a mediator of inflammation.",
     {("IL-17", "promotes", "inflammation", None, False, False, "en.dep.agent_noun")}),
])
def test_an_agent_noun_acts_on_the_name_before_it(resources, text, expected):
    assert parse_read(text, resources) == expected
