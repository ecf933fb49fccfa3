"""A name defined in brackets right after it (``核仁磷酸蛋白1(Nucleophosmin 1, NPM1)``,
``interleukin-6 (IL-6)``) takes the construction written after the bracket
(``pipeline/names/compositions.py``, ``_defined_heads``): ``…(…, NPM1)突变`` is NPM1 mutation,
``…配体(RANKL)/…蛋白(RANK)信号通路`` a pathway of both; and a Chinese long form holding
蛋白 (a word that says what kind of thing a name is) is the paper's name of its short form
(``pipeline/names/paper_names.py``)."""
from __future__ import annotations

from pipeline.runtime.batch import extract

from .conftest import document_of, triples_in


def mentions(text: str) -> list[tuple[str, str, str]]:
    doc = document_of(text)
    records = extract(doc)["mentions"]
    assert all(doc.text[m.start:m.end] == m.surface for m in records)
    return [(m.surface, m.concept_name, m.via) for m in records]


IDH2 = ("异柠檬酸脱氢酶2(Isocitrate dehydrogenase 2, IDH2)突变是引发AML的重要因素之一,"
        "其机制与2-羟基戊二酸在体内堆积有关。")
NPM1 = "核仁磷酸蛋白1( Nucleophosmin 1, NPM1)突变在AML中较为常见,可导致AML的发生。"
RANKL = ("TGF-β1可调节破骨细胞分化,其机制与核因子κB受体激活蛋白配体(RANKL)/"
         "核因子κB受体激活蛋白(RANK)信号通路有关。")
IL6 = "Interleukin-6 (IL-6) deficiency protects oestrogen-deficient mice from bone loss."


def test_a_mutation_written_after_the_definition_of_its_gene(resources):
    found = mentions(IDH2)
    assert ("异柠檬酸脱氢酶2(Isocitrate dehydrogenase 2, IDH2)突变", "IDH2 mutation", "composed") in found, found
    assert ("IDH2 mutation", "induces", "AML", None, False) in [t[:3] + (None, t[4]) for t in triples_in(IDH2, resources)]


def test_a_chinese_long_form_holding_a_kind_word_names_its_short_form_in_the_paper():
    found = mentions(NPM1)
    assert ("核仁磷酸蛋白1", "NPM1", "dictionary") in found or ("核仁磷酸蛋白1", "NPM1", "abbreviation") in found, found
    assert any(name == "NPM1 mutation" and surface.endswith("突变") for surface, name, _ in found), found


def test_a_chain_of_names_each_defined_in_brackets_before_the_pathway_word():
    found = mentions(RANKL)
    assert any(via == "composed" and surface.startswith("核因子κB受体激活蛋白配体(RANKL)/")
               and surface.endswith("信号通路") and "RANKL/RANK" in name for surface, name, via in found), found


def test_an_english_deficiency_after_the_definition_of_its_gene(resources):
    found = mentions(IL6)
    assert ("Interleukin-6 (IL-6) deficiency", "IL-6 deficiency", "composed") in found, found
    assert ("IL-6", "promotes", "bone loss") in [t[:3] for t in triples_in(IL6, resources)]
