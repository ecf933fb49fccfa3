"""A process noun in a list of process nouns whose ``of`` phrase the parser hung on the conjunct before it
(``the activation of macrophages and production of IL-6 and recruitment of neutrophils``): the ``of``
phrase right after it is its own (english_coordination.borrowed_of). Sentences written for the test in
the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_three_process_nouns_each_with_its_of_phrase(resources):
    assert parse_read("TNF promotes the activation of macrophages and production of IL-6 and recruitment of "
                      "neutrophils.", resources) == {
        ("TNF-α", "activates", "macrophage", "activity", False, False, "en.dep.active"),
        ("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
        ("TNF-α", "activates", "neutrophil", "recruitment", False, False, "en.dep.active")}


def test_release_production_and_recruitment(resources):
    assert parse_read("IL-1β promotes the release of prostaglandins and production of IL-6 and recruitment of "
                      "neutrophils.", resources) == {
        ("IL-1β", "upregulates", "prostaglandin", "expression", False, False, "en.dep.active"),
        ("IL-1β", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
        ("IL-1β", "promotes", "neutrophil", "recruitment", False, False, "en.dep.active")}
