"""The constructions that reject a claim (emits no claim): one table per construction; every sentence also
states a real claim, which the exact set of triples holds (see test_constructions_claims)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "en.role_topic": [
        # 003's and 001's English abstracts: roles of X in Y named as a topic state nothing (the gold has no triple there); a role stated by a verb still regulates
        ("This is especially true when it comes to the mechanisms of action,signaling pathways,and pathological roles of different cytokines in bone-related diseases such as osteoporosis,rheumatoid arthritis,and osteoarthritis. A large number of studies have shown that inflammatory cytokines play an important role in various inflammatory diseases, but the reports on their specific effects are not always consistent.", {
            ('inflammatory cytokine', 'regulates', 'inflammatory disease', None, False),
        }),
    ],
    "zh.generic_factor": [
        # written for the test: 后者 standing for a bare 细胞 (cells in general) acts on nothing; the claim before it stands
        ("IL-2 激活 CD4+ T细胞和细胞,后者活化中性粒细胞。", {
            ('IL-2', 'activates', 'CD4+ T cell', 'activity', False),
            ('IL-2', 'activates', 'cell', 'activity', False),  # the class word as written
        }),
        # 004 (BMSC review): BMSC and the CLL cells (a bare 细胞 after the bracket) act together (共同); the bare
        # cells drop out of the factors, BMSC stays
        ("研究显示, BMSC 与 B 细胞的慢性白血病 (B-cell chronic lymphocytic leukemia, B-CLL) 细胞直接接触激活 BMSC 的 Notch 同源蛋白 2 (Notch homolog 2, Notch2), 通过 GSK3 $\\beta$ 的磷酸化和 N-钙黏附素的转录上调, 导致 $\\beta$ -连环蛋白在细胞核中积累, 并共同激活 Wnt 信号通路, 促进 CLL 的进展<sup>[19]</sup>。", {
            ('BMSC', 'activates', 'Notch2', 'activity', False),
            ('BMSC', 'upregulates', 'β-catenin', 'expression', False),
            ('BMSC', 'activates', 'Wnt pathway', 'activity', False),
            ('BMSC', 'promotes', 'CLL', None, False),
        }),
    ],
    "zh.role_content": [
        # 001: 涉及 states a claim only going on from a role (作用) stated of the subject; the sentence before, from the same review, states claims
        ("一些炎症因子如 TNF-α、IL-1、IL-6、IL-8 可以调节骨重塑、激活破骨细胞并最终促进骨质疏松症的发展。炎症是一个复杂的过程，涉及不同炎症因子的产生和释放，包括白介素-1α (IL-1α)、白介素-6 (IL-6)和白介素-1β (IL-1β)等。", {
            ('IL-1', 'activates', 'osteoclast', 'activity', False),
            ('IL-1', 'promotes', 'osteoporosis', None, False),
            ('IL-1', 'regulates', 'bone remodeling', None, False),
            ('IL-6', 'activates', 'osteoclast', 'activity', False),
            ('IL-6', 'promotes', 'osteoporosis', None, False),
            ('IL-6', 'regulates', 'bone remodeling', None, False),
            ('IL-8', 'activates', 'osteoclast', 'activity', False),
            ('IL-8', 'promotes', 'osteoporosis', None, False),
            ('IL-8', 'regulates', 'bone remodeling', None, False),
            ('TNF-α', 'activates', 'osteoclast', 'activity', False),
            ('TNF-α', 'promotes', 'osteoporosis', None, False),
            ('TNF-α', 'regulates', 'bone remodeling', None, False),
        }),
    ],
    "-zh.role_content": [
        # 000: what a role involves is regulated
        ("TNF 家族细胞因子及其受体在骨髓增殖性肿瘤中的作用非常复杂，既涉及肿瘤细胞的生长、侵袭和存活，也涉及肿瘤细胞对免疫反应的调节。", {
            ('TNF family', 'regulates', 'immune response', None, False),
            ('TNF family', 'regulates', 'myeloproliferative neoplasm', None, False),  # not in the gold
            ('TNF family', 'regulates', 'tumor cell', 'growth', False),
            ('TNF family', 'regulates', 'tumor cell', 'invasion', False),
            ('TNF family', 'regulates', 'tumor cell', 'survival', False),
            ('receptor', 'regulates', 'immune response', None, False),  # not in the gold
            ('receptor', 'regulates', 'myeloproliferative neoplasm', None, False),  # not in the gold
            ('receptor', 'regulates', 'tumor cell', 'growth', False),  # not in the gold
            ('receptor', 'regulates', 'tumor cell', 'invasion', False),  # not in the gold
            ('receptor', 'regulates', 'tumor cell', 'survival', False),  # not in the gold
            ('tumor cell', 'regulates', 'immune response', None, False),
        }),
    ],
    "zh.relative_role_noun": [
        # 004: 起…调节作用的细胞: the cells have the role; BMSC does not act on them
        ("缺乏syntenin的BMSC,通过增强AML细胞的存活能力和蛋白质合成功能,显著激发了AML的侵袭性。BMSC属于骨髓中起支持和调节作用的细胞, 是骨髓微环境的重要组成部分。", {
            ('syntenin', 'inhibits', 'AML cell', 'survival', False),
            ('syntenin', 'inhibits', 'protein synthesis', None, False),
            ('syntenin', 'inhibits', 'AML', 'invasion', False),
        }),
    ],
    "incomplete": [
        # 002: a correlation (相关) is no triple (SPEC): the change word 下调 has no object; the sentence before states the role
        ("近年来，越来越多的研究发现LIF在肿瘤发生中发挥着重要作用。LIF在胃癌中表达下调，与临床分期、淋巴结转移和较差的总生存期显著相关。", {
            ('LIF', 'regulates', 'tumorigenesis', None, False),
        }),
    ],
    "study": [
        # 001: a statement about the literature makes no claim; the sentence before does (shortened)
        ("免疫系统的各种炎症因子可以上调核因子-κB受体活化因子配体(Receptor Activator for Nuclear Factor-κB Ligand, RANKL)的表达。但迄今为止，炎症因子对骨质疏松的具体影响机制一直没有得到系统地归纳。", {
            ('inflammatory cytokine', 'upregulates', 'RANKL', 'expression', False),
        }),
        # tr_zh_01: 关于 X 的作用机制是…关注的重点 (study cue 关于) names what is studied; 靶向 (binds) in it is no finding; the last sentence written for the test
        ("关于IL-17和辅助性T细胞(Th17)的作用机制是免疫学关注的重点,尤其是在2015年首个靶向IL-17抑制剂司库奇尤单抗获批用于银屑病治疗之后,关于IL-17的深入研究、靶向IL-17抑制剂的临床应用及临床潜在适应症更是研究的热点。IL-17 可以诱导多种细胞因子的表达。", {
            ('IL-17', 'upregulates', 'cytokine', 'expression', False),
        }),
        # written for the test: 观察 X 对 Y 的影响 sets up an experiment (study cue 观察); the result after it is a finding
        ("将细胞分为对照组、LPS组和LPS+地塞米松组，观察地塞米松对炎症因子表达的影响，结果显示地塞米松可降低TNF-α的表达。", {
            ('dexamethasone', 'downregulates', 'TNF-α', 'expression', False),
        }),
    ],
    "association_around": [
        # 001: agreement with a finding is no effect; the last sentence written for the test
        ("在中性粒细胞中，磷脂酰肌醇-3 激酶活性已被确定为将 IL-8 受体与 MAPK 信号传导耦合的关键中间体[100]。MAPK 信号的激活与 IL-8 在嗜中性粒细胞[104]、内皮细胞[105]和癌细胞系[101] [102] [103]的细胞增殖和细胞存活促进作用一致。IL-8 促进中性粒细胞的迁移。", {
            ('IL-8', 'promotes', 'neutrophil', 'migration', False),  # not in the gold
        }),
    ],
    "unknown": [
        # 002: an open question (还有待研究) states no effect; the next sentence of the review does
        ("LIF在体外的生物学功能似乎与糖基化程度无关，但糖基化是否会影响LIF在体内的稳定性和功能还有待研究<sup>[11]</sup>。LIF首先与LIFR结合,而后与gp130形成高亲和力功能复合物。", {
            ('LIF', 'binds', 'LIFR', None, False),
            ('LIF', 'binds', 'gp130', None, False),
        }),
    ],
    "zh.question": [
        # written for the test: an interrogative word (哪些, 是否) before a trigger asks; the clause before it states
        ("IL-6 可促进破骨细胞分化，但哪些因子抑制成骨细胞分化仍需研究。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        ("TGF-β 是否促进骨髓瘤细胞增殖仍有争议，但 TGF-β 可抑制T细胞活化。", {
            ('TGF-β', 'inhibits', 'T cell', 'activity', False),
        }),
    ],
    "zh.role_of_verb": [
        # 000: the role word's content is stated by the verb before 的 (促进肿瘤细胞增殖的作用): G-CSF promotes tumour
        # cells' proliferation; the place (骨髓增殖性肿瘤) is only where (the gold has no role on it)
        ("上述细胞因子可以 通过激活相关的细胞信号通路促进肿瘤细胞的增殖 和生存，如粒细胞集落刺激因子（granulocyte colony- stimulating factor，G-CSF）是一种重要的细胞因子， 在骨髓增殖性肿瘤中具有促进肿瘤细胞增殖的作 用。", {
            ('cytokine', 'activates', 'signaling pathway', 'activity', False),
            ('cytokine', 'promotes', 'tumor cell', 'proliferation', False),
            ('cytokine', 'promotes', 'tumor cell', 'survival', False),
            ('G-CSF', 'promotes', 'tumor cell', 'proliferation', False),
        }),
    ],
    "-zh.role_of_verb": [
        # written for the test: a verb with no object of its own before 的 (对 B 的启动起…作用) leaves the role standing
        ("巨噬细胞对炎症反应的启动起着关键作用。", {
            ('macrophage', 'regulates', 'inflammatory response', None, False),
        }),
    ],
    "zh.role_studied": [
        # 002: the role LIF is studied for (对…的作用进行深入研究) is no claim; the finding after 发现 is
        ("通过对 LIF 在癌细胞中的作用进行深入研究，发现其在肿瘤生长、迁移、侵袭、维持干细胞干性、免疫逃逸等方面发挥重要作用。", {
            ('LIF', 'regulates', 'tumor', 'growth', False),
            ('LIF', 'regulates', 'tumor cell', 'migration', False),
            ('LIF', 'regulates', 'tumor', 'invasion', False),
            ('LIF', 'regulates', 'stem cell', 'stemness', False),
            ('LIF', 'regulates', 'immune evasion', None, False),
        }),
        # written for the test: a role named as what research goes into (作用研究不断深入)
        ("近年来，IL-17在类风湿关节炎中的作用研究不断深入。IL-17可促进破骨细胞分化。", {
            ('IL-17', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "unspecific_class": [
        # 001: no regulates claim on an unspecified class (不同的信号通路)
        ("TNF 和 IL-1 最初参与不同的信号通路，它们与 NF-κB 的激活和 MAPK 系统的刺激相融合。因此，两种细胞因子的串扰效应为破骨细胞生成提供有效信号，抑制成骨细胞功能，调节骨骼细胞的寿命[51]。", {
            ('IL-1', 'inhibits', 'osteoblast', 'activity', False),
            ('IL-1', 'regulates', 'bone cell', 'survival', False),
            ('TNF-α', 'inhibits', 'osteoblast', 'activity', False),
            ('TNF-α', 'regulates', 'bone cell', 'survival', False),
        }),
    ],
    "zh.hyphen_part": [
        # written for the test: the piece of a signalling chain (MyD88-IRAK-TRAF6) acts on nothing; IL-18's claims stand
        ("IL-18 与其受体结合后，激活 MyD88-IRAK-TRAF6 介导的 NF-κB 通路，并促进 IFN-γ 的表达。", {
            ('IL-18', 'binds', 'IL-18R', None, False),
            ('IL-18', 'activates', 'NF-κB pathway', 'activity', False),
            ('IL-18', 'upregulates', 'IFN-γ', 'expression', False),
        }),
        # written for the test: mbIL6R-less cells are no receptor that is activated
        ("IL-6 与 sIL-6R 结合，进而激活 mbIL6R-less 细胞上的 gp130。", {
            ('IL-6', 'binds', 'sIL-6R', None, False),
        }),
    ],
    "-zh.hyphen_part": [
        # written for the test: a hyphen that joins the name to the verb after it (X-诱导的) parts no longer name
        ("LPS-诱导的 IL-6 表达增加。", {
            ('LPS', 'upregulates', 'IL-6', 'expression', False),
        }),
    ],
    "zh.qualifier_part": [
        # written for the test: tumour-derived substances (肿瘤衍生物质) are no tumour; the second clause's claim
        # stands (肿瘤衍生因子 is one composed name, read as such: test_zh_longer_arguments.py)
        ("髓源性抑制细胞可被肿瘤衍生物质招募至肿瘤部位，IL-6 可促进髓源性抑制细胞的增殖。", {
            ('IL-6', 'promotes', 'MDSC', 'proliferation', False),
        }),
        # written for the test: an eosinophil-associated response is neither the eosinophils nor any immune response
        ("IL-5 是驱动嗜酸性粒细胞相关免疫应答的关键因子，可促进嗜酸性粒细胞的存活。", {
            ('IL-5', 'promotes', 'eosinophil', 'survival', False),
        }),
    ],
    "zh.unspecific_generic": [
        # written for the test: 多种信号通路 / 下游的信号通路 name no pathway; the binding and the expression stand
        ("TPO 与其受体 c-mpl 结合，并激活多种信号通路。", {
            ('thrombopoietin', 'binds', 'MPL', None, False),
        }),
        ("IL-1β 与 IL-1R1 结合后，激活下游的信号通路，诱导 IL-6 的表达。", {
            ('IL-1β', 'binds', 'IL-1R1', None, False),
            ('IL-1β', 'upregulates', 'IL-6', 'expression', False),
        }),
        # written for the test: 该受体 that stands for no receptor named before it is no receptor; the next claim stands
        ("IL-13 也可激活该受体，并促进巨噬细胞的增殖。", {
            ('IL-13', 'promotes', 'macrophage', 'proliferation', False),
        }),
    ],
    "-zh.unspecific_generic": [
        # written for the test: the pathways listed after it (包括…) are named: the claims are theirs
        ("TNF-α 可激活多种信号通路，包括 NF-κB 和 JAK2/STAT3 信号通路。", {
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
            ('TNF-α', 'activates', 'JAK2/STAT3 pathway', 'activity', False),
        }),
    ],
    "-medium": [
        # 000's first sentence in English: the gold gives only cytokine regulates immune response
        ("Cytokines are a class of protein molecules that mediate intercellular interactions and regulate immune responses.", {
            ('cytokine', 'regulates', 'immune response', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_filters_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
