"""The printed characters of a PDF's pages, with their boxes, through PDFium.

PDFium (``pypdfium2``, which pdfplumber already depends on) parses a page
more than ten times faster than pdfminer and decodes the fonts of Chinese
PDFs that pdfminer reads as mojibake (a GBK-encoded font whose text
pdfminer gives as ``»ùÒòÍâÏÔ×Ó``, PDFium as ``基因外显子``). Every character is
one ``dict``:

* ``text``: its Unicode text. A ligature (``ﬁ``, or ``U+F001`` where a font
  puts it in the private-use area) is its letters (``fi``), each with the
  ligature's box; a hyphen PDFium marks at a line's end (``U+0002``) is ``-``.
* ``x0``, ``top``, ``x1``, ``bottom``: its box in points from the page's top
  left (pdfplumber's convention): from its origin to its advance width
  across, the font's ascent to its descent up and down (PDFium's "loose"
  box, the same for every letter of a font, which keeps a line's characters
  level).
* ``base``: the y of its baseline, measured down from the top;
* ``size``: the type size in points (the font size times the text matrix's
  scale: some PDFs set ``1 Tf`` and scale the matrix);
* ``dir``: its writing direction in degrees counterclockwise, rounded to a
  whole degree (0 for upright text; 90 for a line read bottom to top);
* ``i``: its index on the page in PDFium's order (the order of the content
  stream; the letters PDFium makes of a ligature are neighbours);
* ``bold``: its font is a bold one (a weight of 600 or more, the font's
  ForceBold flag, or a bold word in its name, as ``Helvetica-Bold``, whose
  weight PDFium does not know): a subheading set in the running text's size
  is told by it.

A glyph whose font gives no Unicode value (pdfminer writes it ``(cid:12)``),
a private-use character and a control character are not text: they are
left out of the page's characters and counted, per page, as
``PageGlyphs.unmapped`` (with ``printed``, the count of all printed
characters). White space PDFium inserts between words and lines is left out
too: words and lines are found from the boxes (``layout.py``).

Refusals are ``UnreadableDocument`` (``encrypted``, ``corrupt``).
"""
from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..records import UnreadableDocument

# Ligatures and the private-use code points some fonts give them (Adobe's
# standard encoding puts fi and fl at U+F001 and U+F002).
_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
    "\ufb06": "st", "\uf001": "fi", "\uf002": "fl",
}
_LINE_END_HYPHEN = "\x02"  # PDFium's code for a hyphen that ends a line
_PASSWORD_ERRORS = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)
# A PDF ends with %%EOF within its last 1024 bytes (PDF 1.7, 7.5.5; Acrobat's rule).
_EOF_MARK, _EOF_WINDOW = b"%%EOF", 1024
# A bold font: its weight (400 is regular, 700 bold), its ForceBold flag (PDF 1.7, 9.8.2), its name.
_BOLD_WEIGHT, _FORCE_BOLD = 600, 1 << 18
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.I)
# FPDFText_GetTextObject giving the object's address as an int (a dict key) instead
# of a pointer object to cast: it is called for every character.
_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)


@dataclass(frozen=True)
class PageGlyphs:
    """One page's printed characters, and how many glyphs had no Unicode value."""

    number: int
    width: float
    height: float
    chars: list[dict]
    printed: int
    unmapped: int


def open_pdf(data: bytes, source: str) -> pdfium.PdfDocument:
    """The parsed PDF, or ``UnreadableDocument`` (``encrypted``, ``corrupt``)."""
    if _EOF_MARK not in data[-_EOF_WINDOW:]:
        raise UnreadableDocument(
            source, "corrupt", "not a readable PDF (corrupt or truncated?): no %%EOF marker at its end")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in _PASSWORD_ERRORS:
            raise UnreadableDocument(
                source, "encrypted", f"the PDF is encrypted with a password ({exc})") from exc
        raise UnreadableDocument(source, "corrupt", f"not a readable PDF (corrupt or truncated?): {exc}") from exc


def page_glyphs(doc: pdfium.PdfDocument, index: int) -> PageGlyphs:
    """The printed characters of page ``index`` (0-based)."""
    page = doc[index]
    try:
        left, bottom, right, top = page.get_bbox()
        textpage = page.get_textpage()
        try:
            chars, printed, unmapped = _chars_of(textpage, top)
        finally:
            textpage.close()
    finally:
        page.close()
    return PageGlyphs(index + 1, right - left, top - bottom, chars, printed, unmapped)


def _chars_of(textpage, page_top: float) -> tuple[list[dict], int, int]:
    """The characters of a text page, and the counts of printed and unmapped ones.

    The type size, writing direction and boldness of a character are its
    text object's: they are looked up once per object (``_object_style``)."""
    tp = textpage.raw
    get_unicode, generated = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    loose_box, char_origin = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    rect_p, ox_p, oy_p = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
    chars: list[dict] = []
    printed = unmapped = 0
    styles: dict[int | None, tuple[float, int, bool]] = {}
    for i in range(pdfium_c.FPDFText_CountChars(tp)):
        code = get_unicode(tp, i)
        # PDFium generates only white space: spaces between words, CR LF between lines
        if code in (10, 13) or code == 32 and generated(tp, i):
            continue
        printed += 1
        text = chr(code) if code != 2 else "-"
        if code < 32 and code != 2 or code == 0xFFFD or _private_use(code) and text not in _LIGATURES \
                or map_error(tp, i):
            unmapped += 1
            continue
        loose_box(tp, i, rect_p)
        char_origin(tp, i, ox_p, oy_p)
        key = _TEXT_OBJECT(tp, i)
        style = styles.get(key) if key else None
        if style is None:
            style = styles[key] = _object_style(tp, i, key)
        size, direction, bold = style
        x0, x1, top, bottom, base = rect.left, rect.right, page_top - rect.top, page_top - rect.bottom, page_top - oy.value
        for letter in _LIGATURES.get(text, text):
            chars.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "base": base, "size": size,
                          "dir": direction, "i": i, "bold": bold, "text": letter})
    return chars, printed, unmapped


def _object_style(tp, i: int, key: int | None) -> tuple[float, int, bool]:
    """The type size (the font size times the text matrix's scale), the
    writing direction (degrees) and the boldness of character ``i``'s text object."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(tp, i, ctypes.byref(matrix))
    scale = math.hypot(matrix.c, matrix.d)
    return (pdfium_c.FPDFText_GetFontSize(tp, i) * scale,
            round(math.degrees(math.atan2(matrix.b, matrix.a))) % 360, _bold(key, {}))


def _bold(key: int | None, known: dict[int | None, bool]) -> bool:
    """The font of the text object at address ``key`` is bold (looked up once per object, in ``known``)."""
    if key not in known:
        font = pdfium_c.FPDFTextObj_GetFont(ctypes.cast(ctypes.c_void_p(key), pdfium_c.FPDF_PAGEOBJECT)) if key else None
        if not font:
            known[key] = False
        else:
            name = ctypes.create_string_buffer(128)
            pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
            known[key] = pdfium_c.FPDFFont_GetWeight(font) >= _BOLD_WEIGHT \
                or bool(pdfium_c.FPDFFont_GetFlags(font) & _FORCE_BOLD) or bool(_BOLD_NAME.search(name.value))
    return known[key]


def _private_use(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF or 0xF0000 <= code
