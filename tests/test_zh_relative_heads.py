"""Chinese relative clauses inside a verb's object (relative_heads.py): a trigger after another verb
whose phrase closes with 的 and a plain noun is the relative clause's verb, said of that noun, not of the
subject; a capacity noun (能力) after 的 still states the subject's claim. Sentences written for the test
in the style of the review papers."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.relative_noun_head": [
        # 介导 belongs to the relative clause headed by 靶基因: IL-17 induces the cytokines only
        ("IL-17 可以直接或间接诱导多种细胞因子来识别介导自身免疫和慢性感染的靶基因。", {
            ('IL-17', 'upregulates', 'cytokine', 'expression', False),
        }),
        # 促进 belongs to the relative clause headed by 靶基因: IL-6 does not promote the proliferation itself
        ("IL-6可激活STAT3,进而上调促进肿瘤细胞增殖的靶基因。", {
            ('IL-6', 'activates', 'STAT3', 'activity', False),
        }),
    ],
    "-zh.relative_noun_head": [
        # a capacity of the subject (能力) after 的: the subject's own claim
        ("研究证实LIF具有促进肾癌细胞迁移的能力。", {
            ('LIF', 'promotes', 'renal cancer cell', 'migration', False),
        }),
        # after a copula the head is the subject itself
        ("IL-10是一种可抑制巨噬细胞活化的细胞因子。", {
            ('IL-10', 'inhibits', 'macrophage', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_relative_noun_head(resources, name, text, expected):
    check_construction(resources, name, text, expected)


COPULA = {
    "zh.predicate_relative_subject": [
        # 导致/引起 are the relative clause's, whose subject is 甲状旁腺本身病变: not said of the disease
        ("原发性甲状旁腺功能亢进症是甲状旁腺本身病变导致甲状旁腺激素分泌过多引起的一种全身性疾病,甲状旁腺激素可促进骨吸收。", {
            ('PTH', 'promotes', 'bone resorption', None, False),
        }),
    ],
    "-zh.predicate_relative_subject": [
        # no noun between the copula and the trigger: the relative is said of the subject
        ("IL-10是一种可抑制巨噬细胞活化的细胞因子。", {
            ('IL-10', 'inhibits', 'macrophage', 'activity', False),
        }),
        # a place phrase (免疫反应中) is no subject of the relative
        ("IL-17是免疫反应中调控炎症发生的重要因素。", {
            ('IL-17', 'regulates', 'inflammation', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(COPULA))
def test_predicate_relative_subject(resources, name, text, expected):
    check_construction(resources, name, text, expected)
