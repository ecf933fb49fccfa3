"""zh.linked_predicate: 而 right after a trigger links the next predicate; the names after it are no object
of the trigger. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.linked_predicate": [
        # the tumour cells escape clearance and coexist with the immune system: they inhibit nothing
        ("肿瘤细胞会逃过免疫清除而与免疫系统处于相持阶段,IL-10可抑制T细胞的增殖。", {
            ('IL-10', 'inhibits', 'T cell', 'proliferation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_linked_predicate(resources, name, text, expected):
    check_construction(resources, name, text, expected)
