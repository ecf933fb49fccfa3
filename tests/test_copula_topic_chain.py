"""A copula opening a later clause of a Chinese sentence with no subject of its own (…，是一种…，可…) is said of
the subject the earlier clause left: the topic chain goes on through it, and the names after the copula are its
predicate, not a new subject for the clauses after it (plain_verb)."""
from __future__ import annotations

import pytest

from .conftest import check_construction


@pytest.mark.parametrize("text,expected", [
    # written for the test: the class noun after 是 (细胞因子) is what IL-6 is; 可促进 goes on with IL-6
    ("IL-6主要由巨噬细胞分泌,是一种多效性细胞因子,可促进破骨细胞分化。", {
        ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
    }),
    ("TNF-α主要由巨噬细胞产生,是RA中重要的促炎因子,能够促进破骨细胞的分化。", {
        ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
    }),
    # written for the test: …，是 B 的配体: the chained subject is the ligand of B
    ("IL-33 主要在上皮细胞中表达,是ST2的配体。", {
        ('IL-33', 'binds', 'ST2', None, False),
    }),
])
def test_a_subjectless_copula_goes_on_with_the_topic(resources, text, expected):
    check_construction(resources, "plain_verb", text, expected)


def test_a_copula_after_a_plain_noun_still_introduces_the_subject(resources):
    # written for the test: 一个特征是 X 介导…: the noun before the copula is no topic; X is the subject
    check_construction(resources, "plain_verb", "一个特征是 TNFR-I 介导细胞凋亡。", {
        ('TNFR1', 'induces', 'cell', 'apoptosis', False),
    })


def test_a_copula_after_a_verb_and_its_object_leaves_no_topic_from_its_predicate(resources):
    # written for the test: the tagger reads 环 as a verb and 磷酸鸟苷合成酶 as its object; the copula after them
    # speaks of that phrase, so the receptor class after 是 is its predicate, not the subject of 激活 STING;
    # the sentence's own claim (IL-6 after 而) is still read
    check_construction(resources, "plain_verb", "环磷酸鸟苷合成酶是重要的细胞质受体,激活STING,而IL-6促进破骨细胞分化。", {
        ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
    })
