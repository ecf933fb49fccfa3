"""A key factor named as a noun predicate (A 是 B 的主要因素 / 关键因素 / 重要因素 / 决定因素): A brings B about
(promotes, as 驱动因素); where the 的 phrase is a relative clause whose verb has its own object and says another
effect (A 是调控 B 的重要因素), the verb states the claim and the noun none (zh.noun_of_verb).
Real sentences from the readable sets (gold/extra r1zh_zh_11, gold/train tr_zh_01, gold/dev 001)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "noun_owner": [
        # the main factor of chemotaxis after complement activation: C5a desArg brings it about
        ("去精氨酸C5a是补体活化后产生趋化作用的主要因素。", {
            ('C5a desArg', 'promotes', 'chemotaxis', None, False),
        }),
    ],
    "zh.noun_of_verb": [
        # IL-17 regulates inflammation (the relative verb 调控); the noun adds no promotes of its own
        ("白细胞介素-17(interleukin-17,IL-17)是免疫反应中调控炎症发生的重要因素。", {
            ('IL-17', 'regulates', 'inflammation', None, False),
        }),
    ],
    "-zh.noun_of_verb": [
        # TNF 介导的: a participle (的 right after the verb), no relative clause with an object; the noun reads its
        # owner: IL-1 is a key mediator of TNF-mediated bone formation
        ("IL-1 也被认为是 TNF 介导的成骨的关键介质[49] [50]。", {
            ('TNF-α', 'induces', 'bone formation', None, False),
            ('IL-1', 'promotes', 'bone formation', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_importance_factor(resources, name, text, expected):
    check_construction(resources, name, text, expected)


# zh.key_head: A 是 B (中) 的 + an importance word + a head naming A by its part (效应细胞, 转录因子): A regulates B
KEY_HEAD_CASES = {
    "zh.key_head": [
        # gold/extra r2zh_zh_06: mast cells are the key effector cells of allergic reactions
        ("肥大细胞是过敏反应中关键的效应细胞,其功能发生最主要是通过IgE机制触发的肥大细胞脱颗粒和释放大量的过敏介质。", {
            ('mast cell', 'regulates', 'allergic response', None, False),
        }),
        # gold/dev 001: 阶段 (stage) after a process keeps the process named (same_head, as 过程): IL-10 regulates the
        # resolution of inflammation
        ("因此，IL-10 是炎症消退阶段的中心细胞因子[119]。", {
            ('IL-10', 'regulates', 'resolution of inflammation', None, False),
        }),
    ],
    "-zh.key_head": [
        # gold/dev 004: BMSC 分泌的一种重要因子 is what BMSC secretes (a relative of production), not a process of
        # BMSC that CXCL12 takes part in; the later clauses state CXCL12's claims
        ("另外,C-X-C基序趋化因子配体12(C-X-C motif chemokine ligand 12, CXCL12)也是BMSC分泌的一种重要因子, "
         "Madrazo等<sup>[8]</sup>研究显示, CXCL12作为T-ALL细胞核变性和表观遗传的主要调节因子,通过CXCL12/CXCR4信号通路"
         "介导了T-ALL细胞中H3K9的甲基化,促进ALL细胞的存活。", {
            ('CXCL12', 'induces', 'H3K9 methylation', None, False),
            ('CXCL12', 'promotes', 'acute lymphoblastic leukemia cell', 'survival', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(KEY_HEAD_CASES))
def test_key_head(resources, name, text, expected):
    check_construction(resources, name, text, expected)
