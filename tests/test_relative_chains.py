"""Object readings past a word between: relative_head_object after a chain of names joined by hyphens
(激活 A-B 介导的 C: C, the head of the relative clause, is the object), zh.pivot_product past a word of
amount (诱导 X 大量分泌 Y: Y's expression). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "relative_head_object": [
        ("IL-1β结合其受体后,激活MyD88-IRAK4介导的NF-κB和MAPK通路。", {
            ('IL-1β', 'binds', 'receptor', None, False),
            ('IL-1β', 'activates', 'NF-κB', 'activity', False),
            ('IL-1β', 'activates', 'MAPK pathway', 'activity', False),
            # the chain's last piece (IRAK4 of MyD88-IRAK4) states nothing of its own (zh.hyphen_part): the
            # team gold of gold/extra (r1zh_zh_07, MyD88-IRAK-TRAF6介导的NF-κB和MAPK通路) has no triple of TRAF6
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_relative_after_chain(resources, name, text, expected):
    check_construction(resources, name, text, expected)


PIVOTS = {
    "zh.pivot_product": [
        # a word of amount (大量) before the verb of making: still a pivot, IL-12 acts on the IFN-γ made
        ("IL-12诱导NK细胞大量分泌IFN-γ。", {
            ('IL-12', 'upregulates', 'IFN-γ', 'expression', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(PIVOTS))
def test_pivot_with_amount(resources, name, text, expected):
    check_construction(resources, name, text, expected)
