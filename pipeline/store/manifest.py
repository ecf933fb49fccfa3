"""The output folder's own records: the manifest, its journal, checks of the parts, the lock.

``_manifest.json`` records, for each paper (by its ``source`` name): the
part key, the content hash, the versions of the code and dictionaries that
made its parts, its status (and message and stage), and for each table its
part's rows, bytes and SHA-256. A run appends one line to ``_journal.jsonl``
as each paper's parts are committed (one ``write`` of a whole line, so a
killed run leaves at most a torn last line, which is ignored), and at its
end writes the manifest atomically and removes the journal. A run that was
killed is thus continued by the next one, which replays the journal and
processes only the papers that were not committed.

Before a paper is taken as unchanged, its parts are checked against the
manifest (``verify_parts``): a part that is missing, or whose size or
SHA-256 differs (emptied, truncated, overwritten), is reported and the paper
processed again, so its part is rebuilt.

``output_lock`` keeps a second run out of the folder while one is running:
an exclusive ``flock`` on ``_lock``, which the system releases when the
holding process ends however it ends, so a lock left by a killed run is
stale by construction and the next run takes it (and says so). A forked
worker closes its copy of the lock's descriptor at once, so that a worker
outliving a killed driver does not hold the folder.
"""
from __future__ import annotations

import datetime
import errno
import fcntl
import json
import os
import socket
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..records import PipelineError
from .tables import file_digest, part_path, publish

MANIFEST = "_manifest.json"
JOURNAL = "_journal.jsonl"
LOCK = "_lock"


class OutputError(PipelineError):
    """The run itself cannot go on: the output folder cannot be written (not a
    folder, no permission, disk full) or is in use by another run."""


class OutputBusy(OutputError):
    """Another run holds the output folder's lock."""


# --- the manifest and its journal ----------------------------------------------

def read_manifest(out_dir: Path) -> dict:
    """The manifest with the journal of an unfinished run replayed onto it:
    ``{"papers": {source: entry}, ...}`` (empty for a new folder)."""
    manifest: dict = {}
    path = out_dir / MANIFEST
    if path.exists():
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # a damaged manifest costs a full rerun, never the run
            print(f"warning: {path}: cannot be read ({exc}); every paper is processed again", file=sys.stderr)
            manifest = {}
    papers = manifest.setdefault("papers", {})
    for record in _journal_records(out_dir / JOURNAL):
        if record.get("entry") is None:
            papers.pop(record.get("source"), None)
        else:
            papers[record["source"]] = record["entry"]
    return manifest


def _journal_records(path: Path) -> Iterator[dict]:
    try:
        lines = path.read_bytes().splitlines()
    except FileNotFoundError:
        return
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:  # the torn last line of a killed run
            continue
        if isinstance(record, dict) and isinstance(record.get("source"), str):
            yield record


def journal_pending(out_dir: Path) -> bool:
    """A killed run left committed papers in the journal (the claims may not know them)."""
    return (out_dir / JOURNAL).exists()


class Journal:
    """Appends one line per committed paper, each in one ``write``."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JOURNAL
        self._fd: int | None = None

    def commit(self, source: str, entry: dict | None) -> None:
        if self._fd is None:
            self._fd = _output_call(self.path, os.open, self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        line = json.dumps({"source": source, "entry": entry}, ensure_ascii=False, sort_keys=True) + "\n"
        data = line.encode("utf-8")
        written = _output_call(self.path, os.write, self._fd, data)
        if written != len(data):
            raise OutputError(f"{self.path}: short write ({written} of {len(data)} bytes): disk full?")

    def close(self, remove: bool) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if remove:
            self.path.unlink(missing_ok=True)


def write_manifest(out_dir: Path, manifest: dict) -> None:
    """Write the manifest atomically (a temporary file renamed into place)."""
    path = out_dir / MANIFEST
    fd, tmp = _output_call(path, tempfile.mkstemp, prefix=".tmp-manifest-", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)
        publish(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise output_error(path, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- checks of the parts --------------------------------------------------------

def verify_parts(out_dir: Path, key: str, parts: dict | None) -> str | None:
    """What is wrong with a paper's parts (missing, or not as written), or None."""
    if not parts:
        return "no record of its parts"
    for table, expected in sorted(parts.items()):
        path = part_path(out_dir, table, key)
        problem = verify_file(path, expected)
        if problem:
            return problem
    return None


def verify_file(path: Path, expected: dict | None) -> str | None:
    """``path`` is missing, or its size or SHA-256 is not what was written."""
    if not expected:
        return f"{path}: no record of it"
    try:
        size, digest = file_digest(path)
    except FileNotFoundError:
        return f"{path}: missing"
    except OSError as exc:
        return f"{path}: cannot be read ({exc.strerror or exc})"
    if size != expected.get("bytes"):
        return f"{path}: damaged ({size} bytes, {expected.get('bytes')} written)"
    if digest != expected.get("sha256"):
        return f"{path}: damaged (its checksum differs from the one written)"
    return None


# --- the lock ------------------------------------------------------------------

_HELD: set[int] = set()  # descriptors of the locks this process holds


def _close_held_in_child() -> None:
    for fd in _HELD:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


os.register_at_fork(after_in_child=_close_held_in_child)


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for this run; ``OutputBusy`` when another run does."""
    path = out_dir / LOCK
    while True:
        fd = _output_call(path, os.open, path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = _holder(fd)
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise OutputBusy(f"{out_dir}: another run is writing here ({holder}); wait for it to finish, "
                                 f"or give this run another --out") from exc
            raise output_error(path, exc) from exc
        # The file may have been removed by the run that held it, between our open and our lock.
        if _same_file(fd, path):
            break
        os.close(fd)
    left = _holder(fd)
    if left:
        print(f"note: {path}: taking over the lock left by a run that ended without releasing it ({left})",
              file=sys.stderr)
    _HELD.add(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "started": datetime.datetime.now().isoformat(timespec="seconds")}).encode())
        yield
    finally:
        path.unlink(missing_ok=True)
        _HELD.discard(fd)
        os.close(fd)  # closing releases the lock


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, 4096) or b"null")
    except (OSError, ValueError):
        return ""
    if not isinstance(info, dict):
        return ""
    return f"pid {info.get('pid')} on {info.get('host')}, started {info.get('started')}"


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


# --- errors of the output folder --------------------------------------------------

def output_error(path: Path, exc: OSError) -> OutputError:
    """An ``OSError`` while writing ``path`` as the run's error, in one line."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason += " (the disk is full)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason += " (the output folder cannot be written)"
    elif exc.errno in (errno.ENOTDIR, errno.EEXIST):
        reason += " (a file stands where a folder is needed)"
    return OutputError(f"{path}: cannot write: {reason}")


def _output_call(path: Path, fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except OSError as exc:
        raise output_error(path, exc) from exc


# Errors that mean the output cannot be written, wherever they happen.
OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
