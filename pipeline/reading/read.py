"""Read one paper from disk into a ``Document``: bytes to text, nothing more.

Text files (``.txt``, ``.md``) are decoded with the encoding a Chinese user's
file is likely to have: UTF-8 (with or without a byte-order mark), UTF-16
with a byte-order mark, GB18030 (which contains GBK and GB2312) and Big5.
The encoding that was used is recorded on the document, and so is the
script of its Chinese (``traditional.py``: a paper in traditional characters
is read as simplified). PDFs are read by
``pdf.py``. The reader knows nothing of dictionaries or sentences.

A file that cannot be read raises ``UnreadableDocument`` with a reason that
becomes the document's ``status``.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import replace
from pathlib import Path

from ..records import Document, UnreadableDocument
from .traditional import script_of

TEXT_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md"}
PDF_FORMATS = {".pdf": "pdf"}
SUPPORTED_SUFFIXES = tuple(sorted({**TEXT_FORMATS, **PDF_FORMATS}))

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in this order when there is no byte-order mark. GB18030 decodes
# most byte strings without error, so a Big5 file can come out as GB18030
# mojibake; ``_plausibility`` decides between the two by how much of the
# result is common Chinese text.
_LEGACY_CJK = ("gb18030", "big5")


def doc_id_for(data: bytes) -> str:
    """A stable id derived from the content: the first 16 hex digits of SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_document(path: Path, source: str | None = None, cache_dir: Path | None = None) -> Document:
    """Read ``path`` into a Document; ``source`` is the name it is stored
    under (the path relative to the input folder; the file name by default).
    PDF readings are cached in ``cache_dir`` when one is given.

    Raises ``UnreadableDocument`` for an unsupported extension, an empty or
    binary file, or bytes no supported encoding can decode.
    """
    source = source or path.name
    suffix = path.suffix.lower()
    if suffix not in TEXT_FORMATS and suffix not in PDF_FORMATS:
        raise UnreadableDocument(
            source, "unsupported",
            f"unsupported file type {suffix or '(no extension)'!r}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(source, "unreadable", f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UnreadableDocument(source, "empty", "the file is empty")
    if suffix in PDF_FORMATS:
        from .pdf import read_pdf

        doc = read_pdf(data, source, cache_dir)
        return replace(doc, zh_script=script_of(doc.text)) if doc.text else doc
    text, encoding = decode_text(data, source)
    if not text.strip():
        raise UnreadableDocument(source, "empty", "the file holds only white space")
    return Document(
        doc_id=doc_id_for(data), source=source, sha256=hashlib.sha256(data).hexdigest(),
        format=TEXT_FORMATS[suffix], lang=main_language(text), n_chars=len(text),
        n_pages=None, encoding=encoding, text=text, zh_script=script_of(text),
    )


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode a text file; returns the text and the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _undecodable(source, encoding, exc) from exc
    if _looks_binary(data):
        raise UnreadableDocument(source, "binary", "the file holds binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        candidates = []
        for encoding in _LEGACY_CJK:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            candidates.append((_plausibility(text), encoding, text))
        if not candidates:
            raise _undecodable(source, "utf-8", utf8_error) from utf8_error
        score, encoding, text = max(candidates)
        if score < 0.5:
            raise _undecodable(source, encoding, None) from utf8_error
        return text, encoding


def _undecodable(source: str, encoding: str, exc: UnicodeDecodeError | None) -> UnreadableDocument:
    where = f" (byte {exc.start}: {exc.object[exc.start:exc.start + 4]!r})" if exc else ""
    return UnreadableDocument(
        source, "undecodable",
        f"the bytes are not valid UTF-8, GB18030 or Big5 text{where}")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _plausibility(text: str) -> float:
    """Share of characters that are ordinary text: ASCII, CJK ideographs of
    the basic block, and CJK punctuation. Mojibake falls into rare blocks."""
    if not text:
        return 0.0
    ok = 0
    for c in text:
        o = ord(c)
        if o < 0x80 or 0x4E00 <= o <= 0x9FA5 or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            ok += 1
    return ok / len(text)


# The letters main_language counts (found at C speed: a PDF's text is long).
_HAN_LETTER, _LATIN_LETTER = re.compile("[\u4e00-\u9fff]"), re.compile("[A-Za-z]")


def main_language(text: str) -> str:
    """``zh`` when Han characters make up a fair share of the letters, else ``en``."""
    han, latin = len(_HAN_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    # A Chinese character carries about as much as four Latin letters.
    return "zh" if han * 4 >= latin else "en"
