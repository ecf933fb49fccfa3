"""``python -m pipeline.runtime.bench`` (``make bench``): throughput, peak memory and the cost of reruns.

Reads the sample papers in ``raw/`` (``*.txt``) and writes, in a temporary
folder, a corpus of copies of them, each made unique by a last line with its
index (so every copy has its own content hash and is processed on its own),
until the corpus holds ``--mb`` megabytes. The pipeline's code and
dictionaries are copied there too and the runs use the copy, so that an edit
made while the bench runs does not change the versions in the manifest and
turn a rerun into a full run. Then it measures, in this order:

1. ``python -m pipeline run`` over the corpus with ``--workers`` processes, in
   a child process as ``make run`` would start it: wall time, characters per
   second overall and per core, the CPU seconds of the driver and its
   workers (user + system: on a shared machine the wall time grows with the
   load, the CPU time much less), and peak memory, as the sum of the resident
   sizes of the driver and its workers sampled every 20 ms (with psutil), as
   the sum of their proportional sizes (PSS, from ``/proc/PID/smaps_rollup``
   every tenth sample: a page the forked workers share with the driver is
   counted once, where the sum of resident sizes counts it in every process)
   and as the largest single process (``getrusage(RUSAGE_CHILDREN)``);
2. the same command again with nothing changed;
3. jieba alone, on the same texts in this process: the pipeline's own
   segmenter (a ``jieba.Tokenizer`` holding the dictionary's Chinese names),
   ``list(segmenter.cut(text))`` over each whole document, on one core. The
   ratio of the pipeline's per-core throughput to this is the headline: the
   share of the time that goes to segmentation if the rest cost nothing;
4. a corpus of ``--base`` papers (default 200) processed, one paper added,
   and the run that picks it up timed.

Timings are printed, never asserted. On 2 cores the default corpus takes
about a minute.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .. import config
from .batch import cpu_count

SAMPLE_PATTERN = "*.txt"
SAMPLE_INTERVAL = 0.02  # seconds between two samples of the run's memory
PSS_EVERY = 10  # samples between two readings of the proportional sizes (smaps_rollup costs more)


@dataclass(frozen=True)
class Corpus:
    folder: Path
    papers: int
    n_bytes: int


@dataclass(frozen=True)
class RunCost:
    seconds: float
    summary: str  # the run's one-line summary
    peak_total: int | None  # bytes, sum over the driver and its workers; None without psutil
    cpu: float = 0.0  # user + system seconds of the driver and its workers
    peak_pss: int | None = None  # bytes, sum of proportional sizes; None without psutil or smaps_rollup


@dataclass(frozen=True)
class Measurement:
    """What ``measure`` found; ``main`` prints it."""
    corpus: Corpus
    chars: int  # characters the pipeline read (its documents table)
    load: float  # load average before the first run
    full: RunCost
    largest: int  # bytes, the largest single process
    rerun: RunCost
    jieba_seconds: float
    jieba_chars: int
    base_run: RunCost | None = None  # with ``base``: the first run of the base corpus
    added: RunCost | None = None  # and the run after one paper was added to it


def samples(folder: Path = config.RAW) -> list[Path]:
    found = sorted(folder.glob(SAMPLE_PATTERN))
    if not found:
        raise SystemExit(f"error: {folder}: no sample papers ({SAMPLE_PATTERN}) to build a corpus from")
    return found


def copy_of(sample: Path, index: int) -> bytes:
    """The sample's bytes with a last line naming the copy: same text, its own hash.

    ASCII, so it is valid in whatever encoding the sample is in."""
    return sample.read_bytes().rstrip() + f"\n\nbench copy {index:05d}\n".encode("ascii")


def write_copy(folder: Path, sources: list[Path], index: int) -> int:
    sample = sources[index % len(sources)]
    data = copy_of(sample, index)
    (folder / f"{index:05d}_{sample.name}").write_bytes(data)
    return len(data)


def build_corpus(folder: Path, sources: list[Path], *, n_bytes: int | None = None,
                 papers: int | None = None) -> Corpus:
    """Copies of ``sources`` in turn, until ``n_bytes`` are written or there are ``papers`` papers."""
    folder.mkdir(parents=True, exist_ok=True)
    written = count = 0
    while (papers is not None and count < papers) or (n_bytes is not None and written < n_bytes):
        written += write_copy(folder, sources, count)
        count += 1
    return Corpus(folder, count, written)


def snapshot(folder: Path) -> Path:
    """A copy of the pipeline's code and dictionaries under ``folder``, to run from."""
    for name in ("pipeline", config.DICTIONARIES.name):
        shutil.copytree(config.ROOT / name, folder / name)
    return folder


