"""A knock-down word that says a drug or an antibody does it without naming one (``unnamed_agent`` words of
dictionaries/relations/english_parse_words.tsv: ``therapeutic targeting of X with antibodies``, ``pharmacologic X
inhibition``) names a treatment whose agent the text does not name: SPEC 1 makes a named agent the factor with the
effect as written, and the knocked-down name does not act turned round (english_agents_unnamed.py). The
plain knock-down (``targeting of X``, ``blockade of X``) is X's own effect turned round, as before. The first
sentence is r10en's (its gold: anti-IL-11 antibody inhibits pulmonary fibrosis and lung inflammation, which no
name here states), with a clause written for the test that states a claim of its own."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In mice, therapeutic targeting of IL-11 with antibodies can arrest and reverse bleomycin-induced pulmonary "
     "fibrosis and inflammation, and TGF-β induces IL-11 expression in fibroblasts.",
     {("TGF-β", "upregulates", "IL-11", "expression", False, False, "en.dep.active")}),
    # written for the test: a therapeutic blockade names no agent; the second clause's claim stands
    ("Therapeutic blockade of IL-6 reduces joint inflammation, whereas IL-6 promotes osteoclast differentiation.",
     {("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")}),
])
def test_a_knock_down_by_an_unnamed_drug_is_no_claim_of_the_name(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # r10en's sentence without the treatment: the name's own effect turned round
    ("In mice, targeting of IL-11 can arrest and reverse bleomycin-induced pulmonary fibrosis and inflammation.",
     {("IL-11", "promotes", "bleomycin-induced pulmonary fibrosis", None, False, False, "en.dep.knockdown_subject"),
      ("IL-11", "promotes", "inflammation", None, False, False, "en.dep.knockdown_subject")}),
    ("Blockade of IL-6 reduces joint inflammation.",  # written for the test
     {("IL-6", "upregulates", "joint inflammation", None, False, False, "en.dep.knockdown_subject")}),
])
def test_a_plain_knock_down_is_the_name_turned_round(resources, text, expected):
    assert parse_read(text, resources) == expected
