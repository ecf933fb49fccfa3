"""One paper, from its file to its parts, whatever the file holds.

``process_paper`` reads one paper, extracts its records and writes its parts
(one per table); it never raises for a bad paper. Every failure while
reading or extracting becomes the paper's status: the reader's reasons
(``empty``, ``corrupt``…), ``timeout`` (past the paper's time budget, with
the stage it was in; the next run tries it again) or ``error`` (any other
exception: its type, message, stage and the line that raised it), with a
``documents`` row saying so and no other rows. Only a failure to write the
output (disk full, a read-only folder) is raised, as ``OutputError``: the
run itself cannot go on.

``PaperInput``, ``PaperOutcome`` and ``extract`` live here so that the
executors (``pool.py``, ``dask_executor.py``) and ``batch.py`` share them.
"""
from __future__ import annotations

import hashlib
import math
import time
import traceback
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa

from .guard import PaperTimeout, Stages, time_budget
from ..store.manifest import OUTPUT_ERRNOS, OutputError, output_error
from ..reading.read import doc_id_for, read_document
from ..records import Document, UnreadableDocument
from ..store.tables import TABLES, PartWriter, to_table, write_parts

# Readings of PDFs by content hash (``pdf.py``): a PDF is parsed once, even
# when a new version of the code or dictionaries processes it again.
PDF_CACHE = Path("_cache") / "pdf"


