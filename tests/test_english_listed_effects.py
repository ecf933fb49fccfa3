"""``The effects of X on Y include inhibition of Z and induction of W`` (en.dep.listed_effect,
pipeline/english/english_listed_effects.py): effects listed as nominalisations are X's, each on its own of
object; the effects-on claim of the subject gives way to them (english_vetoes.listed_effects) and stands where
the list names no nominalised trigger. Real sentences of gold/extra and one written for the test in the grammar
of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.listed_effect"


@pytest.mark.parametrize("text,expected", [
    # gold/extra: each item its own (``of IL-4`` hung by the parser on IL-17 is still induction's)
    ("The in vivo effects of vitamin D on murine T cells include inhibition of T cell proliferation, inhibition "
     "of IFN-γ, IL-17 and induction of IL-4.",
     {("vitamin D", "inhibits", "T cell", "proliferation", False, False, RULE),
      ("vitamin D", "inhibits", "IFN-γ", "activity", False, False, RULE),
      ("vitamin D", "inhibits", "IL-17", "activity", False, False, RULE),
      ("vitamin D", "upregulates", "IL-4", "expression", False, False, RULE)}),
    ("The effects of IL-4 on macrophages include induction of arginase-1 and inhibition of nitric oxide production.",
     {("IL-4", "upregulates", "Arg1", "expression", False, False, RULE),
      ("IL-4", "downregulates", "nitric oxide", "expression", False, False, RULE)}),
])
def test_listed_nominal_effects_are_the_owners(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_effects_listed_without_a_nominal_trigger_keep_the_effect_on(resources):
    # gold/extra: ``include direct and indirect actions``: no effect listed by name; OSM regulates bone metabolism
    assert parse_read("Thus, cellular effects of OSM on bone metabolism include direct and indirect actions mediated "
                      "by two related receptor/ligand complexes.", resources) == {
        ("OSM", "regulates", "bone metabolism", None, False, False, "en.dep.effect_on")}
