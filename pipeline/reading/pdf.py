"""Read a PDF into a ``Document``: text in reading order, and a box for every character.

``glyphs.py`` gives every printed character of a page with its box (through
PDFium); ``layout.py`` groups them into lines and words and finds the
reading order of the page's regions (columns, a title block, a sidebar,
text turned on its side); ``furniture.py`` finds running headers, footers
and footnotes; ``pdf_regions.py``
sorts each region's lines into body text, captions, tables and equations.
This module reads the pages, sets aside what is not body text, turns
them into text whose every character keeps its box, and puts the document
together.

``Document.text`` is the body of every page in reading order, pages joined
by a newline, followed, page by page, by what is set aside: the furniture
(running headers, footers, page numbers, text up the margin), the figure
and table captions, the tables (and a figure's words), the display
equations and the footnotes, one region after the
other; those spans are listed in ``Document.set_aside`` so that no sentence
is read from them, and ``Document.page_runs`` says which page each stretch
of text comes from. Lines set in a larger type are ``Document.headings``;
superscript citation numbers are ``Document.citations``.

The text layer of some PDFs is undecodable (``garbled.py``): glyphs
without a Unicode value, mojibake, fonts mapping glyphs to the wrong codes.
A document whose text is mostly garbled is refused (``garbled_text_layer``,
saying why); a few garbled pages are kept in the text but set aside
(``garbled``) and named in ``Document.error``; a few glyphs without a
Unicode value (a symbol font's ``(cid:3)``) are left out of the text and
counted in ``Document.unmapped_glyphs``.

Refusals, each an ``UnreadableDocument`` whose reason becomes the
document's ``status``: ``encrypted``, ``corrupt`` (cannot be parsed, e.g.
truncated), ``no_text_layer`` (a scan without text), ``garbled_text_layer``.

The reading is cached by content hash (``cache_dir``): re-reading an
unchanged PDF does not parse it again. The reader knows nothing of
dictionaries or sentences.
"""
from __future__ import annotations

import hashlib
import math
import statistics
from array import array
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import garbled as garbled_layer
from .furniture import find_footnotes, find_furniture, line_pitch, running_text_size
from .glyphs import open_pdf, page_glyphs
from .layout import Line, PageLines, by_direction, lines_of, reading_order, words_of
from .pdf_regions import CAPTION_LABEL, equation_scripts, labels_with_captions, sorted_region, text_measure
from .read import doc_id_for, main_language
from ..records import Document, UnreadableDocument
from ..textnorm import is_cjk, lines_of as text_lines

# Bump when the text this module makes from a PDF changes: cached readings
# made by an older version are then read again.
READER_VERSION = "17"
PAGE_BREAK = "\n"
# The box of a character the extraction inserted: it was printed nowhere.
_NO_BOX = (math.nan,) * 4

# A short line whose type is this much larger than the running text is a heading.
_HEADING_SIZE = 1.08
_HEADING_MAX_CHARS, _HEADING_MAX_LINES = 80, 3
# ...or a short line whose letters are in a bold font (this share of them),
# with at most this many commas.
_BOLD_LINE, _BOLD_COMMAS = 1.0, 1
# A document whose letters are bold in this share is all set in bold: no heading stands out by it.
_BOLD_BODY = 0.5
# The flags of a character (``TextPiece.flags``).
_CITED, _BOLD = 1, 2
# Text turned on its side is the page's body when it holds more of the
# page's characters than this share (a landscape table); less is margin
# text or a watermark, set aside as furniture.
_TURNED_PAGE = 0.5


@dataclass(frozen=True)
class TextPiece:
    """Text made from some characters of one page, with four floats of box
    and the font size of each character (NaN for inserted white space)."""

    page: int
    text: str
    boxes: array
    sizes: array
    flags: array  # per character: _CITED (a superscript citation number), _BOLD (a bold font)


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
    unmapped: int = 0


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
        encoding=None, text=reading.text, error=reading.note, unmapped_glyphs=reading.unmapped,
        page_runs=reading.page_runs, set_aside=reading.set_aside, headings=reading.headings,
        citations=reading.citations, char_boxes=reading.boxes,
    )


