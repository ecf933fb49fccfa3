"""Sentences in a paragraph's cleaned text, and the language each is written in.

Sentences end at 。！？ and at . ? ! followed by a new sentence, but not after
``et al.``, ``Fig.``, ``vs.``, ``i.e.``, in decimals, in variant names such as
``p.V617F``, or inside parentheses; a numbered title ended by an ideographic
space is cut off as a sentence of its own. Reference numbers glued after a full stop
(``costimulation.4,5 These``) end the sentence they follow.
"""
from __future__ import annotations

import re

from ..text.line_patterns import CLOSERS, NUMBERED, WORDS
from ..textnorm import han_count, is_cjk


# English abbreviations after which a period does not end a sentence (sections.tsv, no_sentence_end).
_ABBREVIATIONS = set(WORDS.patterns["no_sentence_end"])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in ``text`` (cleaned), white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    opened_at = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "(（":
            if depth == 0:
                opened_at = i
            depth += 1
        elif c in ")）" and depth:
            depth -= 1
        # A bracket left open for long is a broken one: stop trusting it.
        if depth and i - opened_at > 200:
            depth = 0
        end = _sentence_end_at(text, i, depth)
        if end:
            spans.append((start, end))
            start = i = end
            depth = 0
            continue
        if c == "\u3000" and i - start <= 80 and NUMBERED.match(text[start:i].lstrip()) \
                and "。" not in text[start:i]:
            spans.append((start, i))
            start = i + 1
        i += 1
    spans.append((start, n))
    return [span for span in (_trim(text, a, b) for a, b in spans) if span]


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and (text[a].isspace() or text[a] in "。！？"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _sentence_end_at(text: str, i: int, depth: int) -> int | None:
    """If a sentence ends with the character at ``i``, the end offset."""
    c = text[i]
    if c in "。！？":
        return None if depth else _after_closers(text, i + 1)
    if c not in ".?!" or depth or (c == "." and _is_abbreviation_or_number(text, i)):
        return None
    j = _after_closers(text, i + 1)
    k = j
    while k < len(text) and text[k] in " \t":
        k += 1
    if k >= len(text):
        return j
    follower = text[k]
    if is_cjk(follower):
        return j
    if c == "." and k == j and (refs := _reference_run(text, i, j)) is not None:
        return refs  # ``…of CD28-mediated costimulation.4,5 These interactions…``: references after the stop
    if k > j:
        return j if follower.isupper() or follower in "“\"‘([" or (follower.isdigit() and c != ".") \
            or _GREEK_LOWER.match(text, k) else None
    if c == "." and i > 0 and is_cjk(text[i - 1]) and follower.isascii() and follower.isupper():
        return j  # ``淋巴细胞的活性.TNF-α生成…``: a Chinese sentence ended by a full stop, the next glued to it
    # ``osteoclasts.In recent years``: a sentence glued to the last one, as
    # in text scraped from the web; but not ``p.V617F`` or ``J.Biol``.
    word = _ascii_word_before(text, i)
    glued = follower.isupper() and k + 1 < len(text) and (text[k + 1].islower() or text[k + 1] == " ")
    return j if glued and len(word) > 2 and word.islower() else None


# A name that opens a sentence on a small Greek letter (``… immune response. γδT cells sense…``).
_GREEK_LOWER = re.compile(r"[α-ω][α-ωA-Za-z0-9\-]")
_REFERENCES = re.compile(r"\d{1,3}(?:[,\u2013-]\d{1,3})*(?=[ \t]+[A-Z])")


def _reference_run(text: str, i: int, j: int) -> int | None:
    """The end of reference numbers glued after a full stop that ends a word (``costimulation.4,5 These``,
    ``granulocytes.1 GM-CSF``, ``leukemia (AML).1  Activating``: after a closing bracket too), when a capital
    opens the next sentence; not after a number (``2.5 The``)."""
    if len(_ascii_word_before(text, i)) < 3 and not (i > 0 and text[i - 1] in ")]"):
        return None
    m = _REFERENCES.match(text, j)
    return m.end() if m else None


def _ascii_word_before(text: str, i: int) -> str:
    """The run of ASCII letters that ends at ``i`` (``""`` if none). Walking
    back costs only the run: a search over ``text[:i]`` per full stop was
    quadratic in a long sequence of letters (a DNA sequence)."""
    start = i
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return text[start:i]


def _after_closers(text: str, j: int) -> int:
    while j < len(text) and text[j] in CLOSERS:
        # A closing bracket belongs to this sentence only if it was opened in it.
        if text[j] in ")）]】" and not _opened_before(text, j):
            break
        j += 1
    return j


def _opened_before(text: str, j: int) -> bool:
    pairs = {")": "(", "）": "（", "]": "[", "】": "【"}
    opener = pairs[text[j]]
    return text.rfind(opener, max(0, j - 300), j) > max(
        text.rfind("。", max(0, j - 300), j), text.rfind(text[j], max(0, j - 300), j))


def _is_abbreviation_or_number(text: str, i: int) -> bool:
    """``et al.``, ``Fig.``, ``e.g.``, ``3.5`` and single initials do not end a sentence."""
    before = text[max(0, i - 12):i]
    m = re.search(r"([A-Za-z]+)$", before)
    if m:
        word = m.group(1).lower()
        if word in _ABBREVIATIONS:
            return True
        if len(word) == 1 and (i < 2 or not text[i - 2].isalpha() and text[i - 2] != ")"):
            # ``e.g.``, ``i.e.``, ``p.`` and initials; not the end of a name after a bracket (``(Ig)G.``)
            return True
    if i + 1 < len(text) and text[i + 1].isdigit() and i > 0 and text[i - 1].isdigit():
        return True
    return False


_LATIN_LETTERS = re.compile("[A-Za-z]+")


def sentence_language(s: str) -> str:
    """``zh`` for a sentence written in Chinese (English names inside or not)."""
    han = han_count(s)
    if han >= 3:
        return "zh"
    latin = sum(map(len, _LATIN_LETTERS.findall(s)))
    return "zh" if han and han * 4 >= latin else "en"
