"""Chinese verbs of defence (抵御, 防御: triggers.tsv, inhibits): what a cell defends against is inhibited.
Right after 在 in a role's respect (在防御 X、Y 方面发挥作用) the verb gives the role its effect, so the role
no longer says only that the cell regulates the pathogens. A noun of defence that a name holds (宿主防御,
抗寄生虫防御) is read as before. Sentences written for the test in the field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_defending_against_pathogens_inhibits_them(resources):
    triples = triples_in("中性粒细胞在防御细菌、真菌及病毒方面发挥重要作用。", resources)
    assert set(triples) == {('neutrophil', 'inhibits', 'bacterium', None, False),
                            ('neutrophil', 'inhibits', 'fungus', None, False),
                            ('neutrophil', 'inhibits', 'virus', None, False)}


def test_resisting_an_invasion_inhibits_it(resources):
    triples = triples_in("巨噬细胞可以抵御病原体的入侵。", resources)
    assert triples and all(t[0] == 'macrophage' and t[1] == 'inhibits' for t in triples)


def test_a_defence_named_as_a_process_stays_a_place(resources):
    triples = triples_in("IL-33在抗寄生虫防御和过敏性疾病发病机制中处于中心地位。", resources)
    assert ('IL-33', 'regulates', 'allergy', None, False) in triples
