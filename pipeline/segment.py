"""Sections and sentences, in Chinese, English and mixed text.

Reads a ``Document`` and returns its ``Sentence`` records; each sentence
carries its cleaned view so later stages can match on it.

Sections come from the lines of the document: front matter (title,
authors, affiliations, fund, DOI and citation lines), ``abstract``
(摘要 / Abstract), ``keywords``, ``body`` and ``references`` (参考文献 /
References; without a heading, a list found by its shape: entries that
start with a label or an author, years, volumes and pages, DOIs; an
author-year list cut into entries where an author follows a line that
ended an entry). Headings are numbered, Markdown or bold, set in a larger
type (PDF), in capitals or after a Roman numeral (``II. RELATED WORK``), or
the usual names of a paper's parts. Lines of front matter that a page break dropped into the
middle of the body (a DOI or fund line between two halves of a sentence)
are set aside, and the sentence they interrupted is kept whole: its span
then covers them, as the source does. Lines the PDF reader set aside (a
PDF's running headers, footers and page numbers: ``furniture``; its
footnotes: ``footnote``; figure and table captions: ``caption``; tables:
``table``; display equations: ``equation``; a page whose
text layer is undecodable: ``garbled``) are labelled so and never read as
sentences of the paper.

Sentences end at 。！？ and at . ? ! followed by a new sentence, but not after
``et al.``, ``Fig.``, ``vs.``, ``i.e.``, in decimals, in variant names such as
``p.V617F``, or inside parentheses. The patterns for lines and
abbreviations are kept here, short and commented: they describe the layout
of papers, not biology.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .clean import CleanText, clean_pieces
from .records import Document, Sentence, box_columns
from .word_patterns import section_words
from .textnorm import is_cjk, lines_of

# --- line patterns -------------------------------------------------------

_DECOR = r"[\s*#【】\[\]［］:：]*"
# The words of headings and front matter are dictionaries/sections.tsv's (word_patterns.py).
_WORDS = section_words()
_ABSTRACT = re.compile(r"^" + _DECOR + "(" + _WORDS.alternation("abstract") + ")" + _DECOR, re.I)
_KEYWORDS = re.compile(r"^" + _DECOR + "(" + _WORDS.alternation("keywords") + ")" + _DECOR, re.I)
_REFERENCES = re.compile(r"^" + _DECOR + "(" + _WORDS.alternation("references") + ")" + _DECOR + r"$", re.I)
_FRONT = re.compile(r"^[\s*\\#\[【]*(" + _WORDS.alternation("front") + ")", re.I)
# A citation of a paper ("…研究进展[J].实用医学杂志") outside the reference list.
_CITATION = re.compile(r"\[[JMCDNP](?:/OL)?\]\s*[.．]")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:" + _WORDS.alternation("heading_numeral") + r"){1,3}[、.．])\s*(?=\S)")
_BOLD_HEADING = re.compile(r"^\s*\*\*(\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*[^*\n]{1,60})\*\*\s*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[\d{1,3}\]|\d{1,3}[.\s])\s*")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")
# The first line of a reference entry: a list label, or its first author
# (``Bosch, J.M., 1979.``, ``van der Beek, M.``, ``Afgan E, Baker D``, ``M. Bode,``).
_ENTRY_START = re.compile(
    r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.?\s*$|\d{1,3}\.\s"
    r"|[A-Z][\w'’\-]+(?:\s(?:van|von|de|der|den|la|le|di|da|du|dos))*(?:\s[A-Z][\w'’\-]+)?,\s(?:[A-Z]\.[\s\-]?){1,4}"
    r"|[A-Z][\w'’\-]+\s[A-Z]{1,3}[,.](?:\s|$)"
    r"|(?:[A-Z]\.\s?-?){1,3}\s?[A-Z][\w'’\-]+,)")
# What a reference holds: a year, volume and pages, a DOI, a type tag ([J]).
_REFERENCE_MARK = re.compile(
    r"\b(?:19|20)\d{2}\b|\d+\s*\(\d+\)\s*[:,]|\d+\s*[:,]\s*\d+\s*[-–]\s*\d+|\bdoi\b|\[[JMCDNP]\]", re.I)
# A reference list without its heading: of this many lines from an entry's
# first line, this many hold a reference's marks and this many start entries.
_SHAPE_LINES, _SHAPE_MARKED, _SHAPE_ENTRIES = 8, 4, 3
# A printed title line is narrower than this share of the wider line beside it.
_SHORT_PRINTED = 0.6
# A heading in capitals or after a Roman numeral (``II. RELATED WORK``,
# ``MATERIALS AND METHODS``, ``III. Results``), as English journals set them:
# words of letters, one of six or more (gene symbols are shorter or hold digits).
_CAPS_HEADING = re.compile(
    r"^\s*(?:(?:[IVX]{1,4}|\d{1,2})\.?\s+)?(?=[^a-z]*[A-Z]{6})[A-Z][A-Z\-–&,:() ]{5,60}$"
    r"|^\s*[IVX]{1,4}\.\s+[A-Z][a-z]+(?:\s[A-Za-z]+){0,6}$")
# A list item of running text: a bullet glyph, a Markdown bullet, ``(1)``, ``1)`` or a circled
# number. Each item is a paragraph of its own, so no sentence runs from one item into the next.
_BULLET = re.compile(r"^\s*(?:[•▪◦●■▸►‣⁃∙·]\s*|[-*+]\s+|[(（]\d{1,2}[)）]\s*|\d{1,2}[)）]\s+|[①-⑳]\s*)(?=\S)")
# The subheadings of papers and structured abstracts, on a line of their own or
# before a colon (``Background: …``): they name a part of the text, never a claim.
_SUBHEADING = re.compile(
    r"^" + _DECOR + "(" + _WORDS.alternation("subheading") + r")\s*(?:[:：]\s*|$)", re.I)
_INTRODUCTION = re.compile(_WORDS.alternation("introduction"), re.I)
_SENTENCE_END = "。！？!?"

# English abbreviations after which a period does not end a sentence (sections.tsv, no_sentence_end).
_ABBREVIATIONS = set(_WORDS.patterns["no_sentence_end"])
_CLOSERS = "”’\"'）)」』】]"


@dataclass(frozen=True)
class Block:
    """Consecutive source lines that read as one paragraph of one section."""

    section: str
    pieces: tuple[tuple[int, int], ...]
    heading: bool = False


@dataclass(frozen=True)
class SentenceView:
    """A sentence and the cleaned view its matching runs on."""

    sentence: Sentence
    clean: CleanText
    paragraph: int


def segment(doc: Document) -> list[SentenceView]:
    """All sentences of ``doc``, in document order, with their cleaned views."""
    return list(iter_segment(doc))


def iter_segment(doc: Document) -> Iterator[SentenceView]:
    """``segment``'s sentences one at a time, each block cleaned as it is
    reached: a very long paper is read without all its views in memory."""
    n = 0
    for para, block in enumerate(blocks_of(doc.text, doc.set_aside, doc.headings, doc.bbox if doc.page_runs else None)):
        clean = clean_pieces(doc.text, list(block.pieces), doc.citations)
        if not clean.text.strip():
            continue
        whole = block.heading or block.section not in ("abstract", "body")
        spans = [(0, len(clean.text))] if whole else split_sentences(clean.text)
        for a, b in spans:
            heading = block.heading
            if not heading and block.section in ("body", "abstract") and _inline_heading(clean.text[a:b]):
                heading = True
            start, end = clean.source_span(a, b)
            sub = _sub_clean(clean, a, b)
            sent = Sentence(
                doc_id=doc.doc_id, sent_id=n, start=start, end=end,
                lang=sentence_language(clean.text[a:b]), page=doc.page_of(start),
                section="heading" if heading else block.section,
                text=doc.text[start:end], **box_columns(doc.bbox(start, end)),
            )
            yield SentenceView(sent, sub, para)
            n += 1


def _inline_heading(s: str) -> bool:
    return bool(_NUMBERED.match(s)) and len(s) <= 60 and s.rstrip()[-1:] not in _SENTENCE_END + "."


def _sub_clean(clean: CleanText, a: int, b: int) -> CleanText:
    return CleanText(clean.text[a:b], clean.starts[a:b], clean.ends[a:b])


# --- sections ------------------------------------------------------------

def blocks_of(text: str, set_aside: tuple[tuple[int, int, str], ...] = (),
              headings: tuple[tuple[int, int], ...] = (), box_of=None) -> list[Block]:
    """Group the document's lines into blocks of one section each.

    A line inside a ``set_aside`` span (the reader's ``(start, end, why)``:
    a PDF's running headers and footers, a garbled page) is a block of its
    own whose section is the ``why``, whatever the state of the reading.
    Lines the reader saw set in a larger type (``headings``, PDF only) are
    headings, a heading broken over lines read as one. ``box_of(start, end)``
    (a PDF's ``Document.bbox``) gives where a line was printed: a line of a
    paragraph is as wide as the lines round it, a title narrower.
    """
    return _BlockReader(text, set_aside, headings, box_of).read()


class _BlockReader:
    """A small state machine over lines: front → abstract → keywords → body →
    references, with front-matter lines allowed anywhere (page breaks)."""

    def __init__(self, text: str, set_aside: tuple[tuple[int, int, str], ...] = (),
                 headings: tuple[tuple[int, int], ...] = (), box_of=None) -> None:
        self.text = text
        self.box_of = box_of
        self.set_aside = sorted(set_aside)
        self.heading_starts = {start for start, _ in headings}
        self.lines = [(a, b) for a, b in lines_of(text) if text[a:b].strip()]
        self.state = "front"
        self.abstract_lang: str | None = None
        self.blocks: list[Block] = []
        self.current: list[tuple[int, int]] = []
        self.current_section: str | None = None

    def read(self) -> list[Block]:
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self._flush()
        return self.blocks

    # -- output
    def _flush(self) -> None:
        if self.current:
            self.blocks.append(Block(self.current_section, tuple(self.current)))
        self.current, self.current_section = [], None

    def _alone(self, section: str, *pieces: tuple[int, int], heading: bool = False) -> None:
        self._flush()
        pieces = tuple(p for p in pieces if p[0] < p[1])
        if pieces:
            self.blocks.append(Block(section, pieces, heading=heading))

    def _aside(self, section: str, piece: tuple[int, int]) -> None:
        """A block that a page break dropped into the paragraph being read:
        recorded on its own, without ending the paragraph."""
        self.blocks.append(Block(section, (piece,)))

    def _add(self, section: str, piece: tuple[int, int]) -> None:
        if piece[0] >= piece[1]:
            return
        if self.current_section != section:
            self._flush()
            self.current_section = section
        self.current.append(piece)

    # -- one line; returns the index of the next line to read
    def _line(self, i: int) -> int:
        start, end = self.lines[i]
        line = self.text[start:end]
        why = self._set_aside_as(start)
        if why:
            self._aside(why, (start, end))
            return i + 1
        if self.state == "references":
            return self._reference_line(i)
        if _REFERENCES.match(line):
            self.state = "references"
            self._alone("references", (start, end), heading=True)
            return i + 1
        if self.state == "body" and self._reference_list_at(i):
            self.state = "references"
            return self._reference_line(i)
        m = _ABSTRACT.match(line)
        if m and (len(line.strip()) < 400 or m.group().strip(" *#") != m.group().strip()):
            self.state = "abstract"
            self.abstract_lang = "en" if m.group(1).lower() in ("abstract", "summary") else "zh"
            self._alone("abstract", (start, start + m.end()), heading=True)
            self._add("abstract", (start + m.end(), end))
            return i + 1
        m = _KEYWORDS.match(line)
        if m:
            self.state = "after_keywords"
            self._alone("keywords", (start, start + m.end()), heading=True)
            self._alone("keywords", (start + m.end(), end))
            return i + 1
        if _FRONT.match(line) or _CITATION.search(line):
            if self.state == "body":
                self._aside("front", (start, end))
            else:
                self._alone("front", (start, end))
            return i + 1
        sub = _SUBHEADING.match(line)
        if sub and self.state != "front":
            return self._subheading(i, sub)
        if self.state in ("abstract", "body") and _CAPS_HEADING.match(line) and self._after_sentence(i):
            self.state = "body"
            self._alone("body", (start, end), heading=True)
            return i + 1
        large = self._large_type_heading(i)
        heading = large or _heading_at(self.text, self.lines, i)
        if not heading and self._short_title(i):
            # an unnumbered title inside the abstract or body keeps the section it is in
            self._alone(self.state, (start, end), heading=True)
            return i + 1
        if heading:
            pieces, rest, next_i = heading
            # The paper's title (``# 标题``, or unnumbered large type) stays in the front matter.
            title = self.state == "front" and (
                line.lstrip().startswith("# ") or (large and not _NUMBERED.match(line)))
            if self.state in ("front", "after_keywords", "abstract") and not title:
                self.state = "body"
            section = "body" if self.state == "body" else "front"
            self._alone(section, *pieces, heading=True)
            if rest:
                self._add(section, rest)
            return next_i
        if self.state in ("front", "after_keywords"):
            if not _looks_like_paragraph(self._with_continuation(i)):
                self._alone("front", (start, end))
                return i + 1
            self.state = "body"
        elif self.state == "abstract" and self.abstract_lang == "en" and _starts_chinese_text(line):
            # An English abstract followed, without a heading, by the
            # Chinese body (as in many Chinese journals).
            self.state = "body"
        bullet = _BULLET.match(line)
        if bullet:
            self._flush()
            start += bullet.end()
        self._add(self.state, (start, end))
        return i + 1

    def _with_continuation(self, i: int) -> str:
        """Line ``i`` with the lines that carry on its sentence (a PDF breaks
        sentences into lines: the next line goes on in lower case), up to
        four of them."""
        text = self.text[self.lines[i][0]:self.lines[i][1]]
        for a, b in self.lines[i + 1:i + 5]:
            nxt = self.text[a:b].lstrip()
            if not nxt[:1].islower() or text.rstrip()[-1:] in ".。!?！？" or self._set_aside_as(a):
                break
            text += " " + nxt
        return text

    def _subheading(self, i: int, m: re.Match) -> int:
        """``Background`` / ``Introduction`` / ``结论：``: a heading of its own, the
        rest of its line (a structured abstract's text) the start of a paragraph.
        The introduction starts the body; the others keep the section they are in."""
        start, end = self.lines[i]
        if _INTRODUCTION.fullmatch(m.group(1)) or self.state == "after_keywords":
            self.state = "body"
        head_end = start + len(m.group().rstrip())
        self._alone(self.state, (start, head_end), heading=True)
        if head_end < end and self.text[head_end:end].strip():
            self._add(self.state, (start + m.end(), end))
        return i + 1

    def _after_sentence(self, i: int) -> bool:
        """Line ``i`` starts a paragraph: the line before ended a sentence,
        or a heading (``ACKNOWLEDGMENTS`` may head a paragraph; ``JAK/STAT3``
        broken onto a line of its own inside a sentence does not)."""
        if i == 0 or self._after_heading():
            return True
        before = self.text[self.lines[i - 1][0]:self.lines[i - 1][1]].rstrip()
        return before[-1:] in _SENTENCE_END + "." + _CLOSERS

    def _after_heading(self) -> bool:
        """Nothing read since the last heading (``Introduction`` then ``VEGF``)."""
        return not self.current and bool(self.blocks) and self.blocks[-1].heading

    def _short_title(self, i: int) -> bool:
        """An unnumbered English title line inside the text (``VEGF isoforms``):
        short, no sentence punctuation at its end, right after a line that ended a
        sentence (so never a line broken inside one), and followed by more text
        that starts a sentence. Chinese lines are left alone: text converted from
        PDFs breaks them at a fixed width, so a short line is often a paragraph's
        first line."""
        if self.state not in ("abstract", "body") or i == 0 or i + 1 >= len(self.lines):
            return False
        start, end = self.lines[i]
        title = self.text[start:end].strip()
        before = self.text[self.lines[i - 1][0]:self.lines[i - 1][1]].rstrip()
        after = self.text[self.lines[i + 1][0]:self.lines[i + 1][1]].lstrip()
        if len(title) > 60 or len(title.split()) > 8 or _ends_sentence(title) or not _balanced(title) \
                or any(is_cjk(c) for c in title) or title[:1].islower() or not after[:1].isascii() or not after[:1].isupper() \
                or not (before[-1:] in _SENTENCE_END + "." + _CLOSERS or self._after_heading()):
            return False
        # A printed line of a paragraph is as wide as the lines round it.
        return self.box_of is None or self._width(i) < _SHORT_PRINTED * max(self._width(i - 1), self._width(i + 1))

    def _width(self, i: int) -> float:
        box = self.box_of(*self.lines[i])
        return box[2] - box[0] if box else 0.0

    def _large_type_heading(self, i: int):
        """A heading the PDF sets in a larger type, at line ``i``: its lines
        (up to three, but not the next numbered heading), as ``_heading_at``."""
        if self.lines[i][0] not in self.heading_starts:
            return None
        j = i + 1
        while j < len(self.lines) and j - i < 3 and self.lines[j][0] in self.heading_starts \
                and not _NUMBERED.match(self.text[self.lines[j][0]:self.lines[j][1]]):
            j += 1
        return list(self.lines[i:j]), None, j

    def _set_aside_as(self, offset: int) -> str | None:
        """Why the line at ``offset`` was set aside by the reader, if it was."""
        i = bisect_right(self.set_aside, (offset, math.inf, "")) - 1
        if i >= 0 and self.set_aside[i][0] <= offset < self.set_aside[i][1]:
            return self.set_aside[i][2]
        return None

    def _reference_list_at(self, i: int) -> bool:
        """A reference list without its heading starts at line ``i``: an
        entry's first line, and most of the lines from it have a
        reference's marks (years, volumes and pages, DOIs) and several start
        entries."""
        if not _ENTRY_START.match(self.text[self.lines[i][0]:self.lines[i][1]]):
            return False
        window = [self.text[a:b] for a, b in self.lines[i:i + _SHAPE_LINES] if not self._set_aside_as(a)]
        return len(window) == _SHAPE_LINES and sum(1 for t in window if _REFERENCE_MARK.search(t)) >= _SHAPE_MARKED \
            and sum(1 for t in window if _ENTRY_START.match(t)) >= _SHAPE_ENTRIES

    def _reference_line(self, i: int) -> int:
        start, end = self.lines[i]
        line = self.text[start:end]
        item = _LIST_ITEM.match(line) or _MD_BULLET.match(line)
        if not item and not _REFERENCE_MARK.search(line) and not _REFERENCES.match(line) and (
                _CAPS_HEADING.match(line) or self._large_type_heading(i)):
            # a heading after the list (appendix, supplementary data): the list is over
            self.state = "body"
            self._alone("body", (start, end), heading=True)
        elif _FRONT.match(line) and not item:
            self._alone("front", (start, end))
        elif item:
            self._flush()
            self._add("references", (start + item.end(), end))
        elif self._entry_after_entry(i):
            self._flush()
            self._add("references", (start, end))
        else:
            self._add("references", (start, end))
        return i + 1

    def _entry_after_entry(self, i: int) -> bool:
        """Line ``i`` starts a new entry of a list without labels (author and
        year): it opens with an author and the line before ended an entry
        (a stop, a figure or a bracket: ``…108, 29–37.``)."""
        if i == 0 or not _ENTRY_START.match(self.text[self.lines[i][0]:self.lines[i][1]]):
            return False
        before = self.text[self.lines[i - 1][0]:self.lines[i - 1][1]].rstrip()
        return before[-1:] in ".)]" or before[-1:].isdigit()


def _heading_at(text: str, lines: list[tuple[int, int]], i: int):
    """A heading that starts line ``i``: ``(heading pieces, rest of the
    paragraph or None, index of the next line)``, or None.

    Headings come as Markdown (``## 1 LIF简介``), bold (``**2.4 标题** 正文``),
    numbered lines (``1. 引言``), and, in some journals, a numbered title run
    into its paragraph and ended by an ideographic space
    (``1.1.1 促进肿瘤细胞增殖和存活　如造血干细胞…``), sometimes broken
    across two lines.
    """
    start, end = lines[i]
    line = text[start:end]
    if _MD_HEADING.match(line):
        return [(start, end)], None, i + 1
    m = _BOLD_HEADING.match(line)
    if m:
        return [(start, start + m.end())], (start + m.end(), end), i + 1
    m = _NUMBERED.match(line)
    if not m or _bare_number_glued(m):
        return None
    title_start = start + m.end()
    gap = text.find("\u3000", title_start, end)
    if gap != -1 and "。" not in text[title_start:gap] and gap - title_start <= 80:
        return [(start, gap)], (gap + 1, end), i + 1
    title = text[title_start:end].strip()
    if i + 1 < len(lines) and len(title) <= 40 and not _ends_sentence(title):
        n_start, n_end = lines[i + 1]
        gap = text.find("\u3000", n_start, min(n_end, n_start + 40))
        if gap != -1 and "。" not in text[n_start:gap] and not _NUMBERED.match(text[n_start:n_end]):
            return [(start, end), (n_start, gap)], (gap + 1, n_end), i + 2
    if len(title) <= 40 and not _ends_sentence(title) and _balanced(title) \
            and not re.match(r"^[\d.]", title) and not _looks_like_paragraph(title):
        return [(start, end)], None, i + 1
    if "." in m.group(1).strip(".") or m.group(1)[-1:] in ".、．":
        # ``2.2 BMSC对AML的作用 白血病细胞与…``: a multi-level number, a short
        # title, a space, then the paragraph.
        sp = re.search(r"\s", text[title_start:end])
        if sp and 2 <= sp.start() <= 30:
            cut = title_start + sp.start()
            head = text[title_start:cut]
            if _balanced(head) and not any(p in head for p in "，。,;；：:"):
                return [(start, cut)], (cut + 1, end), i + 1
    return None


def _bare_number_glued(m: re.Match) -> bool:
    """``49细胞中的…``: a bare number glued to the text after it starts a
    line broken inside a sentence (``A5`` / ``49细胞``), not a heading,
    which puts a space after a bare number (``1 引言``)."""
    number = m.group(1)
    return number.isdigit() and m.end(1) == m.end()


def _ends_sentence(s: str) -> bool:
    return s[-1:] in _SENTENCE_END + ".，,；;、：:"


def _balanced(s: str) -> bool:
    return s.count("(") + s.count("（") == s.count(")") + s.count("）")


def _starts_chinese_text(line: str) -> bool:
    s = line.strip()
    return sum(1 for c in s[:40] if is_cjk(c)) >= 10


def _looks_like_paragraph(line: str) -> bool:
    """Running text: long and with the punctuation of sentences, or a
    shorter line that ends a sentence (titles and author lines do not)."""
    s = line.strip()
    han = len(_HAN.findall(s))
    long_enough = han >= 20 or len(s) >= 100
    if long_enough and any(p in s for p in "，。,.;；"):
        return True
    return s[-1:] in "。！？" and han >= 5 or (s[-1:] in ".!?" and len(s.split()) >= 6)


# --- sentences -----------------------------------------------------------

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
        if c == "\u3000" and i - start <= 80 and _NUMBERED.match(text[start:i].lstrip()) \
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
    if k > j:
        return j if follower.isupper() or follower in "“\"‘([" or (follower.isdigit() and c != ".") else None
    # ``osteoclasts.In recent years``: a sentence glued to the last one, as
    # in text scraped from the web; but not ``p.V617F`` or ``J.Biol``.
    word = _ascii_word_before(text, i)
    glued = follower.isupper() and k + 1 < len(text) and (text[k + 1].islower() or text[k + 1] == " ")
    return j if glued and len(word) > 2 and word.islower() else None


def _ascii_word_before(text: str, i: int) -> str:
    """The run of ASCII letters that ends at ``i`` (``""`` if none). Walking
    back costs only the run: a search over ``text[:i]`` per full stop was
    quadratic in a long sequence of letters (a DNA sequence)."""
    start = i
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return text[start:i]


def _after_closers(text: str, j: int) -> int:
    while j < len(text) and text[j] in _CLOSERS:
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
        if len(word) == 1 and (i < 2 or not text[i - 2].isalpha()):
            # ``e.g.``, ``i.e.``, ``p.`` and initials.
            return True
    if i + 1 < len(text) and text[i + 1].isdigit() and i > 0 and text[i - 1].isdigit():
        return True
    return False


_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")  # textnorm.is_cjk, as a class
_LATIN_LETTER = re.compile("[A-Za-z]")


def sentence_language(s: str) -> str:
    """``zh`` for a sentence written in Chinese (English names inside or not)."""
    han = len(_HAN.findall(s))
    if han >= 3:
        return "zh"
    latin = len(_LATIN_LETTER.findall(s))
    return "zh" if han and han * 4 >= latin else "en"
