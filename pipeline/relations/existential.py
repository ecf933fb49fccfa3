"""Examples of a thing that an existential clause introduces (stage ``examples``).

``有许多刺激物，如补体、神经肽和细胞因子，可以直接触发肥大细胞脱颗粒``: a sentence that opens
with 有 (there are) and a plain noun no dictionary names, then a list of its examples after
如, says what the clauses after it say of those examples: they are the subject there.
"""
from __future__ import annotations

from .engine import DONE, construction
from .groups import Group
from .state import Clause, Reader


def _introduced_noun(r: Reader, k: int) -> bool:
    """The items before index ``k`` (the 如 cue) are 有, then plain words only, then a comma:
    an existential clause introducing a noun no dictionary names, with nothing named before it."""
    while k >= 0 and r.items[k].kind == "SEP" and (r.items[k].is_a("comma") or r.items[k].is_a("wide_comma")):
        k -= 1
    words = 0
    while k >= 0 and r.items[k].kind == "WORD":
        k, words = k - 1, words + 1
    if not words or k < 0 or not r.items[k].has("existential"):
        return False
    return not any(x.kind in ("ENT", "TRIG") for x in r.items[:k])


@construction("zh.existential_examples", needs=("existential", "example"))
def existential_examples(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``有许多刺激物，如补体、神经肽…，可以直接触发 X``: with no claim and no subject yet, the
    examples of the noun 有 introduced are what the next clauses are about."""
    if r.last is not None or r.sentence_subject is not None or c.items[cue_index].is_a("includes"):
        return None
    cue = c.items[cue_index]
    k = next((m for m, x in enumerate(r.items) if x is cue), None)
    if k is None or not _introduced_noun(r, k - 1):
        return None
    r.sentence_subject = group.with_step(name)
    return DONE
