"""zh.together: A 与 B 协同 V: both act, unless B is a class word that a word naming no particular member
opens (其他, 多种: unspecific of cues.tsv; ``IL-18 与其他细胞因子协同激活…``, where the segmenter cuts 与其 | 他):
the other cytokines are no agent the text names, and A acts alone. Sentences written for the test in the
field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_other_cytokines_acting_together_are_no_factor(resources):
    triples = triples_in("IL-18与其他细胞因子协同激活Th1和Th17细胞。", resources)
    assert set(triples) == {('IL-18', 'activates', 'Th1 cell', 'activity', False),
                            ('IL-18', 'activates', 'Th17 cell', 'activity', False)}


def test_two_named_factors_acting_together_both_act(resources):
    triples = triples_in("TNF-α 与 IL-1β 协同促进破骨细胞的分化。", resources)
    assert set(triples) == {('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
                            ('IL-1β', 'promotes', 'osteoclast', 'differentiation', False)}
