"""The layout of a PDF page: rows, columns, running headers and footers,
footnotes and superscript citations, found from where pdfplumber's
characters are printed.

``pdf.py`` reads the characters of each page and hands them here; what
comes back is the page's characters grouped in reading order, and which of
them are not running text. Everything works on pdfplumber's character
dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``), in points
from the page's top left.

1. **Rows.** Characters are clustered into rows by their ``top`` (as
   pdfplumber's own text extraction does), and each row is cut into *runs*
   where a gap is much wider than a space.
2. **Running headers and footers.** The first and last rows of every page
   that stand apart from the text and either repeat (digits aside) at the
   same height on other pages or are set in a smaller type, and bare page
   numbers (``12``, ``· 277 ·``, ``第 3 页``, ``Page 3 of 9``), are
   *furniture*.
3. **Footnotes.** Rows at the foot of a page in a smaller type than the
   running text and standing apart from it (the fund, author and DOI notes
   of a first page).
4. **Columns.** The gutter of a two-column page is found from the runs'
   positions: the x that the most rows have text on both sides of and the
   fewest runs cross. Rows whose runs cross it (a title, an abstract across
   the full width) are read as they are; a stretch of rows between them is
   read left column first, then right column. A page without such a stretch
   is one column.
5. **Superscript citations.** Citation numbers printed as superscripts
   (smaller type raised above the row's baseline, after a word) are marked
   ``char["citation"] = True``, for the cleaned view to drop as it drops
   ``[12]``: ``Interleukin-10¹²`` must not read as IL-1012.

The thresholds are named constants below, each with what it stands for.
"""
from __future__ import annotations

import math
import re
import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import itemgetter

from pdfplumber.utils import cluster_objects

# Rows are characters whose tops differ by at most this (pdfplumber's default).
_ROW_TOLERANCE = 3
# A gap wider than this many times the row's median character width cuts a
# row into runs: wider than any space between words, narrower than a gutter.
_RUN_GAP = 1.5
# Furniture is looked for among this many rows at the top and at the bottom.
_EDGE_ROWS = 2
# A header or footer stands apart from the text: its distance to the next
# row exceeds the page's usual line pitch by this factor.
_APART = 1.3
# A header or footer in a type this much smaller than the running text's.
SMALL_TYPE = 0.95
# Footnotes longer than this many rows are not believed to be footnotes.
_MAX_FOOTNOTE_ROWS = 12
# Running headers repeat at the same height, give or take this many points.
_SAME_HEIGHT = 6
# A column needs at least this many rows to be believed.
_MIN_COLUMN_ROWS = 3
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:第|page|p\.?)\s*)?\d{1,4}(?:\s*(?:页|of\s*\d{1,4}|/\s*\d{1,4}))?[\W_]*$", re.I)
# A superscript is in a type this much smaller than its row's; a citation
# printed as one reads as numbers: ``12``, ``3,4``, ``5–7``, ``[8]``.
_SUPERSCRIPT = 0.85
_NUMBER_END = re.compile(r"(?:^|[\s×xX*(（])[\d.,]+$")
_CITATION = re.compile(r"^[\[(（]?\d{1,3}(?:[,，\-–—~]\d{1,3})*[\])）]?$")


@dataclass(frozen=True)
class Run:
    """Characters of one row with no wide gap between them."""

    chars: tuple[dict, ...]

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return max(c["x1"] for c in self.chars)


@dataclass(frozen=True)
class Row:
    """Characters at one height across the page, cut into runs."""

    runs: tuple[Run, ...]
    top: float

    @property
    def chars(self) -> list[dict]:
        return [c for run in self.runs for c in run.chars]

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)


@dataclass(frozen=True)
class PageChars:
    """One page's printed characters (white space excluded), as rows."""

    number: int
    rows: tuple[Row, ...]
    garbled_share: float



# --- rows, runs and columns ----------------------------------------------------

def rows_of(chars: list[dict]) -> tuple[Row, ...]:
    """The characters clustered into rows, top to bottom, each cut into runs.

    Spaces the PDF prints are kept in their row (pdfplumber's text
    extraction reads them as word breaks), but a row of only spaces is none.
    """
    rows = []
    for cluster in cluster_objects(chars, itemgetter("top"), _ROW_TOLERANCE):
        if all(c["text"].isspace() for c in cluster):
            continue
        ordered = sorted(cluster, key=itemgetter("x0"))
        mark_superscript_citations(ordered)
        rows.append(Row(tuple(runs_of(ordered)), min(c["top"] for c in ordered)))
    return tuple(sorted(rows, key=lambda r: r.top))


