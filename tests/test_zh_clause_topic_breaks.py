"""Where a Chinese topic chain stops: a semicolon parts coordinate clauses, each with its own subject
(zh.semicolon_topic: the clauses after it that name no subject are not the topic's, though a pronoun opening
one still names it), and a clause whose own subject is a compound no dictionary names takes the topic over
(zh.unnamed_topic). In the readable Chinese gold, 109 triples of sentences with a semicolon keep factor and
target on one side of it, and the 4 that cross it cross through a pronoun (r2zh_zh_07)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.semicolon_topic": [
        # r2zh_zh_07 (gold/extra): 它 after the semicolon still names IL-33, the topic the semicolon ended
        ("IL-33 主要诱导Th2 细胞、肥大细胞、巨噬细胞等免疫细胞分泌IL-5、IL-13 等Th2 类细胞因子,参与宿主抗寄生虫感染与"
         "过敏性疾病的发展;它也可作为致炎因子参与非Th2 型急慢性炎症反应[6],诱导TNF-α、IL-1β、IL-6等非Th2 型细胞因子"
         "分泌;作为核转录因子,IL-33还可调节基因转录[3]。", {
             ('IL-33', 'upregulates', 'IL-5', 'expression', False),
             ('IL-33', 'upregulates', 'IL-13', 'expression', False),
             ('IL-33', 'regulates', 'Th2 cell', None, False),  # not in the gold (非Th2 型: a non-Th2 response)
             ('IL-33', 'upregulates', 'TNF-α', 'expression', False),
             ('IL-33', 'upregulates', 'IL-1β', 'expression', False),
             ('IL-33', 'upregulates', 'IL-6', 'expression', False),
             ('IL-33', 'regulates', 'gene transcription', None, False),
         }),
        # written for the test: the clause after the semicolon names no subject; IL-6 is not said to cause osteoporosis
        ("IL-6 可促进破骨细胞分化；临床上可导致骨质疏松。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "-zh.semicolon_topic": [
        # written for the test: with a comma the topic chain goes on
        ("IL-6 可促进破骨细胞分化，可导致骨质疏松。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-6', 'induces', 'osteoporosis', None, False),
        }),
    ],
    "zh.unnamed_topic": [
        # written for the test (after r3zh_zh_10, whose 骨骼系统会随着免疫应答做出相应调整，从而导致骨质疏松 the gold
        # gives to the immune response): the skeletal system, no name, is what 导致 goes on about; IL-6 only
        # promotes bone resorption
        ("IL-6 可促进骨吸收，骨骼系统会随之做出相应调整，从而导致骨质疏松。", {
            ('IL-6', 'promotes', 'bone resorption', None, False),
        }),
    ],
    "-zh.unnamed_topic": [
        # written for the test: with no clause between, IL-6 goes on acting
        ("IL-6 可促进骨吸收，从而导致骨质疏松。", {
            ('IL-6', 'promotes', 'bone resorption', None, False),
            ('IL-6', 'induces', 'osteoporosis', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_clause_topic_breaks(resources, name, text, expected):
    check_construction(resources, name, text, expected)
