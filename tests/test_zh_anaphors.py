"""Chinese demonstrative anaphors (pipeline/zh_anaphors.py): 该通路 / 这些细胞 / 二者 name the
nearest name of their class before them, as mentions (via pronoun) the relation reader reads."""
from __future__ import annotations

import pytest

from .conftest import document_of, mentions_in, triples_in


def anaphors(text, resources):
    """(surface, concept name) of the mentions made for anaphors, with provenance checked."""
    from pipeline.mentions import find_mentions
    from pipeline.segment import segment

    doc = document_of(text)
    out = []
    for fs in find_mentions(doc, segment(doc), resources):
        for f in fs:
            assert doc.text[f.record.start:f.record.end] == f.record.surface
            if f.record.via == "pronoun":
                out.append((f.record.surface, f.concept.name))
    return out


@pytest.mark.parametrize("text, expected", [
    # a singular determiner: the nearest pathway of the sentence before
    ("IL-6可以激活JAK-STAT信号通路。该通路能够促进破骨细胞的分化。", [("该通路", "JAK/STAT pathway")]),
    # a plural determiner: the members of the last list of cell types
    ("CD4+T细胞和B细胞聚集在滑膜组织中。这些细胞被抗原提呈细胞活化。",
     [("这些细胞", "CD4+ T cell"), ("这些细胞", "B cell")]),
    # a family written as the bare class noun (细胞因子): the members of the last list
    ("巨噬细胞分泌TNF-α和IL-6，这些细胞因子促进破骨细胞的分化。",
     [("这些细胞因子", "TNF-α"), ("这些细胞因子", "IL-6")]),
    # 二者: the last two coordinated names, not the receptor named after them
    ("IL-4和IL-13共用IL-4Rα链，二者均可抑制破骨细胞的分化。", [("二者", "IL-4"), ("二者", "IL-13")]),
])
def test_a_determiner_and_a_class_noun_name_the_nearest_name_of_the_class(resources, text, expected):
    assert anaphors(text, resources) == expected


def test_the_reader_reads_the_anaphor_as_its_referents(resources):
    text = "CD4+T细胞和B细胞聚集在滑膜组织中。这些细胞被抗原提呈细胞活化。"
    assert set(triples_in(text, resources)) >= {
        ("antigen-presenting cell", "activates", "CD4+ T cell", "activity", False),
        ("antigen-presenting cell", "activates", "B cell", "activity", False)}
    assert set(triples_in("IL-6可以激活JAK-STAT信号通路。该通路能够促进破骨细胞的分化。", resources)) >= {
        ("IL-6", "activates", "JAK/STAT pathway", "activity", False),
        ("JAK/STAT pathway", "promotes", "osteoclast", "differentiation", False)}


@pytest.mark.parametrize("text", [
    # nothing of the class before it: no anaphor (the names around it are still found)
    "IL-6可以促进破骨细胞的分化。该通路还能够抑制成骨细胞的分化。",
    # the paragraph named the class itself before: the phrase names the class (determiner_phrase)
    "细胞因子可以调节破骨细胞的分化。巨噬细胞分泌TNF-α和IL-6，这些细胞因子促进破骨细胞的分化。",
    # 细胞群 is a longer noun (a population), not the class noun 细胞
    "骨髓间充质干细胞和ALL细胞共同存在于骨髓中。这一细胞群能够促进破骨细胞的分化。",
])
def test_no_anaphor_without_a_name_of_its_class_before_it(resources, text):
    assert anaphors(text, resources) == []
    assert ("破骨细胞", "osteoclast", "dictionary") in mentions_in(text, resources)
