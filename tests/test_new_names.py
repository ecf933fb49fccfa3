"""Names no dictionary knows (gene-shaped tokens, phrases headed by a biomedical
word), composed names grounded to their parts, and the matcher they rest on.

The phrases are real: sentences of the train passages (gold/train/texts) and of
the sample papers (raw/), in both languages."""
from __future__ import annotations

import random
import re

import pytest

from pipeline import config
from pipeline.dictionary.lexicon import DictionaryError
from pipeline.names.matcher import FoldedText, Match, Trie, find_matches, on_boundaries
from pipeline.dictionary.new_name_rules import load_new_name_rules
from pipeline.reading.read import read_document

from .conftest import document_of, mentions_in, triples_in

TRAIN_TEXTS = sorted((config.ROOT / "gold" / "train" / "texts").glob("*.txt"))


def table(text: str):
    """(surface, concept name, via) of the mentions table ``extract`` writes for ``text``."""
    from pipeline.runtime.batch import extract

    doc = document_of(text)
    records = extract(doc)["mentions"]
    assert all(doc.text[m.start:m.end] == m.surface for m in records)
    return [(m.surface, m.concept_name, m.via) for m in records]


# --- names no dictionary knows ------------------------------------------------

LIVER = ("In the pathological process of liver fibrosis, TGF-β plays as a master profibrogenic cytokine in "
         "promoting activation and myofibroblastic differentiation of hepatic stellate cells, a central event in "
         "liver fibrogenesis.")
SOST = ("Mutations in the human sclerostin gene (SOST) lead to sclerosteosis with progressive skeletal overgrowth, "
        "whereas sclerostin-deficient (Sost(-/-)) mice exhibit increased bone mass and strength.")
DAMAGE = ("Overall, blocking the IL-17A pathway seems to have a positive effect on the bone and cartilage damage "
          "observed in inflammatory arthritis.")
GP130 = ("However, IL-6R is also produced as a soluble, secreted protein that, together with IL-6, can stimulate "
         "all gp130-expressing cells by a process termed IL-6 trans-signaling.")
INNATE = ("Many innate immune cells, neutrophils, and monocytes/macrophages produce and respond to IL-6, "
          "resulting in autocrine feedback loops that amplify inflammation.")
TISSUE = "In the skin of atopic patients, IL-33 strongly activates tissue mast cells."
NAIVE = "In culture, IL-12 strongly promotes the expansion of naive Th cells."
NLRP3 = ("The NACHT, LRR, and PYD-domains-containing protein 3 (NLRP3) inflammasome is an intracellular "
         "multi-protein signaling platform that is activated by cytosolic pattern-recognition receptors such as NLRs "
         "against endogenous and exogenous pathogens.")
TIMP = ("Continuous and/or persistent TGF-β signaling induces sustained production of ECM components and of tissue "
        "inhibitor of metalloproteinase synthesis.")
GOUT = ("Gout is an autoinflammatory disorder induced by deposition of monosodium urate (MSU) crystals in the "
        "articular joints and periarticular structures.")
KIDNEY = "肾间质纤维化是各种肾脏疾病发展到肾衰竭的共同途径及病理基础。"
ASPIRIN = ("此外,大量研究已经证实,非甾体类抗炎药特别是阿司匹林,对上皮组织来源的肿瘤,例如肠道肿瘤、胃癌、食道癌等,"
           "具有一定的化疗预防作用,尤其是对肿瘤的进展具有阻抑作用,但并不是对所有癌症,如肝癌、胆囊癌和胰腺癌等[4-5]。")
MMP = ("基质金属蛋白酶(MMPs)通过降解基底膜糖蛋白及细胞外基质成分,进而启动内皮细胞的激活和迁移,"
       "有助于新生血管的成熟和稳定,尤其是MMP2、MMP-9、MT1-MMP。")


