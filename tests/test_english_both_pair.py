"""``V both A and B, and C …`` (english_vetoes.both_pair): the parser may join a clause's subject after
``, and`` to the pair ``both`` opens and take the three for the subject of a complement of V, leaving V with
no object; A and B are V's object, not C's fellow agents. A real ``both A and B`` subject keeps its members.
Sentences written for the test in the grammar of reviews; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("The kidney also expresses both FGFR1 and Klotho, and an elevated level of serum FGF23 induces the renal "
     "expression of CYP24A1.",
     {("FGF23", "upregulates", "CYP24A1", "expression", False, False, "en.dep.active")}),
    # a pair (and a third) that is the subject of its own verb
    ("In the synovium, both IL-6 and TNF-α, and also IL-1β, induce RANKL expression in osteoblasts.",
     {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("IL-1β", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}),
])
def test_a_both_pair_keeps_its_own_verb(resources, text, expected):
    assert parse_read(text, resources) == expected
