"""Chinese arguments named by the whole phrase the text uses, not a fragment of it: a head word of
new_names.tsv found on the characters (jieba cuts 前体细胞 as 前 / 体细胞), and a phrase of names and a
head read in place of the names that only modify it (pipeline/names/chinese_phrase_heads.py). Sentences written
in the field's style."""
from __future__ import annotations

from .conftest import mentions_in, triples_in


def test_a_head_jieba_cuts_through_is_found_on_the_characters(resources):
    found = mentions_in("IL-34可以促进骨髓前体细胞的增殖。", resources)
    assert ("骨髓前体细胞", "骨髓前体细胞", "phrase") in found
    assert not any(surface == "体细胞" for surface, _, _ in found)  # no somatic cell of 前 / 体细胞


def test_precursor_cells_of_the_marrow_are_the_target_not_the_marrow(resources):
    triples = triples_in("IL-34可以促进骨髓前体细胞的增殖。", resources)
    assert ("IL-34", "promotes", "骨髓前体细胞", "proliferation", False) in triples
    assert not any(t[2] == "bone marrow" for t in triples)


def test_an_organ_before_a_disease_head_makes_one_disease(resources):
    triples = triples_in("TNF-α可加重博来霉素诱导的肺损伤。", resources)
    assert ("TNF-α", "promotes", "lung injury", None, False) in triples


def test_an_attribute_before_a_disease_head_makes_one_disease(resources):
    triples = triples_in("TNF-α 促进破骨细胞分化,加重炎症性骨丢失和缺血性损伤。", resources)
    assert ("TNF-α", "promotes", "缺血性损伤", None, False) in triples
    assert ("TNF-α", "promotes", "osteoclast", "differentiation", False) in triples
    assert not any(t[2] == "ischemia" for t in triples)


def test_cells_named_by_a_plain_noun_before_the_class_word_are_that_population(resources):
    triples = triples_in("ILC2被上皮细胞来源的细胞因子激活,促进气道结构细胞和免疫细胞反应。", resources)
    assert ("ILC2", "promotes", "气道结构细胞", None, False) in triples
    assert ("ILC2", "promotes", "immune cell", None, False) in triples


def test_a_class_phrase_with_examples_after_it_leaves_the_examples_as_targets(resources):
    triples = triples_in("IL-33 还影响各种适应性和先天免疫细胞，包括嗜酸性粒细胞、肥大细胞。", resources)
    assert ("IL-33", "regulates", "eosinophil", None, False) in triples
    assert ("IL-33", "regulates", "mast cell", None, False) in triples
    assert not any(t[2] == "先天免疫细胞" for t in triples)


def test_reabsorption_of_a_solute_by_an_organ_is_one_process(resources):
    triples = triples_in("FGF23在Klotho协助下抑制肾脏对磷酸盐的重吸收,促进尿磷排泄。", resources)
    assert ("FGF23", "inhibits", "renal reabsorption", None, False) in triples
    assert not any(t[2] == "kidney" for t in triples)


def test_the_bodys_attack_on_a_tumour_is_antitumour_immunity_not_a_claim_of_the_body(resources):
    triples = triples_in("IL-10可以减弱免疫系统对肿瘤的抑制作用。", resources)
    assert ("IL-10", "inhibits", "antitumor immunity", None, False) in triples
    assert not any(t[0] == "immune system" for t in triples)


def test_effector_t_lymphocytes_are_the_effector_population_not_t_cells(resources):
    # 效应T淋巴细胞 spells 效应T细胞 with 淋巴细胞 (cells.tsv): the population, not a fragment of it.
    triples = triples_in("IL-35可抑制效应T淋巴细胞的增殖,诱导免疫耐受。", resources)
    assert ("IL-35", "inhibits", "effector T cell", "proliferation", False) in triples
    assert not any(t[2] in ("T cell", "T淋巴细胞") for t in triples)


