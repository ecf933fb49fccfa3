"""zh.owned_negative_change (owned_nouns.py): a verb acting on X's change of the other direction
(促进病原体的消除) states nothing of X; a change of the same direction and plain nouns after 的 are read
as before. Sentences written for the test in the style of the review papers."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.owned_negative_change": [
        # promoting the elimination of pathogens is no promoting of pathogens; the clause after still reads
        ("这些TLR家族分子不仅促进了病原体的消除,而且可激活巨噬细胞。", {
            ('TLR', 'activates', 'macrophage', 'activity', False),
        }),
    ],
    "-zh.owned_negative_change": [
        # an aspect after 的: the verb acts on X
        ("IL-6可促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_owned_negative_change(resources, name, text, expected):
    check_construction(resources, name, text, expected)
