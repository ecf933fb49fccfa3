"""Abbreviations a paper defines, in both languages and both orders.

A small, pure component in the manner of scispaCy's abbreviation detector
(Schwartz & Hearst 2003), extended to the forms Chinese papers use:

* ``interleukin-6 (IL-6)``: English long form, short form in brackets;
* ``骨髓基质细胞 (bone marrow stromal cell, BMSC)``: Chinese long form, then
  the English long form and the short form in brackets;
* ``白介素-6 (IL-6)``: Chinese long form, short form in brackets;
* ``RANKL（核因子-κB受体活化因子配体）``: short form, Chinese long form in
  brackets.

It works on one sentence's cleaned text and returns ``Definition`` records
with spans in that text; ``paper_names.py`` resolves them to concepts. Its
cost is linear in the sentence: each bracket looks back only as far as a
definition can reach (a bracket's contents longer than ``_MAX_INNER``
characters define nothing), so a sentence of thousands of brackets, nested
or not, is read in one pass.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..textnorm import HAN, is_cjk, strip_span
from ..dictionary.word_patterns import abbreviation_words

_OPEN, _CLOSE = "(（", ")）"
# Characters that end a Chinese long form when reading backwards from the
# bracket: punctuation, and the function words that precede a noun phrase
# (的 of, 在 in, 是 is …: dictionaries/abbreviation_words.tsv, long_form_stop).
_ZH_STOP = set("，。、；：,;:()（）[]【】“”\"") | set(abbreviation_words().patterns["long_form_stop"])
_SHORT_FORM = re.compile(r"^[A-Za-z0-9α-ωΑ-Ω][A-Za-z0-9α-ωΑ-Ω\-/+.]{0,11}$")
_SHORT_BEFORE = re.compile(r"([A-Za-z0-9α-ωΑ-Ω][A-Za-z0-9α-ωΑ-Ω\-/+.]{0,11})$")
# What brackets hold when they define something: a short form (12
# characters at most), a long form, or both; longer contents are an aside.
_MAX_INNER = 200
# Characters that end the word before a bracket (``_last_word_is_chinese``).
_WORD_END = "，。、；：,;:"
_WORD_RUN = re.compile(rf"[^\s{_WORD_END}]+")
# Characters a Schwartz–Hearst long form never reaches back over.
_SH_STOP = "(),;:，；（）"


@dataclass(frozen=True)
class Definition:
    """``short`` is defined as ``long_en`` and/or ``long_zh`` (spans in the sentence)."""

    short: str
    short_span: tuple[int, int]
    long_en: str | None
    long_en_span: tuple[int, int] | None
    long_zh: str | None
    long_zh_span: tuple[int, int] | None


def find_definitions(text: str) -> list[Definition]:
    """Every abbreviation defined in ``text`` (one sentence)."""
    out = []
    chinese_word = _chinese_word_ends(text)
    for open_at, close_at in _bracket_pairs(text):
        if close_at - open_at - 1 > _MAX_INNER:
            continue
        inner_start, inner_end = strip_span(text, open_at + 1, close_at)
        if inner_start >= inner_end:
            continue
        d = _define(text, open_at, close_at, inner_start, inner_end, chinese_word)
        if d:
            out.append(d)
    return out


def _define(text: str, open_at: int, close_at: int, a: int, b: int,
            chinese_word: list[bool]) -> Definition | None:
    inner = text[a:b]
    comma = max(inner.rfind(","), inner.rfind("，"))
    if comma > 0:
        # ``(bone marrow stromal cells, BMSC)``
        s_start, s_end = strip_span(text, a + comma + 1, b)
        l_start, l_end = strip_span(text, a, a + comma)
        short = text[s_start:s_end]
        long_en = text[l_start:l_end]
        if (is_short_form(short) and _is_english_phrase(long_en) and _letters_match(short, long_en)
                and not _list_of_short_forms(long_en)):
            zh = _chinese_long_form(text, open_at)
            return Definition(short, (s_start, s_end), long_en, (l_start, l_end),
                              text[zh[0]:zh[1]] if zh else None, zh)
        return None
    if is_short_form(inner):
        if chinese_word[_rstrip_index(text, open_at)]:
            zh = _chinese_long_form(text, open_at)
            if zh:
                return Definition(inner, (a, b), None, None, text[zh[0]:zh[1]], zh)
            return None
        en = schwartz_hearst_long_form(inner, text, open_at)
        if en:
            en = _without_edge_marks(text, *en)
            return Definition(inner, (a, b), text[en[0]:en[1]], en, None, None)
        return None
    if sum(1 for c in inner if is_cjk(c)) >= 2 and not re.search(r"[，,。；;]", inner):
        # ``RANKL（核因子-κB受体活化因子配体）``
        end = _rstrip_index(text, open_at)
        lo = max(0, end - 12)  # a short form is 12 characters at most
        m = _SHORT_BEFORE.search(text, lo, end)
        if m and is_short_form(m.group(1)) and any(c.isupper() for c in m.group(1)):
            return Definition(m.group(1), m.span(1), None, None, inner, (a, b))
    return None


def is_short_form(s: str) -> bool:
    """A plausible abbreviation: 2-12 characters, no spaces, with a capital letter."""
    s = s.strip()
    return (2 <= len(s) <= 12 and bool(_SHORT_FORM.match(s)) and any(c.isupper() for c in s)
            and not s.isdigit() and not re.fullmatch(r"[IVX]+", s))


def _list_of_short_forms(s: str) -> bool:
    """Whether ``s`` is a list of short forms (``GM-CSF, IL-3, IL-5`` of ``(GM-CSF, IL-3, IL-5,
    G-CSF)``): the bracket enumerates names, it defines none."""
    parts = re.split(r"[,，]\s*", s)
    return len(parts) > 1 and all(is_short_form(part) for part in parts)


def _is_english_phrase(s: str) -> bool:
    return bool(s) and not any(is_cjk(c) for c in s) and sum(c.isalpha() for c in s) >= 3


def initials_spell(short: str, long: str) -> bool:
    """Whether the first letters of the long form's words spell the short form, a
    plural's ``s`` aside (``HSCs`` = hepatic stellate cells; ``FLS`` = fibroblast-like
    synoviocytes): the strict test a paper's definition must pass to overrule the
    dictionary's reading of a short form (``MPN`` is no short form of myelodysplastic
    syndrome, though its letters occur in it in order)."""
    letters = "".join(c.lower() for c in short if c.isalnum())
    if len(short) > 2 and short.endswith("s") and short[:-1].isupper():
        letters = letters[:-1]
    words = [w for w in re.findall(r"[A-Za-z0-9α-ω]+", long) if w.lower() not in _JOINING_WORDS]
    return len(letters) >= 2 and "".join(w[0].lower() for w in words) == letters


# Words a long form's initials skip (bone morphogenetic protein *of* ..., *and*).
_JOINING_WORDS = frozenset({"of", "and", "the", "in", "for", "to", "with", "on", "by"})


def _letters_match(short: str, long: str) -> bool:
    """The short form's first letter starts a word of the long form (loose check)."""
    first = next((c.lower() for c in short if c.isalnum()), "")
    return any(w[:1].lower() == first for w in re.findall(r"[A-Za-z0-9α-ω]+", long))


