"""``python -m pipeline.bench_pdf FOLDER`` (``make bench-pdf``): pages per second on PDFs.

Over the same PDFs, one core each:

1. pdfplumber alone: ``page.extract_text()`` on every page;
2. the reader (``pdf.read_pdf``, no cache): pdfplumber's characters put in
   reading order, headers and footers set aside, boxes kept;
3. the whole pipeline, ``python -m pipeline run FOLDER --workers 1`` in a
   child process into an empty output folder (so its PDF cache is cold), and
   a second run after the code version changed would hit the cache: shown
   by timing ``read_document`` again with the cache that run wrote.

``make bench-pdf`` draws the five sample papers as two-column journal PDFs
(``tests/make_pdf.py``) and runs this on them. Timings are printed, never
asserted.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from .batch import PDF_CACHE
from .pdf import read_pdf
from .read import read_document


def pdfplumber_alone(paths: list[Path]) -> tuple[float, int]:
    """Seconds and pages for ``extract_text()`` on every page."""
    t0, pages = time.perf_counter(), 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return time.perf_counter() - t0, pages


def reader_alone(paths: list[Path]) -> float:
    """Seconds for the reader, without cache."""
    t0 = time.perf_counter()
    for path in paths:
        read_pdf(path.read_bytes(), path.name)
    return time.perf_counter() - t0


def whole_pipeline(folder: Path, out: Path) -> float:
    """Seconds for ``python -m pipeline run`` on one worker, as ``make run`` starts it."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out),
                           "--workers", "1"], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode not in (0, 1):  # 1: some paper could not be read, the others were processed
        raise RuntimeError(f"python -m pipeline run {folder} failed:\n{done.stderr}")
    return seconds


def cached_reads(paths: list[Path], out: Path) -> float:
    """Seconds to read the PDFs again from the cache a run wrote."""
    t0 = time.perf_counter()
    for path in paths:
        read_document(path, cache_dir=out / PDF_CACHE)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder of PDFs")
    args = ap.parse_args(argv)
    paths = sorted(args.folder.glob("*.pdf"))
    if not paths:
        print(f"{args.folder}: no PDFs", file=sys.stderr)
        return 2
    plumber_s, pages = pdfplumber_alone(paths)
    reader_s = reader_alone(paths)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        pipeline_s = whole_pipeline(args.folder, out)
        cached_s = cached_reads(paths, out)
    print(f"{len(paths)} PDFs, {pages} pages, one core")
    for label, seconds in (("pdfplumber extract_text alone", plumber_s),
                           ("reader (reading order, furniture, boxes)", reader_s),
                           ("whole pipeline (python -m pipeline run)", pipeline_s),
                           ("reader from the cache", cached_s)):
        print(f"  {label:<42} {seconds:7.2f} s  {pages / seconds:8.1f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
