"""One bad paper never stops a batch: every failure of a paper is its status, the others go on."""
from __future__ import annotations

import os
import re
import shutil
import signal
from pathlib import Path

import pytest

from pipeline.__main__ import main
from pipeline.runtime.batch import make_plan, read_manifest, run, scan_inputs, versions
from pipeline.store.tables import read_table

from .conftest import RAW
from .fuzz_inputs import SAMPLE_PDF

GOOD = "003_1f8b6be4a772ca1a.txt"


@pytest.fixture
def folders(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(RAW / GOOD, raw / GOOD)
    return raw, out


def _documents(out: Path) -> dict[str, dict]:
    return {d["source"]: d for d in read_table(out, "documents").to_pylist()}


def _good_triples(out: Path) -> set:
    docs = _documents(out)
    return {(t["factor_name"], t["effect"], t["target_name"]) for t in read_table(out, "triples").to_pylist()
            if t["doc_id"] == docs[GOOD]["doc_id"]}


def _slow_paper(raw: Path, name: str = "long.txt") -> Path:
    """A real paper many times over: far more work than the budgets the tests give it."""
    path = raw / name
    path.write_text((RAW / "000_928ba59949a8c658.txt").read_text(encoding="utf-8") * 200, encoding="utf-8")
    return path


@pytest.mark.parametrize("box", [b"/MediaBox [0 0]", b"/MediaBox []"])
def test_a_pdf_with_a_broken_page_box_is_read_or_reported(folders, capsys, box):
    """A page box pdfplumber crashed on (``TypeError`` in its ``page.py``): PDFium reads the
    page anyway; whatever the reader makes of it, the paper gets a status, its text if
    it has one, and the good paper beside it its rows."""
    raw, out = folders
    (raw / "bad.pdf").write_bytes(re.sub(rb"/MediaBox\s*\[[^\]]*\]", box, SAMPLE_PDF.read_bytes()))
    code = main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"])
    assert "Traceback" not in capsys.readouterr().err
    bad = _documents(out)["bad.pdf"]
    assert (code, bad["status"]) in ((0, "ok"), (1, "error"), (1, "corrupt"))
    if bad["status"] == "ok":
        assert "细胞因子" in bad["text"]
    assert ("osteoclast", "induces", "bone resorption") in _good_triples(out)


def test_a_pdf_with_a_damaged_font_dictionary_is_read(folders):
    raw, out = folders
    (raw / "fonts.pdf").write_bytes(SAMPLE_PDF.read_bytes().replace(b"/Font <<", b"/Font [", 1)
                                    .replace(b"/Font<<", b"/Font [", 1))
    run([raw], out, workers=1, progress=False)
    # the reader says what it could read; before, fonts_without_unicode raised AttributeError
    assert _documents(out)["fonts.pdf"]["status"] in ("ok", "corrupt", "no_text_layer", "garbled_text_layer")
    assert _documents(out)[GOOD]["status"] == "ok"


def test_a_paper_past_its_time_budget_is_stopped_and_retried_next_time(folders):
    raw, out = folders
    _slow_paper(raw)
    # a budget the sample paper meets many times over even on a loaded machine, and 200 copies of a paper do not
    summary = run([raw], out, workers=1, progress=False, paper_timeout=3)
    outcome = {o.source: o for o in summary.processed}
    assert outcome["long.txt"].status == "timeout" and outcome[GOOD].status == "ok"
    docs = _documents(out)
    assert docs["long.txt"]["status"] == "timeout"
    # the message names the stage it stopped in (on a loaded machine even reading the file may be past the budget)
    assert re.search(r"long\.txt: stopped after the paper timeout of 3(\.0)? s, while (reading the file|splitting "
                     r"sentences|finding names|reading relations) \(the next run tries it again\)",
                     docs["long.txt"]["error"])
    assert ("osteoclast", "induces", "bone resorption") in _good_triples(out)
    # the next run tries it again, and leaves the good paper alone
    again = make_plan(scan_inputs([raw]).papers, read_manifest(out), versions(), out)
    assert [p.source for p in again.todo] == ["long.txt"] and [p.source for p in again.unchanged] == [GOOD]


def test_the_pool_kills_a_worker_that_ignores_the_time_budget(folders, monkeypatch):
    """Native code that never returns to Python is not stopped by the budget inside the
    worker: the driver kills the worker, records the stage it was in, and goes on."""
    import contextlib

    import pipeline.runtime.paper as paper
    import pipeline.runtime.pool as pool

    raw, out = folders
    _slow_paper(raw)
    (raw / "short.md").write_text("TNF-α 抑制成骨细胞分化。", encoding="utf-8")
    monkeypatch.setattr(paper, "time_budget", lambda seconds: contextlib.nullcontext())  # as native code would
    monkeypatch.setattr(pool, "KILL_GRACE", 0.5)
    # a budget the small papers keep with ease, the long one (minutes of work) never
    summary = run([raw], out, workers=2, progress=False, paper_timeout=5.0)
    outcome = {o.source: o for o in summary.processed}
    assert outcome["long.txt"].status == "timeout"
    assert "its worker did not answer and was killed" in outcome["long.txt"].error
    assert outcome["long.txt"].stage in ("segment", "mentions", "relations")
    assert outcome[GOOD].status == outcome["short.md"].status == "ok"
    assert _documents(out)["long.txt"]["status"] == "timeout"
    assert read_manifest(out)["papers"]["long.txt"]["retry"] is True


def test_a_worker_that_dies_costs_only_its_paper(folders, monkeypatch):
    """A worker killed by the system (out of memory) while reading one paper."""
    import pipeline.runtime.paper as paper

    raw, out = folders
    (raw / "bomb.txt").write_text("IL-6 促进破骨细胞分化。", encoding="utf-8")
    shutil.copy(RAW / "004_e6793774d4878192.txt", raw)
    real_read = paper.read_document

    def read(path, source=None, cache_dir=None):
        if path.name == "bomb.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real_read(path, source, cache_dir)

    monkeypatch.setattr(paper, "read_document", read)
    summary = run([raw], out, workers=2, progress=False)
    outcome = {o.source: o for o in summary.processed}
    assert outcome["bomb.txt"].status == "error"
    assert "the worker process reading it died (killed by SIGKILL: out of memory?), while reading the file" \
           in outcome["bomb.txt"].error
    assert outcome[GOOD].status == outcome["004_e6793774d4878192.txt"].status == "ok"
    assert _good_triples(out)


def test_an_exception_inside_extraction_is_the_papers_status(folders, monkeypatch):
    import pipeline.relations as relations

    raw, out = folders
    (raw / "odd.md").write_text("TNF-α 抑制成骨细胞分化。", encoding="utf-8")
    real = relations.find_triples

    def find_triples(doc, views, mentions, resources):
        if doc.source == "odd.md":
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, views, mentions, resources)

    monkeypatch.setattr(relations, "find_triples", find_triples)
    summary = run([raw], out, workers=1, progress=False)
    (failed,) = summary.failures
    assert failed.source == "odd.md" and failed.status == "error" and failed.stage == "relations"
    assert "RecursionError while reading relations: maximum recursion depth exceeded" in failed.error
    row = _documents(out)["odd.md"]
    assert row["status"] == "error" and row["text"] == "TNF-α 抑制成骨细胞分化。"
    assert not [t for t in read_table(out, "triples").to_pylist() if t["doc_id"] == row["doc_id"]]
    assert _good_triples(out)


