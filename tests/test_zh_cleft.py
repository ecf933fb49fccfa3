"""A headless relative identified by a copula (pipeline/relations/cleft.py): 参与 X 的主要细胞类型是 A 和 B
(zh.cleft_subject: A and B do what the relative says); B 是 A 调控的主要对象 (zh.copula_relative_subject:
A acts on B)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.cleft_subject": [
        # written for the test: a list after the copula, each member takes part
        ("参与骨重建的主要细胞类型是破骨细胞和成骨细胞。", {
            ('osteoclast', 'regulates', 'bone remodeling', None, False),
            ('osteoblast', 'regulates', 'bone remodeling', None, False),
        }),
        # written for the test: a directed trigger and an aspect
        ("促进破骨细胞分化的关键因子是RANKL。", {
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "-zh.cleft_subject": [
        # written for the test: the clause has its own subject; the relative only describes the head after 的
        ("IL-6是促进破骨细胞分化的关键因子。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.copula_relative_subject": [
        # written for the test: the noun the relative describes is the subject itself
        ("辅助性T细胞是IL-27调控的主要对象。", {
            ('IL-27', 'regulates', 'helper T cell', None, False),
        }),
    ],
    "-zh.copula_relative_subject": [
        # written for the test: where a molecule is made is no claim, and the noun after 的 is no name; the clause after states one
        ("IL-6是巨噬细胞分泌的主要细胞因子,可促进破骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_cleft_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
