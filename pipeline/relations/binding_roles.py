"""Binding and role claims read otherwise than their words alone say (Chinese, stage ``claim``): the group
after 与 that competes for a binding (``与 IL-1α 竞争性地结合到 IL-1RI``) and a role word that a trigger with a
direction qualifies (``起着重要的负调节作用``).
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import read_group
from .state import Claim, Reader


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