def mark_superscript_citations(ordered: list[dict]) -> None:
    """Mark (``char["citation"] = True``) the characters of a row's citation
    numbers printed as superscripts (``osteoclasts¹²``, ``IL-10³,⁴``): runs
    of smaller type raised above the row's baseline, reading as numbers, and
    not after a number (``10⁹`` is a power, not a citation; ``IL-10¹²`` cites)."""
    printed = [c for c in ordered if not c["text"].isspace()]
    if len(printed) < 2:
        return
    size = statistics.median(c["size"] for c in printed)
    baseline = statistics.median(c["bottom"] for c in printed if c["size"] >= 0.9 * size)
    group: list[dict] = []
    before = ""  # the row's text before the group, superscripts left out
    for char in ordered + [None]:
        raised = char is not None and not char["text"].isspace() \
            and char["size"] < _SUPERSCRIPT * size and char["bottom"] < baseline - 0.2 * char["size"]
        if raised:
            group.append(char)
            continue
        if group and _CITATION.match("".join(c["text"] for c in group)) and not _NUMBER_END.search(before):
            for c in group:
                c["citation"] = True
        if char is not None:
            before += char["text"]
        group = []


def runs_of(ordered: list[dict]) -> list[Run]:
    """A row's characters (left to right) cut where the gap between two
    printed characters is wider than ``_RUN_GAP`` characters; spaces go
    with the run before them, and a run holds at least one printed character."""
    printed = [c for c in ordered if not c["text"].isspace()]
    width = statistics.median(c["x1"] - c["x0"] for c in printed) or 1.0
    runs, current, right = [], [], -math.inf
    for char in ordered:
        if char["text"].isspace():
            current.append(char)
            continue
        if current and right > -math.inf and char["x0"] - right > _RUN_GAP * width:
            runs.append(current)
            current = []
        current.append(char)
        right = max(right, char["x1"])
    runs.append(current)
    return [Run(tuple(_trimmed(run))) for run in runs if any(not c["text"].isspace() for c in run)]


def _trimmed(run: list[dict]) -> list[dict]:
    """A run without the spaces at its ends: its box is that of its printed characters."""
    printed = [i for i, c in enumerate(run) if not c["text"].isspace()]
    return run[printed[0]:printed[-1] + 1]


def find_gutter(rows: list[Row]) -> float | None:
    """The x of a two-column page's gutter, or None for a one-column page.

    Every whole point between the leftmost and rightmost character is a
    candidate. At the gutter, many rows have text on both sides and few runs
    cross it; the candidate maximising ``min(left, right) - crossing`` wins,
    and it is believed only if some stretch of consecutive rows that nothing
    crosses has text on both sides (a column is more than a stray gap).
    """
    runs = [run for row in rows for run in row.runs]
    if len(rows) < 2 * _MIN_COLUMN_ROWS:
        return None
    lo, hi = int(min(r.x0 for r in runs)), int(math.ceil(max(r.x1 for r in runs)))
    span = hi - lo + 1
    crossing = [0] * (span + 2)  # difference array: runs covering each point
    for run in runs:  # the whole points strictly inside the run: first..last
        first, last = math.floor(run.x0) + 1, math.ceil(run.x1) - 1
        if first <= last:
            crossing[first - lo] += 1
            crossing[last + 1 - lo] -= 1
    left_edges = sorted(row.runs[0].x1 for row in rows)
    right_edges = sorted(row.runs[-1].x0 for row in rows)
    scores = []
    covered = 0
    for i in range(span):
        covered += crossing[i]
        x = lo + i
        left = bisect_right(left_edges, x)  # rows with text ending left of x
        right = len(right_edges) - bisect_left(right_edges, x)  # rows with text starting right of it
        scores.append(min(left, right) - covered)
    gutter = lo + _middle_of_widest_best(scores)
    if not any(_is_two_columns(band, gutter) for band in column_bands(rows, gutter)):
        return None
    return float(gutter)


def _middle_of_widest_best(scores: list[float]) -> float:
    """The middle of the widest stretch of consecutive best scores."""
    best = max(scores)
    widest, start = (0, 0), None
    for i, score in enumerate(scores + [-math.inf]):
        if score == best and start is None:
            start = i
        elif score != best and start is not None:
            widest = max(widest, (i - start, -start))
            start = None
    width, neg_start = widest
    return -neg_start + (width - 1) / 2


def _crosses(row: Row, x: float) -> bool:
    return any(run.x0 < x < run.x1 for run in row.runs)


def column_bands(rows: list[Row], gutter: float) -> list[list[Row] | Row]:
    """Rows in order, with consecutive rows that do not cross the gutter
    grouped into a band (a list); a crossing row stands alone."""
    out: list[list[Row] | Row] = []
    for row in rows:
        if _crosses(row, gutter):
            out.append(row)
        elif out and isinstance(out[-1], list):
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _is_two_columns(band, gutter: float) -> bool:
    if not isinstance(band, list):
        return False
    left = sum(1 for row in band if row.runs[0].x1 <= gutter)
    right = sum(1 for row in band if row.runs[-1].x0 >= gutter)
    return min(left, right) >= _MIN_COLUMN_ROWS


