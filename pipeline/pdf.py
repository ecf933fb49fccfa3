"""Read a PDF into a ``Document``: text in reading order, and a box for every character.

pdfplumber gives every printed character with its box (``x0``, ``top``,
``x1``, ``bottom``, in points from the page's top left). This module turns
them into text a reader would read:

1. **Rows.** Characters are clustered into rows by their ``top`` (as
   pdfplumber's own text extraction does), and each row is cut into *runs*
   where a gap is much wider than a space.
2. **Running headers and footers.** The first and last rows of every page
   whose text (digits aside) repeats at the same height on other pages, and
   bare page numbers (``12``, ``· 277 ·``, ``第 3 页``, ``Page 3 of 9``), are
   *furniture*: set aside, not deleted (see below).
3. **Footnotes.** Rows at the foot of a page in a smaller type than the
   running text and standing apart from it (the fund, author and DOI notes
   of a first page) are set aside the same way.
4. **Columns.** The gutter of a two-column page is found from the runs'
   positions: the x that the most rows have text on both sides of and the
   fewest runs cross. Rows whose runs cross it (a title, an abstract across
   the full width) are read as they are; a stretch of rows between them is
   read left column first, then right column. A page without such a stretch
   is one column.
5. **Superscript citations.** Citation numbers printed as superscripts
   (smaller type raised above the row's baseline, after a letter) are
   handed over as ``Document.citations``, for the cleaned view to drop as
   it drops ``[12]``: ``Interleukin-10¹²`` must not read as IL-1012.
6. **Text.** Each region's characters become text through pdfplumber's
   ``chars_to_textmap`` (its word and line logic, white space included),
   whose ``(character, pdf char or None)`` pairs keep every character of the
   text aligned with its box.

``Document.text`` is the body of every page in reading order, pages joined
by a newline, followed by the furniture and footnotes of every page, one
line each; those spans are listed in ``Document.set_aside`` so that no sentence is
read from them, and ``Document.page_runs`` says which page each stretch of
text comes from. A span's page and box come from there.

The text layer of some Chinese PDFs is undecodable: fonts without a
Unicode map come out as ``(cid:1234)``, private-use characters or mojibake.
pdfminer's own remedies come first: its CMap database (the Adobe-GB1,
CNS1, Japan1 and Korea1 collections) for CID fonts that name one, and the
embedded TrueType font's ``cmap`` for fonts without a ``ToUnicode`` map.
What is still undecodable is measured per page, including the characters
of fonts whose ``cmap`` reading can only be a guess (see
``fonts_without_unicode``). A document whose text is mostly garbled is refused
(``garbled_text_layer``, naming the pages); a few garbled pages are kept in
the text but set aside (``garbled``) and named in ``Document.error``.

Refusals, each an ``UnreadableDocument`` whose reason becomes the
document's ``status``: ``encrypted``, ``corrupt`` (cannot be parsed, e.g.
truncated), ``no_text_layer`` (a scan without text), ``garbled_text_layer``.

The reading is cached by content hash (``cache_dir``): re-reading an
unchanged PDF does not parse it again. The reader knows nothing of
dictionaries or sentences.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
import io
import math
import re
import statistics
from array import array
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import pdfplumber
import pyarrow as pa
import pyarrow.parquet as pq
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psexceptions import PSException
from pdfminer.psparser import literal_name
from pdfplumber.utils import chars_to_textmap, cluster_objects
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from .read import doc_id_for, main_language
from .records import Document, UnreadableDocument

# Bump when the text this module makes from a PDF changes: cached readings
# made by an older version are then read again.
READER_VERSION = "5"
PAGE_BREAK = "\n"
# The box of a character the extraction inserted: it was printed nowhere.
_NO_BOX = (math.nan,) * 4
# pdfplumber wraps pdfminer's parse errors in PdfminerException; the others
# are raised by either library directly on malformed input.
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)
# The keys of a pdfplumber char that reading needs; the rest is dropped so a
# long paper's characters stay small in memory.
_CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "upright", "size", "fontname")

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
_SMALL_TYPE = 0.95
# Footnotes longer than this many rows are not believed to be footnotes.
_MAX_FOOTNOTE_ROWS = 12
# Running headers repeat at the same height, give or take this many points.
_SAME_HEIGHT = 6
# A column needs at least this many rows to be believed.
_MIN_COLUMN_ROWS = 3
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:第|page|p\.?)\s*)?\d{1,4}(?:\s*(?:页|of\s*\d{1,4}|/\s*\d{1,4}))?[\W_]*$", re.I)
# A short line whose type is this much larger than the running text is a heading.
_HEADING_SIZE = 1.08
_HEADING_MAX_CHARS = 80
# A superscript is in a type this much smaller than its row's; a citation
# printed as one reads as numbers: ``12``, ``3,4``, ``5–7``, ``[8]``.
_SUPERSCRIPT = 0.85
_NUMBER_END = re.compile(r"(?:^|[\s×xX*(（])[\d.,]+$")
_CITATION = re.compile(r"^[\[(（]?\d{1,3}(?:[,，\-–—~]\d{1,3})*[\])）]?$")
# A page is garbled when more than this share of its characters is.
_GARBLED_PAGE = 0.3


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


@dataclass(frozen=True)
class TextPiece:
    """Text made from some characters of one page, with four floats of box
    and the font size of each character (NaN for inserted white space)."""

    page: int
    text: str
    boxes: array
    sizes: array
    cited: array  # 1 for a character of a superscript citation number


@dataclass(frozen=True)
class Reading:
    """What the reader makes of a PDF: the fields of its ``Document``, and
    ``headings``, the lines set in a larger type than the running text."""

    text: str
    page_runs: tuple[tuple[int, int], ...]
    set_aside: tuple[tuple[int, int, str], ...]
    headings: tuple[tuple[int, int], ...]
    citations: tuple[tuple[int, int], ...]
    boxes: array
    note: str | None
    n_pages: int


# --- reading ------------------------------------------------------------------

def read_pdf(data: bytes, source: str, cache_dir: Path | None = None) -> Document:
    """Read the bytes of a PDF named ``source`` into a Document.

    With ``cache_dir``, a reading of the same bytes by the same reader
    version is taken from there instead of parsing the PDF again.
    Raises ``UnreadableDocument`` (see the module's docstring).
    """
    sha256 = hashlib.sha256(data).hexdigest()
    cached = _cache_path(cache_dir, sha256)
    reading = _load_reading(cached) if cached else None
    if reading is None:
        reading = read_layout(extract_pages(data, source), source)
        if cached:
            _store_reading(cached, reading)
    return Document(
        doc_id=doc_id_for(data), source=source, sha256=sha256, format="pdf",
        lang=main_language(reading.text), n_chars=len(reading.text), n_pages=reading.n_pages,
        encoding=None, text=reading.text, error=reading.note, page_runs=reading.page_runs,
        set_aside=reading.set_aside, headings=reading.headings, citations=reading.citations,
        char_boxes=reading.boxes,
    )


def extract_pages(data: bytes, source: str) -> list[PageChars]:
    """The printed characters of every page, in page order, as rows."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for number, page in enumerate(pdf.pages, 1):
                chars = [{k: c[k] for k in _CHAR_KEYS} for c in page.chars]
                guessed = fonts_without_unicode(page)
                page.close()  # drop the page's cached objects: memory stays flat over long papers
                pages.append(PageChars(number, rows_of(chars), garbled_share(chars, guessed)))
            return pages
    except _PDF_ERRORS as exc:
        raise _refused(source, exc) from exc


def read_layout(pages: list[PageChars], source: str) -> Reading:
    """The pages' characters as the document's text, in reading order."""
    if not any(p.rows for p in pages):
        raise UnreadableDocument(
            source, "no_text_layer",
            f"none of its {len(pages)} page(s) has a text layer (a scanned image? it needs OCR first)")
    garbled = [p.number for p in pages if p.rows and p.garbled_share > _GARBLED_PAGE]
    with_text = [p.number for p in pages if p.rows]
    if garbled and len(garbled) * 2 >= len(with_text):
        raise UnreadableDocument(
            source, "garbled_text_layer",
            f"the text layer of page(s) {_page_list(garbled)} of {len(pages)} is undecodable "
            f"((cid:n) codes, private-use characters or mojibake: fonts without a Unicode map); "
            f"it needs OCR")
    furniture = find_furniture(pages)
    body_size = _running_text_size(pages)
    body: list[TextPiece] = []
    tail: list[tuple[TextPiece, str]] = []  # set aside, and why
    for page in pages:
        rows = [r for r in page.rows if id(r) not in furniture]
        footnotes = find_footnotes(rows, body_size)
        rows = [r for r in rows if id(r) not in footnotes]
        body.append(_joined(page.number, [piece_of(page.number, chars) for chars in reading_order(rows)]))
        tail += [(piece_of(page.number, r.chars), "furniture") for r in page.rows if id(r) in furniture]
        tail += [(piece_of(page.number, r.chars), "footnote") for r in page.rows if id(r) in footnotes]
    text, page_runs, boxes, sizes, cited, spans = _assemble(body + [piece for piece, _ in tail])
    set_aside = tuple(
        [(a, b, why) for (a, b), (_, why) in zip(spans[len(body):], tail)]
        + [(a, b, "garbled") for (a, b), p in zip(spans, pages) if p.number in garbled])
    note = (f"page(s) {_page_list(garbled)}: garbled text layer, set aside and not read"
            if garbled else None)
    return Reading(text, page_runs, tuple(sorted(set_aside)), heading_lines(text, sizes),
                   _flagged_spans(cited), boxes, note, len(pages))


def _flagged_spans(flags: array) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every stretch of flagged characters."""
    spans, start = [], None
    for i, flag in enumerate(list(flags) + [0]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            spans.append((start, i))
            start = None
    return tuple(spans)


def heading_lines(text: str, sizes: array) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every short line set in a type larger than the
    running text's (its most common size): titles and section headings."""
    printed = [round(v, 1) for v in sizes if not math.isnan(v)]
    if not printed:
        return ()
    body_size = statistics.mode(printed)
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        line_sizes = [v for v in sizes[pos:end] if not math.isnan(v)]
        if line_sizes and len(line) <= _HEADING_MAX_CHARS \
                and statistics.median(line_sizes) >= _HEADING_SIZE * body_size:
            out.append((pos, end))
        pos = end + 1
    return tuple(out)


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

def find_furniture(pages: list[PageChars]) -> set[int]:
    """The ``id`` of every row that is a running header, footer or page number.

    Candidates are the ``_EDGE_ROWS`` first and last rows of each page; one
    is furniture when it is a bare page number, or when it stands apart from
    the text block (a gap wider than the page's usual line pitch) and either
    its text with the digits masked occurs at the same height on another
    page, or it is set in a smaller type than the running text (a header
    that alternates between left- and right-hand pages repeats only on
    every other page). The search goes inwards from each edge and stops at
    the first row that is not.
    """
    seen: dict[str, list[tuple[int, float]]] = {}
    for page in pages:
        for row in _edge_rows(page.rows):
            seen.setdefault(_furniture_key(row), []).append((page.number, row.top))
    body_size = _running_text_size(pages)
    found: set[int] = set()
    for page in pages:
        pitch = _line_pitch(page.rows)
        n = len(page.rows)
        for edge in (range(min(_EDGE_ROWS, n)), range(n - 1, max(n - 1 - _EDGE_ROWS, -1), -1)):
            for i in edge:
                row = page.rows[i]
                j = i + edge.step  # the next row inwards
                apart = 0 <= j < n and abs(page.rows[j].top - row.top) > _APART * pitch
                small = _size_of(row) < _SMALL_TYPE * body_size
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
        if _size_of(row) >= _SMALL_TYPE * body_size:
            break
        block.append(row)
    if not block or len(block) == len(rows) or len(block) > _MAX_FOOTNOTE_ROWS:
        return set()
    above = rows[len(rows) - len(block) - 1]
    if block[-1].top - above.top <= _APART * _line_pitch(tuple(rows)):
        return set()
    return {id(row) for row in block}


def _running_text_size(pages: list[PageChars]) -> float:
    """The most common type size of the document's printed characters."""
    sizes = [round(c["size"], 1) for p in pages for row in p.rows for c in row.chars if not c["text"].isspace()]
    return statistics.mode(sizes) if sizes else 0.0


def _size_of(row: Row) -> float:
    return statistics.median(c["size"] for c in row.chars if not c["text"].isspace())


def _line_pitch(rows: tuple[Row, ...]) -> float:
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


# --- garbled text layers --------------------------------------------------------

def garbled_share(chars: list[dict], guessed_fonts: frozenset[str] = frozenset()) -> float:
    """The share of a page's characters that are not text: ``(cid:n)``
    codes, private-use characters, U+FFFD, mojibake (Latin-1 letters where a
    decoder mistook Chinese bytes), and characters in a font whose Unicode
    pdfminer could only guess (``fonts_without_unicode``)."""
    printed = [c for c in chars if not c["text"].isspace()]
    if not printed:
        return 0.0
    return sum(1 for c in printed if _is_garbage(c["text"]) or c.get("fontname") in guessed_fonts) / len(printed)


def fonts_without_unicode(page) -> frozenset[str]:
    """The names of the page's composite fonts whose characters pdfminer can
    only guess: no ``ToUnicode`` map, and glyphs reached through a
    ``CIDToGIDMap`` table. pdfminer then reads each character's Unicode from
    the embedded font's own ``cmap`` as though character ids were glyph ids,
    which gives real characters, the wrong ones (``细胞`` read as ``素IL``),
    that no check on the characters themselves can tell from text."""
    guessed = set()
    fonts = resolve1(page.page_obj.resources.get("Font")) or {}
    for ref in fonts.values():
        spec = resolve1(ref)
        if not isinstance(spec, dict) or "ToUnicode" in spec or _name(spec.get("Subtype")) != "Type0":
            continue
        descendants = resolve1(spec.get("DescendantFonts")) or []
        descendant = resolve1(descendants[0]) if descendants else {}
        if isinstance(descendant, dict) and isinstance(resolve1(descendant.get("CIDToGIDMap")), PDFStream):
            guessed.add(_name(spec.get("BaseFont")))
    return frozenset(guessed)


def _name(value) -> str:
    return literal_name(value) if value is not None else ""


def _is_garbage(text: str) -> bool:
    if text.startswith("(cid:") or "\ufffd" in text:
        return True
    return any(0xE000 <= ord(ch) <= 0xF8FF or 0xC0 <= ord(ch) <= 0xFF for ch in text)


def _page_list(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers))


