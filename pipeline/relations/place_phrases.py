"""Place phrases that hold more than a place (Chinese): a participle describing the place's cells (stage
``trigger``: ``在活化 T 细胞表面表达``) and a place owning a noun trigger (stage ``claim``:
``作为免疫应答和炎症反应中的关键调节因子``: a regulator in B is a regulator of B).
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import group_before
from .items import modifier
from .state import Claim, Clause, Reader


@construction("zh.place_participle", needs=("locative", "locative_end"))
def place_participle(r: Reader, name: str, c: Clause, i: int):
    """``是一种在活化 T 细胞表面表达的抗原`` / ``在受刺激的巨噬细胞中``: a verb trigger right after 在
    (the locative cue), then 的 or, for a trigger of activation (活化, 激活), nothing, then cells
    that a place postposition closes (locative_end: 中, 表面), or (with 的) cells however the place goes on:
    the trigger only describes the cells of the place (activated T cells), no claim; the cells stay the place
    (在激活 NF-κB 中: a molecule is acted on, the respect of a role)."""
    items = c.items
    if i < 1 or not (items[i - 1].kind == "CUE" and items[i - 1].has("locative")) \
            or items[i].trigger.form != "verb":
        return None
    k = i + 2 if i + 1 < len(items) and items[i + 1].kind == "DE" else i + 1
    if k == i + 1 and items[i].trigger.aspect != "activity":
        return None  # ``在抑制 NF-κB 中起作用``: an action, the respect of a role; a participle is 活化 or 的 follows
    if k == i + 2 and k < len(items) and items[k].kind == "ENT" and items[k].found.concept.type == "cell":
        return k  # ``在活化的 T 细胞和…耗竭性 T 细胞表面``: V 的 + cells after 在 is the cells' attribute, however the place goes on
    j = k
    while j < len(items) and (items[j].kind in ("ENT", "LIST") or items[j].kind == "CUE" and items[j].has("conj")):
        j += 1
    if j == k or j >= len(items) or items[j - 1].kind != "ENT" or not items[j].is_a("locative_end") \
            or any(x.kind == "ENT" and x.found.concept.type != "cell" for x in items[k:j]):
        return None
    return k


@construction("zh.place_owner_noun", needs=("form=noun", "locative_end", "DE"))
def place_owner_noun(r: Reader, name: str, q: Claim):
    """``作为免疫应答和炎症反应中的关键调节因子`` / ``是骨代谢中的重要调节因子``: a noun trigger with no
    target, 的 and only modifiers before it, and before 的 names closed by a place postposition
    (locative_end: 中): those names are the target."""
    items, i = q.items, q.i
    if q.trig.form != "noun" or q.target is not None:
        return None
    k = i - 1
    while k >= 0 and items[k].kind == "WORD" and (modifier(items[k], r.lang) or items[k].is_a("noun_pos")):
        k -= 1  # 关键, 重要, 一个: modifiers of the noun
    if k < 2 or items[k].kind != "DE" or not items[k - 1].is_a("locative_end") or items[k - 1].is_a("respect"):
        return None
    target = group_before(items, k - 1, r.lang)
    if target is None or not target.args:
        return None
    q.target = target
    q.steps.append(name)  # zh.noun names the claim
    return GO_ON
