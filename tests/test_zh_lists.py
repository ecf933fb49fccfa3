"""Lists written with a comma where 、 belongs (pipeline/relations/lists.py). Sentences written for the test."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.aspect_comma_list": [
        ("Wnt信号通路在调节细胞分化,增殖和凋亡中起重要作用。", {
            ('Wnt pathway', 'regulates', 'cell', 'differentiation', False),
            ('Wnt pathway', 'regulates', 'cell', 'proliferation', False),
            ('Wnt pathway', 'regulates', 'cell', 'apoptosis', False),
        }),
    ],
    "-zh.aspect_comma_list": [
        # a comma before a new verb ends the clause: no list
        ("IL-6可促进肝癌细胞增殖,抑制其凋亡。", {
            ('IL-6', 'promotes', 'hepatocellular carcinoma cell', 'proliferation', False),
            ('IL-6', 'inhibits', 'hepatocellular carcinoma cell', 'apoptosis', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_aspect_comma_list(resources, name, text, expected):
    check_construction(resources, name, text, expected)
