"""A class word followed by a bracketed list of names closed by 等 (炎症细胞因子(TNF-α、IL-1、IL-17等)) gives the
listed names as factors, not the class word (SPEC: examples), as a bracket with 如 does. Sentences written for the test."""
from __future__ import annotations

from .conftest import read_claims


def test_bracketed_list_closed_by_etc_gives_the_examples(resources):
    got, _, _, _ = read_claims("炎症细胞因子(TNF-α、IL-1、IL-17等)可促进破骨细胞分化。", resources)
    assert got == {('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
                   ('IL-1', 'promotes', 'osteoclast', 'differentiation', False),
                   ('IL-17', 'promotes', 'osteoclast', 'differentiation', False)}


def test_a_single_name_with_etc_is_no_list(resources):
    got, _, _, _ = read_claims("炎症细胞因子(IL-6等)可促进破骨细胞分化。", resources)
    assert got == {('inflammatory cytokine', 'promotes', 'osteoclast', 'differentiation', False)}


def test_a_bracket_of_names_parted_by_commas_lists_the_members(resources):
    # the field's text, written with ASCII commas: the kinases the cytokine activates are the four JAKs.
    got, _, _, _ = read_claims("IL-6可以启动JAK激酶(JAK1,JAK2,JAK3以及Tyk2)的活化。", resources)
    assert got == {('IL-6', 'activates', 'JAK1', 'activity', False), ('IL-6', 'activates', 'JAK2', 'activity', False),
                   ('IL-6', 'activates', 'JAK3', 'activity', False), ('IL-6', 'activates', 'TYK2', 'activity', False)}


def test_a_bracket_defining_a_name_with_a_comma_is_no_list(resources):
    # (interleukin-6, IL-6): two spellings of one concept, a definition; the name before it acts.
    got, _, _, _ = read_claims("白细胞介素6(interleukin-6, IL-6)可以激活STAT3。", resources)
    assert got == {('IL-6', 'activates', 'STAT3', 'activity', False)}
