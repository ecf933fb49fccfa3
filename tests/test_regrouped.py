"""Dictionary names a sentence writes apart (``pipeline/names/regrouped.py``): the owner and its
process around 的 or ``of``, a short form in brackets inside the name, a head or a
modifier shared by two conjuncts. The sentences are real: train passages
(gold/train/texts) and the sample papers (raw/)."""
from __future__ import annotations

import pytest

from pipeline.runtime.batch import extract

from .conftest import document_of, triples_in

HSPC = ("The chemokine stromal derived factor-1 (SDF-1, also termed CXCL12) and its major receptor CXCR4 are "
        "crucial in mediating both retention and mobilization of HSPCs, and this chapter will emphasize its "
        "recently revealed roles in directing steady state egress and rapid mobilization.")
SOST = ("Mutations in the human sclerostin gene (SOST) lead to sclerosteosis with progressive skeletal overgrowth, "
        "whereas sclerostin-deficient (Sost(-/-)) mice exhibit increased bone mass and strength.")
MCSF = ("Macrophage-CSF (M-CSF) is critical for osteoclast (OC) differentiation and is reported to enhance mature "
        "OC survival and motility.")
ASPIRIN = ("此外,大量研究已经证实,非甾体类抗炎药特别是阿司匹林,对上皮组织来源的肿瘤,例如肠道肿瘤、胃癌、食道癌等,"
           "具有一定的化疗预防作用,尤其是对肿瘤的进展具有阻抑作用,但并不是对所有癌症,如肝癌、胆囊癌和胰腺癌等[4-5]。")
ECM = "当肾小管间质发生纤维化时,细胞外基质(ECM)沉积增多,是导致慢性肾功能衰竭的原因之一。"
HIP = "髋部和脊柱骨折是骨质疏松症最具破坏性的后果，并与老年人的致残率和死亡率的增加有关。"


def composed(text: str) -> list[tuple[str, str]]:
    """(surface, concept name) of the composed names of the mentions table ``extract`` writes."""
    doc = document_of(text)
    records = extract(doc)["mentions"]
    assert all(doc.text[m.start:m.end] == m.surface for m in records)
    return [(m.surface, m.concept_name) for m in records if m.via == "composed"]


def grounded(text: str) -> list[tuple[str, str]]:
    """(surface, concept name) of every mention of the mentions table, however it was found."""
    return [(m.surface, m.concept_name) for m in extract(document_of(text))["mentions"]]


def names(text: str) -> set[str]:
    doc = document_of(text)
    return {m.concept_name for m in extract(doc)["mentions"]}


def test_a_process_of_an_owner_names_the_owners_process():
    got = composed(HSPC)
    assert ("retention", "HSPC retention") in got  # the first conjunct stands for the whole name
    assert ("mobilization of HSPCs", "HSPC mobilization") in got
    assert {"CXCL12", "CXCR4", "HSPC"} <= names(HSPC)  # the parts stay names of their own


def test_a_modifier_shared_by_two_heads_and_the_reader_reads_it(resources):
    assert ("strength", "bone strength") in composed(SOST)
    assert "bone mass" in names(SOST)
    # the reader reads the word that stands for the whole name: both claims of the sentence
    claims = {(f, e, t) for f, e, t, _, _ in triples_in(SOST, resources)}
    assert {("sclerostin", "downregulates", "bone mass"), ("sclerostin", "downregulates", "bone strength")} <= claims


def test_each_word_of_a_list_shares_the_modifier_of_the_first_name(resources):
    # "cell proliferation, survival, migration, invasion": cell survival, cell migration, cell invasion;
    # the list stops at a word that makes no dictionary name with it (metastasis) (written for the test)
    text = ("Aberrant Met signaling promotes tumor progression by facilitating cell proliferation, survival, "
            "migration, invasion, and metastasis.")
    got = composed(text)
    assert {("survival", "cell survival"), ("migration", "cell migration"), ("invasion", "cell invasion")} <= set(got)
    assert ("metastasis", "cell metastasis") not in got
    assert {"cell proliferation", "metastasis", "tumor progression"} <= names(text)


