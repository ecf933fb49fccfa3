"""zh.fallen_topic: a clause saying only that its subject's level falls (雌激素水平下降) hands the clauses after
it a knocked-down topic: what follows it causes by its fall, polarity turned round. Sentences written for
the test, in the style of a review of postmenopausal bone loss."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.fallen_topic": [
        ("绝经后，雌激素水平下降，导致 IL-6 产生增加。", {
            ('estrogen', 'downregulates', 'IL-6', 'expression', False),
        }),
        ("雌激素水平明显降低，从而促进破骨细胞的分化。", {
            ('estrogen', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
    ],
    # a level that rises is no fall: the topic acts as itself
    "-zh.fallen_topic": [
        ("IL-6 水平升高，导致骨丢失。", {
            ('IL-6', 'induces', 'bone loss', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_fallen_topic(resources, name, text, expected):
    check_construction(resources, name, text, expected)
