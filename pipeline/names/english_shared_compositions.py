"""``the ITAM and RhoA signalling pathways``, ``Src and Syk signalling cascades``, ``JAK1 and TYK2 inhibitors``: the
names before and / or (or a list of them) that share the words an English composition reads after the last name
(``compositions.tsv``), each the same construction of its own name (ITAM signalling pathway, Src signalling
cascade), for the mentions table (``mentions.composed_mentions``). A name the construction takes by its type, or a
paper's own short form whose type no dictionary gives (``immunoreceptor tyrosine-based activation motif
(ITAM)``), may share them, its own bracket after it (``… motif (ITAM) and RhoA signalling pathways``); the
span is the name's own (the word stands for the whole, as ``ERK`` of ``the ERK and p38 pathways`` does), its
concept the construction's of that name, named as the sentence writes the shared words (their last one
singular). A filled name the dictionary lists is left to ``regrouped.py``, which reads those."""
from __future__ import annotations

import re
from dataclasses import replace

from .compositions import derived_concept, sharable
from ..dictionary.lexicon import Concept
from ..textnorm import depluralize, fold

# Between two conjuncts: and / or, a comma, or both; the conjunct before ends right there.
_CONJ_BEFORE = re.compile(r"(?:\s*,\s*(?:and|or)|\s+(?:and|or)|\s*,)\s+$")
# A paper's own short form: a concept local to the document, of no known type (``doc:<doc_id>:<short form>``).
_LOCAL = "doc:"


def shared_compositions(text: str, heads, composed, lexicon) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of the conjuncts before each composed name in ``composed`` (``compose_all``'s
    (start, end, concept, construction)) that share its construction's words; ``heads`` are the sentence's
    mentions as (start, end, concept)."""
    out = []
    for c, at, after in sharable(text, heads, composed, "en"):
        while conj := _CONJ_BEFORE.search(text, max(0, at - 12), at):
            before = conj.start() - 1 if text[conj.start() - 1:conj.start()] == ")" else conj.start()
            first = next(((a, b, h) for a, b, h in heads if b == before and _takes(c, h)), None)
            if first is None:
                break
            a, b, concept = first
            shared = derived_concept(concept, c, lexicon, surface=text[a:b], members=[first], text=text, after=after)
            if lexicon.lookup(fold(shared.name)):
                break  # a name the dictionary lists: regrouped.py reads it
            out.append((a, b, replace(shared, name=f"{' '.join(text[a:b].split())} {_written(after)}")))
            at = a
    return out


def _takes(c, concept: Concept) -> bool:
    """Whether the construction takes the name: by its type, or a paper's own short form of no known type."""
    return concept.type in c.heads or (concept.type == "other" and concept.id.startswith(_LOCAL))


def _written(after: str) -> str:
    """The shared words as the sentence writes them, white space made single, the last one singular."""
    words = after.replace("-", " ", 1).split() if after.startswith("-") else after.split()
    words[-1] = depluralize(words[-1])
    return " ".join(words)
