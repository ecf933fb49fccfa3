"""Objects coordinated past where the group reader stops (pipeline/relations/object_conjuncts.py): a
conjunct closed by a plain noun heading it, or opened by a word and 的. Sentences written for the test."""
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
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_conjunct_after_head_noun(resources, name, text, expected):
    check_construction(resources, name, text, expected)
