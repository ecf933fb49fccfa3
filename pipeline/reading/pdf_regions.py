"""The regions of a PDF page sorted into what they hold: body text, figure
and table captions, tables (and a figure's words), display equations.

``layout.reading_order`` gives a page's regions in reading order; each is
cut here into parts of one kind (``sorted_region``): a caption opens with
its label (``图 1``, ``Table 2``) and goes on while its type stays small or
its lines stay full; a region of short cells holding figures is a table
(``is_table``), a part in small type much narrower than the page's running
text a figure's or a table's words (``is_box``); a row ending with an
equation's number is a display equation (``display_equations``). A
caption's label set apart from its text by the reading order is put back
with it first (``labels_with_captions``). ``pdf.py`` sets aside every part
that is not body text.
"""
from __future__ import annotations

import math
import re
import statistics

from .layout import SMALL_TYPE, Line, rows_of, words_of
from ..dictionary.word_patterns import section_words

# A figure or table caption opens with its label; in the running text's
# type it needs a stop, colon or bar after the number (``Figure 2.``), as
# a sentence that cites a figure (``Figure 2 shows``) has none.
# The words that open a caption (图, Fig., Table …) are dictionaries/sections.tsv's.
_CAPTION_WORD = section_words().alternation("caption")
CAPTION_LABEL = re.compile(r"^\s*(?:" + _CAPTION_WORD + r")\s*[A-Z]?\d+", re.I)
_CAPTION_MARK = re.compile(r"^\s*(?:" + _CAPTION_WORD + r")\s*[A-Z]?\d+[A-Za-z]?\s*(?:[.:：|]|\s{2}|$)", re.I)
_MAX_CAPTION_ROWS = 12
# A caption's label on a line of its own (``Table 3``); a line this many ems
# from its baseline is on its row.
_CAPTION_ALONE = re.compile(r"^\s*(?:" + _CAPTION_WORD + r")\s*[A-Z]?\d+[A-Za-z]?\W*$", re.I)
_SAME_ROW = 0.2
# A display equation's row: a relation sign, and its number at the end; no
# Chinese, no sentence (a stop then a capital, or four words of running text).
_EQUATION_ROW = re.compile(r"^.*[=<>≤≥≈∝≡].*\(\d{1,3}[a-z]?\)\s*$")
_NOT_EQUATION = re.compile(r"[\u3400-\u9fff]|\.\s+[A-Z]|(?:\b[a-z]{3,}\b.*){4}")
# A row of an equation's brackets, big operators and scripts has no word in it.
_WORDS_IN_ROW = re.compile(r"[A-Za-z]{3,}|[\u3400-\u9fff]")
# A line ending within this many ems of its region's right edge is full: the
# paragraph goes on under it.
_FULL_LINE = 2.0
# A table's column: this many rows or more, this share of its lines at most
# this many characters long, this share holding a figure.
_TABLE_LINES, _CELL_CHARS, _SHORT_CELLS, _FIGURE_CELLS = 3, 16, 0.7, 0.5
# A figure's or a table's words: lines in small type, narrower than this
# share of the width of the page's lines of running text (those of this
# many characters or more).
_BOX_LINE, _MEASURE_CHARS = 0.6, 20


def labels_with_captions(regions: list[list[Line]]) -> list[list[Line]]:
    """The regions, with a caption's label that stands alone at the head of
    one (``Table 3``, over a table's first column, left of the caption's
    text: the reading order parts them) put at the head of the region whose
    first line goes on along the label's row to the right."""
    out = [list(region) for region in regions]
    for region in list(out):
        label = region[0]
        if not _CAPTION_ALONE.match(label.text):
            continue
        for other in out:
            first = other[0]
            if other is not region and abs(first.base - label.base) <= _SAME_ROW * label.size and first.x0 > label.x1:
                other.insert(0, region.pop(0))
                if not region:
                    out.remove(region)
                break
    return out


def sorted_region(region: list[Line], body_size: float, pitch: float,
                  measure: float = 0.0) -> list[tuple[str, list[Line]]]:
    """A region's lines cut into body text and figure and table captions, in
    order; or the whole region a table (``is_table``); a part of a figure's
    or a table's words is one too (``is_box``: ``measure`` is the width of
    the page's lines of running text, 0 on a page without a figure or table).

    A caption starts with a line that opens with its label (``图 1``,
    ``表 2``, ``Fig. 3``, ``Figure 3.``, ``Table 1``): set in a smaller type
    than the running text it goes on while the lines stay that small; in the
    running text's type, while the lines follow at the usual pitch.
    """
    if is_table(region):  # a table's first column, under the caption's first line when the cut left it there
        if CAPTION_LABEL.match(region[0].text) and len(region) > 1:
            return [("caption", region[:1]), ("table", region[1:])]
        return [("table", region)]
    parts: list[tuple[str, list[Line]]] = []
    i = 0
    while i < len(region):
        line = region[i]
        small = line.size < SMALL_TYPE * body_size
        if CAPTION_LABEL.match(line.text) and (small or _CAPTION_MARK.match(_line_text(line))):
            j = i + 1
            while j < len(region) and j - i < _MAX_CAPTION_ROWS and _caption_goes_on(region, j, small, body_size, pitch):
                j += 1
            parts.append(("caption", region[i:j]))
            i = j
            continue
        if parts and parts[-1][0] == "body":
            parts[-1][1].append(line)
        else:
            parts.append(("body", [line]))
        i += 1
    out: list[tuple[str, list[Line]]] = []
    for kind, part in parts:
        if kind == "body" and is_box(part, body_size, measure):
            out.append(("table", part))
        else:
            out += display_equations(part) if kind == "body" else [(kind, part)]
    return out


