"""A plural relative clause on a singular noun that the parser hung as a conjunct of the verb (``identified
a receptor (c-kit) and a corresponding ligand (SCF) that are essential for…``): the clause is about both,
the verb's object before the coordinator and the noun (english_coordination.object_before). Sentences
written for the test in the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_plural_relative_clause_is_about_both_conjuncts(resources):
    got = parse_read("Genetic studies led to the identification of a receptor (c-kit) and a corresponding ligand "
                     "(stem cell factor, SCF) that are essential for mast cell development.", resources)
    assert {t[:4] for t in got} == {("c-Kit", "promotes", "mast cell", "differentiation"),
                                    ("stem cell factor", "promotes", "mast cell", "differentiation")}


def test_singular_relative_clause_is_about_the_noun_alone(resources):
    got = parse_read("Genetic studies led to the identification of a receptor (c-kit) and a corresponding ligand "
                     "(stem cell factor, SCF) that is essential for mast cell development.", resources)
    assert ("stem cell factor", "promotes", "mast cell", "differentiation") in {t[:4] for t in got}
    assert not any(t[0] == "c-Kit" for t in got)


def test_plural_relative_clause_after_a_comma_is_about_the_whole_coordination(resources):
    """gold/extra r4en_en_08: the parser hung ``which are important in…`` on the last of two bracketed names
    (english_clauses._whole_coordination): in the plural, after a comma, it is about both, as the main verb is."""
    got = parse_read("Cyclooxygenases-2 (COX-2) and Prostaglandin E2 (PGE2), which are important in chronic "
                     "inflammatory diseases, can increase tumor incidence and promote tumor growth and metastasis.",
                     resources)
    assert {t[:3] for t in got if t[2] == "chronic inflammatory disease"} == {
        ("COX-2", "regulates", "chronic inflammatory disease"), ("PGE2", "regulates", "chronic inflammatory disease")}
    assert ("COX-2", "promotes", "tumor", "growth") in {t[:4] for t in got}


def test_singular_relative_clause_after_a_comma_keeps_the_last_conjunct(resources):
    """written for the test: a verb in the singular agrees with the last name only; in the plural, with both."""
    singular = parse_read("Interleukin-6 (IL-6) and tumor necrosis factor (TNF), which promotes osteoclast "
                          "differentiation, are raised in arthritis.", resources)
    assert {t[:4] for t in singular} == {("TNF-α", "promotes", "osteoclast", "differentiation")}
    plural = parse_read("Interleukin-6 (IL-6) and tumor necrosis factor (TNF), which promote osteoclast "
                        "differentiation, are raised in arthritis.", resources)
    assert {t[:4] for t in plural} == {("IL-6", "promotes", "osteoclast", "differentiation"),
                                       ("TNF-α", "promotes", "osteoclast", "differentiation")}
