"""An agent word with no name after it ending a subject (STAT3 抑制剂可抑制…): the unnamed agent acts, named by
the composition of the name and the word (zh.unnamed_agent_subject). Sentences written for the test, in the
field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.unnamed_agent_subject": [
        # an inhibitor of STAT3 inhibits tumour cell proliferation; STAT3 itself is not said to
        ("STAT3抑制剂可抑制肿瘤细胞增殖。", {
            ('STAT3 inhibitor', 'inhibits', 'tumor cell', 'proliferation', False),
        }),
        ("组织蛋白酶K抑制剂可有效抑制骨吸收。", {
            ('cathepsin K inhibitor', 'inhibits', 'bone resorption', None, False),
        }),
    ],
    "-zh.unnamed_agent_subject": [
        # a named agent after the word: the drug acts on STAT3 and on the cells (zh.named_agent)
        ("STAT3抑制剂Stattic减少了肿瘤细胞的迁移。", {
            ('Stattic', 'inhibits', 'STAT3', 'activity', False),
            ('Stattic', 'downregulates', 'tumor cell', 'migration', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_unnamed_agent_subject(resources, name, text, expected):
    check_construction(resources, name, text, expected)
