"""Sections and sentences, in Chinese, English and mixed text.

Reads a ``Document`` and returns its ``Sentence`` records; each sentence
carries its cleaned view so later stages can match on it.

The modules, in the order data flows: ``blocks`` groups the document's lines
into blocks of one section each (front matter, abstract, keywords, body,
references; headings with ``headings``; lines the PDF reader set aside
labelled so and never read as sentences); this module cleans each block
(``clean.py``); ``sentence_split`` cuts a block's cleaned text into sentences
and tells each one's language. ``line_patterns`` holds the patterns and line
tests they share, short and commented: they describe the layout of papers,
not biology.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..text.blocks import blocks_of
from ..text.clean import CleanText, clean_pieces
from ..text.headings import inline_heading
from ..records import Document, Sentence, box_columns
from .sentence_split import sentence_language, split_sentences
from ..reading.traditional import reading_text


@dataclass(frozen=True)
class SentenceView:
    """A sentence and the cleaned view its matching runs on."""

    sentence: Sentence
    clean: CleanText
    paragraph: int


def segment(doc: Document) -> list[SentenceView]:
    """All sentences of ``doc``, in document order, with their cleaned views."""
    return list(iter_segment(doc))


def iter_segment(doc: Document) -> Iterator[SentenceView]:
    """``segment``'s sentences one at a time, each block cleaned as it is
    reached: a very long paper is read without all its views in memory."""
    n = 0
    text = reading_text(doc)  # doc.text, or its simplified twin for a paper in traditional characters
    for para, block in enumerate(blocks_of(text, doc.set_aside, doc.headings, doc.bbox if doc.page_runs else None)):
        clean = clean_pieces(text, list(block.pieces), doc.citations)
        if not clean.text.strip():
            continue
        whole = block.heading or block.section not in ("abstract", "body")
        spans = [(0, len(clean.text))] if whole else split_sentences(clean.text)
        for a, b in spans:
            heading = block.heading
            if not heading and block.section in ("body", "abstract") and inline_heading(clean.text[a:b]):
                heading = True
            start, end = clean.source_span(a, b)
            sub = _sub_clean(clean, a, b)
            sent = Sentence(
                doc_id=doc.doc_id, sent_id=n, start=start, end=end,
                lang=sentence_language(clean.text[a:b]), page=doc.page_of(start),
                section="heading" if heading else block.section,
                text=doc.text[start:end], **box_columns(doc.bbox(start, end)),
            )
            yield SentenceView(sent, sub, para)
            n += 1


def _sub_clean(clean: CleanText, a: int, b: int) -> CleanText:
    return CleanText(clean.text[a:b], clean.starts[a:b], clean.ends[a:b])
