"""A pass over a sentence's items before it is read (beside ``items.tidied``): the Chinese dash
apposition ``X——Y``, where Y, a particular name of X's own kind, says which X is meant
(``肝脏中的巨噬细胞——库普弗细胞可促进…``: the Kupffer cells promote). Y is the
name the clause reads; X and the dash are dropped. A class word after the dash (``IL-6——一种细胞
因子``) names no particular thing, so X stays."""
from __future__ import annotations

from ..store.claims import class_word
from .data import RuleData
from .items import Item


def without_dash_appositions(items: list[Item], data: RuleData) -> list[Item]:
    """The items with the first name of each ``X——Y`` apposition and its dash dropped."""
    drop: set[int] = set()
    for k, it in enumerate(items):
        if it.kind != "ENT":
            continue
        m = k + 1
        while m < len(items) and items[m].kind == "WORD" and items[m].is_a("apposition_dash"):
            m += 1
        if m == k + 1 or m >= len(items) or not _apposed(it, items[m], data):
            continue
        drop.update(range(k, m))
    return [it for k, it in enumerate(items) if k not in drop] if drop else items


def _apposed(first: Item, second: Item, data: RuleData) -> bool:
    """Whether ``second`` names a particular thing of ``first``'s kind (another concept of its type,
    or any, after a class word: ``细胞因子——IL-6``)."""
    if second.kind != "ENT":
        return False
    a, b = first.found.concept, second.found.concept
    return a.id != b.id and not class_word(b.id, b.type, b.name, data.class_words) \
        and (a.type == b.type or class_word(a.id, a.type, a.name, data.class_words))
