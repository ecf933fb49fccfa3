"""An aspect word that is also a verb (趋化: chemoattracts; migration): a verb only where a verb
stands, before a name (zh.aspect_verb, pipeline/relations/aspect_verbs.py)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.aspect_verb": [
        # written for the test: a chemokine that draws cells, after a modal, with a list of objects
        ("CCL2 可以趋化单核细胞、巨噬细胞和 T 淋巴细胞。", {
            ('CCL2', 'promotes', 'monocyte', 'migration', False),
            ('CCL2', 'promotes', 'macrophage', 'migration', False),
            ('CCL2', 'promotes', 'T cell', 'migration', False),
        }),
    ],
    "-zh.aspect_verb": [
        # written for the test: after 的 趋化 is the cells' migration, an aspect in a list of aspects, no verb
        ("IL-8促进中性粒细胞的趋化和活化。", {
            ('IL-8', 'promotes', 'neutrophil', 'migration', False),
            ('IL-8', 'promotes', 'neutrophil', 'activity', False),
        }),
        # written for the test: 形成, a forms cue that names no aspect, stays zh.forms_verb's (induces)
        ("上述细胞因子能够形成恶性肿瘤微环境。", {
            ('cytokine', 'induces', 'tumor microenvironment', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_aspect_verbs_give_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
