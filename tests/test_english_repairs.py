"""Repairs of the English parse reader's claims (pipeline/english/english_repairs.py): a key noun of no direction
(``a central regulator in Y``: regulates), a part in a disease (``important in rheumatoid arthritis``:
regulates); and, beside them, a verb the parser read as an adjective in a series of predicates (``…, exacerbate
autoimmunity``: the verb's own effect, english_coordination.and_verb). Sentences written for the test in the grammar of reviews; each row
gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # directionless_agent: a regulator or modulator names no direction
    ("FGF23 is a central regulator in phosphate homeostasis.",
     {("FGF23", "regulates", "phosphate homeostasis", None, False, False, "en.dep.key_agent")}),
    ("Sclerostin is a key modulator in bone formation.",
     {("sclerostin", "regulates", "bone formation", None, False, False, "en.dep.key_agent")}),
    # a key noun of no effect of its own keeps the importance adjective's direction
    ("IL-3 is the key cytokine in the proliferation of basophils.",
     {("IL-3", "promotes", "basophil", "proliferation", False, False, "en.dep.key_agent")}),
    # role_in_disease: important in a disease is a part in it; the need for a process keeps its direction
    ("IL-6 is critical for osteoclast differentiation and is important in rheumatoid arthritis.",
     {("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.need"),
      ("IL-6", "regulates", "rheumatoid arthritis", None, False, False, "en.dep.need")}),
    # exacerbate is the second verb of the series, not an adjective of autoimmunity (english_coordination.and_verb)
    ("Th17 cells inhibit Treg cells, exacerbate autoimmunity, and promote angiogenesis.",
     {("Th17 cell", "inhibits", "Treg", None, False, False, "en.dep.active"),
      ("Th17 cell", "promotes", "autoimmune disease", None, False, False, "en.dep.active"),
      ("Th17 cell", "promotes", "angiogenesis", None, False, False, "en.dep.active")}),
])
def test_repaired_claims(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_verb_the_parser_hung_on_the_subject_s_preposition_has_that_subject(resources):
    """``The release of X during bone resorption recruits Y`` (verb_in_phrase): the parser hangs the verb on
    ``during`` and the name before it on the verb; the released factor recruits, not bone resorption."""
    got = parse_read("The release of IL-6 during osteoclast bone resorption recruits MSCs to the bone surface.",
                     resources)
    assert got == {("IL-6", "promotes", "MSC", "recruitment", False, False, "en.dep.active")}
