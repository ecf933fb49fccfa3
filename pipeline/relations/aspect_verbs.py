"""An aspect word used as a verb (stage ``word``): ``CCL2 可以趋化单核细胞``.

趋化 names an aspect (migration: 中性粒细胞的趋化) and is also a verb (chemoattracts). Right
before a name, after no name, aspect, 的 or trigger, it is the verb: the subject promotes that
aspect of the name. The words are the forms cues of cues.tsv that name an aspect; 形成, which
names none, is zh.forms_verb's (a verb, induces).
"""
from __future__ import annotations

from .data import Trigger
from .engine import construction
from .state import Clause, Reader


def _verb_place(items: list, i: int) -> bool:
    """Item ``i`` stands where a verb does: a name right after it, and before it nothing, a
    plain word or verb (能够, 可以), or a conjunction, clause link or hedge."""
    before = items[i - 1] if i > 0 else None
    return i + 1 < len(items) and items[i + 1].kind == "ENT" and (
        before is None or before.kind in ("VERB", "WORD")
        or before.kind == "CUE" and bool(before.cues & {"conj", "clause_link", "hedge"}))


@construction("zh.aspect_verb", needs=("forms",))
def aspect_verb(r: Reader, name: str, c: Clause, i: int):
    """``CCL2 可以趋化单核细胞、巨噬细胞``: a forms cue that names an aspect, where a verb
    stands: a verb that promotes that aspect of its object."""
    items = c.items
    it = items[i]
    if not (it.has("forms") and it.kind == "ASP" and it.aspect is not None and it.aspect.aspect
            and _verb_place(items, i)):
        return None
    verb = Trigger(r.lang, it.text, "promotes", "verb", it.aspect.aspect)
    items[i] = it._replace(kind="TRIG", trigger=verb, aspect=None, cues=frozenset())
    return i
