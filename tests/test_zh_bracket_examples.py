"""A class word followed by a bracketed list of names closed by 等 (炎症细胞因子(TNF-α、IL-1、IL-17等)) gives the
listed names as factors, not the class word (SPEC: examples), as a bracket with 如 does. Sentences written for the test."""
from __future__ import annotations

from .conftest import read_claims


def test_bracketed_list_closed_by_etc_gives_the_examples(resources):
    got, _, _, _ = read_claims("炎症细胞因子(TNF-α、IL-1、IL-17等)可促进破骨细胞分化。", resources)
    assert got == {('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
                   ('IL-1', 'promotes', 'osteoclast', 'differentiation', False),
                   ('IL-17', 'promotes', 'osteoclast', 'differentiation', False)}


def test_a_single_name_with_etc_is_no_list(resources):
    got, _, _, _ = read_claims("炎症细胞因子(IL-6等)可促进破骨细胞分化。", resources)
    assert got == {('inflammatory cytokine', 'promotes', 'osteoclast', 'differentiation', False)}
