"""A word that only qualifies an aspect: 功能成熟 is maturation (not 功能's activity beside it); 的进一步活化
(aspect_adverb) is still the owner's activity. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.active": [
        ("IL-3 可促进肥大细胞的增殖及功能成熟。", {
            ('IL-3', 'promotes', 'mast cell', 'proliferation', False),
            ('IL-3', 'promotes', 'mast cell', 'maturation', False),
        }),
        ("PD-1 与 PD-L1 结合后, 可以抑制 T 细胞的进一步活化。", {
            ('PD-1', 'binds', 'PD-L1', None, False),
            ('PD-1', 'inhibits', 'T cell', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_aspect_qualifiers(resources, name, text, expected):
    check_construction(resources, name, text, expected)
