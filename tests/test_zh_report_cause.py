"""A reporting verb inside a cause phrase (因…发现而得名) reports nothing: the topic goes on
(zh.report_in_cause). Sentences written for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.report_in_cause": [
        # named for where it was found: TSLP stays the topic of the clause after it
        ("TSLP是一类IL-7样细胞因子,因在胸腺基质细胞培养基中发现而得名,具有促进T细胞增殖的作用。", {
            ('TSLP', 'promotes', 'T cell', 'proliferation', False),
        }),
    ],
    "-zh.report_in_cause": [
        # a report that opens the clause: the reported claim has its own subject
        ("研究发现,IL-6可以促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_report_in_cause(resources, name, text, expected):
    check_construction(resources, name, text, expected)