@dataclass(frozen=True)
class PaperInput:
    path: Path
    source: str

    @property
    def key(self) -> str:
        """The part name of this paper: stable for its path, whatever its content."""
        return hashlib.sha1(self.source.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class PaperOutcome:
    source: str
    key: str
    sha256: str
    status: str
    error: str | None
    n_sentences: int = 0
    n_mentions: int = 0
    n_triples: int = 0
    n_chars: int = 0
    seconds: float = 0.0
    stage: str | None = None  # where a paper that failed was
    parts: dict | None = None  # what was written, by table (``tables.write_atomic``)
    retry: bool = False  # the failure may pass: the next run tries the paper again


def process_paper(paper: PaperInput, out_dir: Path, timeout: float | None = None, listener=None,
                  min_confidence: float | None = None) -> PaperOutcome:
    """Read, extract and write one paper within ``timeout`` seconds; never
    raises for a bad paper (see the module docstring). ``listener`` is told
    each stage the paper enters; triples below ``min_confidence`` (default: the
    model's threshold, ``confidence.py``) are dropped."""
    t0 = time.perf_counter()
    stages = Stages(listener)
    document = None
    writer = PartWriter(out_dir, paper.key)
    try:
        try:
            with time_budget(timeout):
                stages("read")
                document = read_document(paper.path, paper.source, cache_dir=out_dir / PDF_CACHE)
                counts = extract_into(document, _sink(writer, out_dir), stages, min_confidence)
        except BaseException:
            writer.discard()  # what was written of its parts goes; the old parts stay
            raise
    except OutputError:
        raise
    except UnreadableDocument as exc:
        return write_failure(paper, out_dir, exc.reason, str(exc), stages.current, t0)
    except PaperTimeout:
        message = (f"{paper.source}: stopped after the paper timeout of {timeout:g} s, while {stages.words} "
                   f"(the next run tries it again)")
        return write_failure(paper, out_dir, "timeout", message, stages.current, t0, document, retry=True)
    except Exception as exc:  # a bug or a hostile file must not cost the other papers: reported, not hidden
        if isinstance(exc, OSError) and exc.errno in OUTPUT_ERRNOS:
            raise output_error(out_dir, exc) from exc
        message = f"{paper.source}: {type(exc).__name__} while {stages.words}: {exc} ({_where(exc)})"
        return write_failure(paper, out_dir, "error", message, stages.current, t0, document)
    stages("write")
    try:
        parts = writer.commit()
    except OSError as exc:
        raise output_error(out_dir, exc) from exc
    return PaperOutcome(
        paper.source, paper.key, document.sha256, "ok", None,
        n_sentences=counts["sentences"], n_mentions=counts["mentions"], n_triples=counts["triples"],
        n_chars=document.n_chars, seconds=time.perf_counter() - t0, parts=parts,
    )


def _sink(writer: PartWriter, out_dir: Path):
    """``writer.write``, a failure to write being the run's (``OutputError``), not the paper's."""
    def write(name: str, table: pa.Table) -> None:
        try:
            writer.write(name, table)
        except OSError as exc:
            raise output_error(out_dir, exc) from exc
    return write


def extract(document: Document, min_confidence: float | None = None, stages=None) -> dict[str, list]:
    """Every stage after reading, for one document: records by table name; triples
    below ``min_confidence`` (default: the model's threshold, ``confidence.py``) are dropped."""
    from .budget import char_windows
    from ..names.paper_names import document_names
    from .resources import load_resources
    from ..sentences.segment import segment

    stages = stages or Stages()
    resources = load_resources()
    stages("segment")
    sentences = segment(document)
    names = document_names(document, char_windows(sentences), resources)
    return {"documents": [document], **_records(document, sentences, names, resources, stages, min_confidence)}


def extract_into(document: Document, sink, stages=None, min_confidence: float | None = None) -> dict[str, int]:
    """``extract`` as Arrow tables handed to ``sink(table_name, table)``,
    reading a long document in chunks of whole paragraphs (``CHUNK_CHARS``):
    each chunk's rows go to the sink before the next chunk is read, so memory
    grows with the paper's text, not with the Python objects of all its
    mentions at once. The paper's own names (its abbreviations) are found
    first, over the whole text; the relation reader keeps no state across
    paragraphs, so the rows are those of ``extract``. Returns the rows per table."""
    from .budget import char_windows, iter_char_windows
    from ..names.paper_names import document_names
    from .resources import load_resources
    from ..sentences.segment import iter_segment, segment

    stages = stages or Stages()
    resources = load_resources()
    stages("segment")
    if document.n_chars <= CHUNK_CHARS:  # a paper: one reading
        sentences = segment(document)
        names = document_names(document, char_windows(sentences), resources)
    else:  # longer: a first reading for the paper's own names, a second, in chunks, for the rows
        names = document_names(document, iter_char_windows(iter_segment(document)), resources)
        sentences = iter_segment(document)
    counts = {"documents": 1}
    sink("documents", to_table([document], TABLES["documents"]))
    for chunk in _paragraph_chunks(sentences):
        for name, rows in _records(document, chunk, names, resources, stages, min_confidence).items():
            sink(name, to_table(rows, TABLES[name]))
            counts[name] = counts.get(name, 0) + len(rows)
    return {name: counts.get(name, 0) for name in TABLES}


def extract_tables(document: Document, stages=None, min_confidence: float | None = None) -> dict[str, pa.Table]:
    """``extract_into``'s tables, each whole."""
    parts: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    extract_into(document, lambda name, table: parts[name].append(table), stages, min_confidence)
    return {name: pa.concat_tables(tables) if tables else to_table([], TABLES[name])
            for name, tables in parts.items()}


# Text of whole paragraphs read at once by ``extract_tables``: far more than a paper.
CHUNK_CHARS = 250_000


def _paragraph_chunks(views) -> Iterator[list]:
    """``views`` (a list, or read as they come) in runs of whole paragraphs of
    about ``CHUNK_CHARS`` characters; a list's views are let go of as their
    run is handed out."""
    chunk: list = []
    size = 0
    for i, view in enumerate(views):
        if size >= CHUNK_CHARS and view.paragraph != chunk[-1].paragraph:
            yield chunk
            chunk, size = [], 0
        chunk.append(view)
        size += len(view.clean.text)
        if isinstance(views, list):
            views[i] = None  # the chunk holds it now
    if chunk:
        yield chunk


def _records(document: Document, sentences: list, names, resources, stages,
             min_confidence: float | None) -> dict[str, list]:
    """Sentences, mentions and triples of ``sentences`` (views of ``document``), each
    triple with its confidence (features of its own sentence: ``confidence.py``)."""
    from .budget import char_windows, mention_windows, sentences_read
    from ..names.anaphor_pronouns import pronoun_mentions
    from ..names.mentions import composed_mentions, find_mentions, referent_mentions
    from ..relations import find_triples

    views = char_windows(sentences)  # the reading budget: see budget.py
    stages("mentions")
    mentions = find_mentions(document, views, resources, names)
    views, mentions = mention_windows(views, mentions)
    stages("relations")
    triples = find_triples(document, views, mentions, resources)
    composed = composed_mentions(document, views, mentions, resources)
    records = sorted([f.record for fs in mentions for f in fs] + composed
                     + referent_mentions(document, triples, mentions, resources.lexicon, composed)
                     + pronoun_mentions(document, views, mentions, triples, resources),
                     key=lambda m: (m.start, m.end))
    return {
        "sentences": sentences_read(sentences, views),
        "mentions": records,
        "triples": _scored(document, views, records, triples, min_confidence),
    }


def _scored(document: Document, views: list, mentions: list, triples: list,
            min_confidence: float | None) -> list:
    """``confidence.score_triples`` of ``triples``; a triple of a sentence read in
    windows (``budget.py``) is scored within its window (the one holding its
    trigger), its sentence features read over the window: over the whole
    sentence, each triple's features cost the sentence's length and mentions,
    quadratic in a sentence of thousands of names. Sentences read whole (every
    real one) are scored as before, at once."""
    from ..store.confidence import default_threshold, score_triples

    windows: dict[int, list[tuple[int, int]]] = {}
    for view in views:
        if view.clean.text:
            windows.setdefault(view.sentence.sent_id, []).append(view.clean.source_span(0, len(view.clean.text)))
    windows = {sid: sorted(spans) for sid, spans in windows.items() if len(spans) > 1}
    if not windows or not triples:
        return score_triples(document.text, mentions, triples, min_confidence)
    score_triples(document.text, [], [], min_confidence)  # the threshold is checked as always
    threshold = default_threshold() if min_confidence is None else min_confidence
    groups: dict[tuple, tuple[list, list]] = {}  # (sent_id, window start, end) or (None,): its mentions, triples

    def group(sent_id: int, pos: int) -> tuple:
        spans = windows.get(sent_id)
        if spans is None:
            return (None,)
        span = spans[max(0, bisect_right(spans, (pos, math.inf)) - 1)]
        return (sent_id, *span)

    for m in mentions:
        groups.setdefault(group(m.sent_id, m.start), ([], []))[0].append(m)
    for i, t in enumerate(triples):
        groups.setdefault(group(t.sent_id, t.effect_start), ([], []))[1].append(i)
    confidence: dict[int, float] = {}
    for key, (members, indices) in groups.items():
        batch = [triples[i] if key == (None,) else replace(triples[i], sent_start=key[1], sent_end=key[2])
                 for i in indices]
        for i, t in zip(indices, score_triples(document.text, members, batch, 0.0)):
            confidence[i] = t.confidence
    return [replace(t, confidence=confidence[i]) for i, t in enumerate(triples) if confidence[i] >= threshold]


def write_failure(paper: PaperInput, out_dir: Path, status: str, message: str, stage: str | None,
                  t0: float | None = None, document: Document | None = None, retry: bool = False) -> PaperOutcome:
    """Write the ``documents`` row of a paper that failed (and empty parts of the
    other tables, replacing any it had), and its outcome."""
    if document is None:
        document = failed_document(paper, status, message)
    else:  # read, then failed: the row keeps the text, for whoever looks into it
        document = replace(document, status=status, error=message)
    parts = _write(out_dir, paper.key, {"documents": [document]})
    seconds = time.perf_counter() - t0 if t0 is not None else 0.0
    return PaperOutcome(paper.source, paper.key, document.sha256, status, message, seconds=seconds,
                        stage=stage, parts=parts, retry=retry)


def failed_document(paper: PaperInput, reason: str, message: str) -> Document:
    """The ``documents`` row of a paper that could not be read: no text, its status and message."""
    try:
        data = paper.path.read_bytes()
    except OSError:
        data = b""
    return Document(
        doc_id=doc_id_for(data), source=paper.source,
        sha256=hashlib.sha256(data).hexdigest(), format=paper.path.suffix.lower().lstrip(".") or "none",
        lang=None, n_chars=0, n_pages=None, encoding=None, text="", status=reason, error=message,
    )


def _write(out_dir: Path, key: str, records: dict) -> dict:
    try:
        return write_parts(out_dir, key, records)
    except OSError as exc:
        raise output_error(Path(exc.filename) if exc.filename else out_dir, exc) from exc


def _where(exc: BaseException) -> str:
    """The line that raised ``exc``: ``pdfplumber/page.py:166``."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "no traceback"
    last = frames[-1]
    return f"{'/'.join(Path(last.filename).parts[-2:])}:{last.lineno}"


__all__ = ["PDF_CACHE", "OutputError", "PaperInput", "PaperOutcome", "extract", "failed_document",
           "process_paper", "write_failure"]
