"""Constructions where a trigger word only modifies a name (pipeline/relations/modifiers.py).
Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.participle_member": [
        # 活化的 opens the next member of the subject list: Treg does not activate the macrophages
        ("此外,调节性T细胞、活化的巨噬细胞和树突状细胞可抑制效应T细胞的增殖。", {
            ('Treg', 'inhibits', 'effector T cell', 'proliferation', False),
        }),
        ("IL-1β、活化的血小板和TNF-α均可促进内皮细胞的迁移。", {
            ('IL-1β', 'promotes', 'endothelial cell', 'migration', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_participle_member(resources, name, text, expected):
    check_construction(resources, name, text, expected)
