"""Chinese: the argument is the whole phrase the text uses, not a piece of it.

``上皮细胞来源的细胞因子`` / ``肿瘤衍生因子``: X 来源的/衍生(的) cytokine or factor is one name
(compositions.tsv ``derived_cytokine``, ``derived_factor``: a composed name, read in place of its
parts), neither X (a source, longer_names.origin_part / qualifier_part) nor the class word.
"""
from __future__ import annotations

from .conftest import triples_in


def _factors(triples) -> set[str]:
    return {t[0] for t in triples}


def test_cytokines_named_by_the_cells_that_make_them_are_one_factor(resources):
    triples = triples_in("抗原暴露后，ILC2 可被上皮细胞来源的细胞因子和脂质递质激活。", resources)
    assert ("epithelial cell-derived cytokine", "activates", "ILC2", "activity", False) in triples
    assert not {"epithelial cell", "cytokine"} & _factors(triples)


def test_cytokines_a_cell_derives_are_one_factor(resources):
    triples = triples_in("NK细胞被树突状细胞衍生的细胞因子激活,IL-15可促进NK细胞的增殖。", resources)
    assert ("dendritic cell-derived cytokine", "activates", "NK cell", "activity", False) in triples
    assert ("IL-15", "promotes", "NK cell", "proliferation", False) in triples
    assert "dendritic cell" not in _factors(triples)


def test_factors_named_by_the_tumour_that_makes_them_are_one_factor(resources):
    triples = triples_in("MDSC 可被肿瘤衍生因子募集到外周并活化。", resources)
    assert ("tumor-derived factor", "promotes", "MDSC", "recruitment", False) in triples
    assert "tumor" not in _factors(triples)
    triples = triples_in("髓源性抑制细胞可被肿瘤衍生因子招募至肿瘤部位，IL-6 可促进髓源性抑制细胞的增殖。", resources)
    assert ("tumor-derived factor", "promotes", "MDSC", "recruitment", False) in triples
    assert ("IL-6", "promotes", "MDSC", "proliferation", False) in triples
    assert "tumor" not in _factors(triples)


def test_the_cells_alone_stay_the_factor(resources):
    triples = triples_in("抗原暴露后，上皮细胞可促进 ILC2 的活化。", resources)
    assert ("epithelial cell", "promotes", "ILC2", "activity", False) in triples


def test_a_named_cytokine_after_its_source_stays_the_factor(resources):
    triples = triples_in("上皮细胞来源的 IL-33 可激活 ILC2。", resources)
    assert ("IL-33", "activates", "ILC2", "activity", False) in triples
    assert "epithelial cell-derived cytokine" not in _factors(triples)
