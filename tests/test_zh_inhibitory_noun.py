"""A 是 B 的 (重要) 抑制性通路 / 抑制性途径 / 抑制性因子: noun triggers, A inhibits B (zh.noun). Sentences
written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.noun": [
        ("mTOR 是自噬发生的重要抑制性通路。", {
            ('mTOR', 'inhibits', 'autophagy', None, False),
        }),
        ("IL-10 是炎症反应的抑制性因子。", {
            ('IL-10', 'inhibits', 'inflammatory response', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_inhibitory_noun(resources, name, text, expected):
    check_construction(resources, name, text, expected)
