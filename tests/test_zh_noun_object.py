"""A noun trigger with its owner before 的 is said of the subject only through a noun predicate (是, 为, 作为,
成为: zh.noun); without one it is another verb's object and states nothing of the subject (zh.noun_object).
Sentences written for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.noun_object": [
        # the stimulating factors are what the increase depends on: no claim of the subject on the tumour cells;
        # the later clause's copula says the noun of RANKL
        ("破骨细胞的激活依赖于肿瘤细胞分泌的刺激因子，而RANKL是破骨细胞分化的关键刺激因子。", {
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        ("破骨细胞活性的增加依赖于肿瘤细胞产生的一些刺激因子，IL-6 可促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "-zh.noun_object": [
        # 是 / 成为 / 作为 say the noun of the subject: zh.noun reads its owner as before
        ("IL-1α 已成为皮肤炎症的顶端驱动因素。", {
            ('IL-1α', 'promotes', 'skin inflammation', None, False),
        }),
        ("LIF 在直肠癌中表达上升，作为 p53 的重要负调节因子增加了肿瘤的化学抗性。", {
            ('LIF', 'inhibits', 'p53', None, False),
            ('LIF', 'upregulates', 'tumor cell', 'drug_resistance', False),
        }),
        ("IL-33 是孤儿受体 ST2 的配体。", {
            ('IL-33', 'binds', 'ST2', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_noun_object(resources, name, text, expected):
    check_construction(resources, name, text, expected)
