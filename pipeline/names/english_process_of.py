"""``the elimination of various pathogens``, ``expulsion of parasites``, ``egress of T cells``: an English process
head (a ``head`` row of type process in ``dictionaries/new_names.tsv``) that is a word of no relation lexicon
(not an aspect, filler, trigger or cue word: ``the differentiation of osteoclasts`` stays the relation
reader's aspect) with ``of`` and a known name after it names one process, the name's (SPEC 1: a phrase target
is a process the dictionary does not hold as one concept); the phrase spans head to name, and is named
``<name> <head>`` (pathogen elimination, T cell egress), the dictionary's concept where it holds that name.
Stop words (the, various) may stand between ``of`` and the name; anything else ends the reading.
The relation reader reads the phrase in place of the name (``overlapping_phrases.without_overlapping_phrases``).
"""
from __future__ import annotations

import re

from ..dictionary.new_name_rules import relation_word, singular_symbol
from ..textnorm import depluralize

# ``of`` and the words before the object's name: stop words (determiners, quantifiers) only.
_OF = re.compile(r" of ")
_WORD = re.compile(r"([A-Za-z]+) ")
# The kinds of thing whose process the phrase names (cells, tissues, organisms: HSPC mobilization, epithelial
# homeostasis, pathogen elimination). A substance, a disease or a process after ``of`` is itself the name the
# claim is about (``induced by deposition of MSU crystals``: the crystals; ``formation of arterial thrombosis``:
# the thrombosis; ``repair of skeletal damage``): no phrase swallows it.
_OWNER_TYPES = frozenset({"cell", "anatomy", "other"})


def process_of_name(text: str, head_start: int, head_end: int, spans, rules, data):
    """(end, name) of the phrase ``<head> of <name>`` that starts at the bare process head
    ``text[head_start:head_end]``, or None."""
    word = text[head_start:head_end]
    low = word.lower()
    if rules.en_head(word) != "process" or not low.isalpha() or relation_word("en", low, data) \
            or ("en", low) in rules.not_alone:
        return None
    m = _OF.match(text, head_end)
    start = _name_start(text, m.end(), spans, rules) if m else None
    if start is None:
        return None
    longest, concept = max(((b, c) for a, b, c in spans if a == start), key=lambda bc: bc[0])
    if concept.type not in _OWNER_TYPES or any(a < longest < b for a, b, _ in spans):
        return None
    return longest, f"{_singular(text[start:longest])} {low}"


def _name_start(text: str, at: int, spans, rules) -> int | None:
    """Where the name after ``of`` starts: at ``at`` or after up to two stop words (``of various
    pathogens``); a name of several words (``of trabecular bone``, ``of T cells``) starts at ``at``."""
    for _ in range(3):
        if any(a == at for a, _, _ in spans):
            return at
        word = _WORD.match(text, at)
        if word is None or ("en", word.group(1).lower()) not in rules.stops:
            return None
        at = word.end()
    return None


def _singular(surface: str) -> str:
    """The name as a modifier: white space made single, its last word singular (T cells: T cell)."""
    words = surface.split()
    words[-1] = depluralize(words[-1]) if words[-1].islower() else singular_symbol(words[-1])
    return " ".join(words)


def is_process_of(text: str, phrase, names: list) -> bool:
    """Whether ``phrase`` is such a phrase (a process head, ``of``, then the names ``names``)."""
    if phrase.concept.type != "process":
        return False
    m = re.match(r"[A-Za-z]+ of ", text[phrase.cstart:phrase.cend])
    return m is not None and all(phrase.cstart + m.end() <= g.cstart and g.cend <= phrase.cend for g in names)