def test_a_paper_past_its_memory_budget_costs_only_its_worker(folders, monkeypatch):
    """A reader that asks for more memory than the worker's budget (as pdfminer did for a
    PDF whose font widths claim two billion characters): the budget stops that paper
    with a MemoryError, and the good paper beside it is read."""
    import pipeline.runtime.paper as paper

    raw, out = folders
    (raw / "greedy.txt").write_text("IL-6 促进破骨细胞分化。", encoding="utf-8")
    real_read = paper.read_document

    def read(path, source=None, cache_dir=None):
        if path.name == "greedy.txt":
            bytearray(8 * 2**30)  # 8 GB, far past the budget below
        return real_read(path, source, cache_dir)

    monkeypatch.setattr(paper, "read_document", read)
    vm_size = int(next(line for line in open("/proc/self/status") if line.startswith("VmSize:")).split()[1]) * 1024
    summary = run([raw], out, workers=1, progress=False, paper_memory=vm_size / 2**30 + 0.5)
    outcome = {o.source: o for o in summary.processed}
    assert outcome["greedy.txt"].status == "error"
    assert "MemoryError" in outcome["greedy.txt"].error
    assert outcome[GOOD].status == "ok"
    assert ("osteoclast", "induces", "bone resorption") in _good_triples(out)


def test_a_time_budget_holds_when_code_swallows_its_first_timeout():
    """The budget's exception can be raised where it is swallowed (a garbage collector callback, a
    library's bare ``except``); it comes again until the budget is left, so the paper still stops."""
    import time

    from pipeline.runtime.guard import PaperTimeout, time_budget

    swallowed = 0
    started = time.monotonic()
    with pytest.raises(PaperTimeout):
        with time_budget(0.2):
            while time.monotonic() - started < 5:
                try:
                    time.sleep(0.01)
                except PaperTimeout:
                    if swallowed == 0:
                        swallowed += 1
                        continue
                    raise
    assert swallowed == 1 and time.monotonic() - started < 5


def test_a_time_budget_holds_in_a_worker_thread_when_code_swallows_its_first_timeout():
    """The same in a thread that is not the main one (a Dask worker runs papers in threads): the
    asynchronous exception comes again until the budget is left."""
    import threading
    import time

    from pipeline.runtime.guard import PaperTimeout, time_budget

    seen: dict = {"swallowed": 0, "raised": False}

    def paper() -> None:
        started = time.monotonic()
        try:
            with time_budget(0.2):
                while time.monotonic() - started < 5:
                    try:
                        sum(range(1000))
                    except PaperTimeout:
                        if seen["swallowed"] == 0:
                            seen["swallowed"] += 1
                            continue
                        raise
        except PaperTimeout:
            seen["raised"] = True
        seen["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=paper)
    worker.start()
    worker.join(10)
    assert seen["swallowed"] == 1 and seen["raised"] and seen["seconds"] < 5
