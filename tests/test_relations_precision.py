"""Chinese false positives the relation reader no longer states: each case a real
sentence of the sample papers (raw/), the triple it must give where it gives one,
and the wrong triple it must not give."""
from __future__ import annotations

import pytest

from .conftest import triples_in


def test_occurrence_of_an_aspect_is_that_aspect(resources):
    # 发生 (occurrence) after 细胞凋亡的 is the apoptosis occurring, not a cell type's formation
    text = "IL-6 通过活化信号转导通路（如 JAK/STAT3 信号通路）来促进肿瘤细胞的增殖和存活，并抑制细胞凋亡的发生。"
    found = triples_in(text, resources)
    assert ("IL-6", "inhibits", "tumor cell", "apoptosis", False) in found
    assert not any(t[3] == "differentiation" for t in found)


def test_cytotoxicity_of_a_drug_is_its_activity_not_a_cell(resources):
    # 细胞毒性 is one aspect word: no bare 细胞 (cell) is read inside it
    text = ("在研究癌症干细胞时发现, 三氧化二砷 (ATO) 可通过下调 CSC 相关基因和抑制致瘤能力, 有效诱导分化, ATO 和 5-FU/ "
            "顺铂联合治疗显著增强了 HCC 细胞的治疗效果, 通过协同抑制 LIF/JAK1/STAT3 和核因子 -kB (nuclear factor-kappa B, "
            "NF-kB) 信号通路增强 3-FU/ 顺铂的细胞毒性, 这为 HCC 的临床治疗提供了新见解<sup>[54]</sup>。")
    found = triples_in(text, resources)
    assert ("arsenic trioxide", "promotes", "cisplatin", "activity", False) in found
    assert not any(t[2] == "cell" for t in found)


def test_names_between_which_something_happens_are_no_subject(resources):
    # 脂肪细胞与乳腺癌细胞之间的相互作用: the cells qualify the interaction; 这 does not stand for them
    text = ("脂肪细胞与乳腺癌细胞之间的相互作用依赖于LIF和趋化因子(C-X-C motif chemokine ligands, CXCLs)间的正反馈循环，"
            "这促进了乳腺癌的侵袭和转移<sup>[17]</sup>。")
    found = triples_in(text, resources)
    assert not any(t[0] in ("adipocyte", "breast cancer cell") for t in found)


def test_cells_that_carry_the_receptor_are_no_binding_partner(resources):
    text = ("IL-1β与其 T淋巴细胞、B 淋巴细胞和巨噬细胞上的受体结合可促进 RANKL [45] 的产生，RANKL 与破骨细胞前体细胞的 RANK "
            "结合，有助于破骨细胞的分化和活化。")
    found = triples_in(text, resources)
    assert not any(t[0] == "IL-1β" and t[2] in ("T cell", "B cell", "macrophage") for t in found)


def test_resistance_to_a_drug_is_the_resistance_of_the_cells_named(resources):
    text = ("Vianello 等<sup>[29]</sup>研究显示 BMSC 对伊马替尼治疗的反应提高了 CML 细胞中原癌基因 B 细胞淋巴瘤 6 蛋白"
            "(B-cell lymphoma 6, BCL6)的表达, 这表明 BCL6 可能在 BMSC 介导的 TKI 耐药中发挥作用。")
    found = triples_in(text, resources)
    assert ("BMSC", "induces", "CML cell", "drug_resistance", False) in found
    assert not any(t[2] == "tyrosine kinase inhibitor" for t in found)


def test_proto_oncogene_keeps_the_group_going(resources):
    text = ("Vianello 等<sup>[29]</sup>研究显示 BMSC 对伊马替尼治疗的反应提高了 CML 细胞中原癌基因 B 细胞淋巴瘤 6 蛋白"
            "(B-cell lymphoma 6, BCL6)的表达, 这表明 BCL6 可能在 BMSC 介导的 TKI 耐药中发挥作用。")
    found = triples_in(text, resources)
    assert ("BMSC", "upregulates", "BCL6", "expression", False) in found
    assert ("BMSC", "upregulates", "CML cell", None, False) not in found


