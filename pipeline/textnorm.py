"""Name folding: a chain of small ``str -> str`` functions.

Every function here folds one kind of spelling variation away, so that
``IL-6``, ``IL 6``, ``ＩＬ－６`` and ``il6`` become the same key, and
``TNF-α``, ``TNF-alpha``, ``TNF $\\alpha$`` the same as well.

Two granularities are offered:

* ``fold_char`` folds a single character and is what the matcher uses: it
  lets the matcher fold a text character by character and keep, for every
  folded character, the index of the source character it came from.
* ``fold`` folds a whole string (names in the dictionary, gold names in the
  scorer) and is the composition of the small functions below.

``fold(s) == "".join(fold_char(c) for c in latex_to_unicode(s))`` holds for
every string; a test checks it, so the two views never drift apart.
"""
from __future__ import annotations

import functools
import re

GREEK_NAMES = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon",
    "ζ": "zeta", "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa",
    "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho",
    "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi",
    "ψ": "psi", "ω": "omega",
}
# Greek letters that look like Latin ones in some fonts, or come in as the
# micro sign / final sigma; the ohm sign and the capital theta symbol, whose
# lower case is the Greek letter (Unicode makes them the same letter); the
# German sharp s that journals, PDFs and keyboards put for beta (IL-1ß, TGF-ß1).
_GREEK_ALIASES = {"µ": "μ", "ς": "σ", "ϐ": "β", "ϰ": "κ", "\u2126": "ω", "ϴ": "θ", "ß": "β"}
# Roman numerals as one character (Ⅱ型胶原, Ⅰ型干扰素): the letters they stand for.
ROMAN_NUMERALS = {chr(0x2160 + i): r for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))}
ROMAN_NUMERALS.update({chr(0x2170 + i): r.lower() for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))})

# Characters that separate the parts of a name without changing it:
# spaces of every width, hyphens and dashes of every kind, the middle dot,
# and the zero-width joiners that PDF extraction leaves behind.
SEPARATORS = frozenset(
    " \t\r\n\u00a0\u2002\u2003\u2009\u200a\u200b\u200c\u200d\u3000\ufeff"
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d_·・"
)

_LATEX_GREEK = re.compile(
    r"\$\s*\\(" + "|".join(sorted(GREEK_NAMES.values(), key=len, reverse=True)) + r")\s*\$"
)
_LATEX_NAME_TO_GREEK = {v: k for k, v in GREEK_NAMES.items()}


def to_halfwidth(s: str) -> str:
    """Full-width ASCII forms (``ＩＬ－６``) to their ASCII twins."""
    return "".join(_halfwidth_char(c) for c in s)


def _halfwidth_char(c: str) -> str:
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if c == "\u3000":
        return " "
    return c


def latex_to_unicode(s: str) -> str:
    """``$\\alpha$`` and ``$ \\beta $`` to the Greek letter they spell."""
    return _LATEX_GREEK.sub(lambda m: _LATEX_NAME_TO_GREEK[m.group(1)], s)


def greek_to_names(s: str) -> str:
    """``α`` to ``alpha``, so ``TNF-α`` meets ``TNF-alpha``."""
    return "".join(_greek_char(c) for c in s)


def _greek_char(c: str) -> str:
    c = _GREEK_ALIASES.get(c, c)
    low = c.lower()
    return GREEK_NAMES.get(low, c)


def drop_separators(s: str) -> str:
    """Remove spaces, hyphens and dashes: ``IL - 6`` to ``IL6``."""
    return "".join(c for c in s if c not in SEPARATORS)


def fold_char(c: str, keep_case: bool = False) -> str:
    """Fold one character; the empty string when it is a separator."""
    c = _halfwidth_char(c)
    if c in SEPARATORS:
        return ""
    c = ROMAN_NUMERALS.get(c) or _greek_char(c)
    return c if keep_case else c.lower()


def fold(s: str, keep_case: bool = False) -> str:
    """The key a name is looked up by: the small functions above, composed
    (as one ``str.translate`` table: the dictionary folds every name it loads)."""
    if "$" in s:  # the only strings latex_to_unicode changes
        s = latex_to_unicode(s)
    s = s.translate(_FOLD_TABLE)
    return s if keep_case else s.lower()


def _fold_table() -> dict[int, str]:
    """``fold_char`` (case kept) for every character it changes: full-width forms,
    separators, Greek letters and their look-alikes, Roman numerals."""
    chars = [chr(o) for o in range(0xFF01, 0xFF5F)] + ["\u3000", *SEPARATORS, *_GREEK_ALIASES, *ROMAN_NUMERALS]
    chars += [c for g in GREEK_NAMES for c in (g, g.upper())]
    return {ord(c): fold_char(c, keep_case=True) for c in chars if fold_char(c, keep_case=True) != c}


_FOLD_TABLE = _fold_table()


def depluralize(word: str) -> str:
    """A folded English key without its plural ending (``cells`` to ``cell``).

    Only the regular endings are removed, and only from keys long enough to
    have one: ``ils`` (ILs) and ``mass`` stay as they are. ``-ies`` becomes
    ``-y`` (``therapies``), ``-ses``/``-xes`` lose ``-es``; the Greek ``-sis`` nouns
    take back their ``-sis`` (``metastases``, ``analyses``, ``thromboses``).
    """
    if len(word) < 4 or not word.isascii() or not word[-1] == "s":
        return word
    if word.endswith("ss") or word.endswith("us") or word.endswith("is"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if _SIS_PLURAL.search(word):
        return word[:-2] + "is"
    return word[:-1]


# Plurals of Greek nouns in -sis: metastases, analyses, hypotheses, thromboses (not doses,
# purposes, diseases, releases, kinases).
_SIS_PLURAL = re.compile(r"(?:stas|ys|[^aeiou]es|[^aeioupdsuc]os)es$")


def is_cjk(c: str) -> bool:
    """A Han character (the ideographs a Chinese sentence is written in)."""
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")  # is_cjk as a class: counts a string's Han at C speed


_HAN_RUN = re.compile(HAN.pattern + "+")


def han_count(s: str) -> int:
    """How many Han characters ``s`` holds (``is_cjk``): the lengths of its runs of them
    (one string a run, not one a character)."""
    return sum(map(len, _HAN_RUN.findall(s)))


@functools.lru_cache(maxsize=65536)
def is_word_char(c: str) -> bool:
    """A Latin letter, digit or Greek letter: part of an English word or symbol (the matcher
    asks for the characters around every candidate name: the answers are kept)."""
    if not c:
        return False
    c = _halfwidth_char(c)
    return (c.isascii() and c.isalnum()) or c.lower() in GREEK_NAMES or c in _GREEK_ALIASES


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, without its line break."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
