"""Examples of a thing an existential clause introduces (有许多刺激物，如 A、B，可以…): they are the subject
of the clauses after them (zh.existential_examples, pipeline/relations/existential.py)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.existential_examples": [
        # written for the test: 有 + a plain noun no dictionary names, 如 + examples, then the verb
        ("有许多刺激物,如补体、神经肽和细胞因子,可以直接触发肥大细胞脱颗粒。", {
            ('complement', 'activates', 'mast cell degranulation', None, False),
            ('neuropeptide', 'activates', 'mast cell degranulation', None, False),
            ('cytokine', 'activates', 'mast cell degranulation', None, False),
        }),
        # written for the test: 还有 and 例如 as well
        ("此外还有一些刺激物,例如脂多糖和IL-1β,能够诱导IL-6的表达。", {
            ('LPS', 'upregulates', 'IL-6', 'expression', False),
            ('IL-1β', 'upregulates', 'IL-6', 'expression', False),
        }),
    ],
    "-zh.existential_examples": [
        # written for the test: a name before 有 is the subject; the examples after it are what it does, not factors
        ("IL-6有多种功能,如促进破骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_existential_examples_give_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
