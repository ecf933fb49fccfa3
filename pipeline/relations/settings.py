"""Constructions that read a name as the setting of a claim, not a party to it (Chinese). Their
records are in ``dictionaries/relations/constructions.tsv``."""
from __future__ import annotations

from .engine import DONE, construction
from .state import Clause, Condition, Reader
from .subjects import GroupRead


@construction("zh.origin_from", needs=("origin_open",))
def origin_from(r: Reader, name: str, c: Clause, g: GroupRead):
    """``被趋化因子由骨髓招募到外周血`` / ``由骨髓迁移至肿瘤部位``: 由 A before a trigger with a word of
    direction after it (到, 至), or after a passive that already names its agent, says where from:
    A is the origin of the movement, not the agent of the passive."""
    items, start, end = c.items, g.group.start, g.group.end
    if g.role != "passive" or start == 0 or not items[start - 1].is_a("origin_open"):
        return None
    moves = end + 1 < len(items) and items[end].kind == "TRIG" and items[end + 1].is_a("destination")
    return DONE if moves or c.passive_agent is not None else None


@construction("zh.place_adjunct", needs=("locative",))
def place_adjunct(r: Reader, name: str, s):
    """``NF-κB 通路异常活化在类风湿关节炎的发病中起着重要作用`` / ``IL-6 升高在 X 中常见``: a place
    phrase right after the trigger (在 … 中) that a verb, not 的, follows is where the clause's
    predicate holds: the trigger has no object inside it (``促进在肿瘤中的血管生成``, 的 after
    the place, still has the name after 的)."""
    clause, j = s.clause, s.j
    if j != s.i + 1 or not clause[j].has("locative"):
        return None
    end = next((m for m in range(j + 1, len(clause)) if clause[m].kind in ("LOC", "SEP", "TRIG")), None)
    if end is None or clause[end].kind != "LOC" or end + 1 >= len(clause):
        return None
    after = clause[end + 1]
    return (None, j) if after.kind in ("VERB", "TRIG") else None


@construction("zh.passive_condition", needs=("passive",))
def passive_condition(r: Reader, name: str, q):
    """``当受到炎症性细胞因子、生长因子和内毒素的刺激时，COX-2 的表达水平显著增强``: a clause with no subject of its own
    (当 aside) that is only a passive (受到/被 A 的 + a verb trigger) closed by a postposition of time or place (时, 后):
    it names no patient; it is the condition of the clauses after it, whose own changes A brings about (zh.condition)."""
    c, items = q.c, q.items
    if r.lang != "zh" or c.subject is not None or c.passive_agent is None or r.condition is not None \
            or q.trig.form != "verb" or q.target is not None or q.i + 1 >= len(items):
        return None
    closer = items[q.i + 1]
    if not (closer.kind == "LOC" or closer.is_a("time_end")) \
            or any(x.kind not in ("SEP", "CLOSE") for x in items[q.i + 2:]):
        return None
    if any(x.kind in ("ENT", "ASP", "TRIG", "VERB") for x in items[:c.passive_agent.start]):
        return None  # a name, verb or trigger before the passive: not a bare condition
    r.condition = Condition(c.passive_agent.args, closer.end)
    return q.after
