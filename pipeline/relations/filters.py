"""The claim of a trigger word (stage ``claim``), third part: the filters that reject a claim
the sentence does not state (a study, a question, an association around or after the trigger,
an unknown or unspecific agent, a medium, a pivot). They run before ``state_claim`` (``frames.py``)
states the claim; their order is the records' (``dictionaries/relations/constructions.tsv``).
"""
from __future__ import annotations

from .data import EFFECTS
from .engine import GO_ON, construction
from .items import Item, ends_clause, index_of, last_index
from .state import Claim, Reader, is_generic_cell
from .study_scope import reported_apart

@construction("no_claim")
def no_claim(r: Reader, name: str, q: Claim):
    """``A 与 B 相关`` / ``associated with``: a clause that ends in a no-claim cue states no
    claim without a direction."""
    return q.after if q.c.no_claim and not q.association and EFFECTS[q.effect] == 0 else None


@construction("study")
def study(r: Reader, name: str, q: Claim):
    """``本综述总结了…的调节作用`` / ``this review``: a sentence about the study itself states
    no claim without a direction."""
    return q.after if r.study and EFFECTS[q.effect] == 0 and not reported_apart(r, q) else None


def _between(clause: list[Item], i: int, openers: tuple[str, ...], closer: str) -> bool:
    """Item ``i`` lies between an opener word (a class of words.tsv) and a closing cue of
    the clause: ``与 … 有关`` (closer no_claim) or ``由 … 表达`` (closer origin_end: an
    expression word)."""
    if not any(x.is_a(o) for x in clause[:i] for o in openers):
        return False
    for x in clause[i + 1:]:
        if closer == "no_claim" and x.has("no_claim") and ends_clause(clause, clause.index(x)):
            return True
        if closer == "origin_end" and (x.kind == "ASP" and x.aspect.aspect == "expression"):
            return True
    return False


@construction("association_around")
def association_around(r: Reader, name: str, q: Claim):
    """``A 与过度激活的 B 有关``: the trigger lies inside an association (与 … 有关)."""
    return q.after if _between(q.items, q.i, ("with", "and"), "no_claim") else None


@construction("zh.origin_around")
def origin_around(r: Reader, name: str, q: Claim):
    """``由…刺激后的细胞表达``: the trigger lies inside an origin (由 … 表达)."""
    return q.after if _between(q.items, q.i, ("origin_open",), "origin_end") else None


@construction("association_after")
def association_after(r: Reader, name: str, q: Claim):
    """``…，与 B 相关``: in a clause that ends in a no-claim cue, an object after the last
    与/with is associated, not acted on."""
    if q.c.no_claim and not q.association and q.target.start > last_index(q.items, "with"):
        return q.after
    return None


@construction("unknown")
def unknown(r: Reader, name: str, q: Claim):
    """``糖基化是否会影响 LIF 的稳定性还有待研究``: an open question, no claim."""
    return q.after if q.c.unknown else None


@construction("zh.question")
def question(r: Reader, name: str, q: Claim):
    """``以及哪些机制驱动 Y`` / ``X 是否促进 Y``: an interrogative word between the clause's
    last trigger before this one (or its start) and this trigger: it asks what acts, or
    whether; a trigger before the word (``X 如何影响 A 以及哪些…``) keeps its claim."""
    start = max((k + 1 for k in range(q.i) if q.items[k].kind == "TRIG"), default=0)
    return q.after if any(x.has("question") for x in q.items[start:q.i]) else None


@construction("unspecific_class")
def unspecific_class(r: Reader, name: str, q: Claim):
    """``参与不同的信号通路`` / ``调控多种信号通路``: a class word (``class_words.tsv``) with no
    aspect, right after a word that names no particular member (``unspecific``): no claim
    without a direction."""
    items, target = q.items, q.target
    k = target.start - 1
    if k >= 0 and items[k].kind == "DE":
        k -= 1
    if EFFECTS[q.effect] == 0 and k >= 0 and items[k].has("unspecific") and all(
            a.aspect is None and a.found.concept.id in r.data.class_words for a in target.args):
        return q.after
    return None


@construction("zh.generic_factor")
def generic_factor(r: Reader, name: str, q: Claim):
    """``再通过细胞-细胞接触活化单核细胞`` / ``后者`` for a bare 细胞: cells named only as
    细胞, with no aspect, are no agent the text names: no claim of theirs. Beside named factors
    (``BMSC 与…细胞直接接触…共同激活 Wnt 信号通路``), the bare 细胞 drops out and the others act."""
    generic = [a for a in q.factors or () if is_generic_cell(r, a.found.concept) and a.aspect is None]
    if not generic:
        return None
    if len(generic) == len(q.factors):
        return q.after
    q.factors = [a for a in q.factors if a not in generic]
    return GO_ON


@construction("medium", needs=("medium",))
def medium(r: Reader, name: str, q: Claim):
    """``介导细胞间相互作用`` / ``mediate intercellular interactions``: what carries an
    interaction between others is its medium, not an agent acting on it."""
    if q.it.has("medium") and all(x.has("medium") for x in q.items[q.target.start:q.target.end] if x.kind == "ENT"):
        return q.after
    return None


