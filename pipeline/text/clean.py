"""A cleaned view of a stretch of the document, with a map back to the source.

Matching and sentence splitting work on the cleaned view; everything they
find is mapped back to ``Document.text`` before it becomes a record. Each
cleaned character ``i`` comes from the source span
``[starts[i], ends[i])``: a kept character maps to itself, a replacement
(``$\\beta$`` to ``β``) maps to the whole span it replaces, and an inserted
join space maps to the line break it stands for. Removed text (citation
markers, Markdown emphasis, the hyphen of a word broken across lines) maps
to nothing.

What is cleaned, and why:

* lines are joined: Chinese lines with nothing between them (``细`` +
  ``胞因子``), English lines with a space, and a word hyphenated across a
  line break is rejoined (``inflamma-`` + ``tory``);
* citation markers ``[1-2]``, ``［1-2］``, ``〔1〕``, ``<sup>[13-14]</sup>``
  are removed, so they do not sit between a name and its verb, and so are
  a PDF's superscript citation numbers (``Interleukin-10¹²``), which the
  PDF reader finds by their size and place and hands over as spans;
* LaTeX Greek letters (``TNF- $\\alpha$``) become the letter (``TNF-α``);
* Markdown emphasis, escapes and bare links are removed;
* a space between two Chinese characters is removed (``细 胞 因 子``, a
  PDF-extraction artefact: Chinese has no spaces between words);
* full-width letters and digits become ASCII (``ＩＬ－６`` to ``IL－6``); the
  matcher folds the rest;
* a mirror site's pinyin gloss after a Chinese character is removed
  (``發(fā)現(xiàn)`` reads ``發現``): parentheses right after a Han character
  holding only pinyin syllables, at least one with a tone mark.

A paper in traditional characters is cleaned from its simplified reading text
(``traditional.py``), of the same length: the map back is the same.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from ..textnorm import GREEK_NAMES, is_cjk, lines_of, strip_span

_LATEX_GREEK_TO_CHAR = {name: char for char, name in GREEK_NAMES.items()}
_GREEK_ALT = "|".join(sorted(_LATEX_GREEK_TO_CHAR, key=len, reverse=True))

# Pinyin: a syllable is an initial, vowels (one may carry a tone mark) and a final
# (``fā``, ``xiàn``, ``zhōng``, ``ér``); _TONE_MARKED are the vowels with a tone mark. The
# syllables are read in an atomic group (``(?>…)``): ``aaaa`` splits into syllables in many
# ways, and a run of letters not closed by ``)`` would otherwise be tried in every one.
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_SYLLABLE = "(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv" + _TONE_MARKED + "]+(?:ng|n|r)?"

# One pattern per kind of markup; the names say what each replacement does.
# ``greek`` starts only where white space starts (``(?<!\s)``): tried inside
# a run of white space that ``spaces`` does not take (``\u3000``), it read the
# rest of the run at every character, a cost quadratic in the run.
_MARKUP_PARTS = [
        r"(?P<sup_cite><sup>\s*[\[［]?\s*\d+(?:\s*[-–—~～,，、]\s*\d+)*\s*[\]］]?\s*</sup>)",
        r"(?P<tag></?(?:sup|sub|i|b|em|strong)>)",
        r"(?P<cite>[\[［〔]\s*\d+(?:\s*[-–—~～,，、]\s*\d+)*\s*[\]］〕])",
        r"(?P<greek>(?<!\s)\s*\$\s*\\(?:" + _GREEK_ALT + r")\s*\$)",
        r"(?P<latex>\$[^$\n]{1,40}\$)",
        r"(?P<link><https?://[^>\s]+>)",
        r"(?P<mdlink>\[(?P<mdlink_text>[^\]\n]{1,200})\]\((?:https?://|www\.)(?:[^()\s]|\([^()\s]*\))*\))",
        r"(?P<emph>\*\*|__)",
        r"(?P<escape>\\[*_\[\]()#<>`~-])",
        r"(?P<pinyin>(?<=[\u4e00-\u9fff])\((?=[^()\n]*[" + _TONE_MARKED + r"])"
        r"(?>(?:" + _PINYIN_SYLLABLE + r")+(?: (?:" + _PINYIN_SYLLABLE + r")+)*)\))",
        r"(?P<cjk_space>(?<=[\u4e00-\u9fff])[ \t\u00a0]+(?=[\u4e00-\u9fff]))",
        r"(?P<spaces>[ \t\u00a0]{2,})",
]
_MARKUP = re.compile("|".join(_MARKUP_PARTS))
# Every kind of markup but white space (``cjk_space``, ``spaces``) holds one of these characters: a
# line without one is searched for the white space kinds alone, the same matches (tests/test_clean_markup.py)
# for a third of the time (the whole expression is tried at every character of every line). A pinyin
# gloss holds a tone-marked vowel.
_MARKUP_CHARS = re.compile(r"[<\[［〔$*_\\" + _TONE_MARKED + "]")
_SPACE_MARKUP = re.compile("|".join(p for p in _MARKUP_PARTS if p.startswith(("(?P<cjk_space>", "(?P<spaces>"))))
_LATEX_COMMAND = re.compile(r"\\(" + _GREEK_ALT + r"|mathrm|text|mathbf|sim|times|pm|leq|geq|le|ge|cdot)")
_LATEX_SYMBOLS = {"sim": "~", "times": "×", "pm": "±", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥", "cdot": "·"}

_CJK_PUNCT = set("，。、；：！？（）【】《》“”‘’「」『』〔〕［］")


@dataclass(frozen=True)
class CleanText:
    """Cleaned text with, for each character, the source span it came from."""

    text: str
    starts: array
    ends: array

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of cleaned characters ``[start, end)``."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside cleaned text of length {len(self.text)}")
        return self.starts[start], self.ends[end - 1]


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts = array("i")  # 4 bytes an offset: a document holds fewer than 2**31 characters
        self.ends = array("i")

    def put(self, s: str, start: int, end: int) -> None:
        for c in s:
            self.chars.append(c)
            self.starts.append(start)
            self.ends.append(end)

    def copy(self, text: str, start: int, end: int) -> None:
        self.chars.extend(text[start:end].translate(_HALFWIDTH_ALNUM))
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def last(self, k: int = 1) -> str:
        return self.chars[-k] if len(self.chars) >= k else ""

    def pop(self) -> None:
        self.chars.pop()
        self.starts.pop()
        self.ends.pop()

    def build(self) -> CleanText:
        return CleanText("".join(self.chars), self.starts, self.ends)


# Full-width letters and digits to ASCII (a table for ``str.translate``); punctuation keeps its width.
_HALFWIDTH_ALNUM = {o: o - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                    for o in range(r[0], r[1] + 1)}
# The Unicode hyphen and non-breaking hyphen that publishers put inside words (M1‑like, long‑term,
# IL‑6) to the ASCII hyphen the parser and the patterns know; one character for one, so offsets stay exact.
_HALFWIDTH_ALNUM.update({0x2010: "-", 0x2011: "-"})


def clean_pieces(text: str, pieces: list[tuple[int, int]],
                 drop: tuple[tuple[int, int], ...] = ()) -> CleanText:
    """Clean the source ranges ``pieces`` (lines, in order) into one view.

    Pieces are joined as lines of one paragraph: see ``_join``. The source
    spans ``drop`` (a PDF's superscript citation markers, which the reader
    found by their size and place) are removed like ``[12]``.
    """
    out = _Builder()
    prev_end: int | None = None
    for start, end in pieces:
        start, end = strip_span(text, start, end)
        if start >= end:
            continue
        if prev_end is not None and out.chars:
            _join(out, text, prev_end, start)
        for a, b in _kept(start, end, drop):
            _clean_line(out, text, a, b)
        prev_end = end
    return out.build()


def _kept(start: int, end: int, drop: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """``[start, end)`` without the spans of ``drop`` (sorted, as the reader
    lists them) that lie in it; found by bisection, so that a long paper's
    every line does not walk all its citations."""
    kept, pos = [], start
    for k in range(bisect_right(drop, start, key=lambda span: span[1]), len(drop)):
        a, b = drop[k]
        if a >= end:
            break
        if b <= pos:
            continue
        if a > pos:
            kept.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        kept.append((pos, end))
    return kept


def clean_span(text: str, start: int, end: int) -> CleanText:
    """Clean one range of the source, its line breaks joined as in a paragraph."""
    pieces = [(start + a, start + b) for a, b in lines_of(text[start:end])]
    return clean_pieces(text, pieces)


def _clean_line(out: _Builder, text: str, start: int, end: int) -> None:
    pos = start
    markup = _MARKUP if _MARKUP_CHARS.search(text, start, end) else _SPACE_MARKUP
    for m in markup.finditer(text, start, end):
        out.copy(text, pos, m.start())
        _replace(out, text, m)
        pos = m.end()
    out.copy(text, pos, end)


def _replace(out: _Builder, text: str, m: re.Match) -> None:
    kind = m.lastgroup
    a, b = m.span()
    if kind in ("sup_cite", "tag", "cite", "link", "emph", "cjk_space", "pinyin"):
        return
    if kind == "greek":
        letter = _LATEX_GREEK_TO_CHAR[re.search(r"\\([a-z]+)", m.group()).group(1)]
        # ``TNF- $\alpha$`` is ``TNF-α``: the space before the formula goes
        # with it when it follows a name; a space after a word stays.
        lead = len(m.group()) - len(m.group().lstrip())
        if lead and not (out.last() in "-–" or out.last().isalnum()):
            out.put(" ", a, a + lead)
        out.put(letter, a + lead, b)
    elif kind == "latex":
        out.put(_latex_text(m.group()[1:-1]), a, b)
    elif kind == "mdlink":
        out.copy(text, m.start("mdlink_text"), m.end("mdlink_text"))
    elif kind == "escape":
        out.put(m.group()[1], a, b)
    elif kind == "spaces":
        out.put(" ", a, b)


def _latex_text(body: str) -> str:
    """The plain text of a short inline formula: ``CD8^{+}`` to ``CD8+``."""
    body = _LATEX_COMMAND.sub(
        lambda m: _LATEX_GREEK_TO_CHAR.get(m.group(1), _LATEX_SYMBOLS.get(m.group(1), "")), body)
    return re.sub(r"[{}^_\\]", "", body).strip()


def _join(out: _Builder, text: str, gap_start: int, gap_end: int) -> None:
    """Join two lines of a paragraph.

    * ``inflamma-`` + ``tory``: a lower-case word broken by a hyphen is
      rejoined and the hyphen dropped (``IL-`` + ``6`` keeps its hyphen);
    * a Chinese character or Chinese punctuation on either side: nothing
      between (Chinese has no spaces between words);
    * after ``/``, ``-`` or ``(``, before ``)``: nothing;
    * otherwise one space, standing for the line break.
    """
    p, n = out.last(), text[gap_end]
    if p == "-" and out.last(2).islower() and n.islower():
        out.pop()
        return
    if is_cjk(p) or is_cjk(n) or p in _CJK_PUNCT or n in _CJK_PUNCT:
        return
    if p in "/-–(（" or n in ")）/,.;:":
        return
    out.put(" ", gap_start, gap_end)
