"""Chinese: adverbs between a subject and its copula (``血管生成也是…``, ``IL-6 亦为…``) part them by a word
only: the copula still follows its subject.
"""
from __future__ import annotations


def subject_end_before(items: list, copula: int) -> int:
    """The index of the item before the copula once adverbs (``也``, ``亦``, ``还``: plain words the tagger
    marks ``d``) right before it are skipped."""
    m = copula - 1
    while m > 0 and items[m].kind == "WORD" and items[m].pos.startswith("d"):
        m -= 1
    return m
