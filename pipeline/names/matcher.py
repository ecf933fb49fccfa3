"""Find dictionary names in a text, leftmost-longest, on folded characters.

The text is folded character by character (``textnorm.fold_char``), keeping
for each folded character the index of the text character it came from.
The folded names are searched all at once with an Aho-Corasick automaton
(pyahocorasick, built once per process for the dictionary, once per paper
for the names it defines), which finds every name at every position in one
pass over the text, in C; a match must begin
and end on whole text characters and, for names made of Latin letters or
digits, on word boundaries: ``IL-6`` is not found inside ``IL-60`` or
``IL-6R``, and ``T cell`` not inside ``that cell``. The longest match at a
position wins, and matching resumes after it, so nested names do not give
two mentions (``IL-6 受体`` is one name, IL-6R).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from ..memo import OwnedMemo
from ..textnorm import depluralize, fold, fold_char, is_word_char


class Trie:
    """Folded keys, each with its payloads, searched with an Aho-Corasick automaton
    (built on the first search after a key was added)."""

    def __init__(self) -> None:
        self.entries: dict[str, list] = {}
        self._automaton = None
        self._short = OwnedMemo(SHORT_MEMO_SIZE)  # ``starts`` of short texts (names, searched again and again)

    def add(self, key: str, payload) -> None:
        if key not in self.entries:
            self._automaton = None  # and the answers remembered with it
        self.entries.setdefault(key, []).append(payload)

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def starts(self, folded: str) -> dict[int, list[tuple[int, list]]]:
        """Every key found in ``folded``: {start: [(end, payloads), ...]} (the caller reads it, never
        changes it). The answer for a short text (a name: ``inner_matches`` searches each mention of a
        paper, the same few names again and again) is remembered, until a key is added."""
        if not self.entries:
            return {}
        automaton = self._built()
        if len(folded) > SHORT_TEXT:
            return _search(automaton, folded)
        memo = self._short.of(automaton)  # another automaton (a key was added): the memo starts over
        out = memo.get(folded)
        if out is None:
            out = memo[folded] = _search(automaton, folded)
        return out

    def build(self) -> None:
        """Build the automaton now (``warm.py``: in the driver, before the pool's workers fork)."""
        self._built()

    def _built(self):
        """The automaton of the keys, built when a key was added since the last search."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for key, payloads in self.entries.items():
                if key:
                    automaton.add_word(key, (len(key), payloads))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton


def _search(automaton, folded: str) -> dict[int, list[tuple[int, list]]]:
    """Every key of automaton found in folded, as ``Trie.starts`` gives them."""
    out: dict[int, list[tuple[int, list]]] = {}
    for last, (n, payloads) in automaton.iter(folded):
        out.setdefault(last - n + 1, []).append((last + 1, payloads))
    return out


SHORT_TEXT = 40  # characters of a text whose search (``Trie.starts``) or folding (``FoldedText.of``) is kept
SHORT_MEMO_SIZE = 20_000  # texts kept, at most (then forgotten all at once: it only costs time)


@dataclass(frozen=True)
class FoldedText:
    """``text`` folded, with ``origin[i]`` the text index of folded char ``i``."""

    text: str
    folded: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "FoldedText":
        """``text`` folded; a short text's folding (a name's) is kept (``SHORT_TEXT``)."""
        if len(text) > SHORT_TEXT:
            return cls._of(text)
        memo = _SHORT_FOLDED.of(cls)
        ft = memo.get(text)
        if ft is None:
            ft = memo[text] = cls._of(text)
        return ft

    @classmethod
    def _of(cls, text: str) -> "FoldedText":
        folded = text.translate(_FOLDED)  # ``fold_char`` of each character, one pass in C
        if len(folded) == len(text) and _FOLDED.odd.isdisjoint(text):  # each folds to one: the identity
            return cls(text, folded, tuple(range(len(text))))
        origin: list[int] = []
        done = 0  # the characters before it have their folded characters in ``origin``
        for m in _FOLDED.odd_pattern().finditer(text):  # a separator (none), a Greek letter (several)
            i = m.start()
            origin.extend(range(done, i))
            origin.extend([i] * len(_FOLDED[ord(text[i])]))
            done = i + 1
        origin.extend(range(done, len(text)))
        return cls(text, folded, tuple(origin))


class _FoldTable(dict):
    """``fold_char`` by code point, for ``str.translate``, each character folded the first
    time it is met; ``odd`` holds the characters met that do not fold to exactly one."""

    def __init__(self) -> None:
        super().__init__()
        self.odd: set[str] = set()
        self._pattern = (0, re.compile("(?!)"))

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        if len(folded) != 1:
            self.odd.add(chr(code))
        return folded

    def odd_pattern(self) -> re.Pattern:
        """A character of ``odd`` (compiled again when one was added)."""
        if self._pattern[0] != len(self.odd):
            self._pattern = (len(self.odd), re.compile("[" + "".join(map(re.escape, sorted(self.odd))) + "]"))
        return self._pattern[1]


_FOLDED = _FoldTable()
_SHORT_FOLDED = OwnedMemo(SHORT_MEMO_SIZE)  # the foldings of short texts (``FoldedText.of``)


class Match(NamedTuple):  # a tuple: a paper makes tens of thousands, a frozen dataclass costs twice as much to make
    start: int  # in the original (unfolded) text
    end: int
    key: str
    payloads: tuple


def find_matches(text: str, tries: list[Trie], accept=None) -> list[Match]:
    """Leftmost-longest, non-overlapping matches of the tries' keys in ``text``.

    Several tries are searched as one (the dictionary's, and the one holding
    the abbreviations this paper defines).

    ``accept(match)`` can veto a candidate (an acronym written in lower
    case, an ambiguous name without context); the next-longest candidate at
    the same position is tried then. The candidates at a position are tried
    longest first, and the first one accepted is the match: ``accept`` must
    answer for a candidate whatever it was asked before (it is not asked about
    the shorter candidates of a position whose longer one it accepted).
    """
    ft = FoldedText.of(text)
    folded, origin, n = ft.folded, ft.origin, len(ft.folded)
    found = [trie.starts(folded) for trie in tries]
    out: list[Match] = []
    i = 0  # the first folded char after the last match
    for i_start in sorted({p for starts in found for p in starts}):  # where some key starts
        if i_start < i:
            continue  # inside the last match
        i = i_start
        if i > 0 and origin[i - 1] == origin[i]:
            continue  # not at the first folded char of a text char
        best = None
        by_end: dict[int, list] = {}
        for starts in found:
            for j, payloads in starts.get(i, ()):
                by_end.setdefault(j, []).extend(payloads)
        for j, payloads in sorted(by_end.items(), reverse=True):  # the longest first
            start, end = origin[i], origin[j - 1] + 1
            if j < n and origin[j] == origin[j - 1]:
                continue  # ends inside a text char (``α`` folds to ``alpha``)
            end = _with_plural(text, start, end, folded[i:j])
            if not on_boundaries(text, start, end):
                continue
            m = Match(start, end, folded[i:j], tuple(payloads))
            if accept is None or accept(m):
                best = m
                break
        if best:
            out.append(best)
            while i < n and origin[i] < best.end:
                i += 1
        else:
            i += 1
    return out


def inner_matches(text: str, start: int, end: int, tries: list[Trie], accept=None) -> list[Match]:
    """The names written inside the name at ``text[start:end]`` (``breast cancer`` and
    ``bone metastasis`` in ``breast cancer bone metastasis``, ``肺癌`` in ``肺癌细胞``):
    every key of the tries on word boundaries there, but the whole span, that no other
    such key holds; ``accept`` as for ``find_matches``."""
    ft = FoldedText.of(text[start:end])
    folded, origin, n = ft.folded, ft.origin, len(ft.folded)
    spans: dict[tuple[int, int], Match] = {}
    for trie in tries:
        for i, ends in trie.starts(folded).items():
            if i > 0 and origin[i - 1] == origin[i]:
                continue
            for j, payloads in ends:
                if j < n and origin[j] == origin[j - 1]:
                    continue
                s, e = start + origin[i], start + origin[j - 1] + 1
                e = min(_with_plural(text, s, e, folded[i:j]), end)
                if (s, e) == (start, end) or not on_boundaries(text, s, e):
                    continue
                m = Match(s, e, folded[i:j], tuple(payloads))
                if (s, e) not in spans and (accept is None or accept(m)):
                    spans[(s, e)] = m
    return [m for (s, e), m in sorted(spans.items())
            if not any(a <= s and e <= b and (a, b) != (s, e) or a < s < b < e or s < a < e < b for a, b in spans)]


def _with_plural(text: str, start: int, end: int, key: str) -> int:
    """Extend an English name over a plural ending: ``osteoclasts``, ``ILs``; a symbol that
    ends in a digit takes a bare ``s`` (``ILC2s``, ``cDC1s``)."""
    if not key.isascii() or not key[-1:].isalnum():
        return end
    if key[-1].isdigit():
        plural = text[end:end + 1] == "s" and not is_word_char(text[end + 1:end + 2])
        return end + 1 if plural and text[end - 1].isdigit() and sum(c.isalpha() for c in key) >= 2 else end
    for suffix in ("s", "es"):
        stop = end + len(suffix)
        ends = not is_word_char(text[stop:stop + 1]) or _references_glued(text, stop)  # (``cells3,4``)
        if text[end:stop].lower() == suffix and ends:
            if depluralize(key + suffix) == key or key[-1].isupper() or text[end - 1].isupper():
                return stop
    return end


def on_boundaries(text: str, start: int, end: int) -> bool:
    """Latin names start and end at word boundaries; Chinese names need not."""
    if is_word_char(text[start]) and start > 0 and is_word_char(text[start - 1]):
        return False
    if is_word_char(text[end - 1]) and end < len(text) and is_word_char(text[end]):
        return _references_glued(text, end)
    return True


_GLUED_REFERENCES = re.compile(r"[a-z]{4,}(?=(?:\d{1,3}[,\u2013-])*\d{1,3}(?!\w))")


def _references_glued(text: str, end: int) -> bool:
    """``the induction and function of TH9 cells3,4,5``, ``for TH9 cell development3,4.``: reference numbers
    glued to a word in lower case end it (not ``Notch1``, ``Th17``, ``Smad3``: a capital or a short symbol)."""
    start = end
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    found = _GLUED_REFERENCES.match(text, start)
    return found is not None and found.end() == end and (start == 0 or not text[start - 1].isdigit())


# --- name patterns ----------------------------------------------------------

@dataclass(frozen=True)
class NamePattern:
    """A family of names too open to list: ``miR-21``, ``miR-26a-5p``…"""

    regex: "re.Pattern"
    id_template: str
    type: str
    name_template: str
    source: str


class NamePatterns:
    def __init__(self, patterns: list[NamePattern]) -> None:
        self.patterns = patterns

    def find(self, text: str, covered: list[tuple[int, int]]):
        """(start, end, Concept) for pattern matches outside ``covered``."""
        from ..dictionary.lexicon import Concept

        for p in self.patterns:
            for m in p.regex.finditer(text):
                if overlaps_any(m.start(), m.end(), covered) or not on_boundaries(text, m.start(), m.end()):
                    continue
                groups = [g or "" for g in m.groups()]
                fill = lambda s: re.sub(r"\{(\d)\}", lambda k: groups[int(k.group(1)) - 1], s)  # noqa: E731
                yield m.start(), m.end(), Concept(fill(p.id_template), p.type, fill(p.name_template))


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` shares a character with any of ``spans``."""
    return any(start < b and a < end for a, b in spans)


