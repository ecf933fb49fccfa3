"""Where the text of a PDF page is, and in what order it is read.

``glyphs.py`` gives every printed character with its box, baseline, type
size and writing direction. This module turns one page's characters into
text in reading order, in steps:

1. **Lines.** Characters are taken left to right and each joins the line
   whose baseline it sits on (a superscript or subscript, in smaller type,
   may sit half an em off it) and whose last character is close enough: a
   gap wider than ``_RUN_GAP`` ems ends the line, so a row of a
   two-column page is two lines, and a table row one line per cell.
2. **Words.** Inside a line a space is written where the PDF prints one or
   where the gap between two characters is wider than ``_WORD_GAP`` ems of
   their type size: tight type has word gaps of a fifth of an em, less than
   pdfplumber's fixed 3 points at 9 points. Two Chinese characters are never
   parted by a narrower gap than half an em.
3. **Running headers and footers** are found apart (``furniture.py``).
4. **Reading order.** The page is cut recursively (an XY cut): where an
   empty vertical strip runs down the whole of a region (a gutter, the edge
   of a sidebar) the region is cut there and read left part first; where
   none does, it is cut across at its widest empty horizontal strip (under
   a title block, above footnotes, round a figure across the columns). A
   region that cannot be cut is read row by row. So a full-width title and
   abstract come before the columns under them, three columns are read one
   after the other, and a sidebar is read apart from the body beside it.
5. **Superscript citations.** Citation numbers printed as superscripts
   (smaller type raised above the line's baseline, after a word) are marked
   ``char["citation"] = True``, for the cleaned view to drop as it drops
   ``[12]``: ``Interleukin-10¹²`` must not read as IL-1012.

Text in another direction (a table turned on its side, a line up the
margin) is read the same way in its own direction, by turning its
characters' coordinates first (``turned``).

The thresholds are named constants below, each with what it stands for.
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass
from functools import cached_property

from ..textnorm import is_cjk

# -- lines and words (in ems: the type size of the characters concerned)
# A gap wider than this between two characters of a line is a space.
_WORD_GAP = 0.1
# A gap wider than this ends the line: wider than any space between words,
# narrower than a gutter or the gap between two cells of a table.
_RUN_GAP = 0.75
# A gap this many times the widest space beside it (and at most this many
# ems) is a stretched space of a justified line.
_JUSTIFIED, _MAX_JUSTIFIED = 1.2, 2.5
# Two Chinese characters are parted by a space only across a gap this wide.
_CJK_GAP = 0.5
# Characters of one line have baselines this close; a character in smaller
# type (a superscript or subscript) may sit this far off.
_BASE_TOL, _SCRIPT_TOL = 0.2, 0.5
# A character this much smaller than its line's type is a superscript or subscript.
_SCRIPT_SIZE = 0.9
# The same character printed again this close to itself (fake bold) is one.
_DOUBLE = 0.2
# -- reading order
# The band of a line that the horizontal cut must not cross: from this many
# ems above its baseline to this many below (ascenders and descenders of
# tightly set lines overlap; their cores do not).
_CORE_UP, _CORE_DOWN = 0.7, 0.15
# A vertical cut needs an empty strip at least this many ems wide, with
# text on both sides of it in this many rows (the wide word gaps of a
# justified line are no gutter).
_MIN_GUTTER, _MIN_SUPPORT = 0.75, 3
# ...and in this share of those rows the text ends (or starts) within this
# many ems of the same x; or it is this many ems wide beside this many rows.
_ALIGNED, _EDGE, _WIDE, _WIDE_SUPPORT = 0.5, 1.0, 2.0, 5
_EITHER = 0.75  # rows holding one edge or the other, for a gutter whose two sides each hold fewer
# ...the right part starting at most this many ems in from its edge: a Chinese paragraph's two-em
# indent, or the hanging indent of a numbered list (``12.`` at the edge, its entry two ems in).
_EITHER_INDENT = 2.5
# A strip of lines of at most this many characters, this many ems wide, is
# the numbers of a list hanging left of its entries, not a column.
_LABEL_CHARS, _LABEL_WIDTH = 6, 4
# Lines right of a strip none of which is wider than this many ems are words
# pushed to the margin, not a column.
_MARGIN_WORDS = 6
# Regions down a column are one when the next starts within this many ems of
# the last one's left edge and at most this many ems under it.
_INDENT, _STACKED = 2.0, 1.0
# A header, footer, footnote or caption in a type this much smaller than the running text's.
SMALL_TYPE = 0.95
# A superscript is in a type this much smaller than its line's; a citation
# printed as one reads as numbers: ``12``, ``3,4``, ``5–7``, ``[8]``.
_SUPERSCRIPT = 0.85
_NUMBER_END = re.compile(r"(?:^|[\s×xX*(（])[\d.,]+$")
_CITATION = re.compile(r"^[\[(（]?\d{1,3}(?:[,，\-–—~]\d{1,3})*[\])）]?$")


@dataclass(frozen=True)
class Line:
    """Characters on one baseline with no wide gap between them, left to
    right; the box, baseline and type size are those of the line's
    full-size characters (superscripts aside)."""

    chars: tuple[dict, ...]
    x0: float
    x1: float
    top: float
    bottom: float
    base: float
    size: float

    # Both are asked for many times by the reading order: made once per line.
    @cached_property
    def text(self) -> str:
        return "".join([c["text"] for c in self.chars])

    @cached_property
    def core(self) -> tuple[float, float]:
        return self.base - _CORE_UP * self.size, self.base + _CORE_DOWN * self.size


@dataclass(frozen=True)
class PageLines:
    """One page's lines: upright ones, and each other direction's in its own frame."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    turned: tuple[tuple[int, tuple[Line, ...]], ...]
    printed: int
    unmapped: int
    garbled_share: float


