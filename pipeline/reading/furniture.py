"""What on a PDF page is not running text by where it stands: running
headers, footers and page numbers (*furniture*), and footnotes.

``layout.py`` gives each page's lines; ``pdf.py`` sets aside the lines
found here before it reads the rest in order:

* **Running headers and footers.** Lines in the first and last rows of a
  page that stand apart from the text and either repeat (digits aside) at
  the same height on other pages or are set in a smaller type, and bare
  page numbers (``12``, ``· 277 ·``, ``第 3 页``, ``Page 3 of 9``), are
  furniture. A figure's or a table's caption at the top or the foot of a
  page (``Table 1 Overview of …`` over a table) also stands apart in a
  smaller type: it is furniture only when it repeats.
* **Footnotes.** Lines in a smaller type in the lower part of the page with
  no running text under them, few, standing apart from the text above
  (fund, author, DOI and copyright notes of a first page; notes under a
  column).
* The running text's type size and the page's usual line pitch, which both
  measure against.
"""
from __future__ import annotations

import math
import re
import statistics

from .layout import SMALL_TYPE, Line, PageLines, rows_of
from .pdf_regions import CAPTION_LABEL
from ..dictionary.word_patterns import section_words

# Furniture is looked for among this many rows at the top and at the bottom.
_EDGE_ROWS = 4
# A header or footer stands apart from the text: its distance to the next
# row exceeds the page's usual line pitch by this factor.
_APART = 1.3
# Footnotes longer than this many rows are not believed to be footnotes; they
# lie below this share of the page's height; the line above them is no
# heading (set this much larger than the running text).
_MAX_FOOTNOTE_ROWS, _FOOT, _HEADING = 10, 0.5, 1.08
# Running headers repeat at the same height, give or take this many points;
# a header of two rows is not apart from the text by each row, but it lies
# in this share of the page's height at its top or bottom.
_SAME_HEIGHT, _MARGIN = 6, 0.08
# The rows of a caption at a page's foot, and of the table under it, follow one another this many ems apart at most.
_CAPTION_GAP = 3.0
# The words of the reference heading and of page numbers are dictionaries/sections.tsv's.
_WORDS = section_words()
_REFERENCES_HEADING = re.compile(r"^\W*(?:\d+\.?\s*)?(?:" + _WORDS.alternation("page_references") + r")\W*$", re.I)
# What only a reference's line holds: volume and pages, a DOI, a type tag.
_REFERENCE_ENTRY = re.compile(r"\d+\(\d+\)[:,]|\d+[:,]\d+[-–]\d+|doi|\[[JMCDNP]\]", re.I)
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:" + _WORDS.alternation("page_number") + r")\s*)?\d{1,4}"
    r"(?:\s*(?:" + _WORDS.alternation("page_of") + r"|/\s*\d{1,4}))?[\W_]*$", re.I)


def find_furniture(pages: list[PageLines], body_size: float) -> set[int]:
    """The ``id`` of every line that is a running header, footer or page number.

    Candidates are the lines of the ``_EDGE_ROWS`` first and last rows of each
    page; one is furniture when it is a bare page number (``Page 3 of 9``);
    when its text with the digits masked occurs at the same height on another
    page and its row stands apart from the text block (a gap wider than the
    page's usual line pitch) or lies in the page's outer margin (a header of
    two rows); or when its row stands apart and it is set in a smaller type
    than the running text (a header that alternates between left- and
    right-hand pages repeats only on every other page; a first page's header
    is its own), unless the row opens a caption (``Table 1 Overview of …``
    over a table at the page's top).
    The search goes inwards from each edge and stops at the first row that
    holds a line that is not furniture.
    """
    seen: dict[str, list[tuple[int, float]]] = {}
    page_rows = {page.number: rows_of(list(page.lines)) for page in pages}
    for page in pages:
        for row in _edge_rows(page_rows[page.number]):
            for line in row:
                seen.setdefault(_furniture_key(line), []).append((page.number, line.top))
    found: set[int] = set()
    for page in pages:
        rows = page_rows[page.number]
        pitch = line_pitch(page.lines)
        n = len(rows)
        for edge in (range(min(_EDGE_ROWS, n)), range(n - 1, max(n - 1 - _EDGE_ROWS, -1), -1)):
            for i in edge:
                j = i + edge.step  # the next row inwards
                apart = 0 <= j < n and abs(rows[j][0].base - rows[i][0].base) > _APART * pitch
                margin = rows[i][0].bottom < _MARGIN * page.height or rows[i][0].top > (1 - _MARGIN) * page.height
                small = apart and not _caption_row(rows[i])
                hits = [line for line in rows[i] if _PAGE_NUMBER.match(line.text)
                        or (apart or margin) and _repeats(line, page.number, seen)
                        or small and line.size < SMALL_TYPE * body_size]
                if len(hits) < len(rows[i]):
                    break
                found.update(id(line) for line in hits)
    return found