@pytest.mark.parametrize("text,surface,name,via", [
    (LIVER, "liver fibrosis", "liver fibrosis", "phrase"),
    (LIVER, "hepatic stellate cells", "hepatic stellate cell", "phrase"),
    (SOST, "sclerosteosis", "sclerosteosis", "phrase"),  # a head ending: -osis
    (SOST, "skeletal overgrowth", "skeletal overgrowth", "phrase"),  # not "progressive …"
    (DAMAGE, "cartilage damage", "cartilage damage", "phrase"),
    (DAMAGE, "bone and cartilage damage", "bone damage", "phrase"),  # the first conjunct shares the head
    (GP130, "gp130-expressing cells", "gp130-expressing cell", "phrase"),
    ("The NACHT, LRR, and PYD-domains-containing protein 3 (NLRP3) inflammasome is activated by cytosolic "
     "pattern-recognition receptors such as NLRs.", "NLRs", "NLR", "shape"),
    ("Cytokines from the IL-17 family have been shown to be involved in the pathogenesis of several diseases "
     "such as spondyloarthritis, psoriatic arthritis, or psoriasis.", "spondyloarthritis", "spondyloarthritis",
     "phrase"),
    (KIDNEY, "肾间质纤维化", "肾间质纤维化", "phrase"),
    (KIDNEY, "肾衰竭", "肾衰竭", "phrase"),
    ("滑膜病变促进软骨破坏。", "滑膜病变", "滑膜病变", "phrase"),  # a lesion of a tissue (written for the test)
    (ASPIRIN, "肠道肿瘤", "肠道肿瘤", "phrase"),  # a modifier before a known name (肿瘤)
    (ASPIRIN, "食道癌", "食道癌", "phrase"),  # one word ending in a head
    (ASPIRIN, "胆囊癌", "胆囊癌", "phrase"),
    # 促 (pro-) joins the phrase it stands before, as 抗 does (sentence written for the test)
    ("TGF-β是最强的促纤维化因子。", "促纤维化因子", "促纤维化因子", "phrase"),
    (MMP, "MT1-MMP", "MT1-MMP", "shape"),  # the dictionary knows MMP, not MT1-MMP
    (MMP, "基底膜糖蛋白", "基底膜糖蛋白", "phrase"),
    ("此外，IL-8 在体外不会直接激活 NAPDH 氧化酶，但它通过募集受体来增强呼吸爆发活性。", "NAPDH 氧化酶", "NAPDH氧化酶",
     "phrase"),
    ("白细胞介素-17(IL-17)是近年来发现的一种重要的细胞因子,在风湿病、癌症及炎性疾病的发生、发展中具有重要的作用。",
     "风湿病", "风湿病", "phrase"),
    # a prefix joins the phrase (抗肿瘤治疗); 疾病 and 治疗 head a name after a modifier only
    ("最新研究表明,肿瘤相关巨噬细胞还会影响抗肿瘤治疗的临床疗效。", "抗肿瘤治疗", "抗肿瘤治疗", "phrase"),
    (KIDNEY, "肾脏疾病", "肾脏疾病", "phrase"),
    # Chinese heads that mirror the English ones: infection, repair, regeneration, factor (written for the test)
    ("肺部感染是化疗后常见的并发症。", "肺部感染", "肺部感染", "phrase"),
    ("运动促进肌腱修复。", "肌腱修复", "肌腱修复", "phrase"),
    ("IL-6 促进肝脏再生。", "肝脏再生", "肝脏再生", "phrase"),
    ("饮食因素影响肠道菌群。", "饮食因素", "饮食因素", "phrase"),
    # a barrier named by its tissue; 蛋白质 heads as 蛋白 does (sentences written for the test)
    ("紫外线照射破坏角膜屏障。", "角膜屏障", "角膜屏障", "phrase"),
    ("中性粒细胞释放抗病毒蛋白质。", "抗病毒蛋白质", "抗病毒蛋白质", "phrase"),
    # an enzyme is a one-word name; a symbol's plural is made singular
    ("IL-17A plays a central role in the cartilage damage through the induction of collagenases.",
     "collagenases", "collagenase", "phrase"),
    ("Loss of retention is mediated by intrinsic signaling pathways such as Rho GTPases dependent signaling.",
     "Rho GTPases", "Rho GTPase", "phrase"),
    ("IL-6 has major effects on the adaptive and innate immune system and on mesenchymal and stromal responses "
     "during inflammation.", "adaptive and innate immune system", "adaptive immune system", "phrase"),
    # environment, gene and phenotype head names too (train passage; sentences written for the test)
    ("Cells of the monocyte-macrophage lineage derived from hematopoietic progenitors are able to differentiate "
     "into several cell types with markedly distinct morphologic and functional characteristics, depending on the "
     "extracellular environment.1-3", "extracellular environment", "extracellular environment", "phrase"),
    ("For this survival gene set, induction required a STAT5-binding site of the EPOR.", "survival gene",
     "survival gene", "phrase"),
    ("TGF-β drives a myofibroblast phenotype in fibroblasts of the lung.", "myofibroblast phenotype",
     "myofibroblast phenotype", "phrase"),
    # a head whose object follows takes it (tissue inhibitor of …), not the object's own phrase
    (TIMP, "tissue inhibitor of metalloproteinase", "tissue inhibitor of metalloproteinase", "phrase"),
    # a modifier before a known name of any type: the narrower thing (the reader reads TGF-β)
    ("In response to injury, local latent TGF-β complexes are converted into active TGF-β according to a tissue- "
     "and injury type-specific activation mechanism.", "active TGF-β", "active TGF-β", "phrase"),
    ("研究表明癌旁脂肪组织中LIF的上调与乳腺癌中STAT3的激活呈正相关。", "癌旁脂肪组织", "癌旁脂肪组织",
     "phrase"),  # in Chinese too (脂肪组织 is known)
    # an adjective is a modifier (jieba: a), as in English
    ("目前认为KOA 属于全关节疾病,其病理过程包括软骨的进行性丢失和破坏、软骨下骨硬化、骨赘形成。", "全关节疾病",
     "全关节疾病", "phrase"),
    # more head endings of one-word disease and process names (sentences written for the test)
    ("In these mice, deletion of STAT3 in hematopoietic cells led to neutrophilia and hepatomegaly.",
     "neutrophilia", "neutrophilia", "phrase"),
    ("In these mice, deletion of STAT3 in hematopoietic cells led to neutrophilia and hepatomegaly.",
     "hepatomegaly", "hepatomegaly", "phrase"),
    ("In these patients, proteinuria was a frequent adverse event of the treatment with IL-6 inhibitors.",
     "proteinuria", "proteinuria", "phrase"),
    ("In these models, hemolysis was prevented by the inhibition of complement.", "hemolysis", "hemolysis",
     "phrase"),
    # a known name that ends in a head word modifies the head after it (written for the test)
    ("In these cells, IL-6 family cytokine receptor expression was examined in several models.",
     "IL-6 family cytokine receptor", "IL-6 family cytokine receptor", "phrase"),
    # clinical events, homeostasis and environments are named by their modifiers (written for the test)
    ("In these cohorts, TNF inhibitors lowered the incidence of thrombotic events in patients with arthritis.",
     "thrombotic events", "thrombotic event", "phrase"),
    ("研究表明，TNF抑制剂可降低类风湿关节炎患者血栓事件的发生率。", "血栓事件", "血栓事件", "phrase"),
    ("In these mice, hepcidin controls systemic iron homeostasis.", "systemic iron homeostasis",
     "systemic iron homeostasis", "phrase"),
    ("研究表明，缺氧环境可诱导VEGF的表达。", "缺氧环境", "缺氧环境", "phrase"),
    # a drug no dictionary lists is named by its INN stem (-mab, -nib, -cept); an itch by -itus
    ("In these trials, vixarelimab reduced pruritus in patients with prurigo nodularis.", "vixarelimab",
     "vixarelimab", "phrase"),
    ("In these trials, vixarelimab reduced pruritus in patients with prurigo nodularis.", "pruritus",
     "pruritus", "phrase"),    # a symbol with Greek letters (written for the test in the style of a γδ T cell review)
    ("In response to IL-23 and IL-1β, Tγδ17 cells secrete IL-17 before Th17 cells do.", "Tγδ17", "Tγδ17",
     "shape"),
    # more head words: exacerbations, rejection, cysts (written for the test)
    ("TSLP and IL-33 drive allergic exacerbations in patients with asthma.", "allergic exacerbations",
     "allergic exacerbation", "phrase"),
    ("NKG2D ligands on tumour cells cause tumor rejection in these mice.", "tumor rejection", "tumor rejection",
     "phrase"),
    ("Loss of DAP12 results in a rare syndrome with presenile dementia and renal cysts.", "renal cysts",
     "renal cyst", "phrase"),
    # a numeral and a hyphen before a symbol of two capitals: the position of a group, an isoform (written for
    # the test in the style of an inflammation review)
    ("In these macrophages, 15-PGDH degrades prostaglandin E2 and 5-LO produces leukotrienes.", "15-PGDH",
     "15-PGDH", "shape"),
    ("In these macrophages, 15-PGDH degrades prostaglandin E2 and 5-LO produces leukotrienes.", "5-LO", "5-LO",
     "shape"),
    ("In adipocytes, 11β-HSD1 regenerates active glucocorticoids.", "11β-HSD1", "11β-HSD1", "shape"),
    # a process head the field writes bare names its process ("alone" rows); a bare cell or formation does not
    ("Moreover, IL-2 limits autoimmunity by mediating tolerance to self antigens.", "tolerance", "tolerance",
     "phrase"),
    ("This conditioning depletes the host's stem cells to allow engraftment and to prevent their rejection.",
     "rejection", "rejection", "phrase"),
    # words joined by an en dash are one word of the phrase (written for the test in the style of an endocrine review)
    ("In these patients, the hypothalamic–pituitary–adrenal axis controls cortisol secretion.",
     "hypothalamic–pituitary–adrenal axis", "hypothalamic–pituitary–adrenal axis", "phrase"),
    # pathology heads a disease phrase (gold/extra r9en_en_09, r10en_en_02: the sentence's claim is that prolonged
    # JAK signalling gives rise to these pathologies)
    ("However, aberrant and/or prolonged JAK- induced signalling is detrimental and can give rise to a number of "
     "inflammatory and proliferative pathologies.", "proliferative pathologies", "proliferative pathology",
     "phrase"),
    ("Chronic TL1A expression causes intestinal pathology in mice.", "intestinal pathology",
     "intestinal pathology", "phrase"),
    # a modification of a molecule named by one word (-ylation; written for the test)
    ("Decarboxylation of osteocalcin takes place in the acidic resorption lacuna.", "Decarboxylation",
     "Decarboxylation", "phrase"),
])
def test_a_name_no_dictionary_knows_is_a_mention(resources, text, surface, name, via):
    """The name is a mention; a new one (``via`` shape or phrase) as long as the
    dictionary does not know it, a dictionary mention once a curator adds it (a
    plain name, or an ambiguous short form in its context: ``NLRs`` after
    ``inflammasome``); a shared head that makes a dictionary name (``bone and
    cartilage damage``: bone damage) is that name, composed on the names it holds."""
    from pipeline.textnorm import fold

    found = table(text)
    lexicon = resources.lexicon
    known = lexicon.lookup(fold(name)) or lexicon.lookup(fold(surface))
    if known:
        concept = lexicon.concepts[known[0].concept_id].name
        assert any(s == surface and v == "dictionary" for s, _, v in found) \
            or (surface, concept, "composed") in found, found
    elif fold(name) in lexicon.ambiguous:
        assert any(s == surface and v == "dictionary" for s, _, v in found), found
    else:
        assert (surface, name, via) in found, [m for m in found if m[2] in ("shape", "phrase")]


