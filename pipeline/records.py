"""The records that flow between stages, one frozen dataclass per table row.

Offsets everywhere are Python ``str`` indices into ``Document.text``, end
exclusive, so ``document.text[row.start:row.end]`` is what the row names.
The order of the fields is the order of the columns in the Parquet tables
(``tables.py`` derives the Arrow schemas from these classes), with the
provenance columns first.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Document:
    """One input paper as read from disk; every offset refers to ``text``.

    ``page_starts`` holds the offset where each page begins (PDF only), so
    the page of any offset is found by bisection. ``status`` is ``ok`` or
    the reason the file could not be read (``empty``, ``binary``,
    ``undecodable``, ``unsupported``, ``unreadable``), with ``error`` the
    message that names the file.
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
    page_starts: tuple[int, ...] = field(default=(), repr=False)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page number holding ``offset`` (None for text files)."""
        if not self.page_starts:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(self.page_starts, offset))


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
    rule: str
    page: int | None
    sent_id: int


class PipelineError(Exception):
    """An error the user can act on; the message names the file and the problem."""


class UnreadableDocument(PipelineError):
    """A paper that cannot be read; ``reason`` becomes ``documents.status``."""

    def __init__(self, source: str, reason: str, detail: str):
        super().__init__(f"{source}: {reason}: {detail}")
        self.source = source
        self.reason = reason
        self.detail = detail