def run_pipeline(code: Path, raw: Path, out: Path, workers: int, *, psutil=None) -> RunCost:
    """``python -m pipeline run raw --out out`` with the code in ``code``, in a child
    process, timed and watched."""
    command = [sys.executable, "-m", "pipeline", "run", str(raw), "--out", str(out),
               "--workers", str(workers), "--no-progress"]
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        t0, cpu0 = time.perf_counter(), _children_cpu()
        child = subprocess.Popen(command, cwd=code, stdout=stdout, stderr=stderr)
        peak, peak_pss = _watch(child, psutil)
        seconds, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
        stdout.seek(0)
        stderr.seek(0)
        summary = stdout.read().decode("utf-8", "replace").strip()
        if child.returncode != 0:
            tail = stderr.read().decode("utf-8", "replace").strip().splitlines()[-10:]
            raise SystemExit(f"error: {' '.join(command)} exited with {child.returncode}:\n" + "\n".join(tail))
    return RunCost(seconds, summary, peak, cpu, peak_pss)


def _children_cpu() -> float:
    """User + system seconds of this process's finished children (and the children they waited for)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _watch(child: subprocess.Popen, psutil) -> tuple[int | None, int | None]:
    """Wait for ``child``; with psutil, return the largest sum of the RSS of it and its
    descendants, and the largest sum of their PSS (None where it cannot be read)."""
    if psutil is None:
        child.wait()
        return None, None
    peak, peak_pss, samples = 0, None, 0
    try:
        root = psutil.Process(child.pid)
    except psutil.Error:
        child.wait()
        return None, None
    while child.poll() is None:
        total = 0
        try:
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            processes = []
        for process in processes:
            try:
                total += process.memory_info().rss
            except psutil.Error:  # a worker that ended between the listing and the reading
                pass
        peak = max(peak, total)
        if samples % PSS_EVERY == 0:
            pss = _pss_sum(p.pid for p in processes)
            if pss is not None:
                peak_pss = max(peak_pss or 0, pss)
        samples += 1
        time.sleep(SAMPLE_INTERVAL)
    return peak, peak_pss


def _pss_sum(pids) -> int | None:
    """Bytes: the sum of the proportional set sizes of ``pids`` (a process that ended counts 0);
    None when the system has no ``/proc/PID/smaps_rollup`` (Linux 4.14 and later)."""
    total, read_any = 0, False
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
                for line in rollup:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        read_any = True
                        break
        except (OSError, ValueError):
            pass
    return total if read_any else None


def jieba_alone(raw: Path) -> tuple[float, int]:
    """Seconds jieba takes to cut every document of ``raw``, one at a time, and the characters cut."""
    from ..reading.read import read_document
    from .resources import load_resources

    segmenter = load_resources().segmenter  # built, and jieba's model loaded, before the clock starts
    seconds, chars = 0.0, 0
    for path in sorted(raw.iterdir()):
        text = read_document(path).text
        t0 = time.perf_counter()
        list(segmenter.cut(text))
        seconds += time.perf_counter() - t0
        chars += len(text)
    return seconds, chars


def corpus_chars(out: Path) -> int:
    """Characters the pipeline read, from its documents table."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    return pc.sum(ds.dataset(out / "documents", format="parquet").to_table(columns=["n_chars"])["n_chars"]).as_py()


