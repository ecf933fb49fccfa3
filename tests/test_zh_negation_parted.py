"""不 glued by jieba to the noun before it (βc链不直接结合): parted off, the claim is negated.
Sentences written for the test, in the style of a review of the IL-5 receptor."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.active": [
        # 链不 is one jieba word: the negation is parted off and the binding denied
        ("βc链不直接结合IL-5。", {
            ('common β chain', 'binds', 'IL-5', None, True),
        }),
        # a word the dictionaries know whole (并不) stays a negation as before
        ("IL-10 并不促进 TNF-α 的表达。", {
            ('IL-10', 'upregulates', 'TNF-α', 'expression', True),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_negation_parted(resources, name, text, expected):
    check_construction(resources, name, text, expected)
