"""``the elimination of various pathogens``, ``expulsion of parasites``, ``egress of T cells``: an English process
head (a ``head`` row of type process in ``dictionaries/new_names.tsv``) that is a word of no relation lexicon
(not an aspect, filler, trigger or cue word: ``the differentiation of osteoclasts`` stays the relation
reader's aspect) with ``of`` and a known name after it names one process, the name's (SPEC 1: a phrase target
is a process the dictionary does not hold as one concept); the phrase spans head to name, and is named
``<name> <head>`` (pathogen elimination, T cell egress), the dictionary's concept where it holds that name.
Stop words (the, various) may stand between ``of`` and the name; anything else ends the reading.
The relation reader reads the phrase in place of the name (``mentions.without_overlapping_phrases``).
"""
from __future__ import annotations

import re

from .new_name_rules import relation_word, singular_symbol
from .textnorm import depluralize

# ``of`` and the words before the object's name: stop words (determiners, quantifiers) only.
_OF = re.compile(r" of ((?:[A-Za-z]+ ){0,2})")


def process_of_name(text: str, head_start: int, head_end: int, spans, rules, data):
    """(end, name) of the phrase ``<head> of <name>`` that starts at the bare process head
    ``text[head_start:head_end]``, or None."""
    word = text[head_start:head_end]
    low = word.lower()
    if rules.en_head(word) != "process" or not low.isalpha() or relation_word("en", low, data) \
            or ("en", low) in rules.not_alone:
        return None
    m = _OF.match(text, head_end)
    if m is None or any(("en", w.lower()) not in rules.stops for w in m.group(1).split()):
        return None
    longest = max((b for a, b, _ in spans if a == m.end()), default=None)
    if longest is None or any(a < longest < b for a, b, _ in spans):
        return None
    return longest, f"{_singular(text[m.end():longest])} {low}"


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
