"""The Dask executor: the same per-paper function, on a Dask distributed cluster.

A worker plugin loads the dictionaries, jieba and spaCy's English pipeline when a
worker joins (``warm_worker``), and
``load_resources``'s process-level cache keeps them for every paper that
worker runs. The workers read the papers and write the parts themselves, so
they must see the input and output folders at the same paths as the driver
(one machine, or a shared filesystem); the scheduler and the workers must
import the same pipeline code and read the same dictionaries
(``PYTHONPATH=<checkout> dask scheduler`` and ``... dask worker ADDRESS
--nthreads 1``), which is checked before any paper is sent.

Each paper's time budget acts inside its task (``guard.time_budget``, as an
asynchronous exception in the worker's task thread); a paper that takes its
worker down (more than once: ``KilledWorker``) is given to ``lost`` like a
paper whose local worker died. A worker that cannot write its paper's parts
raises ``OutputError``, which stops the run.
"""
from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from .. import config
from ..records import PipelineError

# Seconds to wait for the scheduler to answer and for its first worker.
DASK_CONNECT_TIMEOUT = 30


def dask_outcomes(todo: list, out_dir: Path, scheduler: str | None, work: functools.partial,
                  lost: Callable) -> Iterator:
    """Outcomes of ``work(paper)`` (``process_paper`` with the run's settings) for
    ``todo``, in the order they finish; the workers write into ``out_dir`` as resolved here."""
    try:
        from dask.distributed import Client, KilledWorker
        from dask.distributed import as_completed as dask_completed
    except ImportError as exc:  # pragma: no cover - dask is a declared dependency
        raise PipelineError("--executor dask needs the 'distributed' package: pip install 'dask[distributed]'") from exc
    if not scheduler:
        raise PipelineError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    if not todo:
        return
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise PipelineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        try:
            client.wait_for_workers(1, timeout=DASK_CONNECT_TIMEOUT)
        except TimeoutError as exc:
            raise PipelineError(f"the Dask scheduler at {scheduler} has no workers "
                                f"(start some with `dask worker {scheduler}`)") from exc
        _check_cluster(client, scheduler)
        client.register_plugin(_resources_plugin())  # a broken dictionary on a worker raises here
        # Workers open the papers and write the parts themselves: send paths that mean the same there.
        resolved = [replace(paper, path=paper.path.resolve()) for paper in todo]
        work = functools.partial(work, out_dir=out_dir.resolve())
        futures = client.map(work, resolved, pure=False)
        papers = {future.key: paper for future, paper in zip(futures, resolved)}
        completed = dask_completed(futures)
        del futures  # as_completed lets go of each future once it has yielded it
        for future in completed:
            paper = papers.pop(future.key)
            try:
                outcome = future.result()
            except KilledWorker as exc:
                outcome = lost(paper, "error", f"the Dask worker reading it died: {exc}", "unknown")
            except PipelineError:
                raise  # the output cannot be written: the run stops
            except Exception as exc:  # the task could not run or come back (e.g. not picklable)
                outcome = lost(paper, "error", f"the Dask task failed: {type(exc).__name__}: {exc}", "unknown")
            future.release()
            yield outcome


def _resources_plugin():
    """A Dask worker plugin that loads the resources when it is registered on a worker."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadResources(WorkerPlugin):
        name = "cytokine-triples-resources"

        async def setup(self, worker):
            # In a thread, so the worker keeps answering the scheduler while jieba loads.
            await asyncio.to_thread(warm_worker)

    return LoadResources()


def warm_worker() -> None:
    """What a Dask worker loads when it joins, before any paper: the dictionaries and jieba
    (``warm_resources``) and spaCy's English pipeline. It cannot know which papers it will be
    sent, and a paper must not spend its time budget loading a reader (as the local pool's
    ``warm_readers`` sees to)."""
    from .batch import warm_resources
    from .warm import warm_english

    warm_resources()
    warm_english()


def _check_cluster(client, scheduler: str) -> None:
    """Refuse a cluster that cannot import the pipeline, or whose scheduler or workers run
    other code or dictionaries than this driver, whose versions the manifest records.

    The scheduler unpickles the tasks, so it needs the pipeline too, not only the workers."""
    from .batch import versions

    here = versions()
    try:
        there = {f"scheduler {scheduler}": client.run_on_scheduler(versions),
                 **{f"worker {address}": v for address, v in client.run(versions).items()}}
    except ImportError as exc:
        raise PipelineError(f"the Dask cluster at {scheduler} cannot import the pipeline ({exc}): start its "
                            f"scheduler and workers where `import pipeline` works, e.g. with "
                            f"PYTHONPATH={config.ROOT}") from exc
    for who, theirs in there.items():
        if theirs != here:
            raise PipelineError(f"Dask {who} runs pipeline {theirs['pipeline']} with dictionaries "
                                f"{theirs['dictionaries']}, but this driver runs {here['pipeline']} with "
                                f"{here['dictionaries']}: start the cluster from the same checkout")
