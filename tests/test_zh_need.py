"""A 对 B 至关重要 / 必不可少: A is needed for B, so A promotes B (role triggers of triggers.tsv with a
direction); 起着至关重要的作用 stays a role with no direction. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.role": [
        ("IL-7 对胸腺 T 细胞的发育至关重要。", {
            ('IL-7', 'promotes', 'T cell', 'differentiation', False),
        }),
        ("RANKL 对破骨细胞的分化必不可少。", {
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # 至关重要 qualifying the role noun 作用: a role, no direction
        ("LIF 对正常的骨重塑起着至关重要的作用。", {
            ('LIF', 'regulates', 'bone remodeling', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_need(resources, name, text, expected):
    check_construction(resources, name, text, expected)
