"""Chinese false positives the relation reader no longer states: each case a real
sentence of the sample papers (raw/), the triple it must give where it gives one,
and the wrong triple it must not give."""
from __future__ import annotations

import pytest

from .conftest import triples_in


def test_occurrence_of_an_aspect_is_that_aspect(resources):
    # 发生 (occurrence) after 细胞凋亡的 is the apoptosis occurring, not a cell type's formation
    text = "IL-6 通过活化信号转导通路（如 JAK/STAT3 信号通路）来促进肿瘤细胞的增殖和存活，并抑制细胞凋亡的发生。"
    found = triples_in(text, resources)
    assert ("IL-6", "inhibits", "tumor cell", "apoptosis", False) in found
    assert not any(t[3] == "differentiation" for t in found)
