"""Chinese: a passive clause with no subject of its own after a clause that ends with its verb's object
(stage ``claim``).

``蛋白水解酶…持续产生少量的 C3b 和 C3 转化酶，一般可被 I 因子、H 因子迅速灭活``: what is inactivated is what the
clause before produced, its object named last, not the topic that produced it; the passive goes on from the
object. A clause before that ends with no object (``LIF 在 HCC 组织中异常升高，并在 HCC 细胞中被 SM 下调``) leaves
the topic the passive's patient (zh.passive).
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import Group, group_before
from .state import Claim, Reader


@construction("zh.passive_previous_object")
def passive_previous_object(r: Reader, name: str, q: Claim):
    """``…产生 C3b，可被 I 因子灭活``: the object the clause before ended with is the passive's patient."""
    c = q.c
    if r.lang != "zh" or q.voice != "passive" or c.subject is not None or q.target is None \
            or q.target is not r.sentence_subject:
        return None
    obj = _object_closing_clause_before(r, q.items[0])
    if obj is None or any(a.found.concept.id == b.found.concept.id for a in obj.args for b in q.target.args):
        return None
    # the object's indices are the sentence's, not this clause's: the group stands at the clause's opening
    q.target = Group(0, 0, obj.args, steps=(name,))
    return GO_ON


def _object_closing_clause_before(r: Reader, first) -> Group | None:
    """The group that ends the clause before the one opening with item ``first``, where a verb of that clause (a
    trigger or a plain verb, no copula or modal: ``持续产生 C3b``, 持续 a plain verb; an aspect word alone, 产生, is
    none; nor a noun predicate, 作为/成为, whose noun is the topic itself: ``MSC 作为这些细胞的前体细胞，受 Wnt 信号通路
    的调节``) stands before it and no passive marker does: its object."""
    items = r.items
    k = next((m for m, x in enumerate(items) if x is first), None)
    if k is None or k == 0 or items[k - 1].kind != "SEP":
        return None
    sep = k - 1
    end = sep
    while end > 0 and items[end - 1].kind in ("OPEN", "CLOSE"):
        end -= 1
    obj = group_before(items, end, r.lang)
    if obj is None or obj.end != end:
        return None
    start = next((m + 1 for m in range(obj.start - 1, -1, -1) if items[m].kind == "SEP"), 0)
    before = items[start:obj.start]
    if any(x.has("passive") for x in before) \
            or not any(x.kind in ("VERB", "TRIG") and not x.is_a("copula") and not x.is_a("noun_predicate")
                       and not x.is_a("modal") for x in before):
        return None
    return obj
