"""zh.knockout_model / zh.model_phenotype (pipeline/relations/zh_knockout_models.py): a model knocked out of a name
as the clause's subject (X 敲除小鼠, X 基因缺失的小鼠, 缺乏 X 的小鼠): the changes it shows, and the disease it
develops or is spared, are the name's effects turned round (SPEC 1). The first sentence is from a sample paper;
the others are written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.knockout_model": [
        # the model shows less bone loss and less osteoclast formation: IL-6 promotes both
        ("例如，IL-6 基因缺失的小鼠在实验性炎性关节炎中表现出钝化的卵巢切除诱导的骨丢失[91]和破骨细胞形成减少[93]。", {
            ('IL-6', 'upregulates', 'bone loss', None, False),
            ('IL-6', 'upregulates', 'osteoclast', 'differentiation', False),
            ('ovariectomy', 'induces', 'bone loss', None, False),
            ('ovariectomy', 'induces', 'osteoclast', 'differentiation', False),
        }),
        # the change right after the animal word, in the same clause
        ("IL-17敲除小鼠中性粒细胞募集减少。", {
            ('IL-17', 'upregulates', 'neutrophil', 'recruitment', False),
        }),
    ],
    "zh.model_phenotype": [
        # a model without IL-10 develops colitis: IL-10 inhibits it (基因 between the name and the knock-down)
        ("IL-10基因敲除小鼠出现自发性结肠炎。", {
            ('IL-10', 'inhibits', 'colitis', None, False),
        }),
        ("IL-10敲除小鼠发生严重的结肠炎。", {
            ('IL-10', 'inhibits', 'colitis', None, False),
        }),
        ("缺乏IL-10的小鼠发生结肠炎。", {
            ('IL-10', 'inhibits', 'colitis', None, False),
        }),
        # the knock-out mark (a dash, a slash and a dash) as a knock-down word of the name before it
        ("IL-10−/−小鼠出现结肠炎。", {
            ('IL-10', 'inhibits', 'colitis', None, False),
        }),
        # what the model is spared, the name brings about
        ("IL-6敲除小鼠免于发生骨质疏松。", {
            ('IL-6', 'promotes', 'osteoporosis', None, False),
        }),
    ],
    # the model in a place phrase (在 … 中), not the subject: knockout_condition reads it, as before
    "-zh.model_phenotype": [
        ("在IL-10敲除小鼠中，RANKL水平升高。", {
            ('IL-10', 'downregulates', 'RANKL', 'expression', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_knockout_models(resources, name, text, expected):
    check_construction(resources, name, text, expected)
