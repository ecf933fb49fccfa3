"""A gene's name followed by the class noun it belongs to, in apposition (``MYC原癌基因``, ``p53抑癌基因``:
the MYC proto-oncogene), names the gene itself: the class noun is no subject of its own
(``compositions.tsv`` apposed_class); a protein named by what it binds
(``IGF结合蛋白``) is a protein of its own, not that name. Sentences written in the field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_the_gene_not_the_class_acts_in_apposition(resources):
    triples = triples_in("MYC原癌基因参与细胞生长、增殖和代谢途径的多种基因的表达。", resources)
    assert ("c-Myc", "regulates", "cell", "growth", False) in triples
    assert not any(t[0] == "proto-oncogene" for t in triples)


def test_a_tumour_suppressor_named_after_its_gene_is_the_gene(resources):
    triples = triples_in("p53抑癌基因抑制肿瘤细胞的增殖,并诱导细胞凋亡。", resources)
    assert any(t[1] == "inhibits" and t[2] == "tumor cell" and t[0] != "tumor suppressor gene" for t in triples)
    assert not any(t[0] == "tumor suppressor gene" for t in triples)


def test_a_protein_named_by_what_it_binds_is_not_that_name(resources):
    triples = triples_in("IGF结合蛋白可与IGF-1结合并调节其生物利用度。", resources)
    assert ("IGFBP", "binds", "IGF-1", None, False) in triples
    assert not any(t[0] == "IGF" for t in triples)


def test_the_receptor_of_a_small_molecule_is_its_receptor_not_the_bare_class(resources):
    triples = triples_in("腺苷通过与腺苷受体结合触发下游信号级联。", resources)
    assert ("adenosine", "binds", "adenosine receptor", None, False) in triples
    assert not any(t[2] == "receptor" for t in triples)
