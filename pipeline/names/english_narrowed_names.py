"""``myeloid hematologic malignancies``, ``pulmonary homeostasis``, ``vascular homeostasis``: an English phrase
that is a known name of a process, disease or cell after classifying adjectives only names a narrower kind of
that thing (SPEC 1: a phrase target is a process, disease or cell population the dictionary does not hold as
one concept); the relation reader reads the phrase in the name's place
(``overlapping_phrases.without_overlapping_phrases``).

A classifying adjective says which kind (an organ, a tissue, a lineage, a purpose: pulmonary, vascular,
myeloid, innate, anti-microbial); an adjective of state (``qualifier`` rows of ``dictionaries/new_names.tsv``:
naive, peripheral, chronic, pathological, apoptotic) says in what condition the thing is, and the name stays
what is named (``naive Th cells`` are Th cells). A thing is also narrowed by a name hyphenated to a
``defining`` word: cells by what they make or carry (``IL-9-producing T cells``, ``gp130-expressing cells``),
of which kind (``Th1-type T lymphocytes``), a disease or process by what it goes with (``cancer-related
thrombosis``), where a treatment (``LPS-activated macrophages``) says in what state. A noun before the name (``tissue
mast cells``) is no adjective, and an aspect word after it (``T cell differentiation``) never reaches here: the
new-name pass leaves it to the relation reader.
"""
from __future__ import annotations

import re

from ..dictionary.new_name_rules import ADJECTIVE_ENDINGS

# At most this many adjectives before the known name.
MAX_ADJECTIVES = 2
# A word of letters, hyphenated or not (anti-microbial, haematopoietic).
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# A name hyphenated to a participle (IL-17-producing): the participle.
_PARTICIPLE = re.compile(r"\S+-([a-z]+)")
_SPACED = re.compile(r"\S+")


def narrowed_name(text: str, phrase, names: list, rules, class_words: frozenset = frozenset()) -> bool:
    """Whether the phrase ``phrase`` (a Found of via ``phrase``) is a known name of ``names`` at its end
    after classifying adjectives (or, for cells, defining participles) only, every other name of ``names``
    lying inside that one or inside a defining participle's word. A class word so narrowed (``adaptive
    immune cells``: ``class_words``, relations/class_words.tsv) still names a class: the name stays."""
    at_end = [g for g in names if g.cend == phrase.cend and g.cstart > phrase.cstart]
    if not at_end or rules is None:
        return False
    name = min(at_end, key=lambda g: g.cstart)  # the longest name the phrase ends with
    if name.concept.id in class_words:
        return False
    words = [m.span() for m in _SPACED.finditer(text, phrase.cstart, name.cstart)]
    if not 0 < len(words) <= MAX_ADJECTIVES:
        return False
    defining = [w for w in words if _defining(text[w[0]:w[1]], rules)]
    if not all(g.cend <= phrase.cend and (name.cstart <= g.cstart or _inside(g, defining)) for g in names):
        return False  # a name outside the known one is no modifier, but in ``X-producing``
    return all(w in defining or _classifying(text[w[0]:w[1]], rules) for w in words)


def narrowed_tail(text: str, modifiers: list, head_end: int, spans, rules) -> int | None:
    """``fundamental innate antimicrobial immunity``, ``chronic intestinal inflammation``, ``other myeloid
    leukemias``: where the new-name pass's phrase (``modifiers``, tokens, then its head ending at ``head_end``)
    ends with a known process, disease or cell name after plain words only, of which no more than
    ``MAX_ADJECTIVES`` classifying adjectives stand right before the name and other words (an adjective of
    state, of degree or of praise) before them, the phrase is no narrowed name (``narrowed_name``), but its
    tail from those adjectives is: where that tail starts, or None."""
    if rules is None or not modifiers:
        return None
    at_end = [(a, c) for a, b, c in spans if b == head_end and a > modifiers[0].start]
    if not at_end:
        return None
    start, concept = min(at_end, key=lambda ac: ac[0])  # the longest name the phrase ends with
    if concept.type not in NARROWED_TYPES or any(modifiers[0].start <= a < start for a, _, _ in spans):
        return None
    words = [t for t in modifiers if t.end <= start]
    tail: list = []
    for t in reversed(words):
        if len(tail) == MAX_ADJECTIVES or not _classifying(t.text, rules):
            break
        tail.insert(0, t)
    if not tail or len(tail) == len(words) and len(words) <= MAX_ADJECTIVES:
        return None  # no adjective to narrow by, or nothing before them: ``narrowed_name`` reads the phrase
    return tail[0].start


# The types of known name a tail of classifying adjectives narrows (SPEC 1: a process, disease or cell population).
NARROWED_TYPES = frozenset({"process", "disease", "cell"})


# The types of phrase a function names (``anti-apoptotic genes``, ``DNA damage response pathways``).
FUNCTION_HEAD_TYPES = frozenset({"gene", "pathway", "family"})
# The types of name that say a function (a process, or a disease the molecules drive).
FUNCTION_TYPES = frozenset({"process", "disease"})


def named_by_function(phrase, names: list) -> bool:
    """``anti-apoptotic genes``, ``antiapoptotic proteins``, ``DNA damage response pathways``: a phrase headed
    by a word of molecules (a gene, pathway or family phrase) whose names inside are processes only (an
    adjective of function, a process before ``pathways``) names the molecules that serve that function, not
    the process (a molecule's name before the head is a composition of that molecule: ``IL-6 receptor``)."""
    return phrase.concept.type in FUNCTION_HEAD_TYPES and bool(names) \
        and all(g.concept.type in FUNCTION_TYPES for g in names)


def _inside(name, words: list) -> bool:
    """Whether ``name`` lies inside one of ``words`` (spans), before its end (IL-17 of IL-17-producing)."""
    return any(a <= name.cstart and name.cend < b for a, b in words)


def _defining(word: str, rules) -> bool:
    """``IL-17-producing``: something hyphenated to a participle of a ``defining`` row."""
    m = _PARTICIPLE.fullmatch(word)
    return m is not None and ("en", m.group(1)) in rules.defining


def _classifying(word: str, rules) -> bool:
    """A lower-case adjective (by its ending) that is no adjective of state (a ``qualifier`` row)."""
    return _WORD.fullmatch(word) is not None and word.endswith(ADJECTIVE_ENDINGS) \
        and ("en", word) not in rules.qualifiers and ("en", word) not in rules.stops