def extract_pages(data: bytes, source: str) -> list[PageLines]:
    """The printed characters of every page, in page order, as lines."""
    pdf = open_pdf(data, source)
    try:
        pages = []
        for index in range(len(pdf)):
            glyphs = page_glyphs(pdf, index)
            upright, turned = by_direction(glyphs.chars)
            text = "".join(c["text"] for c in glyphs.chars)
            pages.append(PageLines(
                glyphs.number, glyphs.width, glyphs.height, lines_of(upright),
                tuple((d, lines_of(chars)) for d, chars in sorted(turned.items())),
                glyphs.printed, glyphs.unmapped, garbled_layer.page_share(text, glyphs.printed, glyphs.unmapped)))
        return pages
    finally:
        pdf.close()


def read_layout(pages: list[PageLines], source: str) -> Reading:
    """The pages' lines as the document's text, in reading order."""
    with_text = [p.number for p in pages if p.printed]
    if not with_text:
        raise UnreadableDocument(
            source, "no_text_layer",
            f"none of its {len(pages)} page(s) has a text layer (a scanned image? it needs OCR first)")
    garbled = [p.number for p in pages if p.printed and p.garbled_share > garbled_layer.GARBLED_PAGE]
    if garbled and len(garbled) * 2 >= len(with_text):
        raise UnreadableDocument(
            source, "garbled_text_layer",
            f"the text layer of page(s) {_page_list(garbled)} of {len(pages)} is undecodable "
            f"(glyphs without Unicode values, private-use characters or mojibake); it needs OCR")
    body_size = running_text_size(pages)
    furniture = find_furniture(pages, body_size)
    body: list[TextPiece] = []
    tail: list[tuple[TextPiece, str]] = []  # set aside, and why
    for page in pages:
        lines = [ln for ln in page.lines if id(ln) not in furniture]
        kept, aside = page_regions(page, lines, body_size)
        for _, group in page.turned:
            if turned_page(page):  # a landscape page: read as the page's text, in its own direction
                more, more_aside = page_regions(page, list(group), body_size)
                kept, aside = kept + more, aside + more_aside
            else:
                aside += turned_aside(page.number, list(group), body_size)
        body.append(_joined(page.number, kept))
        tail += [(piece_of(page.number, [ln]), "furniture") for ln in page.lines if id(ln) in furniture]
        tail += aside
    text, page_runs, boxes, sizes, flags, spans = _assemble(body + [piece for piece, _ in tail])
    check_text_layer(text, pages, source)
    set_aside = tuple(
        [(a, b, why) for (a, b), (_, why) in zip(spans[len(body):], tail)]
        + [(a, b, "garbled") for (a, b), p in zip(spans, pages) if p.number in garbled])
    note = (f"page(s) {_page_list(garbled)}: garbled text layer, set aside and not read"
            if garbled else None)
    return Reading(text, page_runs, tuple(sorted(set_aside)), heading_lines(text, sizes, flags, body_size),
                   _flagged_spans(flags, _CITED), boxes, note, len(pages), sum(p.unmapped for p in pages))


def turned_page(page: PageLines) -> bool:
    """Most of the page's text is turned on its side (a landscape table)."""
    turned = sum(len(ln.chars) for _, group in page.turned for ln in group)
    return turned > _TURNED_PAGE * (turned + sum(len(ln.chars) for ln in page.lines))


def turned_aside(page: int, lines: list[Line], body_size: float) -> list[tuple[TextPiece, str]]:
    """Text turned on its side on a page that is upright, set aside: a table
    or a figure turned to fit the page when it holds a caption (``Table 1``
    read up the page: its caption, its cells as a table), else a line up
    the margin or a watermark (furniture)."""
    regions = reading_order(lines)
    if not any(CAPTION_LABEL.match(ln.text) for ln in lines):
        return [(piece_of(page, region), "furniture") for region in regions]
    pitch = line_pitch(lines)
    return [(piece_of(page, part), "table" if kind == "body" else kind)
            for region in labels_with_captions(regions) for kind, part in sorted_region(region, body_size, pitch)]


