"""What a list of examples stands for (stage examples): one table per construction (see test_constructions_claims)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "examples_subject": [
        # examples after "such as" stand for the class word; "by affecting" names the effects too
        ("A growing amount of evidence demonstrates that cytokines such as interleukins(ILs),tumor necrosis factors(TNFs),and interferons(IFNs)not only take part in immune responses but also directly or indirectly regulate bone remodeling by affecting osteoblast differentiation,osteoclasto-genesis,and osteoclast activity.", {
            ('TNF-α', 'regulates', 'bone remodeling', None, False),  # not in the gold
            ('TNF-α', 'regulates', 'immune response', None, False),  # not in the gold
            ('TNF-α', 'regulates', 'osteoblast', 'differentiation', False),  # not in the gold
            ('TNF-α', 'regulates', 'osteoclast', 'activity', False),  # not in the gold
            ('TNF-α', 'regulates', 'osteoclast', 'differentiation', False),  # not in the gold
            ('interferon', 'regulates', 'bone remodeling', None, False),
            ('interferon', 'regulates', 'immune response', None, False),
            ('interferon', 'regulates', 'osteoblast', 'differentiation', False),
            ('interferon', 'regulates', 'osteoclast', 'activity', False),
            ('interferon', 'regulates', 'osteoclast', 'differentiation', False),
            ('interleukin', 'regulates', 'bone remodeling', None, False),
            ('interleukin', 'regulates', 'immune response', None, False),
            ('interleukin', 'regulates', 'osteoblast', 'differentiation', False),
            ('interleukin', 'regulates', 'osteoclast', 'activity', False),
            ('interleukin', 'regulates', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.bracket_members": [
        # tr_zh_06: X(包括 A 和 B)、C: the bracketed members stand for X, and C after the brackets is listed with them
        ("此外,TGF(包括TGF-α和TGF-β)、TNF-α同样是血管新生的刺激因子。", {
            ('TGF-α', 'promotes', 'angiogenesis', None, False),
            ('TGF-β', 'promotes', 'angiogenesis', None, False),
            ('TNF-α', 'promotes', 'angiogenesis', None, False),
        }),
        # written for the test: full-width brackets
        ("细胞因子（包括 IL-6 和 TNF-α）可促进骨吸收。", {
            ('IL-6', 'promotes', 'bone resorption', None, False),
            ('TNF-α', 'promotes', 'bone resorption', None, False),
        }),
    ],
    "-zh.bracket_members": [
        # written for the test: 包括 with no brackets states what the class includes; the claim stays on the class
        ("细胞因子包括 IL-6 和 TNF-α，可促进骨吸收。", {
            ('cytokine', 'promotes', 'bone resorption', None, False),
        }),
    ],
    "examples_agent": [
        # B 被 A 激活，例如 E1 或 E2 (A a class word, the examples right after the trigger): the examples stand for the agent
        ("有趣的是，ADAM 蛋白酶不仅能被其他细胞因子激活，例如 IL-1β或 TNF-α [74]，也可以被细菌毒素诱导[75]。", {
            ('IL-1β', 'activates', 'ADAM', 'activity', False),
            ('TNF-α', 'activates', 'ADAM', 'activity', False),
            ('bacterial toxin', 'upregulates', 'ADAM', 'expression', False),
        }),
    ],
    "examples_more": [
        # every example list of a listed factor counts; the listed class words do not
        ("因此，IL-8 的表达已显示受多种不同刺激的调节，包括炎症信号(例如，TNF-α、IL-1β)、化学和环境压力(例如，暴露于化疗药物和缺氧)和类固醇激素(例如，雄激素、雌激素和地塞米松)。", {
            ('IL-1β', 'regulates', 'IL-8', 'expression', False),
            ('TNF-α', 'regulates', 'IL-8', 'expression', False),
            ('androgen', 'regulates', 'IL-8', 'expression', False),
            ('chemotherapeutic drug', 'regulates', 'IL-8', 'expression', False),
            ('dexamethasone', 'regulates', 'IL-8', 'expression', False),
            ('estrogen', 'regulates', 'IL-8', 'expression', False),
            ('hypoxia', 'regulates', 'IL-8', 'expression', False),
        }),
    ],
    "-examples_factors": [
        # written for the test: the trigger (促进) only qualifies a noun (…的途径) before the clause's own verb
        # (已有…认识): the examples after the clause fill no slot of it; the next sentence's claim stands
        ("人们对IL-6促进骨吸收的途径已有诸多认识,包括STAT3信号通路的激活。IL-6可以促进破骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "examples_factors": [
        # B 受多种刺激的调节，包括 A1（例如 a、b）: a passive that names no agent takes the example list after it as its agents; examples in brackets after a listed agent stand for it
        ("因此，IL-8 的表达已显示受多种不同刺激的调节，包括炎症信号(例如，TNF-α、IL-1β)、化学和环境压力(例如，暴露于化疗药物和缺氧)和类固醇激素(例如，雄激素、雌激素和地塞米松) [96] [97]。", {
            ('IL-1β', 'regulates', 'IL-8', 'expression', False),
            ('TNF-α', 'regulates', 'IL-8', 'expression', False),
            ('androgen', 'regulates', 'IL-8', 'expression', False),
            ('chemotherapeutic drug', 'regulates', 'IL-8', 'expression', False),
            ('dexamethasone', 'regulates', 'IL-8', 'expression', False),
            ('estrogen', 'regulates', 'IL-8', 'expression', False),
            ('hypoxia', 'regulates', 'IL-8', 'expression', False),
        }),
        # a trigger without a named factor, then 包括 + list: the list is the factor
        ("多种物质的刺激可以介导 IL-1 的产生，包括内毒素、其他细胞因子和微生物。", {
            ('cytokine', 'upregulates', 'IL-1', 'expression', False),
            ('endotoxin', 'upregulates', 'IL-1', 'expression', False),
            ('microorganism', 'upregulates', 'IL-1', 'expression', False),
        }),
    ],
    "examples_same_kind": [
        # tr_zh_02: 不同类型癌症的发生，如 A、B 和 C: diseases after a disease target (no class word): the claim is stated of each
        ("一个多世纪以来,流行病学研究表明,慢性炎症可以促进不同类型癌症的发生,如结肠癌、前列腺癌和肝癌[2-3]。", {
            ('chronic inflammation', 'promotes', 'colon cancer', None, False),
            ('chronic inflammation', 'promotes', 'prostate cancer', None, False),
            ('chronic inflammation', 'promotes', 'liver cancer', None, False),
        }),
    ],
    "examples_class_factors": [
        # written for the test: a class-word subject, its claim, then 如 + members ending the sentence: the members act, not the class word
        ("有些细胞因子可以抑制炎症,如IL-10和TGF-β。", {
            ('IL-10', 'inhibits', 'inflammation', None, False),
            ('TGF-β', 'inhibits', 'inflammation', None, False),
        }),
        # written for the test: a partitive subject (部分成员 of the family the clause chain is about); the pronoun after the examples goes back to the family
        ("IL-1 家族的多数成员促进炎症,但也有少数成员能够抑制炎症,如IL-37、IL-1Ra,它们在自身免疫疾病中起多方面的作用。", {
            ('IL-1 family', 'promotes', 'inflammation', None, False),
            ('IL-37', 'inhibits', 'inflammation', None, False),
            ('IL-1Ra', 'inhibits', 'inflammation', None, False),
            ('IL-1 family', 'regulates', 'autoimmune disease', None, False),
        }),
    ],
    "-examples_class_factors": [
        # 000: the clause after the examples opens with its predicate (，均可刺激…): they are its subject (examples_next_topic), the class word keeps its claim
        ("细胞因子在骨髓增殖性肿瘤中可发挥调节作用，部分细胞因子可以促进肿瘤的生长和扩散，如生长因子 IL-6、造血生长因子 G-CSF 和重组人干扰素 γ（recombinant human interferon-γ，IFN-γ），均可刺激恶性克隆细胞的增殖和存活，加快肿瘤进展。", {
            ('cytokine', 'regulates', 'myeloproliferative neoplasm', None, False),
            ('cytokine', 'promotes', 'tumor', 'growth', False),
            ('cytokine', 'promotes', 'tumor', 'metastasis', False),
            ('IL-6', 'activates', 'malignant clonal cell', 'proliferation', False),
            ('IL-6', 'activates', 'malignant clonal cell', 'survival', False),
            ('G-CSF', 'activates', 'malignant clonal cell', 'proliferation', False),
            ('G-CSF', 'activates', 'malignant clonal cell', 'survival', False),
            ('IFN-γ', 'activates', 'malignant clonal cell', 'proliferation', False),
            ('IFN-γ', 'activates', 'malignant clonal cell', 'survival', False),
            ('IL-6', 'promotes', 'tumor progression', None, False),
            ('G-CSF', 'promotes', 'tumor progression', None, False),
            ('IFN-γ', 'promotes', 'tumor progression', None, False),
        }),
        # 000: examples of a class-word target stand for the target (examples_targets), not for the class-word factor
        ("其次，IL-6 家族细胞因子可以促进骨髓间质细胞产生多种细胞因子，如 IL-1、IL-8、TNF-α 等。", {
            ('IL-6 family cytokine', 'upregulates', 'IL-1', 'expression', False),
            ('IL-6 family cytokine', 'upregulates', 'IL-8', 'expression', False),
            ('IL-6 family cytokine', 'upregulates', 'TNF-α', 'expression', False),
        }),
    ],
    "-examples_same_kind": [
        # 000: examples of another kind (genes after a disease's growth) stay what the next clauses are about (examples_next_topic)
        ("除此之外，免疫细胞可以分泌多种细胞因子，促进肿瘤的生长，如 IL-6、G-CSF 和 IFN-γ，均可促进骨髓增殖性肿瘤细胞的增殖和存活。", {
            ('immune cell', 'promotes', 'tumor', 'growth', False),
            ('IL-6', 'promotes', 'myeloproliferative neoplasm cell', 'proliferation', False),
            ('IL-6', 'promotes', 'myeloproliferative neoplasm cell', 'survival', False),
            ('G-CSF', 'promotes', 'myeloproliferative neoplasm cell', 'proliferation', False),
            ('G-CSF', 'promotes', 'myeloproliferative neoplasm cell', 'survival', False),
            ('IFN-γ', 'promotes', 'myeloproliferative neoplasm cell', 'proliferation', False),
            ('IFN-γ', 'promotes', 'myeloproliferative neoplasm cell', 'survival', False),
        }),
    ],
    "examples_targets": [
        # no cell type named: the cells stay generic
        ("TNF-α在调节多种发育和免疫过程中也发挥着不同的作用，包括炎症、分化、脂质代谢和细胞凋亡。", {
            ('TNF-α', 'regulates', 'cell', 'apoptosis', False),
            ('TNF-α', 'regulates', 'inflammation', None, False),
            ('TNF-α', 'regulates', 'lipid metabolism', None, False),
        }),
        # examples after a class word stand for it: 促进…产生多种细胞因子，如 IL-1、IL-8
        ("其次，IL-6 家族细胞因子可以促进骨髓间质细胞产生多种细胞因子，如 IL-1、IL-8、TNF-α 等。", {
            ('IL-6 family cytokine', 'upregulates', 'IL-1', 'expression', False),
            ('IL-6 family cytokine', 'upregulates', 'IL-8', 'expression', False),
            ('IL-6 family cytokine', 'upregulates', 'TNF-α', 'expression', False),
        }),
        # a trigger without a named target, then 包括 + list: the list is the target
        ("在骨髓增殖性肿瘤中，细胞因子参与了多种关键的生物学过程，包括细胞增殖、分化、存活、迁移和侵袭等。", {
            ('cytokine', 'regulates', 'cell', 'differentiation', False),
            ('cytokine', 'regulates', 'cell', 'invasion', False),
            ('cytokine', 'regulates', 'cell', 'migration', False),
            ('cytokine', 'regulates', 'cell', 'proliferation', False),
            ('cytokine', 'regulates', 'cell', 'survival', False),
        }),
        # a trigger without a named target, then "including" + list
        ("In bone marrow proliferative tumors, cytokines are involved in various key biological processes, including cell proliferation, differentiation, survival, migration and invasion.", {
            ('cytokine', 'regulates', 'cell', 'differentiation', False),
            ('cytokine', 'regulates', 'cell', 'invasion', False),
            ('cytokine', 'regulates', 'cell', 'migration', False),
            ('cytokine', 'regulates', 'cell', 'proliferation', False),
            ('cytokine', 'regulates', 'cell', 'survival', False),
        }),
        # a list after 包括 whose members are placed in a cascade (下游的 X、上游的 Y; filler cues): the place word sits inside the group, so every member stands for the class word
        ("LIF/LIFR激活致癌信号通路,包括作为即时效应物的JAK/STAT3和下游的MAPK、AKT、mTOR。", {
            ('LIF/LIFR axis', 'activates', 'AKT', 'activity', False),
            ('LIF/LIFR axis', 'activates', 'JAK/STAT3 pathway', 'activity', False),
            ('LIF/LIFR axis', 'activates', 'MAPK', 'activity', False),
            ('LIF/LIFR axis', 'activates', 'mTOR', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_examples_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
