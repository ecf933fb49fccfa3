"""Chinese: a key head noun as the predicate of the subject (stage ``sentence``).

``NFATc1 是 OC 分化过程中的重要转录因子`` / ``肥大细胞是过敏反应中关键的效应细胞``: A + a copula + B (a
process or a disease, or a name with an aspect: what A takes part in) (+ 过程 / 中) + 的 + an adjective of
importance (key_importance of words.tsv: 重要, 关键, 核心) (+ 的) + a head naming A by its part (a word ending
in key_head_ending: 转录因子, 细胞因子, 效应细胞, 介质) (+ 之一), ending the clause: A regulates B (the readable
Chinese gold reads these as regulates, no direction). A head that is a trigger (调节因子, 驱动因素) is read
by noun_owner; a verb between the copula and 的 (调控 B 的核心细胞因子) states the claim itself.

``zh.noun_of_verb`` (stage ``claim``): that verb against a noun trigger head: ``IL-17 是免疫反应中调控炎症发生的
重要因素``: a relative clause whose verb has its own object and says another effect than the noun: the verb
states the claim, the noun none.
"""
from __future__ import annotations

from .emit import emit
from .engine import GO_ON, construction
from .frames import owner_de
from .groups import Arg, Group, read_group
from .items import Item
from .data import Trigger
from .state import Claim, How, Reader

_PARTS = frozenset({"process", "disease"})
_REGULATES = Trigger("zh", "", "regulates", "noun", "none")


def _subject(items: list[Item], k: int) -> Group | None:
    """The named subject before the copula at ``k``, with only plain words or cues between (也, 被证实)."""
    start = k
    while start > 0 and items[start - 1].kind != "SEP":
        start -= 1
    for s in range(start, k):
        if items[s].kind in ("ENT",):
            g = read_group(items, s, "zh")
            if g is None or any(x.kind not in ("WORD", "CUE") for x in items[g.end:k]):
                return None
            return g
        if items[s].kind not in ("WORD", "CUE"):
            return None
    return None


def _key_head(items: list[Item], m: int) -> Item | None:
    """The key head at ``m``: 的 (+ 一种) + importance word (+ 的) + head, or importance word + 的 + head
    (过敏反应中关键的效应细胞) (+ 之一), then the clause's end."""
    if m < len(items) and items[m].is_a("key_importance") and m + 1 < len(items) and items[m + 1].kind == "DE":
        m += 1  # (关键的: the 的 after the importance word)
        if m + 1 < len(items) and items[m + 1].is_a("key_head_ending") and items[m + 1].kind in ("ENT", "WORD"):
            return _clause_end(items, m + 1)
    if m >= len(items) or items[m].kind != "DE":
        return None
    j = m + 1
    if j < len(items) and items[j].kind == "WORD" and items[j].is_a("modifier_pos") and not items[j].is_a("key_importance"):
        j += 1  # 一种 / 一个
    if j >= len(items) or not items[j].is_a("key_importance"):
        return None
    j += 1
    if j < len(items) and items[j].kind == "DE":
        j += 1
    if j >= len(items) or items[j].kind not in ("ENT", "WORD") or not items[j].is_a("key_head_ending"):
        return None
    return _clause_end(items, j)


def _clause_end(items: list[Item], j: int) -> Item | None:
    """The head at ``j`` when it (+ 之一) ends the clause."""
    head, j = items[j], j + 1
    if j < len(items) and items[j].is_a("one_of"):
        j += 1
    return head if j >= len(items) or items[j].kind == "SEP" else None


def _owner(items: list[Item], k: int) -> tuple[Group, int] | None:
    """B right after the copula, a process, a disease or a name with an aspect, and where its phrase goes on
    (past 过程 / 中)."""
    if k + 1 >= len(items):
        return None
    owner = read_group(items, k + 1, "zh")
    if owner is None or not all(a.aspect is not None or a.found.concept.type in _PARTS for a in owner.args):
        return None
    if any(a.aspect == "expression" for a in owner.args):
        return None  # ``BMSC 分泌的一种重要因子``: what B makes (a relative of production), not B's process
    m = owner.end
    while m < len(items) and (items[m].kind == "LOC" or items[m].kind == "WORD" and items[m].is_a("process_head")):
        m += 1
    return (owner, m) if m < len(items) else None


@construction("zh.key_head", needs=("copula", "DE"))
def key_head(r: Reader, name: str):
    if r.lang != "zh":
        return None
    items, made = r.items, False
    for k, it in enumerate(items):
        if it.kind != "VERB" or not it.is_a("copula"):
            continue
        subject, found = _subject(items, k), _owner(items, k)
        if subject is None or found is None:
            continue
        owner, m = found
        head = _key_head(items, m)
        if head is None:
            continue
        stated = {(t.factor_id, t.target_id) for t in r.triples}
        factors = [a for a in subject.args if all((a.found.record.concept_id, t.found.record.concept_id) not in stated
                                                   for t in owner.args)]
        if not factors:
            continue
        emit(r, factors, list(owner.args), head._replace(kind="TRIG", trigger=_REGULATES), False, False, [],
             How(name, aspects=False))
        made = True
    return GO_ON if made else None


@construction("zh.noun_of_verb", needs=("form=noun", "DE"))
def noun_of_verb(r: Reader, name: str, q: Claim):
    """``IL-17 是免疫反应中调控炎症发生的重要因素``: a noun trigger after the copula whose 的
    phrase is a verb trigger with its own object (a relative clause, not an owner) saying another
    effect: the verb states what A does to B; the noun only classes A, no claim of its own (as
    zh.role_of_verb). A noun of the verb's own effect keeps its owner reading."""
    items = q.items
    if q.trig.form != "noun" or q.target is not None:
        return None
    de = owner_de(items, q.i, r.lang)
    if de < 1 or items[de].kind != "DE":
        return None
    copulas = [j for j, x in enumerate(items[:de]) if x.kind == "VERB" and (x.is_a("copula") or x.is_a("copula_as"))]
    if not copulas:
        return None
    phrase = items[copulas[-1] + 1:de]
    if not any(x.kind == "TRIG" and x.trigger.form == "verb" and x.trigger.effect != q.trig.effect
               and _object_before_de(phrase[j + 1:]) for j, x in enumerate(phrase)):
        return None  # ``TNF 介导的成骨的关键介质``: the verb is a participle (的 right after it), no relative clause
    return q.after


def _object_before_de(rest: list[Item]) -> bool:
    """A name follows the verb before any 的: the verb has its own object."""
    for x in rest:
        if x.kind == "DE":
            return False
        if x.kind == "ENT":
            return True
    return False
