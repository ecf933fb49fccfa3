"""What a slash joins to a name whose last part is a number, a letter or both (``names/elided_numbers.py``):
each part in place of the name's own is a name of its own (Wnt3a/5a: Wnt5a). Sentences written in the
field's style for the test."""
from __future__ import annotations

import pytest

from .test_mentions import spans


@pytest.mark.parametrize("text,expected", [
    # a number and a small letter after a name ending in both (Wnt5a), or a small letter alone (Wnt7b)
    ("Wnt3a/5a signalling promotes osteoblast differentiation in the calvaria.",
     [(0, 5, "Wnt3a", "Wnt3a"), (6, 8, "5a", "Wnt5a")]),
    ("Wnt7a/b secreted by the epithelium promote bone formation.", [(0, 5, "Wnt7a", "Wnt7a"), (6, 7, "b", "Wnt7b")]),
    # a number and a Greek letter after a name ending in both
    ("Hypoxia stabilises HIF-1α/2α, which induce VEGF in chondrocytes.",
     [(19, 25, "HIF-1α", "HIF-1α"), (26, 28, "2α", "HIF-2α")]),
    # a capital letter after a name ending in a hyphen and a capital letter
    ("VEGF-A/C produced by tumour cells promote lymphangiogenesis.",
     [(0, 6, "VEGF-A", "VEGF-A"), (7, 8, "C", "VEGF-C")]),
])
def test_a_part_after_a_slash_completes_a_shortened_name(resources, text, expected):
    found = spans(text, resources)
    assert all(name in found for name in expected), found


def test_a_letter_of_the_other_case_is_no_part(resources):
    # IL-17A/f is no name; IL-17A still is
    found = spans("IL-17A/f promotes neutrophil recruitment in the lung.", resources)
    assert (0, 6, "IL-17A", "IL-17") in found
    assert not [m for m in found if m[2] == "f"]
