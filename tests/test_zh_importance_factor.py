"""A key factor named as a noun predicate (A 是 B 的主要因素 / 关键因素 / 重要因素 / 决定因素): A brings B about
(promotes, as 驱动因素); where the 的 phrase is a relative clause whose verb has its own object and says another
effect (A 是调控 B 的重要因素), the verb states the claim and the noun none (zh.noun_of_verb).
Real sentences from the readable sets (gold/extra r1zh_zh_11, gold/train tr_zh_01, gold/dev 001)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "noun_owner": [
        # the main factor of chemotaxis after complement activation: C5a desArg brings it about
        ("去精氨酸C5a是补体活化后产生趋化作用的主要因素。", {
            ('C5a desArg', 'promotes', 'chemotaxis', None, False),
        }),
    ],
    "zh.noun_of_verb": [
        # IL-17 regulates inflammation (the relative verb 调控); the noun adds no promotes of its own
        ("白细胞介素-17(interleukin-17,IL-17)是免疫反应中调控炎症发生的重要因素。", {
            ('IL-17', 'regulates', 'inflammation', None, False),
        }),
    ],
    "-zh.noun_of_verb": [
        # TNF 介导的: a participle (的 right after the verb), no relative clause with an object; the noun reads its
        # owner: IL-1 is a key mediator of TNF-mediated bone formation
        ("IL-1 也被认为是 TNF 介导的成骨的关键介质[49] [50]。", {
            ('TNF-α', 'induces', 'bone formation', None, False),
            ('IL-1', 'promotes', 'bone formation', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_importance_factor(resources, name, text, expected):
    check_construction(resources, name, text, expected)