def reading_order(rows: list[Row]) -> list[list[dict]]:
    """The page's characters as regions in reading order: full-width rows
    as they come, each band of two columns left column first."""
    if not rows:
        return []
    gutter = find_gutter(rows)
    if gutter is None:
        return [[c for row in rows for c in row.chars]]
    regions: list[list[dict]] = []
    full: list[dict] = []
    for band in column_bands(rows, gutter):
        if not isinstance(band, list):
            full += band.chars
            continue
        if full:
            regions.append(full)
            full = []
        chars = [c for row in band for c in row.chars]
        left = [c for c in chars if (c["x0"] + c["x1"]) / 2 < gutter]
        right = [c for c in chars if (c["x0"] + c["x1"]) / 2 >= gutter]
        regions += [side for side in (left, right) if side]
    if full:
        regions.append(full)
    return regions


# --- running headers, footers and page numbers --------------------------------

def find_furniture(pages: list[PageChars], body_size: float) -> set[int]:
    """The ``id`` of every row that is a running header, footer or page number.

    Candidates are the ``_EDGE_ROWS`` first and last rows of each page; one
    is furniture when it is a bare page number, or when it stands apart from
    the text block (a gap wider than the page's usual line pitch) and either
    its text with the digits masked occurs at the same height on another
    page, or it is set in a smaller type than the running text (a header
    that alternates between left- and right-hand pages repeats only on
    every other page; ``body_size`` is the running text's,
    ``running_text_size``). The search goes inwards from each edge and stops
    at the first row that is not.
    """
    seen: dict[str, list[tuple[int, float]]] = {}
    for page in pages:
        for row in _edge_rows(page.rows):
            seen.setdefault(_furniture_key(row), []).append((page.number, row.top))
    found: set[int] = set()
    for page in pages:
        pitch = line_pitch(page.rows)
        n = len(page.rows)
        for edge in (range(min(_EDGE_ROWS, n)), range(n - 1, max(n - 1 - _EDGE_ROWS, -1), -1)):
            for i in edge:
                row = page.rows[i]
                j = i + edge.step  # the next row inwards
                apart = 0 <= j < n and abs(page.rows[j].top - row.top) > _APART * pitch
                small = size_of(row) < SMALL_TYPE * body_size
                if not (_PAGE_NUMBER.match(row.text) or (apart and (small or _repeats(row, page.number, seen)))):
                    break
                found.add(id(row))
    return found


def find_footnotes(rows: list[Row], body_size: float) -> set[int]:
    """The ``id`` of the rows of a page's footnotes (fund, author and DOI
    notes on a first page; notes under the text): the rows at the foot of
    the page, once headers, footers and page numbers are gone, set in a
    smaller type than the running text and standing apart from it."""
    block: list[Row] = []
    for row in reversed(rows):
        if size_of(row) >= SMALL_TYPE * body_size:
            break
        block.append(row)
    if not block or len(block) == len(rows) or len(block) > _MAX_FOOTNOTE_ROWS:
        return set()
    above = rows[len(rows) - len(block) - 1]
    if block[-1].top - above.top <= _APART * line_pitch(tuple(rows)):
        return set()
    return {id(row) for row in block}


def running_text_size(pages: list[PageChars]) -> float:
    """The most common type size of the document's printed characters."""
    sizes = [round(c["size"], 1) for p in pages for row in p.rows for c in row.chars if not c["text"].isspace()]
    return statistics.mode(sizes) if sizes else 0.0


def size_of(row: Row) -> float:
    return statistics.median(c["size"] for c in row.chars if not c["text"].isspace())


def line_pitch(rows: tuple[Row, ...]) -> float:
    """The usual distance between the tops of a row and the next row below
    it in the same column (rows whose extents overlap), over a page."""
    gaps = []
    for i, row in enumerate(rows):
        x0, x1 = row.runs[0].x0, row.runs[-1].x1
        below = next((r for r in rows[i + 1:] if r.runs[0].x0 < x1 and x0 < r.runs[-1].x1), None)
        if below is not None:
            gaps.append(below.top - row.top)
    return statistics.median(gaps) if gaps else math.inf


def _edge_rows(rows: tuple[Row, ...]) -> list[Row]:
    edge = rows[:_EDGE_ROWS] + rows[-_EDGE_ROWS:]
    return [row for i, row in enumerate(edge) if all(row is not other for other in edge[:i])]


def _furniture_key(row: Row) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", row.text))


def _repeats(row: Row, page: int, seen: dict[str, list[tuple[int, float]]]) -> bool:
    """The row's text, digits masked, is at the same height on another page."""
    return any(other != page and abs(top - row.top) <= _SAME_HEIGHT
               for other, top in seen.get(_furniture_key(row), ()))
