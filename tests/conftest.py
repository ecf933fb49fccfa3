"""Shared fixtures: the sample papers, read and segmented once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.read import read_document
from pipeline.segment import segment

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
    from pipeline.resources import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def extracted(documents, resources):
    """Every stage after reading, on every sample paper."""
    from pipeline.batch import extract

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

    from pipeline.read import doc_id_for, main_language
    from pipeline.records import Document

    data = text.encode("utf-8")
    return Document(doc_id=doc_id_for(data), source=source,
                    sha256=hashlib.sha256(data).hexdigest(), format="txt", lang=main_language(text),
                    n_chars=len(text), n_pages=None, encoding="utf-8", text=text)


def mentions_in(text: str, resources):
    """(surface, concept name, via) of every mention found in ``text``."""
    from pipeline.mentions import find_mentions

    doc = document_of(text)
    views = segment(doc)
    return [(f.record.surface, f.concept.name, f.record.via)
            for fs in find_mentions(doc, views, resources) for f in fs]


def triples_in(text: str, resources):
    """(factor name, effect, target name, aspect, negated) of every triple in ``text``."""
    from pipeline.mentions import find_mentions
    from pipeline.relations import find_triples

    doc = document_of(text)
    views = segment(doc)
    found = find_mentions(doc, views, resources)
    return [(t.factor_name, t.effect, t.target_name, t.aspect, t.negated)
            for t in find_triples(doc, views, found, resources)]


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
