"""English constructions of the relation reader (the second English round): each
case a real sentence of the sample papers or their reference lists where one
exists, else a sentence written for the test and marked so."""
from __future__ import annotations

import pytest

from .conftest import triples_in


@pytest.mark.parametrize("text,expected", [
    # reference titles of the LIF and BMSC reviews
    ("Immunization against leukemia inhibitory factor and its receptor suppresses tumor formation of breast "
     "cancer initiating cells in BALB/c mouse.", ("LIF", "promotes", "tumorigenesis", None, False)),
    ("Targeting the gp130/STAT3 axis attenuates tumor microenvironment mediated chemoresistance in group 3 "
     "medulloblastoma cells.", ("gp130/STAT3 axis", "promotes", "drug resistance", None, False)),
    ("Blockade of FGF2/FGFR2 partially overcomes bone marrow mesenchymal stromal cells mediated progression of "
     "T-cell acute lymphoblastic leukaemia.", ("FGF2/FGFR2 pathway", "promotes", "T-ALL", None, False)),
    # written for the test: the same with the knock-down word after the name, and an inhibition noun
    ("In these mice, LIF blockade inhibits tumor growth in the pancreas.", ("LIF", "promotes", "tumor", "growth", False)),
    ("In these mice, STAT3 inhibition reduces tumor growth in the pancreas.",
     ("STAT3", "upregulates", "tumor", "growth", False)),
    ("In these mice, blockade of LIF inhibits tumor growth in the pancreas.",
     ("LIF", "promotes", "tumor", "growth", False)),
])
def test_what_is_blocked_acts_with_its_polarity_turned_round(resources, text, expected):
    found = triples_in(text, resources)
    assert expected in found
    assert not any(t[:3] == expected[:2] + (expected[2],) and t[1] != expected[1] for t in found)


def test_an_inhibition_by_a_named_agent_is_the_agents_effect(resources):
    # written for the test: SPEC 1, where an agent is named the agent is the factor, effect as written
    found = triples_in("In these mice, the inhibition of STAT3 by stattic reduces tumor growth in the pancreas.",
                       resources)
    assert ("Stattic", "inhibits", "STAT3", "activity", False) in found
    assert ("Stattic", "downregulates", "tumor", "growth", False) in found
    assert not any(t[0] == "STAT3" for t in found)


def test_its_knockdown_is_the_subjects_own_turned_round(resources):
    # a reference title of the BMSC review, and the pronoun at the start of a sentence (written for the test)
    assert ("JAK2/STAT3 pathway", "inhibits", "CLL cell", "apoptosis", False) in triples_in(
        "In chronic lymphocytic leukemia the JAK2/STAT3 pathway is constitutively activated and its inhibition "
        "leads to CLL cell death unaffected by the protective bone marrow microenvironment.", resources)
    found = triples_in("LIF promotes tumor growth in mice. Its inhibition leads to cancer cell death in these mice.",
                       resources)
    assert ("LIF", "inhibits", "cancer cell", "apoptosis", False) in found
    # its before a plain name is no knock-down
    assert ("LIF", "binds", "LIFR", None, False) in triples_in("LIF binds to its receptor LIFR in these cells.",
                                                               resources)


def test_a_role_named_as_a_topic_states_nothing(resources):
    # 003's English abstract: the gold has no triple here ("roles of X in Y" is what the review is about)
    assert triples_in("This is especially true when it comes to the mechanisms of action,signaling pathways,and "
                      "pathological roles of different cytokines in bone-related diseases such as osteoporosis,"
                      "rheumatoid arthritis,and osteoarthritis.", resources) == []
    # a role stated by a verb still regulates (001's English abstract)
    assert ("inflammatory cytokine", "regulates", "inflammatory disease", None, False) in triples_in(
        "A large number of studies have shown that inflammatory cytokines play an important role in various "
        "inflammatory diseases, but the reports on their specific effects are not always consistent.", resources)


def test_a_regulation_between_two_processes_acts_on_neither(resources):
    # 003's English abstract: no "bone homeostasis regulates bone formation"
    found = triples_in("The equilibrium of bone homeostasis is crucial for sustaining skeletal health,which depends "
                       "on the precise regulation between bone formation mediated by osteoblasts and bone resorption "
                       "mediated by osteoclasts.", resources)
    assert not any(t[0] == "bone homeostasis" and t[2] in ("bone formation", "bone resorption") for t in found)
    assert ("osteoclast", "induces", "bone resorption", None, False) in found


@pytest.mark.parametrize("text,expected,absent", [
    # written for the test (no sample sentence has a which-clause that states an effect)
    ("LIF activates STAT3, which promotes tumor growth in these mice.",
     [("LIF", "activates", "STAT3", "activity", False), ("STAT3", "promotes", "tumor", "growth", False)],
     ("LIF", "promotes", "tumor", "growth", False)),
    # after a place the which-clause goes on with the sentence's subject
    ("IL-6 induces RANKL expression in osteoblasts, which promotes osteoclast differentiation.",
     [("IL-6", "promotes", "osteoclast", "differentiation", False)],
     ("osteoblast", "promotes", "osteoclast", "differentiation", False)),
])
def test_a_which_clause_is_about_the_name_before_it(resources, text, expected, absent):
    found = triples_in(text, resources)
    assert all(e in found for e in expected)
    assert absent not in found


@pytest.mark.parametrize("text", [
    # written for the test (no sample sentence has the construction): right-node raising
    "IL-6 promotes and IL-10 inhibits osteoclast differentiation in these mice.",
    "In these mice, IL-6 may promote and IL-10 may inhibit the differentiation of osteoclasts.",
])
def test_two_verbs_share_the_object_after_the_second(resources, text):
    found = {t[:4] for t in triples_in(text, resources)}
    assert {("IL-6", "promotes", "osteoclast", "differentiation"),
            ("IL-10", "inhibits", "osteoclast", "differentiation")} <= found


@pytest.mark.parametrize("text,expected", [
    # a reference title of the LIF review: the sentence gave nothing before
    ("Elevated expression of LIF predicts a poor prognosis and promotes cell migration and invasion of clear cell "
     "renal cell carcinoma.", ("LIF", "promotes", "clear cell renal cell carcinoma", "invasion", False)),
    # written for the test: a lowered name acts turned round, a place after it or not
    ("Reduced IL-10 levels in these patients promote osteoclast differentiation.",
     ("IL-10", "inhibits", "osteoclast", "differentiation", False)),
    ("Reduced IL-10 levels promote osteoclast differentiation in these patients.",
     ("IL-10", "inhibits", "osteoclast", "differentiation", False)),
])
def test_a_raised_or_lowered_name_opening_the_clause_acts(resources, text, expected):
    assert expected in triples_in(text, resources)
