"""Headings written into a sentence (stage ``clause_end``): ``免疫调节：刺激T细胞和B细胞的活化与增殖，…``;
participles of a place phrase (stage ``trigger``), competitors for a binding and roles with a direction
(stage ``claim``).

A Chinese review lists a molecule's functions under short run-in headings, each a process name and a colon,
the molecule itself left unsaid (the topic of the section). The heading names what the clauses after it are
about, not who acts in them: it is no subject they inherit.
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import Group, read_group
from .state import Claim, Clause, Reader

# What a run-in heading names: a kind of function or process, never an agent of the clauses after it.
HEADING_TYPES = frozenset({"process"})


@construction("zh.heading", needs=("heading_mark",))
def heading(r: Reader, name: str, c: Clause):
    """``炎症反应：诱导炎症介质的产生，…``: the sentence opens with a clause that is only a group of
    process names, closed by a colon (heading_mark of words.tsv): a heading; the clauses after it that
    have no subject of their own name no factor (the molecule the section is about is left unsaid)."""
    s = c.subject
    if s is None or r.sentence_subject is not None or s.pronoun or not s.args \
            or any(x.kind in ("TRIG", "VERB") for x in c.items) \
            or not all(a.found.concept.type in HEADING_TYPES for a in s.args):
        return None
    end = c.items[-1].end
    mark = next((x for x in r.items if x.start >= end), None)
    if mark is None or not mark.is_a("heading_mark"):
        return None
    r.sentence_subject = Group(0, 0, (), pronoun=True, steps=(name,))
    return GO_ON


@construction("zh.place_participle", needs=("locative", "locative_end"))
def place_participle(r: Reader, name: str, c: Clause, i: int):
    """``是一种在活化 T 细胞表面表达的抗原`` / ``在受刺激的巨噬细胞中``: a verb trigger right after 在
    (the locative cue), then 的 or, for a trigger of activation (活化, 激活), nothing, then cells
    that a place postposition closes (locative_end: 中, 表面): the trigger only describes the cells of the
    place (activated T cells), no claim; the cells stay the place
    (在激活 NF-κB 中: a molecule is acted on, the respect of a role)."""
    items = c.items
    if i < 1 or not (items[i - 1].kind == "CUE" and items[i - 1].has("locative")) \
            or items[i].trigger.form != "verb":
        return None
    k = i + 2 if i + 1 < len(items) and items[i + 1].kind == "DE" else i + 1
    if k == i + 1 and items[i].trigger.aspect != "activity":
        return None  # ``在抑制 NF-κB 中起作用``: an action, the respect of a role; a participle is 活化 or 的 follows
    j = k
    while j < len(items) and (items[j].kind in ("ENT", "LIST") or items[j].kind == "CUE" and items[j].has("conj")):
        j += 1
    if j == k or j >= len(items) or items[j - 1].kind != "ENT" or not items[j].is_a("locative_end") \
            or any(x.kind == "ENT" and x.found.concept.type != "cell" for x in items[k:j]):
        return None
    return k


@construction("zh.competitor", needs=("compete",))
def competitor(r: Reader, name: str, q: Claim):
    """``IL-1Ra 与 IL-1α 和 IL-1β 竞争性地结合到 IL-1RI``: a compete word (compete of words.tsv: 竞争性)
    between 与 + a group and a binding trigger makes the group a competitor for the binding, not the
    partner (nor the second of a pair A 与 B): the subject binds the name after the trigger (结合到/结合于
    C); with no name after the trigger (与受体竞争性结合) the group stays the partner."""
    c, items = q.c, q.items
    held = c.subject
    pair = c.partner is None and held is not None and held.joined_by_with and len(held.args) > 1
    competing = c.partner if c.partner is not None else held if pair else None
    if q.trig.effect != "binds" or q.target is not None or competing is None \
            or not any(x.is_a("compete") for x in items[competing.end:q.i]):
        return None
    k = q.i + 1
    if k < len(items) and items[k].is_a("destination"):
        k += 1
    target = read_group(items, k, r.lang) if k < len(items) and items[k].kind == "ENT" else None
    if target is None:
        return None  # ``拮抗剂与受体竞争性结合``: nothing bound after it, the 与 group is the partner
    if pair:
        c.subject = held.replaced(held.args[:1])  # ``A 与 B 竞争性地结合到 C``: A, the first, binds C
    q.target = target
    q.named(name)
    return GO_ON


@construction("zh.directed_role", needs=("form=role",))
def directed_role(r: Reader, name: str, q: Claim):
    """``在 Th2 免疫应答中起着重要的负调节作用``: a verb trigger with a direction written right before the
    role word 作用 (the segmenter parts 负调节 from 作用) says which way the role acts: the role takes
    that trigger's effect (inhibits), not none."""
    items, i = q.items, q.i
    if q.trig.form != "role" or i < 1 or items[i - 1].kind != "TRIG" or items[i - 1].trigger.form != "verb" \
            or items[i - 1].trigger.polarity == 0 or items[i - 1].end != items[i].start:
        return None
    q.effect = items[i - 1].trigger.effect
    q.steps.append(name)
    return GO_ON
