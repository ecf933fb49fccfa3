"""A later Chinese clause that opens with a compound no dictionary names (a name that only qualifies the
plain noun after it: E2 替代治疗, IL-17 中和疗法) has its own subject: the topic of the clauses before it does
not act there (clause_subject), whatever the compound's name qualifies."""
from __future__ import annotations

import pytest

from .conftest import check_construction


@pytest.mark.parametrize("text,expected", [
    # written for the test: the replacement therapy, not estrogen, slows bone loss
    ("雌激素(E2)可抑制破骨细胞分化,E2替代治疗可有效延缓骨丢失。", {
        ('estrogen', 'inhibits', 'osteoclast', 'differentiation', False),
    }),
    # written for the test: neutralising IL-17 lessens bone loss; IL-17 itself does not
    ("IL-17可促进破骨细胞分化,IL-17中和疗法可减轻骨丢失。", {
        ('IL-17', 'promotes', 'osteoclast', 'differentiation', False),
    }),
])
def test_the_topic_does_not_act_past_an_unnamed_compound_subject(resources, text, expected):
    check_construction(resources, "zh.active", text, expected)


def test_the_topic_still_acts_in_a_clause_without_a_subject(resources):
    # written for the test: the chain carries estrogen into the clause that has no subject of its own
    check_construction(resources, "zh.active", "雌激素可抑制破骨细胞分化,可有效延缓骨丢失。", {
        ('estrogen', 'inhibits', 'osteoclast', 'differentiation', False),
        ('estrogen', 'inhibits', 'bone loss', None, False),
    })
