"""A headless relative identified by a copula (stage ``claim``): ``参与骨重建的主要细胞类型是破骨细胞
和成骨细胞``.

A clause that opens with a trigger and its object, then 的 and a plain noun no dictionary names
(细胞类型, 因子), then a copula and a group, says that the group is what does it: the group acts
on the object as the trigger says (the cells take part in bone remodelling).
"""
from __future__ import annotations

from .emit import emit
from .engine import construction
from .groups import read_group
from .state import Claim, How, Reader


def _opens_clause(items: list, i: int) -> bool:
    """Nothing but plain words (adverbs, modals) before item ``i`` in its clause."""
    return all(x.kind == "WORD" for x in items[:i])


def _identified(items: list, k: int, lang: str):
    """From index ``k``: 的, plain words only, a copula, then a group; the group and its end,
    or None."""
    if k >= len(items) or items[k].kind != "DE":
        return None
    m = k + 1
    while m < len(items) and items[m].kind == "WORD":
        m += 1
    if m == k + 1 or m >= len(items) or not items[m].is_a("copula"):
        return None
    group = read_group(items, m + 1, lang) if m + 1 < len(items) else None
    return group if group is not None and group.start == m + 1 else None


@construction("zh.cleft_subject", needs=("DE", "copula"))
def cleft_subject(r: Reader, name: str, q: Claim):
    """``参与骨重建的主要细胞类型是破骨细胞和成骨细胞``: the group after the copula does what
    the headless relative says."""
    c, items = q.c, q.items
    if q.target is None or c.subject is not None or not _opens_clause(items, q.i) or q.trig.form != "verb":
        return None
    group = _identified(items, q.target.end, r.lang)
    if group is None:
        return None
    emit(r, group.args, q.target.args, q.it, c.negated, c.hedged, [], How(name))
    return group.end
