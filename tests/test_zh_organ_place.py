"""zh.organ_place: an organ, tissue or body fluid of the anatomy ontology (肾脏, 肠道) as a target with no aspect
is where the claim holds, not what is acted on; an organ whose process follows it (神经系统…的形成) is kept.
Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.organ_place": [
        # FGF23 acts in the kidney, not on it; its inhibition of PTH stands (肾脏对磷酸盐的重吸收 is one
        # process, the reabsorption: test_chinese_phrase_heads.py)
        ("FGF23主要作用于肾脏,并抑制PTH的分泌。", {
            ('FGF23', 'downregulates', 'PTH', 'expression', False),
        }),
        # the hormone acts in the gut; its regulation of calcium homeostasis stands
        ("PTH作用于肠道以调节钙稳态。", {
            ('PTH', 'regulates', 'calcium homeostasis', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_organ_place(resources, name, text, expected):
    check_construction(resources, name, text, expected)