# --- text and boxes -------------------------------------------------------------

def piece_of(page: int, chars: list[dict]) -> TextPiece:
    """Some characters of one page as text, through pdfplumber's TextMap.

    The text is built from the TextMap's pairs, so it is aligned with the
    boxes by construction. A ligature expanded by the extraction (``ﬁ`` to
    ``fi``) gives each letter the ligature's box.
    """
    if not chars:
        return TextPiece(page, "", array("d"), array("d"), array("b"))
    textmap = chars_to_textmap(chars)
    boxes, sizes, cited = array("d"), array("d"), array("b")
    for _, char in textmap.tuples:
        boxes.extend(_NO_BOX if char is None else (char["x0"], char["top"], char["x1"], char["bottom"]))
        sizes.append(math.nan if char is None else char["size"])
        cited.append(1 if char is not None and char.get("citation") else 0)
    return TextPiece(page, "".join(c for c, _ in textmap.tuples), boxes, sizes, cited)


def _joined(page: int, pieces: list[TextPiece]) -> TextPiece:
    """Pieces of one page as one, a newline between them."""
    text, boxes, sizes, cited = [], array("d"), array("d"), array("b")
    for piece in pieces:
        if text:
            text.append("\n")
            boxes.extend(_NO_BOX)
            sizes.append(math.nan)
            cited.append(0)
        text.append(piece.text)
        boxes.extend(piece.boxes)
        sizes.extend(piece.sizes)
        cited.extend(piece.cited)
    return TextPiece(page, "".join(text), boxes, sizes, cited)


