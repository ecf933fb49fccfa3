"""细胞毒活性 (cytotoxic activity) is one aspect word, read as 细胞毒性 (aspects.tsv): no bare 细胞 is cut
from it as a target. Sentences written for the test."""
from __future__ import annotations

from .conftest import read_claims


def test_cytotoxic_activity_of_a_pronoun_is_its_antecedents(resources):
    got, _, _, _ = read_claims("TGF-β下调NKG2D的表达,并下调其细胞毒活性。", resources)
    assert got == {('TGF-β', 'downregulates', 'NKG2D', 'expression', False),
                   ('TGF-β', 'downregulates', 'NKG2D', 'activity', False)}


def test_cytotoxic_activity_of_killer_cells_is_their_activity(resources):
    got, _, _, _ = read_claims("IL-10 可增强 CD8+ T 细胞的细胞毒活性。", resources)
    assert got == {('IL-10', 'promotes', 'CD8+ T cell', 'activity', False)}