def test_a_new_name_is_grounded_to_an_ungrounded_concept():
    from pipeline.runtime.batch import extract

    records = extract(document_of(INNATE + " TRIM21 promotes the proliferation of myeloma cells."))["mentions"]
    new = [m for m in records if m.via in ("shape", "phrase")]
    assert {"innate immune cells", "TRIM21"} <= {m.surface for m in new}
    assert all(m.concept_id == "new:" + re.sub(r"[\s-]", "", m.concept_name.lower()) for m in new)
    # the names the phrase holds stay mentions of their own
    assert ("immune cells", "immune cell") in {(m.surface, m.concept_name) for m in records}


@pytest.mark.parametrize("text,not_names,names", [
    # determiners, demonstratives and generic words head no name
    ("IL-6 activates these cells through the pathway of STAT3, and this factor acts on osteoclasts.",
     {"these cells", "the pathway", "this factor"}, {"IL-6", "STAT3", "osteoclasts"}),
    # a determiner phrase the relation reader resolves (该类因子 = the IL-6 family) is no new name
    ("首先，该类因子可以刺激恶性克隆细胞的增殖和存活，促进肿瘤发展。", {"该类因子"}, {"恶性克隆细胞"}),
    # a role noun of the relation lexicon (刺激因子: a stimulator) is no name
    ("TNF-α 被认为是破骨细胞分化的重要刺激因子。", {"刺激因子", "重要刺激因子"}, {"TNF-α", "破骨细胞分化"}),
    # 疾病 alone names no disease
    ("BMSC 能直接激活 CLL 相关通路而影响疾病的发生发展。", {"疾病"}, {"BMSC", "CLL"}),
    # an institution is no disease (国家恶性肿瘤临床医学研究中心)
    ("(天津医科大学肿瘤医院血液科, 国家恶性肿瘤临床医学研究中心)", {"天津医科大学肿瘤", "国家恶性肿瘤"}, {"恶性肿瘤"}),
    # pathogenesis is no disease; the disease is the dictionary's
    ("Dysregulation of VEGF expression and signaling pathways therefore plays an important role in the "
     "pathogenesis and clinical features of hematologic malignancies, in particular multiple myeloma.",
     {"pathogenesis"}, {"VEGF", "hematologic malignancies", "multiple myeloma"}),
    # units, a figure label and a grant number are no gene symbols
    ("In these cells, LIF (20 ng/mL for 24 h, 17 kDa form) raised STAT3 phosphorylation (Fig2; grant "
     "SKLKY2024B0004Z).", {"ng", "mL", "kDa", "Fig2", "SKLKY2024B0004Z"}, {"LIF", "STAT3"}),
    # a noun before "and" names a thing of its own (not "biologics molecules")
    ("Targeting these cytokines with biologics and small molecules has led to a major improvement of the bone "
     "health of patients with inflammatory arthritis.", {"biologics and small molecules"},
     {"small molecules", "inflammatory arthritis"}),
    # symbols that name a part of a protein (domains), in a list or one by one, are no names of their own
    (NLRP3, {"NACHT", "LRR", "PYD"}, {"NLRP3", "inflammasome", "pattern-recognition receptors"}),
    ("NLRP3由三个域组成:氨基末端吡啶结构域(PYD),中央NACHT 结构域和富含羧基末端亮氨酸的重复序列(LRR)。", {"NACHT"},
     {"NLRP3", "PYD", "LRR"}),
    # a phrase before "of" after a head that takes an object is only the start of a name
    (TIMP, {"tissue inhibitor", "metalloproteinase"}, {"TGF-β signaling", "ECM"}),
    # two names of a kind joined by "and" share no head: no "adiponectin cell factor" (written for the test)
    ("In these models, adiponectin and stem cell factor supported hematopoietic regeneration after irradiation.",
     {"adiponectin and stem cell factor"}, {"adiponectin", "stem cell factor"}),
    # a concept ends like a fusion protein (-cept) and names no drug (written for the test)
    ("In these trials, the concept that IL-6 drives anemia was tested with siltuximab.", {"concept"},
     {"IL-6", "anemia", "siltuximab"}),
    # a position or a molecular event is no clinical event (written for the test)
    ("In these cells, the downstream events of JAK activation include the molecular events of STAT3 signaling.",
     {"downstream events", "molecular events", "events"}, {"JAK", "STAT3"}),
    # an analysis ends like osteolysis and names no process (written for the test)
    ("In a meta-analysis of these trials, the analysis of IL-6 levels showed muscle hypertrophy after training.",
     {"analysis", "meta-analysis"}, {"IL-6 levels", "muscle hypertrophy"}),
    # a function word or a verb before a name modifies nothing (written for the test)
    ("In these mice, DAP12 deficiency impaired osteoclastogenesis in vitro and caused osteopetrosis in vivo "
     "although bone cysts were not observed.", {"vivo although bone cysts", "although bone cysts"},
     {"DAP12", "osteopetrosis", "bone cysts"}),
    ("In response to IL-23, Tγδ17 cells outshine Th17 cells for early IL-17 secretion.",
     {"Tγδ17 cells outshine Th17 cells", "outshine Th17 cells"}, {"IL-23", "Th17 cells"}),
    # a numeral before one capital is a dimension, a time or a count, no symbol (written for the test)
    ("In 3-D cultures treated for 24-h, IL-6 raised 2-fold the 1,25-OH levels in osteoblasts.",
     {"3-D", "24-h", "25-OH", "2-fold"}, {"IL-6", "osteoblasts"}),
    # a bare head that names no process alone (written for the test)
    ("In these mice, IL-6 promotes formation of new vessels by endothelial cells.", {"formation", "cells"},
     {"IL-6", "endothelial cells"}),
    # an aspect word that ends like a name (-ylation) stays the relation reader's (written for the test)
    ("In myeloma cells, IL-6 induces phosphorylation of STAT3.", {"phosphorylation"}, {"IL-6", "STAT3"}),
    # an aspect noun in -al before "and" ends a list of its own, no adjective of the next phrase (written for the test)
    ("M-CSF supports macrophage proliferation, survival and osteoclast precursor commitment.",
     {"survival and osteoclast precursor"}, {"M-CSF", "osteoclast precursor"}),
])
def test_words_that_are_no_names(text, not_names, names):
    found = table(text)
    surfaces = {s for s, _, _ in found}
    assert not {s for s, _, via in found if via in ("shape", "phrase")} & not_names
    assert names <= surfaces


