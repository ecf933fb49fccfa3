"""The rule-level reader's active claims that stand in an English sentence the parse reader parsed but
read nothing in (``english_fallback.stands``): where the parse agrees the factor is the agent of the
trigger's clause and the target is in its object. Sentences written for the test in the grammar of
reviews; each states what the parse reader reads (nothing), what the rule-level reader reads, and
what stands, so a dead reader fails."""
from __future__ import annotations

import pytest

from .conftest import read_claims
from .test_english_parse import parse_read


@pytest.mark.parametrize("text,claim", [
    # the object's name hangs by ``of`` (object_link in english_parse_words.tsv)
    ("Inflammation can affect all stages of tumor progression.",
     ("inflammation", "regulates", "tumor progression", None, False)),
    # a bare participle clause shares the main clause's subject
    ("IL-33, an alarmin released from damaged epithelium, was tested in mice, thereby enhancing Th2 cell "
     "differentiation.",
     ("IL-33", "promotes", "Th2 cell", "differentiation", False)),
    # a relative clause on the object: the subject of the verb whose object it is
    ("A point mutation in the STAT3 gene yields a protein that constantly activates the JAK/STAT pathway.",
     ("STAT3 mutation", "activates", "JAK/STAT pathway", "activity", False)),
])
def test_an_active_claim_the_parse_agrees_with_stands(resources, text, claim):
    assert parse_read(text, resources) == set()
    rule_only, _, _, _ = read_claims(text, resources, rule_only=True)
    claims, at_work, _, triples = read_claims(text, resources)
    assert claim in rule_only
    assert claims == {claim}
    assert {t.rule for t in triples} == {"en.active"}


@pytest.mark.parametrize("text,dropped", [
    # the factor is only named inside the subject (a blockade of it): the sign is the blockade's
    ("Blockade of IL-6 has been tested in several arthritis models, resulting in osteoclast depletion.",
     ("IL-6", "inhibits", "osteoclast")),
    # the trigger is a participle that modifies a noun (a cytokine … mediating …)
    ("IL-10 was first described as a cytokine secreted by Th2 cells and mediating anti-inflammatory effects.",
     ("IL-10", "induces", "inflammation")),
    # the parse gives the means phrase no clause: its owner is a noun, so no agent is read
    ("IL-4 shapes bone remodeling through suppressing osteoclast differentiation.",
     ("bone remodeling", "inhibits", "osteoclast")),
    # the target is only the class word (class_target): the claim names no cells of the text
    ("Survivin was tested in several lymphoma models, thereby inhibiting cell apoptosis.",
     ("survivin", "inhibits", "cell")),
    # the trigger is a passive participle coordinated with another: its subject is acted on
    ("Notably, STAT3 was found to be highly expressed and constitutively activated in many human leukemias.",
     ("STAT3", "activates", "leukemia")),
    # the target is a class word that names no member alone, unowned (kind unnamed): the parse reader's veto
    # dropped it (english_vetoes.unnamed_receptor), the rule-level reader does not bring it back
    ("IL-18 exerts unique functions by binding to a specific receptor expressed on various types of cells.",
     ("IL-18", "binds", "receptor")),
])
def test_an_active_claim_the_parse_does_not_agree_with_is_dropped(resources, text, dropped):
    assert parse_read(text, resources) == set()
    rule_only, _, _, _ = read_claims(text, resources, rule_only=True)
    claims, _, _, _ = read_claims(text, resources)
    assert dropped in {c[:3] for c in rule_only}  # the rule-level reader reads it ...
    assert dropped not in {c[:3] for c in claims}  # ... and it does not stand



def test_an_infinitive_conjunct_is_as_the_infinitive_it_is_coordinated_with(resources):
    """r5en (IL-22 review): ``able to enhance X and to facilitate Y``: the second infinitive (a conjunct with
    its own ``to``) heads a clause as the first does, and IL-22 is the agent of both."""
    text = ("IL-22 is able to directly enhance antimicrobial defense mechanisms in epithelial cells and to "
            "facilitate epithelial barrier repair and wound healing process.")
    assert parse_read(text, resources) == set()
    claims, _, _, triples = read_claims(text, resources)
    assert ("IL-22", "promotes", "epithelial barrier repair", None, False) in claims
    assert ("IL-22", "promotes", "wound healing", None, False) in claims
    assert {t.rule for t in triples} == {"en.active"}


def test_an_object_the_parse_hung_as_a_compound_on_a_participle_stands(resources):
    """r5en (IL-22 review): the parse hung ``proliferation`` as a compound on ``aiding`` (a compound of a verb,
    the parse's sign of its error), so it read nothing; the rule-level reader's claim on the object stands, and
    (aid being a trigger) so do the claims of what the proliferation aids, as the gold has them."""
    text = "IL-22 induces epithelial cell proliferation aiding in rapid epithelium regeneration and wound healing."
    assert parse_read(text, resources) == set()
    claims, _, _, triples = read_claims(text, resources)
    assert claims == {("IL-22", "induces", "epithelial cell", "proliferation", False),
                      ("IL-22", "promotes", "epithelium regeneration", None, False),
                      ("IL-22", "promotes", "wound healing", None, False)}
    assert {t.rule for t in triples} == {"en.active"}
