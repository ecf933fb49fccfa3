"""A second verb of the same subject in its bare form, which the tagger took for an adjective (or a noun)
of its object (``X can activate A in fibroblasts and upregulate B``, ``Th17 cells produce IL-17, recruit
neutrophils, and promote…``): english_coordination.and_verb / _bare_verb, with the object the parser hung
as a conjunct of the first verb, of its place or of its object (``verb_above_object``). Sentences written
for the test in the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("IL-17 can activate NF-κB in fibroblasts and upregulate IL-6 expression.", {
        ("IL-17", "activates", "NF-κB", "activity", False, False, "en.dep.active"),
        ("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}),
    ("Estrogen can also activate Wnt/β-catenin signaling to increase osteogenesis, and upregulate BMP "
     "signaling in osteoblasts.", {
        ("estrogen", "activates", "Wnt/β-catenin pathway", "activity", False, False, "en.dep.active"),
        ("estrogen", "upregulates", "osteoblast", "differentiation", False, False, "en.dep.active"),
        ("estrogen", "upregulates", "BMP pathway", "activity", False, False, "en.dep.active")}),
    ("Th17 cells produce IL-17, recruit neutrophils, and promote inflammation.", {
        ("Th17 cell", "promotes", "neutrophil", "recruitment", False, False, "en.dep.active"),
        ("Th17 cell", "promotes", "inflammation", None, False, False, "en.dep.active")}),
])
def test_bare_second_verb_reads_its_own_object(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_second_verb_after_a_comma_is_not_the_first_verbs_object(resources):
    # ``inhibit Treg cells, exacerbate autoimmunity``: autoimmunity is what exacerbate promotes, not
    # a second object of inhibit
    got = parse_read("Activated Th17 cells inhibit Treg cells, exacerbate autoimmunity, and promote "
                     "angiogenesis.", resources)
    assert ("Th17 cell", "inhibits", "Treg", None, False, False, "en.dep.active") in got
    assert ("Th17 cell", "promotes", "autoimmune disease", None, False, False, "en.dep.active") in got
    assert not any(t[1] == "inhibits" and t[2] == "autoimmune disease" for t in got)
