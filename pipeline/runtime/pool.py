"""The local executor: papers on worker processes that can be stopped.

Each worker is a forked process (it inherits the dictionaries and jieba
that the driver loaded) that takes one paper at a time from its pipe, runs
the per-paper function on it, tells the driver each stage the paper enters,
and sends back the outcome. The driver gives a paper to each idle worker and
keeps the rest as paths, so no more papers than workers are in flight and
the driver's memory does not grow with the corpus.

The paper's own time budget (``guard.time_budget``) stops it inside the
worker. A worker that has not answered ``KILL_GRACE`` seconds after the
budget (stuck in native code that ignores it) is killed; a worker that dies
(the system killed it for memory, native code crashed) is replaced. Either
way its paper is given to ``lost`` (which writes its ``timeout`` or
``error`` row and names the stage it was in) and the others go on.

Each worker's address space is limited to ``memory_limit`` bytes
(``RLIMIT_AS``), the memory budget of one paper: a paper that would take more
(a PDF whose font widths claim billions of characters, say) fails with
``MemoryError`` inside its worker, an ``error`` naming the stage, instead of
taking the machine's memory from the other workers.

A worker whose paper cannot be written (disk full) sends ``fatal``: the run
itself cannot go on, and ``OutputError`` stops it.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
import ctypes
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from .guard import STAGE_WORDS
from ..store.manifest import OutputError

# Seconds past a paper's time budget before its worker is killed: time for
# the budget to act inside the worker and for the worker to write the row.
KILL_GRACE = 15.0


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    paper: object = None
    started: float = 0.0
    stage: str = "start"


def pool_outcomes(todo: list, workers: int, work: Callable, lost: Callable, timeout: float | None,
                  initializer: Callable[[], None] | None = None, memory_limit: int | None = None) -> Iterator:
    """Outcomes of ``work(paper, listener)`` for every paper of ``todo``, in the order they finish.

    ``lost(paper, status, message, stage)`` makes the outcome of a paper whose
    worker was killed or died."""
    papers = iter(todo)
    context = multiprocessing.get_context("fork")
    start = functools.partial(_start, context, work, initializer, memory_limit)
    pool = [start() for _ in range(min(workers, len(todo)))]
    try:
        for worker in pool:
            _assign(worker, next(papers, None))
        while any(w.paper is not None for w in pool):
            busy = [w for w in pool if w.paper is not None]
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=_next_deadline(busy, timeout))
            for i, worker in enumerate(pool):
                if worker.paper is None:
                    continue
                outcome = _answer(worker, timeout, lost)
                if outcome is None:
                    continue
                paper = next(papers, None)
                if paper is not None and not worker.process.is_alive():
                    worker.conn.close()
                    worker = pool[i] = start()
                _assign(worker, paper)
                yield outcome
    finally:
        for worker in pool:
            _stop(worker)


def _answer(worker: _Worker, timeout: float | None, lost: Callable):
    """The outcome of the worker's paper if it has one by now, else None."""
    try:
        while worker.conn.poll():
            kind, value = worker.conn.recv()
            if kind == "stage":
                worker.stage = value
            elif kind == "done":
                return value
            elif kind == "fatal":
                raise OutputError(value)
    except (EOFError, OSError):
        pass  # the worker died: its sentinel says so below
    if not worker.process.is_alive():
        worker.process.join()
        return _lost(worker, lost, "error", f"the worker process reading it died ({_exit(worker.process)})")
    if timeout and time.monotonic() > worker.started + timeout + KILL_GRACE:
        worker.process.kill()
        worker.process.join()
        return _lost(worker, lost, "timeout", f"stopped after the paper timeout of {timeout:g} s "
                                              f"(its worker did not answer and was killed)")
    return None


def _lost(worker: _Worker, lost: Callable, status: str, why: str):
    paper, stage = worker.paper, worker.stage
    worker.paper = None
    return lost(paper, status, f"{why}, while {STAGE_WORDS.get(stage, stage)}", stage)


def _exit(process: multiprocessing.Process) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        hint = ": out of memory?" if -code == signal.SIGKILL else ""
        return f"killed by {name}{hint}"
    return f"exit code {code}"


def _next_deadline(busy: list[_Worker], timeout: float | None) -> float | None:
    if not timeout:
        return None
    soonest = min(w.started for w in busy) + timeout + KILL_GRACE
    return max(0.0, soonest - time.monotonic()) + 0.05


def _start(context, work: Callable, initializer, memory_limit: int | None) -> _Worker:
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child, work, initializer, memory_limit), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


def _assign(worker: _Worker, paper) -> None:
    worker.paper, worker.started, worker.stage = paper, time.monotonic(), "start"
    if paper is not None:
        worker.conn.send(paper)


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        try:
            worker.conn.send(None)
        except OSError:
            pass
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
    worker.conn.close()


def _die_with_parent() -> None:
    """Have the system kill this worker when the driver dies (``kill -9`` of the
    run): an orphan would go on writing parts no manifest will record."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    driver = multiprocessing.parent_process()
    if driver is not None and os.getppid() != driver.pid:  # the driver died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _serve(conn: Connection, work: Callable, initializer, memory_limit: int | None) -> None:
    """A worker: papers from ``conn`` until it sends None or closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the driver stops the workers on Ctrl-C
    _die_with_parent()
    if memory_limit:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_limit if hard == resource.RLIM_INFINITY else min(memory_limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    if initializer is not None:
        initializer()
    while True:
        try:
            paper = conn.recv()
        except (EOFError, OSError):
            return
        if paper is None:
            return
        try:
            outcome = work(paper, listener=lambda stage: conn.send(("stage", stage)))
        except OutputError as exc:
            conn.send(("fatal", str(exc)))
            return
        conn.send(("done", outcome))