@construction("zh.pivot")
def pivot(r: Reader, name: str, q: Claim):
    """``导致肿瘤细胞逃避机体免疫监视``: a cause verb whose object, cells, does what a plain
    verb after it says (the pivot of 兼语): what is caused is that event, which names nothing
    known here; the cells themselves are not said to be induced (no claim, and no invented
    differentiation)."""
    if q.effect != "induces" or q.target is None or q.relative or q.after >= len(q.items) \
            or q.items[q.after].kind != "VERB" or q.items[q.after].is_a("modal"):
        return None  # ``随后诱导的 T调节细胞会损害…``: a relative's head, then the clause's verb
    if any(a.aspect is not None or a.found.concept.type != "cell" for a in q.target.args):
        return None
    return q.after


def _after_factor(q: Claim) -> int:
    """The index of the first item after the claim's factor in its clause (0 when the factor is the
    topic an earlier clause left)."""
    found = {id(a.found) for a in q.factors or ()}
    return max((k + 1 for k, x in enumerate(q.items[:q.i]) if x.kind == "ENT" and id(x.found) in found), default=0)


def _embedding_word(items: list[Item], k: int) -> bool:
    """Item ``k`` opens a phrase the words after it depend on: a verb (no modal, no verb of its own
    relative ``处理的``), a trigger, or the place preposition 在."""
    x = items[k]
    if x.has("locative"):
        return True
    if x.kind not in ("VERB", "TRIG") or x.is_a("modal"):
        return False
    return not (k + 1 < len(items) and items[k + 1].kind == "DE")


@construction("zh.embedded_relative")
def embedded_relative(r: Reader, name: str, q: Claim):
    """``GM-CSF 用于改善…原因导致的骨髓抑制`` / ``AS 是…免疫介导的慢性炎症性疾病`` / ``LAG-3 在活化的 T 细胞表面
    高表达``: a trigger right before 的 heads a relative clause (V 的 N) whose agent, if any, stands right
    before it; when the subject's own predicate opens (after adverbs, modals and a bracketed abbreviation) with
    another verb, a copula or 在, the V 的 N phrase is that word's object, predicate or place, and the subject
    is not said to act on N (``X 的功能亢进造成的 B``: the subject's own change is no such word; ``UCMSC 可抑制
    IL-2 激活的 NK 细胞的增殖``: IL-2 activates the NK cells, UCMSC does not)."""
    if q.rule != "zh.active" or q.i + 1 >= len(q.items) or q.items[q.i + 1].kind != "DE":
        return None
    items, k = q.items, _after_factor(q)
    if k == 0:
        return None
    depth = 0
    while k < q.i and (items[k].kind in ("WORD", "OPEN", "CLOSE") or items[k].is_a("modal")
                       or depth and items[k].kind == "ENT"):
        depth += {"OPEN": 1, "CLOSE": -1}.get(items[k].kind, 0)
        k += 1
    if k >= q.i or not _embedding_word(items, k) or any(x.has("origin") for x in items[k:q.i]):
        return None  # ``是由 A 引起的 B``: 由 names the relative's own agent (zh.copula_agent, examples)
    return q.after


def _feature_opening(items: list[Item], i: int) -> int | None:
    """The index of 以 (feature_open) that opens the phrase holding the trigger at ``i``: 以 after a
    predicate (a copula, 表现为: feature_predicate) with only modifiers, names, relatives and list marks
    between them, and no 的 or clause break between 以 and the trigger; None where there is none."""
    k = next((m for m in range(i - 1, -1, -1) if items[m].is_a("feature_open")), None)
    if k is None or any(x.kind == "DE" or x.is_a("clause_break") and not (x.is_a("comma") or x.is_a("wide_comma")) for x in items[k + 1:i]):
        return None
    for m in range(k - 1, -1, -1):
        x = items[m]
        if x.is_a("feature_predicate"):
            return k
        if x.kind in ("TRIG", "VERB", "SEP"):
            return None
    return None


@construction("zh.feature_frame")
def feature_frame(r: Reader, name: str, q: Claim):
    """``骨质疏松症是以骨量减少…为特征的代谢性骨病`` / ``表现为以骨吸收增加为特征的骨骼病变``: 以 after a copula
    (or 表现为) opens the features of the noun after the 的 that closes the phrase; a trigger inside it states
    a feature (a name's own change), not an act on that noun: no claim on a target after that 的 (what the
    trigger acts on inside the phrase is read as before)."""
    if q.target is None:
        return None
    items = r.items
    i = index_of(items, q.it)
    if i is None or _feature_opening(items, i) is None:
        return None
    de = next((k for k in range(i + 1, len(items)) if items[k].kind == "DE" or items[k].is_a("clause_break")), None)
    if de is None or items[de].kind != "DE" or q.items[q.target.start].start < items[de].end:
        return None
    return q.after
