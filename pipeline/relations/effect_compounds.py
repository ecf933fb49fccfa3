"""Chinese: a trigger written against an effect noun (``肿瘤刺激作用``, ``抑制作用``) names an effect, it is
no verb of which the words before it could be the subject.

``object_as_subject`` (``增加 IL-1 水平可以上调 RANKL``: raising X is what acts) needs another trigger after
the object, a verb the object acts by. In ``抑制免疫监视和直接的肿瘤刺激作用,对…具有促进作用`` the trigger
after the objects is glued to 作用 (effect_ending of words.tsv): one noun, the tumour-stimulating effect,
another object of 抑制; the objects are not made the subject of the clauses after it (the sentence's own
subject, named or not, still is).
"""
from __future__ import annotations


def effect_noun_next(items: list, j: int) -> bool:
    """The first trigger at or after ``j`` is written right against an effect noun (作用) after it."""
    k = next((m for m in range(j, len(items)) if items[m].kind == "TRIG"), None)
    if k is None or k + 1 >= len(items):
        return False
    trig, nxt = items[k], items[k + 1]
    return trig.end == nxt.start and nxt.is_a("effect_ending")
