"""A noun narrowed after a comma (pipeline/english/english_narrowing.py): ``X, particularly Y`` / ``especially`` /
``in particular``: the claim is stated of Y too; ``a process noun, primarily of Y``: of Y's process in the
noun's place. Sentences written for the test in the grammar of reviews; each row gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

ACTIVE = "en.dep.active"


@pytest.mark.parametrize("text,expected", [
    # the narrowing phrase is a claim of its own, beside the noun's
    ("IL-6 promotes hematologic malignancies, in particular multiple myeloma.",
     {("IL-6", "promotes", "hematologic malignancy", None, False, False, ACTIVE),
      ("IL-6", "promotes", "multiple myeloma", None, False, False, ACTIVE)}),
    ("Sclerostin inhibits bone formation, particularly osteoblastogenesis.",
     {("sclerostin", "inhibits", "bone formation", None, False, False, ACTIVE),
      ("sclerostin", "inhibits", "osteoblast", "differentiation", False, False, ACTIVE)}),
    # with of: the owner of the noun's process, in its place (the production of IFN-γ)
    ("IL-18 induces cytokine production, primarily of IFN-γ, from Th1 cells.",
     {("IL-18", "upregulates", "IFN-γ", "expression", False, False, ACTIVE)}),
    # a subject narrowed to a noun with examples: the examples act too
    ("After infection, innate cells, especially APCs such as dendritic cells and macrophages, initiate the immune "
     "response.",
     {("innate cell", "activates", "immune response", None, False, False, ACTIVE),
      ("dendritic cell", "activates", "immune response", None, False, False, ACTIVE),
      ("macrophage", "activates", "immune response", None, False, False, ACTIVE)}),
])
def test_a_narrowed_noun_names_its_narrower_case(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_an_adverb_with_no_comma_narrows_nothing(resources):
    """``IL-6 mainly activates STAT3``: an adverb on the verb is no narrowing phrase."""
    assert parse_read("IL-6 promotes bone resorption mainly through osteoclasts.", resources) == \
        {("IL-6", "promotes", "bone resorption", None, False, False, ACTIVE)}
