"""The constructions that read a claim (stage claim, and the sentence stage): one table per construction, each
sentence with the exact set of triples it must give (factor, effect, target, aspect, negated), and the
construction at work there (or, for a name written -name, not at work: the sentence shows where it must not
apply). Sentences are real (the sample papers, their reference lists, the train passages) unless a comment
says written for the test; "not in the gold" marks a triple the gold of that sentence does not have."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "opposite_effects": [
        # r10zh: 是刺激还是抑制 (whether it stimulates or inhibits): opposite directions joined by 还是 state no
        # direction; the gold has MSC regulates B cell proliferation and IgG (written LgG) expression
        ("MSC对B细胞的作用及机制相对复杂,MSC到底是刺激还是抑制脾脏来源的B细胞增殖和分泌LgG,取决于PWM、SPA、LPS等抗原的刺激作用强度。", {
            ('MSC', 'regulates', 'B cell', None, False),
            ('MSC', 'regulates', 'B cell', 'proliferation', False),
            ('MSC', 'regulates', 'LgG', 'expression', False),
        }),
    ],
    "zh.cause_opposite_changes": [
        # written for the test: 引起 B 的升高或降低: changes of both directions, so no one direction (regulates)
        ("在慢性炎症中，IL-10 水平的变化可引起 BAFF 表达的升高或降低。", {
            ('IL-10', 'regulates', 'BAFF', 'expression', False),
        }),
    ],
    "-zh.cause_opposite_changes": [
        # written for the test: one change after the cause keeps its direction (zh.cause_then_change)
        ("IL-6 可导致 CRP 水平升高。", {
            ('IL-6', 'upregulates', 'CRP', 'expression', False),
        }),
    ],
    "zh.causative": [
        # gold/extra: the patients (患者, a filler) between 使 and the diseases whose risk rises: the drugs cause them
        ("高剂量ESAs和铁剂的应用使患者高血压、血栓形成、感染、氧化应激和心血管疾病风险显著升高[4],因而限制了这些药物的应用。", {
            (f, 'upregulates', t, None, False)
            for f in ('erythropoiesis-stimulating agent', 'iron supplement')
            for t in ('hypertension', 'thrombosis', 'infection', 'oxidative stress', 'cardiovascular disease')
        }),
        # written for the test: 患者的 before the group
        ("IL-6 使患者的 CRP 水平升高。", {
            ('IL-6', 'upregulates', 'CRP', 'expression', False),
        }),
        # written for the test: an adverb (持续, 大量) between the group and its process words: still the group's own changes
        ("IL-7 使 T细胞持续存活和增殖。", {
            ('IL-7', 'promotes', 'T cell', 'survival', False),
            ('IL-7', 'promotes', 'T cell', 'proliferation', False),
        }),
        # written for the test: a causative with a change word
        ("IL-6 使 RANKL 的表达减少。", {
            ('IL-6', 'downregulates', 'RANKL', 'expression', False),
        }),
        # written for the test: a process word right after the group is the group's own change (使…活化/磷酸化/增殖)
        ("IL-6 促进炎症，从而使 STAT3 磷酸化，最终使肝星状细胞活化。", {
            ('IL-6', 'promotes', 'inflammation', None, False),
            ('IL-6', 'promotes', 'STAT3', 'phosphorylation', False),
            ('IL-6', 'promotes', 'hepatic stellate cell', 'activity', False),
        }),
        # …被激活，最后使得 X 大量表达 / A 使 B 的表达增加 (cues.tsv kind causative): the clause's factor (or the sentence's) causes the group's own change: a change word with no object gives its effect, an expression word as the verb upregulates; 炎症信号通路 after names is a generic head
        ("随后 IRAK1和 IRAK2磷酸化，TRAF6募集和寡聚化，NF-κB、c-Jun N-末端激酶(c-Jun N-terminal kinase, JNK)和 p38 MAPK 炎症信号通路被激活，最后使得炎症基因大量表达[23] [37]。", {
            ('JNK', 'upregulates', 'inflammatory gene', 'expression', False),
            ('NF-κB', 'upregulates', 'inflammatory gene', 'expression', False),
            ('p38 MAPK', 'upregulates', 'inflammatory gene', 'expression', False),
        }),
    ],
    "-zh.causative": [
        # 001: 使 X 能够…: X's ability, not a change of X
        ("巨噬细胞衍生的 IL-10 可以抑制邻近细胞分化为经典激活的巨噬细胞，从而使巨噬细胞能够自我调节[120]。", {
            ('IL-10', 'inhibits', 'M1 macrophage', 'differentiation', False),
        }),
    ],
    "zh.named_agent": [
        # X 抑制剂 Y: the named agent Y inhibits X, and Y is the subject
        ("LIF还增加了肺癌细胞A549细胞中的STAT3磷酸化,STAT3抑制剂Stattic减少了LIF刺激后的A3细胞迁移和侵袭<sup>[19]</sup>。", {
            ('LIF', 'upregulates', 'STAT3', 'phosphorylation', False),
            ('Stattic', 'downregulates', 'A549 cell', 'invasion', False),
            ('Stattic', 'downregulates', 'A549 cell', 'migration', False),
            ('Stattic', 'inhibits', 'STAT3', 'activity', False),
        }),
    ],
    "zh.prefix": [
        # 000: the effect word after a prefixed name is no aspect
        ("细胞因子在肿瘤免疫治疗中发挥着重要作用，如 TNF 在 MM 治疗中具有抗肿瘤活性，可诱导肿瘤细胞凋亡和抑制血管生成。", {
            ('TNF-α', 'induces', 'tumor cell', 'apoptosis', False),
            ('TNF-α', 'inhibits', 'angiogenesis', None, False),
            ('TNF-α', 'inhibits', 'tumor', None, False),
            ('cytokine', 'regulates', 'cancer immunotherapy', None, False),  # not in the gold
        }),
        # 001: 以其促炎活性: 促 as a prefix
        ("其中 TNF-α是一种多效性炎症因子，以其促炎活性而闻名。", {
            ('TNF-α', 'promotes', 'inflammation', None, False),
        }),
        # 具有抗肿瘤作用: 抗 + name + 作用 inhibits the name
        ("TRAIL 通过与其受体（DR4 和 DR5）结合，可以诱导肿瘤细胞凋亡，具有抗肿瘤作用。", {
            ('TRAIL', 'binds', 'TRAIL-R1', None, False),
            ('TRAIL', 'binds', 'TRAIL-R2', None, False),
            ('TRAIL', 'induces', 'tumor cell', 'apoptosis', False),
            ('TRAIL', 'inhibits', 'tumor', None, False),
        }),
        # 具有/有着 促 X 作用, 以其促 X 活性: the prefix 促 (promotes) as 抗; each prefixed name takes its own prefix (促炎和抗炎); a prefixed phrase that is the object of a trigger verb (阻断…促骨吸收活性) states nothing
        ("白介素 8 (IL-8)，也称为 CXCL8，是一种有着促炎作用的 CXC 趋化因子。", {
            ('IL-8', 'promotes', 'inflammation', None, False),
        }),
    ],
    "zh.prefix_list": [
        # 004 (its 它 named as BMSC): 抗炎和抗凋亡的作用 gives both; 凋亡 is the process itself (gold 004:17)
        ("BMSC 还具有抗炎和抗凋亡的作用。", {
            ('BMSC', 'inhibits', 'apoptosis', None, False),
            ('BMSC', 'inhibits', 'inflammation', None, False),
        }),
        # written for the test: 肿瘤细胞凋亡 names its owner: the prefix reads the owner's apoptosis
        ("BMSC 具有抗肿瘤细胞凋亡的作用。", {
            ('BMSC', 'inhibits', 'tumor cell', 'apoptosis', False),
        }),
        # 具有抗 X (和抗 Y) 的作用/特性: prefixed names joined by 和/、, then 的 and the effect word; each is inhibited by the subject
        ("IL-6 经过糖基化并由 T 细胞、单核细胞、内皮细胞和成纤维细胞分泌[69]，同时具有促炎和抗炎的特性。", {
            ('IL-6', 'inhibits', 'inflammation', None, False),
            ('IL-6', 'promotes', 'inflammation', None, False),
        }),
    ],
    "en.nominal_partner": [
        # written for the test: an effect noun with of and on
        ("The inhibitory effect of IL-10 on osteoclast differentiation has been confirmed in several studies.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
    ],
    "en.nominal_agent": [
        # written for the test: SPEC 1, where an agent is named the agent is the factor, effect as written
        ("In these mice, the inhibition of STAT3 by stattic reduces tumor growth in the pancreas.", {
            ('Stattic', 'downregulates', 'tumor', 'growth', False),
            ('Stattic', 'inhibits', 'STAT3', 'activity', False),
        }),
    ],
    "respect_of_role": [
        # A 在 B1、V B2、B3 等方面发挥作用: a trigger inside the respect list (在…方面) names one respect; the role word after 方面 states the claim for every item, no direction
        ("通过对 LIF 在癌细胞中的作用进行深入研究，发现其在肿瘤生长、迁移、侵袭、维持干细胞干性、免疫逃逸等方面发挥重要作用。", {
            ('LIF', 'regulates', 'immune evasion', None, False),
            ('LIF', 'regulates', 'stem cell', 'stemness', False),
            ('LIF', 'regulates', 'tumor cell', 'migration', False),
            ('LIF', 'regulates', 'tumor', 'growth', False),
            ('LIF', 'regulates', 'tumor', 'invasion', False),  # not in the gold
        }),
        # written for the test: a trigger right after 在 opens the respect list: the role word takes its effect for every respect listed
        ("IL-17 在促进破骨细胞分化和骨吸收方面发挥重要作用。", {
            ('IL-17', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-17', 'promotes', 'bone resorption', None, False),
        }),
        ("TGF-β 在抑制 T 细胞增殖方面起关键作用。", {
            ('TGF-β', 'inhibits', 'T cell', 'proliferation', False),
        }),
        # written for the test: a later trigger of the other direction in the list: no one direction
        ("TGF-β 在抑制 T 细胞增殖、维持免疫耐受方面起关键作用。", {
            ('TGF-β', 'regulates', 'T cell', 'proliferation', False),
            ('TGF-β', 'regulates', 'immune tolerance', None, False),
        }),
    ],
    "-respect_of_role": [
        # 001: without a role word after 方面 the trigger keeps its direction
        ("与 TNF-α相比，IL-1β在促进骨吸收方面具有更高的效率[53]。", {
            ('IL-1β', 'promotes', 'bone resorption', None, False),
        }),
    ],
    "zh.response": [
        # X 对 A 有反应 (trigger form response): X responds to A; the name after 对 (a treatment) is the factor and the subject (a list of diseases before 等) the target
        ("尽管一些炎症性疾病是由于 caspase-1活性的功能获得性突变引起的，但痛风、2 型糖尿病、心力衰竭、复发性心包炎、类风湿性关节炎等常见疾病也对 IL-1β中和有反应[23]。", {
            ('IL-1β neutralization', 'inhibits', 'gout', None, False),
            ('IL-1β neutralization', 'inhibits', 'heart failure', None, False),
            ('IL-1β neutralization', 'inhibits', 'recurrent pericarditis', None, False),
            ('IL-1β neutralization', 'inhibits', 'rheumatoid arthritis', None, False),
            ('IL-1β neutralization', 'inhibits', 'type 2 diabetes', None, False),
        }),
    ],
    "zh.binding_object": [
        # a verb on a binding acts on neither partner; the chain goes on with TNF-α after it
        ("TNF-α被认为是促进成熟造血干细胞分化为破骨细胞的关键因子，可提高巨噬细胞和干细胞中 RANK 和 RANKL 的水平，刺激 RANKL 与其受体 RANK 结合，激活受 RANKL 调控的多条信号通路，如 MAPK、TRAF-2、c-jun、JNK、NF-κB 和 AP-1，从而介导破骨细胞的增殖和分化。", {
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
    "zh.relative_object": [
        # a relative clause with no subject as a verb's object
        ("此外, PKC- $\\beta$  缺乏的 BMSC 在 CLL 接触后调节促进间质胰岛素信号传导的肝细胞核因子 1 (hepatocyte nuclear factor 1, Hnf1) 的表达, 可以抑制 CLL 的凋亡。", {
            ('HNF1', 'promotes', 'insulin signaling pathway', 'activity', False),
            ('PKC-β', 'promotes', 'CLL cell', 'apoptosis', False),  # not in the gold
            ('PKC-β', 'regulates', 'HNF1', 'expression', False),
        }),
        # V1 (能够) V2 X 的 H: a relative clause (V2 X 的) on the head H right after the trigger (verbs only between): V1 acts on H, H acts on X (zh.relative), and V1's subject acts on X with the two directions multiplied
        ("此外，IL-33 还间接作用于骨骼，诱导能够干扰 M-CSF 和 RANKL 产生的抗破骨细胞因子的合成[55]。", {
            ('IL-33', 'downregulates', 'M-CSF', 'expression', False),
            ('IL-33', 'downregulates', 'RANKL', 'expression', False),
            ('IL-33', 'regulates', 'bone', None, False),
            ('IL-33', 'upregulates', 'anti-osteoclastogenic cytokine', 'expression', False),
            ('anti-osteoclastogenic cytokine', 'downregulates', 'M-CSF', 'expression', False),
            ('anti-osteoclastogenic cytokine', 'downregulates', 'RANKL', 'expression', False),
        }),
    ],
    "-zh.relative_object": [
        # 刺激诱导 TRAF3 的自噬降解: TRAF3's autophagic degradation, a process after 的, no relative's head
        ("此外，TNF-α诱导的破骨细胞生成在 TRAF6-/-OC 前体中上调，这是通过刺激诱导 TRAF3 的自噬降解来实现的[133]。", {
            ('TNF-α', 'induces', 'osteoclast', 'differentiation', False),
            ('osteoclast', 'downregulates', 'autophagy', None, False),  # not in the gold (降解, degrades, read as a verb)
        }),
        # written for the test: cells named only by an aspect after 的 (软骨细胞的凋亡) are the object's aspect, no
        # relative's head (no "cell regulates chondrocyte")
        ("STAT3 参与调控软骨细胞的凋亡和增殖。", {
            ('STAT3', 'regulates', 'chondrocyte', 'apoptosis', False),
            ('STAT3', 'regulates', 'chondrocyte', 'proliferation', False),
        }),
    ],
    "zh.effect_object": [
        # X V 了 A 对 B 的 …作用 (V acts on an effect that ends the clause): A's effect on B is stated (zh.nominal), and X acts on B with the two directions multiplied (抵消 a 促进作用: inhibits)
        ("糖原合成酶激酶3 $\\beta$ (glycogen synthase kinase 3 beta, GSK3 $\\beta$ )是微小 RNA-26a-5p (microRNA-26a-5p, miR-26a-5p) 的直接靶点, GSK3 $\\beta$  在人类急性髓性白血病单核细胞系 THP-1 (human acute myelogenous leukemia monocytic cell line THP-1, THP-1) 中的过表达抵消了 AMLBMSC 的细胞外囊泡 (extracellular vesicles, EVs) 对 THP-1 的促进作用。", {
            ('GSK3β', 'inhibits', 'THP-1 cell', None, False),
            ('extracellular vesicle', 'promotes', 'THP-1 cell', None, False),  # not in the gold
        }),
    ],
    "zh.copula_agent": [
        # 000: the examples of a relative head are kinds, not targets
        ("骨髓增殖性肿瘤是一类由骨髓中的造血细胞异常增殖引起的疾病，包括 MM、PMF 和真性红细胞增多症（polycythemia vera，PV）等。", {
            ('hematopoietic cell', 'induces', 'myeloproliferative neoplasm', None, False),
        }),
        # 000: what 由 names causes the subject of 是, not the head
        ("骨髓增殖性肿瘤是一类由骨髓中分布的恶性增殖性细胞引起的肿瘤，包括多发性骨髓瘤（multiple myeloma，MM）、PMF 和慢性骨髓增殖性肿瘤等。", {
            ('malignant proliferative cell', 'induces', 'myeloproliferative neoplasm', None, False),
        }),
        # Y 是由 X 的激活驱动的: no head after 的; X causes Y
        ("炎症相关的骨质疏松症是由破骨细胞的激活驱动的，破骨细胞具有高度运动性，可在骨表面移动并吸收大面积的骨组织[44]。", {
            ('osteoclast', 'promotes', 'inflammatory osteoporosis', None, False),
        }),
    ],
    "-zh.copula_agent": [
        # 001: 由 X 引起的 without a copula stays a relative
        ("它抑制先天性和适应性免疫的炎症反应，并防止由加剧的适应性免疫反应引起的组织损伤。", {
            ('adaptive immune response', 'induces', 'tissue damage', None, False),
        }),
    ],
    "en.active": [
        # a real title from a reference list of the LIF review
        ("Leukemia inhibitory factor inhibits the proliferation of gastric cancer cells by inducing G1-phase arrest.", {
            ('LIF', 'induces', 'cell cycle arrest', None, False),
            ('LIF', 'inhibits', 'gastric cancer cell', 'proliferation', False),
        }),
        ("Interleukin-10 inhibits osteoclast differentiation; TNF-α promotes RANKL expression in osteoblasts.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
    ],
    "zh.active": [
        # written for the test: verbs of the trigger lexicon beside their common synonyms (减低 as 降低, 助长, 弱化 as
        # 削弱, 压制 as 抑制, 灭活: inactivates)
        ("IL-10可减低TNF-α的表达，高浓度IL-6可助长肿瘤生长。", {
            ('IL-10', 'downregulates', 'TNF-α', 'expression', False),
            ('IL-6', 'promotes', 'tumor', 'growth', False),
        }),
        ("雷帕霉素可弱化mTOR信号通路，地塞米松可压制炎症反应，活性氧可灭活PTEN。", {
            ('rapamycin', 'inhibits', 'mTOR pathway', 'activity', False),
            ('dexamethasone', 'inhibits', 'inflammatory response', None, False),
            ('ROS', 'inhibits', 'PTEN', 'activity', False),
        }),
        # written for the test: verbs of killing (杀死, 杀灭, 消灭) inhibit what they kill
        ("中性粒细胞可以吞噬并杀死细菌和真菌。", {
            ('neutrophil', 'inhibits', 'bacterium', None, False),
            ('neutrophil', 'inhibits', 'fungus', None, False),
        }),
        # written for the test: 放大 / 扩大 (amplify) promote what they take
        ("TNF-α可募集炎性细胞，进而放大免疫反应，并扩大关节炎症。", {
            ('TNF-α', 'promotes', 'inflammatory cell', 'recruitment', False),
            ('TNF-α', 'promotes', 'immune response', None, False),
            ('TNF-α', 'promotes', 'joint inflammation', None, False),
        }),
        # written for the test (aspects.tsv): cells produced are formed (产生 after a cell type: differentiation, not
        # expression); cells expanding (扩增, 扩张) proliferate; chemotaxis (趋化) is migration; a molecule produced is made
        ("IL-23 促进 Th17 细胞的产生，而 TNF-α 促进 IL-6 的产生。", {
            ('IL-23', 'promotes', 'Th17 cell', 'differentiation', False),
            ('TNF-α', 'upregulates', 'IL-6', 'expression', False),
        }),
        ("IL-2 可促进调节性 T 细胞的扩增。IL-15 促进 NK 细胞的扩张。", {
            ('IL-2', 'promotes', 'Treg', 'proliferation', False),
            ('IL-15', 'promotes', 'NK cell', 'proliferation', False),
        }),
        ("CXCL8 促进中性粒细胞的趋化。", {
            ('IL-8', 'promotes', 'neutrophil', 'migration', False),
        }),
        # written for the test (aspects.tsv): the survival rate of cells is their survival, colony formation their
        # proliferation, effector function their activity (each after its own list item)
        ("IL-7 提高 T 细胞的存活率，LIF 促进肿瘤细胞的克隆形成。", {
            ('IL-7', 'upregulates', 'T cell', 'survival', False),
            ('LIF', 'promotes', 'tumor cell', 'proliferation', False),
        }),
        ("TGF-β 抑制 T 细胞增殖和效应功能。", {
            ('TGF-β', 'inhibits', 'T cell', 'proliferation', False),
            ('TGF-β', 'inhibits', 'T cell', 'activity', False),
        }),
        # written for the test (aspects.tsv): pluripotency (多能性) is stemness, as self-renewal
        ("LIF 维持胚胎干细胞的多能性。", {
            ('LIF', 'promotes', 'embryonic stem cell', 'stemness', False),
        }),
        # written for the test (aspects.tsv): exhausted or anergic T cells lose their function: causing it inhibits
        # their activity, not the differentiation a cell type induced takes (default_aspects.tsv)
        ("IL-10 导致 CD8+ T 细胞耗竭，TGF-β 诱导 T 细胞无能。", {
            ('IL-10', 'inhibits', 'CD8+ T cell', 'activity', False),
            ('TGF-β', 'inhibits', 'T cell', 'activity', False),
        }),
        # written for the test (aspects.tsv): a share, count or frequency of a cell type is a count (SPEC: empty aspect),
        # not the differentiation a cell type induced takes (default_aspects.tsv)
        ("IL-2 导致 Treg 细胞比例增加，G-CSF 导致中性粒细胞计数升高。", {
            ('IL-2', 'upregulates', 'Treg', None, False),
            ('G-CSF', 'upregulates', 'neutrophil', None, False),
        }),
        # written for the test: 明显增加 (one word of jieba's own dictionary, tagged nr) is 明显 + the trigger 增加
        ("IL-6能够明显增强肿瘤细胞的侵袭能力。", {
            ('IL-6', 'promotes', 'tumor cell', 'invasion', False),
        }),
        # the same without 不会: not negated
        ("此外，IL-8 在体外可以直接激活 NADPH 氧化酶。", {
            ('IL-8', 'activates', 'NADPH oxidase', 'activity', False),
        }),
        # a membership is no triple (SPEC); the second sentence written for the test
        ("LIF 是 IL-6 家族的一员。LIF 促进肿瘤生长。", {
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
        # written for the test: 作用机制 is one word (no role), and what is not yet known states nothing
        ("LIF 促进肿瘤生长，但其作用机制尚不清楚。", {
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
        # SPEC 1: a triple stated twice in a sentence is written once
        ("IL-6 不仅刺激成骨细胞前体细胞中 RANKL 的表达，还通过病理细胞促进RANKL的表达，例如类风湿性关节炎的滑膜成纤维细胞。", {
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),
        }),
        # a composed name (compositions.tsv) read as itself: cytokine-targeted therapy
        ("因此，针对这些细胞因子及其受体进行治疗，可以抑制肿瘤的生长和扩散，如 TNF-α 拮抗剂和 IL-6 受体拮抗剂已经被应用于临床肿瘤治疗。", {
            ('cytokine-targeted therapy', 'inhibits', 'tumor', 'growth', False),
            ('cytokine-targeted therapy', 'inhibits', 'tumor', 'metastasis', False),
        }),
        # a composed name read as itself: tumor cell killing
        ("IFN-α还可以增强免疫细胞的活性，促进肿瘤细胞的杀伤作用。", {
            ('IFN-α', 'promotes', 'immune cell', 'activity', False),
            ('IFN-α', 'promotes', 'tumor cell killing', None, False),
        }),
        # 介导 of anything but an interaction still brings it about (004)
        ("VCAM-1 可以介导细胞黏附。", {
            ('VCAM-1', 'induces', 'cell adhesion', None, False),
        }),
        # immune cells' 浸润 stays infiltration
        ("LIF 在调节 CD8+ T 细胞肿瘤浸润中起着关键作用。", {
            ('LIF', 'regulates', 'CD8+ T cell', 'infiltration', False),
        }),
        # 损害 (impairs) inhibits
        ("在淋巴细胞性脉络丛脑膜炎病毒(lymphocytic choroid plexus meningitis virus, LCMV)感染模型中，IL-10 本身或随后诱导的 T调节细胞会损害病原体控制和清除。", {
            ('IL-10', 'induces', 'Treg', 'differentiation', False),  # a cell type induced: differentiation (default_aspects.tsv), as the gold
            ('IL-10', 'inhibits', 'pathogen clearance', None, False),
        }),
        # 001: 诱导出, a verb with the 出 complement
        ("某些病原体甚至通过 DCs 和巨噬细胞诱导出 IL-10 形成了一种强大的免疫逃避机制。", {
            ('pathogen', 'upregulates', 'IL-10', 'expression', False),
        }),
        # 参与塑造 X: 塑造 (shapes) is a verb of its own after 参与, taking the object (no stated direction)
        ("IL 家族细胞因子及其受体参与塑造肿瘤微环境，影响肿瘤细胞的存活和发展，如 IL-8 是一种趋化因子，可以吸引炎症细胞和血管内皮细胞，促进肿瘤新生血管的形成，提供营养和氧气供给。", {
            ('IL-8', 'promotes', 'angiogenesis', None, False),
            ('IL-8', 'promotes', 'inflammatory cell', 'recruitment', False),
            ('IL-8', 'promotes', 'vascular endothelial cell', 'recruitment', False),
            ('interleukin', 'regulates', 'tumor cell', 'survival', False),
            ('interleukin', 'regulates', 'tumor cell', None, False),
            ('interleukin', 'regulates', 'tumor microenvironment', None, False),
            ('receptor', 'regulates', 'tumor cell', 'survival', False),
            ('receptor', 'regulates', 'tumor cell', None, False),
            ('receptor', 'regulates', 'tumor microenvironment', None, False),
        }),
    ],
    "zh.noun": [
        # written for the test: cause and risk nouns (原因 induces, 危险因素 promotes, 保护因子 inhibits)
        ("炎症是骨质疏松症发生的重要原因。", {
            ('inflammation', 'induces', 'osteoporosis', None, False),
        }),
        ("IL-6 是骨质疏松症的危险因素。", {
            ('IL-6', 'promotes', 'osteoporosis', None, False),
        }),
        ("IL-10 是骨质疏松症的保护因子。", {
            ('IL-10', 'inhibits', 'osteoporosis', None, False),
        }),
        # written for the test: a chemoattractant draws the cells it names (趋化剂: their migration); an influencing factor (影响因素) states no direction
        ("IL-8 是中性粒细胞和单核细胞的趋化剂。", {
            ('IL-8', 'promotes', 'neutrophil', 'migration', False),
            ('IL-8', 'promotes', 'monocyte', 'migration', False),
        }),
        ("IL-1 是骨质疏松症的重要影响因素。", {
            ('IL-1', 'regulates', 'osteoporosis', None, False),
        }),
        # 002: a role noun takes no default aspect
        ("LIF 是人类结直肠癌细胞中 p53 的重要负调节因子, LIF 的过表达主要以 p53 依赖性的方式增加培养的结直肠癌细胞和结直肠 PDX 肿瘤的化学耐药性<sup>[6]</sup>。", {
            ('LIF', 'inhibits', 'p53', None, False),
        }),
    ],
    "zh.after_negative_verb": [
        # A 不利于 V B: a verb right after a verb of the negative direction (no object of its own) states the opposite of its effect
        ("BMSC 通过激活血小板生成素和巨噬细胞炎性蛋白 1 $\\alpha$  (macrophage inflammatory protein-1 $\\alpha$ , MIP1 $\\alpha$ , 也称为 CCL3) 等可溶性因子, 与 CML 细胞相互作用, 产生功能改变的炎性成骨细胞, 这些成骨细胞不利于支持正常的造血干细胞 (hematopoietic stem cell, HSC)<sup>[28]</sup>。", {
            ('BMSC', 'activates', 'CCL3', 'activity', False),
            ('BMSC', 'activates', 'thrombopoietin', 'activity', False),
            ('osteoblast', 'inhibits', 'HSC', None, False),
        }),
    ],
    "-zh.after_negative_verb": [
        # 有利于 has no negative direction: 支持 keeps its own
        ("这些成骨细胞有利于支持正常的造血干细胞。", {
            ('osteoblast', 'promotes', 'HSC', None, False),
        }),
    ],
    "zh.cause_then_change": [
        # 破坏: an aspect word for the opposite of the name
        ("Th17/Treg 平衡的上调被认为是造成免疫耐受性破坏的原因，因此在病理上 IL-6 与自身免疫和慢性炎症性疾病的发展有关。", {
            ('Th17/Treg balance', 'inhibits', 'immune tolerance', None, False),
        }),
        # A 介导的 B 抑制 (a trigger with a direction and no object right after the head of a relative): the head is B's change; A acts on B with the two directions multiplied
        ("黑色素瘤细胞中的 LIF 被转化生长因子 $\\beta$ ( transforming growth factor-beta, TGF- $\\beta$ ) 强烈上调, LIF 表达变化是 TGF- $\\beta$ 介导的细胞迁移抑制所必需的, 通过上调细胞内的 LIF 可抑制细胞生长、防止细胞迁移和侵袭<sup>[2]</sup>。", {
            ('TGF-β', 'inhibits', 'melanoma cell', 'migration', False),
            ('TGF-β', 'upregulates', 'LIF', 'expression', False),
        }),
        # 造成/导致 X 破坏 (a cause, then a trigger with no object and no relative of its own right after the one-name object): the cause acts on X as the change says (破坏, a new trigger: inhibits)
        ("Th17/Treg 平衡的上调被认为是造成免疫耐受性破坏的原因，因此在病理上 IL-6 与自身免疫和慢性炎症性疾病的发展有关[88]。", {
            ('Th17/Treg balance', 'inhibits', 'immune tolerance', None, False),
        }),
    ],
    "zh.relative": [
        # 诱导的骨丢失和破骨细胞形成减少: 减少 is the last name's; ovariectomy still induces bone loss
        ("例如，IL-6 基因缺失的小鼠在实验性炎性关节炎中表现出钝化的卵巢切除诱导的骨丢失[91]和破骨细胞形成减少[93]。", {
            ('ovariectomy', 'induces', 'bone loss', None, False),
            ('ovariectomy', 'induces', 'osteoclast', 'differentiation', False),  # not in the gold
            # the knocked-out model (zh.knockout_model): IL-6 promotes both, as the gold has it
            ('IL-6', 'upregulates', 'bone loss', None, False),
            ('IL-6', 'upregulates', 'osteoclast', 'differentiation', False),
        }),
        # A 诱导的 B: a trigger between a name and 的 makes a relative clause on the head noun
        ("IL-33 通过调节抗破骨细胞基因(如干扰素调节因子 8 (Recombinant Interferon Regulatory Factor 8, IRF-8))抑制 RANKL 诱导的破骨细胞形成，该基因可以被抗 ST2 单克隆抗体阻断。", {
            ('IL-33', 'inhibits', 'osteoclast', 'differentiation', False),
            ('IL-33', 'regulates', 'IRF8', 'expression', False),
            ('RANKL', 'induces', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.relative_head": [
        # A 诱导的 B 再接一个动词: B (the head of the relative clause) is the subject of that verb; A → B is the relative clause's own triple
        ("LIF在黑色素瘤细胞中被TGF- $\\beta$ 强烈上调,TGF- $\\beta$ 介导的LIF表达以STAT3依赖性方式导致细胞周期抑制剂p21的转录激活。", {
            ('LIF', 'upregulates', 'p21', 'expression', False),
            ('TGF-β', 'upregulates', 'LIF', 'expression', False),
        }),
    ],
    "en.relative_head": [
        # A-induced B: A → B, and B is what the clause is about
        ("IL-1-induced JAK-STAT signaling is antagonized by TGF-β to shape CAF heterogeneity in pancreatic ductal adenocarcinoma.", {
            ('IL-1', 'induces', 'JAK/STAT pathway', 'activity', False),
            ('TGF-β', 'inhibits', 'JAK/STAT pathway', 'activity', False),
        }),
    ],
    "en.passive_no_agent": [
        # a reference title of the BMSC review: a passive that names no agent states no effect of its subject; the second sentence written for the test
        ("Pinch-1 was up-regulated in leukemia BMSC and its possible effect. Pinch-1 promotes the survival of leukemia cells in these mice.", {
            ('PINCH-1', 'promotes', 'leukemia cell', 'survival', False),
        }),
        # is … activated in: no target; the second sentence written for the test
        ("In chronic lymphocytic leukemia the JAK2/STAT3 pathway is constitutively activated in CLL cells. The JAK2/STAT3 pathway promotes the survival of CLL cells.", {
            ('JAK2/STAT3 pathway', 'promotes', 'CLL cell', 'survival', False),
        }),
    ],
    "zh.passive_by_cause": [
        # written for the test: the agents of a passive named before 被 by a cause (因 … 的刺激而), a list of
        # three (氧化剂 a class noun of the dictionary); the subject goes on to its own claim
        ("NF-κB 可因 TNF-α、氧化剂和脂多糖等的刺激而被激活，并调节 IL-6 的表达。", {
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
            ('oxidant', 'activates', 'NF-κB', 'activity', False),
            ('LPS', 'activates', 'NF-κB', 'activity', False),
            ('NF-κB', 'regulates', 'IL-6', 'expression', False),
        }),
    ],
    "-zh.passive_by_cause": [
        # 被 with its agent after it: zh.passive reads it
        ("RANKL 活性被骨保护素(osteoclastogenesis inhibitory factor, OPG)抑制，OPG 是 RANKL 的可溶性诱饵受体。", {
            ('OPG', 'inhibits', 'RANKL', 'activity', False),
            ('OPG', 'binds', 'RANKL', None, False),
        }),
    ],
    "zh.passive": [
        # B 被 A 上调, then 通过上调 B 可抑制 C with no subject of its own: the carried subject B is what the means acts on,
        # not what acts through it; the clause names no factor (reader.py; 002's case is zh.cause_then_change:1). Written for the test
        ("IL-10 可被 STAT3 上调，通过上调 IL-10 可抑制巨噬细胞的活化。", {
            ('STAT3', 'upregulates', 'IL-10', 'expression', False),
        }),
        # m.fx361.com/news/2015/0911/1196785 (Th17/Treg 综述): 由 A 和 B 共同诱导: the agents, not the subject, act
        ("Th17细胞由白介素-6(IL-6)和转化生长因子-β(TGF-β)共同诱导Th细胞分化而成,具有较强的促炎作用。", {
            ('IL-6', 'induces', 'Th17 cell', 'differentiation', False),
            ('TGF-β', 'induces', 'Th17 cell', 'differentiation', False),
            ('Th17 cell', 'promotes', 'inflammation', None, False),
        }),
        # B 被 A 抑制 / B 受 A 调控: the agent after 被 or 受 is the factor
        ("RANKL 活性被骨保护素(osteoclastogenesis inhibitory factor, OPG)抑制，OPG 是 RANKL 的可溶性诱饵受体。", {
            ('OPG', 'inhibits', 'RANKL', 'activity', False),
            ('OPG', 'binds', 'RANKL', None, False),  # 是 RANKL 的可溶性诱饵受体 (noun_owner past the attribute 可溶性), as the gold
        }),
        # B 受 A 调节
        ("IL-8 的表达主要受激活蛋白和/或 NF-κB 介导的转录活性的调节，尽管在 IL-8 基因启动子上已经表征了额外的激素反应元件和NF-IL-6 共有位点。", {
            ('NF-κB', 'regulates', 'IL-8', 'expression', False),
        }),
        # A 在 X 中升高，并在 Y 中被 B 下调: a passive clause with no subject of its own goes on with the sentence's subject, which is what B acts on; a clause with a subject the reader cannot name (该基因可以被…阻断) does not
        ("Salamargine (SM) 是一种传统的中草药衍生化合物, 已被证实具有多种抗肿瘤特性, LIF 在肝细胞癌 (hepatocellular carcinoma, HCC) 组织中异常升高, 并在 HCC 细胞中被 SM 下调, 随后 LIF 的过表达可以通过 AKT 通路恢复 SM 的抗肿瘤作用<sup>[43]</sup>。", {
            ('LIF', 'promotes', 'solamargine', None, False),  # not in the gold
            ('solamargine', 'downregulates', 'LIF', 'expression', False),
            ('solamargine', 'inhibits', 'tumor', None, False),  # not in the gold
        }),
        # X V的 A V的 B 被 C 所 V: the head right before 被, after a relative clause, is what C acts on, not the first name of the clause
        ("最近的一项研究表明，使用 T 细胞转染的癌症免疫疗法诱导的细胞因子风暴被抗 IL-6 受体抗体托珠单抗所抵消[83]。", {
            ('cancer immunotherapy', 'induces', 'cytokine release syndrome', None, False),
            ('tocilizumab', 'inhibits', 'cytokine release syndrome', None, False),
        }),
    ],
    "noun_owner": [
        # 001: an attribute in -性 (可溶性) between 的 and the noun trigger (诱饵受体): RANKL, the owner before 的, is the target
        ("RANKL 活性被骨保护素(osteoclastogenesis inhibitory factor, OPG)抑制，OPG 是 RANKL 的可溶性诱饵受体并阻断RANKL 介导的破骨细胞分化和促骨吸收活性。", {
            ('OPG', 'inhibits', 'RANKL', 'activity', False),
            ('OPG', 'binds', 'RANKL', None, False),
            ('OPG', 'inhibits', 'osteoclast', 'differentiation', False),
            ('RANKL', 'induces', 'osteoclast', 'differentiation', False),
        }),
        # tr_zh_06: 是 B 的中枢性调节因子 (attribute in -性): VEGF regulates angiogenesis
        ("血管内皮生成因子(VEGF)是骨髓血管生成的中枢性调节因子,与碱性成纤维细胞生长因子(bFGF)相互协同刺激血管内皮细胞的迁移、增殖及分裂,在诱导内皮细胞分化及增强生存中具有关键性作用。", {
            ('VEGF-A', 'regulates', 'angiogenesis', None, False),
            ('VEGF-A', 'activates', 'vascular endothelial cell', 'migration', False),
            ('VEGF-A', 'activates', 'vascular endothelial cell', 'proliferation', False),
            ('VEGF-A', 'induces', 'endothelial cell', 'differentiation', False),
            ('FGF2', 'activates', 'vascular endothelial cell', 'migration', False),  # zh.together
            ('FGF2', 'activates', 'vascular endothelial cell', 'proliferation', False),  # zh.together
        }),
        # A 是 B 的配体 / B 的负调节因子: a noun trigger takes the owner before 的 as target
        ("IL-33 是 TLR/IL1R 超家族孤儿受体 St2 的配体，通过 MyD88 激活典型的 NF-κB通路[26]。", {
            ('IL-33', 'activates', 'NF-κB pathway', 'activity', False),
            ('IL-33', 'binds', 'ST2', None, False),
        }),
        # A 是 B 的(非常有效的/顶端)驱动因素: short qualifying words, with their own 的, may stand between the owner's 的 and the noun trigger
        ("由此可见，IL-8 是细胞迁移和增殖的非常有效的触发因素，因此应始终在炎症模型中加以考虑。", {
            ('IL-8', 'promotes', 'cell', 'migration', False),
            ('IL-8', 'promotes', 'cell', 'proliferation', False),
        }),
    ],
    "zh.copula_owner": [
        # A 是/作为 B (modifiers) noun-trigger, with no 的 between B and the noun: B is the owner, the target of A
        ("BAR502 是一种非胆汁酸甾体双 FXR 和 GPBAR1 配体, 作为一种潜在的人 LIFR 拮抗剂, 可阻止 LIFR 激活和信号传导, 减少 PDAC 细胞增殖并减缓细胞周期进程<sup>[47]</sup>。", {
            ('BAR502', 'binds', 'FXR', None, False),
            ('BAR502', 'binds', 'GPBAR1', None, False),
            ('BAR502', 'downregulates', 'pancreatic cancer cell', 'proliferation', False),
            ('BAR502', 'inhibits', 'LIFR', 'activity', False),
            ('BAR502', 'inhibits', 'cell cycle', None, False),
        }),
    ],
    "zh.role": [
        # written for the test: a place of names before 之间 (在 A 与 B 之间的相互作用中) is what happens between them: no role on A or B; the later clause's claim stands
        ("IL-6 在骨髓瘤细胞与骨髓基质细胞之间的相互作用中发挥重要作用，并影响破骨细胞的生成。", {
            ('IL-6', 'regulates', 'osteoclast', 'differentiation', False),
        }),
        # 与 after a trigger opens an association, not its object
        ("同样, NF-κB 在 CLL 发病中发挥重要作用, 其表达上调与 CLL 的发生发展及化疗抵抗密切相关。", {
            ('NF-κB', 'regulates', 'CLL', None, False),
        }),
        # 002: cells in general as a place are no role target
        ("LIF/LIFR轴在各种细胞类型中表现出不同的作用,包括刺激或抑制细胞增殖、分化和存活。", {
            ('LIF/LIFR axis', 'regulates', 'cell', 'differentiation', False),
            ('LIF/LIFR axis', 'regulates', 'cell', 'proliferation', False),
            ('LIF/LIFR axis', 'regulates', 'cell', 'survival', False),
        }),
        # 001: the same
        ("总之，IL-33 在细胞、分子和转录水平上发挥作用，介导骨重塑中的多能功能，并具有减轻骨质疏松症的潜在治疗价值。", {
            ('IL-33', 'inhibits', 'osteoporosis', None, False),
        }),
        # A 在 B 中起重要作用: a role states no direction (regulates) and takes the place as target
        ("已有研究证明BMSC在AML细胞的增殖、存活和耐药中起重要作用。", {
            ('BMSC', 'regulates', 'AML cell', 'drug_resistance', False),
            ('BMSC', 'regulates', 'AML cell', 'proliferation', False),
            ('BMSC', 'regulates', 'AML cell', 'survival', False),
        }),
        # A 在 B 中起着关键作用: 关键作用/核心作用, which the segmenter keeps whole, are role words too
        ("LIF/LIFR信号传导在肿瘤生长、进展、转移、干性和治疗耐药性中起着关键作用。", {
            ('LIF/LIFR axis', 'regulates', 'tumor cell', 'drug_resistance', False),
            ('LIF/LIFR axis', 'regulates', 'tumor cell', 'stemness', False),
            ('LIF/LIFR axis', 'regulates', 'tumor', 'growth', False),
            ('LIF/LIFR axis', 'regulates', 'tumor', 'metastasis', False),
            ('LIF/LIFR axis', 'regulates', 'tumor', None, False),
        }),
    ],
    "zh.agent_word": [
        # victorzhang.cn/page/2021/0706/19859945 (骨免疫学综述): 及其生理抑制剂 OPG: OPG, the inhibitor, acts on RANKL (not RANKL on OPG)
        ("B细胞能产生两种对骨代谢至关重要的细胞因子:RANKL及其生理抑制剂OPG。", {
            ('OPG', 'inhibits', 'RANKL', 'activity', False),
        }),
    ],
    "zh.pivot": [
        # fx361.cc/page/2020/0114/14883731 (MDSCs 综述): 导致肿瘤细胞逃避…: the tumour cells evade; they are not induced
        # (no invented differentiation); the next sentence's claim stands
        ("而MDSCs则是早在TAMs之前发挥骨髓前体细胞作用,发出信号,感应侵袭并发挥免疫抑制作用、到达肿瘤部位,导致肿瘤细胞逃避机体免疫监视和攻击。肿瘤主要通过分泌化学信号和细胞因子招募多种髓样细胞至肿瘤部位。", {
            ('tumor', 'promotes', 'myeloid cell', 'recruitment', False),
        }),
    ],
    "zh.association": [
        # 001: A 与 B 有关 is an association, no triple (SPEC 1); what the clause after it says A does is
        ("尽管 IL-33/ST2 通路与各种急性和慢性免疫性疾病和炎症性疾病有关，并伴有明显的骨吸收，如髋关节骨坏死和类风湿性关节炎，但 IL-33/ST2 通路已被认为是骨骼的重要保护信号，可通过减少破骨细胞生成和刺激成骨细胞功能，减少骨吸收量。", {
            ('IL-33/ST2 pathway', 'downregulates', 'osteoclast', 'differentiation', False),
            ('IL-33/ST2 pathway', 'activates', 'osteoblast', 'activity', False),
            ('IL-33/ST2 pathway', 'downregulates', 'bone resorption', None, False),
        }),
        # 001, then written for the test: the examples after the association are no targets either
        ("TNF-α的失调与多种病理状况有关，例如感染、自身免疫性疾病、癌症、动脉粥样硬化、阿尔茨海默病和炎症性肠病。TNF-α 可促进破骨细胞的分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "en.nominal": [
        # written for the test
        ("IL-10 has an inhibitory effect on osteoclast differentiation in several studies.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.nominal": [
        # written for the test: harm nouns (损伤作用, 毒性作用) inhibit what the 对 phrase names
        ("高浓度的 TNF-α 对成骨细胞有一定的损伤作用。", {
            ('TNF-α', 'inhibits', 'osteoblast', None, False),
        }),
        # A 对 B 具有抑制作用: a nominal trigger takes the 对 phrase as target
        ("同时，另一部分细胞因子对骨髓增殖性肿瘤具有抑制作用。", {
            ('cytokine', 'inhibits', 'myeloproliferative neoplasm', None, False),
        }),
        # A …，并对 B 具有(主要的)免疫抑制作用: the noun trigger 免疫抑制作用 (jieba keeps it whole) inhibits B; a thing inhibited with no aspect named loses its activity (trigger aspect column)
        ("在其克隆之后，还发现 IL-10 可刺激肥大细胞、胸腺细胞和 B 细胞，并对骨髓细胞具有主要的免疫抑制作用[115] [116] [117] [118]。", {
            ('IL-10', 'activates', 'B cell', 'activity', False),
            ('IL-10', 'activates', 'mast cell', 'activity', False),
            ('IL-10', 'activates', 'thymocyte', 'activity', False),
            ('IL-10', 'inhibits', 'bone marrow cell', 'activity', False),
        }),
    ],
    "zh.target_marker": [
        # A 对 B 的抑制: 对 marks the target of a trigger with no object after it
        ("IL-1R2 对 IL-1α活性的抑制可以通过活性 caspase-1 来缓解，因为它可以切割 IL-1R2，从而导致其与pro-IL-1α解离。", {
            ('IL-1R2', 'inhibits', 'IL-1α', 'activity', False),
        }),
        # 001: a role word of another subject later in the clause (已证明 IL-1…起着核心作用) leaves 对 B 的阻断 its claim
        ("IL-1 型细胞因子是先天性免疫反应的主要介质，IL-1 受体拮抗剂(interleu-kin-1 receptor antagonist, IL-1Ra)对 IL-1α或 IL-1β的阻断已证明 IL-1 在许多人类自身炎症疾病中起着核心作用。", {
            ('IL-1 family', 'promotes', 'innate immune response', None, False),
            ('IL-1Ra', 'inhibits', 'IL-1α', 'activity', False),
            ('IL-1Ra', 'inhibits', 'IL-1β', 'activity', False),
            ('IL-1', 'regulates', 'autoinflammatory disease', None, False),
        }),
    ],
    "-zh.target_marker": [
        # written for the test: 对 B 的 V right before 起…作用: V names what the role is in; the role's claim (regulates)
        ("巨噬细胞对炎症反应的启动起着关键作用。", {
            ('macrophage', 'regulates', 'inflammatory response', None, False),
        }),
    ],
    "-zh.nominal": [
        # 001: a binding noun never takes a place (细胞坏死时) for its partner: pro-IL-1α-IL1R2 复合物 is one name, the
        # complex (compositions.tsv complex zh), so no partner is left to look for; the sentence before states a claim
        ("活性 caspase-1 还可以切割细胞死亡执行者 Gasdermin D (GSDMD)，使 GSDMD 的 N端片段寡聚化并插入细胞膜，导致细胞肿胀和最终破裂，伴随包括 IL-1α和 IL-1β的细胞内容物释放[30] [31] [32]。在某些细胞类型中，细胞溶质 IL-1R2 的结合使pro-IL-1α处于非活性状态，因为在细胞坏死死亡时释放的 pro-IL-1α-IL1R2 复合物不能通过 IL-1R 发出信号。", {
            ('caspase-1', 'induces', 'cell swelling', None, False),  # not in the gold
            ('caspase-1', 'activates', 'GSDMD', 'activity', False),  # 切割: cleavage into the active form
        }),
    ],
    "zh.nominal_owner": [
        # 001: 补充 IL-1β对 IL-1R 的激活: IL-1β, in the verb's object place before 对, activates IL-1R (hedged by 可能会), not the clause's subject (the inflammasome)
        ("因此，炎症小体激活和随后的细胞焦亡是细胞释放 IL-1α的一种机制，在炎症小体激活期间释放 IL-1α和 IL-1β可能会补充 IL-1β对 IL-1R 的激活[33]。", {
            ('IL-1β', 'activates', 'IL-1R1', 'activity', False),
        }),
    ],
    "-zh.nominal_owner": [
        # A 对 B 的 V opening the clause: A is the clause's subject already
        ("IL-1R2 对 IL-1α活性的抑制可以通过活性 caspase-1 来缓解。", {
            ('IL-1R2', 'inhibits', 'IL-1α', 'activity', False),
        }),
    ],
    "zh.binding_partner": [
        # A 与 B 结合 with words between: 与 names the binding partner
        ("LIF首先与LIFR结合，后与gp130形成高亲和力功能复合物，然后与下游通路形成信号传导。", {
            ('LIF', 'binds', 'LIFR', None, False),
            ('LIF', 'binds', 'gp130', None, False),
        }),
    ],
    "clause_subject": [
        # 002: a disease an earlier clause was about is the setting of the clauses after it, not what acts in them
        ("髓母细胞瘤 ( medulloblastoma, MB ) 是最常见的小儿恶性脑肿瘤, 在体外用 IL-6 家族细胞因子 ( IL-6、OSM、LIF 或 IL-11 ) 处理的 MB 细胞会增强的 JAK 激酶 / 信号转导子和转录激活子 3 ( janus kinase/signal transducers and activators of transcription 3, JAK-STAT3 ) 活性和细胞耐药性<sup>[31]</sup>。", {
            ('IL-11', 'promotes', 'JAK/STAT3 pathway', 'activity', False),
            ('IL-11', 'promotes', 'medulloblastoma cell', 'drug_resistance', False),
            ('IL-6', 'promotes', 'JAK/STAT3 pathway', 'activity', False),
            ('IL-6', 'promotes', 'medulloblastoma cell', 'drug_resistance', False),
            ('LIF', 'promotes', 'JAK/STAT3 pathway', 'activity', False),
            ('LIF', 'promotes', 'medulloblastoma cell', 'drug_resistance', False),
            ('OSM', 'promotes', 'JAK/STAT3 pathway', 'activity', False),
            ('OSM', 'promotes', 'medulloblastoma cell', 'drug_resistance', False),
        }),
    ],
    "zh.binding_pair": [
        # 004: the cell whose surface carries VLA-4 is a place, and only VCAM-1 acts after the binding
        ("VCAM-1和ALL细胞表面的非常晚期抗原4(very late antigen-4, VLA-4)结合后可以介导细胞黏附,随后激活NF-κB通路。", {
            ('VCAM-1', 'activates', 'NF-κB pathway', 'activity', False),
            ('VCAM-1', 'binds', 'VLA-4', None, False),
            ('VCAM-1', 'induces', 'cell adhesion', None, False),
        }),
        # A 与 B 结合: A binds B, and A is the subject of what follows
        ("RANKL与破骨细胞前体细胞的RANK结合促进破骨细胞的分化和活化，最终引起炎症性骨质疏松的发生发展。", {
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'induces', 'inflammatory osteoporosis', None, False),
            ('RANKL', 'promotes', 'osteoclast', 'activity', False),
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # A 和 B 的结合: a binding noun owned by two names is A binds B, and A is the subject of what follows
        ("RANKL 和核因子-κB (nuclear factor kappa-B, NF-κB)受体激活因子(Receptor Activator for Nuclear Factor-κB, RANK)的结合引起肿瘤坏死因子受体相关因子 6 (tumor necrosis factor receptor-associated factor 6, TRAF6)的募集，触发下游信号通路(PI-3K/κ、NF-κB 和丝裂原活化蛋白激酶 MAPK (ERK、JNKK 和 p38))的激活，从而导致慢性炎症性骨质疏松症的发生[19][20]。", {
            ('RANKL', 'activates', 'ERK1/2', 'activity', False),
            ('RANKL', 'activates', 'JNKK', 'activity', False),  # not in the gold (the gold reads JNKK as JNK)
            ('RANKL', 'activates', 'MAPK', 'activity', False),
            ('RANKL', 'activates', 'NF-κB', 'activity', False),
            ('RANKL', 'activates', 'PI3K', 'activity', False),
            ('RANKL', 'activates', 'p38 MAPK', 'activity', False),
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'induces', 'TRAF6', 'recruitment', False),
            ('RANKL', 'induces', 'inflammatory osteoporosis', None, False),
        }),
        # A 和 X 表面的 B 结合 (结合 with no object of its own, right after two names joined by 和): A binds B, A acts next; 表面 closes a place like 上/中, so B, not the cell, is the head
        ("VCAM-1和ALL细胞表面的非常晚期抗原4(very late antigen-4, VLA-4)结合后可以介导细胞黏附,随后激活NF- $\\kappa$ B通路,进而诱导ALL细胞的化疗耐药<sup>[11]</sup>。", {
            ('VCAM-1', 'activates', 'NF-κB pathway', 'activity', False),
            ('VCAM-1', 'binds', 'VLA-4', None, False),
            ('VCAM-1', 'induces', 'acute lymphoblastic leukemia cell', 'drug_resistance', False),
            ('VCAM-1', 'induces', 'cell adhesion', None, False),
        }),
    ],
    "object_as_subject": [
        # a reference title of the BMSC review: its knock-down is the subject's own, turned round
        ("In chronic lymphocytic leukemia the JAK2/STAT3 pathway is constitutively activated and its inhibition leads to CLL cell death unaffected by the protective bone marrow microenvironment.", {
            ('JAK2/STAT3 pathway', 'inhibits', 'CLL cell', 'apoptosis', False),
        }),
        # written for the test: a lowered name acts turned round, a place after it or not
        ("Reduced IL-10 levels in these patients promote osteoclast differentiation.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
        ("Reduced IL-10 levels promote osteoclast differentiation in these patients.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
        # raising X (增加 X 水平) as a subject: X acts
        ("已经有研究证明，增加 IL-1 及IL-6 家族的炎症因子水平可以上调 RANKL 的表达[18]。", {
            ('IL-1', 'upregulates', 'RANKL', 'expression', False),
            ('IL-6 family cytokine', 'upregulates', 'RANKL', 'expression', False),
        }),
        # V1 X 在 V2 Y 方面的功能 (抑制了 LIF 在促进…方面的功能): X does V2 to Y as written (its polarity not turned by V1); 方面 ends the group, so 功能 is no aspect of Y
        ("目前确定了几种优先靶向 LIF/LIFR 轴的小分子, EC330 的分子靶标显示出对 LIF/LIFR 信号传导的抑制活性, 有效抑制了 LIF 在促进乳腺癌细胞增殖和迁移以及肿瘤生长方面的功能<sup>[51]</sup>。", {
            ('LIF', 'promotes', 'breast cancer cell', 'migration', False),
            ('LIF', 'promotes', 'breast cancer cell', 'proliferation', False),
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
    ],
    "-object_as_subject": [
        # written for the test: 进而 joins two predicates of one subject (the receptor the first clause names):
        # STING, only the first verb's object, is no subject of 诱导; the sentence's own claim (IL-6) is read
        ("环磷酸鸟苷合成酶是重要的细胞质受体,激活STING进而诱导干扰素的表达,而IL-6促进破骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: 增加 right after the listed objects is their own change, not a verb they head
        ("引起血管扩张、通透性增加和疼痛等症状,是炎症反应的重要调节因子,而IL-10抑制巨噬细胞的活化。", {
            ('IL-10', 'inhibits', 'macrophage', 'activity', False),
        }),
        # m.jizihe.com/page/2021/1130/12160574 (TAMs 与结直肠癌): the objects of the means verbs after 通过 only mediate; the pronoun's referent acts
        ("TAMs 是肿瘤微环境中最丰富的免疫细胞。它们通过抑制有效的抗癌免疫、刺激血管生成和组织重塑等促进肿瘤生长,参与肿瘤的免疫抑制。", {
            ('immune cell', 'activates', 'angiogenesis', None, False),
            ('immune cell', 'activates', 'tissue remodeling', None, False),
            ('immune cell', 'promotes', 'tumor', 'growth', False),
            ('immune cell', 'regulates', 'immunosuppression', None, False),
        }),
    ],
    "en.shared_object": [
        # written for the test: right-node raising
        ("In these mice, IL-6 may promote and IL-10 may inhibit the differentiation of osteoclasts.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "en.participle_subject": [
        # a participle opening the clause before a name (Elevated expression of X) names X's own change; X acts on what a later verb names, past a verb that is no trigger (a reference title of the LIF review)
        ("Elevated expression of LIF predicts a poor prognosis and promotes cell migration and invasion of clear cell renal cell carcinoma.", {
            ('LIF', 'promotes', 'cell', 'migration', False),
            ('LIF', 'promotes', 'clear cell renal cell carcinoma', 'invasion', False),
        }),
    ],
    "zh.mediator": [
        ("此外，IL-1β可以通过增加巨噬细胞集落刺激因子的产生来激活破骨细胞，还可以抑制破骨细胞凋亡。", {
            ('IL-1β', 'activates', 'osteoclast', 'activity', False),
            ('IL-1β', 'inhibits', 'osteoclast', 'apoptosis', False),
            ('IL-1β', 'upregulates', 'M-CSF', 'expression', False),
        }),
        # A 通过 M 而负调控 B: 负调控 (negatively regulates) inhibits B and, as 负调节因子, gives B no aspect
        ("另外, 研究<sup>[18]</sup> 显示 miR-7-5p 在 AML 患者和细胞中表达下调, 来源于 BMSC 的外泌体衍生微小 RNA-7-5p ( Exosome-derived microRNA-7-5p, Exo-miR-7-5p) 通过抑制 PI3K/AKT/mTOR 信号通路的磷酸化而负调控类固醇结合蛋白 11 (oxysterol binding protein-like 11, OSBPL11), 从而抑制 AML 增殖, 促进细胞凋亡。", {
            ('miR-7-5p', 'inhibits', 'AML cell', 'proliferation', False),
            ('miR-7-5p', 'inhibits', 'OSBPL11', None, False),
            ('miR-7-5p', 'inhibits', 'PI3K/AKT/mTOR pathway', 'phosphorylation', False),
            ('miR-7-5p', 'promotes', 'AML cell', 'apoptosis', False),
        }),
    ],
    "-zh.participle_subject": [
        # 001: 在 A 驱动的 B 期间 is a place; B is no subject of 防止, the sentence's topic chain goes on (IL-10)
        ("总之，Th1 细胞分泌 IL-10 代表了一个有效的自动调节反馈回路，可在 Th1 细胞驱动的抗感染反应期间防止过度炎症和潜在的组织破坏。", {
            ('IL-10', 'inhibits', 'tissue damage', None, False),
            ('Th1 cell', 'promotes', 'anti-infective immune response', None, False),
            ('IL-10', 'inhibits', 'inflammation', None, False),
        }),
    ],
    "zh.participle_subject": [
        # 随后激活的 X 促进 Y: a participle opening a clause (激活的) says what was done to the name after it (by the chain subject); that name is the subject of the later verb
        ("LBX2 反义 RNA 1 ( LBX2-AS1 ) 被鉴定为一种致癌长链非编码 RNA ( long non-coding RNA, lncRNA ), 能使 miR-491-5p 海绵进一步上调细胞内的 LIF 表达水平, 随后激活的白血病抑制因子 / 信号转导子和转录激活因子 3 ( leukemia inhibitory factor/signal transducers and activators of transcription 3, LIF/STAT3 ) 信号传导促进胶质瘤的增殖和上皮间质的转化<sup>[25]</sup>。", {
            ('LBX2-AS1', 'upregulates', 'LIF', 'expression', False),
            ('LIF/STAT3 pathway', 'promotes', 'epithelial-mesenchymal transition', None, False),
            ('LIF/STAT3 pathway', 'promotes', 'glioma cell', 'proliferation', False),
        }),
    ],
    "relative_place": [
        # V X 中 (words naming nothing) 的 Y: a place closed by 中/内 right after the trigger, with no name after it, is no object (X 上 stays: what is on X is X's part)
        ("Vianello 等研究显示 BMSC 对伊马替尼治疗的反应提高了 CML 细胞中原癌基因 B 细胞淋巴瘤 6 蛋白(B-cell lymphoma 6, BCL6)的表达, 这表明 BCL6 可能在 BMSC 介导的 TKI 耐药中发挥作用。", {
            ('BCL6', 'regulates', 'CML cell', 'drug_resistance', False),
            ('BMSC', 'induces', 'CML cell', 'drug_resistance', False),
            ('BMSC', 'upregulates', 'BCL6', 'expression', False),
        }),
    ],
    "zh.split_target": [
        # tr_zh_02: A 特别是 B (zh.especially_member: B, a member of the class A, acts), 对 X, 例如 E1、E2、E3 等, 具有…预防
        # 作用: the 对 phrase split off by commas is the target, its examples standing for it; 对肿瘤的进展具有阻抑作用 has its
        # own 对 (zh.nominal)
        ("此外,大量研究已经证实,非甾体类抗炎药特别是阿司匹林,对上皮组织来源的肿瘤,例如肠道肿瘤、胃癌、食道癌等,具有一定的化疗预防作用,尤其是对肿瘤的进展具有阻抑作用,但并不是对所有癌症,如肝癌、胆囊癌和胰腺癌等[4-5]。", {
            ('aspirin', 'inhibits', 'intestinal tumor', None, False),
            ('aspirin', 'inhibits', 'gastric cancer', None, False),
            ('aspirin', 'inhibits', 'esophageal cancer', None, False),
            ('aspirin', 'inhibits', 'tumor', None, False),  # the gold: tumor progression
        }),
        # written for the test: the subject before 对, examples after 如
        ("IL-10 对多种炎症性疾病,如类风湿关节炎和炎症性肠病,具有保护作用。", {
            ('IL-10', 'inhibits', 'rheumatoid arthritis', None, False),
            ('IL-10', 'inhibits', 'inflammatory bowel disease', None, False),
        }),
    ],
    "-zh.split_target": [
        # written for the test: the 对 phrase in the noun trigger's own clause is zh.nominal's
        ("IL-10 对类风湿关节炎具有保护作用。", {
            ('IL-10', 'inhibits', 'rheumatoid arthritis', None, False),
        }),
    ],
    "zh.result": [
        # 001: A 是 B 最具破坏性的后果: B causes A (the gold: osteoporosis induces hip and spine fracture; 髋部 shares 骨折)
        ("髋部和脊柱骨折是骨质疏松症最具破坏性的后果，并与老年人的致残率和死亡率的增加有关[1] [5]。", {
            ('osteoporosis', 'induces', 'vertebral fracture', None, False),
            ('osteoporosis', 'induces', 'hip fracture', None, False),
        }),
    ],
    "-zh.result": [
        # written for the test: 是 B 的并发症 (a complication of B) classes A, no claim (the team's gold, r4zh, r5zh, r6zh:
        # 贫血是 CKD 的常见并发症 and the like are never triples); the clause after it is read as before
        ("骨折是骨质疏松症的常见并发症，IL-6 可促进破骨细胞的分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.ameliorate": [
        # tr_zh_01: 改善风湿病患者的症状: the symptoms of the disease's patients lessen: TCM inhibits the disease (gold)
        ("综述IL-17与风湿病的关系及中医药干预研究进展,发现中医药可通过抑制炎症因子、维持免疫细胞平衡、调节IL-17细胞和IL-23/IL-17轴平衡,从而干预IL-17及相关因子表达,进而改善风湿病患者的症状,可为风湿病的治疗及中医药干预提供新的思路。", {
            ('traditional Chinese medicine', 'regulates', 'IL-17-producing cell', None, False),
            ('traditional Chinese medicine', 'regulates', 'IL-23/IL-17 axis', 'activity', False),
            ('traditional Chinese medicine', 'inhibits', 'inflammatory cytokine', 'activity', False),
            ('traditional Chinese medicine', 'promotes', 'immune homeostasis', None, False),  # not in the gold
            ('traditional Chinese medicine', 'inhibits', 'rheumatic disease', None, False),
        }),
        # written for the test: 改善 + a disease
        ("黄芪多糖可下调 IL-6 和 TNF-α 水平，从而改善类风湿关节炎。", {
            ('Astragalus polysaccharide', 'downregulates', 'IL-6', 'expression', False),
            ('Astragalus polysaccharide', 'downregulates', 'TNF-α', 'expression', False),
            ('Astragalus polysaccharide', 'inhibits', 'rheumatoid arthritis', None, False),
        }),
        # written for the test: 改善 of a disease, and of an injury (harm of words.tsv)
        ("二甲双胍可改善骨质疏松，IL-10 可改善小鼠的肺损伤。", {
            ('metformin', 'inhibits', 'osteoporosis', None, False),
            ('IL-10', 'inhibits', 'lung injury', None, False),
        }),
    ],
    "-zh.ameliorate": [
        # written for the test: 改善 on what is no ailment promotes it
        ("IL-6 可改善骨密度。", {
            ('IL-6', 'promotes', 'bone mineral density', None, False),
        }),
        # 000: 改善 of survival and of the efficacy of treatment raises them
        ("如 IL-2 和 IFN-α 等细胞因子可以改善骨髓增殖性肿瘤患者的生存率和治疗效果。", {
            ('IL-2', 'promotes', 'overall survival', None, False),
            ('IL-2', 'promotes', 'therapeutic efficacy', None, False),
            ('IFN-α', 'promotes', 'overall survival', None, False),
            ('IFN-α', 'promotes', 'therapeutic efficacy', None, False),
        }),
    ],
    "zh.together": [
        # tr_zh_06: …，与 B 相互协同 V X in a clause going on with A (VEGF): bFGF acts as VEGF does
        ("血管内皮生成因子(VEGF)是骨髓血管生成的中枢性调节因子,与碱性成纤维细胞生长因子(bFGF)相互协同刺激血管内皮细胞的迁移、增殖及分裂,在诱导内皮细胞分化及增强生存中具有关键性作用。", {
            ('VEGF-A', 'regulates', 'angiogenesis', None, False),
            ('VEGF-A', 'activates', 'vascular endothelial cell', 'migration', False),
            ('VEGF-A', 'activates', 'vascular endothelial cell', 'proliferation', False),
            ('VEGF-A', 'induces', 'endothelial cell', 'differentiation', False),
            ('FGF2', 'activates', 'vascular endothelial cell', 'migration', False),
            ('FGF2', 'activates', 'vascular endothelial cell', 'proliferation', False),
        }),
        # written for the test: A 与 B 协同/共同 V X: both act
        ("TNF-α 与 IL-1β 协同促进破骨细胞分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-1β', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: A 与 B 均/都 V X (a both word, cues.tsv kind both): 与 joins two subjects
        ("IL-17 与 TNF-α 均可促进成纤维细胞的增殖。", {
            ('IL-17', 'promotes', 'fibroblast', 'proliferation', False),
            ('TNF-α', 'promotes', 'fibroblast', 'proliferation', False),
        }),
        ("Th17 细胞与 IL-17 都能加重关节炎症。", {
            ('Th17 cell', 'promotes', 'joint inflammation', None, False),
            ('IL-17', 'promotes', 'joint inflammation', None, False),
        }),
        # written for the test: A 与 B 具有协同作用，共同 V X: the chained pair acts together in the next clause
        ("IL-17 与 TNF-α 具有协同作用，共同促进炎症反应。", {
            ('IL-17', 'promotes', 'inflammatory response', None, False),
            ('TNF-α', 'promotes', 'inflammatory response', None, False),
        }),
    ],
    "-zh.together": [
        # written for the test: A 与 B with no together cue: A acts (B is only what A is with)
        ("TNF-α 与 IL-1β 促进破骨细胞分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.condition_agent": [
        # written for the test: cells, then 在 A 的刺激下/作用下, then their own change (a trigger with no object, a
        # process word): A brings it about; 分化为 B names the cells formed
        ("巨噬细胞在IFN-γ的刺激下活化。", {
            ('IFN-γ', 'activates', 'macrophage', 'activity', False),
        }),
        ("T细胞在IL-2的作用下增殖。", {
            ('IL-2', 'promotes', 'T cell', 'proliferation', False),
        }),
        ("破骨细胞前体在 RANKL 的作用下分化为成熟的破骨细胞。", {
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "-zh.condition_agent": [
        # written for the test: a trigger with an object of its own after the condition: the clause reads it
        ("巨噬细胞在IFN-γ的刺激下分泌IL-12并激活NK细胞。", {
            ('macrophage', 'activates', 'NK cell', 'activity', False),
        }),
    ],
    "zh.condition": [
        # written for the test: 在 X 的作用下 (the condition's owner before 的), then a name's own rise
        ("在 TNF-α 的作用下，破骨细胞的分化明显增加。", {
            ('TNF-α', 'upregulates', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: 在 X 的诱导下 / 在 X 存在下 (condition cues), the change of a name's expression
        ("在 IL-1β 的诱导下，软骨细胞中 MMP-13 的表达显著升高。", {
            ('IL-1β', 'upregulates', 'MMP-13', 'expression', False),
        }),
        ("在LIF存在下, 细胞凋亡减少。", {
            ('LIF', 'downregulates', 'cell', 'apoptosis', False),
        }),
        # written for the test: 敲除 X 后 (a knocked-out condition), then a name's own fall (减轻, knockdown cue as 减少) after a degree adverb (明显): X acts, turned round
        ("敲除IL-17后,小鼠关节炎症明显减轻。", {
            ('IL-17', 'promotes', 'joint inflammation', None, False),
        }),
        # written for the test: a name's own rise after 明显 (a degree adverb, tagged a, not d)
        ("IL-6刺激后,STAT3的磷酸化水平明显升高。", {
            ('IL-6', 'upregulates', 'STAT3', 'phosphorylation', False),
        }),
        # both co-cultured names act on the change after the condition; AG490's own object stays AG490's
        ("CLL 细胞在与 BMSCs 或 IL-6 共培养后, STAT3 的磷酸化水平增加, 但 AG490 可通过重新激活 SHP-1 引起 STAT3 和 Lyn 酪氨酸激酶 (lyn tyrosine kinase, Lyn) 去磷酸化, 并触发 CLL 凋亡。", {
            ('AG490', 'activates', 'CLL cell', 'apoptosis', False),
            ('AG490', 'activates', 'SHP-1', 'activity', False),
            ('AG490', 'inhibits', 'Lyn', 'phosphorylation', False),
            ('AG490', 'inhibits', 'STAT3', 'phosphorylation', False),
            ('BMSC', 'upregulates', 'STAT3', 'phosphorylation', False),
            ('IL-6', 'upregulates', 'STAT3', 'phosphorylation', False),
        }),
        # AP-1 家族成员的表达减少 after TCL1 的表达显著增加: the 表达 is the members', not TCL1's
        ("与 BMSC 共同培养后, TCL1 的表达显著增加, 而 Fos/Jun 激活蛋白 1 (Activator Protein-1, AP-1) 家族成员的表达减少。", {
            ('BMSC', 'downregulates', 'AP-1', 'expression', False),
            ('BMSC', 'upregulates', 'TCL1', 'expression', False),
        }),
        # 在 X 刺激下 / 与 X 共培养后 (condition cues), Y 的表达增加: a name's own rise or fall with no object, after a condition, is the effect of the condition's names
        ("在与 BMSC 共同培养后, TCL1 的表达显著增加, 而 Fos/Jun 激活蛋白 1 (Activator Protein-1, AP-1) 家族成员的表达减少, 这是最显著和一致的分子事件之一。", {
            ('BMSC', 'downregulates', 'AP-1', 'expression', False),
            ('BMSC', 'upregulates', 'TCL1', 'expression', False),
        }),
        # 在 X 敲除小鼠中，…Y 水平升高: a clause naming only a knocked-out X sets the condition; X acts with its polarity turned round
        ("在 IL-10敲除小鼠中，可以观察到骨质疏松症的特征，包括 RANKL 和 OPG 水平升高、骨吸收增加、骨形成较少和骨小梁结构改变[121]。", {
            ('IL-10', 'downregulates', 'OPG', 'expression', False),
            ('IL-10', 'downregulates', 'RANKL', 'expression', False),
            ('IL-10', 'downregulates', 'bone resorption', None, False),
            ('IL-10', 'upregulates', 'bone formation', None, False),
        }),
    ],
    "zh.especially_members": [
        # tr_zh_06: …，尤其是 MMP2、MMP-9、MT1-MMP ending the sentence: the claims of MMPs are stated of the three (the gold's
        # factors); integrin's claims stay integrin's (no member of it is named)
        ("基质金属蛋白酶(MMPs)通过降解基底膜糖蛋白及细胞外基质成分,进而启动内皮细胞的激活和迁移,整合素家族通过和不同配基结合,介导血管内皮细胞的迁移和黏附,有助于新生血管的成熟和稳定,尤其是MMP2、MMP-9、MT1-MMP。", {
            ('integrin', 'induces', 'vascular endothelial cell', 'migration', False),
            ('integrin', 'induces', 'cell adhesion', None, False),
            ('integrin', 'promotes', 'new blood vessel formation', None, False),
            ('MMP-2', 'activates', 'endothelial cell', 'activity', False),
            ('MMP-2', 'activates', 'endothelial cell', 'migration', False),
            ('MMP-9', 'activates', 'endothelial cell', 'activity', False),
            ('MMP-9', 'activates', 'endothelial cell', 'migration', False),
            ('MT1-MMP', 'activates', 'endothelial cell', 'activity', False),
            ('MT1-MMP', 'activates', 'endothelial cell', 'migration', False),
            # 降解 (degrades): the gold's MMPs downregulate the basement membrane glycoprotein and the ECM
            ('MMP-2', 'downregulates', 'basement membrane glycoprotein', 'expression', False),
            ('MMP-9', 'downregulates', 'basement membrane glycoprotein', 'expression', False),
            ('MT1-MMP', 'downregulates', 'basement membrane glycoprotein', 'expression', False),
            ('MMP-2', 'downregulates', 'extracellular matrix', None, False),
            ('MMP-9', 'downregulates', 'extracellular matrix', None, False),
            ('MT1-MMP', 'downregulates', 'extracellular matrix', None, False),
        }),
    ],
    "zh.likeness": [
        # 与 A 类似/一样，B V X (opening the sentence; cue likeness): A does as B does, so A V X too
        ("与 IL-6 类似，TNF-α 可以通过内分泌方式调节骨代谢[127]。", {
            ('IL-6', 'regulates', 'bone metabolism', None, False),
            ('TNF-α', 'regulates', 'bone metabolism', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_claims_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
