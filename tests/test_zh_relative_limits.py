"""Relative clauses A V 的 B that state nothing of A on B: A V is the object of a plain verb before A
(zh.relative_in_object), or the head right after 的 is a plain noun (zh.relative_plain_head); and those that
do (zh.relative). Sentences written for the test, in the field's style, unless they say otherwise."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.relative_in_object": [
        # 002 (a sample paper): the cells received LIF stimulation; LIF does not activate them by this relative
        ("对接受不同水平LIF刺激的A549细胞进行功能实验，发现LIF处理增强了细胞侵袭<sup>[19]</sup>。", {
            ('LIF', 'promotes', 'A549 cell', 'invasion', False),
        }),
        # the other interleukins depend on immune cells' activation: the cells do not activate IL-2
        ("IL-7 的产生与主要依赖免疫细胞活化的其他白细胞介素(如IL-2)不同，IL-7 可促进 T 细胞的增殖。", {
            ('IL-7', 'promotes', 'T cell', 'proliferation', False),
        }),
    ],
    "-zh.relative_in_object": [
        # a trigger before A is the main verb, the relative its object's modifier: A acts on the head
        ("IL-6 也抑制 TGF-β 诱导的 Treg 分化。", {
            ('IL-6', 'inhibits', 'Treg', 'differentiation', False),
            ('TGF-β', 'induces', 'Treg', 'differentiation', False),
        }),
        ("BMSC 能保护 CML 细胞免受伊马替尼诱导的凋亡。", {
            ('BMSC', 'inhibits', 'CML cell', 'apoptosis', False),
            ('imatinib', 'induces', 'CML cell', 'apoptosis', False),
        }),
    ],
    "zh.relative_plain_head": [
        # the relative qualifies 情况 (the situation), not the cells named after it
        ("在没有 RANKL 刺激的情况下，NFATc1 仍可促进破骨细胞前体细胞的分化。", {
            ('NFATc1', 'promotes', 'osteoclast precursor', 'differentiation', False),
        }),
    ],
    "-zh.relative_plain_head": [
        ("IL-10 的丢失还加剧了早期 1 型糖尿病引起的骨丢失。", {
            ('type 1 diabetes', 'induces', 'bone loss', None, False),
            ('IL-10', 'inhibits', 'bone loss', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_relative_limits(resources, name, text, expected):
    check_construction(resources, name, text, expected)


NEXT_SUBJECT = {
    "zh.relative_next_subject": [
        # r6zh-style: Fas is the agent of the second relative (Fas 与其配体 FasL 介导的…), not a head of the first
        ("线粒体介导BCL-2蛋白家族调控的内源性凋亡途径和死亡受体Fas与其配体FasL介导的外源性凋亡途径。", {
            ('BCL-2 family', 'regulates', 'intrinsic apoptotic pathway', 'activity', False),
            ('FasL', 'induces', 'extrinsic apoptotic pathway', 'activity', False),
            ('Fas', 'binds', 'FasL', None, False),
        }),
    ],
    "-zh.relative_next_subject": [
        # a head of two names with no relative after them keeps both
        ("IL-6 可抑制 TGF-β 诱导的 Treg 细胞和 Th17 细胞的分化。", {
            ('IL-6', 'inhibits', 'Treg', 'differentiation', False),
            ('IL-6', 'inhibits', 'Th17 cell', 'differentiation', False),
            ('TGF-β', 'induces', 'Treg', 'differentiation', False),
            ('TGF-β', 'induces', 'Th17 cell', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(NEXT_SUBJECT))
def test_relative_next_subject(resources, name, text, expected):
    check_construction(resources, name, text, expected)


UNNAMED_AGENT = {
    "zh.unnamed_relative_agent": [
        # the degranulation is triggered by a mechanism no dictionary names: the mast cells (the topic) trigger nothing
        ("IL-33 可激活肥大细胞，肥大细胞的功能主要是通过IgE机制触发的肥大细胞脱颗粒。", {
            ('IL-33', 'activates', 'mast cell', 'activity', False),
        }),
        # the pathway is triggered by many mechanisms, not by IL-6; IL-6 still promotes the tumour's growth
        ("IL-6 可通过多种机制触发的信号通路促进肿瘤生长。", {
            ('IL-6', 'promotes', 'tumor', 'growth', False),
        }),
    ],
    "-zh.unnamed_relative_agent": [
        # a name right before the relative's verb is its agent (zh.relative)
        ("BMSC 能保护 CML 细胞免受伊马替尼诱导的凋亡。", {
            ('BMSC', 'inhibits', 'CML cell', 'apoptosis', False),
            ('imatinib', 'induces', 'CML cell', 'apoptosis', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(UNNAMED_AGENT))
def test_unnamed_relative_agent(resources, name, text, expected):
    check_construction(resources, name, text, expected)
