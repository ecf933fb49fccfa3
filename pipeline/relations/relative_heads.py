"""Chinese relative clauses inside a verb's object (stage ``claim``): a trigger that opens a
的-relative modifying a noun is the relative clause's verb, said of that noun, not of the
sentence's subject or topic.

``…诱导多种细胞因子来识别介导自身免疫和慢性感染的靶基因``: 介导 follows the verb 识别 with no
name between, and its phrase (自身免疫和慢性感染) closes with 的 and a plain noun (靶基因): the
relative clause is the object of 识别, and what mediates autoimmunity is the target genes, which
no dictionary names. A copula before the trigger (``X 是调控 B 的核心因子``) is left to the
copula constructions: there the head is the subject itself.
"""
from __future__ import annotations

from .copula_adverbs import subject_end_before
from .engine import construction
from .groups import group_before
from .items import Item, is_conj, modifier
from .state import Claim, Reader


@construction("zh.relative_noun_head", needs=("DE",))
def relative_noun_head(r: Reader, name: str, q: Claim):
    """A verb trigger right after another verb (plain words or modals between), its object,
    then 的 and a plain noun that names nothing and is no capacity of the subject (capacity_noun of
    words.tsv: 能力, 效果): no claim (the noun is the relative's subject)."""
    items, i = q.items, q.i
    if q.trig.form != "verb" or q.target is None or not _after_verb(items, i, r.lang):
        return None
    de = _phrase_end(items, i + 1, r.lang)
    if de is None or de + 1 >= len(items) or items[de].kind != "DE" or de < q.target.end:
        return None
    head = items[de + 1]
    if head.kind != "WORD" or not head.is_a("noun_pos") or head.is_a("capacity_noun"):
        return None  # ``具有促进肾癌细胞迁移的能力``: the subject's own capacity states its claim
    if _ends_in_capacity(items, de + 1):
        return None  # ``具有促进 T 细胞增殖分化的生物学功能``: a plain noun only qualifies the capacity after it
    return q.after


def _ends_in_capacity(items: list[Item], k: int) -> bool:
    """The run of plain nouns from ``k`` (a Chinese compound is head-last) ends in a capacity noun
    (capacity_noun of words.tsv: 功能, 能力), written as the next word or as an aspect word."""
    while k < len(items) and items[k].kind == "WORD" and items[k].is_a("noun_pos") and not items[k].is_a("capacity_noun"):
        k += 1
    return k < len(items) and items[k].is_a("capacity_noun")


def _after_verb(items: list[Item], i: int, lang: str) -> bool:
    """The trigger at ``i`` follows a verb (a plain verb or a verb trigger; not a copula nor a
    modal alone), with only modals and plain modifiers between."""
    for m in range(i - 1, -1, -1):
        it = items[m]
        if it.kind == "VERB" and (it.is_a("modal") or it.is_a("copula")):
            if it.is_a("copula"):
                return False
            continue
        if it.kind == "WORD" and modifier(it, lang):
            continue
        return it.kind == "VERB" or it.kind == "TRIG" and it.trigger.form == "verb"
    return False


def _phrase_end(items: list[Item], k: int, lang: str) -> int | None:
    """The index of the first item after ``k`` that is no name, aspect, list mark, conjunction
    or modifier (where the trigger's object phrase ends)."""
    while k < len(items) and (items[k].kind in ("ENT", "ASP") or is_conj(items[k])
                              or items[k].kind == "WORD" and modifier(items[k], lang)):
        k += 1
    return k if k < len(items) else None


@construction("zh.predicate_relative_subject", needs=("copula", "DE"))
def predicate_relative_subject(r: Reader, name: str, q: Claim):
    """``X 是甲状旁腺本身病变导致 PTH 自主分泌过多引起的…疾病``: a trigger in a copula's
    predicate that closes with 的 + a noun, where a noun (甲状旁腺) stands between the copula
    and the trigger, not in a place phrase: the relative clause has a subject of its own, and its
    verbs are not said of X. A trigger right after a group and before 的 (``A 诱导的 B``) is left to
    zh.relative."""
    items, i = q.items, q.i
    if q.trig.form != "verb":
        return None
    copula = _copula_before(items, i)
    first = copula is not None and next(k for k in range(copula + 1, i + 1) if items[k].kind == "TRIG")
    if copula is None or not _own_subject(items, copula + 1, first, r.lang):
        return None
    if not any(x.kind == "DE" for x in items[i + 1:]):
        return None
    if q.relative and group_before(items, i, r.lang) is not None:
        return None
    return q.after


def _copula_before(items: list[Item], i: int) -> int | None:
    """The copula of the clause before item ``i`` (after a subject), none across a cue word, a
    clause break or a place (the relative clause may chain triggers: 导致 … 引起的)."""
    for m in range(i - 1, 0, -1):
        it = items[m]
        if it.kind == "VERB" and it.is_a("copula"):
            return m if items[subject_end_before(items, m)].kind in ("ENT", "ASP", "CLOSE") else None  # 也是
        if it.kind in ("CUE", "SEP", "LOC", "OPEN") or it.is_a("cause_open"):
            return None  # ``是由于 X 的突变引起的``: a cause, zh.copula_agent's
    return None


def _own_subject(items: list[Item], start: int, i: int, lang: str) -> bool:
    """Between the copula and its first trigger: a noun or a name (no modifier: 一种) that no place
    postposition follows (甲状旁腺本身病变, not 免疫反应中)."""
    for k in range(start, i):
        it = items[k]
        nominal = it.kind == "ENT" or it.kind == "WORD" and it.is_a("noun_pos") and not modifier(it, lang)
        if nominal and not (k + 1 < len(items) and items[k + 1].kind == "LOC"):
            return True
    return False
