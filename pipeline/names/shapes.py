"""Gene-shaped tokens no dictionary knows: ``via = "shape"`` mentions (``newnames.py``).

A Latin token shaped like a gene or protein symbol (``shape`` rows of
``dictionaries/new_names.tsv``: a capital and a digit, or two capitals) that no
dictionary name covers is a mention of an ungrounded concept, ``new:`` + its
folded name (``TRIM21``, ``MT1-MMP`` where the dictionary knows MMP), unless it
is a unit, a code or a word that names no thing (``unit``, ``noise``,
``not_name`` rows), a part of a protein (``SH2 domain``: ``part`` rows), or a
short form the dictionary refuses on purpose (``refused_forms``: ``ChIP``,
``ATM``, ``ERa``).
"""
from __future__ import annotations

import re

from ..dictionary.lexicon import LATIN_GREEK
from ..dictionary.new_name_rules import NewNameRules, new_concept, singular_symbol
from ..textnorm import depluralize, fold, is_cjk

# A symbol: a Latin letter, then letters (Greek ones too: PLCγ2, Tγδ17), digits, parts joined
# by hyphens, after a numeral and a hyphen where the symbol names the position of a group or an
# isoform (15-PGDH, 11β-HSD1, 8-OHdG: the ``shape`` rows say which are names); a last part of three
# lower-case letters or more is a word of its own (JAK2V617F-mutant: the symbol is JAK2V617F).
_SHAPE_TOKEN = re.compile(r"(?<![A-Za-z0-9α-ωΑ-Ω-])(?:(?<![.,])\d{1,2}[α-ωΑ-Ω]?-)?[A-Za-z][A-Za-z0-9α-ωΑ-Ω]*"
                          r"(?:-(?![a-z]{3,}\b)[A-Za-z0-9α-ωΑ-Ω]+)*(?![A-Za-z0-9α-ωΑ-Ω])")


def shape_mentions(text: str, spans: list[tuple[int, int]], rules: NewNameRules, lexicon):
    """(start, end, Concept) for gene-shaped tokens the dictionary lacks: tokens no
    mention touches, and hyphenated symbols a mention covers only in part
    (``MT1-MMP``, where the dictionary knows MMP: every part holds a capital or a
    digit, and some part is no mention)."""
    for m in _SHAPE_TOKEN.finditer(text):
        start, end = m.span()
        token = m.group()
        touching = [(a, b) for a, b in spans if start < b and a < end]
        if touching and not _symbol_around_names(text, start, end, token, touching):
            continue
        ctype = rules.shape_type(token) if len(token) >= 3 else None
        if ctype is None or lexicon.lookup(fold(token)) or _refused(token, lexicon) or _names_a_part(text, end, rules):
            continue
        yield start, end, new_concept(singular_symbol(token), ctype)


# The rest of a list of symbols after one (", LRR, and PYD"), then the word after the last.
_LIST_REST = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?[A-Za-z0-9]+|\s+(?:and|or)\s+[A-Za-z0-9]+)*[-\s]?"
                        r"([A-Za-z]+|[\u4e00-\u9fff]+)")


def _names_a_part(text: str, end: int, rules: NewNameRules) -> bool:
    """A symbol followed by a word naming a part of a protein (``SH2 domain``, ``NACHT
    结构域``), or one of a list whose last symbol is (``NACHT, LRR, and PYD-domains``): it
    names the part, a place on a molecule, not a thing that acts."""
    m = _LIST_REST.match(text, end)
    if not m:
        return False
    word = m.group(1)
    if is_cjk(word[0]):
        return any(word.startswith(p) for p in rules.parts)
    return depluralize(word.lower()) in rules.parts


def _refused(token: str, lexicon) -> bool:
    """A short form the dictionary refuses on purpose (``refused_forms``), as written or singular."""
    refused = refused_forms(lexicon)
    return fold(token) in refused or fold(singular_symbol(token)) in refused


_REFUSED: dict[int, tuple] = {}
# Schemes whose ids end in a gene symbol (HGNC:ATM).
SYMBOL_SCHEMES = ("HGNC:",)


def refused_forms(lexicon) -> frozenset[str]:
    """The folded short forms the dictionary decides itself and the shape reader leaves
    alone, where the dictionary gives no name: an ambiguous short form (``ChIP``, ``NLR``:
    a name only in its context, ``ambiguous.tsv``); the symbol of a gene the dictionary
    holds but does not list by its symbol (``ATM``, ``CAT``, ``ACE``: words, or other
    things' short forms); a Latin-letter spelling of a Greek-letter name (``ERa`` for
    ``ERα``: the loader makes none too short to be told from a word). Computed once per
    dictionary."""
    cached = _REFUSED.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        refused = set(lexicon.ambiguous)
        refused.update(fold(cid[len(scheme):]) for cid in lexicon.concepts for scheme in SYMBOL_SCHEMES
                       if cid.startswith(scheme))
        refused.update(fold("".join(LATIN_GREEK.get(c, c) for c in term.text))
                       for terms in lexicon.terms.values() for term in terms
                       if term.lang == "en" and any(c in LATIN_GREEK for c in term.text))
        cached = (lexicon, frozenset(refused))
        _REFUSED[id(lexicon)] = cached
    return cached[1]


def _symbol_around_names(text: str, start: int, end: int, token: str, touching) -> bool:
    if "-" not in token or any(a < start or b > end for a, b in touching):
        return False
    parts, pos, free = token.split("-"), start, False
    for part in parts:
        if not any(c.isupper() or c.isdigit() for c in part):
            return False
        named = any(a <= pos and pos + len(part) <= b for a, b in touching)
        if not named and part[:1].isupper() and part[1:].islower():
            return False  # a word capitalised at the start of a sentence (Anti-IL-6R, Pro-IL-1β), no symbol
        free = free or not named
        pos += len(part) + 1
    return free
