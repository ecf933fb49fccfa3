"""Effect verbs added family by family (compared with REACH's regulation and activation
trigger lexicons and with the effect words of gold sentences that were not triggers): each read on real
sentences of the readable sets (r10en, gold/extra), through the whole pipeline (parse reader included)."""
from __future__ import annotations

import pytest

from .conftest import read_claims

CASES = [
    # activation: costimulate (r10en_en_02)
    ("DR3 costimulates T cell activation, but it is unique among these receptors in that it signals "
     "through an intracytoplasmic death domain and the adapter protein TRADD.",
     ("DR3", "activates", "T cell", "activity", False)),
    # activation: prime (gold/extra, the STING review)
    ("STING signaling in DCs enhances antigen presentation capacity by promoting cross-presentation to "
     "CD8+ T cells, thereby priming cytotoxic T cells.",
     ("STING", "activates", "cytotoxic T cell", "activity", False)),
    # regulation: impact on (r10en_en_05)
    ("CD40-CD40L interactions also impact on growth regulation of certain carcinomas.",
     ("CD40L", "regulates", "carcinoma", None, False)),
    # regulation: impact (gold/extra)
    ("Growth factors such as TGFβ and minerals such as calcium impact tumor cell growth.",
     ("TGF-β", "regulates", "tumor cell", "growth", False)),
    # zh: 致使 brings about (gold/extra r3zh_zh_04): overexpressed TIM-1 raises IL-4 promoter activity
    ("过表达TIM-1 致使IL-4 启动子的转录活性增强,促进NFAT 和AP-1 转录活化。",
     ("TIM-1", "activates", "IL-4", "activity", False)),
    # zh: 抵御 fends off (gold/extra): MAIT cells resist pathogens
    ("黏膜相关恒定T细胞(mucosal-associated invariant T cell,MAIT)是免疫调节功能强大而广泛的非特异淋巴细胞,"
     "它不仅在抵御病原体入侵及炎症性疾病的防御中扮演重要角色。",
     ("MAIT cell", "inhibits", "pathogen", None, False)),
    # positive regulation: aid, a participle of result here (gold/extra)
    ("IL-22 induces epithelial cell proliferation aiding in rapid epithelium regeneration and wound healing.",
     ("IL-22", "promotes", "wound healing", None, False)),
    # polarity of an effect noun: anabolic effects build tissue up (gold/extra r9en_en_08)
    ("Leptin originates in adipocytes, including those in bone marrow, and circulates in concentrations 20 to 90 "
     "times higher than those in the cerebrospinal fluid. It has direct anabolic effects on osteoblasts and "
     "chondrocytes, but it also influences bone indirectly, via the hypothalamus and sympathetic nervous system.",
     ("leptin", "promotes", "osteoblast", None, False)),
    # catabolic effects break it down (gold/extra r9en_en_08)
    ("Reflecting the role of the sympathetic nervous system in mediating the central catabolic effects of leptin "
     "on the skeleton, b-adrenergic agonists and antagonists have major effects on bone in mice, but this is not "
     "consistently seen in humans.",
     ("leptin", "inhibits", "bone", None, False)),
]


@pytest.mark.parametrize("text,claim", CASES)
def test_added_effect_verbs_give_their_claim(resources, text, claim):
    got, _, _, _ = read_claims(text, resources)
    assert claim in got, f"{claim} not in {got}"
