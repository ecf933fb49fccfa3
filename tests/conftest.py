"""Shared fixtures: the sample papers, read and segmented once per session."""
from __future__ import annotations

from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest

from pipeline import config
from pipeline.reading.read import read_document
from pipeline.sentences.segment import segment

RAW = config.RAW
PAPERS = sorted(p.name for p in RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def documents():
    return {name: read_document(RAW / name) for name in PAPERS}


@pytest.fixture(scope="session")
def segmented(documents):
    return {name: segment(doc) for name, doc in documents.items()}


@pytest.fixture(scope="session")
def resources():
    from pipeline.runtime.resources import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def extracted(documents, resources):
    """Every stage after reading, on every sample paper."""
    from pipeline.runtime.batch import extract

    return {name: extract(doc) for name, doc in documents.items()}


def sentence_containing(views, fragment: str):
    hits = [v for v in views if fragment in v.clean.text]
    assert hits, f"no sentence contains {fragment!r}"
    return hits[0]


@pytest.fixture
def tmp_raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def document_of(text: str, source: str = "passage.txt"):
    """A Document holding ``text``, as the reader would make it."""
    import hashlib

    from pipeline.reading.read import doc_id_for, main_language
    from pipeline.records import Document

    data = text.encode("utf-8")
    return Document(doc_id=doc_id_for(data), source=source,
                    sha256=hashlib.sha256(data).hexdigest(), format="txt", lang=main_language(text),
                    n_chars=len(text), n_pages=None, encoding="utf-8", text=text)


def mentions_in(text: str, resources):
    """(surface, concept name, via) of every mention found in ``text``."""
    from pipeline.names.mentions import find_mentions

    doc = document_of(text)
    views = segment(doc)
    return [(f.record.surface, f.concept.name, f.record.via)
            for fs in find_mentions(doc, views, resources) for f in fs]


def composed_in(text: str, resources) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, concept name) of the composed names of ``text``: the mentions table's
    (``composed_mentions``), beside the mentions ``mentions_in`` gives."""
    from pipeline.names.mentions import composed_mentions, find_mentions

    doc = document_of(text)
    views = segment(doc)
    return [(m.start, m.end, m.surface, m.concept_name)
            for m in composed_mentions(doc, views, find_mentions(doc, views, resources), resources)]


def triples_in(text: str, resources):
    """(factor name, effect, target name, aspect, negated) of every triple in ``text``."""
    from pipeline.names.mentions import find_mentions
    from pipeline.relations import find_triples

    doc = document_of(text)
    views = segment(doc)
    found = find_mentions(doc, views, resources)
    return [(t.factor_name, t.effect, t.target_name, t.aspect, t.negated)
            for t in find_triples(doc, views, found, resources)]


@contextmanager
def rule_reader_only():
    """``relations.find_triples`` as the rule-level reader reads alone, without the English
    parse reader's hook (``english_reader.combine``, which drops the rule-level English triples
    of every sentence it parses): for the tests of the rule-level reader's own English records."""
    from pipeline.relations import document

    saved = document.combine
    document.combine = lambda doc, views, mentions, resources, triples, read=None: triples
    try:
        yield
    finally:
        document.combine = saved


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory) -> Path:
    """The sample papers run through ``python -m pipeline run`` once per session,
    into ``<tmp>/output`` (so recipes that read ``output/`` work from ``<tmp>``)."""
    import shutil

    from pipeline.__main__ import main

    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(RAW, root / "raw")
    out = root / "output"
    assert main(["run", str(root / "raw"), "--out", str(out), "--no-progress"]) == 0
    return out


@pytest.fixture(scope="session")
def sample_report(sample_output) -> Path:
    """``python -m pipeline report`` over ``sample_output``."""
    from pipeline.__main__ import main

    path = sample_output / "report.html"
    assert main(["report", "--out", str(sample_output), "--html", str(path)]) == 0
    return path


def read_claims(text: str, resources, rule_only: bool = False):
    """The claims ``text`` gives, as (factor name, effect, target name, aspect, negated), the
    names of the construction records at work there (the triples' rules and steps, and every
    record that matched), the document and the triples. ``rule_only``: as the rule-level reader
    reads alone (``rule_reader_only``)."""
    from pipeline.names.mentions import find_mentions
    from pipeline.relations import find_triples
    from pipeline.relations.engine import Trace

    doc = document_of(text)
    views = segment(doc)
    trace = Trace()
    with rule_reader_only() if rule_only else nullcontext():
        triples = find_triples(doc, views, find_mentions(doc, views, resources), resources, trace)
    at_work = {n for t in triples for n in (t.rule,) + t.steps}
    at_work |= {e.name for events in trace.events.values() for e in events if e.outcome not in ("no", "skipped")}
    claims = {(t.factor_name, t.effect, t.target_name, t.aspect, t.negated) for t in triples}
    return claims, at_work, doc, triples


def cases(table: dict) -> list:
    """The rows of a table of construction cases ({name: [(text, expected set)]}) as test parameters."""
    return [pytest.param(name, text, expected, id=f"{name}:{k}")
            for name, rows in table.items() for k, (text, expected) in enumerate(rows)]


def check_construction(resources, name: str, text: str, expected: set) -> None:
    """``text`` gives exactly the ``expected`` claims, each span pointing at its words, and the
    construction ``name`` is at work there (``-name``: is not; ``group.``/``items.`` names are
    readings of groups and items, which no record names). A table row always expects a claim:
    a reader that gives nothing fails it."""
    assert expected, "a case must state a real claim"
    # an English record, and a reading of groups or items, is the rule-level reader's: read as it reads
    # alone (in the pipeline the parse reader reads the English sentences it parses; test_english_parse.py)
    got, at_work, doc, triples = read_claims(text, resources,
                                             rule_only=name.lstrip("-").startswith(("en.", "group.", "items.")))
    assert got == expected, f"missing {expected - got}, extra {got - expected}"
    record = name.lstrip("-")
    if not record.startswith(("group.", "items.")):
        assert record in resources.rules.grammar.by_name, f"no construction record {record}"
        assert (record in at_work) != name.startswith("-"), f"{record} {'not ' * (not name.startswith('-'))}at work"
    for t in triples:
        assert doc.text[t.factor_start:t.factor_end] == t.factor_text
        assert doc.text[t.target_start:t.target_end] == t.target_text
        assert doc.text[t.effect_start:t.effect_end] == t.effect_text
        assert t.sent_start <= min(t.factor_start, t.target_start, t.effect_start)
        assert max(t.factor_end, t.target_end, t.effect_end) <= t.sent_end


def assert_offsets_exact(out: Path) -> None:
    """Every sentence, mention and triple of the output folder ``out`` points at exactly the
    characters it names in its document's text."""
    from pipeline.store.tables import read_table

    text = {d["doc_id"]: d["text"] for d in read_table(out, "documents").to_pylist()}
    for s in read_table(out, "sentences").to_pylist():
        assert text[s["doc_id"]][s["start"]:s["end"]] == s["text"]
    for m in read_table(out, "mentions").to_pylist():
        assert text[m["doc_id"]][m["start"]:m["end"]] == m["surface"]
    for t in read_table(out, "triples").to_pylist():
        doc = text[t["doc_id"]]
        for role in ("factor", "target", "effect"):
            assert doc[t[f"{role}_start"]:t[f"{role}_end"]] == t[f"{role}_text"]
