"""A knock-down word right after the subject (X 阻断, X 沉默) turns the subject's effect round once
(subject_knockdown, knockdown_reversed). When that word is also a verb of the negative direction right
before the next trigger (``X 阻断恢复了…``), zh.after_negative_verb must not turn it round a second time:
blocking X restores apoptosis, so X inhibits it. Sentences written for the test in the field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_a_blocked_factor_that_restores_apoptosis_inhibits_it(resources):
    triples = triples_in("使用 STAT3 阻断恢复了肿瘤细胞的凋亡。", resources)
    assert ('STAT3', 'inhibits', 'tumor cell', 'apoptosis', False) in triples
    assert not any(t[1] == 'promotes' for t in triples)


def test_a_negative_verb_with_no_object_still_turns_the_next_verb_round(resources):
    # 阻止激活 X: no knock-down of the subject; the opposite of 激活 (zh.after_negative_verb)
    triples = triples_in("IL-10 可阻止激活巨噬细胞。", resources)
    assert triples and all(t[1] == 'inhibits' for t in triples)
