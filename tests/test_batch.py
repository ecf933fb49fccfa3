"""The batch run: tables, provenance on every row, bad input, reruns, atomic writes."""
from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from pipeline.__main__ import main
from pipeline.runtime.batch import find_inputs, plan, read_manifest, run, versions
from pipeline.records import PipelineError
from pipeline.store.tables import read_table

from .conftest import RAW, assert_offsets_exact

REQUIRED = {
    "documents": ["doc_id", "source", "sha256", "format", "lang", "n_chars", "n_pages", "text", "status", "error"],
    "sentences": ["doc_id", "sent_id", "start", "end", "lang", "page", "section"],
    "mentions": ["doc_id", "start", "end", "surface", "concept_id", "concept_name", "concept_type", "lang", "via",
                 "page"],
    "triples": ["doc_id", "lang", "sent_start", "sent_end", "factor_id", "factor_name", "factor_text",
                "factor_start", "factor_end", "effect", "polarity", "effect_text", "effect_start", "effect_end",
                "target_id", "target_name", "target_text", "target_start", "target_end", "aspect", "negated",
                "hedged", "mediator_id", "rule", "page"],
}


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    """The five sample papers plus three bad files, run once for this module."""
    raw = tmp_path_factory.mktemp("raw")
    for p in RAW.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (raw / "notes.docx").write_bytes("细胞因子".encode())
    out = tmp_path_factory.mktemp("out")
    code = main(["run", str(raw), "--out", str(out), "--workers", "2", "--no-progress"])
    return raw, out, code


def test_bad_files_are_reported_and_the_rest_processed(sample_run):
    raw, out, code = sample_run
    assert code == 1  # something failed
    docs = {d["source"]: d for d in read_table(out, "documents").to_pylist()}
    assert {docs[name]["status"] for name in ("empty.txt", "scan.txt", "notes.docx")} == \
           {"empty", "binary", "unsupported"}
    assert "scan.txt" in docs["scan.txt"]["error"]
    assert all(docs[p.name]["status"] == "ok" for p in RAW.glob("*.txt"))


def test_tables_have_the_spec_columns_and_a_schema_version(sample_run):
    _, out, _ = sample_run
    for name, columns in REQUIRED.items():
        parts = sorted((out / name).glob("part-*.parquet"))
        assert parts, name
        schema = pq.read_schema(parts[0])
        assert set(columns) <= set(schema.names), name
        assert schema.metadata[b"schema_version"] == b"1"
    assert len(read_table(out, "triples")) > 100


def test_every_offset_points_at_exactly_what_the_row_names(sample_run):
    _, out, _ = sample_run
    assert_offsets_exact(out)


def test_rerun_with_nothing_changed_processes_nothing(sample_run):
    raw, out, _ = sample_run
    summary = run([raw], out, workers=1, progress=False)
    assert summary.processed == [] and summary.unchanged == 8
    # the unreadable papers are still reported, so the exit code still says so
    assert {o.source for o in summary.failures} == {"empty.txt", "scan.txt", "notes.docx"}


def test_a_rerun_with_nothing_changed_starts_no_workers_and_loads_no_jieba(sample_run, monkeypatch, capsys):
    """The command line's rerun (two workers, a memory budget) with nothing to do: no pool is
    started and jieba's model is not loaded for it (that alone took seconds of every no-change
    `make run`); the damaged-part check still runs and still finds the papers unchanged."""
    import pipeline.runtime.batch as batch
    import pipeline.runtime.pool as pool

    def refuse(*args, **kwargs):
        raise AssertionError("a rerun with nothing to do started workers or loaded jieba")

    monkeypatch.setattr(batch, "warm_resources", refuse)
    monkeypatch.setattr(pool, "pool_outcomes", refuse)
    raw, out, _ = sample_run
    assert main(["run", str(raw), "--out", str(out), "--workers", "2", "--no-progress"]) == 1  # the bad files
    assert capsys.readouterr().out.startswith("0 papers processed, 8 unchanged, 0 removed")