def find_footnotes(lines: list[Line], body_size: float, page_height: float) -> tuple[set[int], set[int]]:
    """The ``id`` of the lines of a page's footnotes (fund, author, DOI and
    copyright notes of a first page; notes under a column): the lines in
    the lower part of the page, in a smaller type than the running text,
    with no line of running text below them in their column; few, and
    standing apart from the text above them, which is no heading (the first
    entries of a reference list in small type follow their heading).
    Such lines that are a figure's or a table's caption, or lie under one
    (``_under_captions``), are returned apart, second."""
    small = [ln for ln in lines if ln.size < SMALL_TYPE * body_size and ln.top > _FOOT * page_height]
    text = [ln for ln in lines if ln.size >= SMALL_TYPE * body_size]
    foot = [ln for ln in small if not any(t.base > ln.base and _overlap(t, ln) for t in text)]
    captions = _under_captions(foot)
    foot = [ln for ln in foot if id(ln) not in captions]
    if not foot or len(rows_of(foot)) > _MAX_FOOTNOTE_ROWS:
        return set(), captions
    top = min(foot, key=lambda ln: ln.base)
    above = [ln for ln in lines if ln.base < top.base and id(ln) not in {id(f) for f in foot}
             and any(_overlap(ln, f) for f in foot)]
    if above:
        nearest = max(above, key=lambda ln: ln.base)
        pitch = line_pitch(lines)
        if top.base - nearest.base <= _APART * pitch or nearest.size >= _HEADING * body_size \
                or _REFERENCES_HEADING.match(nearest.text):
            return set(), captions
    return {id(ln) for ln in foot}, captions


def _under_captions(lines: list[Line]) -> set[int]:
    """The ``id`` of the lines of every row that opens a caption at the foot
    of a page (``Figure 2. Deletion of …`` under the columns), and of the
    rows that follow it closely (at most ``_CAPTION_GAP`` of its ems from
    the last), as far as their lines start right of its left edge: the
    caption's further lines, a table wider than its caption and the table's
    notes. In a small type like footnotes, they are set aside as captions
    and tables."""
    taken: set[int] = set()
    rows = rows_of(lines)
    for i, row in enumerate(rows):
        if id(row[0]) in taken or not _caption_row(row):
            continue
        left, em, last = min(ln.x0 for ln in row) - row[0].size, row[0].size, row[0].base
        taken.update(id(ln) for ln in row)
        for below in rows[i + 1:]:
            if below[0].base - last > _CAPTION_GAP * em:
                break
            taken.update(id(ln) for ln in below if ln.x0 >= left)
            last = below[0].base
    return taken


def _overlap(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1


def running_text_size(pages: list[PageLines]) -> float:
    """The most common type size of the printed characters of the first
    half of the document's pages (turned text included), those of a
    reference list's entries left out (in a short paper the list, in smaller
    type, can be longer than the text)."""
    counts: dict[float, int] = {}
    for page in pages[:max(1, (len(pages) + 1) // 2)]:
        for line in list(page.lines) + [ln for _, group in page.turned for ln in group]:
            if _REFERENCE_ENTRY.search(line.text):
                continue
            size = round(line.size, 1)
            counts[size] = counts.get(size, 0) + len(line.chars)
    return max(counts, key=counts.get) if counts else 0.0


def line_pitch(lines: tuple[Line, ...] | list[Line]) -> float:
    """The usual distance between the baselines of a line and the next line
    below it in the same column (lines whose extents overlap), over a page."""
    gaps = []
    ordered = sorted(lines, key=lambda ln: ln.base)
    for i, line in enumerate(ordered):
        for below in ordered[i + 1:i + 8]:
            if below.base - line.base > 0.5 * line.size and below.x0 < line.x1 and line.x0 < below.x1:
                gaps.append(below.base - line.base)
                break
    return statistics.median(gaps) if gaps else math.inf


def _caption_row(row: list[Line]) -> bool:
    """The row opens a figure's or a table's caption (``Table 1`` and its
    text, read left to right): at the top or the foot of a page it stands
    apart in a small type as a running header does, but is no furniture
    unless it repeats."""
    return bool(CAPTION_LABEL.match("".join(ln.text for ln in sorted(row, key=lambda ln: ln.x0))))


def _edge_rows(rows: list[list[Line]]) -> list[list[Line]]:
    edge = rows[:_EDGE_ROWS] + rows[-_EDGE_ROWS:]
    return [row for i, row in enumerate(edge) if all(row is not other for other in edge[:i])]


def _furniture_key(line: Line) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def _repeats(line: Line, page: int, seen: dict[str, list[tuple[int, float]]]) -> bool:
    """The line's text, digits masked, is at the same height on another page."""
    return any(other != page and abs(top - line.top) <= _SAME_HEIGHT
               for other, top in seen.get(_furniture_key(line), ()))
