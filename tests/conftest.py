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
