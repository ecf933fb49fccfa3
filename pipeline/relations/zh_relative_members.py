"""Chinese: the members of a relative clause's head are its agents (stage ``examples``).

``引起破骨细胞活性增加的因子主要包括 IL-1、IL-6 和 RANKL`` / ``促进肿瘤血管生成的物质有 VEGF、
bFGF 等``: a trigger with its object and no subject qualifies the noun after 的 (``因子``, an
agent_head of words.tsv, or a class name such as ``细胞因子``); the noun is what acts, and the
examples that 包括 / 如 lists right after it are its members, so each of them is a factor of the
claim (IL-1 promotes osteoclast activity). Not after a claim that already has a factor (``A 诱导
的 B，包括…``: B's kinds), nor where the head is a plain noun that names no agent (``…引起的疾病，
包括 MM``: kinds of disease, left to examples_kinds).
"""
from __future__ import annotations

from .emit import emit
from .engine import DONE, construction
from .groups import Group
from .items import index_of
from .state import Clause, Reader, is_class_word

# Between the head and the examples cue: modifiers (主要), 有 + a count (有十多种), a comma.
_BETWEEN = ("WORD", "VERB", "SEP")


def _object_item(it) -> bool:
    """An item of a trigger's object phrase: names, aspects, list marks, and the object's own change (增加)."""
    return it.kind in ("ENT", "ASP", "LIST") or it.kind == "CUE" and it.has("conj") and not it.has("clause_link") \
        or it.kind == "TRIG" and (it.has("raised") or it.is_a("fall"))


def _agent_head(r: Reader, k: int) -> bool:
    it = r.items[k]
    if it.kind == "WORD":
        return it.is_a("agent_head")
    return it.kind == "ENT" and it.found is not None and is_class_word(r, it.found.concept.id)


def _head_before(r: Reader, trig_at: int, cue_at: int) -> bool:
    """From the trigger to the cue: its object phrase, 的, an agent head, then only modifiers, 有 and a
    count, or a comma."""
    k = trig_at + 1
    while k < cue_at and _object_item(r.items[k]):
        k += 1
    if k == trig_at + 1 or k + 1 >= cue_at or r.items[k].kind != "DE" or not _agent_head(r, k + 1):
        return False
    return all(x.kind in _BETWEEN and not x.has("clause_link") for x in r.items[k + 2:cue_at])


@construction("zh.relative_head_members", needs=("example", "DE"))
def relative_head_members(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    last = r.last
    if r.lang != "zh" or last is None or last.factors or not last.targets:
        return None
    cue = c.items[cue_index]
    cue_at = next((k for k, x in enumerate(r.items) if x.start == cue.start and x.kind == cue.kind), None)
    trig_at = index_of(r.items, last.trigger)
    if cue_at is None or trig_at is None or not _head_before(r, trig_at, cue_at):
        return None
    emit(r, group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
         last.how.with_step(name, examples=True), target_end=c.items[group.end - 1].end)
    r.last.targets, r.last.listed_factors = list(last.targets), True
    return DONE
