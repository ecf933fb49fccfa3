"""zh.bare_head: the bare class word 细胞 written right after a plain noun no dictionary names (机体细胞)
heads a longer cell name nobody listed: no claim on cells in general (a phrase of new_names.tsv, 气道结构细胞,
is read whole: test_chinese_phrase_heads.py). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.bare_head": [
        # the body's cells are no cells in general; the immune cells' claim stands
        ("ILC2促进机体细胞和免疫细胞反应。", {
            ('ILC2', 'promotes', 'immune cell', None, False),
        }),
    ],
    # 细胞 with nothing before it: cells in general, as written
    "-zh.bare_head": [
        ("IL-6促进细胞增殖。", {
            ('IL-6', 'promotes', 'cell', 'proliferation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_bare_head(resources, name, text, expected):
    check_construction(resources, name, text, expected)
