"""Chinese: relative clauses (A V 的 B, zh.relative) that state nothing of A on B (stage ``claim``).

- zh.relative_in_object: ``对接受不同水平 LIF 刺激的 A549 细胞…`` / ``主要依赖免疫细胞活化的其他白细胞介素``: a plain
  verb (no trigger, modal or copula: 接受, 依赖) right before A takes A V as its object, a nominalised event
  (receiving LIF stimulation); the relative is that verb's, said of the head, and A does not act on the head.
- zh.relative_plain_head: ``在没有 RANKL 刺激的情况下``: the head right after 的 (modifiers between) is a plain
  noun no dictionary names (情况, 条件): the relative qualifies that noun, and no name after it is its head.
- zh.relative_next_subject: ``BCL-2 调控的内源性凋亡途径和死亡受体 Fas 与其配体 FasL 介导的外源性凋亡途径``: a conjunct
  of the head that another relative's verb and 的 follow is that relative's agent, not a head of this one.
- zh.unnamed_relative_agent: ``通过 IgE 机制触发的肥大细胞脱颗粒``: a relative's verb right after a plain noun no
  dictionary names has that noun as its agent: no claim of the clause's subject (or a pronoun's referent).
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import group_before
from .items import Item, modifier
from .state import Claim, Reader


@construction("zh.relative_in_object")
def relative_in_object(r: Reader, name: str, q: Claim):
    """``接受 LIF 刺激的 A549 细胞``: the relative's A V is the object of the plain verb before A."""
    if r.lang != "zh" or q.voice != "relative" or q.factors is None:
        return None
    before = group_before(q.items, q.i, r.lang)
    if before is None:
        return None
    k = before.start - 1
    while k >= 0 and q.items[k].kind == "WORD" and modifier(q.items[k], r.lang):
        k -= 1
    return q.after if k >= 0 and _plain_verb(q.items[k]) else None


def _plain_verb(it: Item) -> bool:
    """A verb that states no effect and takes an object (接受, 依赖): no modal, copula or cue verb (使, 通过)."""
    if it.kind == "VERB":
        return not it.cues and not (it.is_a("modal") or it.is_a("copula") or it.is_a("copula_as"))
    return it.kind == "CUE" and it.has("mediator") and it.pos.startswith("v")


@construction("zh.relative_plain_head", needs=("DE",))
def relative_plain_head(r: Reader, name: str, q: Claim):
    """``在没有 RANKL 刺激的情况下``: the relative qualifies a plain noun, no name."""
    if r.lang != "zh" or q.voice != "relative":
        return None
    items = q.items
    k = q.i + 1
    if k >= len(items) or items[k].kind != "DE":
        return None
    k += 1
    while k < len(items) and items[k].kind == "WORD" and modifier(items[k], r.lang):
        k += 1
    if k < len(items) and items[k].kind == "WORD" and items[k].is_a("noun_pos") and not items[k].is_a("same_head"):
        return q.after
    return None


@construction("zh.relative_next_subject", needs=("DE",))
def relative_next_subject(r: Reader, name: str, q: Claim):
    """``BCL-2 蛋白家族调控的内源性凋亡途径和死亡受体 Fas 与其配体 FasL 介导的外源性凋亡途径``: Fas, a conjunct of
    the head that another relative's verb and 的 follow, is that relative's agent, not a head of this one."""
    if r.lang != "zh" or q.voice != "relative" or q.target is None or len(q.target.args) < 2:
        return None
    items = q.items
    later = [m for m in range(q.i + 1, len(items) - 1) if items[m].kind == "TRIG" and items[m].trigger.form == "verb"
             and items[m + 1].kind == "DE"]
    drop = []
    for a in q.target.args[1:]:
        k = next((m for m in range(q.i + 1, len(items)) if items[m].kind == "ENT" and items[m].found is a.found), None)
        if k is None:
            continue
        nxt = next((m for m in later if m > k), None)
        if nxt is not None and not any(x.kind in ("SEP", "DE") for x in items[k:nxt]):
            drop.append(a)
    if not drop or not q.without(targets=drop):
        return None
    q.steps.append(name)
    return GO_ON


@construction("zh.unnamed_relative_agent", needs=("DE",))
def unnamed_relative_agent(r: Reader, name: str, q: Claim):
    """``通过 IgE 机制触发的肥大细胞脱颗粒``: a verb trigger right before 的, right after a plain noun no dictionary
    names (机制): the relative's agent is that noun; neither the clause's subject nor a name before it acts."""
    items, i = q.items, q.i
    if r.lang != "zh" or q.trig.form != "verb" or i == 0 or i + 1 >= len(items) or items[i + 1].kind != "DE":
        return None
    before = items[i - 1]
    if before.kind != "WORD" or not before.pos.startswith("n") or modifier(before, r.lang) \
            or before.is_a("relative_particle") or before.is_a("same_head"):
        return None
    k = i - 1
    while k > 0 and items[k - 1].kind == "WORD":
        k -= 1
    if k > 0 and (items[k - 1].has("passive") or items[k - 1].has("origin")):
        return None  # ``由多种因素引起的疾病``: a passive relative with its agent marked, read as before (zh.passive)
    return q.after