def measure(work: Path, sources: list[Path], *, n_bytes: int, workers: int, base: int,
            psutil=None) -> Measurement:
    """Steps 1 to 4 of the module docstring, in ``work`` (left there: the caller removes it)."""
    code = snapshot(work / "code")
    corpus = build_corpus(work / "raw", sources, n_bytes=n_bytes)
    load = os.getloadavg()[0]
    full = run_pipeline(code, corpus.folder, work / "out", workers, psutil=psutil)
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    chars = corpus_chars(work / "out")
    rerun = run_pipeline(code, corpus.folder, work / "out", workers)
    jieba_seconds, jieba_chars = jieba_alone(corpus.folder)
    base_run = added = None
    if base:
        base_corpus = build_corpus(work / "base", sources, papers=base)
        base_run = run_pipeline(code, base_corpus.folder, work / "base-out", workers)
        write_copy(base_corpus.folder, sources, base)
        added = run_pipeline(code, base_corpus.folder, work / "base-out", workers)
    return Measurement(corpus, chars, load, full, largest, rerun, jieba_seconds, jieba_chars, base_run, added)


def report_rows(m: Measurement, *, workers: int, base: int, n_samples: int) -> list[tuple[str, str]]:
    """The (label, value) rows ``main`` prints for ``m``."""
    corpus, chars, load, full, largest, rerun = m.corpus, m.chars, m.load, m.full, m.largest, m.rerun
    jieba_seconds, jieba_chars, base_run, added = m.jieba_seconds, m.jieba_chars, m.base_run, m.added
    per_second = chars / full.seconds
    per_core = per_second / workers
    jieba_per_core = jieba_chars / jieba_seconds
    ratio = per_core / jieba_per_core
    whole = f"{full.peak_total / 2**20:,.0f} MB" if full.peak_total is not None else "n/a (no psutil)"
    pss = f"{full.peak_pss / 2**20:,.0f} MB" if full.peak_pss is not None else "n/a"
    rows = [
        ("corpus", f"{corpus.papers} papers ({n_samples} samples repeated), {chars:,} characters, "
                   f"{corpus.n_bytes / 1e6:.1f} MB"),
        ("workers", f"{workers} (of {cpu_count()} cores; load average {load:.2f} before the run)"),
        ("pipeline", f"{full.seconds:.1f} s: {per_second:,.0f} chars/s, {per_core:,.0f} chars/s per core; "
                     f"{full.cpu:.1f} CPU s (user + system, driver and workers)"),
        ("peak RSS", f"{whole} driver + workers (sum, sampled); {pss} proportional (PSS: shared pages once); "
                     f"{largest / 2**20:,.0f} MB largest process"),
        ("jieba alone", f"{jieba_seconds:.1f} s on 1 core: {jieba_per_core:,.0f} chars/s per core"),
        ("pipeline/jieba", f"{ratio:.3f} per core (the pipeline takes {1 / ratio:.1f}x jieba's time)"),
        ("no-change rerun", f"{rerun.seconds:.2f} s ({rerun.summary.split(';')[0]})"),
    ]
    if base:
        rows.append((f"add 1 to {base}", f"{added.seconds:.2f} s ({added.summary.split(';')[0]}); "
                                         f"first run of the {base}: {base_run.seconds:.1f} s"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.runtime.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the corpus, in MB (default: 4)")
    parser.add_argument("--workers", type=int, default=cpu_count(), help="processes (default: all cores)")
    parser.add_argument("--base", type=int, default=200,
                        help="papers in the corpus that one paper is added to (default: 200; 0: skip that step)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and outputs, and say where")
    args = parser.parse_args(argv)
    if args.mb <= 0 or args.workers < 1 or args.base < 0:
        parser.error("--mb must be positive, --workers at least 1, --base at least 0")
    try:
        import psutil  # installed with distributed; without it, only the largest process is measured
    except ImportError:  # pragma: no cover
        psutil = None

    sources = samples()
    work = Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    try:
        m = measure(work, sources, n_bytes=int(args.mb * 1e6), workers=args.workers, base=args.base,
                    psutil=psutil)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    rows = report_rows(m, workers=args.workers, base=args.base, n_samples=len(sources))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    if args.keep:
        print(f"{'kept':<{width}}  {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
