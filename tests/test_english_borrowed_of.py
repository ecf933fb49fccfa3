"""A process noun in a list of process nouns whose ``of`` phrase the parser hung on the conjunct before it
(``the activation of macrophages and production of IL-6 and recruitment of neutrophils``): the ``of``
phrase right after it is its own (english_coordination.borrowed_of). Sentences written for the test in
the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("TNF promotes the activation of macrophages and production of IL-6 and recruitment of neutrophils.", {
        ("TNF-α", "activates", "macrophage", "activity", False, False, "en.dep.active"),
        ("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
        ("TNF-α", "activates", "neutrophil", "recruitment", False, False, "en.dep.active")}),
    ("IL-1β promotes the release of prostaglandins and production of IL-6 and recruitment of neutrophils.", {
        ("IL-1β", "upregulates", "prostaglandin", "expression", False, False, "en.dep.active"),
        ("IL-1β", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
        ("IL-1β", "promotes", "neutrophil", "recruitment", False, False, "en.dep.active")}),
])
def test_each_process_noun_of_the_list_owns_its_of_phrase(resources, text, expected):
    assert parse_read(text, resources) == expected