def test_plain_nouns_before_a_known_injury_make_the_narrower_injury(resources):
    # 组织损伤 is a dictionary name; 呼吸道 (no name) says whose tissue: the text names 呼吸道组织损伤.
    triples = triples_in("中性粒细胞胞外诱捕网的过度激活可能促进呼吸道组织损伤和自身免疫。", resources)
    assert any(t[2] == "呼吸道组织损伤" and t[1] == "promotes" for t in triples)
    assert not any(t[2] == "tissue damage" for t in triples)


def test_a_word_of_kind_or_state_before_a_known_disease_keeps_the_name(resources):
    # 实验性 (a bound 性 word) says which model, not which disease: the colitis stays colitis.
    triples = triples_in("应用IL-9抗体可明显缓解实验性结肠炎。", resources)
    assert any(t[2] == "colitis" for t in triples)
    assert not any(t[2] == "实验性结肠炎" for t in triples)


def test_the_onset_and_development_of_tumours_is_tumour_progression(resources):
    # 肿瘤发生发展 (processes.tsv): one process, not tumorigenesis 肿瘤发生 with 发展 left over.
    triples = triples_in("肿瘤相关巨噬细胞在肿瘤发生发展中发挥重要促进作用。", resources)
    assert any(t[2] == "tumor progression" and t[1] == "promotes" for t in triples)
    assert not any(t[2] == "tumorigenesis" for t in triples)


def test_a_place_word_before_a_known_process_keeps_the_process(resources):
    # 脑内 (a locative: words.tsv locative_end) says where the amyloid lies, not which deposition it is.
    triples = triples_in("阿尔茨海默病患者脑内淀粉样蛋白沉积可激活小胶质细胞。", resources)
    assert ("amyloid deposition", "activates", "microglia", "activity", False) in triples


def test_osteoclast_precursor_cells_are_named_whole(resources):
    # OC 前体细胞 (cells.tsv OC前体[细胞]): the precursor cells, not OC 前体 with 细胞分化 read across the edge.
    found = mentions_in("RANKL 可诱导OC 前体细胞分化成为成熟的OC。", resources)
    assert any(surface == "OC 前体细胞" for surface, _, _ in found)
    triples = triples_in("RANKL 可诱导OC 前体细胞分化成为成熟的OC。", resources)
    assert any(t[0] == "RANKL" and t[2] == "osteoclast precursor" for t in triples)


def test_a_disease_before_a_cell_name_names_the_cells_of_that_disease(resources):
    triples = triples_in("IL-6可促进卵巢癌干细胞的自我更新和增殖。", resources)
    assert ("IL-6", "promotes", "卵巢癌干细胞", "proliferation", False) in triples
    assert not any(t[2] in ("stem cell", "ovarian cancer") for t in triples)


def test_killer_cells_are_cells_not_the_killing_of_cells(resources):
    triples = triples_in("IL-15可促进NK细胞、细胞毒性T细胞及淋巴细胞活化的杀伤细胞的增殖。", resources)
    assert any(t[:3] == ("IL-15", "promotes", "NK cell") for t in triples)
    assert any(t[:3] == ("IL-15", "promotes", "cytotoxic T cell") for t in triples)
    assert not any("killing" in t[2] or t[2] == "cytotoxicity" for t in triples)


def test_the_cytotoxicity_of_cells_is_their_activity_not_a_process_of_its_own(resources):
    triples = triples_in("GM-CSF能够增强淋巴细胞、巨噬细胞的细胞毒作用。", resources)
    assert ("GM-CSF", "promotes", "macrophage", "activity", False) in triples
    assert ("GM-CSF", "promotes", "lymphocyte", "activity", False) in triples
    assert not any(t[2] == "cytotoxicity" for t in triples)


