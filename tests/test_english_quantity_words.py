"""Quantity nouns whose of-object is the argument (english_parse_words.tsv, kind quantity): ``many forms of
X``, ``a broad spectrum of X``: X. Sentences written for the test in the grammar of reviews; each row
gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("TNF-α is widely involved in many forms of chronic inflammatory diseases including rheumatoid arthritis, "
     "psoriasis and Crohn's disease.",
     {("TNF-α", "regulates", "rheumatoid arthritis", None, False, False, "en.dep.involved"),
      ("TNF-α", "regulates", "psoriasis", None, False, False, "en.dep.involved"),
      ("TNF-α", "regulates", "Crohn's disease", None, False, False, "en.dep.involved")}),
    # the examples the parser hangs on the quantity word (after "acute and chronic") are the class word's
    ("The complement system is widely involved in many forms of acute and chronic inflammatory diseases including "
     "sepsis, acute lung injury and asthma.",
     {("complement", "regulates", "sepsis", None, False, False, "en.dep.involved"),
      ("complement", "regulates", "acute lung injury", None, False, False, "en.dep.involved"),
      ("complement", "regulates", "asthma", None, False, False, "en.dep.involved")}),
    ("Wnt signaling promotes a broad spectrum of solid tumors.",
     {("Wnt pathway", "promotes", "solid tumor", None, False, False, "en.dep.active")}),
])
def test_a_quantity_noun_names_its_of_object(resources, text, expected):
    assert parse_read(text, resources) == expected
