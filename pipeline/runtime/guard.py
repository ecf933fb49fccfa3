"""The time budget of one paper, and the stage it is in.

``time_budget(seconds)`` raises ``PaperTimeout`` in the thread that reads
the paper once ``seconds`` have passed:

* in a process's main thread (a worker of the local pool, or a run with one
  worker) through ``SIGALRM``, which also stops a regular expression that
  runs long;
* in any other thread (a Dask worker runs its tasks in threads) as an
  asynchronous exception, delivered at the thread's next Python instruction.

Native code that never returns to Python is interrupted by neither: the
local pool's driver kills such a worker a little later (``pool.py``); a
Dask task cannot be stopped from outside and so ends late.

``PaperTimeout`` derives from ``BaseException``: a library's ``except
Exception`` (pdfminer has several) must not swallow it.

``Stages`` records the stage a paper is in (``read``, ``segment``,
``mentions``, ``relations``, ``write``) for its error message, and tells a
listener at each change: the pool's driver, which names the stage of a
worker it had to kill.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# What a paper was doing, for messages: "stopped while reading".
STAGE_WORDS = {
    "start": "starting",
    "read": "reading the file",
    "segment": "splitting sentences",
    "mentions": "finding names",
    "relations": "reading relations",
    "write": "writing its rows",
}


class PaperTimeout(BaseException):
    """A paper ran past its time budget (raised inside the paper's thread)."""


class Stages:
    """The current stage of one paper; ``stages("read")`` enters one."""

    def __init__(self, listener: Callable[[str], None] | None = None) -> None:
        self.current = "start"
        self._listener = listener

    def __call__(self, name: str) -> None:
        self.current = name
        if self._listener is not None:
            self._listener(name)

    @property
    def words(self) -> str:
        return STAGE_WORDS.get(self.current, self.current)


REPEAT_AFTER = 0.05  # seconds between a swallowed timeout and the next one


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``PaperTimeout`` in this thread after ``seconds`` (none: no budget)."""
    if not seconds:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _async_raise_after(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expired(signum, frame):
        # again and again until the budget is left: code that swallows the exception (a garbage
        # collector callback, a library's bare ``except``) must not let the paper run on unbounded
        signal.setitimer(signal.ITIMER_REAL, REPEAT_AFTER)
        raise PaperTimeout(f"time budget of {seconds:g} s exceeded")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _async_raise_after(seconds: float) -> Iterator[None]:
    """A timer thread that raises ``PaperTimeout`` in this thread, and again every
    ``REPEAT_AFTER`` seconds until the paper is left (an asynchronous exception that
    lands in a callback whose errors are ignored, such as a garbage collector's, is
    lost, as the alarm's is); on leaving, a timeout that fired but was not yet
    delivered is withdrawn, so that it cannot surface outside the paper."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state: dict = {"fired": False, "left": False, "timer": None}

    def arm(after: float) -> None:
        timer = threading.Timer(after, expire)
        timer.daemon = True
        state["timer"] = timer
        timer.start()

    def expire() -> None:
        with lock:
            if not state["left"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(PaperTimeout))
                arm(REPEAT_AFTER)

    with lock:
        arm(seconds)
    try:
        yield
    finally:
        with lock:
            state["left"] = True
            state["timer"].cancel()
            if state["fired"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
