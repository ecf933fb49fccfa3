"""A headless relative identified by a copula (stage ``claim``): ``参与骨重建的主要细胞类型是破骨细胞
和成骨细胞``.

A clause that opens with a trigger and its object, then 的 and a plain noun no dictionary names
(细胞类型, 因子), then a copula and a group, says that the group is what does it: the group acts
on the object as the trigger says (the cells take part in bone remodelling). The mirror
image, ``辅助性 T 细胞是 IL-27 调控的主要对象``: the noun the relative describes is the
copula's subject, which the relative's agent acts on.
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


@construction("zh.copula_relative_subject", needs=("DE", "copula"))
def copula_relative_subject(r: Reader, name: str, q: Claim):
    """``辅助性 T 细胞是 IL-27 调控的主要对象``: B 是 A V 的 + plain nouns ending the clause: the
    noun the relative describes is the subject B itself, so A acts on B as the trigger says."""
    c, items, i = q.c, q.items, q.i
    subject = c.subject
    if subject is None or q.target is not None or q.trig.form != "verb" \
            or subject.end >= i or not items[subject.end].is_a("copula"):
        return None
    agent = read_group(items, subject.end + 1, r.lang)
    if agent is None or agent.end != i:
        return None
    rest = items[i + 1:]
    if len(rest) < 2 or rest[0].kind != "DE" or any(x.kind != "WORD" for x in rest[1:]):
        return None
    emit(r, agent.args, subject.args, q.it, c.negated, c.hedged, [], How(name))
    return len(items)