@pytest.mark.parametrize("text,expected", [
    ("In myeloma, TRIM21 promotes the proliferation of myeloma cells.",
     ("TRIM21", "promotes", "myeloma cell", "proliferation", False)),
    ("在骨髓瘤中，TRIM21 促进骨髓瘤细胞的增殖。", ("TRIM21", "promotes", "myeloma cell", "proliferation", False)),
    ("In gout, IL-1 induces spondyloarthritis in mice.", ("IL-1", "induces", "spondyloarthritis", None, False)),
    (TIMP, ("TGF-β pathway", "upregulates", "tissue inhibitor of metalloproteinase", "expression", False)),
    # a phrase after "X is a" is X: what is induced is gout
    (GOUT, ("monosodium urate", "induces", "gout", None, False)),
])
def test_the_relation_reader_reads_a_new_name(resources, text, expected):
    assert expected in triples_in(text, resources)


def test_a_known_name_qualified_by_another_is_no_phrase(resources):
    """``IL-17A-induced RANKL`` and ``血液病骨髓微血管`` say something of two names; each
    is read as itself (the relation reader's), no phrase joins them."""
    found = mentions_in("Bone marrow stromal cells promote IL-17A-induced RANKL expression in osteoblasts.", resources)
    assert ("IL-17A", "IL-17", "dictionary") in found and ("RANKL", "RANKL", "dictionary") in found
    assert not any(via == "phrase" and "RANKL" in surface for surface, _, via in found)
    found = mentions_in("越来越多的研究对血液病骨髓微血管的异常及其临床意义进行了深入全面的探讨。", resources)
    assert ("骨髓微血管", "bone marrow microvessel", "dictionary") in found
    assert not any(via == "phrase" and "微血管" in surface for surface, _, via in found)


