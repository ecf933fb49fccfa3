"""Constructions where a word only modifies a name (pipeline/relations/modifiers.py) or names a setting
(settings.py).
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


SETTINGS = {
    "zh.origin_from": [
        # 由骨髓 … 招募到: the marrow is where the cells come from; the passive's agent is IL-8
        ("中性粒细胞可被IL-8由骨髓招募至炎症部位。", {
            ('IL-8', 'promotes', 'neutrophil', 'recruitment', False),
        }),
        ("髓源性抑制细胞可被肿瘤分泌的趋化因子由骨髓招募到外周血。", {
            ('chemokine', 'promotes', 'MDSC', 'recruitment', False),
        }),
    ],
}


SETTINGS["zh.place_adjunct"] = [
    # the activation in the disease is the subject of 起作用: no object inside the place phrase
    ("NF-κB通路异常活化在类风湿关节炎的发病机制中起着重要作用。", {
        ('NF-κB pathway', 'regulates', 'rheumatoid arthritis', None, False),
    }),
    ("TGF-β信号通路持续激活在肝纤维化的进展中发挥关键作用。", {
        ('TGF-β pathway', 'regulates', 'liver fibrosis', None, False),
    }),
]
SETTINGS["-zh.place_adjunct"] = [
    # 的 after the place: the name after it is the object
    ("IL-6可促进在肿瘤组织中的血管生成。", {
        ('IL-6', 'promotes', 'angiogenesis', None, False),
    }),
]


@pytest.mark.parametrize("name,text,expected", cases(SETTINGS))
def test_origin_from(resources, name, text, expected):
    check_construction(resources, name, text, expected)
