"""Sentences that gave no triple at all: constructions of branch ``silent``."""
from __future__ import annotations

from .conftest import triples_in


def test_existential_you_then_class_word_and_examples(resources):
    got = triples_in("也有部分细胞因子〔如肿瘤坏死因子（tumor necrosis factor，TNF）和脂肪营养素〕"
                     "在骨髓增殖性肿瘤中也具有抑制作用。", resources)
    assert ("TNF-α", "inhibits", "myeloproliferative neoplasm", None, False) in got
    assert ("adipotrophin", "inhibits", "myeloproliferative neoplasm", None, False) in got
    assert not any(t[0] == "cytokine" for t in got)


def test_existential_you_after_a_subject_stays_a_verb(resources):
    # 有 after the subject is 'has': the clause reads as before
    got = triples_in("IL-6 有促进破骨细胞分化的作用。", resources)
    assert all(t[0] == "IL-6" for t in got)


def test_bone_protective_effect_does_not_act_on_the_place(resources):
    got = triples_in("然而也有一些炎症因子如 IL-10 和 IL-33 却在炎症中起到了不错的骨保护作用。", resources)
    assert not any(t[2] == "inflammation" for t in got)


def test_each_prefixed_name_takes_its_own_prefix(resources):
    got = triples_in("IL-6 经过糖基化并由 T 细胞、单核细胞、内皮细胞和成纤维细胞分泌[69]，同时具有促炎和抗炎的特性。",
                     resources)
    assert ("IL-6", "promotes", "inflammation", None, False) in got
    assert ("IL-6", "inhibits", "inflammation", None, False) in got


def test_prefixed_phrase_as_object_of_a_trigger_states_nothing(resources):
    got = triples_in("OPG 是 RANKL 的可溶性诱饵受体并阻断RANKL 介导的破骨细胞分化和促骨吸收活性。", resources)
    assert not any(t[0] == "OPG" and t[1] == "promotes" for t in got)
    got = triples_in("其中 TNF-α是一种多效性炎症因子，以其促炎活性而闻名。", resources)
    assert ("TNF-α", "promotes", "inflammation", None, False) in got


def test_copula_agent_causes_the_subject_not_the_head(resources):
    got = triples_in("骨髓增殖性肿瘤是一类由骨髓中分布的恶性增殖性细胞引起的肿瘤，包括多发性骨髓瘤（multiple myeloma，MM）、"
                     "PMF 和慢性骨髓增殖性肿瘤等。", resources)
    assert ("malignant proliferative cell", "induces", "myeloproliferative neoplasm", None, False) in got
    assert not any(t[2] == "tumor" or t[0] == "myeloproliferative neoplasm" for t in got)


def test_by_agent_without_copula_stays_a_relative(resources):
    got = triples_in("它抑制先天性和适应性免疫的炎症反应，并防止由加剧的适应性免疫反应引起的组织损伤。", resources)
    assert ("adaptive immune response", "induces", "tissue damage", None, False) in got


def test_pronoun_topic_carries_over_a_pronoun_sentence(resources):
    got = triples_in("已有文献报道 BMSC可通过分泌细胞因子、调控多种信号通路影响白血病细胞增殖、生存、黏附等。"
                     "它可以与白血病细胞发生直接或间接作用,调控肿瘤生长、侵袭、转移等进程。"
                     "此外,它还具有免疫调节、血管生成、抗炎和抗凋亡的作用<sup>[2]</sup>。", resources)
    assert ("BMSC", "inhibits", "inflammation", None, False) in got
    assert ("BMSC", "inhibits", "apoptosis", None, False) in got


def test_framed_process_with_owner_after_prefix_keeps_the_owner(resources):
    # 肿瘤细胞凋亡 names its owner: the prefix reads the owner's apoptosis, as before
    got = triples_in("BMSC 具有抗肿瘤细胞凋亡的作用。", resources)
    assert not any(t[2] == "apoptosis" for t in got)


def test_class_pronoun_stands_for_the_head_of_the_last_subject(resources):
    got = triples_in("IL-6 还可以促进 RANKL 的表达。IL-6 家族细胞因子及其受体在骨髓增殖性肿瘤中具有多重作用。"
                     "首先，该类因子可以刺激恶性克隆细胞的增殖和存活，促进肿瘤发展。", resources)
    assert ("IL-6 family cytokine", "activates", "malignant clonal cell", "proliferation", False) in got
    assert not any(t[0] == "IL-6" and t[2] == "malignant clonal cell" for t in got)


def test_possessive_qi_after_a_trigger_is_the_last_object(resources):
    got = triples_in("IL-6 还能增加免疫抑制细胞（如调节性 T 细胞）的数量并增强其功能。", resources)
    assert any(t[0] == "IL-6" and t[1] == "promotes" and t[3] == "activity" and t[2] != "IL-6" for t in got)
    got = triples_in("同时，一些细胞因子还与肿瘤血管生成密切相关，可能影响肿瘤的供血和营养，促进其生长和扩散。", resources)
    assert ("cytokine", "promotes", "tumor", "metastasis", False) in got


def test_differentiation_into_a_cell_type_is_that_cell_types_differentiation(resources):
    got = triples_in("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子。", resources)
    assert ("TNF-α", "promotes", "osteoclast", "differentiation", False) in got
    assert not any(t[2] == "HSC" for t in got)


def test_qualified_subject_is_the_head_after_de(resources):
    got = triples_in("巨噬细胞衍生的 IL-10 可以抑制邻近细胞分化为经典激活的巨噬细胞。", resources)
    assert ("IL-10", "inhibits", "M1 macrophage", "differentiation", False) in got
    assert not any(t[0] == "macrophage" for t in got)


def test_causative_with_a_change_word(resources):
    got = triples_in("IL-6 使 RANKL 的表达减少。", resources)
    assert ("IL-6", "downregulates", "RANKL", "expression", False) in got


def test_causative_followed_by_more_states_nothing_of_its_own(resources):
    # 使 X 能够…: X's ability, not a change of X
    got = triples_in("巨噬细胞衍生的 IL-10 可以抑制邻近细胞分化为经典激活的巨噬细胞，从而使巨噬细胞能够自我调节[120]。",
                     resources)
    assert not any(t[2] == "macrophage" for t in got)


def test_verb_with_chu_complement(resources):
    got = triples_in("某些病原体甚至通过 DCs 和巨噬细胞诱导出 IL-10 形成了一种强大的免疫逃避机制。", resources)
    assert ("pathogen", "upregulates", "IL-10", "expression", False) in got


def test_involves_without_a_role_topic_is_a_plain_verb(resources):
    got = triples_in("炎症是一个复杂的过程，涉及不同炎症因子的产生和释放。", resources)
    assert not any(t[0] == "inflammation" for t in got)


def test_object_after_a_relative_clause_on_the_host(resources):
    got = triples_in("阿托伐他汀降低了遭受糖皮质激素诱导的骨质疏松症的大鼠的IL-8水平和骨质流失。", resources)
    assert ("atorvastatin", "downregulates", "IL-8", "expression", False) in got
    assert ("atorvastatin", "downregulates", "bone loss", None, False) in got


def test_formation_after_a_name_stays_an_aspect(resources):
    got = triples_in("IL-33 通过调节抗破骨细胞基因抑制 RANKL 诱导的破骨细胞形成。", resources)
    assert ("IL-33", "inhibits", "osteoclast", "differentiation", False) in got
    assert not any(t[1] == "induces" and t[2] != "osteoclast" for t in got)