# --- fuzzy fallback ---------------------------------------------------------

# Letters OCR confuses (``lnterleukin`` for ``Interleukin``): a first letter
# may be either twin.
_OCR_TWINS = {"l": "i", "i": "i", "q": "o", "o": "o"}


class FuzzyIndex:
    """Near-misses of English dictionary names (OCR slips, typos), by rapidfuzz.

    Only words that look like names are tried: they contain a capital
    letter or a digit after the first character (``lnterleukin-6``,
    ``TNF-alpah``), or are long (``osteoclastogensis``). A candidate is
    compared with names of similar length; the best one at or above
    ``threshold`` (``fuzz.ratio`` on folded text, 0-100) wins. The threshold
    is measured by ``python -m pipeline.runtime.tune_fuzzy`` and kept in
    ``dictionaries/settings.tsv``.
    """

    MIN_LENGTH = 6

    def __init__(self, names: dict[str, "object"], threshold: float) -> None:
        self.threshold = threshold
        # names by (length, first letter, digits): the only ones a slip can have come from
        self.by_shape: dict[tuple[int, str, str], list[str]] = {}
        self.concepts = names
        for key in names:
            if len(key) >= self.MIN_LENGTH:
                self.by_shape.setdefault(_shape(key), []).append(key)

    def best(self, folded: str) -> tuple[str, float] | None:
        """The closest name, if close enough. A slip never changes the
        numbers in a name (OSBPL1 is not OSBPL11, lymphoma-2 not lymphoma)
        nor its first letter (but for OCR twins), so candidates agree on both."""
        from rapidfuzz import fuzz, process

        n, first, digits = _shape(folded)
        choices = [k for d in (-2, -1, 0, 1, 2) for k in self.by_shape.get((n + d, first, digits), ())]
        if not choices:
            return None
        hit = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=self.threshold)
        return (hit[0], hit[1]) if hit else None

    def find(self, text: str, covered: list[tuple[int, int]], no_slip=None):
        """(start, end, Concept) for near-miss names outside ``covered``; ``no_slip(word, name)``, when
        given, says a word is no slip of the name it is near (``NewNameRules.opposite_slip``)."""
        for m in _NAMEISH.finditer(text):
            start, end = m.span()
            if overlaps_any(start, end, covered):
                continue
            word = m.group()
            key = fold(word)
            if len(key) < self.MIN_LENGTH or not looks_like_name(word):
                continue
            hit = self.best(key)
            # a word that begins (or is begun by) a name is that name cut short, no slip:
            # ``tolerogenic`` (mediators) is not the tolerogenic DC
            if hit and hit[0] != key and not hit[0].startswith(key) and not key.startswith(hit[0]) \
                    and not (no_slip and no_slip(word, hit[0])):
                yield start, end, self.concepts[hit[0]]


def _shape(key: str) -> tuple[int, str, str]:
    """What a slip keeps of a name: about its length, its first letter (but for OCR twins), its digits."""
    return len(key), _OCR_TWINS.get(key[0], key[0]), re.sub(r"\D", "", key)


_NAMEISH = re.compile(r"[A-Za-z][A-Za-z0-9α-ωΑ-Ω]*(?:[-/][A-Za-z0-9α-ωΑ-Ω]+)*")


def looks_like_name(word: str) -> bool:
    """A word worth a fuzzy lookup: a capital or digit after its first letter, or long; not a
    lower-case verb form or adverb, capitalised at most (``Interfering`` is no slip of ``interferon γ``)."""
    if word[1:].islower() and word.lower().endswith(_WORD_ENDINGS):
        return False
    return any(c.isupper() or c.isdigit() for c in word[1:]) or len(word) >= 10


_WORD_ENDINGS = ("ing", "ed", "ly")
