"""``the interaction of TIM3 and Galectin 9`` / ``the interaction between CD28 and CD80`` (pipeline/english/english_nominals.py
``nominal``, ``_reciprocal``): a noun of binding whose of / between phrase names two molecules joined by ``and``:
the first binds the second (as ``the interaction of CD28 with CD80``). Sentences written for the test in the grammar
of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In various cancers, the interaction of TIM3 and Galectin 9 (Gal9) suppresses anti-tumor immunity.",
     {("TIM-3", "binds", "galectin-9", None, False, False, "en.dep.nominal"),
      ("TIM-3", "inhibits", "antitumor immunity", None, False, False, "en.dep.active"),
      ("galectin-9", "inhibits", "antitumor immunity", None, False, False, "en.dep.active")}),
    ("In T cells, the interaction between CD28 and CD80 delivers a costimulatory signal.",
     {("CD28", "binds", "CD80", None, False, False, "en.dep.nominal")}),
    ("In T cells, the interaction of CD28 with CD80 delivers a costimulatory signal.",
     {("CD28", "binds", "CD80", None, False, False, "en.dep.nominal")}),
])
def test_interaction_of_two_molecules_is_binding(resources, text, expected):
    assert parse_read(text, resources) == expected
