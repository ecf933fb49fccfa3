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
