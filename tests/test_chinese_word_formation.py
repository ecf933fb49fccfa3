"""Chinese names made by word formation on known names: a ligand and its receptor joined by
/ and followed by 相互作用 name the signal they make together, not either member; and the
other Chinese word formations of this file. Sentences written in the field's style."""
from __future__ import annotations

from .conftest import document_of, triples_in


def mentions_in(text: str, resources, composed: bool = False):
    """(surface, concept name) of the mentions of ``text``, with the composed names when asked."""
    from pipeline.names.mentions import composed_mentions, find_mentions
    from pipeline.sentences.segment import segment

    doc = document_of(text)
    views = segment(doc)
    found = find_mentions(doc, views, resources)
    out = [(f.record.surface, f.concept.name) for fs in found for f in fs]
    return out + ([(m.surface, m.concept_name) for m in composed_mentions(doc, views, found, resources)]
                  if composed else [])


def test_a_ligand_receptor_interaction_is_the_factor_not_one_member(resources):
    triples = triples_in("OX40/OX40L相互作用可为T细胞提供共刺激信号,促进T细胞增殖和分化。", resources)
    assert ("OX40/OX40L interaction", "promotes", "T cell", "proliferation", False) in triples
    assert not any(t[0] in ("OX40", "OX40L") for t in triples)



def test_a_bone_process_written_apart_around_de_is_the_process(resources):
    # 骨 is no name alone, but 骨 + 的 + 吸收 / 形成 writes the dictionary's 骨吸收 / 骨形成 apart
    triples = triples_in("内皮素-1能刺激成骨细胞的增殖和骨的形成。", resources)
    assert ("endothelin-1", "activates", "bone formation", None, False) in triples
    assert ("endothelin-1", "activates", "osteoblast", "proliferation", False) in triples
    found = mentions_in("破骨细胞可在骨表面移动并促进骨的吸收。", resources, composed=True)
    assert ("骨的吸收", "bone resorption") in found


def test_a_marker_and_its_letter_share_the_cells_head_after_a_comma(resources):
    triples = triples_in("OX40调节CD4+T、CD8+T细胞活化、增殖和迁移。", resources)
    assert ("OX40", "regulates", "CD4+ T cell", None, False) in triples
    assert ("OX40", "regulates", "CD8+ T cell", None, False) in triples
    assert not any(t[2] == "T cell" for t in triples)


def test_symptoms_of_an_organ_are_one_name(resources):
    triples = triples_in("IL-6可引起胃肠道症状和发热。", resources)
    assert ("IL-6", "induces", "胃肠道症状", None, False) in triples
    assert ("IL-6", "induces", "fever", None, False) in triples


def test_type_i_interferon_written_with_a_roman_numeral_and_hsp_as_热激蛋白(resources):
    found = mentions_in("过度激活的Ⅰ-IFN与热激蛋白90可促进SLE的发生。", resources, composed=True)
    assert ("Ⅰ-IFN", "type I interferon") in found
    assert ("热激蛋白90", "HSP90") in found


def test_a_pathway_inside_the_cell_is_the_names_pathway(resources):
    found = mentions_in("DAMPs激活TLR4细胞内信号通路引起炎性反应。", resources, composed=True)
    assert any(surface == "TLR4细胞内信号通路" for surface, _ in found)


def test_fungal_cell_wall_patterns_and_ikk_as_the_field_writes_them(resources):
    found = mentions_in("真菌分泌的β-葡聚糖可通过IκBα激酶复合物激活NF-κB。", resources)
    assert ("β-葡聚糖", "β-glucan") in found
    assert ("IκBα激酶复合物", "IKK") in found


def test_cells_related_to_a_named_system_are_one_population(resources):
    triples = triples_in("异常增多的Ⅰ-IFN通过调控免疫系统相关细胞的生存、活化及功能,促进SLE的发生。", resources)
    assert ("type I interferon", "regulates", "免疫系统相关细胞", "survival", False) in triples
    assert ("type I interferon", "promotes", "systemic lupus erythematosus", None, False) in triples
    assert not any(t[2] in ("immune system", "cell") for t in triples)


def test_related_after_no_name_begins_no_phrase(resources):
    found = mentions_in("这些相关细胞因子可促进炎症。", resources)
    assert not any(surface.startswith("相关") for surface, _ in found)
    assert ("炎症", "inflammation") in found

