"""A Chinese demonstrative before a molecule's class noun (该蛋白, 该配体, 这些激酶) names the molecule the
sentence before named, as ``this protein``, ``this ligand`` do in English (words.tsv anaphor_factor: the
Chinese of the English class nouns). Sentences from gold/extra (r6zh_09) and written in the field's style."""
from __future__ import annotations

from .conftest import triples_in
from .test_chinese_word_formation import mentions_in


def test_this_protein_names_the_protein_the_sentence_before_named(resources):
    text = ("信号素3A(semaphorin 3A,Sema3A)属于轴突导向因子超家族的成员。"
            "近来研究发现,该蛋白在骨自稳态和骨重塑过程中发挥重要调节作用。")
    assert ("该蛋白", "Sema3A") in mentions_in(text, resources)
    assert ("Sema3A", "regulates", "bone remodeling", None, False) in triples_in(text, resources)


def test_this_ligand_names_the_ligand_before(resources):
    text = "RANKL由成骨细胞表达。该配体可促进破骨细胞分化。"
    assert ("该配体", "RANKL") in mentions_in(text, resources)
    assert ("RANKL", "promotes", "osteoclast", "differentiation", False) in triples_in(text, resources)