def test_the_relation_reader_reads_the_names_a_phrase_holds(resources):
    """``tissue mast cells`` (a noun before the name), ``naive Th cells`` (an adjective of state) and
    ``innate immune cells`` (a class word narrowed is still a class) are mentions of the table; the reader
    still reads the dictionary's names inside them (a phrase overlapping one is not read), and so for a
    dictionary name a shared head makes (``bone and cartilage damage``)."""
    from pipeline.names.mentions import find_mentions, reading_mentions
    from pipeline.sentences.segment import segment

    for text, phrase, inside in ((INNATE, "innate immune cells", ["immune cells", "IL-6"]),
                                 (TISSUE, "tissue mast cells", ["mast cells", "IL-33"]),
                                 (NAIVE, "naive Th cells", ["Th cells", "IL-12"]),
                                 (DAMAGE, "bone and cartilage damage", ["bone", "cartilage damage"])):
        doc = document_of(text)
        views = segment(doc)
        found = find_mentions(doc, views, resources)
        assert any(f.record.surface == phrase for fs in found for f in fs)
        read = [f.record.surface for view, fs in zip(views, found) for f in reading_mentions(doc, view, fs, resources)]
        assert set(inside) <= set(read) and phrase not in read, read


def test_a_long_form_before_a_known_name_in_brackets_is_not_read(resources):
    """``PYD-domains-containing protein 3 (NLRP3)``: the phrase is a mention of the table;
    the reader reads NLRP3, the name the paper spells out, and the sentence's other names."""
    from pipeline.names.mentions import find_mentions, reading_mentions
    from pipeline.sentences.segment import segment

    assert ("PYD-domains-containing protein", "PYD-domains-containing protein", "phrase") in table(NLRP3)
    doc = document_of(NLRP3)
    views = segment(doc)
    read = [f.record.surface for view, fs in zip(views, find_mentions(doc, views, resources))
            for f in reading_mentions(doc, view, fs, resources)]
    assert {"NLRP3", "inflammasome", "pattern-recognition receptors"} <= set(read)
    assert "PYD-domains-containing protein" not in read


# --- composed names -------------------------------------------------------------

@pytest.mark.parametrize("text,surface,name", [
    ("The prevention of structural damage by anti-IL-17A therapies has been demonstrated in several pivotal "
     "clinical trials.", "anti-IL-17A therapies", "anti-IL-17A therapy"),
    ("The recent development of targeted therapies against IL-17A or its receptor has confirmed the importance "
     "of this cytokine.", "targeted therapies against IL-17A", "anti-IL-17A therapy"),
    ("Therefore, antibody-mediated inhibition of sclerostin is currently being clinically evaluated for the "
     "treatment of postmenopausal osteoporosis in humans.", "antibody-mediated inhibition of sclerostin",
     "anti-sclerostin antibody"),
    ("Novel therapeutic strategies have been proposed to control acute flares of gouty arthritis through "
     "modulation of the NLRP3/IL-1 axis pathway.", "NLRP3/IL-1 axis", "NLRP3/IL-1 axis"),
    ("We found that IL-4 suppresses RANK mRNA expression in the developing precursor cells.", "RANK mRNA",
     "RANK mRNA"),
    ("白介素家族中,IL-8、IL-1、IL-6同样能促进血管生成,应用IL-6单抗能部分抑制该过程。", "IL-6单抗", "anti-IL-6 antibody"),
    (SOST, "Sost(-/-)", "sclerostin knockout"),
    ("Further, it was reported that tumors treated with low-dose IFN-γ acquired metastatic properties.",
     "low-dose IFN-γ", "low-dose IFN-γ"),
    ("对人口腔鳞状细胞癌(oral squamous cell carcinoma, OSCC)细胞系进行体外研究，发现OSCC衍生的条件培养基刺激成纤维细胞产生LIF。",
     "OSCC衍生的条件培养基", "OSCC-conditioned medium"),
    ("In patients, the JAK2V617F mutation activates STAT5 in haematopoietic cells.", "JAK2V617F", "JAK2 V617F"),
    ("In mice, gp130 Y757F mutant mice develop gastric tumours.", "gp130 Y757F", "gp130 Y757F"),
    ("LIF upregulated pAKT and pSTAT3 in the cells.", "pSTAT3", "phosphorylated STAT3"),
    # an X-selective inhibitor is an X inhibitor (sentence written for the test)
    ("Several STAT3-selective inhibitors have entered clinical trials in solid tumours.",
     "STAT3-selective inhibitors", "STAT3 inhibitor"),
    # a capitalised word before a known name at a sentence's start is no part of a symbol
    # (Anti-IL-6R was one unknown shape that swallowed IL-6R; sentence written for the test)
    ("Anti-IL-6R antibodies, such as tocilizumab and sarilumab, are approved for rheumatoid arthritis.",
     "Anti-IL-6R antibodies", "anti-IL-6 receptor antibody"),
    ("骨髓基质细胞可激活 IL-6/JAK2/STAT5B 信号通路, 促进骨髓瘤细胞增殖。", "IL-6/JAK2/STAT5B 信号通路",
     "IL-6/JAK2/STAT5B pathway"),
    # a pathway mutates as a gene does (sentence written for the test)
    ("JAK-STAT通路突变见于多种血液肿瘤。", "JAK-STAT通路突变", "JAK/STAT pathway mutation"),
])
def test_a_composed_name_is_grounded_to_its_parts(text, surface, name):
    found = table(text)
    assert (surface, name, "composed") in found, [m for m in found if m[2] == "composed"]


