"""Chinese: a relative clause in a copula predicate that a topic chain carries (stage ``object_group``).

``IL-6 是一种多效性细胞因子，是一种可以促进破骨细胞分化的细胞因子`` / ``I 型干扰素是一种能够调控细胞
分裂…，并且能够抑制肿瘤生长的重要的细胞因子``: the copula opens a later clause (the subject is the
topic the earlier clause left), or a conjunction (并且, 并) goes on with a relative that an earlier
clause's copula opened; the trigger's phrase B 的 (modifiers 的) N ends the clause with a name N that
only classes the subject. As zh.copula_relative_object, where the copula follows the subject in the
same clause: B, before the first 的, is the object, not N.
"""
from __future__ import annotations

from .engine import construction
from .groups import read_group
from .items import Item, clause_before, ends_clause
from .state import Reader


def _filler(it: Item) -> bool:
    """A plain word (一种, 主要, 重要) or a modal (可, 能够) inside a predicate."""
    return it.kind == "WORD" or it.kind == "VERB" and it.is_a("modal")


def _opening(it: Item) -> bool:
    """What may stand before a clause-opening copula or trigger: a conjunction or adverb (并且, 也, 还)."""
    return it.kind in ("WORD", "CUE") and not it.is_a("copula")


def _copula_opens(clause: list[Item], i: int) -> bool:
    """The copula of the trigger at ``i`` opens the clause (only adverbs or a conjunction before it)."""
    for m in range(i - 1, -1, -1):
        it = clause[m]
        if it.kind == "VERB" and it.is_a("copula"):
            return all(_opening(x) for x in clause[:m])
        if not _filler(it):
            return False
    return False


def _relative_goes_on(r: Reader, clause: list[Item], i: int) -> bool:
    """A conjunction opens the clause, then only modals before the trigger, and the clause before it
    in the sentence holds a copula right before a trigger (是一种能够调控…，并且能够抑制…的细胞因子)."""
    if not clause or not (clause[0].kind == "CUE" and clause[0].has("conj") or clause[0].is_a("and")) \
            or not all(_filler(x) for x in clause[1:i]):
        return False
    k = next((n for n, x in enumerate(r.items) if x.start == clause[0].start), None)
    if k is None or k < 2 or r.items[k - 1].kind != "SEP":
        return False
    before = clause_before(r.items, k - 1)
    for m, x in enumerate(before):
        if x.kind == "VERB" and x.is_a("copula"):
            n = m + 1
            while n < len(before) and _filler(before[n]):
                n += 1
            return n < len(before) and before[n].kind == "TRIG"
    return False


def _first_de(clause: list[Item], start: int, end: int) -> int | None:
    """The first 的 of the group ``start:end`` with only plain words and 的 after it before the head."""
    for m in range(start + 1, end - 1):
        if clause[m].kind == "DE":
            return m if all(x.kind in ("WORD", "DE") for x in clause[m + 1:end - 1]) else None
    return None


@construction("zh.chain_copula_relative_object", needs=("copula", "DE"))
def chain_copula_relative_object(r: Reader, name: str, s):
    clause, g = s.clause, s.group
    if r.lang != "zh" or g is None or clause[g.end - 1].kind != "ENT" or not ends_clause(clause, g.end):
        return None
    if r.named_subject is None and r.sentence_subject is None:
        return None
    if not (_copula_opens(clause, s.i) or _relative_goes_on(r, clause, s.i)):
        return None
    de = _first_de(clause, g.start, g.end)
    owner = read_group(clause[:de], g.start, r.lang) if de is not None else None
    return (owner.with_step(name), g.end) if owner is not None else None
