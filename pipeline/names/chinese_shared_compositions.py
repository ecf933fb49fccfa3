"""``PI3K、AKT和mTOR小分子抑制剂``, ``JAK2和STAT3信号通路``, ``IL-6与TNF-α基因敲除小鼠``: the names before a
Chinese conjunction (和, 与, 及, 以及, 或, 、; composition_words.tsv ``conjunction``), or a list of them, that share
the words a Chinese composition reads after the last name (``compositions.tsv``): each the same construction of its
own name (PI3K inhibitor, AKT inhibitor; JAK2 pathway), for the mentions table (``mentions.composed_mentions``), as
``english_shared_compositions`` reads ``JAK1 and TYK2 inhibitors``. The span is the name's own (the name stands for
the whole, as 肝脏 of 肝脏和肾脏纤维化 does); its concept is the construction's of that name (``derived_concept``: the
dictionary's where the filled name is listed, PI3K inhibitor), as the last name's own is.

A conjunct joins only where it is a name the construction takes by its type and nothing but the conjunction stands
between it and the next name; a name of another kind before the conjunction (``IL-6和骨髓瘤细胞信号通路``: cells take
no 信号通路) stops the list."""
from __future__ import annotations

import functools
import re

from .compositions import derived_concept, sharable
from ..dictionary.lexicon import Concept
from ..dictionary.word_patterns import composition_words


@functools.cache
def _conj_before() -> re.Pattern:
    """A Chinese conjunction (with the spaces around it) ending where the next conjunct begins."""
    words = [p for p in composition_words().patterns["conjunction"] if not p.isascii()]
    return re.compile(r"\s*(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\s*$")


def shared_compositions(text: str, heads, composed, lexicon) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of the conjuncts before each Chinese composed name in ``composed`` (``compose_all``'s
    (start, end, concept, construction)) that share its construction's words after the last name; ``heads`` are
    the sentence's mentions as (start, end, concept)."""
    out = []
    for c, at, after in sharable(text, heads, composed, "zh"):
        while conj := _conj_before().search(text, max(0, at - 6), at):
            first = next(((a, b, h) for a, b, h in heads if b == conj.start() and h.type in c.heads), None)
            if first is None:
                break
            a, b, concept = first
            out.append((a, b, derived_concept(concept, c, lexicon, surface=text[a:b], members=[first], text=text,
                                              after=after)))
            at = a
    return out
