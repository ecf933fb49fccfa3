"""``X causes A, the B of C, and D`` (en.dep.stray_conjunct, pipeline/english/english_strays.py): the last members
of a verb's object list that the parser hung on a noun before the verb are objects of the verb too, where they
run to the end of the sentence; a member with a clause of its own is not. Sentences written in the grammar of
reviews for this file; each row asserts the verb's own reading of its first object as well, so a dead reader fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.stray_conjunct"


def _pairs(triples) -> set:
    return {(f, e, t, rule) for f, e, t, _a, _n, _h, rule in triples}


@pytest.mark.parametrize("text,expected", [
    # the second member hung on the subject as an apposition, the third its conjunct
    ("DKK1 has been implicated in causing erosive arthritis, the osteolytic phenotypes of multiple myeloma, "
     "and osteoblastic metastases of prostate cancer.",
     {("DKK1", "induces", "bone erosion formation", "en.dep.active"),
      ("DKK1", "induces", "osteoblastic bone metastasis", RULE)}),
    # after a nominal trigger, the members after it are that nominal's (activates)
    ("RANK signaling is mediated by recruiting adaptor molecules such as TRAF6, which leads to the activation of "
     "mitogen-activated protein kinases (MAPKs), and the transcription factors nuclear factor-κB (NF-κB) and "
     "activator protein-1 (AP-1).",
     {("TRAF6", "activates", "MAPK", "en.dep.relative"),
      ("TRAF6", "activates", "NF-κB", RULE), ("TRAF6", "activates", "AP-1", RULE)}),
])
def test_members_after_the_object_are_objects(resources, text, expected):
    got = _pairs(parse_read(text, resources))
    assert expected <= got


def test_a_member_with_a_clause_of_its_own_is_no_object(resources):
    text = ("The early preference expressed in the immune response depends on the balance between IL-12, "
            "which favors Th1 responses, and IL-4, which favors Th2 responses.")
    got = _pairs(parse_read(text, resources))
    assert got == {("IL-12", "promotes", "Th1 response", "en.dep.relative"),
                   ("IL-4", "promotes", "type 2 immunity", "en.dep.relative")}


def test_a_member_followed_by_its_own_verb_is_no_object(resources):
    text = "IL-1, which induces RANKL expression in osteoblasts, and TNF-α promote osteoclast formation."
    got = _pairs(parse_read(text, resources))
    assert got == {("TNF-α", "promotes", "osteoclast", "en.dep.active"),
                   ("IL-1", "upregulates", "RANKL", "en.dep.relative")}
