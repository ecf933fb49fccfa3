"""``X protects the body (the host) against Y`` (pipeline/english/english_verbs.py ``_guarded_from``): a verb of protection
whose object names nothing acts on what it guards against, also where the parser hung ``against`` / ``from`` on
that object; and so inside a role (``plays a role in protecting the body against A, B and C``). Sentences written
for the test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Vitamin D protects the host against experimental autoimmune encephalomyelitis.",
     {("vitamin D", "inhibits", "experimental autoimmune encephalomyelitis", None, False, False, "en.dep.active")}),
    ("IL-37 plays a role in protecting the body against ischemia-reperfusion injury, autoimmune diseases, and "
     "cardiovascular diseases.",
     {("IL-37", "inhibits", "ischemia-reperfusion injury", None, False, False, "en.dep.active"),
      ("IL-37", "inhibits", "autoimmune disease", None, False, False, "en.dep.active"),
      ("IL-37", "inhibits", "cardiovascular disease", None, False, False, "en.dep.active")}),
])
def test_what_is_guarded_against_on_the_object(resources, text, expected):
    assert parse_read(text, resources) == expected