@pytest.mark.parametrize("text,shared", [
    # sentences written for the test in the field's style
    ("固有淋巴样细胞在组织重塑、修复及固有免疫应答中起重要作用。", {("修复", "tissue repair")}),
    ("IL-6 可促进细胞增殖、分化和迁移。", {("分化", "cell differentiation"), ("迁移", "cell migration")}),
])
def test_each_word_of_a_chinese_list_shares_the_first_characters_of_the_name_before(text, shared):
    assert shared <= set(composed(text)), composed(text)
    assert {"IL-6", "cell proliferation"} <= names(text) or {"tissue remodeling", "innate immune response"} <= names(text)


def test_a_verb_before_its_object_in_a_chinese_list_shares_nothing():
    # 调节 with a name right after it is a verb and its object: no 免疫调节 (written for the test
    # in the style of the train passage tr_zh_01)
    text = "中医药可通过维持免疫细胞平衡、调节IL-17细胞和IL-23/IL-17轴平衡改善关节炎症。"
    assert not any(surface == "调节" for surface, _ in composed(text)), composed(text)
    assert {"traditional Chinese medicine", "IL-17-producing cell"} <= names(text)


def test_a_short_form_in_brackets_inside_a_name():
    assert ("osteoclast (OC) differentiation", "osteoclast differentiation") in composed(MCSF)
    # the Chinese long form its short form interrupts is one dictionary name (mentions.interrupted_long_names)
    assert ("细胞外基质(ECM)沉积", "matrix deposition") in grounded(ECM)
    assert "M-CSF" in names(MCSF)


def test_an_owner_and_its_process_around_de():
    assert ("肿瘤的进展", "tumor progression") in composed(ASPIRIN)
    # the owner alone is still the tumour, and the name after 对 is no part of one
    assert "tumor" in names(ASPIRIN) and "aspirin" in names(ASPIRIN)


@pytest.mark.parametrize("text", [
    # how far the process reaches stands between the organ and its process (sentences in the field's style)
    "持续的肝损伤会导致肝脏大面积纤维化，进而引起肝硬化。",
    "慢性病毒感染可引起肝脏广泛的纤维化和肝功能衰竭。",
])
def test_an_owner_and_its_process_around_a_word_of_extent(text):
    assert ("liver fibrosis" in {n for _, n in composed(text)}), composed(text)
    assert "liver cirrhosis" in names(text) or "viral infection" in names(text) or "infection" in names(text)


def test_a_chinese_head_shared_by_two_conjuncts():
    got = composed(HIP)
    assert ("髋部", "hip fracture") in got  # 髋部 stands for 髋部骨折 here
    assert "vertebral fracture" in names(HIP) and "osteoporosis" in names(HIP)
    # 死亡率的增加 joins no name: 的 before a word that makes none is left alone
    assert not any(s.startswith("死亡率") for s, _ in got)


IL6_IMMUNE = ("IL-6 has major effects on the adaptive and innate immune system and on mesenchymal and stromal "
              "responses during inflammation.")


def test_an_english_modifier_sharing_the_head_of_the_name_after_and(resources):
    # tr_en_06: "adaptive" before "and innate immune system" stands for the adaptive immune response
    assert ("adaptive", "adaptive immune response") in composed(IL6_IMMUNE)
    assert "innate immune response" in names(IL6_IMMUNE)
    # the reader reads the word that stands for the whole name: both claims of the coordinated object
    claims = {(f, e, t) for f, e, t, _, _ in triples_in(IL6_IMMUNE, resources)}
    assert {("IL-6", "regulates", "adaptive immune response"), ("IL-6", "regulates", "innate immune response")} <= claims


TAM = ("炎症是公认的肿瘤十大特征之一,而肿瘤相关巨噬细胞是肿瘤微环境的重要组成部分,它影响肿瘤的生长、血管生成、"
       "免疫抑制、转移和药物抗性。")


def test_a_first_conjunct_that_names_nothing_with_the_owner_leaves_the_next_its_owner():
    # 肿瘤的生长、…、免疫抑制: 生长 is an aspect word (the reader's), 免疫抑制 is the tumour's immunosuppression
    got = composed(TAM)
    assert ("免疫抑制", "tumor-induced immunosuppression") in got
    assert not any(s.startswith("生长") for s, _ in got)
    assert {"tumor-associated macrophage", "tumor microenvironment"} <= names(TAM)


VEGF = ("Direct and indirect targeting of VEGF and its receptors therefore may provide a potent novel therapeutic "
        "approach to overcome resistance to therapies and thereby improve patient outcome.")
CHEMOKINES = "[摘要] 趋化因子及其受体被认为在肿瘤转移中发挥重要作用,SDF-1及其受体CXCR4目前研究较多。"


