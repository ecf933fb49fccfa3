"""A trigger with its object and no subject qualifying an agent noun after 的, whose members 包括 / 如 lists
(引起 X 的因子主要包括 A、B): the members act on the object (zh.relative_head_members). Sentences written
for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.relative_head_members": [
        # the factors that raise osteoclast activity are the listed cytokines
        ("引起破骨细胞活性增加的因子主要包括IL-1、IL-6和RANKL等。", {
            ('IL-1', 'induces', 'osteoclast', 'activity', False),
            ('IL-6', 'induces', 'osteoclast', 'activity', False),
            ('RANKL', 'induces', 'osteoclast', 'activity', False),
        }),
        ("促进破骨细胞分化的因子主要包括RANKL、M-CSF和IL-6等。", {
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
            ('M-CSF', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "-zh.relative_head_members": [
        # a relative with its own agent: the list names kinds of the head, and IL-6's claim stands alone
        ("IL-6 促进骨髓瘤的进展，骨髓瘤是一类由多种因素引起的疾病，包括 MM、PMF 等。", {
            ('IL-6', 'promotes', 'multiple myeloma', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_relative_head_members(resources, name, text, expected):
    check_construction(resources, name, text, expected)
