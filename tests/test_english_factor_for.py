"""``X acts as a growth factor for Y`` (en.dep.factor_for, pipeline/english/english_nominals.py): a name ending in a
factor noun after aspect words, described as the subject's (is, acts as, serves as), with a for-object, also
where the parser hangs ``for`` on the verb of a verb phrase coordinated with others: X promotes Y in each aspect.
Sentences written in the grammar of cytokine reviews; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.factor_for"


@pytest.mark.parametrize("text,expected", [
    # the second of three verb phrases sharing one subject; for hung on acts
    ("IL-15 induces IFN-γ production by NK cells, acts as a growth factor for activated NK and T cells, "
     "and enhances the survival of memory T cells.",
     {("IL-15", "upregulates", "IFN-γ", "expression", False, False, "en.dep.active"),
      ("IL-15", "promotes", "NK cell", "growth", False, False, RULE),
      ("IL-15", "promotes", "T cell", "growth", False, False, RULE),
      ("IL-15", "promotes", "memory T cell", "survival", False, False, "en.dep.active")}),
    ("In the bone marrow, IL-6 serves as a survival factor for plasma cells.",
     {("IL-6", "promotes", "plasma cell", "survival", False, False, RULE)}),
])
def test_a_growth_factor_for_y_promotes_y(resources, text, expected):
    assert parse_read(text, resources) == expected
