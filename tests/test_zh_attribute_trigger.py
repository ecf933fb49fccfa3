"""zh.attribute_trigger: a verb trigger written against 性 (维持性, 诱导性) is one attribute word: no claim,
no object. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.attribute_trigger": [
        # maintenance haemodialysis: nothing maintains blood; IL-6's claim stands
        ("维持性血液透析患者血浆中IL-6水平较高,IL-6可促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # FGF23 predicts mortality of patients on maintenance haemodialysis; FGF23's inhibition stands
        ("FGF23能预测维持性血液透析患者病死率,FGF23可抑制PTH的分泌。", {
            ('FGF23', 'downregulates', 'PTH', 'expression', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_attribute_trigger(resources, name, text, expected):
    check_construction(resources, name, text, expected)
