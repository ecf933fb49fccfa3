"""``the role of X in promoting Y`` (en.dep.role_gerund, pipeline/english/english_role_gerunds.py): where the role is
a claim (a reporting verb states it, a word directs it), its owner is the subject of the trigger gerund its in
phrase opens, wherever the parser hangs that phrase (on the role, on its owner, on the verb); a role as a topic
states nothing; ``X plays a role in promoting Y`` stays the gerund's own reading. Sentences written in the
grammar of reviews for this file; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.role_gerund"


@pytest.mark.parametrize("text,expected", [
    ("Several studies have demonstrated the role of TSLP in promoting Th2 responses in allergic asthma.",
     {("TSLP", "promotes", "type 2 immunity", None, False, False, RULE)}),
    # a word that directs the role gives no other effect than the gerund's
    ("These findings suggest a protective role for IL-10 in limiting joint inflammation.",
     {("IL-10", "inhibits", "joint inflammation", None, False, False, RULE)}),
    # the subject of the clause plays it: the gerund's own reading
    ("In bone, IL-6 plays a key role in promoting osteoclast differentiation.",
     {("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")}),
])
def test_the_role_owner_acts_through_the_gerund(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_role_as_a_topic_states_nothing(resources):
    text = "In this review, we discuss the role of IL-6 in promoting osteoclast differentiation, as IL-6 induces RANKL."
    assert parse_read(text, resources) == {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}
