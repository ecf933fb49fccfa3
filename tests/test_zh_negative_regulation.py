"""负向调节 / 负向调控 / 负性调节 / 负性调控 (negatively regulate) inhibit, and 负向调节因子 (负向调控因子, 负性调节因子,
负性调控因子, 负反馈调节因子) is a negative regulator,
as 负调节 / 负调节因子: with no aspect of the target (triggers.tsv). Sentences written for the test."""
from __future__ import annotations

from .conftest import check_construction


def test_negatively_regulating_a_pathway_inhibits_it(resources):
    check_construction(resources, "zh.active", "SOCS 蛋白家族是一类可以负向调节 JAK/STAT 信号通路的分子。", {
        ('SOCS', 'inhibits', 'JAK/STAT pathway', None, False),
    })


def test_a_negative_regulator_inhibits_its_owner(resources):
    check_construction(resources, "zh.noun", "CIS 是 STAT5 的负向调节因子。", {
        ('CIS', 'inhibits', 'STAT5', None, False),
    })


def test_negative_regulation_written_with_xing_inhibits(resources):
    check_construction(resources, "zh.active", "SOCS3 可负性调控 STAT3 的活化。", {
        ('SOCS3', 'inhibits', 'STAT3', 'activity', False),
    })


def test_a_negative_feedback_regulator_inhibits_the_pathway_it_owns(resources):
    check_construction(resources, "zh.noun", "CIS 是 STAT5 信号通路的负反馈调节因子。", {
        ('CIS', 'inhibits', 'STAT5 pathway', None, False),
    })


def test_a_negative_regulator_written_with_xing_inhibits_its_owner(resources):
    check_construction(resources, "zh.noun", "SOCS3 是 JAK/STAT 信号通路的负性调控因子。", {
        ('SOCS3', 'inhibits', 'JAK/STAT pathway', None, False),
    })
