"""zh.place_closed: 在 + a place + its postposition (中, 内) + a name right after it, no comma: the name
after the postposition starts the clause's subject; it is not swallowed by the place (which left the
clause to read the next name it met, a binding partner, as its subject). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.place_closed": [
        # RANKL, not the receptor it binds, induces the differentiation (the receptor was the subject before)
        ("在骨髓瘤患者骨髓微环境中RANKL通过与RANK受体结合,诱导破骨细胞前体细胞分化。", {
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'induces', 'osteoclast precursor', 'differentiation', False),
        }),
        # the place is the macrophages; IL-10 is what acts
        ("在巨噬细胞中IL-10抑制TNF-α的表达。", {
            ('IL-10', 'downregulates', 'TNF-α', 'expression', False),
        }),
    ],
    # a comma after the place, or 的 after the postposition: nothing to cut, the reading as before
    "-zh.place_closed": [
        ("在骨髓微环境中,RANKL诱导破骨细胞分化。", {
            ('RANKL', 'induces', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_place_closed(resources, name, text, expected):
    check_construction(resources, name, text, expected)
