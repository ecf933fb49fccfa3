"""zh.place_participle: 在 + a trigger of activation (or a trigger and 的) + cells + a place postposition
(在活化 T 细胞表面, 在激活的巨噬细胞中): the trigger describes the cells of the place, no claim on them.
Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.place_participle": [
        # the antigen is expressed on activated T cells; what CTLA-4 does to T cells is the later clause
        ("CTLA-4 是一种在活化 T 细胞表面表达的抗原，可抑制 T 细胞的活化。", {
            ('CTLA-4', 'inhibits', 'T cell', 'activity', False),
        }),
        ("IL-6 在激活的巨噬细胞中促进 TNF-α 的表达。", {
            ('IL-6', 'upregulates', 'TNF-α', 'expression', False),
        }),
    ],
    # a molecule after 在激活: the respect of a role, the activation stays a claim
    "-zh.place_participle": [
        ("IL-10 在激活 NF-κB 中起重要作用。", {
            ('IL-10', 'activates', 'NF-κB', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_place_participle(resources, name, text, expected):
    check_construction(resources, name, text, expected)
