"""zh.directed_role: a trigger with a direction written against the role word 作用 (负调节作用, which the
segmenter parts) gives the role that direction. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.directed_role": [
        ("TIM-3 在 Th1 细胞的活化中起着重要的负调节作用。", {
            ('TIM-3', 'inhibits', 'Th1 cell', 'activity', False),
        }),
    ],
    # a role word after a trigger with no direction (调节作用): the role stays without one
    "-zh.directed_role": [
        ("TIM-3 在 Th1 细胞的活化中起着重要的调节作用。", {
            ('TIM-3', 'regulates', 'Th1 cell', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_directed_role(resources, name, text, expected):
    check_construction(resources, name, text, expected)
