"""Readings of groups and items that no construction record names (groups.py, items.py): a group's (name,
aspect) pairs, the words inside it, the passes over the items; one table per reading, each sentence with the
exact set of triples it must give (see test_constructions_claims)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "group.aspect_link": [
        # 保护 X 免受 W 诱导的凋亡 with W a plain word (no name): the relative clause only qualifies the aspect, which is X's; it states no triple of its own
        ("使用 LIFR 沉默和 Mcl-1 阻断恢复了药物诱导的细胞凋亡, 表明 LIF 通过 PI3K/AKT 信号通路激活 Mcl-1, 从而保护胆管癌细胞免受药物诱导的凋亡<sup>[42]</sup>。", {
            ('LIF', 'activates', 'Mcl-1', 'activity', False),
            ('LIF', 'inhibits', 'cholangiocarcinoma cell', 'apoptosis', False),
            ('LIFR', 'inhibits', 'cholangiocarcinoma cell', 'apoptosis', False),
            ('Mcl-1', 'inhibits', 'cholangiocarcinoma cell', 'apoptosis', False),
        }),
        # X 出现 Y (aspect_link cue, as 免于): the process Y that X develops is its aspect (介导 AML 细胞出现耐药: AML cell, drug_resistance)
        ("基质细胞通过分泌白细胞介素6(interleukin-6, IL-6),激活信号转导与转录激活因子3(signal transducer and activator of transcription 3, STAT3)通路,导致AML细胞中线粒体氧化磷酸化(oxidative phosphorylation, OXPHOS)上调,从而介导AML细胞出现耐药<sup>[14]</sup>。", {
            ('stromal cell', 'activates', 'STAT3', 'activity', False),
            ('stromal cell', 'induces', 'AML cell', 'drug_resistance', False),
            ('stromal cell', 'upregulates', 'oxidative phosphorylation', None, False),
        }),
        # 保护 X 免受 D (和 D) 治疗引起的细胞毒性: drugs given as a treatment are the unnamed agent of the relative; a cell's cytotoxicity (aspect word, inverse for cells) is its sensitivity, so protecting X from it promotes X's drug resistance
        ("在BMSC中过表达血管细胞黏附分子1(vascular cell adhesion molecule 1, VCAM-1)可以保护白血病细胞免受阿糖胞苷和依托泊苷治疗引起的细胞毒性。", {
            ('VCAM-1', 'promotes', 'leukemia cell', 'drug_resistance', False),
        }),
    ],
    "group.aspect_words": [
        # written for the test: a quantity adverb (大量, aspect_adverb) between 的 and the aspect word: the neutrophils'
        # recruitment, not the differentiation a cell type induced takes by default
        ("IL-17 诱导中性粒细胞的大量募集。", {
            ('IL-17', 'induces', 'neutrophil', 'recruitment', False),
        }),
        # written for the test: 积聚 (as 积累) after the matrix is its amount: expression (an anatomy name takes no
        # default aspect, so without the word it is the bare matrix)
        ("TGF-β 促进细胞外基质积聚。", {
            ('TGF-β', 'upregulates', 'extracellular matrix', 'expression', False),
        }),
        # written for the test: the adverb after a conjunction joining two aspect words: both aspects are the cells'
        ("IL-6 可以促进 Th17 细胞的分化和大量增殖。", {
            ('IL-6', 'promotes', 'Th17 cell', 'differentiation', False),
            ('IL-6', 'promotes', 'Th17 cell', 'proliferation', False),
        }),
        # written for the test: 定向分化 and 终末分化 are one word each (the segmenter keeps them whole), both differentiation
        ("IL-6 参与 Th17 细胞的定向分化和 B 细胞的终末分化。", {
            ('IL-6', 'regulates', 'Th17 cell', 'differentiation', False),
            ('IL-6', 'regulates', 'B cell', 'differentiation', False),
        }),
        # 002: 干细胞性 (stemness) is one aspect word; neither 干细胞 nor 细胞 inside it is a name
        ("实验表明 CA-MSC 通过旁分泌 IL-6 和 LIF 激活卵巢癌细胞的 STAT3 信号通路, 增加肿瘤细胞的干细胞性。", {
            ('CA-MSC', 'activates', 'STAT3 pathway', 'activity', False),
            ('CA-MSC', 'upregulates', 'tumor cell', 'stemness', False),
        }),
        # 分裂: cells dividing is their proliferation
        ("如造血干细胞因子可以刺激骨髓中的肿瘤细胞分裂和增殖，从而促进肿瘤发展。", {
            ('stem cell factor', 'activates', 'tumor cell', 'proliferation', False),
            ('stem cell factor', 'promotes', 'tumor progression', None, False),
        }),
        # 生物利用度: a molecule's bioavailability is its activity
        ("因此，炎症小体的激活可能通过减轻 IL-1R2 的抑制作用来间接促进 IL-1α的生物利用度。", {
            ('inflammasome', 'inhibits', 'IL-1R2', 'activity', False),
            ('inflammasome', 'promotes', 'IL-1α', 'activity', False),
        }),
        # 积累: a molecule accumulating is its level (a knock-down turns the effect round)
        ("CXCL12是由BMSC产生的, CXCL12的缺失会导致LSC中活性氧(reactive oxygen species, ROS)的积累和DNA损伤。", {
            ('CXCL12', 'downregulates', 'ROS', 'expression', False),
            ('CXCL12', 'inhibits', 'DNA damage', None, False),
        }),
        # 死亡: the cells' death
        ("因此, 伊布鲁替尼联合 JAK/STAT 抑制剂可增加伊布鲁替尼介导的白血病细胞死亡。", {
            ('ibrutinib', 'upregulates', 'leukemia cell', 'apoptosis', False),
        }),
        # 发育 of cells is their differentiation
        ("LIF在神经元发育的各个方面起着重要作用，包括表型确定、存活和调节神经元发育期间的成熟<sup>[15]</sup>。", {
            ('LIF', 'regulates', 'neuron', 'differentiation', False),
            ('LIF', 'regulates', 'neuron', 'maturation', False),
        }),
        # 细胞毒性 of a drug is its activity, and no cell
        ("ATO 和顺铂联合治疗通过协同抑制 NF-kB 信号通路增强顺铂的细胞毒性。", {
            ('arsenic trioxide', 'inhibits', 'NF-κB pathway', 'activity', False),
            ('arsenic trioxide', 'promotes', 'cisplatin', 'activity', False),
        }),
        # 形成 is differentiation of cells only
        ("细胞因子通过调节血管生成、免疫应答、细胞基质重塑等机制，影响肿瘤微环境的形成和维持。", {
            ('cytokine', 'regulates', 'angiogenesis', None, False),
            ('cytokine', 'regulates', 'extracellular matrix remodeling', None, False),
            ('cytokine', 'regulates', 'immune response', None, False),
            ('cytokine', 'regulates', 'tumor microenvironment', None, False),
        }),
        ("TNF-α 可以促进破骨细胞的形成。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # invasiveness is an aspect word (invasion) (a reference title of the BMSC review)
        ("Fast H3K9 methylation promoted by CXCL12 contributes to nuclear changes and invasiveness of T-acute lymphoblastic leukemia cells.", {
            ('CXCL12', 'promotes', 'H3K9 methylation', None, False),
            ('H3K9 methylation', 'promotes', 'T-ALL', 'invasion', False),
        }),
        # X 细胞的活力: 活力 after a cell type is its survival (viability; for_cells), elsewhere activity
        ("IL-1α可以通过 JNK 和 p38 MAPK 途径诱导减少的 MC3T3-E1 细胞的活力并抑制成骨细胞分化[52]。", {
            ('IL-1α', 'downregulates', 'MC3T3-E1 cell', 'survival', False),
            ('IL-1α', 'inhibits', 'osteoblast', 'differentiation', False),
        }),
    ],
    "group.aspects": [
        # A promotes B; coordination "the differentiation and activation of osteoclasts"
        ("Various inflammatory factors in the immune system can up-regulate the expression of RANKL. The binding of RANKL to the RANK of osteoclast precursors promotes the differentiation and activation of osteoclasts, resulting in the occurrence and development of inflammatory osteoporosis.", {
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'induces', 'inflammatory osteoporosis', None, False),
            ('RANKL', 'promotes', 'osteoclast', 'activity', False),
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
            ('inflammatory cytokine', 'upregulates', 'RANKL', 'expression', False),  # not in the gold
        }),
    ],
    "group.describes_name": [
        # 成熟 before the name is an adjective (mature HSCs), not the HSCs' maturation
        ("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # after the name 成熟 is the aspect
        ("G-CSF 能刺激骨髓干细胞向粒细胞系列分化，并促使粒细胞增殖和成熟，从而增加了肿瘤细胞的数量。", {
            ('G-CSF', 'activates', 'bone marrow stem cell', 'differentiation', False),
            ('G-CSF', 'promotes', 'granulocyte', 'maturation', False),
            ('G-CSF', 'promotes', 'granulocyte', 'proliferation', False),
            ('G-CSF', 'upregulates', 'tumor cell', None, False),
        }),
        # 成熟的破骨细胞: an adjective with 的 before a name is no aspect
        ("在体外，TNF-α 通过激活 NF-κB 和激活的 T 细胞核因子途径，在没有成骨细胞/基质细胞的情况下直接刺激破骨前体细胞形成成熟的破骨细胞。", {
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
            ('TNF-α', 'activates', 'NFATc1 pathway', 'activity', False),  # not in the gold (NFAT: the pathways dictionary gives NFAT pathway to NFATc1 pathway)
            ('TNF-α', 'activates', 'osteoclast', 'differentiation', False),
        }),
        # differentiation into a cell type is the formed cells'; 成熟 describes the HSCs
        ("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子，可提高巨噬细胞和干细胞中 RANK 和 RANKL 的水平。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANK', 'expression', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
        # 支持 CLL 生长的微环境: growth describes the environment
        ("B 细胞受体相关的蛋白激酶 C- $\\beta$ (Protein Kinase C beta, PKC- $\\beta$ ) 或 Lyn 激酶对于支持 CLL 生长的微环境的形成是必不可少的。", {
            ('Lyn', 'promotes', 'microenvironment', None, False),
            ('PKC-β', 'promotes', 'microenvironment', None, False),
        }),
    ],
    "group.direction": [
        # V X 向 (特定) 细胞系 分化: the lineage (细胞系 one word, 特定 a modifier inside the group) is where X differentiates; the aspect is X's
        ("此外，LIF可以影响干细胞向特定细胞系分化<sup>[12-13]</sup>。", {
            ('LIF', 'regulates', 'stem cell', 'differentiation', False),
        }),
    ],
    "group.disease_aspect": [
        # 000: a tumour's 浸润 is invasion
        ("许多肿瘤细胞分泌或过度表达某些细胞因子，如 TNF 和 IL-6，导致肿瘤生长和浸润。", {
            ('IL-6', 'induces', 'tumor', 'growth', False),
            ('IL-6', 'induces', 'tumor', 'invasion', False),
            ('TNF-α', 'induces', 'tumor', 'growth', False),
            ('TNF-α', 'induces', 'tumor', 'invasion', False),
        }),
    ],
    "group.etc": [
        # A、B 等细胞因子: the names before 等 are the factors, not the class word
        ("如 IL-2 和 IFN-α 等细胞因子可以改善骨髓增殖性肿瘤患者的生存率和治疗效果。", {
            ('IFN-α', 'promotes', 'overall survival', None, False),
            ('IFN-α', 'promotes', 'therapeutic efficacy', None, False),
            ('IL-2', 'promotes', 'overall survival', None, False),
            ('IL-2', 'promotes', 'therapeutic efficacy', None, False),
        }),
        # written for the test: A、B 等 + a class word + 的 + aspect words: the aspects are the examples' (not lost with the class word)
        ("IL-6 可调节 Th17、Treg 和 B 细胞等多种免疫细胞的分化。", {
            ('IL-6', 'regulates', 'Th17 cell', 'differentiation', False),
            ('IL-6', 'regulates', 'Treg', 'differentiation', False),
            ('IL-6', 'regulates', 'B cell', 'differentiation', False),
        }),
        ("IL-4 抑制巨噬细胞、中性粒细胞等免疫细胞的活化。", {
            ('IL-4', 'inhibits', 'macrophage', 'activity', False),
            ('IL-4', 'inhibits', 'neutrophil', 'activity', False),
        }),
    ],
    "group.generic_head": [
        # 000: names before a process framed on the class word (细胞增殖) keep no aspect of it
        ("细胞因子作为治疗靶点具有广泛的潜在价值，因为它们在调节免疫系统、炎症反应以及细胞增殖和分化等方面均可发挥重要作用［14］。", {
            ('cytokine', 'regulates', 'cell', 'differentiation', False),
            ('cytokine', 'regulates', 'cell', 'proliferation', False),
            ('cytokine', 'regulates', 'immune system', None, False),
            ('cytokine', 'regulates', 'inflammatory response', None, False),
        }),
        # a cell's pathway (肿瘤细胞的信号通路): a generic head owned through 的 by a cell is the head itself; right after a name (NF-κB 信号通路) it leaves the name as the head
        ("此外，IL 和趋化因子等细胞因子也参与了骨髓增殖性肿瘤的发生发展，可以激活肿瘤细胞的信号通路，促进细胞增殖、存活和迁移，从而进一步推动肿瘤进展。", {
            ('chemokine', 'activates', 'signaling pathway', 'activity', False),
            ('chemokine', 'promotes', 'tumor cell', 'migration', False),
            ('chemokine', 'promotes', 'tumor cell', 'proliferation', False),
            ('chemokine', 'promotes', 'tumor cell', 'survival', False),
            ('chemokine', 'promotes', 'tumor progression', None, False),
            ('chemokine', 'regulates', 'myeloproliferative neoplasm', None, False),
        }),
    ],
    "group.knockdown": [
        # 阻断 here is LIF's own knock-down, not an effect on LIFR
        ("LIF 阻断或遗传性 LIFR 缺失可减缓肿瘤进展。", {
            ('LIF', 'promotes', 'tumor progression', None, False),
            ('LIFR', 'promotes', 'tumor progression', None, False),
        }),
        # loss of A (IL-10 的丢失): polarity turned round
        ("IL-10的丢失还加剧了早期1型糖尿病引起的骨丢失。", {
            ('IL-10', 'inhibits', 'bone loss', None, False),
            ('type 1 diabetes', 'induces', 'bone loss', None, False),
        }),
        # 缺乏 X 的 Y: the missing X is the factor, its polarity turned round
        ("缺乏syntenin的BMSC,通过增强AML细胞的存活能力和蛋白质合成功能,显著激发了AML的侵袭性。", {
            ('syntenin', 'inhibits', 'protein synthesis', None, False),
            ('syntenin', 'inhibits', 'AML cell', 'survival', False),
            ('syntenin', 'inhibits', 'AML', 'invasion', False),
        }),
        # A 阻断或 B 缺失 V C: a knock-down word that is also a trigger (阻断), after a molecule and joined by a conjunction to another molecule, is the molecule's own knock-down: both act on C with the polarity turned round
        ("LIF 阻断或遗传性 LIFR 缺失可减缓肿瘤进展, 并增强化疗疗效以延长 PDAC 的生存期, 同时 LIF 阻断抗体可降低肿瘤内神经密度<sup>[44-45]</sup>。", {
            ('LIF', 'inhibits', 'overall survival', None, False),
            ('LIF', 'inhibits', 'therapeutic efficacy', None, False),  # not in the gold
            ('LIF', 'promotes', 'tumor progression', None, False),
            ('LIFR', 'inhibits', 'overall survival', None, False),
            ('LIFR', 'inhibits', 'therapeutic efficacy', None, False),  # not in the gold
            ('LIFR', 'promotes', 'tumor progression', None, False),
            ('anti-LIF neutralizing antibody', 'downregulates', 'intratumoral nerve density', None, False),
        }),
    ],
    "group.modifiers": [
        # a qualifying word between a list of names and a generic head (A 和 B 促生存信号通路的激活; filler cues): the names stay the heads and take the aspect after 的
        ("CXCR4 刺激导致细胞外信号调节激酶 1/2 (Extracellular signal-regulated kinase 1/2, Erk-1/2)、蛋白激酶 B (Protein Kinase B, Akt)、核糖体蛋白 S6 激酶 (Ribosomal Protein S6 Kinase, S6K)、STAT3 和 STAT5 促生存信号通路的激活。", {
            ('CXCR4', 'induces', 'AKT', 'activity', False),
            ('CXCR4', 'induces', 'ERK1/2', 'activity', False),
            ('CXCR4', 'induces', 'S6K', 'activity', False),
            ('CXCR4', 'induces', 'STAT3', 'activity', False),
            ('CXCR4', 'induces', 'STAT5', 'activity', False),
        }),
        # V 邻近的 X: a one-word relative (a verb, then 的) right after the trigger, when the name after it is read whole to the end of the clause, is no break: X is the object
        ("LIF的表达水平和分泌水平在乳腺癌相关脂肪细胞中显著上调，并以旁分泌方式作用于邻近的乳腺癌细胞。", {
            ('LIF', 'regulates', 'breast cancer cell', None, False),
        }),
        # written for the test: a plain noun after a member's name and before 、 (骨保护素系统、) heads that member; the
        # list goes on, and every member takes the claim
        ("骨保护素系统、Wnt信号通路和Notch信号通路在骨重塑中发挥重要作用。", {
            ('OPG', 'regulates', 'bone remodeling', None, False),
            ('Wnt pathway', 'regulates', 'bone remodeling', None, False),
            ('Notch pathway', 'regulates', 'bone remodeling', None, False),
        }),
        # written for the test: after the enumeration comma 、 a plain word (外周, pos f: no modifier) before a
        # name belongs to that member; the list goes on past it
        ("IL-7 在胸腺T细胞发育、外周T细胞稳态以及免疫重建中发挥重要作用。", {
            ('IL-7', 'regulates', 'T cell', 'differentiation', False),
            ('IL-7', 'regulates', 'T cell homeostasis', None, False),
            ('IL-7', 'regulates', 'hematopoietic reconstitution', None, False),
        }),
    ],
    "group.places": [
        # the cells before 上 are places; IL-1β, a gene before 与其, still binds the receptor
        ("IL-1β与其 T淋巴细胞、B 淋巴细胞和巨噬细胞上的受体结合可促进 RANKL 的产生。", {
            ('IL-1β', 'binds', 'receptor', None, False),
            ('IL-1β', 'upregulates', 'RANKL', 'expression', False),
        }),
        # 001: the cells that carry the receptor are no binding partner
        ("IL-1β与其 T淋巴细胞、B 淋巴细胞和巨噬细胞上的受体结合可促进 RANKL [45] 的产生，RANKL 与破骨细胞前体细胞的 RANK 结合，有助于破骨细胞的分化和活化。", {
            ('IL-1β', 'binds', 'receptor', None, False),  # not in the gold
            ('IL-1β', 'upregulates', 'RANKL', 'expression', False),
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'promotes', 'osteoclast', 'activity', False),
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # A、B 和 C 中的 X / 上的 X: a place closed by 中/上/表面 is shared by the bare names of its kind listed before it, so they are places too, not objects
        ("与 IL-1β和 IL-33 相比，IL-1α的前体(pro-IL-1α)和重组人成熟 IL-1α在诱导人外周血单个核细胞(Peripheral blood mononuclear cell, PBMC)和肺癌细胞中的 IL-6 和 TNF-α方面具有相同的生物学活性[28]。", {
            ('IL-1α', 'upregulates', 'IL-6', 'expression', False),
            ('IL-1α', 'upregulates', 'TNF-α', 'expression', False),
        }),
    ],
    "group.process_owner": [
        # 004: 黏附 is a process of the ALL cells; 迁移 and 增殖 are theirs
        ("其次, BMSC通过细胞相互作用参与对ALL的调控,影响ALL细胞的黏附、迁移、增殖等生物学行为。", {
            ('BMSC', 'regulates', 'acute lymphoblastic leukemia cell', 'migration', False),
            ('BMSC', 'regulates', 'acute lymphoblastic leukemia cell', 'proliferation', False),
            ('BMSC', 'regulates', 'cell adhesion', None, False),
        }),
        # written for the test: a process named after 的 (糖酵解) heads every conjunct before it: the cells listed
        # (成纤维细胞和内皮细胞) own it and are no targets of their own
        ("TNF-α 可促进成纤维细胞和内皮细胞的糖酵解。", {
            ('TNF-α', 'promotes', 'glycolysis', None, False),
        }),
        # written for the test: after 与 the process is the first name's own (its adhesion to the cells): kept
        ("研究显示, BMSC 与 CLL 细胞的黏附可减少 CLL 细胞的凋亡。", {
            ('BMSC', 'downregulates', 'CLL cell', 'apoptosis', False),
        }),
    ],
    "group.producers": [
        # suppr.wilddata.cn pubmed/20444632 (IL-6 与 RA 骨丢失): 增加 A 和 B 释放 X: the cells release RANKL; RANKL, not the cells, is raised
        ("在 RA 中,IL-6 可能通过增加成骨细胞和滑膜细胞释放 RANK-L 而间接促进破骨细胞生成。", {
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "group.qualifier": [
        # the name before -derived is no factor
        ("Tumor-derived LIF promotes chemoresistance via activating tumor-associated macrophages in gastric cancers.", {
            ('LIF', 'activates', 'tumor-associated macrophage', 'activity', False),
            ('LIF', 'promotes', 'drug resistance', None, False),
        }),
        # X-derived (modifier) A inhibits B: modifiers may stand between the qualifier and the head (a reference title of the BMSC review)
        ("Bone mesenchymal stem cell-derived exosomal microRNA-7-5p inhibits progression of acute myeloid leukemia by targeting OSBPL1.", {
            ('miR-7-5p', 'inhibits', 'AML', None, False),
        }),
    ],
    "items.asides": [
        # 001: the list holds a stray κ and the misspelt JNKK (now a new name of gene shape); the names still stand for the class word, and nothing is said of the class word itself
        ("RANKL 触发下游信号通路(PI-3K/κ、NF-κB 和丝裂原活化蛋白激酶 MAPK (ERK、JNKK 和 p38))的激活。", {
            ('RANKL', 'activates', 'ERK1/2', 'activity', False),
            ('RANKL', 'activates', 'JNKK', 'activity', False),  # not in the gold (a new name of gene shape; the gold reads it as JNK)
            ('RANKL', 'activates', 'MAPK', 'activity', False),
            ('RANKL', 'activates', 'NF-κB', 'activity', False),
            ('RANKL', 'activates', 'PI3K', 'activity', False),
            ('RANKL', 'activates', 'p38 MAPK', 'activity', False),
        }),
        # a bracket that is mostly unknown words is no list of names
        ("RANKL 触发下游信号通路(PI-3K/κ、甲和乙)的激活。", {
            ('RANKL', 'activates', 'signaling pathway', 'activity', False),
        }),
        # A 通过调节 B(如 C (definition, ABBR)) V D: brackets inside an example bracket are asides of their own, so the comma of a nested definition ends no clause and A stays the subject
        ("IL-33 通过调节抗破骨细胞基因(如干扰素调节因子 8 (Recombinant Interferon Regulatory Factor 8, IRF-8))抑制 RANKL 诱导的破骨细胞形成，该基因可以被抗 ST2 单克隆抗体阻断[62]。", {
            ('IL-33', 'inhibits', 'osteoclast', 'differentiation', False),
            ('IL-33', 'regulates', 'IRF8', 'expression', False),
            ('RANKL', 'induces', 'osteoclast', 'differentiation', False),
        }),
    ],
    "items.aspects_in_place": [
        # written for the test: 活化 right after the object of 促进 and before 并 (the object's next change follows) is
        # the ILC2s' activation, not a verb of its own; the secretion after 并 is of the names after it
        ("IL-33 促进 ILC2 活化并分泌 IL-5 和 IL-13。", {
            ('IL-33', 'promotes', 'ILC2', 'activity', False),
            ('IL-33', 'upregulates', 'IL-5', 'expression', False),
            ('IL-33', 'upregulates', 'IL-13', 'expression', False),
        }),
        # written for the test: before 从而 (a conjunction by its part of speech) the same: NF-κB's activation, not
        # its expression (the default of a gene induced)
        ("IL-1β 促进 NF-κB 激活从而诱导 IL-6 表达。", {
            ('IL-1β', 'promotes', 'NF-κB', 'activity', False),
            ('IL-1β', 'upregulates', 'IL-6', 'expression', False),
        }),
        # m.fx361.cc/news/2017/0116/15019032 (STAT3 综述): STAT3 磷酸化在…中持续激活 names STAT3's phosphorylation where
        # it stays active (co-occurrence, no triple), not STAT3 phosphorylating CD44
        ("血管内皮生长因子(Vascular endothelial growth factor,VEGF)通过VEGFR2 募集并活化JAK2、STAT3,进而上调Myc、Sox2,可促进乳腺癌干细胞自我更新。STAT3 磷酸化在CD44+肝癌细胞中持续激活,与肝癌细胞抗凋亡及抗癌药抗性呈正相关。", {
            ('VEGF-A', 'activates', 'JAK2', 'activity', False),
            ('VEGF-A', 'activates', 'STAT3', 'activity', False),
            ('VEGF-A', 'upregulates', 'c-Myc', 'expression', False),
            ('VEGF-A', 'upregulates', 'SOX2', 'expression', False),
            ('VEGF-A', 'promotes', 'breast cancer stem cell', 'stemness', False),
        }),
        # cellsignal.cn/pathways/inflammasome-signaling: TLR4 激活会诱导…: 激活 before a modal names TLR4's activation,
        # the subject of 诱导 (the relative 介导的 acts on that activity, not on TLR4's expression)
        ("首先,PAMP 或 DAMP 介导的 TLR4 或 TNFR 激活会诱导 NF-kB 信号转导,导致 NLRP3、pro-IL-1β 和 pro-IL-18 表达升高。", {
            ('PAMP', 'induces', 'TLR4', 'activity', False),
            ('PAMP', 'induces', 'TNF receptor', 'activity', False),
            ('DAMP', 'induces', 'TLR4', 'activity', False),
            ('DAMP', 'induces', 'TNF receptor', 'activity', False),
            ('TLR4', 'induces', 'NF-κB pathway', 'activity', False),
            ('TNF receptor', 'induces', 'NF-κB pathway', 'activity', False),
            ('TLR4', 'upregulates', 'NLRP3', 'expression', False),
            ('TLR4', 'upregulates', 'pro-IL-1β', 'expression', False),
            ('TLR4', 'upregulates', 'pro-IL-18', 'expression', False),
            ('TNF receptor', 'upregulates', 'NLRP3', 'expression', False),
            ('TNF receptor', 'upregulates', 'pro-IL-1β', 'expression', False),
            ('TNF receptor', 'upregulates', 'pro-IL-18', 'expression', False),
        }),
        # 004 (shortened): 产生深远的影响 is have a profound effect on, not the production of 治疗反应
        ("BMSC 也可能对治疗反应产生深远的影响。", {
            ('BMSC', 'regulates', 'treatment response', None, False),
        }),
        # 产生 after a name with no effect noun still names its production
        ("IL-6 促进 RANKL 的产生。", {
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),
        }),
        # 001: 炎症小体激活和… / 在炎症小体激活期间: the activation of the inflammasome, no verb
        ("活性 caspase-1 还可以切割细胞死亡执行者 Gasdermin D (GSDMD)，使 GSDMD 的 N端片段寡聚化并插入细胞膜，导致细胞肿胀和最终破裂，伴随包括 IL-1α和 IL-1β的细胞内容物释放[30] [31] [32]。因此，炎症小体激活和随后的细胞焦亡是细胞释放 IL-1α的一种机制，在炎症小体激活期间释放 IL-1α和 IL-1β可能会补充 IL-1β对 IL-1R 的激活[33]。", {
            ('caspase-1', 'induces', 'cell swelling', None, False),  # not in the gold
            ('caspase-1', 'activates', 'GSDMD', 'activity', False),  # 切割: cleavage into the active form
            ('IL-1β', 'activates', 'IL-1R1', 'activity', False),  # zh.target_nominal, zh.nominal_owner
        }),
        # A 信号还 V B: a conjunction between clauses (还, 并, 同时: clause_link) puts a verb after it, not an aspect joined to the aspect word before it (信号)
        ("此外，IL-8 信号还激活 p38 MAPK 信号级联[106]。", {
            ('IL-8', 'activates', 'p38 MAPK pathway', 'activity', False),
        }),
    ],
    "items.descriptions": [
        # V 受体蛋白 X: a description ending in a title word (蛋白, 执行者) right before a name says what the name is; the name, not the class word (受体), is the object
        ("使用类器官和小鼠模型将TGF- $\\beta$ 和IL-1鉴定为促进CAF异质性的肿瘤分泌配体,结果表明IL-1诱导LIF表达和激活下游JAK/STAT以产生炎性,并证明TGF- $\\beta$ 通过下调受体蛋白IL-1R1表达和促进分化为肌成纤维细胞来拮抗这一过程<sup>[38]</sup>。", {
            ('IL-1', 'induces', 'JAK/STAT pathway', 'activity', False),
            ('IL-1', 'upregulates', 'LIF', 'expression', False),
            ('TGF-β', 'downregulates', 'IL-1R1', 'expression', False),
            ('TGF-β', 'promotes', 'myofibroblast', 'differentiation', False),
            ('TGF-β', 'inhibits', 'JAK/STAT pathway', 'activity', False),  # 拮抗这一过程: the one pathway named before (zh.process_anaphor), as the gold
        }),
        # A、B 伴侣蛋白及抗凋亡蛋白 C 和 D: the description 抗凋亡蛋白 goes (title cue), 伴侣蛋白 is a filler, and the list goes on to C and D
        ("CXCR4 拮抗剂 BKT140 诱导凋亡细胞死亡, 降低热休克蛋白 70 (Heat Shock Protein 70, HSP70) 和 HSP90 伴侣蛋白及抗凋亡蛋白 B 淋巴细胞瘤-2 蛋白 (B-cell lymphoma-2 protein, BCL-2) 和 B 淋巴细胞瘤-超大蛋白 (B-cell lymphoma-extra large protein, BCL-XL) 水平, 促进线粒体因子细胞色素 c (Cytochrome c, Cyt c) 和第二个线粒体衍生的半胱天冬酶激活剂/低等电点的直接 IAP 结合蛋白的释放。", {
            ('BKT140', 'downregulates', 'BCL-2', 'expression', False),
            ('BKT140', 'downregulates', 'BCL-XL', 'expression', False),
            ('BKT140', 'downregulates', 'HSP70', 'expression', False),
            ('BKT140', 'downregulates', 'HSP90', 'expression', False),
            ('BKT140', 'induces', 'cell', 'apoptosis', False),
            ('BKT140', 'inhibits', 'CXCR4', 'activity', False),
            ('BKT140', 'upregulates', 'Smac/DIABLO', 'expression', False),
            ('BKT140', 'upregulates', 'cytochrome c', 'expression', False),
        }),
    ],
    "items.drug_qualifiers": [
        # B 对 D 的耐药性/化学抗性 (D drugs): the drugs only say which resistance; B owns the drug_resistance aspect
        ("使用 LIF 处理加有紫杉醇和硼替佐米的脊索瘤细胞, 发现 LIF 增加了脊索瘤细胞对紫杉醇和硼替佐米的化学抗性<sup>[20]</sup>。", {
            ('LIF', 'upregulates', 'chordoma cell', 'drug_resistance', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_groups_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
