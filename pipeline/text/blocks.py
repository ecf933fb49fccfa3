"""Sections: a document's lines grouped into blocks, each one paragraph (or heading) of one section.

Sections come from the lines of the document: front matter (title,
authors, affiliations, fund, DOI and citation lines), ``abstract``
(摘要 / Abstract), ``keywords`` (关键词 / Keywords; after the front matter, a
line of them without its heading: ``SOCS;固有免疫;炎症``), ``body`` and ``references`` (参考文献 /
References; without a heading, a list found by its shape: entries that
start with a label or an author, years, volumes and pages, DOIs; an
author-year list cut into entries where an author follows a line that
ended an entry). A document that is front matter alone, with no running
text, is read as a body of its sentences. Headings are numbered, Markdown or bold, set in a larger
type (PDF), in capitals or after a Roman numeral (``II. RELATED WORK``), or
the usual names of a paper's parts. Lines of front matter that a page break dropped into the
middle of the body (a DOI or fund line between two halves of a sentence)
are set aside, and the sentence they interrupted is kept whole: its span
then covers them, as the source does. A blank line starts a paragraph, so
no sentence runs across it (not in text that leaves blank lines inside its
sentences, as conversions from PDFs with one after every printed line do); a
short label ended by a colon on a line of its own (``免疫调节:``) is a heading,
and a line ended by a colon ends its paragraph unless the next goes on. Lines the PDF reader set aside (a
PDF's running headers, footers and page numbers: ``furniture``; its
footnotes: ``footnote``; figure and table captions: ``caption``; tables:
``table``; display equations: ``equation``; a page whose
text layer is undecodable: ``garbled``) are blocks of their own, labelled so
and never read as sentences of the paper.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from .headings import heading_at
from .line_patterns import (ABSTRACT, BULLET, CAPS_HEADING, CITATION, CLOSERS, ENTRY_START, FRONT,
    INTRODUCTION, KEYWORDS, KEYWORD_LIST, LIST_ITEM, MD_BULLET, NUMBERED, REFERENCES, REFERENCE_MARK, SENTENCE_END,
    SUBHEADING, balanced, ends_sentence, label_line, looks_like_paragraph, runs_on, starts_chinese_text)
from ..textnorm import is_cjk, lines_of


# A reference list without its heading: of this many lines from an entry's
# first line, this many hold a reference's marks and this many start entries.
_SHAPE_LINES, _SHAPE_MARKED, _SHAPE_ENTRIES = 8, 4, 3
# A printed title line is narrower than this share of the wider line beside it.
_SHORT_PRINTED = 0.6
_ZH_TITLE_MAX = 30  # characters of an unnumbered Chinese title line
_CLAUSE_MARKS = "，。；：！？,;:!?"


@dataclass(frozen=True)
class Block:
    """Consecutive source lines that read as one paragraph of one section."""

    section: str
    pieces: tuple[tuple[int, int], ...]
    heading: bool = False


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
        self.paragraph_starts = self._after_blank_lines()
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
        if all(b.section == "front" for b in self.blocks):
            return self._sentences_as_body()
        return self.blocks

    def _sentences_as_body(self) -> list[Block]:
        """The blocks of a document read as front matter alone, its sentences made the body: a
        document with no running text has no front matter either (a text of a few short sentences,
        ``IL-17 promotes osteoclastogenesis.``, one per line, is its own body), so each block that
        ends a sentence is running text; one without a sentence end stays a title."""
        return [Block("body", b.pieces, b.heading)
                if not b.heading and ends_sentence(self.text[b.pieces[0][0]:b.pieces[-1][1]].rstrip()) else b
                for b in self.blocks]

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
        """Read line ``i`` as the first kind of line it is (set aside, in the reference list, a
        heading of some kind, front matter, running text); returns the index of the next line."""
        start, end = self.lines[i]
        why = self._set_aside_as(start)
        if why:
            self._aside(why, (start, end))
            return i + 1
        if self.state == "references":
            return self._reference_line(i)
        line = self.text[start:end]
        for read in (self._references_start, self._abstract_heading, self._keywords_heading, self._front_line,
                     self._subheading_line, self._label_line, self._caps_heading, self._heading):
            next_i = read(i, line)
            if next_i is not None:
                return next_i
        return self._paragraph_line(i, line)

    # -- the kinds of line: each returns the index of the next line, or None when line i is not its kind
    def _references_start(self, i: int, line: str) -> int | None:
        """The reference list's heading, or in the body a list without one (found by its shape)."""
        start, end = self.lines[i]
        if REFERENCES.match(line):
            self.state = "references"
            self._alone("references", (start, end), heading=True)
            return i + 1
        if self.state == "body" and self._reference_list_at(i):
            self.state = "references"
            return self._reference_line(i)
        return None

    def _abstract_heading(self, i: int, line: str) -> int | None:
        """``摘要`` / ``Abstract``: a heading, the rest of its line the abstract's first text (a line of
        400 characters or more only when the word is set off: ``**Abstract**``)."""
        m = ABSTRACT.match(line)
        if not m or not (len(line.strip()) < 400 or m.group().strip(" *#") != m.group().strip()):
            return None
        start, end = self.lines[i]
        self.state = "abstract"
        self.abstract_lang = "en" if m.group(1).lower() in ("abstract", "summary") else "zh"
        self._alone("abstract", (start, start + m.end()), heading=True)
        self._add("abstract", (start + m.end(), end))
        return i + 1

    def _keywords_heading(self, i: int, line: str) -> int | None:
        """``关键词`` / ``Keywords``: a heading, the rest of its line the keywords."""
        m = KEYWORDS.match(line)
        if not m:
            return self._keyword_list(i, line)
        start, end = self.lines[i]
        self.state = "after_keywords"
        self._alone("keywords", (start, start + m.end()), heading=True)
        self._alone("keywords", (start + m.end(), end))
        return i + 1

    def _keyword_list(self, i: int, line: str) -> int | None:
        """Keywords without their heading (``SOCS;固有免疫;炎症``) after the front matter: a block of
        their own, so the first sentence of the text after them does not begin with them."""
        if self.state == "front" or not KEYWORD_LIST.match(line):
            return None
        self._alone("keywords", self.lines[i])
        return i + 1

    def _front_line(self, i: int, line: str) -> int | None:
        """A line of front matter (authors, fund, DOI) or a citation of a paper; in the body (a page
        break dropped it there) set aside without ending the paragraph being read."""
        if not (FRONT.match(line) or CITATION.search(line)):
            return None
        if self.state == "body":
            self._aside("front", self.lines[i])
        else:
            self._alone("front", self.lines[i])
        return i + 1

    def _subheading_line(self, i: int, line: str) -> int | None:
        """A subheading (``Background:``) past the front matter."""
        sub = SUBHEADING.match(line)
        if not sub or self.state == "front":
            return None
        return self._subheading(i, sub)

    def _caps_heading(self, i: int, line: str) -> int | None:
        """A heading in capitals or after a Roman numeral, where a paragraph may start."""
        if not (self.state in ("abstract", "body") and CAPS_HEADING.match(line) and self._after_sentence(i)):
            return None
        self.state = "body"
        self._alone("body", self.lines[i], heading=True)
        return i + 1

    def _heading(self, i: int, line: str) -> int | None:
        """A heading set in a larger type, or Markdown, bold or numbered (``heading_at``), which starts
        the body unless it is the paper's title; else an unnumbered short title inside the text."""
        start, end = self.lines[i]
        large = self._large_type_heading(i)
        heading = large or heading_at(self.text, self.lines, i)
        if not heading and (self._short_title(i) or self._short_chinese_title(i)):
            # an unnumbered title inside the abstract or body keeps the section it is in
            self._alone(self.state, (start, end), heading=True)
            return i + 1
        if not heading:
            return None
        pieces, rest, next_i = heading
        # The paper's title (``# 标题``, or unnumbered large type) stays in the front matter.
        title = self.state == "front" and (
            line.lstrip().startswith("# ") or (large and not NUMBERED.match(line)))
        if self.state in ("front", "after_keywords", "abstract") and not title:
            self.state = "body"
        section = "body" if self.state == "body" else "front"
        self._alone(section, *pieces, heading=True)
        if rest:
            self._add(section, rest)
        return next_i

    def _paragraph_line(self, i: int, line: str) -> int:
        """Running text (or, before the body, a front-matter line that does not read as a paragraph);
        a list item starts a paragraph of its own."""
        start, end = self.lines[i]
        if self.state in ("front", "after_keywords"):
            if not looks_like_paragraph(self._with_continuation(i)):
                self._alone("front", (start, end))
                return i + 1
            self.state = "body"
        elif self.state == "abstract" and self.abstract_lang == "en" and starts_chinese_text(line):
            # An English abstract followed, without a heading, by the
            # Chinese body (as in many Chinese journals).
            self.state = "body"
        bullet = BULLET.match(line)
        if bullet or i in self.paragraph_starts or self._after_colon(i):
            self._flush()
        if bullet:
            start += bullet.end()
        self._add(self.state, (start, end))
        return i + 1

    def _label_line(self, i: int, line: str) -> int | None:
        """A label on a line of its own before its text (``免疫调节:`` then ``刺激T细胞…``): a
        heading of its own, so the text after it starts a sentence."""
        if self.state not in ("abstract", "body") or i + 1 >= len(self.lines) or not label_line(line) \
                or runs_on(line, self._text_of(i + 1)):
            return None
        self._alone(self.state, self.lines[i], heading=True)
        return i + 1

    def _after_colon(self, i: int) -> bool:
        """Line ``i`` follows a line ended by a colon (``其结构特征如下:`` then a list's first item)
        and does not carry on its sentence: the colon ended that sentence."""
        if i == 0:
            return False
        before = self._text_of(i - 1)
        return before.rstrip()[-1:] in ":：" and not runs_on(before, self._text_of(i))

    def _after_blank_lines(self) -> frozenset[int]:
        """The lines that follow a blank line: each starts a paragraph. Not so in text that leaves a
        blank line between all its lines (converted from PDFs), sentences broken across them: when any
        blank line falls inside a sentence (``runs_on``), blank lines tell nothing."""
        starts = []
        for i in range(1, len(self.lines)):
            if len(self.text[self.lines[i - 1][1]:self.lines[i][0]].splitlines()) < 2:
                continue
            if runs_on(self._text_of(i - 1), self._text_of(i)):
                return frozenset()
            starts.append(i)
        return frozenset(starts)

    def _text_of(self, i: int) -> str:
        """The text of line ``i``."""
        start, end = self.lines[i]
        return self.text[start:end]

    def _with_continuation(self, i: int) -> str:
        """Line ``i`` with the lines that carry on its sentence (a PDF breaks
        sentences into lines: the next line goes on in lower case), up to
        four of them."""
        text = self._text_of(i)
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
        if INTRODUCTION.fullmatch(m.group(1)) or self.state == "after_keywords":
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
        before = self._text_of(i - 1).rstrip()
        return before[-1:] in SENTENCE_END + "." + CLOSERS

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
        before = self._text_of(i - 1).rstrip()
        after = self._text_of(i + 1).lstrip()
        if len(title) > 60 or len(title.split()) > 8 or ends_sentence(title) or not balanced(title) \
                or any(is_cjk(c) for c in title) or title[:1].islower() or not after[:1].isascii() or not after[:1].isupper() \
                or not (before[-1:] in SENTENCE_END + "." + CLOSERS or self._after_heading()):
            return False
        # A printed line of a paragraph is as wide as the lines round it.
        return self.box_of is None or self._width(i) < _SHORT_PRINTED * max(self._width(i - 1), self._width(i + 1))

    def _short_chinese_title(self, i: int) -> bool:
        """An unnumbered Chinese title line inside the text (``肿瘤诱导的免疫逃逸机制``): short,
        no clause punctuation in it, right after a line that ended a sentence, and at most half
        as long as the line after it, which starts a sentence. A line that a PDF broke at a fixed
        width is as long as the next one (a paragraph's first line too), so it never passes."""
        if self.state not in ("abstract", "body") or i == 0 or i + 1 >= len(self.lines):
            return False
        start, end = self.lines[i]
        title = self.text[start:end].strip()
        before = self._text_of(i - 1).rstrip()
        after = self._text_of(i + 1).strip()
        if not 2 <= len(title) <= _ZH_TITLE_MAX or not any(is_cjk(c) for c in title) \
                or any(c in _CLAUSE_MARKS for c in title) or not balanced(title) \
                or len(after) < 2 * len(title) or not (is_cjk(after[0]) or after[0].isalnum()) \
                or not (before[-1:] in SENTENCE_END + CLOSERS or self._after_heading()):
            return False
        return self.box_of is None or self._width(i) < _SHORT_PRINTED * max(self._width(i - 1), self._width(i + 1))

    def _width(self, i: int) -> float:
        box = self.box_of(*self.lines[i])
        return box[2] - box[0] if box else 0.0

    def _large_type_heading(self, i: int):
        """A heading the PDF sets in a larger type, at line ``i``: its lines
        (up to three, but not the next numbered heading), as ``heading_at``."""
        if self.lines[i][0] not in self.heading_starts:
            return None
        j = i + 1
        while j < len(self.lines) and j - i < 3 and self.lines[j][0] in self.heading_starts \
                and not NUMBERED.match(self._text_of(j)):
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
        if not ENTRY_START.match(self._text_of(i)):
            return False
        window = [self.text[a:b] for a, b in self.lines[i:i + _SHAPE_LINES] if not self._set_aside_as(a)]
        return len(window) == _SHAPE_LINES and sum(1 for t in window if REFERENCE_MARK.search(t)) >= _SHAPE_MARKED \
            and sum(1 for t in window if ENTRY_START.match(t)) >= _SHAPE_ENTRIES

    def _reference_line(self, i: int) -> int:
        start, end = self.lines[i]
        line = self.text[start:end]
        item = LIST_ITEM.match(line) or MD_BULLET.match(line)
        if not item and not REFERENCE_MARK.search(line) and not REFERENCES.match(line) and (
                CAPS_HEADING.match(line) or self._large_type_heading(i)):
            # a heading after the list (appendix, supplementary data): the list is over
            self.state = "body"
            self._alone("body", (start, end), heading=True)
        elif FRONT.match(line) and not item:
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
        if i == 0 or not ENTRY_START.match(self._text_of(i)):
            return False
        before = self._text_of(i - 1).rstrip()
        return before[-1:] in ".)]" or before[-1:].isdigit()
