"""A trigger written against 作用 (肿瘤刺激作用, 刺激作用) is an effect noun, no verb: the objects before it
are not made the subject of what follows (object_as_subject). Sentences written for the test."""
from __future__ import annotations

from .conftest import read_claims


def test_objects_before_an_effect_noun_act_on_nothing(resources):
    # the unnamed product inhibits immune surveillance; immune surveillance does not inhibit the cancer cells
    got, _, _, _ = read_claims("此外,高水平的这种物质可促进血管生成,抑制免疫监视和直接的刺激作用,对癌细胞的增殖具有促进作用。"
                               "IL-6可促进血管生成。", resources)
    assert got == {('IL-6', 'promotes', 'angiogenesis', None, False)}


def test_a_named_subject_keeps_every_clause(resources):
    got, _, _, _ = read_claims("IL-6可促进血管生成,抑制免疫监视和直接的刺激作用,对癌细胞的增殖具有促进作用。", resources)
    assert got == {('IL-6', 'promotes', 'angiogenesis', None, False),
                   ('IL-6', 'inhibits', 'immune surveillance', None, False),
                   ('IL-6', 'promotes', 'cancer cell', 'proliferation', False)}


def test_raising_a_level_still_acts(resources):
    # object_as_subject where a verb follows the object (增加 X 水平可以上调 Y)
    got, _, _, _ = read_claims("增加 IL-1 水平可以上调 RANKL 的表达。", resources)
    assert got == {('IL-1', 'upregulates', 'RANKL', 'expression', False)}
