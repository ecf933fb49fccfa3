"""Chinese relative clauses in a verb's object whose own subject is a noun no dictionary names
(stages ``object_word`` and ``object_group``).

``IL-10 可抑制多种因素诱导的炎症反应``, ``GM-CSF 可改善化疗等原因导致的骨髓抑制``: a verb trigger's
object is a noun phrase whose head (炎症反应) a relative clause modifies (多种因素诱导的); the relative's
verb (诱导) has its own subject, a plain noun (因素, 原因) that only names after 等 may stand for. The
head is the object of the first trigger (IL-10 inhibits the inflammatory response); the relative's
verb is said of its own subject, so neither of the sentence's subject (IL-10 does not induce the
response) nor of the names before 等 (examples of a cause the sentence only names in general). A
named agent right before the relative's verb (``抑制 RANKL 诱导的…``) is relative_head_object's.
A relative clause inside an enumeration (``A、B 活化的 C、D``) binds only its neighbours
(zh.enumerated_relative). And an object that is a loss of a name (``抑制 Runx2 蛋白的降解``) is the name
with the effect turned round (zh.object_loss).
"""
from __future__ import annotations

from .data import EFFECTS, INVERSE
from .engine import GO_ON, construction
from .groups import group_before, read_group
from .items import Item, de_follows, modifier
from .objects import ObjectSearch
from .state import Claim, Reader


def _head_after_unnamed_subject(r: Reader, clause: list[Item], k: int):
    """From ``k``: plain nouns (one at least, right before the verb), a verb trigger, 的 and the
    head group; that group, or None."""
    t = k
    while t < len(clause) and _plain(clause[t], r.lang):
        t += 1
    if t == k or t >= len(clause) or not clause[t - 1].is_a("noun_pos"):
        return None
    if clause[t].kind != "TRIG" or clause[t].trigger.form != "verb" or not de_follows(clause, t):
        return None
    h = t + 2 if clause[t + 1].kind == "DE" else t + 3
    if h >= len(clause) or clause[h].kind not in ("ENT", "ASP"):
        return None
    return read_group(clause, h, r.lang)


def _plain(it: Item, lang: str) -> bool:
    """A word of the relative's own subject: a plain noun or modifier (多种因素), or a noun trigger
    written as a plain noun (原因)."""
    if it.kind == "TRIG":
        return it.trigger.form == "noun" and it.is_a("noun_pos")
    return it.kind == "WORD" and (it.is_a("noun_pos") or modifier(it, lang))


@construction("zh.unnamed_relative_object")
def unnamed_relative_object(r: Reader, name: str, s: ObjectSearch):
    """A trigger + plain words ending in a noun (多种因素) + a verb trigger + 的 + a group: the group
    is the object; the relative's verb is passed over."""
    clause, j = s.clause, s.j
    if j != s.i + 1 and not all(x.kind == "WORD" and x.is_a("particle") for x in clause[s.i + 1:j]):
        return None
    if clause[j].kind not in ("WORD", "TRIG") or clause[j].is_a("particle"):
        return None
    head = _head_after_unnamed_subject(r, clause, j)
    return (head.with_step(name), head.end) if head is not None else None


@construction("zh.examples_relative_object", needs=("etc",))
def examples_relative_object(r: Reader, name: str, s: ObjectSearch):
    """A trigger + names + 等 + a plain noun (化疗等原因) + a verb trigger + 的 + a group: the names
    are examples of the relative's subject; the group after 的 is the object, and the relative's
    verb is passed over."""
    clause, k = s.clause, s.group.end
    if k < len(clause) and clause[k].has("etc"):
        k += 1  # the group reader leaves 等 out of the group where no name follows it
    elif not clause[k - 1].has("etc"):
        return None
    head = _head_after_unnamed_subject(r, clause, k)
    return (head.with_step(name), head.end) if head is not None else None


@construction("zh.enumerated_relative")
def enumerated_relative(r: Reader, name: str, q: Claim):
    """``促进 A、B、C 活化的杀伤细胞、D 等增殖``: a relative clause (A V 的 B) in the middle of an enumeration
    (、 before its verb and after its head): it modifies one member, so its agent is only the member right
    before the verb and its head only the member right after 的; the other members are the list's own."""
    if q.voice != "relative" or q.target is None or not q.factors:
        return None
    items = q.items
    before = group_before(items, q.i, r.lang)
    if before is None:
        return None
    marks_before = [x for x in items[before.start:before.end] if x.kind == "LIST"]
    # the head's own bracket (杀伤细胞(LAK)、B 细胞) may stand between it and the next list mark
    end = q.target.end + 2 if q.target.end + 2 < len(items) and items[q.target.end].has("example") \
        and items[q.target.end + 1].kind == "ENT" else q.target.end
    marks_after = [x for x in items[q.target.start:end + 1] if x.kind == "LIST"]
    if not marks_before or not marks_after:
        return None
    agents = [a for a in q.factors if a.found.cstart > marks_before[-1].start]
    heads = [a for a in q.target.args if a.found.cstart < marks_after[0].start]
    if not agents or not heads:
        return None
    q.factors = agents
    q.target = q.target.replaced(heads)
    q.steps.append(name)
    return GO_ON


@construction("zh.object_loss")
def object_loss(r: Reader, name: str, q: Claim):
    """``抑制 Runx2 蛋白的降解`` / ``解除 CXCL9 的表观遗传沉默``: the object is a loss of the name (its 的, plain
    words, then a word of loss: a knock-down cue, 沉默, 减少, or a verb of the negative direction, 降解), ending the object's phrase: the verb
    acts on that loss, so on the name with its direction turned round (to inhibit a degradation promotes)."""
    items = q.items
    if q.target is None or q.relative or EFFECTS[q.effect] == 0 or q.after != q.target.end:
        return None
    k = q.target.end
    k += k < len(items) and items[k].is_a("same_head")  # ``Runx2 蛋白的降解``: a noun that still names the name
    if k >= len(items) or items[k].kind != "DE":
        return None
    k += 1
    while k < len(items) and not items[k].cues and (items[k].kind == "WORD" and (
            items[k].is_a("noun_pos") or modifier(items[k], r.lang)) or items[k].kind == "VERB"
            and not (items[k].is_a("modal") or items[k].is_a("copula"))):
        k += 1  # ``的表观遗传沉默``: plain words of the loss
    if k >= len(items) or not _loss(items[k]) or not _phrase_ends(items, k + 1):
        return None
    q.effect = INVERSE[q.effect]
    q.after = k + 1
    q.steps.append(name)
    return GO_ON


def _loss(it: Item) -> bool:
    """A word of loss: a knock-down cue (沉默, 缺失, 减少) or a verb trigger of the negative direction
    (降解, 降低)."""
    return it.has("knockdown") or it.kind == "TRIG" and it.trigger.form == "verb" and EFFECTS[it.trigger.effect] < 0


def _phrase_ends(items: list[Item], k: int) -> bool:
    """Nothing of the object's phrase after ``k``: the clause ends, or a clause break, a conjunction or
    a verb comes next (not 的 and a head noun: ``X 的缺失小鼠``)."""
    return k >= len(items) or items[k].kind in ("SEP", "TRIG", "VERB") or items[k].has("conj")