def _assemble(pieces: list[TextPiece]):
    """The pieces joined by newlines: text, ``(offset, page)`` runs, boxes,
    sizes, citation flags, and each piece's span."""
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    boxes, sizes, cited = array("d"), array("d"), array("b")
    offset = 0
    for i, piece in enumerate(pieces):
        if i:
            parts.append(PAGE_BREAK)
            boxes.extend(_NO_BOX * len(PAGE_BREAK))
            sizes.extend([math.nan] * len(PAGE_BREAK))
            cited.extend([0] * len(PAGE_BREAK))
            offset += len(PAGE_BREAK)
        if not runs or runs[-1][1] != piece.page:
            runs.append((offset, piece.page))
        spans.append((offset, offset + len(piece.text)))
        parts.append(piece.text)
        boxes.extend(piece.boxes)
        sizes.extend(piece.sizes)
        cited.extend(piece.cited)
        offset += len(piece.text)
    return "".join(parts), tuple(runs), boxes, sizes, cited, spans


# --- cache ------------------------------------------------------------------------

def _cache_path(cache_dir: Path | None, sha256: str) -> Path | None:
    return cache_dir / f"{sha256}-v{READER_VERSION}.parquet" if cache_dir else None


def _store_reading(path: Path, reading: Reading) -> None:
    from .tables import write_atomic

    table = pa.table({
        "text": [reading.text], "n_pages": [reading.n_pages], "note": [reading.note],
        "page_runs": [[list(r) for r in reading.page_runs]],
        "set_aside": [[{"start": a, "end": b, "why": w} for a, b, w in reading.set_aside]],
        "headings": [[list(h) for h in reading.headings]],
        "citations": [[list(c) for c in reading.citations]],
        "boxes": [reading.boxes.tobytes()],
    })
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(table, path)


def _load_reading(path: Path) -> Reading | None:
    """A cached reading, or None when there is none (or it cannot be read)."""
    try:
        row = pq.read_table(path).to_pylist()[0]
    except (OSError, pa.ArrowException, IndexError):
        return None
    boxes = array("d")
    boxes.frombytes(row["boxes"])
    return Reading(row["text"], tuple(tuple(r) for r in row["page_runs"]),
                   tuple((s["start"], s["end"], s["why"]) for s in row["set_aside"]),
                   tuple(tuple(h) for h in row["headings"]), tuple(tuple(c) for c in row["citations"]),
                   boxes, row["note"], row["n_pages"])


# --- errors -----------------------------------------------------------------------

def _refused(source: str, exc: Exception) -> UnreadableDocument:
    """The error for a PDF the parser refused, saying why in plain words."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, (PDFEncryptionError, PDFPasswordIncorrect)):
        return UnreadableDocument(
            source, "encrypted",
            f"the PDF is encrypted with a password or forbids text extraction ({type(cause).__name__})")
    return UnreadableDocument(
        source, "corrupt", f"not a readable PDF (corrupt or truncated?): {type(cause).__name__}: {cause}")