def check_text_layer(text: str, pages: list[PageLines], source: str) -> None:
    """Refuse a document whose text as a whole is not text (``garbled.verdict``)."""
    why = garbled_layer.verdict(text, sum(p.printed for p in pages), sum(p.unmapped for p in pages))
    if why:
        raise UnreadableDocument(source, "garbled_text_layer", f"the text layer is undecodable: {why}; it needs OCR")


def page_regions(page: PageLines, lines: list[Line], body_size: float) -> tuple[list[TextPiece], list[tuple[TextPiece, str]]]:
    """A page's upright lines as body pieces in reading order, and the
    pieces set aside (captions, tables, equations, footnotes), each with why."""
    pitch = line_pitch(lines)
    notes, foot_captions = find_footnotes(lines, body_size, page.height)
    # a figure's or a table's words are looked for on a page that has one (its caption)
    measure = text_measure(lines, body_size) if any(CAPTION_LABEL.match(ln.text) for ln in lines) else 0.0
    kept: list[TextPiece] = []
    aside: list[tuple[TextPiece, str]] = []
    parts = [part for region in labels_with_captions(reading_order(
                 [ln for ln in lines if id(ln) not in notes and id(ln) not in foot_captions]))
             for part in sorted_region(region, body_size, pitch, measure)]
    for kind, part in equation_scripts(parts, pitch):
        piece = piece_of(page.number, part)
        if kind == "body":
            kept.append(piece)
        else:
            aside.append((piece, kind))
    # a caption at the foot of the page, and what lies under it: nothing of it is running text
    aside += [(piece_of(page.number, part), "caption" if kind == "body" else kind)
              for region in reading_order([ln for ln in lines if id(ln) in foot_captions])
              for kind, part in sorted_region(region, body_size, pitch, measure)]
    aside += [(piece_of(page.number, region), "footnote")
              for region in reading_order([ln for ln in lines if id(ln) in notes])]
    return kept, aside


def _median_size(sizes: array) -> float:
    """The median type size of the printed characters (``inf`` when there are none)."""
    printed = [v for v in sizes if not math.isnan(v)]
    return statistics.median(printed) if printed else math.inf


def _flagged_spans(flags: array, flag_bit: int) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every stretch of characters flagged ``flag_bit``."""
    spans, start = [], None
    for i, flag in enumerate(list(flags) + [0]):
        flag &= flag_bit
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            spans.append((start, i))
            start = None
    return tuple(spans)


def heading_lines(text: str, sizes: array, flags: array, body_size: float) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every short line set in a type larger than the
    running text's (``body_size``, its most common size), or all in bold when
    the running text is not: titles and section headings."""
    runs: list[list[tuple[int, int]]] = [[]]
    bold_body = _bold_share(text, flags, 0, len(text)) >= _BOLD_BODY
    last = None  # the kind of the run: large type, or bold in one size
    for a, b in text_lines(text):
        size = _median_size(sizes[a:b])
        kind = None if size == math.inf else "large" if size >= _HEADING_SIZE * body_size \
            else round(size, 1) if not bold_body and _bold_heading(text, flags, a, b, last == round(size, 1)) else None
        if runs[-1] and kind != last:  # ``Results`` in bold, then a subheading in bold and a smaller size
            runs.append([])
        if kind:
            runs[-1].append((a, b))
        last = kind
    # A run of many lines in larger type is running text set larger (the
    # body of a paper whose reference list, in small type, is longer), not headings.
    return tuple((a, b) for run in runs if len(run) <= _HEADING_MAX_LINES for a, b in run
                 if b - a <= _HEADING_MAX_CHARS)


def _bold_heading(text: str, flags: array, start: int, end: int, goes_on: bool) -> bool:
    """``text[start:end]`` is a line of a heading set in bold: all its letters
    bold, its first line (``goes_on`` is False) opening with a capital, a digit
    or a Chinese character (not a bold ``(Figure 1B).`` inside a sentence), and
    no list of names (a reference's authors: ``Webb AE, Gerek ZN, Morgan CC,``)."""
    line = text[start:end].strip()
    return bool(line) and (goes_on or line[0].isupper() or line[0].isdigit() or is_cjk(line[0])) \
        and line.count(",") <= _BOLD_COMMAS and line[-1] not in ",;" \
        and _bold_share(text, flags, start, end) >= _BOLD_LINE


