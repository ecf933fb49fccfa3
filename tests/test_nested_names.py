"""Names written inside a longer name (``via = "nested"``): ``AML`` in ``AML细胞``,
``inflammatory diseases`` in ``chronic inflammatory diseases``. They go to the
mentions table beside the longer name, which the relation reader still reads;
never from inside a gene's name, never a class word, never a Chinese word cut
out of a longer one by a single character."""
from __future__ import annotations

import pytest

from .conftest import document_of


def mentions(text):
    """(start, end, surface, concept name, via) of the mentions table ``extract`` writes."""
    from pipeline.runtime.batch import extract

    doc = document_of(text)
    records = extract(doc)["mentions"]
    assert all(doc.text[m.start:m.end] == m.surface for m in records)
    return [(m.start, m.end, m.surface, m.concept_name, m.via) for m in records]


def at(text, surface, name, via, nth=0):
    """The mention row of ``surface`` (its ``nth`` occurrence) grounded to ``name`` by ``via``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), surface, name, via)


@pytest.mark.parametrize("text,outer,inner", [
    # paper 004: the leukaemia of 'AML cells'
    ("已有研究证明BMSC在AML细胞的增殖、存活和耐药中起重要作用。",
     ("AML细胞", "AML cell"), ("AML", "AML")),
    # train passage tr_en_01: the diseases of 'chronic inflammatory diseases'
    ("Proinflammatory cytokines play an important role in the systemic and focal bone loss associated with "
     "chronic inflammatory diseases.",
     ("chronic inflammatory diseases", "chronic inflammatory disease"), ("inflammatory diseases", "inflammatory disease")),
    # train passage tr_en_09: the arthritis of 'rheumatoid arthritis'
    ("Therefore, antibody-mediated inhibition of sclerostin is currently being clinically evaluated for the "
     "treatment of postmenopausal osteoporosis in humans.",
     ("postmenopausal osteoporosis", "postmenopausal osteoporosis"), ("osteoporosis", "osteoporosis")),
    # paper 004: the members of a pathway named by them
    ("同样, Severin 等研究了 BMSC 对 CLL 中 JAK2/STAT3 信号转导通路的调控。",
     ("JAK2/STAT3 信号转导通路", "JAK2/STAT3 pathway"), ("JAK2", "JAK2")),
    # paper 002: what an anti- drug acts against, after 抗 (a prefix, no character cut from a word)
    ("最近的一项研究表明，细胞因子风暴被抗 IL-6 受体抗体托珠单抗所抵消[83]。",
     ("抗 IL-6 受体抗体", "anti-IL-6 receptor antibody"), ("IL-6 受体", "IL-6R")),
    # a gene's name written as a word (Notch), in lower case inside its pathway's name, is still found there
    ("In thymocytes, notch signaling sustains the survival of developing T cells.",
     ("notch signaling", "Notch pathway"), ("notch", "Notch")),
])
def test_a_name_inside_a_longer_name_is_a_mention_beside_it(text, outer, inner):
    found = mentions(text)
    assert at(text, *outer, "dictionary") in found, found
    assert at(text, *inner, "nested") in found, found


def test_the_owner_of_a_framed_process_is_found_inside_it_even_a_class_word():
    # written for the test: cell migration is framed on the cell (docs/SPEC.md), whose name is a class word
    text = "TGF-β enhances cell migration in culture."
    found = mentions(text)
    assert at(text, "cell migration", "cell migration", "dictionary") in found, found
    assert at(text, "cell", "cell", "nested") in found, found


def test_the_owner_of_a_framed_process_written_as_an_ambiguous_short_form_is_found_inside_it():
    # written for the test: DC alone is ambiguous (ambiguous.tsv); DC maturation says it is the dendritic cell
    text = "IL-10 blocks DC maturation in the lymph nodes of mice."
    found = mentions(text)
    assert at(text, "DC maturation", "dendritic cell maturation", "dictionary") in found, found
    assert at(text, "DC", "dendritic cell", "nested") in found, found


def test_the_name_the_longer_one_holds_is_found_inside_a_cell_precursor():
    text = "RANKL 与破骨细胞前体细胞的 RANK 结合，有助于破骨细胞的分化和活化。"
    assert at(text, "破骨细胞", "osteoclast", "nested") in mentions(text)


def test_the_relation_reader_reads_the_longer_name():
    from pipeline.runtime.batch import extract

    text = "已有研究证明BMSC在AML细胞的增殖、存活和耐药中起重要作用。"
    triples = extract(document_of(text))["triples"]
    assert ("BMSC", "AML cell") in [(t.factor_name, t.target_name) for t in triples]
    assert not [t for t in triples if "AML" in (t.factor_name, t.target_name)]


@pytest.mark.parametrize("text,outer,not_inner", [
    # a gene's name holds words that name no thing there (paper 004)
    ("Gehrke 等研究显示, BMSC 分泌的衍生蛋白和血管内皮生长因子 (vascular endothelial growth factor, VEGF), "
     "可阻断 CLL 细胞的凋亡。", ("血管内皮生长因子", "VEGF-A"), ("growth factor", "生长因子", "血管内皮")),
    # train passage tr_en_10: no tumour in tumour necrosis factor
    ("Furthermore, when osteoclastogenesis was induced independently of RANKL by using tumor necrosis factor-α "
     "(TNF-α), IL-4 inhibited osteoclast differentiation through a STAT6-dependent mechanism.",
     ("tumor necrosis factor-α", "TNF-α"), ("tumor", "necrosis")),
    # a class word is no name of its own (train passage tr_en_06)
    ("It promotes the development of pathogenic T-helper 17 T cells and the maturation of B lymphocytes.",
     ("B lymphocytes", "B cell"), ("cells",)),
    # 骨细胞 (osteocyte) is no word of 成骨细胞 (osteoblast), one character cut off; the bone
    # formation of its name is what it does (paper 001)
    ("IL-1 对成骨细胞也有影响。", ("成骨细胞", "osteoblast"), ("骨细胞", "成骨", "细胞")),
    ("RANKL 与破骨细胞前体细胞的 RANK 结合，有助于破骨细胞的分化和活化。",
     ("破骨细胞前体细胞", "osteoclast precursor"), ("骨细胞",)),
    # a word in lower case inside a longer name is no short symbol: coli is no Col I (type I collagen)
    ("Several endosomal proteins regulate the inflammation caused by LPS or by phagocytosis of E. coli.",
     ("E. coli", "Escherichia coli"), ("coli",)),
])
def test_no_nested_name_where_the_words_name_nothing_there(text, outer, not_inner):
    found = mentions(text)
    assert at(text, *outer, "dictionary") in found, found
    assert not [m for m in found if m[4] == "nested" and m[2] in not_inner], found


@pytest.mark.parametrize("text,outer,owner", [
    # written for the test: 细胞分化 (cell differentiation) crosses 破骨细胞; the framed owner is still found
    ("TNF-α可促进破骨细胞分化。", ("破骨细胞分化", "osteoclast differentiation"), ("破骨细胞", "osteoclast")),
    ("IL-27抑制调节性T细胞分化。", ("调节性T细胞分化", "Treg differentiation"), ("调节性T细胞", "Treg")),
    # the lexicon word that holds 细胞 is the framed name itself: the generic cell, as of cell migration
    ("研究表明，TNF-α在炎症条件下可诱导细胞凋亡。", ("细胞凋亡", "apoptosis"), ("细胞", "cell")),
])
def test_the_owner_of_a_framed_process_is_found_across_a_name_that_crosses_it(text, outer, owner):
    found = mentions(text)
    assert at(text, *outer, "dictionary") in found, found
    assert at(text, *owner, "nested") in found, found
    assert not [m for m in found if m[3] == "cell differentiation"], found  # the crossing name stays out


def test_an_ambiguous_short_form_inside_a_longer_name_of_its_own_type_is_found_inside_it():
    # r6en-style sentence: TAM alone is ambiguous (tamoxifen, ambiguous.tsv); M2-like TAMs says it is the cell
    text = "The predominant presence of M2-like TAMs in the tumor microenvironment results in tumor immunosuppression."
    found = mentions(text)
    assert at(text, "M2-like TAMs", "M2 macrophage", "dictionary") in found, found
    assert at(text, "TAMs", "tumor-associated macrophage", "nested") in found, found
