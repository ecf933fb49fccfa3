"""A noun trigger owned by a place (stage ``claim``): ``IL-1 作为免疫应答和炎症反应中的关键调节因子``; a topic
whose fall a clause states (stage ``clause_end``): ``雌激素水平下降，导致 IL-6 产生增加``.

Chinese names what a regulator acts on by the place it works in: B 中的 (关键) 调节因子 is a regulator of B.
The place phrase (names closed by a place postposition, 中) then 的 and the noun trigger: the names are
the target, as the owner before 的 is in A 是 B 的调节因子.
"""
from __future__ import annotations

from .engine import DONE, GO_ON, construction
from .groups import Arg, group_before
from .state import Claim, Clause, Reader


@construction("zh.place_owner_noun", needs=("form=noun", "locative_end", "DE"))
def place_owner_noun(r: Reader, name: str, q: Claim):
    """``作为免疫应答和炎症反应中的关键调节因子`` / ``是骨代谢中的重要调节因子``: a noun trigger with no
    target, 的 and only modifiers before it, and before 的 names closed by a place postposition
    (locative_end: 中): those names are the target."""
    items, i = q.items, q.i
    if q.trig.form != "noun" or q.target is not None:
        return None
    k = i - 1
    while k >= 0 and items[k].kind == "WORD" and items[k].pos[:1] in ("a", "n", "m", "b"):
        k -= 1  # 关键, 重要, 一个: modifiers of the noun
    if k < 2 or items[k].kind != "DE" or not items[k - 1].is_a("locative_end") or items[k - 1].is_a("respect"):
        return None
    target = group_before(items, k - 1, r.lang)
    if target is None or not target.args:
        return None
    q.target = target
    q.steps.append(name)  # zh.noun names the claim
    return GO_ON


@construction("zh.fallen_topic", needs=("fall",))
def fallen_topic(r: Reader, name: str, c: Clause):
    """``绝经后，雌激素水平下降，导致 IL-6 产生增加``: a clause that says only that its subject's level falls
    (the subject, an aspect word or none, adverbs, then a word of falling: fall of words.tsv, 下降) hands the
    clauses after it a topic that is knocked down: what it then causes, it causes by its fall (polarity
    turned round: estrogen downregulates IL-6)."""
    s = c.subject
    items = c.items
    if s is None or s.pronoun or not s.args or s.end >= len(items) or not items[-1].is_a("fall"):
        return None
    between = items[s.end:len(items) - 1]
    if not all(x.kind == "ASP" or x.kind == "WORD" and (x.pos[:1] == "d" or x.is_a("degree_adverb")) for x in between):
        return None
    r.sentence_subject = s.replaced(Arg(a.found, None, True) for a in s.args).with_step(name)
    return DONE  # the topic chain goes on with the fallen subject
