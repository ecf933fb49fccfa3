"""zh.predicate_relative_subject with an adverb between the subject and its copula (血管生成也是…): the relative
clause in the predicate with a subject of its own (机体形成新生血管的方式) is not said of the subject; a predicate
with no subject of its own (IL-6也是促进破骨细胞分化的重要因子) still is. Sentences written for the test."""
from __future__ import annotations

from .conftest import read_claims


def test_relative_clause_with_its_own_subject_after_ye_shi(resources):
    got, _, _, _ = read_claims("血管生成也是成熟机体形成新生血管的唯一方式。IL-6也是促进破骨细胞分化的重要因子。", resources)
    assert got == {('IL-6', 'promotes', 'osteoclast', 'differentiation', False)}
