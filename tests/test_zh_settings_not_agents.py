"""Chinese settings that are no agent: the cells after 表达于 (expressed in; a locative cue, cues.tsv)
are where a molecule is, never the subject of the clauses after it; examples of a class word target
stand for it; a name after 甚至是 (and even) inside a place is one more member
of the place, not a subject the copula brings in; 特别是 after a place names a member of the place, not of
the subject (zh.especially). Sentences written for the test in the field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_the_cells_after_expressed_in_are_no_subject(resources):
    # the molecule is unnamed (该蛋白): the macrophages it is expressed on do not activate NF-κB
    triples = triples_in("该蛋白主要表达于巨噬细胞表面,可激活NF-κB信号通路,而IL-10可抑制TNF-α的表达。", resources)
    assert ('IL-10', 'downregulates', 'TNF-α', 'expression', False) in triples
    assert not any(t[0] == 'macrophage' for t in triples)


def test_a_named_molecule_expressed_in_cells_stays_the_subject(resources):
    triples = triples_in("IL-33 主要表达于上皮细胞,可促进Th2细胞的分化。", resources)
    assert triples == [('IL-33', 'promotes', 'Th2 cell', 'differentiation', False)]


def test_examples_of_a_class_word_target_still_stand_for_it(resources):
    triples = triples_in("TNF-α 可促进多种细胞因子的分泌,如IL-1、IL-6等。", resources)
    assert set(triples) == {('TNF-α', 'upregulates', 'IL-1', 'expression', False),
                            ('TNF-α', 'upregulates', 'IL-6', 'expression', False)}


def test_a_name_after_even_is_one_more_respect_of_the_role(resources):
    # 甚至是 (cues.tsv conj): and even; the copula 是 in it does not bring in a new subject
    triples = triples_in("MAIT细胞在肿瘤甚至是免疫耐受等免疫反应调节中也发挥着不可替代的作用。", resources)
    assert set(triples) == {('MAIT cell', 'regulates', 'tumor', None, False),
                            ('MAIT cell', 'regulates', 'immune tolerance', None, False)}


def test_especially_inside_a_place_names_a_member_of_the_place(resources):
    # 特别是 after the place, not after the subject: the process it names is no subject (zh.especially)
    triples = triples_in("Wnt信号通路在正常骨稳态特别是成骨细胞新骨形成中尤为关键,可能在强直性脊柱炎发病机制中发挥重要作用。",
                         resources)
    assert triples == [('Wnt pathway', 'regulates', 'ankylosing spondylitis', None, False)]


def test_especially_right_after_the_subject_still_names_a_member_of_it(resources):
    triples = triples_in("骨髓微环境,尤其是其中的骨髓基质细胞,在白血病的发生发展中发挥着重要作用。", resources)
    assert ('BMSC', 'regulates', 'leukemia', None, False) in triples
