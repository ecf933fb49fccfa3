"""A relative clause on a made class of molecules acts as the maker (``english_producers``): ``TAMs release
cytokines and chemokines, which promote Y``: the macrophages promote Y, not each class word. Sentences written
for the test in the grammar of reviews."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected,not_expected", [
    # a list of class words made by named cells: the cells act, once per target
    ("Tumor-associated macrophages release cytokines and chemokines, which promote angiogenesis and tumor cell "
     "invasion.",
     {("tumor-associated macrophage", "promotes", "angiogenesis", None, False, False, "en.dep.relative"),
      ("tumor-associated macrophage", "promotes", "tumor cell", "invasion", False, False, "en.dep.relative")},
     ("cytokine", "promotes", "angiogenesis")),
    # a restrictive that-clause on the class word
    ("Activated mast cells produce cytokines that recruit neutrophils to the inflamed skin.",
     {("mast cell", "promotes", "neutrophil", "recruitment", False, False, "en.dep.relative")},
     ("cytokine", "promotes", "neutrophil")),
])
def test_a_made_class_of_molecules_acts_as_its_maker(resources, text, expected, not_expected):
    read = parse_read(text, resources)
    assert read == expected
    assert not_expected not in {t[:3] for t in read}


def test_named_examples_of_the_made_class_stay_the_agents(resources):
    """``Macrophages secrete cytokines such as IL-6 and TNF-α, which promote Y``: the examples name the agents."""
    text = "Macrophages secrete cytokines such as IL-6 and TNF-α, which promote osteoclast differentiation."
    assert {t[:3] for t in parse_read(text, resources)} == {
        ("IL-6", "promotes", "osteoclast"), ("TNF-α", "promotes", "osteoclast")}


def test_binding_stays_with_the_made_molecules(resources):
    """Binding is of molecules (SPEC 1): the cells that express the receptors bind nothing."""
    text = "Stromal cells express chemokine receptors that bind CXCL12 with high affinity."
    read = {t[:3] for t in parse_read(text, resources)}
    assert ("stromal cell", "binds", "CXCL12") not in read
    assert ("chemokine receptor", "binds", "CXCL12") in read
