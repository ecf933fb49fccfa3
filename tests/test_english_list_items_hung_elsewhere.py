"""Items of a list the parser hung outside it: the noun after ``as well as`` hung on the second ``as`` as its
object (``the binding of IL-1α as well as IL-1β``: english_coordination.as_well_as_object), and a name after a
comma hung on the first name as an apposition with the list going on after it (``IL-6, IL-8, as well as
GM-CSF``: listed_appositions); ``as well as`` joins no binding pair (english_nominals._reciprocal). Sentences
written for the test in the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Anakinra blocks the binding of IL-1α as well as IL-1β to their receptor.", {
        ("anakinra", "inhibits", "IL-1α", "activity", False, False, "en.dep.active"),
        ("anakinra", "inhibits", "IL-1β", "activity", False, False, "en.dep.active")}),
    ("IL-17 induces IL-6, IL-8, as well as GM-CSF in synovial fibroblasts.", {
        ("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
        ("IL-17", "upregulates", "IL-8", "expression", False, False, "en.dep.active"),
        ("IL-17", "upregulates", "GM-CSF", "expression", False, False, "en.dep.active")}),
])
def test_list_items_hung_elsewhere_are_items(resources, text, expected):
    assert parse_read(text, resources) == expected
