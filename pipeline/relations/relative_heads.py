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

from .engine import construction
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
    return q.after


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
