"""The records that flow between stages, one frozen dataclass per table row.

Offsets everywhere are Python ``str`` indices into ``Document.text``, end
exclusive, so ``document.text[row.start:row.end]`` is what the row names.
The order of the fields is the order of the columns in the Parquet tables
(``tables.py`` derives the Arrow schemas from these classes), with the
provenance columns first.
"""
from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from .record_init import one_dict_init

SCHEMA_VERSION = "1"

# The columns that place a span on its page, in PDF points with the origin at
# the page's top left (pdfplumber's convention): left, top, right, bottom.
BOX_COLUMNS = ("x0", "top", "x1", "bottom")
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Document:
    """One input paper as read from disk; every offset refers to ``text``.

    ``page_runs`` (PDF only) holds ``(offset, page)`` pairs in text order:
    from each offset on, the text is from that 1-based page, so the page of
    any offset is found by bisection. A page contributes more than one run
    when the reader set some of its lines aside at the end of the text (its
    running header and footer). ``set_aside`` (PDF only) lists
    ``(start, end, why)`` spans that are not running text: ``furniture``
    (running headers, footers, page numbers), ``footnote`` (notes in
    small type under the text), ``caption`` (figure and table captions), ``table`` (a table's cells, a figure's words), ``equation`` (a display
    equation) and ``garbled`` (a page whose
    text layer could not be decoded); they are kept in ``text`` but no
    sentence is read from them. ``headings`` (PDF only) are the
    ``(start, end)`` of lines set in a larger type than the running text,
    which the sentence splitter reads as headings. ``citations`` (PDF only)
    are the spans of citation numbers printed as superscripts
    (``osteoclasts¹²``), which the cleaned view drops. ``char_boxes`` (PDF only)
    holds four floats per character of ``text``, ``x0, top, x1, bottom`` of
    the PDF character it was extracted from, or four NaNs for white space
    the extraction inserted (between words, lines and pages); one flat
    ``array('d')`` costs 32 bytes a character, where a tuple per character
    would cost several times that. ``status`` is ``ok`` or the reason the
    file could not be read (``empty``, ``binary``, ``undecodable``,
    ``unsupported``, ``unreadable``, ``encrypted``, ``corrupt``,
    ``no_text_layer``, ``garbled_text_layer``; ``error`` when extraction
    failed on a paper that was read), with ``error`` the message that
    names the file.
    """

    doc_id: str
    source: str
    sha256: str
    format: str
    lang: str | None
    n_chars: int
    n_pages: int | None
    encoding: str | None
    text: str
    status: str = "ok"
    error: str | None = None
    # PDF only: glyphs printed without a Unicode value (a symbol font's
    # ``(cid:3)``), private-use or control characters, left out of ``text``.
    unmapped_glyphs: int | None = None
    # The script of the paper's Chinese (``traditional.py``): ``traditional`` (read as
    # simplified, character for character), ``simplified``, or None (no Chinese).
    zh_script: str | None = None
    page_runs: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    set_aside: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)
    headings: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    citations: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # Not compared: NaN != NaN would make two readings of one PDF unequal.
    char_boxes: array = field(default_factory=lambda: array("d"), repr=False, compare=False)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page number holding ``offset`` (None for text files)."""
        if not self.page_runs:
            return None
        i = bisect_right(self.page_runs, (offset, math.inf)) - 1
        return self.page_runs[max(i, 0)][1]

    def _run_end(self, offset: int) -> int:
        """Where the run of one page's text holding ``offset`` ends."""
        i = bisect_right(self.page_runs, (offset, math.inf))
        return self.page_runs[i][0] if i < len(self.page_runs) else len(self.text)

    def bbox(self, start: int, end: int) -> Box | None:
        """The union box ``(x0, top, x1, bottom)`` of the characters of
        ``text[start:end]`` that lie on the page where the span starts.

        A span that runs onto the next page is boxed on its first page only
        (up to where that page's run of text ends), since one box cannot lie
        on two pages. None for a text file, or for a
        span holding only inserted white space.
        """
        if not self.char_boxes or start >= end:
            return None
        end = min(end, self._run_end(start))
        boxes = self.char_boxes[4 * start:4 * end]
        x0s = [v for v in boxes[0::4] if not math.isnan(v)]
        if not x0s:
            return None
        tops, x1s, bottoms = ([v for v in boxes[k::4] if not math.isnan(v)] for k in (1, 2, 3))
        return min(x0s), min(tops), max(x1s), max(bottoms)


def box_columns(box: Box | None) -> dict[str, float | None]:
    """``bbox()``'s result as the record fields ``x0, top, x1, bottom``."""
    return dict(zip(BOX_COLUMNS, box or (None,) * len(BOX_COLUMNS)))


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    sent_id: int
    start: int
    end: int
    lang: str
    page: int | None
    section: str
    text: str
    # How many windows the mention and relation readers read it in: 1, or
    # more for a sentence over the reading budget (``budget.py``).
    windows: int = 1
    # The sentence's box on the page where it starts (PDF only): ``Document.bbox``.
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


@one_dict_init  # made by the thousand: one dict, not a call per field (record_init.py)
@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int
    end: int
    surface: str
    concept_id: str
    concept_name: str
    concept_type: str
    lang: str
    via: str
    page: int | None
    sent_id: int
    # A process that is a property of another concept (osteoclastogenesis:
    # the osteoclast's differentiation) names that concept and aspect here.
    frame_id: str | None = None
    frame_name: str | None = None
    frame_aspect: str | None = None
    # The mention's box on its page (PDF only): ``Document.bbox``.
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


@one_dict_init  # made by the thousand: one dict, not a call per field (record_init.py)
@dataclass(frozen=True)
class Triple:
    doc_id: str
    lang: str
    sent_start: int
    sent_end: int
    factor_id: str
    factor_name: str
    factor_text: str
    factor_start: int
    factor_end: int
    effect: str
    polarity: int
    effect_text: str
    effect_start: int
    effect_end: int
    target_id: str
    target_name: str
    target_text: str
    target_start: int
    target_end: int
    aspect: str | None
    negated: bool
    hedged: bool
    mediator_id: str | None
    rule: str  # the construction that read the claim (a record of dictionaries/relations/constructions.tsv)
    steps: tuple[str, ...]  # the constructions and rewrites that shaped it, in order (records too)
    page: int | None
    sent_id: int
    # How likely the triple is right, in [0, 1]: the fitted model of ``confidence.py``
    # (None until it is scored; ``batch.extract`` scores every triple).
    confidence: float | None = None
    # The claim's box on its sentence's page (PDF only): from the first to
    # the last of its factor, effect and target.
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


class PipelineError(Exception):
    """An error the user can act on; the message names the file and the problem."""


class UnreadableDocument(PipelineError):
    """A paper that cannot be read; ``reason`` becomes ``documents.status``."""

    def __init__(self, source: str, reason: str, detail: str):
        super().__init__(f"{source}: {reason}: {detail}")
        self.source = source
        self.reason = reason
        self.detail = detail
