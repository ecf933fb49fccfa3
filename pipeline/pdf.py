"""Read a PDF into a ``Document``: pdfplumber's text, and a box for every character.

Each page's text is pdfplumber's own extraction (``page.extract_text()``
with its default settings), taken from the page's ``TextMap``: a list of
``(character, pdf char or None)`` pairs in which every character of the
text is either a character printed on the page or white space the
extraction inserted between words and lines. Pages are joined with one
newline. ``Document.text`` is that text, and every offset of every later
stage refers to it; the box of each character is kept beside it in
``Document.char_boxes`` so that a span's place on its page can be shown.

A PDF that pdfplumber cannot open or parse (corrupt, truncated, encrypted)
raises ``UnreadableDocument`` with reason ``unreadable``; one with no text
to extract (a scanned image without a text layer) with reason ``no_text``.
The reader knows nothing of dictionaries or sentences.
"""
from __future__ import annotations

import hashlib
import io
import math
from array import array
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from .read import doc_id_for, main_language
from .records import Document, UnreadableDocument

PAGE_BREAK = "\n"
# The box of a character the extraction inserted: it was printed nowhere.
_NO_BOX = (math.nan,) * 4
# pdfplumber wraps pdfminer's parse errors in PdfminerException; the others
# are raised by either library directly on malformed input.
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)


@dataclass(frozen=True)
class PageText:
    """One page's extracted text and, per character, four floats of its box."""

    text: str
    boxes: array


def read_pdf(data: bytes, source: str) -> Document:
    """Read the bytes of a PDF named ``source`` into a Document.

    Raises ``UnreadableDocument``: ``unreadable`` when the PDF cannot be
    parsed, ``no_text`` when it holds no extractable text.
    """
    pages = extract_pages(data, source)
    text, page_starts, boxes = join_pages(pages)
    if not text.strip():
        raise UnreadableDocument(
            source, "no_text",
            f"none of its {len(pages)} page(s) holds extractable text "
            f"(a scanned image? it needs OCR first)")
    return Document(
        doc_id=doc_id_for(data), source=source, sha256=hashlib.sha256(data).hexdigest(),
        format="pdf", lang=main_language(text), n_chars=len(text), n_pages=len(pages),
        encoding=None, text=text, page_starts=page_starts, char_boxes=boxes,
    )


def extract_pages(data: bytes, source: str) -> list[PageText]:
    """The text and character boxes of every page, in page order."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [page_text(page) for page in pdf.pages]
    except _PDF_ERRORS as exc:
        raise _unreadable(source, exc) from exc


def page_text(page) -> PageText:
    """One pdfplumber page as text plus boxes, read from its TextMap.

    The text is built from the TextMap's pairs, so it is aligned with the
    boxes by construction; with the default left-to-right, top-to-bottom
    rendering it equals ``page.extract_text()``. A ligature expanded by the
    extraction (``ﬁ`` to ``fi``) gives each letter the ligature's box.
    """
    textmap = page.get_textmap()
    boxes = array("d")
    for _, char in textmap.tuples:
        boxes.extend(_NO_BOX if char is None else (char["x0"], char["top"], char["x1"], char["bottom"]))
    text = "".join(c for c, _ in textmap.tuples)
    page.close()  # drop the page's cached objects: memory stays flat over long papers
    return PageText(text, boxes)


def join_pages(pages: list[PageText]) -> tuple[str, tuple[int, ...], array]:
    """The document text (pages joined by a newline), the offset where each
    page starts, and the boxes of all characters (the newlines have none)."""
    parts: list[str] = []
    starts: list[int] = []
    boxes = array("d")
    offset = 0
    for i, page in enumerate(pages):
        if i:
            parts.append(PAGE_BREAK)
            boxes.extend(_NO_BOX * len(PAGE_BREAK))
            offset += len(PAGE_BREAK)
        starts.append(offset)
        parts.append(page.text)
        boxes.extend(page.boxes)
        offset += len(page.text)
    return "".join(parts), tuple(starts), boxes


def _unreadable(source: str, exc: Exception) -> UnreadableDocument:
    """The error for a PDF the parser refused, saying why in plain words."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFEncryptionError):
        detail = f"the PDF is encrypted or forbids text extraction ({type(cause).__name__})"
    else:
        detail = f"not a readable PDF (corrupt or truncated?): {type(cause).__name__}: {cause}"
    return UnreadableDocument(source, "unreadable", detail)