def test_a_name_and_its_own_part():
    assert ("receptors", "VEGFR") in composed(VEGF)  # its receptors: VEGF's
    got = composed(CHEMOKINES)
    assert ("受体", "chemokine receptor") in got
    # SDF-1 受体 is no name of the dictionary: the receptor is named after it (CXCR4)
    assert not any(s.startswith("SDF-1") for s, _ in got) and "CXCR4" in names(CHEMOKINES)


IMMUNE = ("细胞因子作为治疗靶点具有广泛的潜在价值，因为它们在调节免疫系统、炎症反应以及细胞增殖和分化等方面均可发挥"
          "重要作用［14］。")
INFECTION = "TNF-α的失调与多种病理状况有关，例如感染、自身免疫性疾病、癌症、动脉粥样硬化、阿尔茨海默病和炎症性肠病。"


def test_two_names_of_their_own_share_no_head():
    # 免疫系统 (a system) and 炎症反应 (a process) are two names: no "immune system response"
    assert not any(s == "免疫系统" for s, _ in composed(IMMUNE))
    assert {"immune system", "cytokine"} <= names(IMMUNE)
    # 性疾病 is the end of a word, no head 感染 could share
    assert not any(s == "感染" for s, _ in composed(INFECTION))
    assert {"infection", "TNF-α", "atherosclerosis"} <= names(INFECTION)


def test_a_marker_two_words_and_a_hanging_prefix_share_the_head_after_and():
    # sentences written for the test: CD4+ of "CD4+ and CD8+ T cells" is CD4+ T cells, "Type I" of
    # "Type I and type II interferons" type I interferons, pro- of "pro- and anti-inflammatory
    # cytokines" pro-inflammatory cytokines; the second conjunct stays its own name
    text = "IL-12 drives the expansion of CD4+ and CD8+ T cells in the spleen."
    assert ("CD4+", "CD4+ T cell") in composed(text)
    assert ("CD8+ T cells", "CD8+ T cell") in grounded(text)
    text = "Type I and type II interferons activate STAT1 in infected cells."
    assert ("Type I", "type I interferon") in composed(text)
    assert ("type II interferons", "IFN-γ") in grounded(text)
    text = "Macrophages release pro- and anti-inflammatory cytokines after injury."
    assert ("pro-", "inflammatory cytokine") in composed(text)
    assert ("anti-inflammatory cytokines", "anti-inflammatory cytokine") in grounded(text)
    # two words for the modifier of a head of two words: marginal zone B cells (written for the test)
    text = "BAFF is required for the survival of marginal zone and follicular B cells in mice."
    assert ("marginal zone", "marginal zone B cell") in composed(text)
    assert ("follicular B cells", "follicular B cell") in grounded(text)
    # each word of a list before and shares the head too, the Oxford comma or none (written for the test)
    for text in ("IL-7 promotes the survival of naive, memory and effector T cells in mice.",
                 "IL-7 promotes the survival of naive, memory, and effector T cells in mice."):
        assert {("naive", "naive T cell"), ("memory", "memory T cell")} <= set(composed(text)), composed(text)
        assert ("effector T cells", "effector T cell") in grounded(text)


def test_the_last_conjunct_may_have_modifiers_of_its_own_before_the_shared_head(resources):
    # sentences written for the test: "mature" qualifies the last conjunct only (mature naive B cells),
    # the head (B cells) is still shared by the conjuncts before and
    text = "BAFF is required for survival of transitional, marginal zone and mature naive B cells in mice."
    assert {("transitional", "transitional B cell"), ("marginal zone", "marginal zone B cell")} <= set(composed(text))
    assert ("naive B cells", "naive B cell") in grounded(text)
    # the parser hangs the conjuncts on the head as its modifiers: the reader reads them as the list's items
    claims = {(f, e, t) for f, e, t, _, _ in triples_in(text, resources)}
    assert {("BAFF", "promotes", "transitional B cell"), ("BAFF", "promotes", "marginal zone B cell"),
            ("BAFF", "promotes", "naive B cell")} <= claims
    # a word of a name of its own before the owner is no modifier of it: no conjunction before it
    text = "IL-7 is required for survival of mature naive B cells in mice."
    assert composed(text) == [] and ("naive B cells", "naive B cell") in grounded(text)