def schwartz_hearst_long_form(short: str, text: str, open_at: int) -> tuple[int, int] | None:
    """The English long form that ``short`` abbreviates, ending before ``open_at``.

    Schwartz & Hearst: look back at most min(|S| + 5, 2|S|) words; the long
    form is the shortest run of them in which the short form's letters occur
    in order, reading both from the end, and whose first word starts with
    the short form's first letter.
    """
    end = _rstrip_index(text, open_at)
    letters = [c.lower() for c in short if c.isalnum()]
    if not letters:
        return None
    limit = min(len(letters) + 5, 2 * len(letters))
    for start in _word_starts_before(text, end, limit):
        candidate = text[start:end]
        if any(is_cjk(c) for c in candidate):
            return None
        if _sh_match(letters, candidate.lower()):
            return start, end
    return None


def _sh_match(letters: list[str], long: str) -> bool:
    """Schwartz–Hearst's character match, from the end of both strings."""
    s, l = len(letters) - 1, len(long) - 1
    while s >= 0:
        c = letters[s]
        while l >= 0 and (long[l] != c or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return False
        s -= 1
        l -= 1
    return True


def _word_starts_before(text: str, end: int, limit: int) -> list[int]:
    """Where the last ``limit`` words before ``end`` start, nearest first.

    Words are runs of letters, digits, hyphens and slashes between white
    space: a long form never reaches back over a bracket, comma or
    semicolon, where the walk stops. The walk reads only those words, so
    each bracket costs what its long form could cover, not the sentence
    before it."""
    starts: list[int] = []
    i = end
    while len(starts) < limit:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0 or text[i - 1] in _SH_STOP:
            break
        while i > 0 and not text[i - 1].isspace() and text[i - 1] not in _SH_STOP:
            i -= 1
        starts.append(i)
    return starts


def _chinese_long_form(text: str, open_at: int) -> tuple[int, int] | None:
    """The Chinese name just before the bracket: back to punctuation or a
    function word, with at least two Han characters; None when no such
    boundary is found within 20 characters (the name's start is unknown)."""
    end = _rstrip_index(text, open_at)
    start = end
    while start > 0 and text[start - 1] not in _ZH_STOP and text[start - 1] != "\n":
        if end - start >= 20:
            return None
        start -= 1
    start, end = _without_edge_marks(text, start, end)
    if sum(1 for c in text[start:end] if is_cjk(c)) < 2:
        return None
    return start, end


def _without_edge_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space or marks (``/``, ``、``, ``"``) at either end: a
    long form read back to a word boundary can begin after a slash or an enumeration
    comma written against it (``配体(RANKL)/骨保护素(OPG)``, ``、Dickkopf-1(DKK-1)``)."""
    start, end = strip_span(text, start, end)
    while start < end and unicodedata.category(text[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PS" and text[end - 1] not in ")）]+":
        end -= 1
    return strip_span(text, start, end)


def _bracket_pairs(text: str) -> list[tuple[int, int]]:
    """Matching ( ) and （ ） pairs, innermost brackets included."""
    stack, pairs = [], []
    for i, c in enumerate(text):
        if c in _OPEN:
            stack.append(i)
        elif c in _CLOSE and stack:
            pairs.append((stack.pop(), i))
    return sorted(pairs)


def _rstrip_index(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _chinese_word_ends(text: str) -> list[bool]:
    """For every offset ``i``: the word that ends at ``i`` (back to white space
    or punctuation) holds Han characters, as in ``白介素-6 (IL-6)``; one pass
    over the sentence, where walking back from every bracket was quadratic."""
    out = [False] * (len(text) + 1)
    for word in _WORD_RUN.finditer(text):  # a run of characters back to white space or punctuation
        han = HAN.search(text, word.start(), word.end())
        if han:  # from its first Han character to its end
            out[han.start() + 1:word.end() + 1] = [True] * (word.end() - han.start())
    return out


# A long form interrupted by its own short form and then finished: ``interleukin (IL) 6``,
# ``tumor necrosis factor (TNF)-α``, ``interleukin (IL)-1β``, ``receptor activator of nuclear
# factor-κB (RANK) receptor``. What finishes it is a number or a Greek letter, as the names of
# cytokines end, or words (the dictionary decides whether the whole is a name).
_INTERRUPTION = re.compile(
    r"[ \t]*[(（](?P<short>[A-Za-z][A-Za-z0-9]{0,7})[)）][ \t]*[-‐–]?[ \t]*"
    r"(?P<tail>\d{1,3}[A-Za-zα-ω]?|[α-ω]\d?|[A-Za-z]{3,})(?![A-Za-z0-9]|/\d)")
_NEXT_WORD = re.compile(r"[ \t-]+[A-Za-z]+")


# The same in Chinese: ``白细胞介素(IL)-6``, ``自然杀伤(NK)细胞``, ``调节性T(Treg)细胞``: Han characters, the
# bracketed short form (after the English long form and a comma: ``白介素(interleukin, IL)-6``), then a
# number, a Greek letter or Han characters that finish the name.
_ZH_INTERRUPTION = re.compile(
    r"[(（](?:[A-Za-z][A-Za-z -]{2,60}[,，][ \t]*)?(?P<short>[A-Za-z][A-Za-z0-9+]{0,7})[)）][ \t]*[-‐–]?[ \t]*"
    r"(?:(?P<num>\d{1,3}[A-Za-zα-ω]?|[α-ω]\d?)(?![A-Za-z0-9]|/\d)|(?P<han>[\u4e00-\u9fff]{1,6}))")
_ZH_LONGEST = 12  # how many Han characters before the bracket a long form may hold


def chinese_interruptions(text: str):
    """Each Chinese long form its bracketed short form interrupts, as candidates
    ``(start, bracket, end, joined, by_words)``, longest first per bracket: ``joined`` is the
    long form written without the short form (``自然杀伤细胞``), for the dictionary to judge;
    ``by_words`` when Han characters finish it (``(NK)细胞``), not a number or Greek letter."""
    for m in _ZH_INTERRUPTION.finditer(text):
        p = first = m.start()
        while first > 0 and p - first < _ZH_LONGEST and (is_cjk(text[first - 1]) or text[first - 1].isalnum()):
            first -= 1
        if not any(is_cjk(c) for c in text[first:p]):
            continue
        tail_start = m.start("num") if m.group("num") else m.start("han")
        tails = [m.end("num")] if m.group("num") else range(m.end("han"), tail_start, -1)
        for start in range(first, p):
            for end in tails:
                yield start, p, end, text[start:p] + text[tail_start:end], not m.group("num")


# In English, words finishing it: ``helper T (Th) cells``, ``natural killer (NK) cells``.
_EN_WORD_INTERRUPTION = re.compile(
    r"(?<=[A-Za-z0-9])[ \t]*\((?P<short>[A-Za-z][A-Za-z0-9+]{0,7})\)[ \t]*"
    r"(?P<first>[A-Za-z]{3,})(?P<second>[ \t-]+[A-Za-z]{3,})?")
_EN_WORD = re.compile(r"[A-Za-z0-9α-ω][A-Za-z0-9α-ω-]*$")
_EN_LONGEST = 4  # how many words before the bracket a long form may hold


def english_interruptions(text: str):
    """``helper T (Th) cells``: as ``chinese_interruptions``, for an English long form of up to
    four words before the bracket, finished by one or two words after it (always ``by_words``)."""
    for m in _EN_WORD_INTERRUPTION.finditer(text):
        starts, i = [], m.start()
        while len(starts) < _EN_LONGEST:
            w = _EN_WORD.search(text, 0, i)
            if not w:
                break
            starts.append(w.start())
            if w.start() == 0 or text[w.start() - 1] != " ":
                break
            i = w.start() - 1
        tails = [m.end("second"), m.end("first")] if m.group("second") else [m.end("first")]
        for start in reversed(starts):
            for end in tails:
                yield start, m.start(), end, text[start:m.start()] + " " + text[m.start("first"):end], True


def finished_long_form(text: str, start: int, end: int) -> list[tuple[int, tuple[str, str], bool]]:
    """Where the long form at ``text[start:end]`` may end when its short form interrupts
    it, with the name it then spells written long and short, longest first:
    ``interleukin (IL)-6 receptor`` (the end of ``receptor``; ``interleukin 6 receptor``,
    ``IL6 receptor``), then ``interleukin (IL)-6``; none when no bracketed short form of
    the long form's initial follows. The flag is true when only words follow the short
    form (``(RANK) receptor``): they may only restate what the long form names, since
    ``osteoclast (OC) differentiation`` names the cell and its process apart."""
    m = _INTERRUPTION.match(text, end)
    if not m or m.group("short")[0].lower() != text[start:start + 1].lower():
        return []
    tails = [(m.end(), m.group("tail"))]
    for word in _NEXT_WORD.finditer(text, m.end()):
        if word.start() != tails[-1][0] or len(tails) > 2:
            break
        tails.append((word.end(), tails[-1][1] + word.group()))
    long = text[start:end]
    by_words = tails[0][1][0].isalpha() and len(tails[0][1]) > 2
    return [(e, (long + " " + tail, m.group("short") + " " + tail), by_words) for e, tail in reversed(tails)]
