"""zh.adjective_aspect: an aspect word written before the name (成熟 OC, 成熟的破骨细胞) with another aspect
after the name only says which cells; the aspect after the name is what changes. Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.adjective_aspect": [
        # mature osteoclasts' apoptosis is inhibited, not their maturation
        ("RANKL可抑制成熟OC凋亡。", {
            ('RANKL', 'inhibits', 'osteoclast', 'apoptosis', False),
        }),
        ("RANKL抑制成熟的破骨细胞的凋亡。", {
            ('RANKL', 'inhibits', 'osteoclast', 'apoptosis', False),
        }),
    ],
    # the aspect after the name, alone: it is what changes
    "-zh.adjective_aspect": [
        ("RANKL促进破骨细胞的成熟。", {
            ('RANKL', 'promotes', 'osteoclast', 'maturation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_adjective_aspect(resources, name, text, expected):
    check_construction(resources, name, text, expected)