def test_a_process_named_by_plain_nouns_before_its_head_is_one_name(resources):
    # 收缩, 吸收, 平衡, 免疫 (process heads of new_names.tsv): the whole phrase is the target, no part of it
    triples = triples_in("IL-13可直接诱导气道平滑肌收缩。", resources)
    assert ("IL-13", "induces", "气道平滑肌收缩", None, False) in triples
    triples = triples_in("维生素D可促进钙吸收,维持骨代谢平衡。", resources)
    assert ("vitamin D", "promotes", "钙吸收", None, False) in triples
    assert ("vitamin D", "promotes", "骨代谢平衡", None, False) in triples
    assert not any(t[2] == "bone metabolism" for t in triples)
    triples = triples_in("IL-22可促进伤口愈合和宿主免疫。", resources)
    assert ("IL-22", "promotes", "宿主免疫", None, False) in triples
    assert ("IL-22", "promotes", "wound healing", None, False) in triples


def test_an_aspect_word_after_a_known_name_stays_the_relation_readers(resources):
    # 形成 is a process head, but after a cell's name it is the cells' differentiation (aspects.tsv)
    triples = triples_in("IL-17可促进破骨细胞形成。", resources)
    assert ("IL-17", "promotes", "osteoclast", "differentiation", False) in triples
    assert not any(t[2] == "破骨细胞形成" for t in triples)


def test_cells_named_by_a_marker_before_them_are_the_target_not_the_marker(resources):
    # compositions.tsv marked_cells: CD14+单核细胞 names the cells (was read as CD14's expression)
    triples = triples_in("IL-6可促进CD14+单核细胞向巨噬细胞分化。", resources)
    assert ("IL-6", "promotes", "CD14+单核细胞", "differentiation", False) in triples
    assert not any(t[2] == "CD14" for t in triples)


def test_a_marker_before_a_conjunction_shares_the_cells_after_it(resources):
    # CD4+和CD8+T细胞: CD4+ stands for CD4+ T cells (regrouped: a Latin first conjunct with its +)
    triples = triples_in("IL-2促进CD4+和CD8+T细胞的增殖。", resources)
    assert ("IL-2", "promotes", "CD4+ T cell", "proliferation", False) in triples
    assert ("IL-2", "promotes", "CD8+ T cell", "proliferation", False) in triples
    assert not any(t[2] == "CD4" for t in triples)


def test_the_metabolism_of_a_named_substance_is_the_process_not_the_substance(resources):
    # 代谢 (a process head of new_names.tsv): 脂肪酸代谢 is the metabolism of fatty acids
    triples = triples_in("PPARγ可促进脂肪酸代谢。", resources)
    assert ("PPARγ", "promotes", "脂肪酸代谢", None, False) in triples
    assert not any(t[2] == "fatty acid" for t in triples)


def test_a_name_a_construction_composes_with_the_head_keeps_the_composed_name(resources):
    # T细胞稳态: compositions.tsv homeostasis reads it on the T cell (T cell homeostasis); the process head
    # 稳态 makes no new phrase in its place, as it does after plain nouns (能量平衡)
    triples = triples_in("IL-7在外周T细胞稳态中发挥重要作用。", resources)
    assert ("IL-7", "regulates", "T cell homeostasis", None, False) in triples
    assert not any(t[2] == "T细胞稳态" for t in triples)


def test_a_process_gone_wrong_is_the_factor_not_the_process(resources):
    # 骨重塑过程障碍: the disorder of bone remodelling causes the bone diseases, not remodelling itself.
    triples = triples_in("骨重塑过程障碍会导致骨硬化症、骨质疏松症、佩吉特骨病等多种骨病。", resources)
    assert ("bone remodeling disorder", "induces", "osteoporosis", None, False) in triples
    assert ("bone remodeling disorder", "induces", "osteopetrosis", None, False) in triples
    assert not any(t[0] == "bone remodeling" for t in triples)


def test_an_abnormal_activation_of_a_pathway_stays_the_pathways_activation(resources):
    # 通路异常活化: what changes is the activation; no disorder is composed over it.
    triples = triples_in("Ⅰ型干扰素通路异常活化在系统性红斑狼疮的发病机制中起着至关重要的作用。", resources)
    assert any(t[0] == "type I interferon pathway" and t[2] == "systemic lupus erythematosus" for t in triples)
    assert not any("disorder" in t[0] for t in triples)