def test_adding_and_removing_a_paper(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(RAW / "003_1f8b6be4a772ca1a.txt", raw)
    first = run([raw], out, workers=1, progress=False)
    assert [o.source for o in first.processed] == ["003_1f8b6be4a772ca1a.txt"]
    (raw / "added.md").write_text("IL-6 促进破骨细胞的分化。\n\nTNF-α 抑制成骨细胞分化。\n", encoding="utf-8")
    second = run([raw], out, workers=1, progress=False)
    assert [o.source for o in second.processed] == ["added.md"] and second.unchanged == 1
    added = [t for t in read_table(out, "triples").to_pylist() if t["factor_name"] == "IL-6"]
    assert added and added[0]["target_name"] == "osteoclast" and added[0]["aspect"] == "differentiation"
    (raw / "added.md").unlink()
    third = run([raw], out, workers=1, progress=False)
    assert third.removed == 1
    assert {d["source"] for d in read_table(out, "documents").to_pylist()} == {"003_1f8b6be4a772ca1a.txt"}


def test_a_changed_dictionary_or_code_reprocesses_everything(sample_run):
    raw, out, _ = sample_run
    papers = [p for p in find_inputs([raw]) if p.path.suffix == ".txt" and p.path.stat().st_size]
    manifest = read_manifest(out)
    todo, unchanged = plan(papers, manifest, versions(), out)
    assert not todo
    changed = {**versions(), "dictionaries": "edited"}
    todo, unchanged = plan(papers, manifest, changed, out)
    assert len(todo) == len(papers) and not unchanged


def test_a_failed_write_stops_the_run_and_leaves_the_previous_part_intact(tmp_path, monkeypatch, capsys):
    import errno

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(RAW / "003_1f8b6be4a772ca1a.txt", raw)
    run([raw], out, workers=1, progress=False)
    before = {p: p.read_bytes() for p in out.rglob("part-*.parquet")}
    (raw / "003_1f8b6be4a772ca1a.txt").write_text("IL-6 促进破骨细胞分化。", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pipeline.store.tables.pq.ParquetWriter.write_table", broken)
    capsys.readouterr()
    # a failure of the run itself: its own exit code and one line, not a traceback
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: ") and "disk is full" in err[-1] and "Traceback" not in "".join(err)
    assert {p: p.read_bytes() for p in out.rglob("part-*.parquet")} == before
    assert not list(out.rglob(".tmp-*"))


def test_a_killed_run_is_completed_by_the_next(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in ("003_1f8b6be4a772ca1a.txt", "000_928ba59949a8c658.txt"):
        shutil.copy(RAW / name, raw)
    run([raw], out, workers=1, progress=False)
    # As if killed after writing one part and before the manifest: a
    # temporary file left behind and a manifest that misses a paper.
    manifest = json.loads((out / "_manifest.json").read_text())
    manifest["papers"].pop("000_928ba59949a8c658.txt")
    (out / "_manifest.json").write_text(json.dumps(manifest))
    (out / "triples" / ".tmp-killed.parquet").write_bytes(b"half a file")
    summary = run([raw], out, workers=1, progress=False)
    assert [o.source for o in summary.processed] == ["000_928ba59949a8c658.txt"]
    assert not list(out.rglob(".tmp-*"))
    assert len({d["doc_id"] for d in read_table(out, "documents").to_pylist()}) == 2


def test_a_folder_without_papers_is_a_clear_error(tmp_path, capsys):
    empty = tmp_path / "nothing"
    empty.mkdir()
    assert main(["run", str(empty), "--out", str(tmp_path / "out")]) == 2
    assert "no papers found" in capsys.readouterr().err
    with pytest.raises(PipelineError, match="no such file"):
        find_inputs([tmp_path / "missing"])


def test_the_pool_keeps_only_a_few_papers_in_flight(tmp_path, monkeypatch):
    """Papers are handed out as workers free up, one per worker; every one comes back."""
    import pipeline.runtime.pool as pool

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(6):
        (raw / f"p{i}.md").write_text(f"IL-{i + 1} 促进破骨细胞的分化。\n", encoding="utf-8")
    handed, in_flight, busy = [], [], set()
    real_assign = pool._assign

    def counting_assign(worker, paper):
        busy.discard(id(worker))
        if paper is not None:
            handed.append(paper.source)
            busy.add(id(worker))
        in_flight.append(len(busy))
        real_assign(worker, paper)

    monkeypatch.setattr(pool, "_assign", counting_assign)
    summary = run([raw], tmp_path / "out", workers=2, progress=False)
    assert sorted(o.source for o in summary.processed) == [f"p{i}.md" for i in range(6)]
    assert all(o.status == "ok" and o.n_triples == 1 for o in summary.processed)
    assert sorted(handed) == [f"p{i}.md" for i in range(6)] and max(in_flight) <= 2


def _resources_loaded_here() -> bool:
    from pipeline.runtime.resources import load_resources

    return {"segmenter", "tagger"} <= load_resources().__dict__.keys()


def test_the_pool_initializer_loads_jieba_before_the_first_paper():
    """A fresh (spawned) worker has jieba's segmenter and tagger once the initializer ran."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.runtime.batch import _init_worker

    context = multiprocessing.get_context("spawn")  # not forked: nothing inherited from this process
    with ProcessPoolExecutor(1, mp_context=context, initializer=_init_worker) as pool:
        assert pool.submit(_resources_loaded_here).result() is True


def test_bilingual_abstracts_are_compared(sample_run):
    from pipeline.evaluation.bilingual import bilingual_agreement

    _, out, _ = sample_run
    agreement = bilingual_agreement(out)
    # 000, 001 and 002 give their abstract in both languages
    assert {"000_928ba59949a8c658.txt", "001_28b8ab507e408cd7.txt", "002_9f0e4d07c98e7282.txt"} <= set(agreement)
    for n_zh, n_en, jaccard in agreement.values():
        assert n_zh and n_en and 0.0 <= jaccard <= 1.0


def test_candidates_lists_terms_the_dictionary_lacks(sample_run, tmp_path):
    import csv

    from pipeline.runtime.curation import write_candidates

    _, out, _ = sample_run
    tsv = tmp_path / "candidates.tsv"
    assert write_candidates(out, tsv) > 10
    rows = list(csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"))
    assert set(rows[0]) == {"kind", "term", "type", "count", "papers", "example"}
    counts = [int(r["count"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    # an abbreviation a paper defines that the dictionary does not know, with the sentence defining it
    pdx = next(r for r in rows if r["term"] == "PDX = patient-derived xenografts")
    assert pdx["kind"] == "defined abbreviation" and "(" in pdx["example"] and "PDX" in pdx["example"]
    # new names the mention stage found, each with the sentence it is in
    assert any(r["term"] == "NAPDH氧化酶" and r["kind"] == "new name (phrase)" and r["type"] == "gene" for r in rows)
    assert all(r["example"] for r in rows)
    # no noise: no term defined as itself, no grant number, no unit
    terms = {r["term"] for r in rows}
    assert not any(" = " in t and t.split(" = ")[0] == t.split(" = ")[1] for t in terms)
    assert not {"SKLKY2024B0004Z", "kDa", "Toll/Interleukin-1 receptor = Toll/Interleukin-1 receptor"} & terms


def test_every_command_line_option_has_help_text():
    import argparse

    from pipeline.__main__ import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(commands) == {"run", "eval", "check-dict", "candidates", "report", "export", "explain"}
    for name, command in commands.items():
        for action in command._actions:
            assert action.help, f"{name} {action.option_strings or action.dest}: no help text"
    assert "exit codes:" in commands["run"].format_help() and "4    another run" in parser.format_help()
