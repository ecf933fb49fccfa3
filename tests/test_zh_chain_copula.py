"""A relative clause in a copula predicate that a topic chain carries (zh.chain_copula_relative_object):
the copula opens a later clause, or a conjunction goes on with the relative an earlier copula opened.
Sentences written for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.chain_copula_relative_object": [
        # the cytokine after 的 only classes IL-6; the osteoclasts are what it acts on
        ("IL-6是一种多效性细胞因子,是一种可以促进破骨细胞分化的细胞因子。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # the relative opened by 是 goes on after 并且, two 的 before the class name
        ("IL-10是一种能够抑制巨噬细胞活化,并且能够抑制肿瘤生长的重要的细胞因子。", {
            ('IL-10', 'inhibits', 'macrophage', 'activity', False),
            ('IL-10', 'inhibits', 'tumor', 'growth', False),
        }),
    ],
    "-zh.chain_copula_relative_object": [
        # a later clause with a verb of its own and no copula: its object is read as usual
        ("IL-6是一种多效性细胞因子,可以促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_chain_copula(resources, name, text, expected):
    check_construction(resources, name, text, expected)