def test_a_composed_name_that_names_an_aspect_is_framed_on_its_head(resources):
    """p-AKT is AKT's phosphorylation: the mention is framed on AKT, and the
    relation reader reads AKT with the aspect phosphorylation."""
    from pipeline.runtime.batch import extract

    text = "In these cells, LY294002 inhibited p-AKT and the growth of the cells."
    records = extract(document_of(text))["mentions"]
    p_akt = next(m for m in records if m.surface == "p-AKT" and m.via == "composed")
    assert (p_akt.frame_name, p_akt.frame_aspect) == ("AKT", "phosphorylation")
    assert ("LY294002", "inhibits", "AKT", "phosphorylation", False) in triples_in(text, resources)


def test_a_chain_of_names_and_a_pathway_are_one_pathway(resources):
    triples = triples_in("骨髓基质细胞可激活 IL-6/JAK2/STAT5B 信号通路, 促进骨髓瘤细胞增殖。", resources)
    assert ("BMSC", "activates", "IL-6/JAK2/STAT5B pathway", "activity", False) in triples


# --- every offset is exact ------------------------------------------------------

def _all_mentions(doc, resources):
    from pipeline.runtime.batch import extract

    return extract(doc)["mentions"]


def test_every_mention_of_the_train_passages_points_at_its_characters(resources):
    for path in TRAIN_TEXTS:
        doc = read_document(path)
        for m in _all_mentions(doc, resources):
            assert 0 <= m.start < m.end <= len(doc.text) and doc.text[m.start:m.end] == m.surface, (path.name, m)
            # a new name is ungrounded; so is a name composed on one (NLRP3/IL-1 axis + pathway)
            if m.via in ("shape", "phrase"):
                assert m.concept_id.startswith("new:"), m
            elif m.concept_id.startswith("new:"):
                assert m.via == "composed", m


def test_every_mention_of_the_sample_papers_points_at_its_characters(extracted, documents):
    for name, records in extracted.items():
        text = documents[name].text
        assert all(0 <= m.start < m.end and text[m.start:m.end] == m.surface for m in records["mentions"])


# Characters that folding changes, and the names that hold them.
_ODD = ["α", "β", "ＩＬ－６", "TNF-$\\alpha$", " ", "\u00a0", "－", "·", "µ", "Ω", "（", "）", "，", "\n", "-/-",
        "+", "CD34+", "p-", "抗", "阳性", "通路", "/"]


@pytest.mark.parametrize("seed", range(12))
def test_offsets_are_exact_on_stirred_text(resources, seed):
    """Windows of the sample papers and train passages, with characters that folding
    changes stirred in at random places: every mention still names exactly the
    characters it points at."""
    rng = random.Random(seed)
    path = rng.choice(sorted(config.RAW.glob("*.txt")) + TRAIN_TEXTS)
    text = path.read_text(encoding="utf-8")
    start = rng.randrange(max(1, len(text) - 600))
    window = list(text[start:start + 600])
    for _ in range(25):
        window.insert(rng.randrange(len(window) + 1), rng.choice(_ODD))
    doc = document_of("".join(window))
    records = _all_mentions(doc, resources)
    assert all(0 <= m.start < m.end and doc.text[m.start:m.end] == m.surface for m in records)


# --- the matcher: an automaton, the same matches as a walk from every position ----

def _reference_matches(text: str, tries: list[Trie]) -> list[Match]:
    """The leftmost-longest matches of a plain scan: every key tried at every
    position, as the matcher did before it had an automaton."""
    ft = FoldedText.of(text)
    folded, origin, out, i = ft.folded, ft.origin, [], 0
    keys = {k: ps for t in tries for k, ps in t.entries.items()}
    while i < len(folded):
        if i > 0 and origin[i - 1] == origin[i]:
            i += 1
            continue
        best = None
        for j in range(i + 1, len(folded) + 1):
            if folded[i:j] in keys and not (j < len(folded) and origin[j] == origin[j - 1]):
                start, end = origin[i], origin[j - 1] + 1
                from pipeline.names.matcher import _with_plural

                end = _with_plural(text, start, end, folded[i:j])
                if on_boundaries(text, start, end):
                    best = Match(start, end, folded[i:j], tuple(keys[folded[i:j]]))
        if best:
            out.append(best)
            while i < len(folded) and origin[i] < best.end:
                i += 1
        else:
            i += 1
    return out


def test_the_automaton_finds_what_a_walk_from_every_position_finds(resources, segmented):
    views = [v for vs in segmented.values() for v in vs][::7]
    for view in views:
        text = view.clean.text
        got = [(m.start, m.end) for m in find_matches(text, [resources.trie])]
        assert got == [(m.start, m.end) for m in _reference_matches(text, [resources.trie])], text


def test_folding_a_string_is_folding_each_character():
    """``fold`` is one translation table: the same as ``fold_char`` on every character
    (the matcher folds character by character), for the whole Basic Multilingual Plane."""
    from pipeline import textnorm as tn

    every = "".join(chr(o) for o in range(0x10000) if not 0xD800 <= o < 0xE000 and chr(o) != "$")
    assert tn.fold(every, keep_case=True) == "".join(tn.fold_char(c, keep_case=True) for c in every)
    assert tn.fold(every) == "".join(tn.fold_char(c) for c in every)


# --- the data --------------------------------------------------------------------

def test_the_shipped_new_name_rules_load():
    rules = load_new_name_rules(config.DICTIONARIES / "new_names.tsv")
    assert rules.en_head("cells") == "cell" and rules.zh_head("胆囊癌") == "disease"
    assert rules.shape_type("TRIM21") == "gene" and rules.shape_type("kDa") is None


