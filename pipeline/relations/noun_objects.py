"""Chinese: a noun trigger with an owner that no copula says of the subject (stage ``claim``).

``A 是 B 的配体`` / ``A 作为 B 的负调节因子`` / ``A 已成为 B 的驱动因素``: a noun trigger with its owner
before 的 is the predicate of the subject (noun_owner: A acts on B). Where no noun predicate (noun_predicate
of words.tsv: 是, 为, 作为, 成为) stands between the subject (or the clause's opening) and the owner, the noun
phrase is the object or a modifier of some other verb (``…的增加依赖于肿瘤细胞产生的一些刺激因子``: the
stimulating factors are what the increase depends on) and states nothing of the subject: no claim.
"""
from __future__ import annotations

from .engine import construction
from .frames import noun_trigger_owner
from .state import Claim, Reader


@construction("zh.noun_object", needs=("form=noun", "DE"))
def noun_object(r: Reader, name: str, q: Claim):
    """``破骨细胞活性的增加依赖于肿瘤细胞产生的一些刺激因子``: no claim of the subject on the owner."""
    c, items = q.c, q.items
    owner = noun_trigger_owner(r, q) if r.lang == "zh" else None
    if owner is None:
        return None
    start = c.subject.end if c.subject is not None and c.subject.end <= owner.start else 0
    if any(x.is_a("noun_predicate") for x in items[start:owner.start]):
        return None
    return q.after
