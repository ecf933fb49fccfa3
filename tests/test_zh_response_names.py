"""Chinese names of a T-helper response written short (Th1 型反应, Th1 应答, Th2 反应): the response, a
process, not the Th1 or Th2 cells (process_groups.tsv). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.active": [
        ("IL-12主要促进Th1型反应。", {
            ('IL-12', 'promotes', 'Th1 response', None, False),
        }),
        ("IFN-γ可增强Th1应答。", {
            ('IFN-γ', 'promotes', 'Th1 response', None, False),
        }),
        ("IL-4可促进Th2反应。", {
            ('IL-4', 'promotes', 'type 2 immunity', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_response_names(resources, name, text, expected):
    check_construction(resources, name, text, expected)
