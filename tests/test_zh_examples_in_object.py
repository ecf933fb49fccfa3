"""examples_factors: examples inside the clause after its trigger (免疫器官如淋巴结、胸腺) stand for the noun
before them in the object's phrase; they are no factors of a claim that lacks one. examples_slot: a bracket
right after a list of agents stands for its last member only. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "-examples_factors": [
        # the organs are where T cells go, no agent; the later clause states FTY720's claim
        ("本文讨论S1P参与T细胞进出免疫器官如淋巴结、胸腺的机制，而FTY720可抑制T细胞的迁移。", {
            ('FTY720', 'inhibits', 'T cell', 'migration', False),
        }),
        # a sentence that opens on its verb (its agent the paragraph's topic, left unsaid): the examples
        # after the object are kinds of the object, no agents
        ("诱导炎症介质的产生，如前列腺素和一氧化氮，而IL-10可抑制巨噬细胞的活化。", {
            ('IL-10', 'inhibits', 'macrophage', 'activity', False),
        }),
    ],
    # examples after the clause still fill its missing factor
    "examples_factors": [
        ("多种物质的刺激可以介导 IL-1 的产生，包括内毒素、TNF-α。", {
            ('endotoxin', 'upregulates', 'IL-1', 'expression', False),
            ('TNF-α', 'upregulates', 'IL-1', 'expression', False),
        }),
    ],
    # (EGF) glosses 上皮生长因子 only: 缺氧, before the list's last mark, stays an agent
    "examples_slot": [
        ("IL-6 的表达受缺氧和上皮生长因子(EGF)的调控。", {
            ('hypoxia', 'regulates', 'IL-6', 'expression', False),
            ('EGF', 'regulates', 'IL-6', 'expression', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_examples_in_object(resources, name, text, expected):
    check_construction(resources, name, text, expected)
