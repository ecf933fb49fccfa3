"""The constructions of a clause: where clauses start, what a cue word says, the role of a group, the subject a
trigger makes or changes, what a clause leaves to the next (stages items, split, clause_start, cue, verb, word,
group, trigger, clause_end): one table per construction (see test_constructions_claims)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.family_of_owner": [
        # X 及其相关 + class name (cues owned 及其, related 相关): the class name names X's family where the dictionary has one (IL-6 family cytokine), beside X
        ("此外，IL-6 及其相关细胞因子还可以调节免疫反应，抑制免疫细胞的活性，降低免疫监视对肿瘤的杀伤作用。", {
            # 免疫监视对肿瘤的杀伤作用: the immunity against the tumour, one process (compositions.tsv)
            ('IL-6 family cytokine', 'downregulates', 'antitumor immunity', None, False),
            ('IL-6 family cytokine', 'inhibits', 'immune cell', 'activity', False),
            ('IL-6 family cytokine', 'regulates', 'immune response', None, False),
            ('IL-6', 'downregulates', 'antitumor immunity', None, False),
            ('IL-6', 'inhibits', 'immune cell', 'activity', False),
            ('IL-6', 'regulates', 'immune response', None, False),
        }),
    ],
    "zh.anaphor": [
        # CLL only qualifies the pathway (相关通路); 疾病 is the disease named before
        ("BMSC能直接激活CLL相关通路而影响疾病的发生发展。", {
            ('BMSC', 'regulates', 'CLL', None, False),
        }),
        # 在 X 中, A 影响疾病的进程 (anaphor cue: 疾病): a bare class noun names the one disease the sentence has named before it (X), grounded as a pronoun
        ("在 CML 中, BMSC 可以通过相关因子和蛋白的分泌而影响疾病的进程。", {
            ('BMSC', 'regulates', 'CML', None, False),
        }),
    ],
    "zh.target_nominal": [
        # written for the test: A 对 B 的激活 + the clause's verb: the claim made a noun is the subject (TNF-α activates NF-κB), and it goes on to the verb after it
        ("TNF-α 对 NF-κB 的激活导致炎症因子的表达增加。", {
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
            ('TNF-α', 'upregulates', 'inflammatory cytokine', 'expression', False),
        }),
        ("IL-1β 对 NF-κB 的活化可促进 IL-6 的表达。", {
            ('IL-1β', 'activates', 'NF-κB', 'activity', False),
            ('IL-1β', 'upregulates', 'IL-6', 'expression', False),
        }),
        # 001 (IL-1 family review): A 对 B 的激活 in a real sentence, two papers besides the test's own: IL-1β's activation of IL-1R
        ("因此，炎症小体激活和随后的细胞焦亡是细胞释放 IL-1α的一种机制，在炎症小体激活期间释放 IL-1α和 IL-1β可能会补充 IL-1β对 IL-1R 的激活[33]。", {
            ('IL-1β', 'activates', 'IL-1R1', 'activity', False),
        }),
        # 002 (LIF review): JAK对SHP2的激活 as the subject of 被认为是…的机制
        ("由于SHP2激活是细胞外调节蛋白激酶1/2(extracellular regulated protein kinases1/2, ERK1/2)下游磷酸化所必需的,因此JAK对SHP2的激活通常被认为是丝裂原激活的蛋白激酶(mitogen-activated protein kinases, MAPK)和磷脂酰肌醇3-激酶(phosphoinositide 3-kinase, PI3K)通路被激活的机制<sup>[35]</sup>。", {
            ('JAK', 'activates', 'SHP2', 'activity', False),
        }),
    ],
    "-zh.target_nominal": [
        # 的激活 after an owner with no 对 before it stays the owner's aspect
        ("IL-1β 促进 NF-κB 的激活。", {
            ('IL-1β', 'promotes', 'NF-κB', 'activity', False),
        }),
    ],
    "zh.compound_modifier": [
        # written for the test: 缺血性改变 is an ischaemic change: a name right before 性 (attribute_opening of
        # words.tsv) is the stem of an attribute and no object; a name of its own (炎症性骨丢失) stays one
        # (缺血性损伤, with a head of new_names.tsv, is one phrase: test_chinese_phrase_heads.py)
        ("TNF-α 促进破骨细胞分化,加重炎症性骨丢失和缺血性改变。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'promotes', 'inflammatory bone loss', None, False),
        }),
        # written for the test: 细胞膜 is a membrane (膜, compound_head), not cells: no object for 增强
        ("TNF-α 可激活巨噬细胞,并增强细胞膜的通透性。", {
            ('TNF-α', 'activates', 'macrophage', 'activity', False),
        }),
        # 002: 维持干细胞状态 (maintaining the stem-cell state): 干细胞 only qualifies 状态, so embryonic stem cells do not promote stem cells; the next sentence's claim stands
        ("LIF是一种具有多样生物活性的多功能分子，是胚胎干细胞自我更新和维持干细胞状态所必需的因子之一。LIF 可以促进胚胎干细胞的自我更新。", {
            ('LIF', 'promotes', 'embryonic stem cell', 'stemness', False),
        }),
        # written for the test: 破坏血管屏障 damages the vascular barrier, not the vessels (肠道屏障 is a name of its
        # own, the intestinal barrier: test_vocabulary); the subject is the microbiota's imbalance, not the microbiota
        ("肠道菌群紊乱可能通过破坏血管屏障，激活TLR4信号通路。", {
            ('gut microbiota imbalance', 'activates', 'TLR4 pathway', 'activity', False),
        }),
        # written for the test: 阿尔茨海默病患者 (patients with the disease) is no factor; what is found in them acts
        ("阿尔茨海默病患者脑内淀粉样蛋白沉积可激活小胶质细胞。", {
            ('amyloid deposition', 'activates', 'microglia', 'activity', False),
        }),
        # a glioma study (肿瘤防治研究 2019): 缺氧状态下 (in the hypoxic state) is a place; hypoxia is not promoted
        # (血管新生, the real target, is not reached: left alone)
        ("HIF-1α通过转录激活VEGF促进胶质瘤缺氧状态下的血管新生。", {
            ('HIF-1α', 'activates', 'VEGF-A', 'activity', False),
            ('HIF-1α', 'promotes', 'glioma', None, False),  # not the claim (angiogenesis)
        }),
    ],
    "zh.noun_head_modifier": [
        # tr_zh_03: 肝脏大面积纤维化: the liver only qualifies what follows it (大面积, a plain noun); the injury causes
        # the fibrosis, not the liver
        ("持续的肝损伤会导致肝脏大面积纤维化而引起肝硬化。", {
            ('liver injury', 'induces', 'fibrosis', None, False),
            ('liver injury', 'induces', 'liver cirrhosis', None, False),
        }),
        # written for the test: 减少肝脏糖异生: gluconeogenesis, which no dictionary names, is what falls; the liver is
        # no object of 减少
        ("二甲双胍可激活AMPK，抑制mTOR信号通路，减少肝脏糖异生。", {
            ('metformin', 'activates', 'AMPK', 'activity', False),
            ('metformin', 'inhibits', 'mTOR pathway', 'activity', False),
        }),
        # written for the test: 肿瘤靶点 is a target in tumours, not the tumour: 肿瘤 is no object of 抑制
        ("PD-L1 是重要的肿瘤靶点，其抗体可抑制肿瘤靶点的表达，IFN-γ 上调 PD-L1 的表达。", {
            ('IFN-γ', 'upregulates', 'PD-L1', 'expression', False),
        }),
    ],
    "-zh.noun_head_modifier": [
        # 001: 减少骨吸收量: an amount (量, same_head of words.tsv) still names bone resorption
        ("但 IL-33/ST2 通路已被认为是骨骼的重要保护信号，可通过减少破骨细胞生成和刺激成骨细胞功能，减少骨吸收量。", {
            ('IL-33/ST2 pathway', 'downregulates', 'osteoclast', 'differentiation', False),
            ('IL-33/ST2 pathway', 'activates', 'osteoblast', 'activity', False),
            ('IL-33/ST2 pathway', 'downregulates', 'bone resorption', None, False),
        }),
        # 001: p38 MAPK 信号级联: a cascade (级联, same_head) is the pathway named
        ("此外，IL-8 信号还激活 p38 MAPK 信号级联。", {
            ('IL-8', 'activates', 'p38 MAPK pathway', 'activity', False),
        }),
    ],
    "-zh.compound_modifier": [
        # a diabetic-osteoporosis review (川北医学院学报 2014): 高糖状态 (the high-glucose state) is hyperglycemia, which acts;
        # 状态 only qualifies a cell's name (干细胞状态) or a condition named as a place (缺氧状态下)
        ("高糖状态可以抑制成骨细胞的分化和增殖。", {
            ('hyperglycemia', 'inhibits', 'osteoblast', 'differentiation', False),
            ('hyperglycemia', 'inhibits', 'osteoblast', 'proliferation', False),
        }),
    ],
    "en.new_claim": [
        # the sentence of the bug report: , and before a name and its verb opens a new claim
        ("Interleukin-10 inhibits osteoclast differentiation, and TNF-α promotes RANKL expression in osteoblasts.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
        ("Interleukin-10 inhibits osteoclast differentiation and TNF-α promotes RANKL expression in osteoblasts.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
        ("Interleukin-10 inhibits osteoclast differentiation, but TNF-α promotes RANKL expression in osteoblasts.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
        ("Interleukin-10 inhibits osteoclast differentiation whereas TNF-α promotes RANKL expression in osteoblasts.", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
    ],
    "en.comma_list": [
        # names joined before their shared verb stay one subject
        ("IL-6 promotes osteoclast differentiation; IL-1, IL-8 and TNF-α also promote RANKL expression.", {
            ('IL-1', 'upregulates', 'RANKL', 'expression', False),
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-8', 'upregulates', 'RANKL', 'expression', False),
            ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
        }),
    ],
    "zh.process_anaphor": [
        # tr_zh_06: 该过程 names the one process named before it (血管生成); 应用 X (instrument cue) makes the antibody the subject
        ("白介素家族中,IL-8、IL-1、IL-6同样能促进血管生成,应用IL-6单抗能部分抑制该过程。", {
            ('IL-8', 'promotes', 'angiogenesis', None, False),
            ('IL-1', 'promotes', 'angiogenesis', None, False),
            ('IL-6', 'promotes', 'angiogenesis', None, False),
            ('anti-IL-6 antibody', 'inhibits', 'angiogenesis', None, False),
        }),
    ],
    "zh.comma_list": [
        # tr_zh_04: 衰老,劳损和外伤等…因素: the comma joins the list (closed by 和, then 等), so aging acts too, not only the names after the comma
        ("膝骨关节炎(knee osteoarthritis,KOA)作为老年人常见的关节退行性疾病,衰老,劳损和外伤等复杂的因素都会影响滑膜和软骨从而导致关节破坏和临床一系列症状。", {
            ('aging', 'regulates', 'synovium', None, False),
            ('aging', 'regulates', 'cartilage', None, False),
            ('aging', 'induces', 'joint destruction', None, False),
            ('chronic strain', 'regulates', 'synovium', None, False),
            ('chronic strain', 'regulates', 'cartilage', None, False),
            ('chronic strain', 'induces', 'joint destruction', None, False),
            ('trauma', 'regulates', 'synovium', None, False),
            ('trauma', 'regulates', 'cartilage', None, False),
            ('trauma', 'induces', 'joint destruction', None, False),
        }),
    ],
    "-zh.comma_list": [
        # written for the test: a comma after a clause with its verb is a clause break; the second clause has its own subjects
        ("IL-6促进破骨细胞分化,TNF-α和IL-1β则抑制成骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
            ('TNF-α', 'inhibits', 'osteoblast', 'differentiation', False),
            ('IL-1β', 'inhibits', 'osteoblast', 'differentiation', False),
        }),
    ],
    "zh.especially_member": [
        # 004: A，尤其是其中的 B，在…中发挥着重要作用: both (the gold has both)
        ("骨髓微环境,尤其是其中的骨髓基质细胞(bone marrow stromal cells, BMSC),在白血病的发生发展中发挥着重要作用。", {
            ('bone marrow microenvironment', 'regulates', 'leukemia', None, False),
            ('BMSC', 'regulates', 'leukemia', None, False),
        }),
        # written for the test: A 特别是 B V X in one clause, B a member of the class A (same kind): B (as the
        # gold of tr_zh_02 has it)
        ("非甾体类抗炎药特别是阿司匹林可抑制肠道肿瘤的进展。", {
            ('aspirin', 'inhibits', 'intestinal tumor', None, False),
        }),
        # tr_zh_02: the gold states the claims of aspirin only, not of the class NSAID
        ("此外,大量研究已经证实,非甾体类抗炎药特别是阿司匹林,对上皮组织来源的肿瘤,例如肠道肿瘤、胃癌、食道癌等,具有一定的化疗预防作用,尤其是对肿瘤的进展具有阻抑作用,但并不是对所有癌症,如肝癌、胆囊癌和胰腺癌等[4-5]。", {
            ('aspirin', 'inhibits', 'intestinal tumor', None, False),
            ('aspirin', 'inhibits', 'gastric cancer', None, False),
            ('aspirin', 'inhibits', 'esophageal cancer', None, False),
            ('aspirin', 'inhibits', 'tumor', None, False),  # the gold: tumor progression
        }),
    ],
    "-zh.especially_member": [
        # tr_zh_01: 尤其是 before a 在 phrase names no member; the sentence states no claim of IL-17 there, but its next one does
        ("IL-17A的致炎性最强,尤其是在银屑病中。IL-17可以直接诱导多种细胞因子。", {
            ('IL-17', 'upregulates', 'cytokine', 'expression', False),
        }),
    ],
    "zh.gerund_subject": [
        # 004: 抑制 FGF2/FGFR2 信号通路 is the subject of 是; 该因子 (FGF2) does not inhibit it
        ("T-ALL来源的BMSC分泌成纤维细胞生长因子2(fibroblast growth factor 2, FGF2),该因子与T-ALL细胞上的成纤维生长因子受体2(fibroblast growth factor receptor 2, FGFR2)结合,因此抑制FGF2/FGFR2信号通路可能是克服BMSC介导的T-ALL进展的有效策略。", {
            ('BMSC', 'induces', 'T-ALL', None, False),
            ('FGF2', 'binds', 'FGFR2', None, False),
        }),
    ],
    "-zh.gerund_subject": [
        # written for the test: the clause before is only a topic (no verb): the trigger after it is the topic's
        # (a disease topic acts too), not an action standing as the subject of 是
        ("长期的慢性炎症,导致骨质丢失和骨折是骨质疏松患者致残的主要原因。", {
            ('chronic inflammation', 'induces', 'bone loss', None, False),
            ('chronic inflammation', 'induces', 'fracture', None, False),
        }),
    ],
    "report_inside": [
        # a reporting verb inside the claim (A 同样发现可抑制 B, A 已被证明可诱导 B): no new name before the trigger, so A stays the subject
        ("在人胆管癌(cholangiocarcinoma, CCA)中敲低LIF同样发现可抑制癌细胞侵袭，且CCA样品中的mRNA和LIF蛋白水平显著增加。", {
            ('LIF', 'promotes', 'cancer cell', 'invasion', False),
        }),
    ],
    "report": [
        # written for the test: a report (结果表明, kept whole by the segmenter) after a claim: the reported clause has
        # its own subject (activating STAT3 signalling); IL-6, the topic before the report, does not go on into it
        ("IL-6 处理显著促进了软骨细胞增殖, 此外, 结果表明, 激活巨噬细胞中的 STAT3 信号可以增加 IL-10 的表达。", {
            ('IL-6', 'promotes', 'chondrocyte', 'proliferation', False),
            ('STAT3 pathway', 'upregulates', 'IL-10', 'expression', False),
        }),
        # 002: 说明 is a reporting verb; 靶向 LIF 或其通路 is the subject of 是, so LIF does not raise the therapies, nor do they the outcome of their combination
        ("EC359 靶向 LIFR, 并与 LIF 竞争与配体结合位点的结合, 可以有效和选择性地降低胰腺癌中活化基质标志物的表达<sup>[52]</sup>。进一步证明了 LIF 作为抗肿瘤免疫潜在抑制因子的作用, 说明靶向 LIF 或其通路可能是提高癌症免疫疗法与免疫检查点阻断 (immune checkpoint blockade, ICB) 联用疗效的一种有效方法<sup>[53]</sup>。", {
            ('EC359', 'binds', 'LIFR', None, False),
        }),
        # 人们认识到 A 在 B 中起着重要作用: 认识到 is a report word, what follows it is the claim with its own subject (人们 is no actor)
        ("近年来,人们已经清楚地认识到骨髓基质细胞(bone marrow stromal cell, BMSC)在白血病的发病机制中起着重要作用。", {
            ('BMSC', 'regulates', 'leukemia', None, False),
        }),
        # …, 说明 A 可能 V B (report cue 说明): the claim starts after the reporting verb; a clause after it that opens with an action and a copula (说明靶向 LIF 可能是提高…的方法) is about the action
        ("从胃癌患者中分离出的少数癌细胞能够在表皮生长因子 ( epidermal growth factor, EGF ) 、碱性成纤维细胞生长因子 ( basic fibroblast growth factor, BFGF ) 、LIF 和肝素无血清培养基中形成球体细胞, 并在免疫缺陷裸鼠皮下注射后形成异种移植瘤, 说明 LIF 可能参与胃癌细胞的球体细胞生成<sup>[27]</sup>。", {
            # the sphere cells the cancer cells form, the whole phrase (chinese_phrase_heads.py); the gold names
            # their owner (gastric cancer cell, stemness)
            ('LIF', 'regulates', '球体细胞', 'differentiation', False),
        }),
    ],
    "zh.passive_verb": [
        # tr_zh_04: 被 Martinon 等描述为… (described by the authors as): no agent; caspase-1 after the verb is none, the inflammasome activates IL-1β
        ("NLRP3 炎症小体首先被Martinon 等[4]描述为经半胱氨酸蛋白酶-1(cysteine proteinase-1,Caspase-1)加工和激活炎性细胞因子白介素-1β(interleukin-1β,IL-1β)的一种大型多聚体蛋白复合物。", {
            ('NLRP3 inflammasome', 'activates', 'IL-1β', 'activity', False),
        }),
        # written for the test: 被称为 (is called): the passive is the verb's; the subject acts, not the name after the verb
        ("OPG 被称为破骨细胞生成抑制因子，可以抑制破骨细胞的分化。", {
            ('OPG', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
    ],
    "negation": [
        # the LIF review's title, with did not (written for the test)
        ("Leukemia inhibitory factor did not inhibit the proliferation of gastric cancer cells in this study.", {
            ('LIF', 'inhibits', 'gastric cancer cell', 'proliferation', True),
        }),
        # a sentence of the IL review (its typo NAPDH corrected); 不会: negated
        ("此外，IL-8 在体外不会直接激活 NADPH 氧化酶。", {
            ('IL-8', 'activates', 'NADPH oxidase', 'activity', True),
        }),
        # negation (没有): negated
        ("然而，IL-6 基因敲除小鼠在破骨细胞形成或松质骨量方面没有表现出缺陷[91]，表明 IL-6 在正常的松质骨生理中没有独特的作用。", {
            ('IL-6', 'regulates', 'trabecular bone', None, True),
        }),
        # written for the test: a report negated before it (尚无证据表明, 未发现) negates the claim it reports;
        # a report with no negation states its claim
        ("目前尚无证据表明IL-35能够直接抑制破骨细胞的分化，但研究发现IL-4可抑制破骨细胞分化。", {
            ('IL-35', 'inhibits', 'osteoclast', 'differentiation', True),
            ('IL-4', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
        ("研究未发现CXCL12可促进肝癌细胞转移。", {
            ('CXCL12', 'promotes', 'hepatocellular carcinoma cell', 'metastasis', True),
        }),
    ],
    "-negation": [
        # a negation inside a place phrase (在没有 RANKL 的小鼠中) is no negation of the claim
        ("TNF-α 治疗可以在没有 RANKL 的野生型小鼠中增加破骨细胞的数量。", {
            ('TNF-α', 'upregulates', 'osteoclast', None, False),
        }),
        # not only … but also is no negation
        ("Cytokines not only take part in immune responses but also directly or indirectly regulate bone remodeling.", {
            ('cytokine', 'regulates', 'bone remodeling', None, False),
            ('cytokine', 'regulates', 'immune response', None, False),
        }),
    ],
    "hedge": [
        # 可能: hedged
        ("提示 TNF-α 可能通过 Notch 信号来抑制骨髓间充质干细胞的成骨分化。", {
            ('TNF-α', 'inhibits', 'osteoblast', 'differentiation', False),
        }),
        # may: hedged (written for the test)
        ("BMSC may promote the survival of CLL cells.", {
            ('BMSC', 'promotes', 'CLL cell', 'survival', False),
        }),
        # hedging (可能): hedged
        ("有研究表示，Notch 和非经典 NF-κB 信号通路在转 TNF-α的小鼠骨髓间充质干细胞中明显上调，提示 TNF-α可能通过 Notch 和非规范 NF-κB 信号之间的相互作用来抑制骨髓间充质干细胞的成骨分化。", {
            ('TNF-α', 'inhibits', 'osteoblast', 'differentiation', False),
        }),
    ],
    "-en.which": [
        # written for the test: after a place the which-clause goes on with the sentence's subject
        ("IL-6 induces RANKL expression in osteoblasts, which promotes osteoclast differentiation.", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),
        }),
    ],
    "zh.latter_former": [
        # written for the test: 后者 (the latter) is the later of the two names before it (STAT3), not no one as an ambiguous 它 would be
        ("IL-6 促进 STAT3 的磷酸化，后者可诱导 MMP-9 的表达。", {
            ('IL-6', 'promotes', 'STAT3', 'phosphorylation', False),
            ('STAT3', 'upregulates', 'MMP-9', 'expression', False),
        }),
        ("IL-17 诱导 RANKL 的表达，而后者可激活破骨细胞。", {
            ('IL-17', 'upregulates', 'RANKL', 'expression', False),
            ('RANKL', 'activates', 'osteoclast', 'activity', False),
        }),
        # 前者 (the former): the earlier of the two (TNF-α); being secreted by macrophages is no claim
        ("TNF-α 和 IL-10 均由巨噬细胞分泌，前者促进破骨细胞的分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        ("TNF-α 和 IL-10 均由巨噬细胞分泌，后者抑制破骨细胞的分化。", {
            ('IL-10', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
        # a TGF-β signalling review (生物化学与生物物理进展 2000): 后者 after 受体磷酸化 SMAD is SMAD (the later name), not the receptor;
        # its binding to the common SMAD names the same concept twice, so the claim left is the receptor's
        ("活化的I型受体磷酸化通路特异性SMAD ,后者与公用性SMAD结合后从胞浆移至核内 ,核内SMAD通过与转录因子结合和直接与DNA结合调节基因的表达 .", {
            ('receptor', 'upregulates', 'Smad', 'phosphorylation', False),
            ('Smad', 'binds', 'transcription factor', None, False),  # 与转录因子结合: the class noun is a name
        }),
    ],
    "pronoun_owner": [
        # 001: 其连接的不同变体 (its splice variants) is the subject; ST2 does not produce sST2
        ("IL-33 作为 IL-1 受体家族成员 ST2 的配体在细胞外发挥作用，IL-33 与 ST2 的结合可以进一步激活下游通路，导致 Th2 细胞因子的转录增加[58]。ST2 主要由先天免疫细胞、肥大细胞和 Th2 淋巴细胞表达，其连接的不同变体导致产生不同的受体形式，包括可溶性形式(sST2)，它通过结合细胞外 IL-33 充当诱饵受体。", {
            ('IL-33', 'binds', 'ST2', None, False),
            ('IL-33', 'upregulates', 'Th2 cytokine', 'expression', False),
        }),
        # 001: 其恢复体内平衡的功能 (its function of restoring homeostasis) is the subject of 丧失
        ("炎症因子可以促进炎症反应。如果炎症持续存在，其恢复体内平衡的功能就会丧失，逐渐进展为慢性炎症[10]。", {
            ('inflammatory cytokine', 'promotes', 'inflammatory response', None, False),
        }),
        # written for the test: 它的发现 (its discovery, a report noun) is the subject of 为…提供; HIF-1 binds nothing there
        ("HIF-1是一个重要的转录因子，能够促进血管生成。它的发现为靶向肿瘤缺氧提供了新的思路。", {
            ('HIF-1', 'promotes', 'angiogenesis', None, False),
        }),
        # written for the test: 其上 (on it: the net the cells release) is a place; neither it nor the clauses after it
        # say what the neutrophil does (the net kills the bacteria)
        ("中性粒细胞释放一种网状结构，其上附着多种蛋白酶，能够杀死细菌。IL-8可以募集中性粒细胞。", {
            ('IL-8', 'promotes', 'neutrophil', 'recruitment', False),
        }),
    ],
    "zh.report_modifier": [
        # written for the test: 发现于 (discovered in) reports nothing; the clause keeps its subject
        ("IL-33 自发现于 2005 年以来一直被认为是骨质疏松的重要影响因素。", {
            ('IL-33', 'regulates', 'osteoporosis', None, False),
        }),
        # tr_zh_01: 近年来发现的 modifies 细胞因子 (report word before 的): no claim starts there, IL-17 stays the subject of the chain (not 细胞因子)
        ("白细胞介素-17(IL-17)是近年来发现的一种重要的细胞因子,在风湿病、癌症及炎性疾病的发生、发展中具有重要的作用。", {
            ('IL-17', 'regulates', 'rheumatic disease', None, False),
            ('IL-17', 'regulates', 'tumor', None, False),
            ('IL-17', 'regulates', 'inflammatory disease', None, False),
        }),
        # written for the test: 已报道的 (reported) before its noun, and the clause after it goes on with the copula's subject
        ("TNF-α 是已报道的一种促炎细胞因子，可以促进破骨细胞的分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
    "zh.pronoun_chain": [
        # written for the test: 其 right after a report (研究表明其…) names the topic the report set aside (the cells the
        # copula clause described); the reported claim is said of it
        ("树突状细胞是专职抗原提呈细胞,研究表明其可激活初始 T 细胞。", {
            ('dendritic cell', 'activates', 'naive T cell', 'activity', False),
        }),
        # written for the test: the cytokines named before 其 are a class the subject made (诱导…分泌多种细胞因子), no rival
        # of the named subject: 其 is TNF-α
        ("TNF-α 可通过诱导巨噬细胞分泌多种细胞因子而加重炎症，其在类风湿关节炎的发病中发挥关键作用。", {
            ('TNF-α', 'upregulates', 'cytokine', 'expression', False),
            ('TNF-α', 'promotes', 'inflammation', None, False),
            ('TNF-α', 'regulates', 'rheumatoid arthritis', None, False),
        }),
        # tr_zh_02: 它 opens a clause after B 是 C 的组成部分: B (the named subject the clause left), not the paragraph's topic
        ("炎症是公认的肿瘤十大特征之一,而肿瘤相关巨噬细胞是肿瘤微环境的重要组成部分,它影响肿瘤的生长、血管生成、免疫抑制、转移和药物抗性。", {
            ('tumor-associated macrophage', 'regulates', 'tumor', 'growth', False),
            ('tumor-associated macrophage', 'regulates', 'tumor', 'metastasis', False),
            ('tumor-associated macrophage', 'regulates', 'angiogenesis', None, False),
            ('tumor-associated macrophage', 'regulates', 'immunosuppression', None, False),
        }),
        # tr_zh_03: 其 after X 是一种…的生长因子: X, not the class noun nor the cells inside the relative
        ("[摘要]转化生长因子-β(transforming growth factor-β,TGF-β)是一种能使正常的成纤维细胞的表型发生转化的生长因子,其在肾小管间质纤维化的过程中扮演重要角色。", {
            ('TGF-β', 'regulates', 'renal interstitial fibrosis', None, False),
        }),
        # 001: 它 after the copula clause of IL-6 放大器 (many molecules inside it): the amplifier; 包括 lists diseases of the role's place (examples_same_kind)
        ("IL-6 还可以促进 RANKL 的表达。IL-6 放大器是通过 STAT3 和 NF-κB 之间的协同相互作用产生更多的 IL-6 及多种其他细胞因子和趋化因子，它也在炎症性疾病中发挥关键作用，包括细胞因子风暴综合征、自身免疫性疾病和癌症。", {
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),
            ('IL-6 amplifier', 'regulates', 'cytokine release syndrome', None, False),
            ('IL-6 amplifier', 'regulates', 'autoimmune disease', None, False),
            ('IL-6 amplifier', 'regulates', 'tumor', None, False),
        }),
    ],
    "pronoun": [
        # written for the test: 后者 after a sentence boundary (zh.latter_former reads only its own sentence) names
        # one of the two names before it, never the paragraph's topic (IL-17): no claim of its own
        ("IL-17可以激活单核细胞和巨噬细胞。后者通过产生IL-8募集中性粒细胞。", {
            ('IL-17', 'activates', 'monocyte', 'activity', False),
            ('IL-17', 'activates', 'macrophage', 'activity', False),
        }),
        # 其 as a plain subject stands for LIF
        ("通过对 LIF 在癌细胞中的作用进行深入研究，发现其在肿瘤生长、迁移、侵袭等方面发挥重要作用。", {
            ('LIF', 'regulates', 'tumor cell', 'migration', False),
            ('LIF', 'regulates', 'tumor', 'growth', False),
            ('LIF', 'regulates', 'tumor', 'invasion', False),
        }),
        # 004: the topic carries over a pronoun sentence
        ("已有文献报道 BMSC可通过分泌细胞因子、调控多种信号通路影响白血病细胞增殖、生存、黏附等。它可以与白血病细胞发生直接或间接作用,调控肿瘤生长、侵袭、转移等进程。此外,它还具有免疫调节、血管生成、抗炎和抗凋亡的作用<sup>[2]</sup>。", {
            ('BMSC', 'inhibits', 'apoptosis', None, False),
            ('BMSC', 'inhibits', 'inflammation', None, False),
            ('BMSC', 'regulates', 'cell adhesion', None, False),
            ('BMSC', 'regulates', 'leukemia cell', 'proliferation', False),
            ('BMSC', 'regulates', 'leukemia cell', 'survival', False),
            ('BMSC', 'regulates', 'tumor', 'growth', False),
            ('BMSC', 'regulates', 'tumor', 'invasion', False),
            ('BMSC', 'regulates', 'tumor', 'metastasis', False),
        }),
        # 000 (shortened): a class pronoun (该类因子) stands for the head of the last subject
        ("IL-6 还可以促进 RANKL 的表达。IL-6 家族细胞因子及其受体在骨髓增殖性肿瘤中具有多重作用。首先，该类因子可以刺激恶性克隆细胞的增殖和存活，促进肿瘤发展。", {
            ('IL-6 family cytokine', 'activates', 'malignant clonal cell', 'proliferation', False),
            ('IL-6 family cytokine', 'activates', 'malignant clonal cell', 'survival', False),
            ('IL-6 family cytokine', 'promotes', 'tumor progression', None, False),
            ('IL-6 family cytokine', 'regulates', 'myeloproliferative neoplasm', None, False),
            ('IL-6', 'upregulates', 'RANKL', 'expression', False),  # not in the gold
            ('receptor', 'regulates', 'myeloproliferative neoplasm', None, False),  # not in the gold
        }),
        # a pronoun subject (它) stands for the one factor of the previous sentence in the paragraph, and stays the subject of the next clause
        ("已有文献报道 BMSC可通过分泌细胞因子、调控多种信号通路影响白血病细胞增殖、生存、黏附等。它可以与白血病细胞发生直接或间接作用,调控肿瘤生长、侵袭、转移等进程。", {
            ('BMSC', 'regulates', 'cell adhesion', None, False),
            ('BMSC', 'regulates', 'leukemia cell', 'proliferation', False),
            ('BMSC', 'regulates', 'leukemia cell', 'survival', False),
            ('BMSC', 'regulates', 'tumor', 'growth', False),
            ('BMSC', 'regulates', 'tumor', 'invasion', False),
            ('BMSC', 'regulates', 'tumor', 'metastasis', False),
        }),
        # X 及其 Y …。该类因子 V B: a class pronoun (该类因子) names the one factor of the paragraph's last sentence; a name after 及其 (cue owned: its receptor) is X's own, so that sentence is about X
        ("IL-6 家族细胞因子及其受体在骨髓增殖性肿瘤中具有多重作用。首先，该类因子可以刺激恶性克隆细胞的增殖和存活，促进肿瘤发展。", {
            ('IL-6 family cytokine', 'activates', 'malignant clonal cell', 'proliferation', False),
            ('IL-6 family cytokine', 'activates', 'malignant clonal cell', 'survival', False),
            ('IL-6 family cytokine', 'promotes', 'tumor progression', None, False),
            ('IL-6 family cytokine', 'regulates', 'myeloproliferative neoplasm', None, False),
            ('receptor', 'regulates', 'myeloproliferative neoplasm', None, False),  # not in the gold
        }),
    ],
    "partner_cue": [
        # A 与 B 结合，后与 C 形成…复合物: a later clause that goes on with the subject names a partner after 与 too; 复合物 is a binding noun, and a binding names no aspect (形成 is none)
        ("LIF首先与LIFR结合,而后与gp130形成高亲和力功能复合物。", {
            ('LIF', 'binds', 'LIFR', None, False),
            ('LIF', 'binds', 'gp130', None, False),
        }),
    ],
    "knockdown_object": [
        # 对 A 进行敲弱/敲除 + trigger: the knocked-down A is the subject, its polarity turned round
        ("在体外用重组LIF对乳腺癌细胞处理实验表明, LIF 促进了乳腺癌细胞的增殖和锚定性生长, 异位表达 LIF 加强了细胞增殖能力, 对 LIF 进行敲弱抑制了细胞的生长。", {
            ('LIF', 'promotes', 'breast cancer cell', 'growth', False),
            ('LIF', 'promotes', 'breast cancer cell', 'proliferation', False),
        }),
    ],
    "en.knockdown_opening": [
        # a reference title of the LIF review: what is blocked acts with its polarity turned round
        ("Immunization against leukemia inhibitory factor and its receptor suppresses tumor formation of breast cancer initiating cells in BALB/c mouse.", {
            ('LIF', 'promotes', 'tumorigenesis', None, False),
        }),
    ],
    "agent_examples": [
        # 由 (class word) (如 A、B 和 C) V: 由 before names or examples and then a trigger verb is a passive 被, not an origin (由 Y 分泌 ends in an expression word); the examples of an agent named only by a plain word are the agents, acting on the subject of the clause before
        ("LIF是一种由多种不同细胞类型在体外分泌的糖蛋白，在成纤维细胞、淋巴细胞、单核细胞和星形胶质细胞中由各种诱导剂(如血清、白细胞介素-IP和表皮生长因子诱导剂)诱导。", {
            ('EGF', 'upregulates', 'LIF', 'expression', False),
            ('IL-1β', 'upregulates', 'LIF', 'expression', False),
            ('serum', 'upregulates', 'LIF', 'expression', False),
        }),
    ],
    "plain_verb": [
        # a copula after a plain noun no dictionary names, its clause ending in 的 + a name: the name is a predicate
        # noun (what the unnamed topic is), no subject; the clause after it is not about it (no cytokine activates)
        ("该蛋白是由单核细胞分泌的细胞因子,可激活巨噬细胞;IL-6则促进破骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # the topic named: it is the subject, and the clause after it is about it (acting on cells: an organ such as
        # the kidney is a place, no target: zh.organ_place)
        ("降钙素是由甲状腺C细胞分泌的肽类激素,作用于破骨细胞,而PTH可促进骨吸收。", {
            ('calcitonin', 'regulates', 'osteoclast', None, False),
            ('PTH', 'promotes', 'bone resorption', None, False),
        }),
        # V 的 + a name opening the clause (持续的, continuing) is an attributive, not the clause's verb: the name is the subject.
        # tr_zh_03 (TGF-β and fibrosis): liver injury leads to cirrhosis (肝脏 only qualifies 大面积 纤维化: zh.noun_head_modifier)
        ("持续的肝损伤会导致肝脏大面积纤维化而引起肝硬化。", {
            ('liver injury', 'induces', 'fibrosis', None, False),  # the gold has liver fibrosis, which no dictionary names
            ('liver injury', 'induces', 'liver cirrhosis', None, False),
        }),
        # written for the test: after the semicolon a verb opens the clause with its object before 的 + a name (携带 KRAS
        # 突变的肿瘤细胞): the verb only qualifies the cells, the clause's own subject; IL-6, the topic before, stops there
        ("IL-6 可激活 STAT3，促进肿瘤细胞增殖；携带 KRAS 突变的肿瘤细胞则可促进血管生成。", {
            ('IL-6', 'activates', 'STAT3', 'activity', False),
            ('IL-6', 'promotes', 'tumor cell', 'proliferation', False),
            ('tumor cell', 'promotes', 'angiogenesis', None, False),
        }),
        ("TNF-α 可诱导 IL-6 的表达，加重关节炎症；含有核酸的免疫复合物可激活浆细胞样树突状细胞。", {
            ('TNF-α', 'upregulates', 'IL-6', 'expression', False),
            ('TNF-α', 'promotes', 'joint inflammation', None, False),
            ('immune complex', 'activates', 'plasmacytoid dendritic cell', 'activity', False),
        }),
        # gold/extra r5zh_zh_06: the verb's place (存在于 TME 中) is part of the phrase qualifying the name after 的: the
        # name is the subject; the key head 效应细胞群 only classes it, the relative verb 介导 states the claim
        ("广泛存在于TME中的髓源抑制细胞(MDSCs)是介导肿瘤免疫逃逸的主要效应细胞群。", {
            ('MDSC', 'induces', 'immune evasion', None, False),
        }),
        # a verb with only a modifier before 的 (具有一定的…作用) is the clause's own verb: the topic goes on into it
        ("IL-10 可抑制巨噬细胞活化，具有一定的抗炎作用。", {
            ('IL-10', 'inhibits', 'macrophage', 'activity', False),
            ('IL-10', 'inhibits', 'inflammation', None, False),
        }),
        # an oncologist's answer on inflammation and cancer (pingguolv.com): the continuing inflammation acts
        ("持续的炎症可能导致免疫系统反应异常,从而影响细胞生长调控和促使异常细胞繁殖,这可能最终形成癌变。", {
            ('inflammation', 'induces', 'immune response', None, False),
            ('inflammation', 'induces', 'tumorigenesis', None, False),
            ('inflammation', 'promotes', 'cell', None, False),
            ('inflammation', 'regulates', 'cell', 'growth', False),
        }),
        # 有 after the subject is has: the clause reads as before
        ("IL-6 有促进破骨细胞分化的作用。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # 也有 A 在 B 中具有 …作用: an existential 有 (cues.tsv kind existential) before the first name is no verb; the names after it (here the examples of a class word) are the subject
        ("也有部分细胞因子〔如肿瘤坏死因子（tumor necrosis factor，TNF）和脂肪营养素〕在骨髓增殖性肿瘤中也具有抑制作用。", {
            ('TNF-α', 'inhibits', 'myeloproliferative neoplasm', None, False),
            ('adipotrophin', 'inhibits', 'myeloproliferative neoplasm', None, False),
        }),
    ],
    "zh.forms_verb": [
        # 形成 X (cues.tsv kind forms) before a name and after no name, aspect, 的 or trigger: a verb, induces; 破骨细胞形成 stays an aspect
        ("上述细胞因子能够形成恶性肿瘤微环境，促进肿瘤的生长、侵袭和血管生成。", {
            ('cytokine', 'induces', 'tumor microenvironment', None, False),
            ('cytokine', 'promotes', 'angiogenesis', None, False),
            ('cytokine', 'promotes', 'tumor', 'growth', False),
            ('cytokine', 'promotes', 'tumor', 'invasion', False),
        }),
    ],
    "place_head": [
        # 在 A 来源的 B 中 (a place whose first name only qualifies its head): B is the place, not the subject; the name after it (过表达 X 后) is what the next clauses are about
        ("Tian等<sup>[16]</sup>研究显示在AML来源的BMSC中过表达UBE2O后,可以通过抑制NF- $\\kappa$ B通路进而抑制BMSC的增殖,从而抑制AML的发生。", {
            ('UBE2O', 'inhibits', 'AML', None, False),
            ('UBE2O', 'inhibits', 'BMSC', 'proliferation', False),
            ('UBE2O', 'inhibits', 'NF-κB pathway', 'activity', False),
        }),
    ],
    "en.mediator_after": [
        # the LIF review's English abstract: SPEC 1, A promotes C via B is A → C with B as mediator
        ("Different drugs have been developed. LIF affect cells through various signaling pathways by binding to their receptors.", {
            ('LIF', 'binds', 'receptor', None, False),
            ('LIF', 'regulates', 'cell', None, False),
        }),
    ],
    "instrument_subject": [
        # 使用/用/采用 X V Y (instrument cue, no subject before it): the agent used is the subject of the trigger after it, not the topic of the clause before
        ("Gehrke 等<sup>[24]</sup> 研究显示, BMSC 分泌的衍生蛋白和血管内皮生长因子 (vascular endothelial growth factor, VEGF), 可阻断 CLL 细胞的凋亡, 使用单克隆抗体 293 (Monoclonal Antibody 293, mAb293) 阻断 VEGF 的分泌可显著降低共培养 CLL 细胞的存活。", {
            ('BMSC', 'inhibits', 'CLL cell', 'apoptosis', False),
            ('mAb293', 'downregulates', 'CLL cell', 'survival', False),
            ('mAb293', 'downregulates', 'VEGF-A', 'expression', False),  # not in the gold
        }),
        # 采用一定浓度的 X 处理 Y 可逆转 A 诱导的 B: a dose phrase (一定浓度, filler) sits inside the instrument's name group, so the drug used is what acts
        ("米非司酮是临床用于药物流产的一种黄体酮 / 糖皮质激素拮抗剂, 也是有效的 LIFR 拮抗剂, 采用一定浓度的米非司酮处理 PDAC 细胞可逆转 LIF 诱导的细胞增殖、迁移和上皮间充质转化, 表明米非司酮可以抑制 LIFR 信号传导并逆转由 LIF 诱导的 STAT3 磷酸化<sup>[48]</sup>。", {
            ('LIF', 'induces', 'STAT3', 'phosphorylation', False),
            ('LIF', 'induces', 'epithelial-mesenchymal transition', None, False),
            ('LIF', 'induces', 'pancreatic cancer cell', 'migration', False),
            ('LIF', 'induces', 'pancreatic cancer cell', 'proliferation', False),
            ('mifepristone', 'inhibits', 'LIFR', 'activity', False),
            ('mifepristone', 'inhibits', 'STAT3', 'phosphorylation', False),
            ('mifepristone', 'inhibits', 'epithelial-mesenchymal transition', None, False),
            ('mifepristone', 'inhibits', 'pancreatic cancer cell', 'migration', False),
            ('mifepristone', 'inhibits', 'pancreatic cancer cell', 'proliferation', False),
        }),
    ],
    "qualifier_head": [
        # 001: the qualified subject is the head after 的
        ("巨噬细胞衍生的 IL-10 可以抑制邻近细胞分化为经典激活的巨噬细胞。", {
            ('IL-10', 'inhibits', 'M1 macrophage', 'differentiation', False),
        }),
    ],
    "subject": [
        # written for the test: a group after a list mark (、), a plain noun before it (器官移植排斥), is a further
        # member of the list in the 在 … 中 phrase, never a subject; the topic (IL-6) plays the role in each place
        ("IL-6 是一种多效性细胞因子,在多发性骨髓瘤、器官移植排斥及类风湿关节炎中均发挥重要作用。", {
            ('IL-6', 'regulates', 'multiple myeloma', None, False),
            ('IL-6', 'regulates', 'graft rejection', None, False),
            ('IL-6', 'regulates', 'rheumatoid arthritis', None, False),
        }),
        # written for the test: the class word after 等 (免疫细胞) heads the examples before it; it is no subject
        # and acts on none of them; the topic of the clause before (IL-10) regulates the examples
        ("IL-10 不仅抑制T细胞的活化,而且对树突细胞、巨噬细胞等免疫细胞也具有调节作用。", {
            ('IL-10', 'inhibits', 'T cell', 'activity', False),
            ('IL-10', 'regulates', 'dendritic cell', None, False),
            ('IL-10', 'regulates', 'macrophage', None, False),
        }),
        # written for the test: the name after a hyphen (细胞-细胞接触) is the second half of one compound in the
        # 通过 phrase, no new subject; the topic of the clauses before (Th1 细胞) acts
        ("Th1细胞是一种辅助性T细胞,能分泌IFN-γ,并通过细胞-细胞接触活化巨噬细胞。", {
            ('Th1 cell', 'activates', 'macrophage', 'activity', False),
        }),
        # written for the test: the name after 将 (the 把 construction) is handled, not the subject; the topic
        # (巨噬细胞) stays the subject of the clauses after it
        ("巨噬细胞可以吞噬细菌，并将细菌抗原呈递给CD4+ T细胞，从而激活CD4+ T细胞。", {
            ('macrophage', 'activates', 'CD4+ T cell', 'activity', False),
        }),
        # written for the test: what follows 功能是 is the topic's function, no new subject (function_noun)
        ("中性粒细胞是血液中数量最多的白细胞，主要功能是杀灭细菌，促进炎症反应，抑制细菌感染。", {
            ('neutrophil', 'inhibits', 'bacterium', None, False),  # 杀灭: kills
            ('neutrophil', 'promotes', 'inflammatory response', None, False),
            ('neutrophil', 'inhibits', 'bacterial infection', None, False),
        }),
        # written for the test: a name that owns a process (X 释放的过程) is no subject (process_head); the next
        # sentence's name acts
        ("IL-1β释放的过程需要炎症小体的组装，并激活caspase-1。IL-1β促进破骨细胞分化。", {
            ('IL-1β', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # fx361.cc/page/2021/0329/19809711 (T 细胞与骨代谢): the names before 活动间 only say between what the imbalance
        # lies; they are no subject of 导致 (the sentence after it has one)
        ("破骨细胞和成骨细胞活动间的不平衡由多种激素变化、炎症或生长因子等的干预引起,从而导致骨骼异常。生理状态下,如绝经后雌激素缺乏也会导致骨质丢失继而引起骨质疏松。", {
            ('estrogen deficiency', 'induces', 'osteoporosis', None, False),
            ('estrogen deficiency', 'induces', 'bone loss', None, False),  # 骨质丢失 is bone loss
        }),
        # 002: names before 之间 are no subject, and 这 does not stand for them
        ("LIF的表达水平和分泌水平在乳腺癌相关脂肪细胞中显著上调，并以旁分泌方式作用于邻近的乳腺癌细胞。脂肪细胞与乳腺癌细胞之间的相互作用依赖于LIF和趋化因子(C-X-C motif chemokine ligands, CXCLs)间的正反馈循环，这促进了乳腺癌的侵袭和转移<sup>[17]</sup>。", {
            ('LIF', 'regulates', 'breast cancer cell', None, False),
        }),
    ],
    "determiner_phrase": [
        # 两种细胞因子 names TNF and IL-1, pointing at the phrase
        ("TNF 和 IL-1 最初参与不同的信号通路。因此，两种细胞因子的串扰效应抑制成骨细胞功能。", {
            ('IL-1', 'inhibits', 'osteoblast', 'activity', False),
            ('TNF-α', 'inhibits', 'osteoblast', 'activity', False),
        }),
        # A 是一类…，包括 X、Y 等，上述 + class name: a determiner phrase after an earlier clause of the sentence names that clause's subject (A), where it fits the class
        ("IL-6 家族细胞因子是一类与 IL-6 具有结构相似的细胞因子，包括 IL-6、IL-11、IL-27、IL-31、白血病抑制因子（leukemia inhibitory factor，LIF）、 心肌营养素 -1（cardiotrophin-1，CT-1）等，上述细胞因子在骨髓增殖性肿瘤中具有重要作用，特别是在MM 中。", {
            ('IL-6 family cytokine', 'regulates', 'myeloproliferative neoplasm', None, False),
        }),
    ],
    "-determiner_phrase": [
        # 000: the sentence before names 细胞因子 with IL-2 and IL-12 as examples: 这些细胞因子 is the class, not its examples
        ("某些细胞因子（如 IL-2、IL-12 等）可以增强免疫细胞的活性和功能，促进免疫应答。因此，将这些细胞因子用于治疗某些感染性疾病、肿瘤或免疫缺陷病等，可以增强机体的免疫力，提高治疗效果。", {
            ('IL-12', 'promotes', 'immune cell', 'activity', False),
            ('IL-12', 'promotes', 'immune response', None, False),
            ('IL-2', 'promotes', 'immune cell', 'activity', False),
            ('IL-2', 'promotes', 'immune response', None, False),
            ('cytokine', 'promotes', 'immunity', None, False),
            ('cytokine', 'upregulates', 'therapeutic efficacy', None, False),
        }),
        # the paragraph named 促炎因子 itself two sentences before (the sentence between lists other
        # cytokines): 这些促炎因子 is that class, not the members of the last list
        ("巨噬细胞产生大量的促炎因子，主要为IL-1和IL-6。接着，其他细胞因子如IL-17和IL-18在滑膜中出现。随后，这些促炎因子激活NF-κB通路。", {
            ('inflammatory cytokine', 'activates', 'NF-κB pathway', 'activity', False),
        }),
        # 该 (singular) after a sentence with two factors: no referent; the class name stays
        ("TNF 和 IL-1 最初参与不同的信号通路。该细胞因子可以抑制成骨细胞功能。", {
            ('cytokine', 'inhibits', 'osteoblast', 'activity', False),
        }),
    ],
    "combination": [
        # 002: the combination acts as its first drug; 细胞毒性 is one aspect word (no cell)
        ("在研究癌症干细胞时发现, 三氧化二砷 (ATO) 可通过下调 CSC 相关基因和抑制致瘤能力, 有效诱导分化, ATO 和 5-FU/ 顺铂联合治疗显著增强了 HCC 细胞的治疗效果, 通过协同抑制 LIF/JAK1/STAT3 和核因子 -kB (nuclear factor-kappa B, NF-kB) 信号通路增强 3-FU/ 顺铂的细胞毒性, 这为 HCC 的临床治疗提供了新见解<sup>[54]</sup>。", {
            ('arsenic trioxide', 'downregulates', 'stemness gene', 'expression', False),
            ('arsenic trioxide', 'inhibits', 'LIF/JAK1/STAT3 pathway', 'activity', False),
            ('arsenic trioxide', 'inhibits', 'NF-κB', 'activity', False),
            ('arsenic trioxide', 'inhibits', 'tumorigenesis', None, False),
            ('arsenic trioxide', 'promotes', 'cisplatin', 'activity', False),
            ('arsenic trioxide', 'promotes', '3-FU', 'activity', False),  # a numeral-first symbol (shapes.py): the gold's 5-FU
            ('arsenic trioxide', 'promotes', 'therapeutic efficacy', None, False),  # not in the gold
        }),
    ],
    "zh.prefix_as_object": [
        # 004: a prefixed phrase after a trigger verb is its object, no claim of the subject; the sentence before states claims
        ("缺乏syntenin的BMSC,通过增强AML细胞的存活能力和蛋白质合成功能,显著激发了AML的侵袭性。而内皮因子作为BMSC的经典标记物,其表达水平的升高,进一步增强了这种促肿瘤活性。", {
            ('syntenin', 'inhibits', 'protein synthesis', None, False),
            ('syntenin', 'inhibits', 'AML cell', 'survival', False),
            ('syntenin', 'inhibits', 'AML', 'invasion', False),
        }),
    ],
    "en.nominal_knockdown": [
        # a reference title of the BMSC review
        ("Blockade of FGF2/FGFR2 partially overcomes bone marrow mesenchymal stromal cells mediated progression of T-cell acute lymphoblastic leukaemia.", {
            ('BMSC', 'induces', 'T-ALL', None, False),
            ('FGF2/FGFR2 pathway', 'promotes', 'T-ALL', None, False),
        }),
        # written for the test
        ("In these mice, blockade of LIF inhibits tumor growth in the pancreas.", {
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
    ],
    "zh.inhibition_subject": [
        # 002: 阻断 LIF (a verb of the negative direction and its object) opens the clause, another verb follows: LIF is knocked down and acts, turned round
        ("阻断LIF有效提高了肿瘤细胞的化疗敏感性,并进一步抑制了化疗下肿瘤的生长速率。", {
            ('LIF', 'upregulates', 'tumor cell', 'drug_resistance', False),
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
    ],
    "knockdown_carrier": [
        # tr_zh_05: 干预 X 从而抑制 Y (knock-down cue 干预, as 阻断): X promotes Y, hedged by 提示
        ("提示精准干预SDF-1/CXCR4轴从而抑制肿瘤转移,具有潜在临床应用前景。", {
            ('CXCL12/CXCR4 axis', 'promotes', 'tumor', 'metastasis', False),
        }),
    ],
    "zh.means_list": [
        # 000: 通过抑制 X 和促进 Y 达到…: two means side by side; 破骨细胞增殖 is no mediator of the second (the main verb is 达到…促进)
        ("不难看出，较高浓度的 TNF-α可以通过抑制成骨细胞分化和促进破骨细胞增殖达到促进骨质疏松发展的效果。", {
            ('TNF-α', 'inhibits', 'osteoblast', 'differentiation', False),
            ('TNF-α', 'promotes', 'osteoclast', 'proliferation', False),
            ('TNF-α', 'promotes', 'osteoporosis', None, False),
        }),
    ],
    "subject_knockdown": [
        # written for the test: the knock-down word after the name
        ("In these mice, LIF blockade inhibits tumor growth in the pancreas.", {
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
        # written for the test: an inhibition noun
        ("In these mice, STAT3 inhibition reduces tumor growth in the pancreas.", {
            ('STAT3', 'upregulates', 'tumor', 'growth', False),
        }),
        # written for the test: its inhibition at the start of a sentence
        ("LIF promotes tumor growth in mice. Its inhibition leads to cancer cell death in these mice.", {
            ('LIF', 'inhibits', 'cancer cell', 'apoptosis', False),
            ('LIF', 'promotes', 'tumor', 'growth', False),
        }),
        # knock-down or blockade of A (LIF 的阻断): A's own effect with the polarity turned round
        ("LIF的阻断可以降低CD206、CD163和趋化因子配体2(chemokine ligand 2, CCL2)的水平,并诱导肿瘤相关巨噬细胞中趋化因子CXC配体9(chemokine CXC ligand 9, CXCL9)的表达。", {
            ('LIF', 'downregulates', 'CXCL9', 'expression', False),
            ('LIF', 'upregulates', 'CCL2', 'expression', False),
            ('LIF', 'upregulates', 'CD163', 'expression', False),
            ('LIF', 'upregulates', 'CD206', 'expression', False),
        }),
    ],
    "-en.possessive_knockdown": [
        # written for the test: its before a plain name is no knock-down
        ("LIF binds to its receptor LIFR in these cells.", {
            ('LIF', 'binds', 'LIFR', None, False),
        }),
    ],
    "place_clause": [
        # 在 X 的发生和发展过程中，Y 起到了重要的作用: a clause that is only a place (在 … 中，) is the place of the clause after it, where the role word takes it as target
        ("细胞因子包括生长因子、细胞生长抑制因子、炎症介质等，在骨髓增殖性肿瘤的发生和发展过程中，细胞因子起到了重要的作用［3-4］。", {
            ('cytokine', 'regulates', 'myeloproliferative neoplasm', None, False),
        }),
    ],
    "chain": [
        # written for the test: 这些细胞在肿瘤中分化为 TAM: an aspect word after a place phrase is the clause's verb, so
        # the monocytes (这些细胞), not CCL2, are the topic of 促进 after it
        ("趋化因子CCL2能招募单核细胞,这些细胞在肿瘤中分化为TAM,促进肿瘤血管生成。", {
            ('CCL2', 'promotes', 'monocyte', 'recruitment', False),
            ('monocyte', 'promotes', 'angiogenesis', None, False),
        }),
        # written for the test: a clause opening with 由 + a group (由单核细胞分化而来) says where the topic comes from;
        # the group is no new topic, and the topic (the macrophages the copula clause described) goes on acting
        ("巨噬细胞是重要的固有免疫细胞,由单核细胞分化而来,可促进炎症反应。", {
            ('macrophage', 'promotes', 'inflammatory response', None, False),
        }),
        ("破骨细胞是多核巨细胞,由单核巨噬细胞前体融合而成,能够吸收骨组织并导致骨质疏松。", {
            ('osteoclast', 'induces', 'osteoporosis', None, False),
        }),
        # written for the test (after tr_zh_03 持续的肝损伤会导致肝脏大面积纤维化而引起肝硬化): a disease that was the factor of the
        # claim just stated goes on acting in the clause after it (a disease merely described before is a setting)
        ("肝损伤会导致肝纤维化，进而引起肝硬化。", {
            ('liver injury', 'induces', 'liver fibrosis', None, False),
            ('liver injury', 'induces', 'liver cirrhosis', None, False),
        }),
        # 并导致代谢转向 X: 转向 (shifts to) is a verb of its own in a chained clause; the subject favours X
        ("BMSC 中 PKC- $\\beta$  的上调导致线粒体去极化增加, 并导致代谢转向氧化磷酸化。", {
            ('PKC-β', 'promotes', 'oxidative phosphorylation', None, False),
            ('PKC-β', 'upregulates', 'mitochondrial depolarization', None, False),
        }),
    ],
    "zh.adjunct_group": [
        # fx361.cc/page/2021/0329/19809711 (T 细胞与骨代谢): 绝经后 says when; the estrogen deficiency acts, not menopause
        ("生理状态下,如绝经后雌激素缺乏也会导致骨质丢失继而引起骨质疏松。", {
            ('estrogen deficiency', 'induces', 'osteoporosis', None, False),
            ('estrogen deficiency', 'induces', 'bone loss', None, False),  # 骨质丢失 is bone loss
        }),
    ],
    "zh.verbal_process": [
        # written for the test: 吞噬 (phagocytosis, a process name) is a verb joined to 杀灭 by 并, said of the topic
        # the first clause left: the neutrophils kill the bacteria, not phagocytosis
        ("中性粒细胞可迅速迁移至感染部位,吞噬并杀灭细菌。", {
            ('neutrophil', 'inhibits', 'bacterium', None, False),
        }),
    ],
    "zh.compared_with": [
        # written for the test: A 与 B 相比 / 不同: IL-11 is only compared; IL-6 alone is the subject of the clauses after it
        ("IL-6与IL-11相比,可更强地促进破骨细胞分化。", {
            ('IL-6', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        ("IL-6与TNF-α不同,它可以抑制破骨细胞分化。", {
            ('IL-6', 'inhibits', 'osteoclast', 'differentiation', False),
        }),
    ],
    "unresolved_pronoun": [
        # 001: 它 follows IL-1R2, IL-1α and caspase-1: ambiguous, so it stands for no one (not the inflammasome the sentence before was about), and nor does the clause after it
        ("炎症小体能通过诱导细胞焦亡来促进 IL-1α的分泌。IL-1R2 对 IL-1α活性的抑制可以通过活性 caspase-1 来缓解，因为它可以切割 IL-1R2，从而导致 IL-1α的释放。", {
            ('IL-1R2', 'inhibits', 'IL-1α', 'activity', False),
            ('inflammasome', 'induces', 'pyroptosis', None, False),
            ('inflammasome', 'upregulates', 'IL-1α', 'expression', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_subjects_construction_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
