"""Chinese: 具有 + V X + 的 + plain nouns ending in a capacity noun (生物学功能, 免疫调节作用): the subject's
own capacity states its claim (A promotes X); a plain noun before the capacity only qualifies it, it heads no
relative clause (zh.relative_noun_head keeps the relative for a plain noun that is the head: 识别…的靶基因)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "-zh.relative_noun_head": [
        # written for the test, in the style of the cytokine reviews: 生物学 only qualifies 功能
        ("IL-2具有促进T细胞和B细胞增殖分化的生物学功能。", {
            ('IL-2', 'promotes', 'T cell', 'proliferation', False),
            ('IL-2', 'promotes', 'T cell', 'differentiation', False),
            ('IL-2', 'promotes', 'B cell', 'proliferation', False),
            ('IL-2', 'promotes', 'B cell', 'differentiation', False),
        }),
    ],
    "zh.relative_noun_head": [
        # tr_zh_01: a plain noun that is the head (靶基因): the trigger before it is a relative clause, no claim
        ("白细胞介素-17是免疫反应中调控炎症发生的重要因素,可以直接或间接诱导多种细胞因子和抗微生物蛋白来识别介导自身免疫和慢性感染的靶基因。", {
            ('IL-17', 'regulates', 'inflammation', None, False),
            ('IL-17', 'upregulates', 'cytokine', 'expression', False),
            ('IL-17', 'upregulates', 'antimicrobial peptide', 'expression', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_capacity_after_a_verb_phrase(resources, name, text, expected):
    check_construction(resources, name, text, expected)
