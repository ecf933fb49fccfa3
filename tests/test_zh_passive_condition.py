"""A Chinese clause that is only a passive with no patient, closed by 时/后 (当受到 A 的刺激时，): A is the condition of
the clauses after it, whose own rise it brings about (zh.passive_condition, read by zh.condition). A passive with a
subject of its own states a claim on that subject instead."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.passive_condition": [
        # gold/extra: the stimuli listed raise COX-2 expression (增强, a rise word of words.tsv)
        ("当受到炎症性细胞因子、生长因子和内毒素以及某些有丝分裂原的刺激时,COX-2的表达水平显著增强[1]。", {
            ('cytokine', 'upregulates', 'COX-2', 'expression', False),
            ('growth factor', 'upregulates', 'COX-2', 'expression', False),
            ('endotoxin', 'upregulates', 'COX-2', 'expression', False),
            ('mitogen', 'upregulates', 'COX-2', 'expression', False),
        }),
        # written for the test
        ("当受到TNF-α的刺激时,MMP-9的表达明显升高。", {
            ('TNF-α', 'upregulates', 'MMP-9', 'expression', False),
        }),
    ],
    "-zh.passive_condition": [
        # the passive has its own subject: IL-1β stimulates the macrophages (written for the test)
        ("巨噬细胞受到IL-1β的刺激时,IL-6的表达显著增强。", {
            ('IL-1β', 'activates', 'macrophage', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_passive_condition(resources, name, text, expected):
    check_construction(resources, name, text, expected)