def test_a_chinese_conjunct_may_cut_a_guessed_phrase():
    # written for the test: 慢性细菌 is a phrase guessed from its head word, not a dictionary name; 细菌
    # still shares the head 感染 of 病毒感染 (bacterial infection)
    text = "IL-10表达的增加与多种慢性细菌和病毒感染有关。"
    assert ("细菌", "bacterial infection") in composed(text)
    assert {"viral infection", "IL-10"} <= names(text)


def test_a_chinese_shared_head_before_de_and_a_word_of_its_own(resources):
    # written for the test: 的 then a word of the diseases' own (发病过程): each conjunct is a disease the
    # sentence speaks of; 的 then a name (炎症反应): the pair only qualifies that name (no innate immune response)
    text = "IL-22参与多种炎症性及自身免疫性疾病的发病过程。"
    claims = {(f, e, t) for f, e, t, _, _ in triples_in(text, resources)}
    assert {("IL-22", "regulates", "inflammatory disease"), ("IL-22", "regulates", "autoimmune disease")} <= claims
    text = "IL-10抑制先天性和适应性免疫的炎症反应。"
    claims = {(f, e, t) for f, e, t, _, _ in triples_in(text, resources)}
    assert ("IL-10", "inhibits", "inflammatory response") in claims
    assert not any(t == "innate immune response" for _, _, t in claims)


def test_only_of_or_the_with_white_space_before_an_owner_lets_of_be_read():
    from pipeline.names.regrouped import _after_of

    owner = HSPC.index("HSPCs")
    assert _after_of(HSPC, owner)  # "mobilization of HSPCs"
    assert not _after_of(HSPC, HSPC.index("CXCR4"))  # "major receptor CXCR4"
    assert not _after_of("roles of\u00a0the", len("roles of\u00a0the"))  # no white space after: nothing follows
    assert _after_of("Roles OF\u00a0THE  x", len("Roles OF\u00a0THE  "))
    assert ("mobilization of HSPCs", "HSPC mobilization") in composed(HSPC)


def test_an_owner_with_no_de_bracket_possessive_or_of_around_it_has_no_parts_to_look_up():
    from pipeline.names.regrouped import _may_have_parts

    tumour = ASPIRIN.index("肿瘤的进展")
    assert _may_have_parts(ASPIRIN, tumour, tumour + 2)  # 的 follows: 肿瘤的进展
    oc = MCSF.index("osteoclast (OC)")
    assert _may_have_parts(MCSF, oc, oc + len("osteoclast"))  # a bracket follows
    hspc = HSPC.index("HSPCs")
    assert _may_have_parts(HSPC, hspc, hspc + 5)  # "of" stands before
    cxcr4 = HSPC.index("CXCR4")
    assert not _may_have_parts(HSPC, cxcr4, cxcr4 + 5)  # "its major receptor CXCR4 are"
    assert ("肿瘤的进展", "tumor progression") in composed(ASPIRIN)


def test_a_latin_first_conjunct_shares_the_chinese_head_after_the_conjunction():
    # r7zh-style sentence: DNA of DNA和组蛋白甲基化 names DNA methylation beside histone methylation
    text = "IDH2突变产生的2-羟基戊二酸在体内堆积,进而促使DNA和组蛋白甲基化。"
    assert ("DNA", "DNA methylation") in composed(text)
    assert "histone methylation" in names(text) and "2-hydroxyglutarate" in names(text)


def test_every_word_of_a_chinese_list_shares_the_head_of_the_last_name(resources):
    # 肝脏、肾脏和肺纤维化: 肝脏 (before 、) shares 纤维化 as 肾脏 (before 和) does: liver fibrosis, not the liver
    text = "IL-6可促进肝脏、肾脏和肺纤维化。"
    got = composed(text)
    assert ("肝脏", "liver fibrosis") in got and ("肾脏", "renal fibrosis") in got
    triples = triples_in(text, resources)
    assert ("IL-6", "promotes", "liver fibrosis", None, False) in triples
    assert ("IL-6", "promotes", "pulmonary fibrosis", None, False) in triples
    assert not any(t[2] == "liver" for t in triples)
    # three cells of one class word: NK、Th1 和 Th17 细胞
    triples = triples_in("IL-18与其他细胞因子协同激活NK、Th1和Th17细胞。", resources)
    assert ("IL-18", "activates", "NK cell", "activity", False) in triples
    assert ("IL-18", "activates", "Th17 cell", "activity", False) in triples
