"""The rewrites of a triple as it is written (stage output, in the triple's steps): one table per construction
(see test_constructions_claims)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "knockdown_reversed": [
        # 延长 (prolongs) promotes; LIF and LIFR, knocked down, act turned round
        ("LIF 阻断或遗传性 LIFR 缺失可减缓肿瘤进展, 并增强化疗疗效以延长 PDAC 的生存期。", {
            ('LIF', 'inhibits', 'overall survival', None, False),
            ('LIF', 'inhibits', 'therapeutic efficacy', None, False),
            ('LIF', 'promotes', 'tumor progression', None, False),
            ('LIFR', 'inhibits', 'overall survival', None, False),
            ('LIFR', 'inhibits', 'therapeutic efficacy', None, False),
            ('LIFR', 'promotes', 'tumor progression', None, False),
        }),
    ],
    "owner_cell": [
        # 218.28.6.71:81 Qikan 9388764 (TNF-α 与骨质疏松): 成骨细胞的凋亡 names its owner; not the osteoclasts of the claim before
        ("TNF-α可促进破骨细胞的增殖、分化及成熟破骨细胞的活性,诱导成骨细胞的凋亡,从而抑制骨形成,增加骨吸收,最终导致骨质疏松。", {
            ('TNF-α', 'promotes', 'osteoclast', 'proliferation', False),
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'promotes', 'osteoclast', 'activity', False),
            ('TNF-α', 'induces', 'osteoblast', 'apoptosis', False),
            ('TNF-α', 'inhibits', 'bone formation', None, False),
            ('TNF-α', 'upregulates', 'bone resorption', None, False),
            ('TNF-α', 'induces', 'osteoporosis', None, False),
        }),
        # 细胞凋亡 is the apoptosis of the cells the sentence names
        ("IL-6 通过活化信号转导通路（如 JAK/STAT3 信号通路）来促进肿瘤细胞的增殖和存活，并抑制细胞凋亡的发生。", {
            ('IL-6', 'activates', 'JAK/STAT3 pathway', 'activity', False),
            ('IL-6', 'inhibits', 'tumor cell', 'apoptosis', False),
            ('IL-6', 'promotes', 'tumor cell', 'proliferation', False),
            ('IL-6', 'promotes', 'tumor cell', 'survival', False),
        }),
        ("BMSC 能显著促进 CML 细胞的增殖, 保护 CML 细胞免受伊马替尼诱导的凋亡。", {
            ('BMSC', 'inhibits', 'CML cell', 'apoptosis', False),
            ('BMSC', 'promotes', 'CML cell', 'proliferation', False),
            ('imatinib', 'induces', 'CML cell', 'apoptosis', False),
        }),
        ("文献报道,BMSC分泌的半乳糖凝集素3(Galectin-3, Gal-3)通过自身诱导Gal-3 mRNA生成和激活核因子κB(nuclear factor kappa-B, NF-κB)通路,保护ALL细胞免受化疗诱导的细胞死亡。", {
            ('chemotherapy', 'induces', 'acute lymphoblastic leukemia cell', 'apoptosis', False),
            ('galectin-3', 'inhibits', 'acute lymphoblastic leukemia cell', 'apoptosis', False),
            ('galectin-3', 'upregulates', 'NF-κB', 'expression', False),  # not in the gold (Gal-3 mRNA 生成 和 激活 NF-κB 通路: the gold has Gal-3 expression and NF-κB pathway activity)
        }),
        # V X 的增殖, V' 细胞凋亡: cells named only as 细胞 right after a claim on a cell aspect of a cell type (or a disease's cells) are those cells, before the nearest cell named elsewhere
        ("另外, 研究显示 miR-7-5p 在 AML 患者和细胞中表达下调, 来源于 BMSC 的外泌体衍生微小 RNA-7-5p ( Exosome-derived microRNA-7-5p, Exo-miR-7-5p) 通过抑制 PI3K/AKT/mTOR 信号通路的磷酸化而负调控类固醇结合蛋白 11 (oxysterol binding protein-like 11, OSBPL11), 从而抑制 AML 增殖, 促进细胞凋亡。", {
            ('miR-7-5p', 'inhibits', 'AML cell', 'proliferation', False),
            ('miR-7-5p', 'inhibits', 'OSBPL11', None, False),
            ('miR-7-5p', 'inhibits', 'PI3K/AKT/mTOR pathway', 'phosphorylation', False),
            ('miR-7-5p', 'promotes', 'AML cell', 'apoptosis', False),
        }),
    ],
    "zh.protected_cells": [
        # written for the test: a cell type protected with nothing it is protected from: its survival is promoted
        ("IL-4 可保护巨噬细胞，并促进其增殖。", {
            ('IL-4', 'promotes', 'macrophage', 'survival', False),
            ('IL-4', 'promotes', 'macrophage', 'proliferation', False),
        }),
    ],
    "-zh.protected_cells": [
        # 004 (dev gold): protected from apoptosis (免于): the apoptosis is inhibited, as written
        ("BMSC 以接触依赖的方式保护 CLL 细胞免于凋亡。", {
            ('BMSC', 'inhibits', 'CLL cell', 'apoptosis', False),
        }),
    ],
    "-owner_cell": [
        # written for the test: cells a later clause names (从而使 B 细胞…) are what the claim leads to, not whose
        # apoptosis it is; the causative after the adverb (持续) gives the B cells' own changes
        ("IL-6抑制细胞凋亡,从而使B细胞持续存活和增殖。", {
            ('IL-6', 'inhibits', 'cell', 'apoptosis', False),
            ('IL-6', 'promotes', 'B cell', 'survival', False),
            ('IL-6', 'promotes', 'B cell', 'proliferation', False),
        }),
        # written for the test: cells named only by an aspect (细胞增殖) before a conjunction: a cell type in the next
        # member (干细胞分化) is not whose proliferation it is
        ("BMP 在胚胎发生、细胞增殖和干细胞分化中发挥重要作用。", {
            ('BMP', 'regulates', 'embryonic development', None, False),
            ('BMP', 'regulates', 'cell', 'proliferation', False),
            ('BMP', 'regulates', 'stem cell', 'differentiation', False),
        }),
        # tr_zh_06: megakaryocytes express the factor (a relative clause before it, 的 right before COX-2): they are not whose apoptosis is inhibited
        ("骨髓巨核细胞强阳性表达的环氧酶-2(COX-2)同样能诱导血管生成因子包括VEGF、转化生长因子β(TGF-β)、白介素(IL)-6等的表达,抑制凋亡并减弱细胞与细胞外基质的黏附能力[1]。", {
            ('COX-2', 'upregulates', 'VEGF-A', 'expression', False),
            ('COX-2', 'upregulates', 'TGF-β', 'expression', False),
            ('COX-2', 'upregulates', 'IL-6', 'expression', False),
            ('COX-2', 'inhibits', 'apoptosis', None, False),  # bare_process: 凋亡 with no cells named
            ('COX-2', 'inhibits', 'cell', None, False),
            ('COX-2', 'inhibits', 'cell adhesion', None, False),
        }),
        # 004: BMSC acts in the relative clause (BMSC 介导的凋亡抵抗): the apoptosis is not the BMSCs'
        ("敲低PAK1可部分逆转BMSC介导的凋亡抵抗作用。", {
            ('PAK1', 'promotes', 'apoptosis', None, False),
            ('BMSC', 'induces', 'apoptosis', None, False),
        }),
    ],
    "bare_process": [
        # written for the test: 凋亡 written without 细胞 and no cells named: the process itself, no aspect (tr_zh_06's gold)
        ("IL-6 通过激活 STAT3 抑制凋亡，并促进血管生成。", {
            ('IL-6', 'activates', 'STAT3', 'activity', False),
            ('IL-6', 'inhibits', 'apoptosis', None, False),
            ('IL-6', 'promotes', 'angiogenesis', None, False),
        }),
        # written for the test (the parse reader): adjectives of processes with no cells named (tr_en_02's gold)
        ("Owing to its pro-apoptotic and antiproliferative functions, IFN-γ is regarded as a candidate for cancer immunotherapy.", {
            ('IFN-γ', 'promotes', 'apoptosis', None, False),
            ('IFN-γ', 'inhibits', 'cell proliferation', None, False),
        }),
        # written for the test: a bare 凋亡 whose claim the sentence states on the cells too (促进细胞凋亡) is that
        # claim once (emit.dedupe: the process's frame is the cells' apoptosis)
        ("TNF-α 促进细胞凋亡，并通过激活 caspase-3 促进凋亡。", {
            ('TNF-α', 'promotes', 'cell', 'apoptosis', False),
            ('TNF-α', 'activates', 'caspase-3', 'activity', False),
        }),
    ],
    "-bare_process": [
        # written for the test: the cell word written once for a list (细胞分化、增殖和凋亡) is each member's
        ("Notch 信号通路在调节细胞分化、增殖和凋亡中起重要作用。", {
            ('Notch pathway', 'regulates', 'cell', 'differentiation', False),
            ('Notch pathway', 'regulates', 'cell', 'proliferation', False),
            ('Notch pathway', 'regulates', 'cell', 'apoptosis', False),
        }),
        # written for the test: the cells named (骨髓瘤细胞凋亡) own it
        ("IL-6 通过激活 STAT3 抑制骨髓瘤细胞凋亡。", {
            ('IL-6', 'activates', 'STAT3', 'activity', False),
            ('IL-6', 'inhibits', 'myeloma cell', 'apoptosis', False),
        }),
    ],
    "disease_cell_invasion": [
        # other cells still infiltrate; tumour cells invade
        ("IL-1 是一种促炎细胞因子，可以激发炎症细胞浸润和炎症反应，促进肿瘤细胞的生长和浸润。", {
            ('IL-1', 'activates', 'inflammatory cell', 'infiltration', False),
            ('IL-1', 'activates', 'inflammatory response', None, False),
            ('IL-1', 'promotes', 'tumor cell', 'growth', False),
            ('IL-1', 'promotes', 'tumor cell', 'invasion', False),
        }),
        # A 促进 X 细胞的生长和浸润: the 浸润 of cells named after a disease (tumor cell) is their invasion, as a tumour's; other cells (炎症细胞浸润) infiltrate
        ("IL 家族细胞因子参与调控炎症反应，在骨髓增殖性肿瘤中具有重要作用，如IL-1 是一种促炎细胞因子，可以激发炎症细胞浸润和炎症反应，促进肿瘤细胞的生长和浸润。", {
            ('IL-1', 'activates', 'inflammatory cell', 'infiltration', False),
            ('IL-1', 'activates', 'inflammatory response', None, False),
            ('IL-1', 'promotes', 'tumor cell', 'growth', False),
            ('IL-1', 'promotes', 'tumor cell', 'invasion', False),
            ('interleukin', 'regulates', 'inflammatory response', None, False),
            ('interleukin', 'regulates', 'myeloproliferative neoplasm', None, False),
        }),
    ],
    "zh.cells_resistance": [
        # 004: resistance to a drug is that of the cells named; the proto-oncogene title keeps the group going
        ("Vianello 等<sup>[29]</sup>研究显示 BMSC 对伊马替尼治疗的反应提高了 CML 细胞中原癌基因 B 细胞淋巴瘤 6 蛋白(B-cell lymphoma 6, BCL6)的表达, 这表明 BCL6 可能在 BMSC 介导的 TKI 耐药中发挥作用。", {
            ('BCL6', 'regulates', 'CML cell', 'drug_resistance', False),
            ('BMSC', 'induces', 'CML cell', 'drug_resistance', False),
            ('BMSC', 'upregulates', 'BCL6', 'expression', False),
        }),
        # X 诱导的耐药 (drug resistance named on its own, or resistance to a drug: TKI 耐药): the resistance of the cells the sentence names that do not act (not the factor, not the agent of a relative), else of the cells of the disease it names
        ("PAK1可能在介导BMSC诱导的耐药中发挥关键作用,是AML的一个新的治疗靶点<sup>[15]</sup>。", {
            ('BMSC', 'induces', 'AML cell', 'drug_resistance', False),
            ('PAK1', 'induces', 'AML cell', 'drug_resistance', False),
        }),
    ],
    "disease_cells": [
        # 002's English abstract: the migration listed after tumor growth is the tumour cells'
        ("In-depth studies on the role of LIF in cancer cells have revealed that it plays an important role in tumor growth, migration, invasion, maintenance of stem cell stemness and immune evasion.", {
            ('LIF', 'regulates', 'immune evasion', None, False),
            ('LIF', 'regulates', 'stem cell', 'stemness', False),
            ('LIF', 'regulates', 'tumor cell', 'migration', False),
            ('LIF', 'regulates', 'tumor', 'growth', False),
            ('LIF', 'regulates', 'tumor', 'invasion', False),  # not in the gold
        }),
    ],
    "default_aspect": [
        # 001: a cell type induced is formed (default_aspects.tsv: induces, cell -> differentiation; the gold: IL-10 induces Treg, differentiation)
        ("在淋巴细胞性脉络丛脑膜炎病毒(lymphocytic choroid plexus meningitis virus, LCMV)感染模型中，IL-10 本身或随后诱导的 T调节细胞会损害病原体控制和清除。", {
            ('IL-10', 'induces', 'Treg', 'differentiation', False),
            ('IL-10', 'inhibits', 'pathogen clearance', None, False),
        }),
        # written for the test: 诱导 + a cell type, for each factor
        ("TGF-β 和 IL-6 可以诱导 Th17 细胞。", {
            ('TGF-β', 'induces', 'Th17 cell', 'differentiation', False),
            ('IL-6', 'induces', 'Th17 cell', 'differentiation', False),
        }),
    ],
    "zh.killer_cytotoxicity": [
        # written for the test: the cytotoxicity of NK cells is their activity (lowered: inhibited), not their drug resistance turned round
        ("TGF-β 可降低 NK 细胞的细胞毒性。", {
            ('TGF-β', 'downregulates', 'NK cell', 'activity', False),
        }),
        # written for the test: raised by the factor; and in the passive
        ("IL-2 和 IL-15 可增强 NK 细胞的细胞毒性，而 NK 细胞的细胞毒性受到 TGF-β 的抑制。", {
            ('IL-2', 'promotes', 'NK cell', 'activity', False),
            ('IL-15', 'promotes', 'NK cell', 'activity', False),
            ('TGF-β', 'inhibits', 'NK cell', 'activity', False),
        }),
    ],
    "-zh.killer_cytotoxicity": [
        # 004: leukaemia cells suffer the cytotoxicity: it is still their drug resistance turned round
        ("在BMSC中过表达血管细胞黏附分子1(vascular cell adhesion molecule 1, VCAM-1)可以保护白血病细胞免受阿糖胞苷和依托泊苷治疗引起的细胞毒性。", {
            ('VCAM-1', 'promotes', 'leukemia cell', 'drug_resistance', False),
        }),
    ],
    "-default_aspect": [
        # written for the test: an adverb (持续, 过度, 异常) between 的 and the aspect word leaves the aspect the word's, not the default
        ("TNF-α 可导致 NF-κB 的持续激活。", {
            ('TNF-α', 'induces', 'NF-κB', 'activity', False),
        }),
        ("IL-6 能够促进 STAT3 的过度磷酸化和 RANKL 的异常表达。", {
            ('IL-6', 'promotes', 'STAT3', 'phosphorylation', False),
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),
        }),
    ],
    "trigger_aspect": [
        # a trigger word can say no aspect (负调节因子: none), which overrides the default
        ("LIF 是 p53 的负调节因子。", {
            ('LIF', 'inhibits', 'p53', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_output_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
