"""Where a trigger's object is (stages object, object_group, object_word): one table per construction (see
test_constructions_claims)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.associated_partner": [
        # written for the test: 与 B 相关 after the trigger's object: B is associated with the clause, not activated
        ("IL-6可通过激活STAT3与肿瘤的发生发展相关。", {
            ('IL-6', 'activates', 'STAT3', 'activity', False),
        }),
        # written for the test: jieba's one word 密切相关 is an association as 相关 (cues.tsv no_claim)
        ("IL-6 可通过激活 STAT3 与肿瘤的发生发展密切相关。", {
            ('IL-6', 'activates', 'STAT3', 'activity', False),
        }),
    ],
    "-zh.associated_partner": [
        # written for the test: 与 joining two objects of one trigger, no association word after them: both are acted on
        ("IL-1β 促进 IL-6 与 TNF-α 的表达。", {
            ('IL-1β', 'upregulates', 'IL-6', 'expression', False),
            ('IL-1β', 'upregulates', 'TNF-α', 'expression', False),
        }),
    ],
    "zh.pivot_product": [
        # 002 (LIF review): 刺激成纤维细胞产生 LIF: the fibroblasts only say where LIF is made; OSCC acts on LIF's expression
        ("在研究口腔癌细胞和成纤维细胞的相互作用时发现, OSCC 可刺激成纤维细胞产生 LIF, 用抗 LIF 中和抗体逆转了与成纤维细胞共培养的 OSCC 细胞的迁移<sup>[18]</sup>。", {
            ('oral squamous cell carcinoma', 'upregulates', 'LIF', 'expression', False),
            ('anti-LIF neutralizing antibody', 'inhibits', 'OSCC cell', 'migration', False),
        }),
        # written for the test: cells listed with 等 + a class noun, then 分泌 and the names made: the names' expression is acted on, no cell is a target
        ("IL-33 可以诱导 Th2 细胞、肥大细胞等免疫细胞分泌 IL-5 和 IL-13。", {
            ('IL-33', 'upregulates', 'IL-5', 'expression', False),
            ('IL-33', 'upregulates', 'IL-13', 'expression', False),
        }),
        # written for the test: 抑制 + cells + 释放 + two names: both names' expression goes down
        ("IL-10可以抑制巨噬细胞释放TNF-α和IL-1β。", {
            ('IL-10', 'downregulates', 'TNF-α', 'expression', False),
            ('IL-10', 'downregulates', 'IL-1β', 'expression', False),
        }),
    ],
    "change_before_list": [
        # a change before list punctuation or a conjunction takes no object
        ("在 IL-10敲除小鼠中，可以观察到骨质疏松症的特征，包括 RANKL 和 OPG 水平升高、骨吸收增加、骨形成较少和骨小梁结构改变。", {
            ('IL-10', 'downregulates', 'OPG', 'expression', False),
            ('IL-10', 'downregulates', 'RANKL', 'expression', False),
            ('IL-10', 'downregulates', 'bone resorption', None, False),
            ('IL-10', 'upregulates', 'bone formation', None, False),
        }),
    ],
    "change_before_conj": [
        # each change word is its own aspect's change; 减少 before 和 takes no object
        ("敲低Pinch-1后, ALL细胞表现为增殖减少、迁移减少和凋亡增加。", {
            ('PINCH-1', 'downregulates', 'acute lymphoblastic leukemia cell', 'apoptosis', False),
            ('PINCH-1', 'upregulates', 'acute lymphoblastic leukemia cell', 'migration', False),
            ('PINCH-1', 'upregulates', 'acute lymphoblastic leukemia cell', 'proliferation', False),
        }),
    ],
    "zh.trigger_before_conj": [
        # 002: a trigger before a conjunction, a modifier and a name has no object (其受体: LIF's receptor, anaphors.py)
        ("LIF与其受体的信号传导复合物是由三聚体组成，包括LIF与一分子gp130结合及另一个LIF受体(leukemia inhibitory factor receptor, LIFR)<sup>[9]</sup>。", {
            ('LIF', 'binds', 'gp130', None, False),
            ('LIF', 'binds', 'LIFR', None, False),
        }),
    ],
    "zh.pronoun_clause": [
        # 001: a pronoun and 与 after a trigger open a clause, not an object
        ("IL-33 作为 IL-1 受体家族成员 ST2 的配体在细胞外发挥作用，IL-33 与 ST2 的结合可以进一步激活下游通路，导致 Th2 细胞因子的转录增加[58]。ST2 主要由先天免疫细胞、肥大细胞和 Th2 淋巴细胞表达，其连接的不同变体导致产生不同的受体形式，包括可溶性形式(sST2)，它通过结合细胞外 IL-33 充当诱饵受体，从而阻止其与膜受体的相互作用。", {
            ('IL-33', 'binds', 'ST2', None, False),
            ('IL-33', 'upregulates', 'Th2 cytokine', 'expression', False),
        }),
    ],
    "zh.association_object": [
        ("BMSC主要通过分泌细胞因子或细胞外基质蛋白,参与并调节着与白血病细胞增殖或凋亡相关的信号通路,从而促进白血病细胞的生存。", {
            ('BMSC', 'promotes', 'leukemia cell', 'survival', False),
            ('BMSC', 'regulates', 'signaling pathway', 'activity', False),  # not in the gold
        }),
        # V 与 X 共培养的 Y (coculture cue): X is what Y was grown with, no association; the head after 的 is the object
        ("在研究口腔癌细胞和成纤维细胞的相互作用时发现, OSCC 可刺激成纤维细胞产生 LIF, 用抗 LIF 中和抗体逆转了与成纤维细胞共培养的 OSCC 细胞的迁移<sup>[18]</sup>。", {
            ('anti-LIF neutralizing antibody', 'inhibits', 'OSCC cell', 'migration', False),
            ('oral squamous cell carcinoma', 'upregulates', 'LIF', 'expression', False),
        }),
    ],
    "zh.host_relative": [
        # A 提供促进 X 进展的 Y (host cue: 提供, 创造, 营造): the trigger after the host verb and its object are a relative clause on Y; the trigger acts on the names before 的 (进展 is an aspect word naming no aspect)
        ("BMSC 是骨髓 (bone marrow, BM) 生态位的关键组成部分之一, 可能提供促进 CLL 进展的微环境。", {
            ('BMSC', 'promotes', 'CLL', None, False),
        }),
    ],
    "zh.pronoun_object": [
        # 其 names the tumour, pointing at 其
        ("同时，一些细胞因子还与肿瘤血管生成密切相关，可能影响肿瘤的供血和营养，促进其生长和扩散。", {
            ('cytokine', 'promotes', 'tumor', 'growth', False),
            ('cytokine', 'promotes', 'tumor', 'metastasis', False),
            ('cytokine', 'regulates', 'tumor', None, False),  # not in the gold
        }),
        # 000: 其 after a trigger is the last object
        ("IL-6 还能增加免疫抑制细胞（如调节性 T 细胞）的数量并增强其功能。", {
            ('IL-6', 'promotes', 'Treg', 'activity', False),
            ('IL-6', 'upregulates', 'immunosuppressive cell', None, False),
        }),
        # …可增加 A、B 的水平，而…则可降低它们的水平: the pronoun's aspects are those of the last claim's targets
        ("但是，其他研究也有报道 TNF-α具有增强成骨分化的功能，这是因为较低浓度的 TNF-α可增加骨髓间充质干细胞中 Runx2、Osx、Ocn 和碱性磷酸酶的水平，而较高浓度的 TNF-α则可降低它们的水平。", {
            ('TNF-α', 'downregulates', 'ALP', 'expression', False),
            ('TNF-α', 'downregulates', 'OCN', 'expression', False),
            ('TNF-α', 'downregulates', 'Osterix', 'expression', False),
            ('TNF-α', 'downregulates', 'Runx2', 'expression', False),
            ('TNF-α', 'promotes', 'osteoblast', 'activity', False),
            ('TNF-α', 'promotes', 'osteoblast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'ALP', 'expression', False),
            ('TNF-α', 'upregulates', 'OCN', 'expression', False),
            ('TNF-α', 'upregulates', 'Osterix', 'expression', False),
            ('TNF-α', 'upregulates', 'Runx2', 'expression', False),
        }),
        # …增加 A、B、C 的水平，而 X 则可降低它们的水平: a plural pronoun right after a trigger, owning an aspect, names the objects of the sentence's earlier claim
        ("但是，其他研究也有报道 TNF-α具有增强成骨分化的功能，这是因为较低浓度的 TNF-α可增加骨髓间充质干细胞中 Runx2、Osx、Ocn 和碱性磷酸酶的水平，而较高浓度的 TNF-α则可降低它们的水平[130]。", {
            ('TNF-α', 'downregulates', 'ALP', 'expression', False),
            ('TNF-α', 'downregulates', 'OCN', 'expression', False),
            ('TNF-α', 'downregulates', 'Osterix', 'expression', False),
            ('TNF-α', 'downregulates', 'Runx2', 'expression', False),
            ('TNF-α', 'promotes', 'osteoblast', 'activity', False),  # not in the gold
            ('TNF-α', 'promotes', 'osteoblast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'ALP', 'expression', False),
            ('TNF-α', 'upregulates', 'OCN', 'expression', False),
            ('TNF-α', 'upregulates', 'Osterix', 'expression', False),
            ('TNF-α', 'upregulates', 'Runx2', 'expression', False),
        }),
        # X 增加 A（如 B）的数量并增强其功能: a singular pronoun right after a trigger, owning an aspect, names the name nearest before it after the earlier claim's trigger (not that claim's factor)
        ("IL-6 还能增加免疫抑制细胞（如调节性 T 细胞）的数量并增强其功能，进一步削弱免疫系统对肿瘤的抑制作用［7-8］。", {
            ('IL-6', 'promotes', 'Treg', 'activity', False),
            ('IL-6', 'upregulates', 'immunosuppressive cell', None, False),
            # 免疫系统对肿瘤的抑制作用 is antitumour immunity, one process (compositions.tsv), as the gold says
            ('IL-6', 'inhibits', 'antitumor immunity', None, False),
        }),
    ],
    "-zh.pronoun_object": [
        # 002: 介导其信号传导 is the first claim of its sentence: 其 names nothing there
        ("LIF与LIFR和gp130组成的膜受体复合物介导其信号传导。LIF首先与LIFR结合,而后与gp130形成高亲和力功能复合物。", {
            ('LIF', 'binds', 'LIFR', None, False),
            ('LIF', 'binds', 'gp130', None, False),
        }),
        # written for the test: 促使其分泌 IL-17 is a pivot: the Th17 cells (其) make IL-17, which IL-23 raises;
        # the cells are not the object of an expression
        ("IL-23可维持Th17细胞的存活,并促使其分泌IL-17。", {
            ('IL-23', 'promotes', 'Th17 cell', 'survival', False),
            ('IL-23', 'upregulates', 'IL-17', 'expression', False),
        }),
    ],
    "zh.place_before_object": [
        # 002: 与 LIF belongs to 竞争, not to the binding noun after it; a place before an unnamed object is no object
        ("EC359 靶向 LIFR, 并与 LIF 竞争与配体结合位点的结合, 可以有效和选择性地降低胰腺癌中活化基质标志物的表达。", {
            ('EC359', 'binds', 'LIFR', None, False),
        }),
        # 001: 从活化的 CD4+ T 辅助细胞中: a place, no object of 纯化, and the participle 活化的 describes the cells; the next sentence states claims
        ("IL-10 是该细胞因子家族的创始成员，最初被认为是从活化的 CD4 + T 辅助(Th2)细胞中纯化的活性物质，称为细胞因子合成抑制因子(CSIF) [114]。在其克隆之后，还发现 IL-10 可刺激肥大细胞、胸腺细胞和 B 细胞，并对骨髓细胞具有主要的免疫抑制作用[115] [116] [117] [118]。", {
            ('IL-10', 'activates', 'B cell', 'activity', False),
            ('IL-10', 'activates', 'mast cell', 'activity', False),
            ('IL-10', 'activates', 'thymocyte', 'activity', False),
            ('IL-10', 'inhibits', 'bone marrow cell', 'activity', False),
        }),
    ],
    "qualified_object": [
        # X 相关的 Y / X 来源的 Y after a trigger: X only qualifies Y, which is the object (qualifier cues)
        ("LIF 是作用于癌细胞基质细胞的关键旁分泌因子, 支持 PDAC 相关的神经重塑。", {
            ('LIF', 'promotes', 'neural remodeling', None, False),
            ('LIF', 'regulates', 'stromal cell', None, False),
        }),
    ],
    "zh.copula_relative_object": [
        # written for the test: the head after 的 (细胞因子) only classes the subject of 是; before, it was read as
        # the object, with the aspect of the name before 的 (TNF-α promotes cytokine, differentiation)
        ("TNF-α 是一种能够促进破骨细胞分化的细胞因子，并可激活 NF-κB。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
        }),
    ],
    "-zh.copula_relative_object": [
        # no copula: the head after 的 is the object (the relative clause says what its own trigger says of it)
        ("IL-6 可促进巨噬细胞活化的细胞因子的表达。", {
            ('IL-6', 'upregulates', 'cytokine', 'expression', False),
        }),
    ],
    "relative_head_object": [
        # 001 (shortened): 形成 after a name stays an aspect
        ("IL-33 通过调节抗破骨细胞基因抑制 RANKL 诱导的破骨细胞形成。", {
            ('IL-33', 'inhibits', 'osteoclast', 'differentiation', False),
            ('RANKL', 'induces', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: A 所致(的) B is B caused by A; what 减轻 acts on is B, not the cause A
        ("IL-10 可减轻 LPS 所致的肺损伤。", {
            ('IL-10', 'inhibits', 'lung injury', None, False),
        }),
        ("IL-10 能减轻博来霉素所致肺纤维化。", {
            ('IL-10', 'inhibits', 'pulmonary fibrosis', None, False),
        }),
        # written for the test: the head after 的, past a word that only says where (小鼠)
        ("IL-10 可显著减轻脂多糖诱导的小鼠急性肺损伤。", {
            ('IL-10', 'inhibits', 'acute lung injury', None, False),
            ('LPS', 'induces', 'acute lung injury', None, False),
        }),
    ],
    "en.participle_head_object": [
        # a reference title of the BMSC review: the name before -induced only qualifies the head
        ("Bone marrow mesenchymal stromal cells non-selectively protect chronic myeloid leukemia cells from imatinib-induced apoptosis via the CXCR4/CXCL12 axis.", {
            ('BMSC', 'inhibits', 'CML cell', 'apoptosis', False),
            ('imatinib', 'induces', 'CML cell', 'apoptosis', False),
        }),
        # a reference title of the LIF review
        ("Targeting the gp130/STAT3 axis attenuates tumor microenvironment mediated chemoresistance in group 3 medulloblastoma cells.", {
            ('gp130/STAT3 axis', 'promotes', 'drug resistance', None, False),
            ('tumor microenvironment', 'induces', 'drug resistance', None, False),
        }),
        # A <trigger> B-induced C: the head noun C after the participle is the object, not B (a reference title of the BMSC review)
        ("PAK1 mediates bone marrow stromal cell-induced drug resistance in acute myeloid leukemia via ERK1/2 signaling pathway.", {
            ('BMSC', 'induces', 'drug resistance', None, False),
            ('PAK1', 'induces', 'drug resistance', None, False),
        }),
    ],
    "zh.effect_noun_object": [
        # V X 的 …作用 (an effect noun ending the clause): the verb acts on X's activity; the noun states no claim of its own
        ("BKT140 也逆转了 BMSC 的保护作用, 有效地促进了细胞凋亡, 并降低了与 BMSCs 共培养的 CML 细胞的 BCL6 水平。", {
            ('BKT140', 'downregulates', 'BCL6', 'expression', False),
            ('BKT140', 'inhibits', 'BMSC', 'activity', False),
            ('BKT140', 'promotes', 'BMSC', 'apoptosis', False),  # not in the gold
        }),
    ],
    "zh.passive_relative_object": [
        # V 受 A 调控的 B (a passive relative clause after the trigger): B is the object; examples after B stand for it, for the trigger and for the relative clause alike, and take its aspect
        ("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子，可提高巨噬细胞和干细胞中 RANK 和 RANKL 的水平，刺激 RANKL 与其受体 RANK 结合，激活受 RANKL 调控的多条信号通路，如 MAPK、TRAF-2、c-jun、JNK、NF-κB 和 AP-1，从而介导破骨细胞的增殖和分化[132]。", {
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'regulates', 'AP-1', 'activity', False),
            ('RANKL', 'regulates', 'JNK', 'activity', False),
            ('RANKL', 'regulates', 'MAPK', 'activity', False),
            ('RANKL', 'regulates', 'NF-κB', 'activity', False),
            ('RANKL', 'regulates', 'TRAF2', 'activity', False),
            ('RANKL', 'regulates', 'c-Jun', 'activity', False),
            ('TNF-α', 'activates', 'AP-1', 'activity', False),
            ('TNF-α', 'activates', 'JNK', 'activity', False),
            ('TNF-α', 'activates', 'MAPK', 'activity', False),
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
            ('TNF-α', 'activates', 'TRAF2', 'activity', False),
            ('TNF-α', 'activates', 'c-Jun', 'activity', False),
            ('TNF-α', 'induces', 'osteoclast', 'proliferation', False),
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANK', 'expression', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
    ],
    "zh.past_relative_verb": [
        # 001: the object after a relative clause on the host
        ("阿托伐他汀降低了遭受糖皮质激素诱导的骨质疏松症的大鼠的IL-8水平和骨质流失。", {
            ('atorvastatin', 'downregulates', 'IL-8', 'expression', False),
            ('atorvastatin', 'downregulates', 'bone loss', None, False),
        }),
        # V 循环中 X 的数量: a plain verb right after the trigger and closed by 中 is a place; the search for the object goes on after it
        ("TNF-α 通过促进 c-fms 的表达促进骨髓中破骨细胞前体细胞的增殖和分化，从而增加循环中破骨细胞前体的数量。", {
            ('TNF-α', 'promotes', 'osteoclast precursor', 'differentiation', False),
            ('TNF-α', 'promotes', 'osteoclast precursor', 'proliferation', False),
            ('TNF-α', 'upregulates', 'c-Fms', 'expression', False),  # not in the gold
            ('TNF-α', 'upregulates', 'osteoclast precursor', None, False),
        }),
        # V 了 遭受 A 的大鼠的 X 水平和 Y: a plain verb right after the trigger opening a relative clause (verb + names + 的): the head after 的 is the object
        ("阿托伐他汀以其对骨组织的多效性作用而闻名，它降低了遭受糖皮质激素诱导的骨质疏 松症的大鼠的 IL-8 水平和骨质流失[112]。", {
            ('atorvastatin', 'downregulates', 'IL-8', 'expression', False),
            ('atorvastatin', 'downregulates', 'bone loss', None, False),
            ('atorvastatin', 'regulates', 'bone', None, False),
        }),
    ],
    "zh.time_after": [
        # written for the test: 活化后 (after being activated) is a clause of time: the trigger has no object, and the
        # examples after the secretion verb do not fill its slot
        ("巨噬细胞可促进炎症反应,其活化后可分泌多种细胞因子如IL-1β和IL-6。", {
            ('macrophage', 'promotes', 'inflammatory response', None, False),
        }),
    ],
    "zh.destination": [
        # written for the test: 招募至 X 部位: the tumour is where the cells go, not what they act on; the clause
        # after it states their effect
        ("CD8+ T细胞被招募至肿瘤部位，并抑制肿瘤细胞增殖。", {
            ('CD8+ T cell', 'inhibits', 'tumor cell', 'proliferation', False),
        }),
    ],
    "object_stop": [
        # what 已证明 introduces is a new claim, not the object of 阻断
        ("IL-1 型细胞因子是先天性免疫反应的主要介质，IL-1 受体拮抗剂(interleu-kin-1 receptor antagonist, IL-1Ra)对 IL-1α或 IL-1β的阻断已证明 IL-1 在许多人类自身炎症疾病中起着核心作用。", {
            ('IL-1 family', 'promotes', 'innate immune response', None, False),
            ('IL-1', 'regulates', 'autoinflammatory disease', None, False),
            ('IL-1Ra', 'inhibits', 'IL-1α', 'activity', False),
            ('IL-1Ra', 'inhibits', 'IL-1β', 'activity', False),
        }),
    ],
    "en.place_after_noun": [
        # a reference title of the LIF review: gastric cancer is where, not what, the activation acts on
        ("Leukaemia inhibitory factor (LIF) inhibits cancer stem cells tumorigenic properties through hippo kinases activation in gastric cancer.", {
            ('LIF', 'inhibits', 'cancer stem cell', None, False),
        }),
    ],
    "between_no_object": [
        # 003's English abstract: no bone homeostasis regulates bone formation
        ("The equilibrium of bone homeostasis is crucial for sustaining skeletal health,which depends on the precise regulation between bone formation mediated by osteoblasts and bone resorption mediated by osteoclasts.", {
            ('bone homeostasis', 'promotes', 'bone health', None, False),
            ('osteoblast', 'induces', 'bone formation', None, False),
            ('osteoclast', 'induces', 'bone resorption', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_objects_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