@pytest.mark.parametrize("text,wrong", [
    ("IL-10 是该细胞因子家族的创始成员，最初被认为是从活化的 CD4 + T 辅助(Th2)细胞中纯化的活性物质，称为细胞因子合成抑制因子(CSIF) [114]。",
     ("IL-10", "activates")),
    ("LBX2 反义 RNA 1 ( LBX2-AS1 ) 被鉴定为一种致癌长链非编码 RNA ( long non-coding RNA, lncRNA ), 能使 miR-491-5p 海绵进一步上调细胞内的 "
     "LIF 表达水平, 随后激活的白血病抑制因子 / 信号转导子和转录激活因子 3 ( leukemia inhibitory factor/signal transducers and "
     "activators of transcription 3, LIF/STAT3 ) 信号传导促进胶质瘤的增殖和上皮间质的转化<sup>[25]</sup>。",
     ("LBX2-AS1", "activates")),
])
def test_a_participle_opening_its_clause_is_no_claim_of_the_topic(resources, text, wrong):
    # 活化的 / 激活的 with no name before it in its clause only describes the name after it
    assert not any(t[:2] == wrong for t in triples_in(text, resources))


def test_examples_of_a_relative_head_are_kinds_not_targets(resources):
    text = "骨髓增殖性肿瘤是一类由骨髓中的造血细胞异常增殖引起的疾病，包括 MM、PMF 和真性红细胞增多症（polycythemia vera，PV）等。"
    found = triples_in(text, resources)
    assert not any(t[0] == "myeloproliferative neoplasm" for t in found)


@pytest.mark.parametrize("text", [
    "LIF/LIFR轴在各种细胞类型中表现出不同的作用,包括刺激或抑制细胞增殖、分化和存活。",
    "总之，IL-33 在细胞、分子和转录水平上发挥作用，介导骨重塑中的多能功能，并具有减轻骨质疏松症的潜在治疗价值。",
])
def test_cells_in_general_as_a_place_are_no_role_target(resources, text):
    assert not any(t[2] == "cell" and t[3] is None for t in triples_in(text, resources))


def test_agreement_with_a_finding_is_no_effect(resources):
    text = "MAPK 信号的激活与 IL-8 在嗜中性粒细胞[104]、内皮细胞[105]和癌细胞系[101] [102] [103]的细胞增殖和细胞存活促进作用一致。"
    assert not any(t[0] == "MAPK pathway" for t in triples_in(text, resources))


def test_differentiation_into_is_the_formed_cells(resources):
    found = triples_in("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子，可提高巨噬细胞和干细胞中 RANK 和 RANKL 的水平。",
                       resources)
    assert not any(t[2] == "HSC" or t[3] == "maturation" for t in found)


@pytest.mark.parametrize("text,wrong", [
    ("在体外，TNF-α 通过激活 NF-κB 和激活的 T 细胞核因子途径，在没有成骨细胞/基质细胞的情况下直接刺激破骨前体细胞形成成熟的破骨细胞。",
     "maturation"),
    ("B 细胞受体相关的蛋白激酶 C- $\\beta$ (Protein Kinase C beta, PKC- $\\beta$ ) 或 Lyn 激酶对于支持 CLL 生长的微环境的形成是必不可少的。",
     "growth"),
])
def test_an_aspect_word_before_de_and_a_name_describes_it(resources, text, wrong):
    assert not any(t[3] == wrong for t in triples_in(text, resources))


def test_the_name_after_an_effect_noun_and_de_has_the_effect(resources):
    # 起…调节作用的细胞: the cells have the role; BMSC (which belongs to them) does not act on them
    text = "BMSC属于骨髓中起支持和调节作用的细胞, 是骨髓微环境的重要组成部分。"
    assert not any(t[2] == "cell" for t in triples_in(text, resources))


def test_a_trigger_word_between_a_name_and_a_conjunction_or_place_word_is_its_aspect(resources):
    # 炎症小体激活和随后的细胞焦亡 / 在炎症小体激活期间: the activation of the inflammasome, no verb
    text = ("因此，炎症小体激活和随后的细胞焦亡是细胞释放 IL-1α的一种机制，在炎症小体激活期间释放 IL-1α和 IL-1β可能会补充 IL-1β对 "
            "IL-1R 的激活[33]。")
    found = triples_in(text, resources)
    assert not any(t[0] == "inflammasome" and t[1] == "activates" for t in found)


def test_a_trigger_before_a_conjunction_and_a_name_has_no_object(resources):
    # 迁移减少和凋亡增加: 减少 does not take 凋亡 across 和
    text = "敲低Pinch-1后, ALL细胞表现为增殖减少、迁移减少和凋亡增加。"
    assert not any(t[0] == "acute lymphoblastic leukemia cell" for t in triples_in(text, resources))


