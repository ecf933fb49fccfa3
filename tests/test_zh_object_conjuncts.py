"""Objects coordinated past where the group reader stops (pipeline/relations/object_conjuncts.py): a
conjunct closed by a plain noun heading it, or opened by a word and 的; the names listed after a first
conjunct no dictionary names. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.conjunct_after_head_noun": [
        # 完整性 heads the first conjunct; 和 joins the second: both are what IL-22 strengthens
        ("IL-22 可增强肠道上皮屏障的完整性和先天免疫。", {
            ('IL-22', 'promotes', 'intestinal barrier', None, False),
            ('IL-22', 'promotes', 'innate immune response', None, False),
        }),
        # 潜在的 opens the second conjunct
        ("IL-10 可防止过度炎症和潜在的组织破坏。", {
            ('IL-10', 'inhibits', 'inflammation', None, False),
            ('IL-10', 'inhibits', 'tissue damage', None, False),
        }),
        ("TNF-α 可降低成骨细胞的矿化能力和骨形成。", {
            ('TNF-α', 'downregulates', 'bone mineralization', None, False),
            ('TNF-α', 'downregulates', 'bone formation', None, False),
        }),
    ],
    "-zh.conjunct_after_head_noun": [
        # the name after 和 is the agent of a relative clause (TNF-α 诱导的): not an object of 增强
        ("IL-6 可增强肿瘤细胞的迁移能力和 TNF-α 诱导的炎症反应。", {
            ('IL-6', 'promotes', 'tumor cell', 'migration', False),
            ('TNF-α', 'induces', 'inflammatory response', None, False),
        }),
    ],
    "zh.conjunct_after_unnamed": [
        # 气道壁增厚 names nothing; the names after 、 and 以及 are what IgE leads to
        ("过敏原特异性 IgE 可级联扩大炎症反应，导致气道壁增厚、组织损伤以及气道重塑。", {
            ('IgE', 'promotes', 'inflammatory response', None, False),
            ('IgE', 'induces', 'tissue damage', None, False),
            ('IgE', 'induces', 'tissue remodeling', None, False),
        }),
        ("IL-5 可导致气道壁增厚和嗜酸性粒细胞浸润。", {
            ('IL-5', 'induces', 'eosinophil', 'infiltration', False),
        }),
    ],
    "-zh.conjunct_after_unnamed": [
        # the name after 和 is the agent of a relative clause (IL-13 诱导的): not an object of 导致
        ("IL-4 可导致气道壁增厚和 IL-13 诱导的气道重塑。", {
            ('IL-13', 'induces', 'tissue remodeling', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_object_conjuncts(resources, name, text, expected):
    check_construction(resources, name, text, expected)
