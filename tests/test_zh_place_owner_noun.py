"""zh.place_owner_noun: B 中的 (关键) + a noun trigger (调节因子): a regulator in B regulates B. Sentences
written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.place_owner_noun": [
        ("IL-1 作为免疫应答和炎症反应中的关键调节因子，备受关注。", {
            ('IL-1', 'regulates', 'immune response', None, False),
            ('IL-1', 'regulates', 'inflammatory response', None, False),
        }),
        ("LIF 是骨代谢中的重要调节因子。", {
            ('LIF', 'regulates', 'bone metabolism', None, False),
        }),
    ],
    # the owner before 的 is no place: zh.noun reads it as before
    "-zh.place_owner_noun": [
        ("IL-6 是炎症反应的重要调节因子。", {
            ('IL-6', 'regulates', 'inflammatory response', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_place_owner_noun(resources, name, text, expected):
    check_construction(resources, name, text, expected)
