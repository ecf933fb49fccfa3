"""A role stated as the reason something is studied (因/由于 … 而 + a study noun: 受到关注, 被重视, 成为研究热点)
is a claim; a role that is itself the study's topic (A 在 B 中的作用受到关注) is not (zh.role_studied)."""
from __future__ import annotations

import pytest

from .conftest import check_construction


@pytest.mark.parametrize("text,expected", [
    # written for the test: 因 … 而被重视: ILC2's role in asthma is why it is valued
    ("ILC2因在哮喘的发病机制中具有重要作用而被重视。", {('ILC2', 'regulates', 'asthma', None, False)}),
    ("IL-17因在类风湿关节炎中发挥关键作用而受到广泛关注。", {('IL-17', 'regulates', 'rheumatoid arthritis', None, False)}),
    ("由于IL-6在骨质疏松中发挥重要作用而成为研究热点。", {('IL-6', 'regulates', 'osteoporosis', None, False)}),
])
def test_a_role_given_as_the_reason_of_the_study_is_stated(resources, text, expected):
    check_construction(resources, "zh.role", text, expected)


def test_a_role_that_is_the_study_topic_states_nothing(resources):
    # written for the test: the role in RA is what attracts attention (no claim); the first clause's claim stands
    check_construction(resources, "zh.role_studied", "IL-17可促进IL-6的表达,其在类风湿关节炎中的作用受到广泛关注。", {
        ('IL-17', 'upregulates', 'IL-6', 'expression', False),
    })
