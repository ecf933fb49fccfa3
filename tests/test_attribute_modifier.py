"""An aspect or trigger word that 性 turns into a modifier (激活性, 拮抗性, activating, antagonistic) stands
among the modifiers of a noun trigger after 的 (A 是 B 的激活性配体): B, the owner before 的, is still the
noun's target (noun_owner)."""
from __future__ import annotations

import pytest

from .conftest import check_construction


@pytest.mark.parametrize("text,expected", [
    # written for the test
    ("血管生成素-2是Tie2受体的拮抗性配体。", {('Ang-2', 'binds', 'Tie2 receptor', None, False)}),
    # written for the test: the copula clause goes on with the gene's protein (the topic chain)
    ("血管生成素-1基因位于8号染色体,是Tie2受体的激活性配体。", {('Ang-1', 'binds', 'Tie2 receptor', None, False)}),
])
def test_a_modifier_made_with_xing_keeps_the_owner(resources, text, expected):
    check_construction(resources, "noun_owner", text, expected)