def display_equations(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Body lines cut into running text and the display equations set
    between them (``equation``): a row ending with its number (``(2)``) that
    holds a relation sign and no Chinese or sentence, with the rows of
    brackets, big operators and scripts drawn above or below it."""
    rows: list[list[Line]] = []
    for line in lines:  # in reading order: a row's lines follow one another
        if rows and abs(line.base - rows[-1][0].base) <= _SAME_ROW * max(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    texts = [" ".join(ln.text for ln in row) for row in rows]
    marks = [bool(_EQUATION_ROW.match(t)) and not _NOT_EQUATION.search(t) for t in texts]
    for i, mark in enumerate(list(marks)):
        if mark:
            for j in (i - 1, i + 1, i - 2, i + 2):
                if 0 <= j < len(rows) and not marks[j] and not _WORDS_IN_ROW.search(texts[j]) \
                        and all(marks[k] or not _WORDS_IN_ROW.search(texts[k]) for k in range(min(i, j), max(i, j))):
                    marks[j] = True
    out: list[tuple[str, list[Line]]] = []
    for row, mark in zip(rows, marks):
        kind = "equation" if mark else "body"
        if out and out[-1][0] == kind:
            out[-1][1].extend(row)
        else:
            out.append((kind, list(row)))
    return out


def equation_scripts(parts: list[tuple[str, list[Line]]], pitch: float) -> list[tuple[str, list[Line]]]:
    """A page's parts (``sorted_region`` of each region, in reading order)
    with the rows of an equation's brackets, big operators and scripts that
    the reading order cut from it into the parts beside it (a big bracket's
    glyph hangs from a baseline above the equation's, so the cut across the
    page falls between them) given back to the equation: rows with no word,
    at the head or the tail of the next or last body part, within a line's
    pitch of the equation and under or over it."""
    out = [(kind, list(part)) for kind, part in parts]
    for i, (kind, part) in enumerate(out):
        if kind != "equation":
            continue
        for j, at_tail in ((i - 1, True), (i + 1, False)):
            if 0 <= j < len(out) and out[j][0] == "body":
                moved = _script_rows(out[j][1], part, pitch, at_tail)
                if moved:
                    out[j] = ("body", [ln for ln in out[j][1] if all(ln is not m for m in moved)])
                    part[:] = moved + part if at_tail else part + moved
    return [(kind, part) for kind, part in out if part]


def _script_rows(lines: list[Line], equation: list[Line], pitch: float, at_tail: bool) -> list[Line]:
    """The rows without words at the tail (``at_tail``) or the head of
    ``lines`` that lie within ``pitch`` of the equation and under or over it."""
    rows = rows_of(lines)
    moved: list[Line] = []
    near = min(ln.base for ln in equation) if at_tail else max(ln.base for ln in equation)
    x0, x1 = min(ln.x0 for ln in equation), max(ln.x1 for ln in equation)
    for row in (reversed(rows) if at_tail else rows):
        base = statistics.median(ln.base for ln in row)
        text = " ".join(ln.text for ln in row)
        if _WORDS_IN_ROW.search(text) or abs(base - near) > pitch \
                or not all(x0 <= ln.x0 and ln.x1 <= x1 for ln in row):
            break
        moved = row + moved if at_tail else moved + row
        near = base
    return moved


def is_table(region: list[Line]) -> bool:
    """A region of table cells: a few rows or more, most of its lines short (a
    word or two) and many holding figures. The reading order cuts a table
    into its columns (``layout.reading_order``); each is such a region."""
    if len(rows_of(region)) < _TABLE_LINES:
        return False
    texts = [ln.text for ln in region]
    short = sum(1 for t in texts if len(t) <= _CELL_CHARS)
    figures = sum(1 for t in texts if any(c.isdigit() for c in t))
    return short >= _SHORT_CELLS * len(texts) and figures >= _FIGURE_CELLS * len(texts)


def is_box(region: list[Line], body_size: float, measure: float) -> bool:
    """A region of a figure's or a table's words: every line in small type
    and much narrower than the running text's lines (``measure``): the cells
    of a table cut into its columns, the labels of a graph. A reference list
    or a footnote in small type runs the width of its column."""
    return all(ln.size < SMALL_TYPE * body_size and ln.x1 - ln.x0 < _BOX_LINE * measure for ln in region)


def text_measure(lines: list[Line], body_size: float) -> float:
    """The usual width of a page's lines of running text (``_MEASURE_CHARS``
    characters or more, in the running text's type if there are such lines:
    a page of references in small type has only those), ``inf`` when there are none."""
    long = [ln for ln in lines if len(ln.chars) >= _MEASURE_CHARS]
    widths = [ln.x1 - ln.x0 for ln in long if ln.size >= SMALL_TYPE * body_size] or [ln.x1 - ln.x0 for ln in long]
    return statistics.median(widths) if widths else math.inf


def _caption_goes_on(region: list[Line], j: int, small: bool, body_size: float, pitch: float) -> bool:
    """Line ``j`` goes on with the caption above it: in small type while the
    type stays small; in the running text's type while the lines follow at
    the usual pitch and the line above ran to the region's right edge (a
    paragraph's last line is short: the caption ended there)."""
    line, above = region[j], region[j - 1]
    if CAPTION_LABEL.match(line.text):
        return False
    if small:
        return line.size < SMALL_TYPE * body_size
    right = max(ln.x1 for ln in region)
    return line.base - above.base <= 1.2 * pitch and above.x1 >= right - _FULL_LINE * above.size


def _line_text(line: Line) -> str:
    return "".join(t for t, _ in words_of(line))
