"""Is a PDF's text layer text? Checks on what real broken PDFs contain.

A text layer can be undecodable in several ways, each with its own trace:

* glyphs without a Unicode value (fonts without a ``ToUnicode`` map:
  pdfminer's ``(cid:12)``), private-use and control characters: counted by
  ``glyphs.py`` as *unmapped*;
* mojibake: the GBK or Big5 bytes of Chinese text decoded as Latin-1
  (``»ùÒòÍâÏÔ×Ó`` for 基因外显子): runs of Latin-1 letters and signs;
* a font that maps its glyphs to the wrong ASCII codes (``.=.3L181 09``
  for "analysis of"): ASCII signs that prose hardly uses (``= < > # $ % &
  * + @``) in place of letters, and words that are not words: in English
  prose about one word in four is one of a few dozen function words
  (``the``, ``of``, ``and``…); in a shifted font none is (judged in English
  papers only: the English names in a Chinese paper are not prose).

``page_share`` measures a page (unmapped glyphs and mojibake); ``verdict``
judges the whole text and says why it is not text, or None.
"""
from __future__ import annotations

import re

from .read import main_language

# A page is garbled when more than this share of its printed characters is.
GARBLED_PAGE = 0.3
# Latin-1 letters and signs in runs of two or more: GBK/Big5 mojibake
# (accented letters of real names come one at a time: ``Müller``, ``José``).
_MOJIBAKE = re.compile(r"[\u00a1-\u00ff]{2,}")
# ASCII signs that prose hardly uses; in a shifted font they stand for letters.
_ODD_SIGNS = frozenset('!"#$%&*+<=>@\\^_`{|}~')
_ODD_SIGN_SHARE = 0.04
# Lower-case Latin words counted to judge whether they are words at all.
_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")
_FUNCTION_WORDS = frozenset(
    "the of and in to a is are was were for with by on that this as from be or an at it not which "
    "these their its we our has have had been than between into can may also".split())
_MIN_WORDS, _MIN_FUNCTION_SHARE = 100, 0.03
_MIN_CHARS = 200


def mojibake_count(text: str) -> int:
    """Characters of ``text`` in runs of Latin-1 letters and signs."""
    return sum(len(m) for m in _MOJIBAKE.findall(text))


def page_share(text: str, printed: int, unmapped: int) -> float:
    """The share of a page's printed characters that are not text."""
    return (unmapped + mojibake_count(text)) / printed if printed else 0.0


def verdict(text: str, printed: int, unmapped: int) -> str | None:
    """Why the whole text layer is not text (None when it is): too many
    glyphs without Unicode, mojibake, signs in place of letters, or words
    that are not words."""
    if printed and (unmapped + mojibake_count(text)) / printed > GARBLED_PAGE:
        return "glyphs without Unicode values or mojibake (GBK/Big5 read as Latin-1)"
    ascii_printed = [c for c in text if "!" <= c <= "~"]
    if len(ascii_printed) >= _MIN_CHARS:
        odd = sum(1 for c in ascii_printed if c in _ODD_SIGNS) / len(ascii_printed)
        if odd > _ODD_SIGN_SHARE:
            return f"{odd:.0%} of its ASCII characters are signs such as = < > # $ (a font mapping glyphs to the wrong codes)"
    words = _WORD.findall(text)
    if len(words) >= _MIN_WORDS and main_language(text) == "en":  # a Chinese paper's English names are no prose
        share = sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)
        if share < _MIN_FUNCTION_SHARE:
            return f"its Latin words are not words (only {share:.1%} are words such as 'the', 'of', 'and')"
    return None
