"""A claim in the second of coordinated infinitives (``to detect A and to coordinate the function of B``):
the infinitive shares the subject of the first; ``coordinate`` states regulation (triggers.tsv, as
orchestrate). Sentences written for the test in the grammar of reviews; each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_second_infinitive_with_coordinate_regulates(resources):
    assert parse_read("Osteocytes are able to sense mechanical load and to coordinate the function of "
                      "osteoblasts and osteoclasts.", resources) == {
        ("osteocyte", "regulates", "osteoblast", "activity", False, False, "en.dep.active"),
        ("osteocyte", "regulates", "osteoclast", "activity", False, False, "en.dep.active")}
