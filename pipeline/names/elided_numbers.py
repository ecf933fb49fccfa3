"""``JAK1/2``, ``Smad1/5/8``, ``IL-17A/F``, ``Wnt3a/5a``, ``HIF-1α/2α``, ``VEGF-A/C``: what a slash joins to a
name whose last part is a number, a letter or both, each the rest of a shortened coordination (JAK2; Smad5,
Smad8; IL-17F; Wnt5a; HIF-2α; VEGF-C), read by ``mentions.elided_members``."""
from __future__ import annotations

import re

from .matcher import overlaps_any
from ..textnorm import fold

# A slash, then a number with a letter after it or not (JAK1/2, Wnt3a/5a, HIF-1α/2α), or a letter (IL-17A/F,
# Wnt7a/b, VEGF-A/C), which ends there, a Chinese word (JAK1/2抑制剂) or another slash follows.
_PIECE = re.compile(r"/(\d{1,2}[A-Za-zα-ω]?|[A-Za-zα-ω])(?![A-Za-z0-9α-ω-])")
# The part of a name a piece stands in place of: the same shape at the name's end (Wnt3a: 3a for 5a, a for b).
_LAST = {"number": re.compile(r"\d{1,2}$"), "number_letter": re.compile(r"\d{1,2}[A-Za-zα-ω]$"),
         "letter": re.compile(r"(?<=[\d-])[A-Za-z]$")}


def ends_in_part(surface: str) -> bool:
    """A name ending in a number, or in a letter after a number or a hyphen (``IL-17A``, ``Wnt3a``, ``VEGF-A``)."""
    return bool(surface[-1:].isdigit() or _LAST["letter"].search(surface) or _LAST["number_letter"].search(surface))


def _shape(piece: str) -> str:
    if piece.isdigit():
        return "number"
    return "number_letter" if piece[0].isdigit() else "letter"


def elided_numbers(text: str, surface: str, end: int, spans, lexicon) -> list[tuple[int, int, str]]:
    """(start, end, concept id) for the parts a slash joins to a name ending in one of their shape
    (``JAK1/2`` names JAK1 and JAK2; ``Smad1/5/8``; ``IL-17A/F``: IL-17F; ``Wnt3a/5a``: Wnt5a; ``HIF-1α/2α``:
    HIF-2α): each in place of the name's own must make a dictionary name, else the run stops. A letter takes
    the place of a letter of the same case (``IL-17A/F``; ``Wnt7a/b``)."""
    pos, out = end, []
    while m := _PIECE.match(text, pos):
        piece = m.group(1)
        last = _LAST[_shape(piece)].search(surface)
        if last is None or (piece.isalpha() and piece.isupper() != surface[-1].isupper()):
            break
        a, b = m.span(1)
        terms = lexicon.lookup(fold(surface[:last.start()] + piece))
        if not terms or overlaps_any(a, b, spans):
            break
        out.append((a, b, terms[0].concept_id))
        pos = b
    return out
