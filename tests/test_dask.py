"""The Dask executor: the same tables as a local run, from a real local cluster.

The cluster runs its workers in their own processes (``processes=True``), as
a real cluster would: the papers, the output folder and the per-paper
function cross a process boundary, and each worker loads the dictionaries
itself, through the worker plugin. Two workers of one thread each, no
dashboard, ports chosen by the system: about five seconds on two cores.
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pyarrow.dataset as ds
import pytest

from pipeline.__main__ import main
from pipeline.runtime.batch import run
from pipeline.store.tables import TABLES, read_table, schema_for

from .conftest import RAW

PAPERS = ("000_928ba59949a8c658.txt", "003_1f8b6be4a772ca1a.txt", "004_e6793774d4878192.txt")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_port=0) as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def both_runs(tmp_path_factory, cluster):
    """Three sample papers and an empty file, run locally and on the cluster."""
    raw = tmp_path_factory.mktemp("raw")
    for name in PAPERS:
        shutil.copy(RAW / name, raw / name)
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    local, dask = out / "local", out / "dask"
    local_code = main(["run", str(raw), "--out", str(local), "--workers", "1", "--no-progress"])
    dask_code = main(["run", str(raw), "--out", str(dask), "--executor", "dask",
                      "--scheduler", cluster.scheduler_address, "--no-progress"])
    return raw, local, dask, local_code, dask_code


def _sorted_frame(out, name: str) -> pd.DataFrame:
    frame = read_table(out, name).to_pandas()
    # list columns (triples.steps) cannot be sorted on; the others order the rows
    keys = [c for c in frame.columns if not frame[c].map(lambda v: hasattr(v, "__len__") and not isinstance(v, str)).any()]
    return frame.sort_values(keys, na_position="first").reset_index(drop=True)


@pytest.mark.parametrize("name", list(TABLES))
def test_dask_tables_equal_the_local_run_row_for_row(both_runs, name):
    _, local, dask, _, _ = both_runs
    expected, got = _sorted_frame(local, name), _sorted_frame(dask, name)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


def test_dask_reports_a_bad_paper_like_the_local_run(both_runs):
    _, local, dask, local_code, dask_code = both_runs
    assert local_code == dask_code == 1  # the empty file failed, the others were processed
    papers = [json.loads((out / "_manifest.json").read_text())["papers"] for out in (local, dask)]
    assert papers[0] == papers[1]
    assert papers[1]["empty.txt"]["status"] == "empty"
    assert all(papers[1][name]["status"] == "ok" for name in PAPERS)


def test_dask_rerun_with_nothing_changed_sends_nothing(both_runs, cluster):
    raw, _, dask, _, _ = both_runs
    summary = run([raw], dask, executor="dask", scheduler=cluster.scheduler_address, progress=False)
    assert summary.processed == [] and summary.unchanged == len(PAPERS) + 1


def _worker_state(dask_worker) -> dict:
    """Run on a worker: is the plugin there, how often were the dictionaries loaded, are jieba and
    spaCy's English pipeline loaded."""
    from pipeline.english.english_parse import english_model
    from pipeline.runtime.resources import _load, load_resources

    loads = _load.cache_info().misses
    return {"plugin": "cytokine-triples-resources" in dask_worker.plugins, "loads": loads,
            "jieba": {"segmenter", "tagger"} <= load_resources().__dict__.keys(),
            "english": english_model.cache_info().currsize == 1}


def test_each_worker_loaded_the_resources_once(both_runs, cluster):
    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        states = client.run(_worker_state)
    assert len(states) == 2
    assert all(state == {"plugin": True, "loads": 1, "jieba": True, "english": True} for state in states.values()), states


def test_a_worker_that_joins_loads_the_readers_before_any_paper():
    """The plugin alone, on a fresh worker that has read no paper: the dictionaries, jieba and the
    English parser are loaded, so that no paper's time budget pays for them (before, a worker's first
    English paper loaded spaCy inside its budget: seconds on a loaded machine)."""
    from distributed import Client, LocalCluster

    from pipeline.runtime.dask_executor import _resources_plugin

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                      scheduler_port=0) as fresh, \
            Client(fresh) as client:
        client.register_plugin(_resources_plugin())
        states = client.run(_worker_state)
    assert list(states.values()) == [{"plugin": True, "loads": 1, "jieba": True, "english": True}]


@pytest.mark.parametrize("argv, message", [
    (["--workers", "2"], "--workers sets the size of the local process pool"),
    ([], "needs --scheduler"),
])
def test_dask_options_are_checked_before_any_work(tmp_path, capsys, argv, message):
    scheduler = ["--scheduler", "tcp://127.0.0.1:1"] if argv else []
    code = main(["run", str(RAW), "--out", str(tmp_path / "out"), "--executor", "dask", *scheduler, *argv])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", list(TABLES))
def test_partitioned_output_reads_as_one_table(both_runs, name):
    """One part per paper, read whole by pyarrow.dataset and pandas (as DuckDB and Spark would)."""
    _, _, dask, _, _ = both_runs
    parts = sorted((dask / name).glob("part-*.parquet"))
    assert len(parts) == len(PAPERS) + 1
    leftover = dask / name / ".tmp-left-by-a-killed-run.parquet"
    leftover.write_bytes(b"half a file")  # readers skip hidden files, as they skip this one
    try:
        dataset = ds.dataset(dask / name, format="parquet")
        table = dataset.to_table()
        frame = pd.read_parquet(dask / name)
    finally:
        leftover.unlink()
    expected = read_table(dask, name)
    assert dataset.schema.names == table.schema.names == list(frame.columns) == schema_for(TABLES[name]).names
    assert len(dataset.files) == len(parts)
    assert table.num_rows == len(frame) == expected.num_rows
    if name == "documents":
        assert sorted(frame["source"]) == sorted([*PAPERS, "empty.txt"])


def test_dask_stops_a_paper_past_its_time_budget(tmp_path, cluster):
    """The budget acts inside the Dask task (a worker thread); the others go on."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / PAPERS[1], raw / PAPERS[1])
    # a budget the small paper meets with its worker's first load, on a loaded machine too; the long
    # one (1.6 MB) needs far more on any machine. Each copy's lines carry their own citation mark: the
    # memos a paper keeps (regrouped owners, composition searches) would make a text that repeats
    # itself word for word cheap to read after its first copy
    text = (RAW / PAPERS[0]).read_text(encoding="utf-8")
    copies = ("\n".join(f"{line} [{i}]" if line.strip() else line for line in text.splitlines()) for i in range(100))
    (raw / "long.txt").write_text("\n".join(copies), encoding="utf-8")
    summary = run([raw], tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address, progress=False,
                  paper_timeout=10.0)
    outcome = {o.source: o for o in summary.processed}
    assert outcome["long.txt"].status == "timeout" and outcome["long.txt"].retry
    assert outcome["long.txt"].stage in ("segment", "mentions", "relations")
    assert "stopped after the paper timeout of 10 s" in outcome["long.txt"].error
    assert outcome[PAPERS[1]].status == "ok" and outcome[PAPERS[1]].n_triples > 0
