"""zh.origin_part: A + 来源/衍生/相关 + 的 + a noun or a name: A is where the head comes from or what it goes
with (a cell of origin), no argument of the claim, whoever read it. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.origin_part": [
        # the epithelial cells only say where the alarmins come from; IL-33's activation of ILC2 stands
        # (上皮细胞来源的细胞因子 is one composed name, read as such: test_zh_longer_arguments.py)
        ("ILC2被上皮细胞来源的警报素激活,IL-33也可激活ILC2。", {
            ('IL-33', 'activates', 'ILC2', 'activity', False),
        }),
        # the dendritic cells are where the alarmins come from; IL-15's claim stands
        ("NK细胞被树突状细胞衍生的警报素激活,IL-15可促进NK细胞的增殖。", {
            ('IL-15', 'promotes', 'NK cell', 'proliferation', False),
        }),
    ],
    # the head after 的 still acts where it is a name (巨噬细胞衍生的 IL-10: qualifier_head)
    "-zh.origin_part": [
        ("巨噬细胞衍生的 IL-10 可以抑制 T 细胞的增殖。", {
            ('IL-10', 'inhibits', 'T cell', 'proliferation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_origin_part(resources, name, text, expected):
    check_construction(resources, name, text, expected)
