"""The Chinese dash apposition X——Y (pipeline/relations/appositions.py): Y, a particular name of
X's kind, is the name the clause reads. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "items.dash_apposition": [
        # the cells named after the dash act, not the general class before it
        ("肝脏中的巨噬细胞——库普弗细胞(Kupffer cell)可促进肝细胞的增殖。", {
            ('Kupffer cell', 'promotes', 'hepatocyte', 'proliferation', False),
        }),
        ("肠道中的淋巴细胞——辅助性T细胞17(Th17)可促进中性粒细胞的募集。", {
            ('Th17 cell', 'promotes', 'neutrophil', 'recruitment', False),
        }),
    ],
    "-items.dash_apposition": [
        # a class word after the dash names no particular thing: the name before it stays the subject
        ("IL-6——一种多效细胞因子——可促进B细胞的分化。", {
            ('IL-6', 'promotes', 'B cell', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_dash_apposition(resources, name, text, expected):
    check_construction(resources, name, text, expected)
