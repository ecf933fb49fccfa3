"""Chinese: ``A 与 B`` (or ``A 与其 B``) as the subject of a modal verb phrase (stage ``claim``).

``ESP 基因与胰岛素信号可调节骨钙素的活性``, ``TGF-β1 与其下游信号转导蛋白 Smad2/3、Smad1/5 可促进或抑制
破骨细胞分化``: 与 joins two subjects here, it names no partner of a binding; a modal (可, 能够, or the hedge 可能),
with adverbs (也, 还, 均), right after the pair, then a verb of effect, says what both do. Both are factors, as after a
together cue (zh.together). Without the modal (``A 与 B 促进 X``) the reading is left as it was: A acts, B is
only what A is with; a binding verb (``A 与 B 可结合``) is a binding pair's (zh.binding_pair, zh.binding_partner);
a pair owning a noun (``A 与 B 的黏附可减少 X``: A's adhesion to B) and
anything else between the pair and the verb (``A 与 B 的结合可促进 X``, ``A 与 B 共培养后可…``) says something
other than that both act.
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import Group, read_group
from .items import Item
from .state import Claim, Reader, factors_of


def _modal_or_adverb(x: Item) -> bool:
    """A modal verb (可, 能够), an adverb (也, 还: a short word jieba tags d), a both word (均, 都) or a hedge
    (可能): words that stand between a subject and its verb."""
    return x.kind == "VERB" and x.is_a("modal") or x.kind == "CUE" and (x.has("both") or x.has("hedge")) \
        or x.kind == "WORD" and x.pos == "d" and len(x.text) <= 2 and not x.cues


def _modal(x: Item) -> bool:
    """可, 能够 (a modal verb), or 可能 (a hedge): what says the pair is the subject of the verb after it."""
    return x.kind == "VERB" and x.is_a("modal") or x.kind == "CUE" and x.has("hedge")


def _coordinated_verb(x: Item) -> bool:
    """``可促进或抑制 X``: a verb of effect (no binding) and the conjunction joining it to the next one."""
    return x.kind == "TRIG" and x.trigger.effect != "binds" and x.trigger.form == "verb" or x.kind == "CUE" and x.has("conj")


def _described_member(items: list[Item], held, i: int):
    """``TGF-β1 与其下游信号转导蛋白 Smad2/3、Smad1/5 可…``: plain words describing the second member (its
    class: 下游信号转导蛋白) may stand between 与其 and its names, which the group read before them does not
    hold: (their args, where they end); else ((), the group's end)."""
    k = held.end
    while k < i and (items[k].kind == "WORD" or items[k].kind == "ASP" or items[k].kind == "CUE" and items[k].has("filler")):
        k += 1
    if k == held.end or k >= i or items[k].kind != "ENT":
        return (), held.end
    member = read_group(items, k, "zh")
    if member is None or member.end > i:
        return (), held.end
    return member.args, member.end


@construction("zh.with_pair_modal")
def with_pair_modal(r: Reader, name: str, q: Claim):
    """``ESP 基因与胰岛素信号可调节骨钙素的活性``: A and B both act."""
    c, items, i = q.c, q.items, q.i
    if r.lang != "zh" or q.factors is not None or q.trig.effect == "binds" or q.trig.form != "verb":
        return None
    held = c.subject if c.subject is not None and c.subject.joined_by_with else c.partner
    if held is None or held.end >= i or held is c.partner and c.subject is None:
        return None
    if any(x.kind == "DE" for x in items[held.start:held.end]):
        return None  # ``A 与 B 的黏附可减少…``: what A does with B (its adhesion to B) acts, A's (factors_of)
    extra, end = _described_member(items, held, i) if held is c.subject else ((), held.end)
    gap = items[end:i]
    if not gap or not _modal_or_adverb(gap[0]) or not any(_modal(x) for x in gap) \
            or not all(_modal_or_adverb(x) or _coordinated_verb(x) for x in gap):
        return None
    if held is c.subject:
        factors = list(held.args) + list(extra)
    else:
        factors = factors_of(r, c)
        if not factors:
            return None
        factors = factors + [a for a in held.args if all(a.found.concept.id != f.found.concept.id for f in factors)]
        # the pair is the subject of the clauses that go on with it (…，进而调节血糖水平)
        c.subject = Group(c.subject.start, held.end, tuple(factors), steps=c.subject.steps + (name,))
        c.partner = None
    q.factors = factors
    q.steps.append(name)
    return GO_ON
