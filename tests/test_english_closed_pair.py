"""A pair opened by both / either has two members: a common noun with a determiner after a second
coordinator, which the parser joined to the pair, opens the next clause (``expresses both FGFR1 and
Klotho, and a high level of FGF23 induces…``): it is that clause's subject and the pair is not
(english_coordination.closed_pair, subject_after_pair). Sentences written for the test in the grammar of
reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_the_noun_after_the_pair_is_the_next_clauses_subject(resources):
    assert parse_read("The kidney expresses both FGFR1 and Klotho, and a high level of serum FGF23 "
                      "induces the expression of CYP24A1.", resources) == {
        ("FGF23", "upregulates", "CYP24A1", "expression", False, False, "en.dep.active")}


def test_the_pair_does_not_take_the_verb_of_the_clause_after_it(resources):
    got = parse_read("Osteoblasts express both RANKL and OPG, and the ratio of RANKL to OPG controls "
                     "osteoclast differentiation, while TNF-α promotes osteoclast differentiation.", resources)
    assert got == {("TNF-α", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")}


def test_a_named_third_member_stays_in_the_list(resources):
    got = parse_read("Both IL-17 and TNF-α, and to a lesser extent IL-1β, induce IL-6 in fibroblasts.", resources)
    assert {("IL-17", "upregulates", "IL-6"), ("TNF-α", "upregulates", "IL-6")} <= {t[:3] for t in got}


def test_a_pair_with_a_named_third_member_keeps_its_own_verb(resources):
    # (the kind english_vetoes.both_pair was written for, now read by closed_pair alone)
    assert parse_read("The kidney also expresses both FGFR1 and Klotho, and an elevated level of serum FGF23 induces "
                      "the renal expression of CYP24A1.", resources) == {
        ("FGF23", "upregulates", "CYP24A1", "expression", False, False, "en.dep.active")}
    assert parse_read("In the synovium, both IL-6 and TNF-α, and also IL-1β, induce RANKL expression in osteoblasts.",
                      resources) == {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
                                     ("TNF-α", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
                                     ("IL-1β", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}
