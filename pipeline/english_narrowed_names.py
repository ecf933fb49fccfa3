"""``myeloid hematologic malignancies``, ``pulmonary homeostasis``, ``innate immune cells``: an English phrase
that is a known name of a process, disease or cell after classifying adjectives only names a narrower kind of
that thing (SPEC 1: a phrase target is a process, disease or cell population the dictionary does not hold as
one concept); the relation reader reads the phrase in the name's place (``mentions.without_overlapping_phrases``).

A classifying adjective says which kind (an organ, a tissue, a lineage, a purpose: pulmonary, vascular,
myeloid, innate, anti-microbial); an adjective of state (``qualifier`` rows of ``dictionaries/new_names.tsv``:
naive, peripheral, chronic, pathological, apoptotic) says in what condition the thing is, and the name stays
what is named (``naive Th cells`` are Th cells). A noun or a participle before the name (``tissue mast cells``,
``IL-9-producing T cells``, ``TNFα-dependent arthritis``) is no adjective, and an aspect word after it
(``T cell differentiation``) never reaches here: the new-name pass leaves it to the relation reader.
"""
from __future__ import annotations

import re

from .new_name_rules import ADJECTIVE_ENDINGS

# At most this many adjectives before the known name.
MAX_ADJECTIVES = 2
# A word of letters, hyphenated or not (anti-microbial, haematopoietic).
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def narrowed_name(text: str, phrase, names: list, rules) -> bool:
    """Whether the phrase ``phrase`` (a Found of via ``phrase``) is a known name of ``names`` at its end
    after classifying adjectives only, every other name of ``names`` lying inside that one."""
    at_end = [g for g in names if g.cend == phrase.cend and g.cstart > phrase.cstart]
    if not at_end or rules is None:
        return False
    name = min(at_end, key=lambda g: g.cstart)  # the longest name the phrase ends with
    if not all(name.cstart <= g.cstart and g.cend <= phrase.cend for g in names):
        return False
    words = text[phrase.cstart:name.cstart].split()
    return 0 < len(words) <= MAX_ADJECTIVES and all(classifying(w, rules) for w in words)


def classifying(word: str, rules) -> bool:
    """A lower-case adjective (by its ending) that is no adjective of state (a ``qualifier`` row)."""
    return _WORD.fullmatch(word) is not None and word.endswith(ADJECTIVE_ENDINGS) \
        and ("en", word) not in rules.qualifiers and ("en", word) not in rules.stops
