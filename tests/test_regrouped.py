"""Dictionary names a sentence writes apart (``pipeline/regrouped.py``): the owner and its
process around 的 or ``of``, a short form in brackets inside the name, a head or a
modifier shared by two conjuncts. The sentences are real: train passages
(gold/train/texts) and the sample papers (raw/)."""
from __future__ import annotations

from pipeline.batch import extract

from .conftest import document_of

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


def names(text: str) -> set[str]:
    doc = document_of(text)
    return {m.concept_name for m in extract(doc)["mentions"]}


def test_a_process_of_an_owner_names_the_owners_process():
    got = composed(HSPC)
    assert ("retention and mobilization of HSPCs", "HSPC retention") in got
    assert ("mobilization of HSPCs", "HSPC mobilization") in got
    assert {"CXCL12", "CXCR4", "HSPC"} <= names(HSPC)  # the parts stay names of their own


def test_a_modifier_shared_by_two_heads():
    assert ("bone mass and strength", "bone strength") in composed(SOST)
    assert "bone mass" in names(SOST)


def test_a_short_form_in_brackets_inside_a_name():
    assert ("osteoclast (OC) differentiation", "osteoclast differentiation") in composed(MCSF)
    assert ("细胞外基质(ECM)沉积", "matrix deposition") in composed(ECM)
    assert "M-CSF" in names(MCSF)


def test_an_owner_and_its_process_around_de():
    assert ("肿瘤的进展", "tumor progression") in composed(ASPIRIN)
    # the owner alone is still the tumour, and the name after 对 is no part of one
    assert "tumor" in names(ASPIRIN) and "aspirin" in names(ASPIRIN)


def test_a_chinese_head_shared_by_two_conjuncts():
    got = composed(HIP)
    assert ("髋部和脊柱骨折", "hip fracture") in got
    assert "vertebral fracture" in names(HIP) and "osteoporosis" in names(HIP)
    # 死亡率的增加 joins no name: 的 before a word that makes none is left alone
    assert not any(s.startswith("死亡率") for s, _ in got)


VEGF = ("Direct and indirect targeting of VEGF and its receptors therefore may provide a potent novel therapeutic "
        "approach to overcome resistance to therapies and thereby improve patient outcome.")
CHEMOKINES = "[摘要] 趋化因子及其受体被认为在肿瘤转移中发挥重要作用,SDF-1及其受体CXCR4目前研究较多。"


def test_a_name_and_its_own_part():
    assert ("VEGF and its receptors", "VEGFR") in composed(VEGF)
    got = composed(CHEMOKINES)
    assert ("趋化因子及其受体", "chemokine receptor") in got
    # SDF-1 受体 is no name of the dictionary: the receptor is named after it (CXCR4)
    assert not any(s.startswith("SDF-1") for s, _ in got) and "CXCR4" in names(CHEMOKINES)