@pytest.mark.parametrize("row,problem", [
    ("heads\ten\tcell\tcell\t", "unknown kind 'heads'"),
    ("head\tfr\tcellule\tcell\t", "lang must be en or zh"),
    ("head\ten\tcell\t\t", "kind head needs a type"),
    ("stop\ten\tthe\tcell\t", "kind stop needs no type"),
    ("shape\ten\t[A-Z(\tgene\t", "bad regular expression"),
])
def test_a_malformed_new_names_line_names_file_line_and_problem(tmp_path, row, problem):
    path = tmp_path / "new_names.tsv"
    path.write_text("kind\tlang\tvalue\ttype\tnote\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_new_name_rules(path)
    assert f"{path}:2:" in str(err.value) and problem in str(err.value)


def test_a_capitalised_word_before_a_known_name_leaves_the_name_found():
    text = "Anti-IL-6R antibodies, such as tocilizumab and sarilumab, are approved for rheumatoid arthritis."
    found = table(text)
    assert ("IL-6R", "IL-6R", "dictionary") in found and ("tocilizumab", "tocilizumab", "dictionary") in found
    assert not [m for m in found if m[2] == "shape"]


def test_a_known_name_with_the_words_a_composition_reads_after_it_is_no_phrase():
    # compositions.tsv's example: 'IL-10 gene' is the composition X gene under X gene polymorphism,
    # not a phrase headed by gene (written for the test, and the composition's own example)
    found = table("IL-10 gene polymorphisms may affect the production of its mRNA.")
    assert ("IL-10 gene polymorphisms", "IL-10 gene polymorphism", "composed") in found
    assert not [m for m in found if m[2] == "phrase"], found


@pytest.mark.parametrize("text,surface,name", [
    # a marker or a state before a slash shares the rest of the cell's name (sentences written for the test)
    ("In these studies, IL-4 and IL-13 promote the polarization of M1/M2 macrophages in the synovium.", "M1",
     "M1 macrophage"),
    ("In these studies, the ratio of CD4+/CD8+ T cells was reduced in the peripheral blood.", "CD4+", "CD4+ T cell"),
    ("研究表明，IL-4可促进M1/M2巨噬细胞的极化转换。", "M1", "M1 macrophage"),
])
def test_a_symbol_before_a_slash_shares_the_rest_of_a_cell_name(text, surface, name):
    found = table(text)
    assert (surface, name, "composed") in found, found
    # the name after the slash is its own mention still
    assert any(n in ("M2 macrophage", "CD8+ T cell") for _, n, _ in found)


def test_a_symbol_before_a_slash_names_nothing_the_dictionary_does_not_know():
    # Th1 is the dictionary's already; IL-6/STAT3 pathway is a chain, no cell (written for the test)
    found = table("In these studies, Th1/Th2 cells and the IL-6/STAT3 pathway were examined in detail.")
    assert ("Th1", "Th1 cell", "dictionary") in found and ("Th2 cells", "Th2 cell", "dictionary") in found
    assert not [m for m in found if m[2] == "composed" and m[0] in ("Th1", "IL-6")]


@pytest.mark.parametrize("text,surface,name,other", [
    # a symbol before a conjunction shares the cell name that begins a longer name (B细胞 of B细胞分化),
    # and after a suspended hyphen an English one (sentences written in the field's style)
    ("Ⅰ型干扰素可通过激活的树突状细胞诱导T、B细胞分化成熟，促进自身免疫反应。", "T", "T cell", "B cell"),
    ("IL-7 is indispensable for T- and B-cell development in mice.", "T", "T cell", "B cell"),
])
def test_a_symbol_before_a_conjunction_shares_the_cell_name_of_a_longer_name(text, surface, name, other):
    found = table(text)
    assert (surface, name, "composed") in found, found
    assert any(n == other for _, n, _ in found)


@pytest.mark.parametrize("text,listed", [
    # each symbol of a list of suspended hyphens, or of a list before a Chinese conjunction, shares the
    # rest of the cell's name (sentences written in the field's style)
    ("Deletion of Stat5 in mice abolished the development of B-, T- and NK-cells.", [("B", "B cell"), ("T", "T cell")]),
    ("Deletion of Stat5 in mice abolished the development of B-, T-, and NK-cells.", [("B", "B cell"), ("T", "T cell")]),
])
def test_each_symbol_of_a_list_shares_the_rest_of_the_last_cell_name(text, listed):
    found = table(text)
    assert all((s, n, "composed") in found for s, n in listed), found
    assert ("Stat5", "STAT5", "dictionary") in found and any(n == "NK cell" for _, n, _ in found)


def test_a_suspended_hyphen_shares_nothing_the_dictionary_does_not_know():
    # "pro- and anti-inflammatory" shares no cell name: pro-cell is nothing (written for the test)
    found = table("IL-10 balances pro- and anti-inflammatory cytokines released by T cells.")
    assert not [m for m in found if m[2] == "composed" and m[0] == "pro"], found
    assert ("T cells", "T cell", "dictionary") in found


@pytest.mark.parametrize("text,surface,name", [
    # what sets a response off, named by its kind: stimulus, stimuli (the Latin plural), inducer, insult
    # (sentences written in the field's style)
    ("Mechanical stimuli and hormones regulate sclerostin expression in osteocytes.", "Mechanical stimuli",
     "Mechanical stimuli"),
    ("After an ischemic insult, microglia release IL-1β within hours.", "ischemic insult", "ischemic insult"),
    ("Endogenous IFN inducers such as immune complexes activate plasmacytoid dendritic cells.",
     "Endogenous IFN inducers", "Endogenous IFN inducer"),
])
def test_a_head_word_of_what_sets_a_response_off_makes_a_phrase(text, surface, name):
    found = table(text)
    assert (surface, name, "phrase") in found, found


@pytest.mark.parametrize("text,surface,name,via", [
    # a lone adjective before and/or shares the rest of the name of several words after it: a dictionary
    # name where it makes one, else a phrase (sentences written in the field's style)
    ("MCP-1 drives the chemotaxis of myeloid and lymphoid cells.", "myeloid and lymphoid cells", "myeloid cell",
     "composed"),
    ("TLR4 signalling takes part in several acute and chronic diseases.", "acute and chronic diseases",
     "acute disease", "phrase"),
])
def test_a_lone_adjective_before_and_shares_the_rest_of_the_name_after_it(text, surface, name, via):
    found = table(text)
    assert (surface, name, via) in found, found
    assert any(n in ("lymphoid cell", "chronic disease") for _, n, _ in found)


def test_a_noun_before_and_shares_nothing_of_the_name_after_it():
    # biologics are things of their own: no "biologic molecule" (written for the test)
    found = table("In rheumatoid arthritis, biologics and small molecules target the IL-6 receptor.")
    assert not [m for m in found if m[0].startswith("biologics and")], found
    assert ("small molecules", "small molecule", "phrase") in found or any(n == "small molecule" for _, n, _ in found)


@pytest.mark.parametrize("text, surface", [
    # a state a cell falls into, and an exchange between two named parts (written in the field's style)
    ("Chronic antigen stimulation drives CD8+ T cell exhaustion in tumors.", "CD8+ T cell exhaustion"),
    ("Osteocalcin is also actively involved in muscle-bone crosstalk and influences cognitive function.",
     "muscle-bone crosstalk"),
    ("Loss of p53 prevents fibroblast senescence and promotes tumor growth.", "fibroblast senescence"),
])
def test_process_heads_of_states_and_exchanges_name_the_whole_phrase(text, surface, resources):
    found = {(s, via) for s, _, via in mentions_in(text, resources)}
    assert (surface, "phrase") in found
    assert triples_in(text, resources)  # the sentence's claim is still read


@pytest.mark.parametrize("text, surface, triple", [
    # a process of a substance named before it (written in the field's style)
    ("Hepcidin blocks iron delivery through ferroportin to blood plasma.", "iron delivery",
     ("hepcidin", "inhibits", "iron delivery", None, False)),
    ("Vitamin D promotes phosphate absorption in the intestine.", "phosphate absorption",
     ("vitamin D", "promotes", "phosphate absorption", None, False)),
    ("Osteocalcin reduces hepatic lipid storage in obese mice.", "hepatic lipid storage",
     ("OCN", "downregulates", "hepatic lipid storage", None, False)),
])
def test_process_heads_of_substances_name_the_whole_phrase(text, surface, triple, resources):
    assert (surface, "phrase") in {(s, via) for s, _, via in mentions_in(text, resources)}
    assert triple in triples_in(text, resources)


def test_a_process_head_of_a_cell_names_the_whole_phrase(resources):
    # monocyte adhesion, as the elastase's target (written in the field's style)
    text = "Neutrophil elastase promotes monocyte adhesion to the inflamed endothelium."
    assert ("monocyte adhesion", "phrase") in {(s, via) for s, _, via in mentions_in(text, resources)}
    assert ("neutrophil elastase", "promotes", "monocyte adhesion", None, False) in triples_in(text, resources)


@pytest.mark.parametrize("text,names,agent", [
    # each adjective of a list before "and" shares the head (english_shared_heads; written for the test)
    ("Neutrophils take part in the formation of arterial, venous and cancer-related thrombosis.",
     {"arterial thrombosis", "venous thrombosis", "cancer-related thrombosis"}, "Neutrophils"),
    ("In these models, IL-11 drives pulmonary, hepatic, and myocardial scarring.",
     {"pulmonary scarring", "hepatic scarring", "myocardial scarring"}, "IL-11"),
])
def test_a_list_of_adjectives_shares_the_head(text, names, agent):
    found = table(text)
    assert names <= {name for _, name, _ in found}
    assert agent in {s for s, _, _ in found}


@pytest.mark.parametrize("text,name,verb", [
    # a verb after a relative pronoun (as in gold/extra r4en_en_04; written for the test)
    ("Antibodies that target TSLP reduce airway inflammation in patients with asthma.", "TSLP", "target"),
    # a verb after its plural subject (r9en)
    ("Recent reports highlight IL-25 as a type-2 inducing factor produced by epithelial cells.", "IL-25", "highlight"),
    ("Mature osteoblasts deposit bone, whereas osteoclasts remove the old matrix.", "bone", "deposit"),
])
def test_a_verb_before_a_known_name_is_no_modifier_of_it(text, name, verb):
    found = table(text)
    assert (name, name, "dictionary") in found, found
    assert not [m for m in found if m[0].startswith(verb)], found


def test_resorb_bone_is_the_process_of_bone_resorption():
    # the verb and its object name the process (processes.tsv; gold/extra r5en_en_12, r7en_en_04 alias), no phrase
    found = table("Mature osteoclasts resorb bone, whereas osteoblasts deposit new bone matrix.")
    assert ("resorb bone", "bone resorption", "dictionary") in found, found
    assert ("Mature osteoclasts", "osteoclast", "dictionary") in found, found


def test_an_adjective_after_a_plural_subject_still_modifies_the_name():
    text = "Activated platelets release active TGF-β in the tumour microenvironment."
    assert ("active TGF-β", "active TGF-β", "phrase") in table(text)


@pytest.mark.parametrize("text,surface,name,shorter", [
    # r9en_en_03: the agonist antibody, written anti-X mAbs
    ("Ligation of OX40 with targeted agonist anti-OX40 mAbs conveys activating signals to T cells.",
     "anti-OX40 mAbs", "anti-OX40 antibody", "OX40 mAbs"),
    # written for the test: no second, narrower mention of the same antibody without its anti-
    ("Treatment with anti-IL-6R antibodies reduced joint inflammation in arthritic mice.",
     "anti-IL-6R antibodies", "anti-IL-6 receptor antibody", "IL-6R antibodies"),
])
def test_a_composed_antibody_covers_its_anti(text, surface, name, shorter):
    found = table(text)
    assert (surface, name, "composed") in found, found
    assert not [m for m in found if m[0] == shorter], found
