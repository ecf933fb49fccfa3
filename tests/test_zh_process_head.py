"""A process name written right before 过程 (same_head of words.tsv) still names the process (慢性炎症过程:
chronic inflammation); zh.noun_head_modifier leaves it a name. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "-zh.noun_head_modifier": [
        # the disease before 的 only owns the process: the cells take part in the inflammation
        ("中性粒细胞、巨噬细胞等均参与了 COPD 的慢性炎症过程。", {
            ('neutrophil', 'regulates', 'chronic inflammation', None, False),
            ('macrophage', 'regulates', 'chronic inflammation', None, False),
        }),
        ("IL-6 促进骨重建过程。", {
            ('IL-6', 'promotes', 'bone remodeling', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_process_head(resources, name, text, expected):
    check_construction(resources, name, text, expected)
