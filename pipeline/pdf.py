"""Read a PDF into a ``Document``: text in reading order, and a box for every character.

pdfplumber gives every printed character with its box (``x0``, ``top``,
``x1``, ``bottom``, in points from the page's top left). ``layout.py``
groups a page's characters into rows, finds its columns, running headers
and footers, footnotes and superscript citations; this module reads the
pages, turns each region's characters into text through pdfplumber's
``chars_to_textmap`` (its word and line logic, white space included), whose
``(character, pdf char or None)`` pairs keep every character of the text
aligned with its box, and puts the document together.

``Document.text`` is the body of every page in reading order, pages joined
by a newline, followed, page by page, by the furniture, the figure and
table captions (``split_captions``) and the footnotes, one line each; those
spans are listed in ``Document.set_aside`` so that no
sentence is read from them, and ``Document.page_runs`` says which page each
stretch of text comes from. A span's page and box come from there. Lines set
in a larger type are ``Document.headings``; superscript citation numbers are
``Document.citations``.

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
import io
import math
import re
import statistics
from array import array
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pyarrow as pa
import pyarrow.parquet as pq
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psexceptions import PSException
from pdfminer.psparser import literal_name
from pdfplumber.utils import chars_to_textmap
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from .layout import (
    SMALL_TYPE,
    PageChars,
    find_footnotes,
    find_furniture,
    reading_order,
    rows_of,
    running_text_size,
)
from .read import doc_id_for, main_language
from .records import Document, UnreadableDocument
from .textnorm import lines_of

# Bump when the text this module makes from a PDF changes: cached readings
# made by an older version are then read again.
READER_VERSION = "6"
PAGE_BREAK = "\n"
# The box of a character the extraction inserted: it was printed nowhere.
_NO_BOX = (math.nan,) * 4
# pdfplumber wraps pdfminer's parse errors in PdfminerException; the others
# are raised by either library directly on malformed input.
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)
# The keys of a pdfplumber char that reading needs; the rest is dropped so a
# long paper's characters stay small in memory.
_CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "upright", "size", "fontname")

# A short line whose type is this much larger than the running text is a heading.
_HEADING_SIZE = 1.08
_HEADING_MAX_CHARS = 80
# A figure or table caption opens with its label, in a smaller type than the
# running text (``layout.SMALL_TYPE``, as footnotes and running headers).
_CAPTION_LABEL = re.compile(r"^\s*(?:图|表|附图|Fig\.?|Figure|Table)\s*\d+", re.I)
# A page is garbled when more than this share of its characters is.
_GARBLED_PAGE = 0.3


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
    body_size = running_text_size(pages)
    furniture = find_furniture(pages, body_size)
    body: list[TextPiece] = []
    tail: list[tuple[TextPiece, str]] = []  # set aside, and why
    for page in pages:
        rows = [r for r in page.rows if id(r) not in furniture]
        footnotes = find_footnotes(rows, body_size)
        rows = [r for r in rows if id(r) not in footnotes]
        regions = [piece_of(page.number, chars) for chars in reading_order(rows)]
        kept = [split_captions(piece, body_size) for piece in regions]
        body.append(_joined(page.number, [piece for piece, _ in kept]))
        tail += [(piece_of(page.number, r.chars), "furniture") for r in page.rows if id(r) in furniture]
        tail += [(caption, "caption") for _, captions in kept for caption in captions]
        tail += [(piece_of(page.number, r.chars), "footnote") for r in page.rows if id(r) in footnotes]
    text, page_runs, boxes, sizes, cited, spans = _assemble(body + [piece for piece, _ in tail])
    set_aside = tuple(
        [(a, b, why) for (a, b), (_, why) in zip(spans[len(body):], tail)]
        + [(a, b, "garbled") for (a, b), p in zip(spans, pages) if p.number in garbled])
    note = (f"page(s) {_page_list(garbled)}: garbled text layer, set aside and not read"
            if garbled else None)
    return Reading(text, page_runs, tuple(sorted(set_aside)), heading_lines(text, sizes, body_size),
                   _flagged_spans(cited), boxes, note, len(pages))


def split_captions(piece: TextPiece, body_size: float) -> tuple[TextPiece, list[TextPiece]]:
    """A region's text without its figure and table captions, and the captions.

    A caption starts with a line that opens with its label (``图 1``,
    ``表 2``, ``Fig. 3``, ``Figure 3``, ``Table 1``) set in a smaller type than
    the running text, and goes on while the lines stay that small. Where a
    figure interrupts a column, its caption would otherwise fall inside the
    sentence that runs round it.
    """
    lines = _lines_of(piece)
    keep: list[TextPiece] = []
    captions: list[list[TextPiece]] = []
    in_caption = False
    for line in lines:
        small = _median_size(line.sizes) < SMALL_TYPE * body_size
        if small and _CAPTION_LABEL.match(line.text):
            captions.append([line])
            in_caption = True
        elif in_caption and small:
            captions[-1].append(line)
        else:
            in_caption = False
            keep.append(line)
    if not captions:
        return piece, []
    return _joined(piece.page, keep), [_joined(piece.page, c) for c in captions]


def _lines_of(piece: TextPiece) -> list[TextPiece]:
    """A piece cut at its line breaks (the breaks dropped)."""
    return [TextPiece(piece.page, piece.text[a:b], piece.boxes[4 * a:4 * b], piece.sizes[a:b], piece.cited[a:b])
            for a, b in lines_of(piece.text)]


def _median_size(sizes: array) -> float:
    """The median type size of the printed characters (``inf`` when there are none)."""
    printed = [v for v in sizes if not math.isnan(v)]
    return statistics.median(printed) if printed else math.inf


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


def heading_lines(text: str, sizes: array, body_size: float) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every short line set in a type larger than the
    running text's (``body_size``, its most common size): titles and section headings."""
    out = []
    for a, b in lines_of(text):
        size = _median_size(sizes[a:b])
        if b - a <= _HEADING_MAX_CHARS and size != math.inf and size >= _HEADING_SIZE * body_size:
            out.append((a, b))
    return tuple(out)


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
    resources = page.page_obj.resources
    fonts = resolve1(resources.get("Font")) if isinstance(resources, dict) else None
    if not isinstance(fonts, dict):  # a damaged file: no font dictionary to look into
        return frozenset()
    for ref in fonts.values():
        spec = resolve1(ref)
        if not isinstance(spec, dict) or "ToUnicode" in spec or _name(spec.get("Subtype")) != "Type0":
            continue
        descendants = resolve1(spec.get("DescendantFonts"))
        descendant = resolve1(descendants[0]) if isinstance(descendants, list) and descendants else {}
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
