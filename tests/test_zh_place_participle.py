"""zh.place_participle: 在 + a trigger of activation (or a trigger and 的) + cells + a place postposition
(在活化 T 细胞表面, 在激活的巨噬细胞中), or a trigger, 的 and cells however the place goes on: the trigger
describes the cells of the place, no claim on them.
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
        # V 的 + cells: the cells' attribute even where the place goes on past a conjunction and another
        # place (活化的 T 细胞和肿瘤组织中的 T 细胞表面); PD-1 does not activate the T cells
        ("PD-1 在活化的 T 细胞和肿瘤组织中的 T 细胞表面高表达，可抑制 T 细胞的增殖。", {
            ('PD-1', 'inhibits', 'T cell', 'proliferation', False),
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
