"""Regulation with a stated direction (负向调节, 负反馈调节因子, 正向调控: triggers.tsv): the direction is
the effect, not the undirected regulates. Sentences written for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import read_claims

CASES = [
    ("SOCS3 可以负向调节 JAK/STAT 信号通路。", ('SOCS3', 'inhibits', 'JAK/STAT pathway')),
    ("CIS 是 STAT5 信号通路的负反馈调节因子。", ('CIS', 'inhibits', 'STAT5 pathway')),
    ("SOCS1 是 JAK 激酶的负向调节因子。", ('SOCS1', 'inhibits', 'JAK')),
    ("IL-6 可以正向调控 STAT3 的磷酸化。", ('IL-6', 'promotes', 'STAT3')),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_directed_regulation(resources, text, expected):
    got = {c[:3] for c in read_claims(text, resources)[0]}
    assert expected in got, f"{expected} not in {got}"


# 相结合 (binds, as 结合) and the enzyme nouns 关键酶 / 限速酶 (X 是 B 的关键酶: X drives B).
NOUNS = [
    ("SOCS1 可以与 JAK 相结合。", ('SOCS1', 'binds', 'JAK')),
    ("组织蛋白酶K是骨吸收的关键酶。", ('cathepsin K', 'promotes', 'bone resorption')),
]


@pytest.mark.parametrize("text,expected", NOUNS)
def test_binding_and_enzyme_nouns(resources, text, expected):
    got = {c[:3] for c in read_claims(text, resources)[0]}
    assert expected in got, f"{expected} not in {got}"
