"""Phrases of the new-name pass read in place of the dictionary's names they overlap, or dropped for them.

``without_overlapping_phrases`` decides, per sentence, between a phrase of the new-name pass (``via =
"phrase"`` or ``"composed"``) and the dictionary's mentions it shares characters with: the names stay
(``liver fibrosis``), unless they only modify the phrase's head (``tumor rejection``: ``_names_only_modify``;
the Chinese side is ``chinese_phrase_heads.names_only_modify``) or the phrase is a process of a name
(``english_process_of``). ``MODIFIED_HEAD_TYPES`` are the types of phrase that may be read so.
Moved out of ``mentions.py`` (which calls it from ``reading_mentions``), behaviour unchanged.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .english_narrowed_names import named_by_function, narrowed_name
from .english_process_heads import process_of_names
from .english_process_of import is_process_of
from ..textnorm import depluralize, fold

if TYPE_CHECKING:
    from .mentions import Found


_SPANNING = ("phrase", "composed")  # the vias of the new-name pass that may span other mentions


def without_overlapping_phrases(text: str, found: list[Found], rules=None,
                                class_words: frozenset = frozenset(), compositions=()) -> list[Found]:
    """The mentions without the phrases (``via = "phrase"``) that share a character
    with a dictionary's mention: ``liver fibrosis`` stays a name of the mentions
    table, and the relation reader reads ``liver`` and ``fibrosis``. A phrase over
    gene-shaped tokens only stands in their place (``NAPDH 氧化酶``: the enzyme, not
    NAPDH); of two phrases that overlap (``bone and cartilage damage``, ``cartilage
    damage``), the shorter. A name composed here (``via = "composed"``: the dictionary
    name a shared head makes, ``bone and cartilage damage`` = bone damage, or a glued
    symbol, ``pSTAT3``, which overlaps nothing) is read as a phrase is. A phrase that is
    the long form of a name in brackets after it (``… protein 3 (NLRP3)``) is not read:
    the name is. A phrase whose names only modify its head (``tumor rejection``) is read in
    their place (``_names_only_modify``), and so is a process head with ``of`` and a name
    (``elimination of pathogens``: english_process_of). ``compositions`` are the resources' constructions
    of compositions.tsv (``chinese_phrase_heads``: T细胞稳态 stays the composed name)."""
    from .chinese_phrase_heads import names_only_modify as chinese_names_only_modify
    from .newnames import long_form_of

    phrases = sorted((f for f in found if f.record.via in _SPANNING), key=lambda f: f.cend - f.cstart)
    if not phrases:
        return found
    named = [f for f in found if f.record.via not in _SPANNING + ("shape",)]
    spans = [(f.cstart, f.cend) for f in named]
    phrases = [f for f in phrases if f.record.via != "phrase" or not long_form_of(text, f.cend, spans)]
    shapes = [f for f in found if f.record.via == "shape"]
    kept: list[Found] = []
    for f in phrases:
        if any(g.cstart < f.cend and f.cstart < g.cend for g in kept):
            continue
        overlapping = [g for g in named if g.cstart < f.cend and f.cstart < g.cend]
        if not overlapping:
            kept.append(f)
        elif f.record.via == "phrase" and (_names_only_modify(text, f, overlapping, rules, _widest(f, phrases, text), class_words)
                                           or chinese_names_only_modify(text, f, overlapping, rules, compositions)) \
                or is_process_of(text, f, overlapping):
            kept.append(f)
            named = [g for g in named if g not in overlapping]
    shapes = [g for g in shapes if not any(g.cstart < f.cend and f.cstart < g.cend for f in kept)]
    return sorted(named + shapes + kept, key=lambda f: (f.cstart, f.cend))


# The last word of a phrase: its head (rejection of tumor rejection, populations of … cell populations).
_LAST_WORD = re.compile(r"[A-Za-z0-9α-ωΑ-Ω]+$")
# The types of phrase read in place of the names that modify it: a process, a cell population, a
# disease. A receptor, pathway, antibody or family after a name (``IL-6 receptor``, ``TIM3/Gal9
# pathway``) is what the composition reader reads on the name (compositions.tsv); a name before a
# head of type other (system, molecule, mediator, stimulus) is the thing meant (``the IL-6 system``).
MODIFIED_HEAD_TYPES = frozenset({"process", "cell", "disease"})


def _widest(phrase: Found, phrases: list[Found], text: str = "") -> bool:
    """No longer phrase holds ``phrase`` (``innate immune cell`` of ``innate immune cell populations``); a
    conjunct's phrase that shares its head (``arterial and venous thrombosis``: arterial thrombosis, over
    ``venous thrombosis``) holds no narrower kind of it, only its head."""
    return not any(g.cstart <= phrase.cstart and phrase.cend <= g.cend and g is not phrase
                   and not _shares_head(text, g, phrase) for g in phrases)


def _shares_head(text: str, conjunct: Found, phrase: Found) -> bool:
    """``conjunct`` is a phrase of a word before and / or (or a list's comma) that shares the head ``phrase``
    ends with (english_shared_heads): the text from its start to the phrase's holds a coordinator."""
    return conjunct.cend == phrase.cend and conjunct.cstart < phrase.cstart \
        and _COORDINATOR.search(text, conjunct.cstart, phrase.cstart) is not None


# A coordinator between conjuncts that share a head (and, or, a list's comma).
_COORDINATOR = re.compile(r",|\b(?:and|or)\b")


def _names_only_modify(text: str, phrase: Found, names: list[Found], rules, widest: bool = True,
                       class_words: frozenset = frozenset()) -> bool:
    """Whether the dictionary's names an English phrase overlaps all lie inside it, before its
    head word (``tumor rejection``, ``innate immune cell populations``): the names only modify
    a head no dictionary names, or only as the bare class word (``malignant plasmablastic cells``:
    ``_class_word``), and the phrase, not the modifier, is what the text names. A known name after
    classifying adjectives only (``myeloid hematologic malignancies``, ``pulmonary homeostasis``:
    english_narrowed_names) is read as the phrase too, where no longer phrase holds it (``widest``).
    ``liver fibrosis`` (a known head), ``naive Th cells`` (an adjective of state), ``tissue mast cells``
    (a noun) and ``innate immune cells`` (a class word) keep their names, and so does a name
    before a head that names nothing alone (``IFN response``: a ``not_alone`` row)."""
    head = _LAST_WORD.search(text, phrase.cstart, phrase.cend)
    if head is None or not head.group().isascii():
        return False
    if phrase.concept.type not in MODIFIED_HEAD_TYPES and not named_by_function(phrase, names):
        return False  # (``anti-apoptotic genes``: english_narrowed_names)
    word = head.group().lower()
    if rules is not None and (("en", word) in rules.not_alone or ("en", depluralize(word)) in rules.not_alone):
        # (a known name that ends with the head, ``T cell responses`` of ``autoantigen-specific T cell responses``,
        # names the head's kind: the phrase narrows it as it does any)
        return widest and narrowed_name(text, phrase, names, rules, class_words)
    if len(names) == 1 and _class_word(names[0], head, rules):
        return True  # with a known name before it (leukemia cells), the reader reads the name's cells
    if process_of_names(text, phrase, names, head, rules):
        return True  # fibroblast senescence: english_process_heads
    return all(phrase.cstart <= g.cstart and g.cend <= head.start() for g in names) \
        or widest and narrowed_name(text, phrase, names, rules, class_words)


def _class_word(name: Found, head, rules) -> bool:
    """Whether ``name`` is the phrase's head word alone, the bare class word a head row makes a phrase
    of (``cells`` of ``malignant plasmablastic cells``, the phrase's only name): the phrase names which
    cells."""
    word = depluralize(head.group().lower())
    return (name.cstart, name.cend) == head.span() and rules is not None and name.concept.type == "cell" \
        and rules.heads.get(("en", word)) == "cell" and fold(name.concept.name) == fold(word)
