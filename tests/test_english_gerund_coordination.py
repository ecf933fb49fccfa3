"""A gerund the parser hung on the objects of the gerund before it (english_coordination.and_verb):
``X plays a role in regulating A, B, and reducing C`` / ``X limits Y by suppressing A, B, and inducing C``:
the second gerund is a verb of the same subject, not a noun of the list. And ``success`` is a head word
(immunotherapy success: the immunotherapy). Sentences written for the test in the grammar of reviews; each
row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Immune suppression plays a pivotal role in regulating cancer progression, metastasis, and reducing "
     "immunotherapy success.",
     {("immunosuppression", "regulates", "tumor progression", None, False, False, "en.dep.active"),
      ("immunosuppression", "regulates", "tumor", "metastasis", False, False, "en.dep.active"),
      ("immunosuppression", "downregulates", "immunotherapy", None, False, False, "en.dep.active")}),
    ("IL-10 limits inflammation by suppressing macrophage activation, IL-12 production, and inducing "
     "regulatory T cells.",
     {("IL-10", "inhibits", "inflammation", None, False, False, "en.dep.active"),
      ("IL-10", "inhibits", "macrophage", "activity", False, False, "en.dep.active"),
      ("IL-10", "induces", "Treg", "differentiation", False, False, "en.dep.active")}),
])
def test_a_gerund_after_a_gerunds_objects_is_a_verb(resources, text, expected):
    assert parse_read(text, resources) == expected