def _bold_share(text: str, flags: array, start: int, end: int) -> float:
    """The share of the letters and digits of ``text[start:end]`` printed in a bold font."""
    letters = bold = 0
    for i in range(start, end):
        if text[i].isalnum():
            letters += 1
            bold += flags[i] & _BOLD
    return bold / _BOLD / letters if letters else 0.0


def _page_list(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers))


# --- text and boxes -------------------------------------------------------------

def piece_of(page: int, lines: list[Line]) -> TextPiece:
    """Lines of one page, in reading order, as text: lines on one baseline
    joined by a space, others by a newline; inserted white space has no box.
    A ligature expanded by the extraction (``ﬁ`` to ``fi``) gives each
    letter the ligature's box."""
    text: list[str] = []
    boxes: list[float] = []
    sizes: list[float] = []
    flags: list[int] = []
    nan = math.nan
    prev: Line | None = None
    for line in lines:
        if prev is not None:
            same_row = abs(line.base - prev.base) <= 0.2 * max(line.size, prev.size) and line.x0 >= prev.x1
            text.append(" " if same_row else "\n")
            boxes += _NO_BOX
            sizes.append(nan)
            flags.append(0)
        for ch, char in words_of(line):
            text.append(ch)
            if char is None:
                boxes += _NO_BOX
                sizes.append(nan)
                flags.append(0)
            else:
                boxes += char.get("box") or (char["x0"], char["top"], char["x1"], char["bottom"])
                sizes.append(char["size"])
                flags.append((_CITED if char.get("citation") else 0) | (_BOLD if char.get("bold") else 0))
        prev = line
    return TextPiece(page, "".join(text), array("d", boxes), array("d", sizes), array("b", flags))


def _joined(page: int, pieces: list[TextPiece]) -> TextPiece:
    """Pieces of one page as one, a newline between them."""
    text, boxes, sizes, flags = [], array("d"), array("d"), array("b")
    for piece in pieces:
        if not piece.text:
            continue
        if text:
            text.append("\n")
            boxes.extend(_NO_BOX)
            sizes.append(math.nan)
            flags.append(0)
        text.append(piece.text)
        boxes.extend(piece.boxes)
        sizes.extend(piece.sizes)
        flags.extend(piece.flags)
    return TextPiece(page, "".join(text), boxes, sizes, flags)


def _assemble(pieces: list[TextPiece]):
    """The pieces joined by newlines: text, ``(offset, page)`` runs, boxes,
    sizes, flags, and each piece's span."""
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    boxes, sizes, flags = array("d"), array("d"), array("b")
    offset = 0
    for i, piece in enumerate(pieces):
        if i:
            parts.append(PAGE_BREAK)
            boxes.extend(_NO_BOX * len(PAGE_BREAK))
            sizes.extend([math.nan] * len(PAGE_BREAK))
            flags.extend([0] * len(PAGE_BREAK))
            offset += len(PAGE_BREAK)
        if not runs or runs[-1][1] != piece.page:
            runs.append((offset, piece.page))
        spans.append((offset, offset + len(piece.text)))
        parts.append(piece.text)
        boxes.extend(piece.boxes)
        sizes.extend(piece.sizes)
        flags.extend(piece.flags)
        offset += len(piece.text)
    return "".join(parts), tuple(runs), boxes, sizes, flags, spans


# --- cache ------------------------------------------------------------------------

def _cache_path(cache_dir: Path | None, sha256: str) -> Path | None:
    return cache_dir / f"{sha256}-v{READER_VERSION}.parquet" if cache_dir else None


def _store_reading(path: Path, reading: Reading) -> None:
    from ..store.tables import write_atomic

    table = pa.table({
        "text": [reading.text], "n_pages": [reading.n_pages], "note": [reading.note],
        "page_runs": [[list(r) for r in reading.page_runs]],
        "set_aside": [[{"start": a, "end": b, "why": w} for a, b, w in reading.set_aside]],
        "headings": [[list(h) for h in reading.headings]],
        "citations": [[list(c) for c in reading.citations]],
        "boxes": [reading.boxes.tobytes()], "unmapped": [reading.unmapped],
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
                   boxes, row["note"], row["n_pages"], row["unmapped"])
