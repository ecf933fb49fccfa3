"""``python -m pipeline.bench`` on a tiny corpus: it runs and prints every row (timings are not checked)."""
from __future__ import annotations

from pipeline.bench import build_corpus, copy_of, main, samples


def test_copies_differ_only_in_their_last_line(tmp_path):
    sources = samples()
    corpus = build_corpus(tmp_path / "raw", sources, papers=len(sources) + 1)
    files = sorted(corpus.folder.iterdir())
    assert corpus.papers == len(files) == len(sources) + 1
    assert len({f.read_bytes() for f in files}) == len(files)
    assert files[-1].read_bytes() == copy_of(sources[0], len(sources))
    assert copy_of(sources[0], 0).startswith(sources[0].read_bytes().rstrip())


def test_bench_smoke(capsys):
    """One small paper, without the add-one step (its two more runs would double the time)."""
    assert main(["--mb", "0.01", "--base", "0", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    for row in ("corpus", "pipeline", "peak RSS", "jieba alone", "pipeline/jieba", "no-change rerun"):
        assert row in out
    assert "no-change rerun" in out and "(0 papers processed, 1 unchanged" in out
