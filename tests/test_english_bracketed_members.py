"""A plural noun with the names of its members in brackets after it (english_class_words._bracketed_members):
the members are the arguments, however the parser hung them (SPEC 1: a class followed by its examples gives
the examples); an abbreviation in brackets is the noun itself. Sentences written for the test in the grammar
of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In tumours, PGE2 promotes immune evasion by regulating myeloid-derived suppressor cells, lymphocytes (CD8+ T "
     "cells, CD4+ T cells and natural killer cells), and antigen presenting cells (macrophages and dendritic cells).",
     {("PGE2", "promotes", "immune evasion", None, False, False, "en.dep.active"),
      ("PGE2", "regulates", "MDSC", None, False, False, "en.dep.active"),
      ("PGE2", "regulates", "CD8+ T cell", None, False, False, "en.dep.active"),
      ("PGE2", "regulates", "CD4+ T cell", None, False, False, "en.dep.active"),
      ("PGE2", "regulates", "NK cell", None, False, False, "en.dep.active"),
      ("PGE2", "regulates", "macrophage", None, False, False, "en.dep.active"),
      ("PGE2", "regulates", "dendritic cell", None, False, False, "en.dep.active")}),
    # an abbreviation in brackets names the noun itself
    ("In arthritis, IL-6 promotes the differentiation of osteoclasts (OCs) and inhibits osteoblasts.",
     {("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("IL-6", "inhibits", "osteoblast", None, False, False, "en.dep.active")}),
])
def test_the_members_in_brackets_are_the_arguments(resources, text, expected):
    assert parse_read(text, resources) == expected
