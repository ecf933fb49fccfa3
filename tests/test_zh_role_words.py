"""Role words of triggers.tsv that jieba keeps whole or that say a role by a position (主导作用,
处于中心地位): A 在 B 中起主导作用 / 处于核心地位 is A's role in B (zh.role). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.role": [
        ("巨噬细胞和树突状细胞在先天免疫中起主导作用。", {
            ('macrophage', 'regulates', 'innate immune response', None, False),
            ('dendritic cell', 'regulates', 'innate immune response', None, False),
        }),
        ("IL-17在银屑病的发病机制中处于核心地位。", {
            ('IL-17', 'regulates', 'psoriasis', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_role_words(resources, name, text, expected):
    check_construction(resources, name, text, expected)
