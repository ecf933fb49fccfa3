"""Inputs: odd names, folders and files that cannot be read, duplicates, an output inside the input."""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from pipeline.__main__ import main
from pipeline.runtime.batch import run
from pipeline.store.tables import read_table

from .conftest import RAW

GOOD = "003_1f8b6be4a772ca1a.txt"


def _documents(out: Path) -> dict[str, dict]:
    return {d["source"]: d for d in read_table(out, "documents").to_pylist()}


def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    name = os.fsdecode(b"caf\xe9-il6.md")  # Latin-1 bytes: not UTF-8
    (raw / name).write_text("IL-6 促进破骨细胞的分化。", encoding="utf-8")
    summary = run([raw], out, workers=1, progress=False)
    assert [(o.source, o.status) for o in summary.processed] == [("caf\\xe9-il6.md", "ok")]
    assert _documents(out)["caf\\xe9-il6.md"]["status"] == "ok"
    assert [t["target_name"] for t in read_table(out, "triples").to_pylist()] == ["osteoclast"]
    assert run([raw], out, workers=1, progress=False).unchanged == 1


def test_a_folder_that_cannot_be_read_is_reported_and_its_rows_kept(tmp_path, monkeypatch, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "sub").mkdir(parents=True)
    shutil.copy(RAW / GOOD, raw / GOOD)
    (raw / "sub" / "inner.md").write_text("TNF-α 抑制成骨细胞分化。", encoding="utf-8")
    run([raw], out, workers=1, progress=False)
    before = _documents(out)
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == raw / "sub":
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    capsys.readouterr()
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert f"warning: {raw / 'sub'}: cannot read the folder: Permission denied; the rows of sub/ from the last " \
           f"run are kept" in captured.err
    assert "last run's rows kept: sub/" in captured.out
    assert _documents(out) == before
    monkeypatch.setattr(os, "scandir", real_scandir)
    assert run([raw], out, workers=1, progress=False).unchanged == 2


def test_a_file_that_cannot_be_read_now_keeps_its_rows(tmp_path, monkeypatch, capsys):
    import pipeline.runtime.batch as batch

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(RAW / GOOD, raw / GOOD)
    (raw / "locked.md").write_text("TNF-α 抑制成骨细胞分化。", encoding="utf-8")
    run([raw], out, workers=1, progress=False)
    before = _documents(out)
    real_digest = batch.file_digest

    def digest(path):
        if path.name == "locked.md":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_digest(path)

    monkeypatch.setattr(batch, "file_digest", digest)
    summary = run([raw], out, workers=1, progress=False)
    assert summary.kept == [("locked.md", f"{raw / 'locked.md'}: cannot read the file: Permission denied")]
    assert not summary.complete and summary.processed == []
    assert _documents(out) == before


def test_a_broken_link_is_reported_not_skipped(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(RAW / GOOD, raw / GOOD)
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    run([raw], out, workers=1, progress=False)
    assert _documents(out)["gone.txt"]["status"] == "unreadable"
    assert _documents(out)[GOOD]["status"] == "ok"


def test_the_same_content_under_two_names_is_reported_once_and_kept_once(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(RAW / GOOD, raw / "b.txt")
    shutil.copy(RAW / GOOD, raw / "a.txt")
    (raw / "empty1.txt").write_bytes(b"")
    (raw / "empty2.txt").write_bytes(b"")
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 1  # the empty files
    captured = capsys.readouterr()
    assert captured.err.count("b.txt has the same content as a.txt: read once, as a.txt") == 1
    assert "duplicates, read once: b.txt (= a.txt)" in captured.out
    docs = _documents(out)
    assert set(docs) == {"a.txt", "empty1.txt", "empty2.txt"}
    assert docs["empty1.txt"]["status"] == docs["empty2.txt"]["status"] == "empty"
    triples = read_table(out, "triples").to_pylist()
    assert len({t["doc_id"] for t in triples}) == 1 and len(triples) == 18
    # the copy that was read goes: the other one takes its place
    (raw / "a.txt").unlink()
    capsys.readouterr()
    summary = run([raw], out, workers=1, progress=False)
    assert [o.source for o in summary.processed] == ["b.txt"] and summary.removed == 1
    assert "warning" not in capsys.readouterr().err
    assert len(read_table(out, "triples")) == 18


@pytest.mark.parametrize("where", ["inside", "same"])
def test_an_output_folder_inside_the_input_is_refused(tmp_path, capsys, where):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / GOOD, raw / GOOD)
    out = raw / "output" if where == "inside" else raw
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 2
    assert f"--out {out} is inside the input folder {raw}" in capsys.readouterr().err
    assert sorted(p.name for p in raw.iterdir()) == [GOOD]


def test_an_input_inside_the_output_folder_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    (out / "raw").mkdir(parents=True)
    shutil.copy(RAW / GOOD, out / "raw" / GOOD)
    assert main(["run", str(out / "raw"), "--out", str(out), "--no-progress"]) == 2
    assert "is inside the output folder" in capsys.readouterr().err
