"""zh.competitor: 与 B + 竞争性(地) + a binding trigger + 到/于 C: B competes for the binding, the subject
binds C. Sentences written for the test, in the style of a review's entry on IL-1Ra."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.competitor": [
        # 与 after a heading: the partner slot holds the competitors
        ("IL-1Ra：与 IL-1α 和 IL-1β 竞争性地结合到 IL-1RI，从而抑制 IL-1 的生物学活性。", {
            ('IL-1Ra', 'binds', 'IL-1R1', None, False),
            ('IL-1Ra', 'inhibits', 'IL-1', 'activity', False),
        }),
        # A 与 B as one group: A binds C, B only competes
        ("IL-1Ra 与 IL-1β 竞争性地结合到 IL-1RI，从而抑制 IL-1β 的活性。", {
            ('IL-1Ra', 'binds', 'IL-1R1', None, False),
            ('IL-1Ra', 'inhibits', 'IL-1β', 'activity', False),
        }),
    ],
    # the bound name is the trigger's own object (竞争结合 C): zh.active reads it, the competitor stays out
    "-zh.competitor": [
        ("EC359 与 LIF 竞争结合 LIFR。", {
            ('EC359', 'binds', 'LIFR', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_competitor(resources, name, text, expected):
    check_construction(resources, name, text, expected)
