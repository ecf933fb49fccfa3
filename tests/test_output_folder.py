"""The output folder checks itself: a journal per paper, checksums of the parts, a lock."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import config
from pipeline.__main__ import main
from pipeline.runtime.batch import run
from pipeline.store.manifest import JOURNAL, LOCK, MANIFEST, Journal, output_lock, read_manifest
from pipeline.store.tables import read_table

from .conftest import RAW

PAPERS = sorted(p.name for p in RAW.glob("*.txt"))


def _small_papers(raw: Path, n: int) -> list[str]:
    raw.mkdir(exist_ok=True)
    names = []
    for i in range(n):
        name = f"p{i:02d}.md"
        (raw / name).write_text(f"IL-{i + 1} 促进破骨细胞的分化。\n\nTNF-α 抑制成骨细胞分化。\n", encoding="utf-8")
        names.append(name)
    return names


def test_a_run_killed_after_k_of_n_papers_is_completed_by_processing_the_rest(tmp_path):
    """``kill -9`` of a real run as it goes; the next run processes what was not committed."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    names = _small_papers(raw, 6) + PAPERS
    for name in PAPERS:
        shutil.copy(RAW / name, raw / name)
    child = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(raw), "--out", str(out), "--workers", "1",
                              "--no-progress"], cwd=config.ROOT, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    journal = out / JOURNAL
    try:
        while child.poll() is None and (not journal.exists() or journal.read_bytes().count(b"\n") < 3):
            time.sleep(0.01)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    committed = {json.loads(line)["source"] for line in journal.read_bytes().splitlines()}
    assert 3 <= len(committed) < len(names)
    assert not (out / MANIFEST).exists()  # killed before its end: only the journal says what was done
    summary = run([raw], out, workers=1, progress=False)
    assert sorted(o.source for o in summary.processed) == sorted(set(names) - committed)
    assert summary.unchanged == len(committed)
    assert not journal.exists() and not (out / LOCK).exists()
    assert sorted(d["source"] for d in read_table(out, "documents").to_pylist()) == sorted(names)
    assert len(pd.read_parquet(out / "claims.parquet")) > 0


def test_a_torn_last_line_of_the_journal_is_ignored(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    names = _small_papers(raw, 3)
    run([raw], out, workers=1, progress=False)
    manifest = json.loads((out / MANIFEST).read_text())
    entries = manifest["papers"]
    # as if the run had been killed after committing p00 and while writing p01's line
    (out / MANIFEST).unlink()
    journal = Journal(out)
    journal.commit(names[0], entries[names[0]])
    journal.close(remove=False)
    with (out / JOURNAL).open("ab") as f:
        f.write(json.dumps({"source": names[1], "entry": entries[names[1]]}).encode()[:40])
    assert set(read_manifest(out)["papers"]) == {names[0]}
    summary = run([raw], out, workers=1, progress=False)
    assert sorted(o.source for o in summary.processed) == names[1:] and summary.unchanged == 1


@pytest.mark.parametrize("damage", ["emptied", "removed", "overwritten"])
@pytest.mark.parametrize("table", ["documents", "triples"])
def test_a_damaged_or_missing_part_is_rebuilt(tmp_path, capsys, table, damage):
    raw, out = tmp_path / "raw", tmp_path / "out"
    names = _small_papers(raw, 2)
    run([raw], out, workers=1, progress=False)
    before = read_table(out, "triples").to_pandas()
    part = sorted((out / table).glob("part-*.parquet"))[0]
    if damage == "emptied":
        part.write_bytes(b"")
    elif damage == "removed":
        part.unlink()
    else:
        part.write_bytes(part.read_bytes()[:-10] + b"0123456789")
    capsys.readouterr()
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert str(part) in err and "processed again" in err
    after = read_table(out, "triples").to_pandas()
    keys = [c for c in after.columns if c != "steps"]  # a list column (triples.steps) cannot be sorted on
    pd.testing.assert_frame_equal(after.sort_values(keys).reset_index(drop=True),
                                  before.sort_values(keys).reset_index(drop=True))
    assert len({d["source"] for d in read_table(out, "documents").to_pylist()}) == len(names)


def test_a_damaged_claims_table_or_manifest_is_rebuilt(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _small_papers(raw, 2)
    run([raw], out, workers=1, progress=False)
    claims = pd.read_parquet(out / "claims.parquet")
    (out / "claims.parquet").write_bytes(b"")
    summary = run([raw], out, workers=1, progress=False)
    assert summary.processed == [] and summary.n_claims == len(claims)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "claims.parquet"), claims)
    (out / MANIFEST).write_text("{ not json", encoding="utf-8")
    capsys.readouterr()
    summary = run([raw], out, workers=1, progress=False)
    assert "cannot be read" in capsys.readouterr().err
    assert len(summary.processed) == 2 and summary.removed == 0


def test_a_second_run_into_the_same_folder_is_refused(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _small_papers(raw, 1)
    out.mkdir()
    with output_lock(out):
        code = main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"])
        assert code == 4
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"error: {out}: another run is writing here (pid {os.getpid()} on ")
        assert len(err.splitlines()) == 1
        assert not (out / "documents").exists()
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 0


def test_a_lock_left_by_a_killed_run_is_taken_over(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _small_papers(raw, 1)
    out.mkdir()
    (out / LOCK).write_text(json.dumps({"pid": 999999, "host": "elsewhere", "started": "2020-01-01T00:00:00"}))
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    assert "taking over the lock left by a run that ended without releasing it (pid 999999" in capsys.readouterr().err
    assert not (out / LOCK).exists()


def test_an_output_that_is_a_file_stops_the_run_with_its_own_code(tmp_path, capsys):
    raw = tmp_path / "raw"
    _small_papers(raw, 1)
    (tmp_path / "out").write_text("not a folder")
    assert main(["run", str(raw), "--out", str(tmp_path / "out"), "--no-progress"]) == 3
    err = capsys.readouterr().err.strip()
    assert err == f"error: {tmp_path / 'out'}: cannot write: it is a file, and --out needs a folder"


def test_an_output_folder_that_cannot_be_written_stops_the_run(tmp_path, capsys, monkeypatch):
    import errno

    raw, out = tmp_path / "raw", tmp_path / "out"
    _small_papers(raw, 1)
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):
        if self == out:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 3
    assert "cannot write: Read-only file system (the output folder cannot be written)" in capsys.readouterr().err
