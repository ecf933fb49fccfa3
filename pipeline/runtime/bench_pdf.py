"""``python -m pipeline.runtime.bench_pdf FOLDER`` (``make bench-pdf``): pages per second on PDFs.

Over the same PDFs, in the same run:

1. pdfplumber alone: ``page.extract_text()`` on every page, one core;
2. the reader (``pdf.read_pdf``, no cache), one core: PDFium's characters
   put into lines, words and reading order, headers and footers set aside,
   boxes kept;
3. the whole pipeline, ``python -m pipeline run FOLDER --workers N`` (N the
   cores this process may use, 2 on the project's machines) in a child
   process into an empty output folder (so its PDF cache is cold): reading,
   sentences, mentions, triples, tables; with the time each worker spends
   loading the dictionaries and jieba before its first paper;
4. a second reading of the PDFs from the cache that run wrote.

The machine is shared, so every figure is measured ``--repeat`` times and
the fastest is shown, with the CPU seconds beside the wall-clock ones (the
CPU time does not grow when other processes take the cores). ``make
bench-pdf`` draws the five sample papers as two-column journal PDFs
(``tests/make_pdf.py``) and runs this on them. Timings are printed, never
asserted.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from .batch import PDF_CACHE, cpu_count
from ..reading.glyphs import open_pdf
from ..reading.pdf import read_pdf
from ..reading.read import read_document


def _timed(work) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process and its finished children) of ``work()``."""
    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    wall, used = time.perf_counter(), cpu()
    work()
    return time.perf_counter() - wall, cpu() - used


def pdfplumber_alone(paths: list[Path]) -> int:
    """``extract_text()`` on every page; returns the number of pages."""
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return pages


def reader_alone(paths: list[Path]) -> None:
    for path in paths:
        read_pdf(path.read_bytes(), path.name)


def whole_pipeline(folder: Path, out: Path, workers: int) -> None:
    """``python -m pipeline run`` as ``make run`` starts it, into ``out``."""
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out),
                           "--workers", str(workers), "--no-progress"], capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: some paper could not be read, the others were processed
        raise RuntimeError(f"python -m pipeline run {folder} failed:\n{done.stderr}")


def worker_start() -> None:
    """What a worker does before its first paper: load the dictionaries and jieba, in a fresh process."""
    subprocess.run([sys.executable, "-c", "from pipeline.runtime.batch import warm_resources; warm_resources()"],
                   check=True)


def cached_reads(paths: list[Path], out: Path) -> None:
    for path in paths:
        read_document(path, cache_dir=out / PDF_CACHE)


def fastest(work, repeat: int) -> tuple[float, float]:
    """The fastest of ``repeat`` runs of ``work``: (wall, cpu) seconds."""
    return min(_timed(work) for _ in range(repeat))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder of PDFs")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest is shown")
    ap.add_argument("--workers", type=int, default=cpu_count(), help="workers of the whole pipeline")
    args = ap.parse_args(argv)
    paths = sorted(args.folder.glob("*.pdf"))
    if not paths:
        print(f"{args.folder}: no PDFs", file=sys.stderr)
        return 2
    pages = sum(len(open_pdf(path.read_bytes(), path.name)) for path in paths)
    rows = [("pdfplumber extract_text alone, 1 core", fastest(lambda: pdfplumber_alone(paths), args.repeat)),
            ("reader (lines, order, furniture, boxes), 1 core", fastest(lambda: reader_alone(paths), args.repeat))]
    with tempfile.TemporaryDirectory() as tmp:
        runs = iter(range(args.repeat))
        rows.append((f"whole pipeline (pipeline run), {args.workers} workers",
                     fastest(lambda: whole_pipeline(args.folder, Path(tmp) / f"out{next(runs)}", args.workers),
                             args.repeat)))
        rows.append(("reader from the cache, 1 core", fastest(lambda: cached_reads(paths, Path(tmp) / "out0"),
                                                              args.repeat)))
    start_wall, start_cpu = fastest(worker_start, args.repeat)
    print(f"{len(paths)} PDFs, {pages} pages; fastest of {args.repeat} runs")
    print(f"  {'':<52} {'wall s':>7} {'pages/s':>8} {'cpu s':>7}")
    for label, (wall, cpu) in rows:
        print(f"  {label:<52} {wall:7.2f} {pages / wall:8.1f} {cpu:7.2f}")
    print(f"  a worker's start (dictionaries and jieba), in the whole pipeline's time: {start_wall:.2f} s wall, "
          f"{start_cpu:.2f} s cpu")
    return 0


if __name__ == "__main__":
    sys.exit(main())
