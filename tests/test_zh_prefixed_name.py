"""zh.prefixed_name: a name written right after the prefix 抗/促 (抗肿瘤, one word) is the prefix's object,
never the clause's subject (对免疫细胞抗肿瘤起阻碍作用: the tumour hinders nothing). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.prefixed_name": [
        # the hindrance is IL-10's (the subject the first clause leaves), not the tumour's
        ("IL-10下调TNF-α的表达,对免疫细胞抗肿瘤起阻碍作用。", {
            ('IL-10', 'downregulates', 'TNF-α', 'expression', False),
            ('IL-10', 'inhibits', 'immune cell', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_prefixed_name(resources, name, text, expected):
    check_construction(resources, name, text, expected)
