"""Aspects, polarity and targets of a claim in the right sentence: the near
misses (one field wrong) that the constructions of rules.tsv do not show."""
from __future__ import annotations

import pytest

from pipeline import config
from pipeline.relations import load_rule_data

from .conftest import triples_in


def test_a_trigger_can_say_no_aspect():
    data = load_rule_data(config.DICTIONARIES)
    assert data.triggers[("zh", "负调节因子")].aspect == "none"


def test_no_aspect_trigger_overrides_the_default_aspect(resources):
    got = triples_in("LIF 是 p53 的负调节因子。", resources)
    assert ("LIF", "inhibits", "p53", None, False) in got
    assert not [t for t in got if t[2] == "p53" and t[3] is not None]


def test_prefix_effect_noun_is_no_aspect(resources):
    got = triples_in("TNF 具有抗肿瘤活性。", resources)
    assert ("TNF-α", "inhibits", "tumor", None, False) in got


@pytest.mark.parametrize("text,expected", [
    # 分裂: cells dividing is their proliferation
    ("如造血干细胞因子可以刺激骨髓中的肿瘤细胞分裂和增殖，从而促进肿瘤发展。",
     ("stem cell factor", "activates", "tumor cell", "proliferation", False)),
    # 生物利用度: a molecule's bioavailability is its activity
    ("因此，炎症小体的激活可能通过减轻 IL-1R2 的抑制作用来间接促进 IL-1α的生物利用度。",
     ("inflammasome", "promotes", "IL-1α", "activity", False)),
    # 积累: a molecule accumulating is its level (a knock-down turns the effect round)
    ("CXCL12是由BMSC产生的, CXCL12的缺失会导致LSC中活性氧(reactive oxygen species, ROS)的积累和DNA损伤。",
     ("CXCL12", "downregulates", "ROS", "expression", False)),
    # 死亡: the cells' death
    ("因此, 伊布鲁替尼联合 JAK/STAT 抑制剂可增加伊布鲁替尼介导的白血病细胞死亡。",
     ("ibrutinib", "upregulates", "leukemia cell", "apoptosis", False)),
])
def test_aspect_words(resources, text, expected):
    assert expected in triples_in(text, resources)


def test_breakdown_word_turns_the_effect_round(resources):
    # 破坏: an aspect word for the opposite of the name (no aspect of its own)
    got = triples_in("Th17/Treg 平衡的上调被认为是造成免疫耐受性破坏的原因，因此在病理上 IL-6 与自身免疫和慢性炎症性疾病的发展有关。",
                     resources)
    assert ("Th17/Treg balance", "inhibits", "immune tolerance", None, False) in got


@pytest.mark.parametrize("text,expected", [
    ("这些成骨细胞不利于支持正常的造血干细胞。", ("osteoblast", "inhibits", "HSC", None, False)),
    ("这些成骨细胞有利于支持正常的造血干细胞。", ("osteoblast", "promotes", "HSC", None, False)),
])
def test_verb_after_a_negative_verb(resources, text, expected):
    assert expected in triples_in(text, resources)


def test_head_after_a_list_is_not_read_as_the_relatives_effect(resources):
    # ``诱导的骨丢失和破骨细胞形成减少``: 减少 is the last name's, ovariectomy still induces bone loss
    got = triples_in("例如，IL-6 基因缺失的小鼠在实验性炎性关节炎中表现出钝化的卵巢切除诱导的骨丢失[91]和破骨细胞形成减少[93]。",
                     resources)
    assert ("ovariectomy", "induces", "bone loss", None, False) in got


def test_development_of_cells_is_differentiation(resources):
    got = triples_in("LIF在神经元发育的各个方面起着重要作用，包括表型确定、存活和调节神经元发育期间的成熟<sup>[15]</sup>。",
                     resources)
    assert ("LIF", "regulates", "neuron", "differentiation", False) in got


def test_cytotoxicity_is_a_drugs_activity_and_no_cell(resources):
    got = triples_in("ATO 和顺铂联合治疗通过协同抑制 NF-kB 信号通路增强顺铂的细胞毒性。", resources)
    assert not [t for t in got if t[2] == "cell"]


def test_other_cells_still_infiltrate(resources):
    got = triples_in("IL-1 是一种促炎细胞因子，可以激发炎症细胞浸润和炎症反应，促进肿瘤细胞的生长和浸润。", resources)
    assert ("IL-1", "activates", "inflammatory cell", "infiltration", False) in got
    assert ("IL-1", "promotes", "tumor cell", "invasion", False) in got


