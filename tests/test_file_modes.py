"""Files the pipeline writes carry the mode the user's umask gives, as a file made with
``open`` would: colleagues on a shared server can read the output (atomic writes go
through a private temporary file first)."""
from __future__ import annotations

import os
import shutil
import stat

import pytest

from pipeline.__main__ import main

from .conftest import RAW


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_every_output_file_has_the_umask_mode(tmp_raw, tmp_path, umask):
    shutil.copy(RAW / "003_1f8b6be4a772ca1a.txt", tmp_raw / "paper.txt")
    out = tmp_path / "output"
    before = os.umask(umask)
    try:
        assert main(["run", str(tmp_raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
        assert main(["report", "--out", str(out)]) == 0
        for to in ("graphml", "sif", "bioc"):
            assert main(["export", "--to", to, "--out", str(out)]) == 0
        expected = 0o666 & ~umask
        with open(tmp_path / "made-by-open", "w"):
            pass
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "made-by-open").stat().st_mode) == expected
    files = [p for p in out.rglob("*") if p.is_file()]
    names = {p.relative_to(out).as_posix().split("/")[0] for p in files}
    assert {"claims.parquet", "report.html", "_manifest.json", "triples", "documents", "export"} <= names
    assert {p.relative_to(out).as_posix(): oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == \
        {p.relative_to(out).as_posix(): oct(expected) for p in files}