@pytest.mark.parametrize("text", [
    "TNF 和 IL-1 最初参与不同的信号通路，它们与 NF-κB 的激活和 MAPK 系统的刺激相融合。",
    "已有文献报道 BMSC可通过分泌细胞因子、调控多种信号通路影响白血病细胞增殖、生存、黏附等。",
])
def test_no_regulates_claim_on_an_unspecified_class(resources, text):
    assert not any(t[2] == "signaling pathway" and t[1] == "regulates" for t in triples_in(text, resources))


def test_a_combination_acts_as_its_first_drug(resources):
    text = ("在研究癌症干细胞时发现, 三氧化二砷 (ATO) 可通过下调 CSC 相关基因和抑制致瘤能力, 有效诱导分化, ATO 和 5-FU/ "
            "顺铂联合治疗显著增强了 HCC 细胞的治疗效果, 通过协同抑制 LIF/JAK1/STAT3 和核因子 -kB (nuclear factor-kappa B, "
            "NF-kB) 信号通路增强 3-FU/ 顺铂的细胞毒性, 这为 HCC 的临床治疗提供了新见解<sup>[54]</sup>。")
    found = triples_in(text, resources)
    assert not any(t[0] in ("5-fluorouracil", "cisplatin") for t in found)


@pytest.mark.parametrize("text,wrong", [
    ("IL-1R2 对 IL-1α活性的抑制可以通过活性 caspase-1 来缓解，因为它可以切割 IL-1R2，从而导致其与 pro-IL-1α解离[33]。", "pro-IL-1α"),
    ("ST2 主要由先天免疫细胞、肥大细胞和 Th2 淋巴细胞表达，其连接的不同变体导致产生不同的受体形式，包括可溶性形式(sST2)，"
     "它通过结合细胞外 IL-33 充当诱饵受体，从而阻止其与膜受体的相互作用。", "receptor"),
])
def test_a_pronoun_and_yu_after_a_trigger_open_a_clause_not_an_object(resources, text, wrong):
    assert not any(t[2] == wrong for t in triples_in(text, resources))


def test_a_trigger_before_a_conjunction_a_modifier_and_a_name_has_no_object(resources):
    text = ("LIF与其受体的信号传导复合物是由三聚体组成，包括LIF与一分子gp130结合及另一个LIF受体(leukemia inhibitory factor "
            "receptor, LIFR)<sup>[9]</sup>。")
    found = triples_in(text, resources)
    assert ("LIF", "binds", "gp130", None, False) in found


def test_names_before_a_process_framed_on_the_class_word_keep_no_aspect_of_it(resources):
    text = "细胞因子作为治疗靶点具有广泛的潜在价值，因为它们在调节免疫系统、炎症反应以及细胞增殖和分化等方面均可发挥重要作用［14］。"
    found = triples_in(text, resources)
    assert ("cytokine", "regulates", "immune system", None, False) in found
    assert not any(t[2] == "immune system" and t[3] is not None for t in found)


def test_cell_division_is_proliferation(resources):
    found = triples_in("如造血干细胞因子可以刺激骨髓中的肿瘤细胞分裂和增殖，从而促进肿瘤发展。", resources)
    assert ("stem cell factor", "activates", "tumor cell", "proliferation", False) in found
    assert not any(t[2] == "tumor cell" and t[3] == "activity" for t in found)


def test_the_effect_word_after_a_prefixed_name_is_no_aspect(resources):
    text = "细胞因子在肿瘤免疫治疗中发挥着重要作用，如 TNF 在 MM 治疗中具有抗肿瘤活性，可诱导肿瘤细胞凋亡和抑制血管生成。"
    found = triples_in(text, resources)
    assert ("TNF-α", "inhibits", "tumor", None, False) in found
    assert not any(t[2] == "tumor" and t[3] == "activity" for t in found)


def test_a_role_noun_takes_no_default_aspect(resources):
    text = ("LIF 是人类结直肠癌细胞中 p53 的重要负调节因子, LIF 的过表达主要以 p53 依赖性的方式增加培养的结直肠癌细胞和结直肠 "
            "PDX 肿瘤的化学耐药性<sup>[6]</sup>。")
    assert ("LIF", "inhibits", "p53", None, False) in triples_in(text, resources)
