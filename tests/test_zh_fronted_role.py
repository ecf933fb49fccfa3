"""A fronted 作为 phrase naming what the next clause's subject is to another name (zh.fronted_role).
Sentences written for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.fronted_role": [
        # DKK-1, one of the Wnt pathway's inhibitors; the clause after it states only an association
        ("作为Wnt通路的抑制剂之一,DKK-1的表达可能与骨质疏松症的发生相关。", {
            ('DKK1', 'inhibits', 'Wnt pathway', 'activity', False),
        }),
        # OPG, RANKL's decoy receptor, binds it; what the clause after it says stands too
        ("作为RANKL的诱饵受体,OPG可以抑制破骨细胞的分化。", {
            ('OPG', 'binds', 'RANKL', None, False),
            ('OPG', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
    ],
    "-zh.fronted_role": [
        # membership states no effect: only the next clause's claim
        ("作为IL-6家族的成员,LIF可以促进肿瘤细胞的增殖。", {
            ('LIF', 'promotes', 'tumor cell', 'proliferation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_fronted_role(resources, name, text, expected):
    check_construction(resources, name, text, expected)
