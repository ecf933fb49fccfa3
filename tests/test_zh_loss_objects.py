"""zh.object_loss: a verb whose object is a loss of a name (X 的 + a word of loss ending the phrase: a
knock-down cue, 沉默, 减少, or a verb of the negative direction, 降解) acts on the loss, so on the name with its
direction turned round: to inhibit the degradation of IκBα raises it. A process or aspect after 的
(促进破骨细胞的分化) is read as before. Sentences written for the test in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.object_loss": [
        ("IL-10可阻止IκBα的降解。", {
            ('IL-10', 'upregulates', 'IκBα', 'expression', False),
        }),
        # a noun that still names the name (蛋白) may stand before 的
        ("TNF-α可以抑制Runx2蛋白的降解。", {
            ('TNF-α', 'upregulates', 'Runx2', 'expression', False),
        }),
        # plain words of the loss between 的 and the loss word
        ("LIF可以逆转CXCL9的表观遗传沉默。", {
            ('LIF', 'upregulates', 'CXCL9', 'expression', False),
        }),
    ],
    "-zh.object_loss": [
        ("IL-6可以促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_object_loss(resources, name, text, expected):
    check_construction(resources, name, text, expected)