# --- lines -----------------------------------------------------------------------

class _Open:
    """A line being built."""

    __slots__ = ("chars", "x1", "base", "size")

    def __init__(self, char: dict):
        self.chars = [char]
        self.x1 = char["x1"]
        self.base = char["base"]
        self.size = char["size"] or 1.0


def lines_of(chars: list[dict]) -> tuple[Line, ...]:
    """The characters grouped into lines, top to bottom (see the module's docstring)."""
    buckets: dict[int, list[_Open]] = {}
    found: list[_Open] = []
    for char in sorted(chars, key=lambda c: (c["x0"], c["base"])):
        line = _line_for(char, buckets)
        if char["text"].isspace():
            if line is not None:
                line.chars.append(char)
            continue
        if line is None:
            line = _Open(char)
            buckets.setdefault(int(char["base"] // 4), []).append(line)
            found.append(line)
            continue
        last = line.chars[-1]
        if last["text"] == char["text"] and abs(last["x0"] - char["x0"]) < _DOUBLE * line.size \
                and abs(last.get("i", 0) - char.get("i", 0)) > 1:
            continue  # printed again by another text object, a little offset: fake bold (not a ligature's ff)
        line.chars.append(char)
        if char["x1"] > line.x1:
            line.x1 = char["x1"]
        if char["size"] > line.size / _SCRIPT_SIZE:  # the line began in smaller type
            line.base, line.size = char["base"], char["size"]
    return tuple(sorted(_justified(found), key=lambda ln: (ln.top, ln.x0)))


def _justified(found: list[_Open]) -> list[Line]:
    """The lines, with the pieces of a justified line put back together:
    a justified line stretches every space between its words alike, so a
    gap no wider than ``_JUSTIFIED`` times the widest space inside the
    pieces beside it is one of them, not a gutter or a cell's edge."""
    out: list[_Open] = []
    for line in sorted(found, key=lambda ln: (round(ln.base), ln.chars[0]["x0"])):
        prev = out[-1] if out else None
        if prev is not None and abs(prev.base - line.base) <= _BASE_TOL * prev.size \
                and abs(prev.size - line.size) <= 0.1 * prev.size:
            gap = line.chars[0]["x0"] - prev.x1
            widest = max(_widest_space(prev), _widest_space(line))
            if 0 < gap <= min(_JUSTIFIED * widest, _MAX_JUSTIFIED * prev.size):
                prev.chars += line.chars
                prev.x1 = max(prev.x1, line.x1)
                continue
        out.append(line)
    return [ln for ln in map(_closed, out) if ln is not None]


def _widest_space(line: _Open) -> float:
    """The widest gap between two printed characters of a line that is a space (0 for none)."""
    widest, prev = 0.0, None
    for char in line.chars:
        if char["text"].isspace():
            continue
        if prev is not None:
            gap = char["x0"] - prev["x1"]
            if gap > _WORD_GAP * line.size:
                widest = max(widest, gap)
        prev = char
    return widest


def _line_for(char: dict, buckets: dict[int, list[_Open]]) -> _Open | None:
    """The open line ``char`` continues, or None (the one whose baseline is
    nearest, then whose end is nearest)."""
    size = char["size"] or 1.0
    base, x0 = char["base"], char["x0"]
    key = int(base // 4)
    best, best_score = None, math.inf
    for k in range(key - 2, key + 3):
        for line in buckets.get(k, ()):
            em = line.size if line.size > size else size
            off = abs(line.base - base)
            if off > (_SCRIPT_TOL if size < _SCRIPT_SIZE * line.size else _BASE_TOL) * em:
                continue
            gap = x0 - line.x1
            if gap > _RUN_GAP * em or gap < -em:
                continue
            score = off + 0.01 * abs(gap)
            if score < best_score:
                best, best_score = line, score
    return best


def _closed(line: _Open) -> Line | None:
    chars = sorted(line.chars, key=lambda c: c["x0"])
    while chars and chars[-1]["text"].isspace():
        chars.pop()
    full = [c for c in chars if c["size"] >= _SCRIPT_SIZE * line.size] or chars
    mark_superscript_citations(chars, line.size, line.base)
    return Line(tuple(chars), chars[0]["x0"], max(c["x1"] for c in chars), min(c["top"] for c in full),
                max(c["bottom"] for c in full), line.base, line.size)


def words_of(line: Line) -> list[tuple[str, dict | None]]:
    """The line's text as ``(character, pdf char or None)`` pairs: None for
    a space inserted where a gap is wider than a space."""
    out: list[tuple[str, dict | None]] = []
    prev = None
    spaced = False
    for char in line.chars:
        if char["text"].isspace():
            if prev is not None and not spaced:
                out.append((" ", char))
                spaced = True
            continue
        if prev is not None and not spaced:
            gap = char["x0"] - prev["x1"]
            em = max(char["size"], prev["size"])
            cjk = is_cjk(char["text"][0]) and is_cjk(prev["text"][-1])
            if gap > (_CJK_GAP if cjk else _WORD_GAP) * em:
                out.append((" ", None))
        out.append((char["text"], char))
        prev, spaced = char, False
    return out


def mark_superscript_citations(chars: list[dict], size: float, baseline: float) -> None:
    """Mark (``char["citation"] = True``) the characters of a line's citation
    numbers printed as superscripts (``osteoclasts¹²``, ``IL-10³,⁴``): runs
    of smaller type raised above the line's baseline, reading as numbers, and
    not after a number (``10⁹`` is a power, not a citation; ``IL-10¹²`` cites)."""
    group: list[dict] = []
    before = ""  # the line's text before the group, superscripts left out
    for char in chars + [None]:
        raised = char is not None and not char["text"].isspace() \
            and char["size"] < _SUPERSCRIPT * size and char["base"] < baseline - 0.2 * char["size"]
        if raised:
            group.append(char)
            continue
        if group and _CITATION.match("".join(c["text"] for c in group)) and not _NUMBER_END.search(before):
            for c in group:
                c["citation"] = True
        if char is not None:
            before += char["text"]
        group = []


# --- text in other directions -------------------------------------------------------

def by_direction(chars: list[dict]) -> tuple[list[dict], dict[int, list[dict]]]:
    """Upright characters, and the others by writing direction (degrees),
    each turned so that its text runs left to right; a turned character
    keeps its box on the page as ``char["box"]``."""
    upright: list[dict] = []
    turned: dict[int, list[dict]] = {}
    for char in chars:
        direction = char["dir"]
        if direction <= 2 or direction >= 358:
            upright.append(char)
        else:
            turned.setdefault(direction, []).append(_turned(char, direction))
    return upright, turned


def _turned(char: dict, direction: int) -> dict:
    """``char`` in the frame of its own writing direction: x along the line,
    y down across it (both from the page's top left, turned)."""
    a = math.radians(direction)
    cos, sin = math.cos(a), math.sin(a)
    # Page coordinates with y upwards, turned by -direction.
    corners = [(x, -y) for x in (char["x0"], char["x1"]) for y in (char["top"], char["bottom"])]
    us = [x * cos + y * sin for x, y in corners]
    vs = [-x * sin + y * cos for x, y in corners]
    top, bottom = -max(vs), -min(vs)
    return {**char, "x0": min(us), "x1": max(us), "top": top, "bottom": bottom,
            "base": top + 0.8 * (bottom - top), "box": (char["x0"], char["top"], char["x1"], char["bottom"])}


# --- reading order --------------------------------------------------------------------

def reading_order(lines: list[Line]) -> list[list[Line]]:
    """The lines as regions in reading order (an XY cut, see the module's
    docstring); each region's lines top to bottom, a row left to right."""
    regions: list[list[Line]] = []
    stack = [list(lines)] if lines else []
    while stack:
        part = stack.pop()
        halves = _cut(part)
        if halves is None:
            regions.append(_rows_in_order(part))
        else:
            stack += reversed(halves)
    return _stacked(regions)


def _stacked(regions: list[list[Line]]) -> list[list[Line]]:
    """Consecutive regions that continue one another down a column (the
    horizontal cuts part a column line by line) as one: the next starts at
    the same left edge (give or take an indent) just under the last."""
    out: list[list[Line]] = []
    for region in regions:
        if out:
            last, first = out[-1][-1], region[0]
            em = max(last.size, first.size)
            if abs(min(ln.x0 for ln in out[-1]) - min(ln.x0 for ln in region)) <= _INDENT * em \
                    and 0 <= first.top - last.bottom + _CORE_UP * em and first.top - last.bottom <= _STACKED * em:
                out[-1] = out[-1] + region
                continue
        out.append(region)
    return out


def _cut(lines: list[Line]) -> list[list[Line]] | None:
    """The region cut in two (first part first), or None."""
    if len(lines) < 2:
        return None
    em = statistics.median(ln.size for ln in lines)
    rows = rows_of(lines)
    for width, x in _gaps([(ln.x0, ln.x1) for ln in lines], _MIN_GUTTER * em):
        left, right = [ln for ln in lines if ln.x1 <= x], [ln for ln in lines if ln.x1 > x]
        if _is_gutter(rows, x, width) and not _labels(left) and not _words_at_the_margin(right):
            return [left, right]
    for _, y in _gaps([ln.core for ln in lines], 0.0)[:1]:
        return [[ln for ln in lines if ln.core[1] <= y], [ln for ln in lines if ln.core[1] > y]]
    return None


def _is_gutter(rows: list[list[Line]], x: float, width: float) -> bool:
    """An empty strip at ``x``, ``width`` wide, is a gutter when rows have
    text on both sides of it (``_MIN_SUPPORT`` or more) and, in most of them,
    the text beside it ends or starts at one edge: a column's lines start at
    its left edge and those of a justified column
    end at its right one; the stretched spaces of justified lines that
    happen to line up over a few rows do neither. A strip wider than
    ``_WIDE`` ems beside many rows is a gutter whatever the edges (a ragged
    reference list beside a box of centred lines)."""
    ends, starts = [], []
    for row in rows:
        before = [ln.x1 for ln in row if ln.x1 <= x]
        after = [ln.x0 for ln in row if ln.x0 >= x]
        if before and after:
            ends.append(max(before))
            starts.append(min(after))
    if len(ends) < _MIN_SUPPORT:
        return False
    em = statistics.median(ln.size for row in rows for ln in row)
    if width >= _WIDE * em and len(ends) >= _WIDE_SUPPORT:
        return True
    if _edge_share(ends, max(ends), _EDGE * em) >= _ALIGNED or _edge_share(starts, min(starts), _EDGE * em) >= _ALIGNED:
        return True
    # A row whose left part ends short (a paragraph's last line, a table row) may still start its
    # right part at the column's edge or a paragraph's indent from it (two ems in Chinese), and the
    # other way round: two columns beside tables and figures each hold their edge in most rows,
    # one side or the other.
    either = [e >= max(ends) - _EDGE * em or s <= min(starts) + _EITHER_INDENT * em for e, s in zip(ends, starts)]
    return sum(either) / len(either) >= _EITHER


def _edge_share(xs: list[float], edge: float, within: float) -> float:
    return sum(1 for v in xs if abs(v - edge) <= within) / len(xs)


def _labels(lines: list[Line]) -> bool:
    """Lines that are the numbers or bullets of a list (``51.``, ``[3]``,
    ``•``) hanging left of its entries: a narrow strip of short lines."""
    return all(len(ln.chars) <= _LABEL_CHARS for ln in lines) \
        and max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines) <= _LABEL_WIDTH * max(ln.size for ln in lines)


def _words_at_the_margin(lines: list[Line]) -> bool:
    """Lines that are a word or two each, beyond a wide gap: the last words
    of justified lines pushed to the right margin, or equation numbers;
    they belong to the rows they end, not to a column of their own."""
    return all(ln.x1 - ln.x0 <= _MARGIN_WORDS * ln.size for ln in lines)


def _gaps(spans: list[tuple[float, float]], least: float) -> list[tuple[float, float]]:
    """The stretches that no span covers, between the spans, wider than
    ``least``, the widest first: ``(width, middle)``."""
    spans = sorted(spans)
    found = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach > least:
            found.append((a - reach, (a + reach) / 2))
        reach = max(reach, b)
    return sorted(found, reverse=True)


def _rows_in_order(lines: list[Line]) -> list[Line]:
    """Lines top to bottom; lines on one baseline left to right."""
    ordered = sorted(lines, key=lambda ln: ln.base)
    out: list[Line] = []
    row: list[Line] = []
    for line in ordered:
        if row and line.base - row[0].base > _BASE_TOL * max(line.size, row[0].size):
            out += sorted(row, key=lambda ln: ln.x0)
            row = []
        row.append(line)
    return out + sorted(row, key=lambda ln: ln.x0)


def rows_of(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into rows (lines whose cores overlap), top to bottom."""
    rows: list[list[Line]] = []
    bottom = -math.inf
    for line in sorted(lines, key=lambda ln: ln.core[0]):
        top, low = line.core
        if rows and top < bottom:
            rows[-1].append(line)
            bottom = max(bottom, low)
        else:
            rows.append([line])
            bottom = low
    return rows
