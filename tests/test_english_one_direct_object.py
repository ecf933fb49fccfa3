"""A trigger verb has one direct object (pipeline/english/english_verbs.py ``_direct_objects``): where the parser takes
the last noun of a participle's agent for a second object of the verb (``suppresses anti-tumor immunity mediated
by innate as well as adaptive immune cells``), that noun is not what the verb acts on. Sentences written for the
test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_a_noun_of_the_participles_agent_is_no_second_object(resources):
    assert parse_read("In various cancers, the interaction of TIM3 and Galectin 9 (Gal9) suppresses anti-tumor "
                      "immunity mediated by innate as well as adaptive immune cells.", resources) == {
        ("TIM-3", "binds", "galectin-9", None, False, False, "en.dep.nominal"),
        ("TIM-3", "inhibits", "antitumor immunity", None, False, False, "en.dep.active"),
        ("galectin-9", "inhibits", "antitumor immunity", None, False, False, "en.dep.active")}


def test_coordinated_objects_stay(resources):
    assert parse_read("In macrophages, IL-10 suppresses the production of TNF-α and IL-6.", resources) == {
        ("IL-10", "downregulates", "TNF-α", "expression", False, False, "en.dep.active"),
        ("IL-10", "downregulates", "IL-6", "expression", False, False, "en.dep.active")}
