"""A verb acting on a binding (pipeline/english/english_claims.py ``combined``): ``X prevents (blocks) the binding of A to B``
is X inhibiting A (what A does), not X binding A; ``X promotes the binding of A to B`` activates A. Sentences
written for the test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In the clinic, IL-1Ra prevents the binding of IL-1α and IL-1β to IL-1R1.",
     {("IL-1Ra", "inhibits", "IL-1α", "activity", False, False, "en.dep.active"),
      ("IL-1Ra", "inhibits", "IL-1β", "activity", False, False, "en.dep.active"),
      # the binding itself is named (it happens where IL-1Ra is absent)
      ("IL-1α", "binds", "IL-1R1", None, False, False, "en.dep.nominal"),
      ("IL-1β", "binds", "IL-1R1", None, False, False, "en.dep.nominal")}),
    ("In these cells, soluble RANK blocks the binding of RANKL to RANK.",
     {("soluble RANK", "inhibits", "RANKL", "activity", False, False, "en.dep.active")}),
    ("In T cells, IL-2 promotes the binding of STAT5 to DNA.",
     {("IL-2", "activates", "STAT5", "activity", False, False, "en.dep.active")}),
])
def test_a_verb_on_a_binding_acts_on_the_binder(resources, text, expected):
    assert parse_read(text, resources) == expected
