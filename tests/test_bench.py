"""``python -m pipeline.runtime.bench`` on a tiny corpus: what it counts (timings are not checked)."""
from __future__ import annotations

from pipeline.runtime.bench import build_corpus, copy_of, measure, report_rows, samples
from pipeline.reading.read import read_document


def test_copies_differ_only_in_their_last_line(tmp_path):
    sources = samples()
    corpus = build_corpus(tmp_path / "raw", sources, papers=len(sources) + 1)
    files = sorted(corpus.folder.iterdir())
    assert corpus.papers == len(files) == len(sources) + 1
    assert len({f.read_bytes() for f in files}) == len(files)
    assert files[-1].read_bytes() == copy_of(sources[0], len(sources))
    assert copy_of(sources[0], 0).startswith(sources[0].read_bytes().rstrip())


def test_bench_counts_the_corpus_and_a_rerun_does_nothing(tmp_path):
    """Two copies of the smallest sample, one worker, without the add-one step (its two
    more runs would take longer than the rest; ``make bench`` runs it): the characters
    the bench divides by are the corpus's, every paper is processed once and the
    rerun processes none."""
    smallest = min(samples(), key=lambda p: p.stat().st_size)
    m = measure(tmp_path, [smallest], n_bytes=2 * smallest.stat().st_size, workers=1, base=0)
    files = sorted((tmp_path / "raw").iterdir())
    assert m.corpus.papers == len(files) == 2
    chars = sum(len(read_document(f).text) for f in files)
    assert m.chars == m.jieba_chars == chars
    assert m.full.summary.startswith("2 papers processed, 0 unchanged")
    assert m.rerun.summary.startswith("0 papers processed, 2 unchanged")
    assert m.added is None
    rows = dict(report_rows(m, workers=1, base=0, n_samples=1))
    assert f"{chars:,} characters" in rows["corpus"]
    assert rows["no-change rerun"].endswith("(0 papers processed, 2 unchanged, 0 removed)")
    assert m.full.cpu > m.rerun.cpu > 0  # the CPU seconds of the run's process tree, beside its wall time
    assert f"{m.full.cpu:.1f} CPU s" in rows["pipeline"]


def test_proportional_size_counts_what_this_process_maps(tmp_path):
    """PSS from /proc/PID/smaps_rollup: at most the resident size; a process that is gone counts nothing."""
    import os
    import resource

    from pipeline.runtime.bench import _pss_sum

    pss = _pss_sum([os.getpid()])
    if pss is None:  # pragma: no cover - a kernel without smaps_rollup
        return
    assert 0 < pss <= resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    assert _pss_sum([2**22 + 7]) is None  # above any pid_max: no such process


def test_bench_pdf_times_a_worker_start_with_the_function_the_workers_run():
    """``make bench-pdf``'s last row starts a fresh Python that loads what a worker loads before its
    first paper (it named a function batch no longer has, so the whole bench ended in a traceback)."""
    from pipeline.runtime.bench_pdf import worker_start

    worker_start()  # raises CalledProcessError when the child fails
