"""Objects coordinated past where a group stops (Chinese, stage ``object_group``).

A group of names ends where no name or aspect word follows a linking word. Two conjuncts of
one object are written so: the first closed by a plain noun after its names (``加强肠道上皮屏障的
完整性和先天免疫``, ``增强 AML 细胞的存活能力和蛋白质合成功能``: the noun is the head of that
conjunct, which the dictionaries do not name), or the second opened by an attributive word and 的
(``防止过度炎症和潜在的组织破坏``). The conjunction (和, 及, 以及, 、, 或; not 与, which joins a
partner) still joins the two: the trigger acts on both.
"""
from __future__ import annotations

from dataclasses import replace

from .engine import construction
from .groups import read_group
from .items import Item, is_conj, next_element
from .state import Reader


@construction("zh.conjunct_after_head_noun")
def conjunct_after_head_noun(r: Reader, name: str, s):
    """The first group after a trigger, then (的 and) a plain noun heading it, or nothing, then a
    conjunction and the next conjunct (opened by a word and 的, or by a name): both are the object."""
    clause, group = s.clause, s.group
    k = _past_head_noun(clause, group.end)
    if k >= len(clause) or not _joins_objects(clause[k]):
        return None
    if k == group.end and next_element(clause, k + 1, r.lang) is not None:
        return None  # the group reader already went on past this conjunction
    start = _conjunct_start(clause, k + 1, r.lang)
    if start is None:
        return None
    second = read_group(clause, start, r.lang)
    if second is None or _opens_relative(clause, second.end):
        return None
    both = replace(group, end=second.end, args=group.args + second.args, steps=group.steps + second.steps)
    return both.with_step(name), second.end


def _past_head_noun(clause: list[Item], k: int) -> int:
    """The index after a plain noun heading the group that ends at ``k`` (its 的 before it); ``k``
    when none is written there."""
    m = k + (k < len(clause) and clause[k].kind == "DE")
    if m < len(clause) and _plain_noun(clause[m]):
        return m + 1
    return k


def _plain_noun(it: Item) -> bool:
    """A word of a noun's part of speech that names nothing and is no cue (完整性, 能力)."""
    return it.kind == "WORD" and not it.cues and it.is_a("noun_pos")


def _joins_objects(it: Item) -> bool:
    """A conjunction or list mark that joins conjuncts of one object (not 与, which joins a partner)."""
    return is_conj(it) and not it.is_a("with") and not it.is_a("with_its") and not it.has("clause_link")


def _conjunct_start(clause: list[Item], j: int, lang: str) -> int | None:
    """The name or aspect word that opens the conjunct at ``j``: one the group reader would read, or
    one after an attributive word and 的 (潜在的组织破坏)."""
    nxt = next_element(clause, j, lang)
    if nxt is not None:
        return nxt
    if j + 2 < len(clause) and clause[j].kind == "WORD" and not clause[j].cues \
            and clause[j + 1].kind == "DE" and clause[j + 2].kind in ("ENT", "ASP"):
        return j + 2
    return None


def _opens_relative(clause: list[Item], k: int) -> bool:
    """A verb right after the conjunct at ``k``: the names are the subject of a clause of their own
    (和 B 诱导的 C, 和 B 促进 C), not objects."""
    return k < len(clause) and clause[k].kind in ("TRIG", "VERB")


# --- a conjunct that names nothing (stage ``object_word``) ------------------------------------------

_UNNAMED_MAX = 3  # items of a conjunct the dictionaries do not name (气道壁增厚, 器官)


@construction("zh.conjunct_after_unnamed")
def conjunct_after_unnamed(r: Reader, name: str, s):
    """``导致气道壁增厚、组织损伤以及气道重塑``: right after a verb trigger, a conjunct no dictionary
    names (plain nouns and verbs, no cue), then a list mark or a conjunction other than 与 and a
    group of names ending the clause: the names are the trigger's object as well; the unnamed
    conjunct is none."""
    clause, j = s.clause, s.j
    if j != s.i + 1 or clause[s.i].trigger is None or clause[s.i].trigger.form != "verb":
        return None
    k = _past_unnamed(clause, j)
    if k is None:
        return None
    start = next_element(clause, k + 1, r.lang)
    if start is None:
        return None
    group = read_group(clause, start, r.lang)
    if group is None or not _ends_at(clause, group.end):
        return None
    return group.with_step(name), group.end


def _past_unnamed(clause: list[Item], j: int) -> int | None:
    """The index of the list mark or conjunction that closes an unnamed conjunct opening at ``j``
    (one to three plain words or verbs, a noun among them); None when none closes it there."""
    k = j
    while k < len(clause) and k - j < _UNNAMED_MAX and _unnamed_word(clause[k]):
        k += 1
    if k == j or k >= len(clause) or not _joins_objects(clause[k]) \
            or not any(x.kind == "WORD" and x.is_a("noun_pos") for x in clause[j:k]):
        return None
    return k


def _unnamed_word(it: Item) -> bool:
    """A plain noun or verb that names nothing and is no cue, modal or copula."""
    return (it.kind == "WORD" and it.is_a("noun_pos") or it.kind == "VERB" and not it.is_a("copula")
            and not it.is_a("modal")) and not it.cues


def _ends_at(clause: list[Item], k: int) -> bool:
    """Nothing after ``k`` but 等, short filler words and the clause's end."""
    return all(x.kind in ("SEP", "CLOSE") or x.has("etc") or x.kind == "WORD" and len(x.text) <= 2
               for x in clause[k:])