def test_knockdown_trigger_joined_to_another_knockdown(resources):
    got = triples_in("LIF 阻断或遗传性 LIFR 缺失可减缓肿瘤进展。", resources)
    assert ("LIF", "promotes", "tumor progression", None, False) in got
    assert ("LIFR", "promotes", "tumor progression", None, False) in got
    assert not [t for t in got if t[2] == "LIFR"]  # 阻断 here is LIF's own, not an effect on LIFR


@pytest.mark.parametrize("text,expected", [
    ("细胞因子通过调节血管生成、免疫应答、细胞基质重塑等机制，影响肿瘤微环境的形成和维持。",
     ("cytokine", "regulates", "tumor microenvironment", None, False)),
    ("TNF-α 可以促进破骨细胞的形成。", ("TNF-α", "promotes", "osteoclast", "differentiation", False)),
])
def test_formation_is_differentiation_of_cells_only(resources, text, expected):
    assert expected in triples_in(text, resources)


def test_bare_aspect_in_a_list_of_changes_needs_a_change_before_it(resources):
    # ``AP-1 家族成员的表达减少`` after ``TCL1 的表达显著增加``: the 表达 is the members', not TCL1's
    got = triples_in("与 BMSC 共同培养后, TCL1 的表达显著增加, 而 Fos/Jun 激活蛋白 1 (Activator Protein-1, AP-1) "
                     "家族成员的表达减少。", resources)
    assert not [t for t in got if t[2] == "TCL1" and t[1] == "downregulates"]


def test_change_word_before_a_conjunction_has_no_object(resources):
    got = triples_in("敲低Pinch-1后, ALL细胞表现为增殖减少、迁移减少和凋亡增加。", resources)
    assert not [t for t in got if t[0] == "acute lymphoblastic leukemia cell"]


def test_relative_clause_object_without_subject(resources):
    got = triples_in("此外, PKC- $\\beta$  缺乏的 BMSC 在 CLL 接触后调节促进间质胰岛素信号传导的肝细胞核因子 1 "
                     "(hepatocyte nuclear factor 1, Hnf1) 的表达, 可以抑制 CLL 的凋亡。", resources)
    assert ("PKC-β", "regulates", "HNF1", "expression", False) in got
    assert ("HNF1", "promotes", "insulin signaling pathway", "activity", False) in got


def test_owned_process_is_no_relative_head(resources):
    # ``刺激诱导 TRAF3 的自噬降解``: TRAF3's autophagic degradation, not autophagy acting on TRAF3
    got = triples_in("此外，TNF-α诱导的破骨细胞生成在 TRAF6-/-OC 前体中上调，这是通过刺激诱导 TRAF3 的自噬降解来实现的[133]。",
                     resources)
    assert not [t for t in got if t[0] == "autophagy"]


def test_occurrence_of_a_process_adds_no_aspect(resources):
    got = triples_in("IL-6 通过活化信号转导通路（如 JAK/STAT3 信号通路）来促进肿瘤细胞的增殖和存活，并抑制细胞凋亡的发生。",
                     resources)
    assert ("IL-6", "inhibits", "tumor cell", "apoptosis", False) in got
    assert not [t for t in got if t[3] == "differentiation"]


@pytest.mark.parametrize("text,absent,present", [
    # 成熟 before the name is an adjective (mature HSCs), not the HSCs' maturation
    ("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子。", ("TNF-α", "promotes", "HSC", "maturation", False), None),
    # after the name it is the aspect
    ("G-CSF 能刺激骨髓干细胞向粒细胞系列分化，并促使粒细胞增殖和成熟，从而增加了肿瘤细胞的数量。", None,
     ("G-CSF", "promotes", "granulocyte", "maturation", False)),
])
def test_adjective_before_a_name_is_no_aspect(resources, text, absent, present):
    got = triples_in(text, resources)
    assert absent is None or absent not in got
    assert present is None or present in got


def test_adjective_with_de_before_a_name_is_no_aspect(resources):
    got = triples_in("在体外，TNF-α 通过激活 NF-κB 和激活的 T 细胞核因子途径，在没有成骨细胞/基质细胞的情况下"
                     "直接刺激破骨前体细胞形成成熟的破骨细胞。", resources)
    assert not [t for t in got if t[3] == "maturation"]


@pytest.mark.parametrize("text,expected", [
    ("在淋巴细胞性脉络丛脑膜炎病毒(lymphocytic choroid plexus meningitis virus, LCMV)感染模型中，IL-10 本身或随后诱导的 "
     "T调节细胞会损害病原体控制和清除。", ("IL-10", "inhibits", "pathogen clearance", None, False)),
    ("LIF 阻断或遗传性 LIFR 缺失可减缓肿瘤进展, 并增强化疗疗效以延长 PDAC 的生存期。",
     ("LIF", "inhibits", "overall survival", None, False)),
])
def test_impair_and_prolong(resources, text, expected):
    assert expected in triples_in(text, resources)
