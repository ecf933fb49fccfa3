"""Later clauses of long sentences: lists of changes, chains of verb phrases."""
from __future__ import annotations

from .conftest import triples_in


def test_listed_changes_have_no_object(resources):
    # ``增殖减少、迁移减少和凋亡增加``: each change word is its own aspect's change; 减少
    # before 和 does not take 凋亡 as its object
    text = "敲低Pinch-1后, ALL细胞表现为增殖减少、迁移减少和凋亡增加。"
    found = triples_in(text, resources)
    assert ("PINCH-1", "upregulates", "acute lymphoblastic leukemia cell", "migration", False) in found
    assert all(t[0] != "acute lymphoblastic leukemia cell" for t in found)


def test_change_before_conjunction_takes_no_object(resources):
    text = "在 IL-10敲除小鼠中，可以观察到骨质疏松症的特征，包括 RANKL 和 OPG 水平升高、骨吸收增加、骨形成较少和骨小梁结构改变。"
    found = triples_in(text, resources)
    assert all(t[2] != "trabecular bone structure" for t in found)


def test_what_a_process_involves_is_no_claim(resources):
    # 涉及 states a claim only going on from a role (作用) stated of the subject
    text = "炎症是一个复杂的过程，涉及不同炎症因子的产生和释放，包括白介素-1α (IL-1α)、白介素-6 (IL-6)和白介素-1β (IL-1β)等。"
    assert all(t[0] != "inflammation" for t in triples_in(text, resources))


def test_what_a_role_involves_is_regulated(resources):
    text = "TNF 家族细胞因子及其受体在骨髓增殖性肿瘤中的作用非常复杂，既涉及肿瘤细胞的生长、侵袭和存活，也涉及肿瘤细胞对免疫反应的调节。"
    found = triples_in(text, resources)
    assert ("receptor", "regulates", "tumor cell", "survival", False) in found
    assert ("TNF family", "regulates", "immune response", None, False) in found
    assert ("TNF family", "regulates", "tumor cell", None, False) not in found


def test_occurrence_of_a_process_is_the_process(resources):
    # ``细胞凋亡的发生``: 发生 (names no aspect) after an aspect and 的 adds none
    text = "IL-6 通过活化信号转导通路（如 JAK/STAT3 信号通路）来促进肿瘤细胞的增殖和存活，并抑制细胞凋亡的发生。"
    found = triples_in(text, resources)
    assert ("IL-6", "inhibits", "tumor cell", "apoptosis", False) in found
    assert ("IL-6", "inhibits", "tumor cell", "differentiation", False) not in found


def test_verb_on_a_binding_acts_on_neither_partner(resources):
    text = ("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子，可提高巨噬细胞和干细胞中 RANK 和 RANKL 的水平，"
            "刺激 RANKL 与其受体 RANK 结合，激活受 RANKL 调控的多条信号通路，如 MAPK、TRAF-2、c-jun、JNK、NF-κB 和 AP-1，"
            "从而介导破骨细胞的增殖和分化。")
    found = triples_in(text, resources)
    assert ("TNF-α", "activates", "RANK", "activity", False) not in found
    # the chain goes on with TNF-α after the binding (介导破骨细胞的增殖和分化)
    assert ("TNF-α", "induces", "osteoclast", "proliferation", False) in found


def test_place_before_an_unnamed_object_is_no_object(resources):
    text = "EC359 靶向 LIFR, 并与 LIF 竞争与配体结合位点的结合, 可以有效和选择性地降低胰腺癌中活化基质标志物的表达。"
    found = triples_in(text, resources)
    assert ("EC359", "binds", "LIFR", None, False) in found  # the sentence is still read
    assert all(t[2] != "pancreatic cancer" for t in found)


def test_place_shared_by_trailing_names_of_its_kind(resources):
    # the cells before 上 are places; IL-1β, a gene before 与其, still binds the receptor
    text = "IL-1β与其 T淋巴细胞、B 淋巴细胞和巨噬细胞上的受体结合可促进 RANKL 的产生。"
    found = triples_in(text, resources)
    assert ("IL-1β", "binds", "receptor", None, False) in found
    assert all(t[2] not in ("T cell", "B cell") for t in found)


def test_prefix_after_a_verb_is_its_object(resources):
    text = "而内皮因子作为BMSC的经典标记物,其表达水平的升高,进一步增强了这种促肿瘤活性。"
    assert all(t[2] != "tumor" for t in triples_in(text, resources))


def test_every_example_list_of_a_listed_factor_counts(resources):
    text = ("因此，IL-8 的表达已显示受多种不同刺激的调节，包括炎症信号(例如，TNF-α、IL-1β)、化学和环境压力"
            "(例如，暴露于化疗药物和缺氧)和类固醇激素(例如，雄激素、雌激素和地塞米松)。")
    found = triples_in(text, resources)
    for factor in ("TNF-α", "chemotherapeutic drug", "androgen", "dexamethasone"):
        assert (factor, "regulates", "IL-8", "expression", False) in found
    assert all(t[0] != "steroid hormone" for t in found)


def test_outcome_of_a_combination_is_the_object(resources):
    text = "说明靶向 LIF 或其通路可能是提高癌症免疫疗法与免疫检查点阻断 (immune checkpoint blockade, ICB) 联用疗效的一种有效方法。"
    found = triples_in(text, resources)
    assert all(t[2] not in ("cancer immunotherapy", "immune checkpoint blockade") for t in found)
