"""Which papers to (re)process, on which executor, and what the output folder records.

The output folder mirrors the inputs of the last run: one part per paper in
every table, ``claims.parquet`` derived from all the triples parts at the
end of every run (``claims.py``), and the manifest (``manifest.py``)
recording, for each paper, its content hash, the versions of the code and
dictionaries that produced its parts, its status and a checksum of each
part. A paper is processed again when one of those changed, when one of its
parts is missing or damaged (rebuilt), or when it ran out of time last
time; a paper no longer among the inputs has its parts removed. Parts are
written by the worker that processed the paper (``paper.py``), so the driver
holds only counts, and memory stays flat however many papers there are.

One bad paper never stops the batch: its failure is its status
(``paper.py``), and a paper past its time budget (``--paper-timeout``) is
stopped (``guard.py``; the local pool kills a worker that does not stop,
``pool.py``). Only a failure of the run itself stops it, as
``OutputError``: the output folder cannot be written (disk full, read-only,
a file where the folder should be) or another run holds it (its lock).

Nothing is lost in silence: a folder or file that cannot be read now is
reported and the rows it had are kept; two names with the same content are
reported and the content read once; an output folder inside an input folder
(whose parts would become inputs) is refused.

Executors: ``local`` runs papers on a pool of forked worker processes
(``--workers``; one worker runs in this process); ``dask`` sends the same
per-paper function to a Dask distributed cluster (``dask_executor.py``).
"""
from __future__ import annotations

import functools
import hashlib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__, config
from ..store.claims import CLAIMS_FILE, update_claims
from ..store.manifest import (
    Journal,
    OutputError,
    journal_pending,
    output_error,
    output_lock,
    read_manifest,
    verify_file,
    verify_parts,
    write_manifest,
)
from .paper import PDF_CACHE, PaperInput, PaperOutcome, extract, process_paper, write_failure
from ..reading.read import SUPPORTED_SUFFIXES
from ..records import PipelineError
from ..store.tables import TABLES, clear_stale_temporaries, file_digest, remove_parts
from .warm import fewer_collections, frozen_for_fork, warm_readers

# A few minutes: a long review takes seconds; a paper past this is stuck.
DEFAULT_PAPER_TIMEOUT = 300.0
# Gigabytes of address space a worker may use for one paper: a 50 MB text
# needs less than 2 GB (see budget.py and paper.extract_into).
DEFAULT_PAPER_MEMORY = 6.0

__all__ = ["DEFAULT_PAPER_MEMORY", "DEFAULT_PAPER_TIMEOUT", "PaperInput", "PaperOutcome", "RunSummary", "extract", "find_inputs",
           "plan", "process_paper", "read_manifest", "run", "versions"]


@dataclass
class RunSummary:
    processed: list[PaperOutcome] = field(default_factory=list)
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    still_failing: list[PaperOutcome] = field(default_factory=list)  # unchanged, and unreadable last time
    kept: list[tuple[str, str]] = field(default_factory=list)  # (source or folder, why): unreadable now, rows kept
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, the source it repeats)
    rebuilt: list[str] = field(default_factory=list)  # damaged or missing parts found, and rebuilt
    n_claims: int = 0
    n_contested: int = 0

    @property
    def failures(self) -> list[PaperOutcome]:
        return [o for o in self.processed if o.status != "ok"] + self.still_failing

    @property
    def complete(self) -> bool:
        """Every paper was read and nothing had to be kept from the last run."""
        return not self.failures and not self.kept

    def line(self) -> str:
        ok = [o for o in self.processed if o.status == "ok"]
        text = (f"{len(ok)} papers processed, {self.unchanged} unchanged, {self.removed} removed; "
                f"{sum(o.n_sentences for o in ok)} sentences, {sum(o.n_mentions for o in ok)} mentions, "
                f"{sum(o.n_triples for o in ok)} triples; {self.n_claims} claims ({self.n_contested} contested) "
                f"in all; {self.seconds:.1f} s")
        if self.failures:
            text += "; failed: " + ", ".join(f"{o.source} ({o.status})" for o in self.failures)
        if self.kept:
            text += "; could not be read, last run's rows kept: " + ", ".join(s for s, _ in self.kept)
        if self.duplicates:
            text += "; duplicates, read once: " + ", ".join(f"{s} (= {same})" for s, same in self.duplicates)
        if self.rebuilt:
            text += f"; {len(self.rebuilt)} damaged or missing parts rebuilt"
        return text


# --- inputs ----------------------------------------------------------------

@dataclass(frozen=True)
class Inputs:
    papers: list[PaperInput]
    unreadable: list[tuple[str, str]]  # (folder as a source prefix, message): folders that cannot be listed


def find_inputs(inputs: list[Path]) -> list[PaperInput]:
    """The papers named by ``inputs`` (files, or folders searched recursively)."""
    return scan_inputs(inputs).papers


def scan_inputs(inputs: list[Path]) -> Inputs:
    """The papers named by ``inputs``, and the folders among them that cannot be read.

    Every file in a folder is an input, whatever its extension, so that an
    unsupported file is reported rather than silently ignored; hidden files
    and folders and the folder's README are skipped; symbolic links to
    folders are not followed. A name whose bytes are not UTF-8 is stored with
    those bytes escaped (``caf\\xe9.txt``).
    """
    found: list[PaperInput] = []
    unreadable: list[tuple[str, str]] = []
    for item in inputs:
        if item.is_dir():
            def listing_failed(exc: OSError, root: Path = item) -> None:
                rel = _display(Path(exc.filename).relative_to(root).as_posix()) if exc.filename else "."
                unreadable.append((rel, f"{_display(str(exc.filename))}: cannot read the folder: "
                                        f"{exc.strerror or exc}"))

            for folder, subfolders, files in os.walk(item, onerror=listing_failed):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in files:
                    path = Path(folder) / name
                    if name.startswith(".") or name.lower().startswith("readme"):
                        continue
                    if path.is_file() or (path.is_symlink() and not path.exists()):  # a broken link is reported
                        found.append(PaperInput(path, _display(path.relative_to(item).as_posix())))
        elif item.is_file():
            found.append(PaperInput(item, _display(item.name)))
        else:
            raise PipelineError(f"{_display(str(item))}: no such file or folder")
    seen: dict[str, Path] = {}
    for p in found:
        if p.source in seen:
            raise PipelineError(f"{_display(str(p.path))} and {_display(str(seen[p.source]))} would both be stored "
                                f"as {p.source!r}; rename one or run them into different output folders")
        seen[p.source] = p.path
    return Inputs(sorted(found, key=lambda p: p.source), unreadable)


def _display(name: str) -> str:
    """A file name as valid UTF-8: bytes that are not UTF-8 escaped (``\\xe9``)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_output_place(inputs: list[Path], out_dir: Path) -> None:
    """Refuse an output folder inside an input folder (its parts would be read
    as papers by the next run) or an input inside the output folder."""
    out = out_dir.resolve()
    for item in inputs:
        source = item.resolve()
        if item.is_dir() and (out == source or source in out.parents):
            raise PipelineError(f"--out {out_dir} is inside the input folder {item}: its tables would be read "
                                f"as papers; write the output elsewhere")
        if out in source.parents:
            raise PipelineError(f"the input {item} is inside the output folder {out_dir}; "
                                f"keep papers and output apart")
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: cannot write: it is a file, and --out needs a folder")


# --- the plan --------------------------------------------------------------

def versions(min_confidence: float | None = None) -> dict[str, str]:
    """What an output part depends on besides the paper: code, confidence model, dictionaries,
    and the threshold under which triples are not written (default: the model's)."""
    from ..store.confidence import default_threshold

    return {"pipeline": __version__ + "+" + _tree_hash(Path(__file__).parent.parent, "*.py"),
            "model": _tree_hash(Path(__file__).parent.parent / "models", "*.json"),
            "dictionaries": _tree_hash(config.DICTIONARIES, "*"),
            "min_confidence": str(default_threshold() if min_confidence is None else min_confidence)}


def _tree_hash(folder: Path, pattern: str) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


@dataclass
class Plan:
    todo: list[PaperInput] = field(default_factory=list)
    unchanged: list[PaperInput] = field(default_factory=list)
    kept: list[tuple[PaperInput, str]] = field(default_factory=list)  # cannot be read now; last rows kept
    duplicates: list[tuple[PaperInput, str, str]] = field(default_factory=list)  # (paper, same as, sha256)
    rebuilt: list[str] = field(default_factory=list)  # what was wrong with the parts of a paper in todo


def plan(papers: list[PaperInput], manifest: dict, current: dict[str, str], out_dir: Path):
    """Split papers into those to process and those whose output is current."""
    p = make_plan(papers, manifest, current, out_dir)
    return p.todo, p.unchanged


def make_plan(papers: list[PaperInput], manifest: dict, current: dict[str, str], out_dir: Path) -> Plan:
    """What to do with each paper (see ``Plan``); reads every paper once to hash it."""
    entries = manifest.get("papers", {})
    hashes = {paper.source: _hash(paper.path) for paper in papers}
    primary = _primaries(papers, hashes, entries)
    result = Plan()
    for paper in papers:
        sha, problem = hashes[paper.source]
        entry = entries.get(paper.source) or {}
        if sha is None:
            if entry.get("status") == "ok" and not verify_parts(out_dir, paper.key, entry.get("parts")):
                result.kept.append((paper, problem))
            else:
                result.todo.append(paper)  # its worker records why it cannot be read
        elif primary.get(sha, paper.source) != paper.source:
            result.duplicates.append((paper, primary[sha], sha))
        elif (entry.get("key") == paper.key and entry.get("sha256") == sha and entry.get("versions") == current
              and not entry.get("retry") and entry.get("status") != "duplicate"):
            damage = verify_parts(out_dir, paper.key, entry.get("parts"))
            if damage:
                result.rebuilt.append(damage)
                result.todo.append(paper)
            else:
                result.unchanged.append(paper)
        else:
            result.todo.append(paper)
    return result


def _primaries(papers: list[PaperInput], hashes: dict, entries: dict) -> dict[str, str]:
    """For each content hash held by several papers, the one whose rows stand
    for all: the one already processed, else the first by name. Empty files
    are not duplicates of each other (each is reported as empty)."""
    by_sha: dict[str, list[str]] = {}
    for paper in papers:
        sha = hashes[paper.source][0]
        if sha is not None and sha != _EMPTY_SHA256:
            by_sha.setdefault(sha, []).append(paper.source)
    primary = {}
    for sha, sources in by_sha.items():
        if len(sources) > 1:
            done = [s for s in sources if (entries.get(s) or {}).get("sha256") == sha
                    and (entries.get(s) or {}).get("status") != "duplicate"]
            primary[sha] = (done or sources)[0]
    return primary


_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def _hash(path: Path) -> tuple[str | None, str]:
    """The file's SHA-256 (read in chunks), or None and why it cannot be read."""
    try:
        return file_digest(path)[1], ""
    except OSError as exc:
        return None, f"{_display(str(path))}: cannot read the file: {exc.strerror or exc}"


# --- the run ---------------------------------------------------------------

def run(inputs: list[Path], out_dir: Path, workers: int | None = None, executor: str = "local",
        scheduler: str | None = None, progress: bool | None = None,
        paper_timeout: float | None = DEFAULT_PAPER_TIMEOUT, paper_memory: float | None = None,
        min_confidence: float | None = None) -> RunSummary:
    """Bring ``out_dir`` up to date with ``inputs``; see the module docstring.
    Triples below ``min_confidence`` (default: the confidence model's threshold) are not written.

    ``paper_memory`` (gigabytes) limits each worker of the local pool; with
    it, even one worker runs in its own process, so that a paper past the
    budget costs only its worker."""
    with fewer_collections():  # warm.py: a paper makes millions of short-lived records
        return _run(inputs, out_dir, workers, executor, scheduler, progress, paper_timeout, paper_memory,
                    min_confidence)


def _run(inputs: list[Path], out_dir: Path, workers, executor, scheduler, progress, paper_timeout,
         paper_memory, min_confidence) -> RunSummary:
    t0 = time.perf_counter()
    from ..store.confidence import default_threshold
    from .resources import load_resources

    _check_options(executor, workers, scheduler, paper_timeout, paper_memory)
    load_resources()  # validate the dictionaries before any output is touched
    check_output_place(inputs, out_dir)
    found = scan_inputs(inputs)
    if not found.papers and not found.unreadable:
        raise PipelineError(f"{', '.join(map(str, inputs))}: no papers found "
                            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(out_dir, exc) from exc
    min_confidence = default_threshold() if min_confidence is None else min_confidence
    with output_lock(out_dir):
        summary = _run_locked(found, out_dir, workers, executor, scheduler, progress, paper_timeout, paper_memory,
                              min_confidence)
    summary.seconds = time.perf_counter() - t0
    return summary


def _check_options(executor: str, workers: int | None, scheduler: str | None, paper_timeout: float | None,
                   paper_memory: float | None) -> None:
    if executor not in ("local", "dask"):
        raise PipelineError(f"unknown executor {executor!r} (local or dask)")
    if executor == "dask" and workers is not None:
        raise PipelineError("--workers sets the size of the local process pool; with --executor dask the "
                            "cluster's workers do the work (e.g. `dask worker ADDRESS --nworkers N --nthreads 1`)")
    if executor == "dask" and not scheduler:
        raise PipelineError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    if paper_timeout is not None and paper_timeout < 0:
        raise PipelineError(f"--paper-timeout must be positive (0: no limit), got {paper_timeout:g}")
    if paper_memory is not None and paper_memory < 0:
        raise PipelineError(f"--paper-memory must be positive (0: no limit), got {paper_memory:g}")


def _run_locked(found: Inputs, out_dir: Path, workers, executor, scheduler, progress, paper_timeout,
                paper_memory, min_confidence: float) -> RunSummary:
    clear_stale_temporaries(out_dir)
    claims_stale = journal_pending(out_dir)
    manifest = read_manifest(out_dir)
    current = versions(min_confidence)
    the_plan = make_plan(found.papers, manifest, current, out_dir)
    entries = {source: entry for source, entry in manifest.get("papers", {}).items()
               if _under(source, found.unreadable)}  # what a folder that cannot be read now had: kept
    summary = RunSummary(unchanged=len(the_plan.unchanged), rebuilt=the_plan.rebuilt)
    summary.kept = [(f"{folder}/", why) for folder, why in found.unreadable]
    summary.kept += [(p.source, why) for p, why in the_plan.kept]
    for paper in the_plan.unchanged + [p for p, _ in the_plan.kept]:
        entries[paper.source] = manifest["papers"][paper.source]
    summary.still_failing = [_outcome_of(p.source, entries[p.source]) for p in the_plan.unchanged
                             if entries[p.source].get("status", "ok") != "ok"]
    for paper, same_as, sha in the_plan.duplicates:
        entries[paper.source] = {"key": paper.key, "sha256": sha, "status": "duplicate", "same_as": same_as,
                                 "error": f"{paper.source}: same content as {same_as}, whose rows stand for both",
                                 "versions": current}
        summary.duplicates.append((paper.source, same_as))
    live_keys = {p.key for p in the_plan.todo + the_plan.unchanged + [p for p, _ in the_plan.kept]}
    live_keys |= {e.get("key") for e in entries.values()}
    summary.removed = _remove_stale_parts(out_dir, live_keys - {p.key for p, _, _ in the_plan.duplicates})
    _report_plan(summary)

    if the_plan.todo and executor == "local":
        warm_readers([p.path for p in the_plan.todo])  # before the pool forks: its workers inherit them
    journal = Journal(out_dir)
    finished = False
    try:
        work = functools.partial(process_paper, out_dir=out_dir, timeout=paper_timeout or None,
                                 min_confidence=min_confidence)
        for outcome in _outcomes(the_plan.todo, out_dir, workers, executor, scheduler, work, paper_memory, progress):
            summary.processed.append(outcome)
            entries[outcome.source] = _entry(outcome, current)
            journal.commit(outcome.source, entries[outcome.source])
        changed = bool(the_plan.todo) or bool(summary.removed) or claims_stale
        summary.n_claims, summary.n_contested, claims_record = _claims_after(out_dir, changed, manifest.get("claims"))
        updated = {"versions": current, "papers": entries, "claims": claims_record}
        if updated != {key: manifest.get(key) for key in updated}:  # a run that changed nothing leaves it
            write_manifest(out_dir, updated)
        finished = True
    finally:
        journal.close(remove=finished)
    _prune_pdf_cache(out_dir, {entry["sha256"] for entry in entries.values()})
    return summary


def _under(source: str, folders: list[tuple[str, str]]) -> bool:
    return any(folder == "." or source.startswith(folder.rstrip("/") + "/") for folder, _ in folders)


def _entry(outcome: PaperOutcome, current: dict[str, str]) -> dict:
    entry = {"key": outcome.key, "sha256": outcome.sha256, "status": outcome.status, "error": outcome.error,
             "versions": current, "parts": outcome.parts}
    if outcome.stage and outcome.status != "ok":
        entry["stage"] = outcome.stage
    if outcome.retry:
        entry["retry"] = True
    return entry


def _outcome_of(source: str, entry: dict) -> PaperOutcome:
    return PaperOutcome(source, entry.get("key", ""), entry.get("sha256", ""), entry.get("status", "ok"),
                        entry.get("error"), stage=entry.get("stage"))


def _report_plan(summary: RunSummary) -> None:
    """What the run found before processing anything, one line each, on stderr."""
    for what, why in summary.kept:
        print(f"warning: {why}; the rows of {what} from the last run are kept", file=sys.stderr)
    for source, same_as in summary.duplicates:
        print(f"note: {source} has the same content as {same_as}: read once, as {same_as}", file=sys.stderr)
    for damage in summary.rebuilt:
        print(f"warning: {damage}: its paper is processed again", file=sys.stderr)


def _outcomes(todo, out_dir: Path, workers, executor, scheduler, work, paper_memory, progress):
    """Outcomes of ``work(paper, listener=None)`` (``process_paper`` with the run's
    settings) for ``todo``, from the chosen executor, shown as they come."""
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress(len(todo), show)
    lost = functools.partial(_lost, out_dir=out_dir)
    if executor == "dask":
        from .dask_executor import dask_outcomes

        outcomes = dask_outcomes(todo, out_dir, scheduler, work, lost)
    else:
        memory = int(paper_memory * 2**30) if paper_memory else None
        outcomes = _local_outcomes(todo, workers, work, lost, memory)
    for outcome in outcomes:
        bar(outcome)
        yield outcome


def _lost(paper: PaperInput, status: str, why: str, stage: str, out_dir: Path) -> PaperOutcome:
    """The outcome of a paper whose worker was killed or died; the next run tries it again."""
    return write_failure(paper, out_dir, status, f"{paper.source}: {why}", stage, retry=True)


def _claims_after(out_dir: Path, changed: bool, record: dict | None) -> tuple[int, int, dict]:
    """Rebuild the claims table when ``changed`` (a part was written or removed
    in this run, or a killed run left its journal) or when it is missing or
    not as written; otherwise it already agrees with the triples. Returns the
    number of claims, of contested ones, and the table's record for the manifest."""
    path = out_dir / CLAIMS_FILE
    damage = verify_file(path, record)
    if damage and not changed and path.exists():
        print(f"warning: {damage}: rebuilt", file=sys.stderr)
    contested = None
    if not changed and not damage:
        try:
            contested = pq.read_table(path, columns=["contested"]).column("contested").to_pylist()
        except (OSError, pa.ArrowException):
            contested = None
    if contested is None:
        try:
            claims = update_claims(out_dir, dictionary_types())
        except OSError as exc:
            raise output_error(path, exc) from exc
        contested = [c.contested for c in claims]
    size, digest = file_digest(path)
    return len(contested), sum(contested), {"bytes": size, "sha256": digest}


def dictionary_types() -> dict[str, str]:
    """The type of every concept of the dictionary, for the claims table."""
    from .resources import load_resources

    return {cid: concept.type for cid, concept in load_resources().lexicon.concepts.items()}


def _remove_stale_parts(out_dir: Path, keys: set[str]) -> int:
    """Remove the parts of papers that are no longer among the inputs (nor
    kept, nor duplicates): in every table, so that no orphan part is left."""
    stale = {p.stem.removeprefix("part-") for name in TABLES
             for p in (out_dir / name).glob("part-*.parquet")} - keys
    for key in stale:
        remove_parts(out_dir, key)
    return len(stale)


def _prune_pdf_cache(out_dir: Path, current: set[str]) -> None:
    """Forget the cached readings of PDFs that are no longer among the inputs."""
    for path in (out_dir / PDF_CACHE).glob("*.parquet"):
        if path.name.split("-v")[0] not in current:
            path.unlink(missing_ok=True)


# --- the local executor ----------------------------------------------------

def _local_outcomes(todo: list[PaperInput], workers: int | None, work, lost, memory: int | None = None):
    """Outcomes of ``todo`` in the order they finish: in this process for one
    worker (or one paper) without a memory budget, else on a pool of
    ``workers`` processes (``pool.py``)."""
    from .pool import pool_outcomes

    if not todo:  # nothing to do: no pool, and no dictionaries or jieba model loaded for it
        return
    workers = min(workers or cpu_count(), len(todo))
    if workers <= 1 and not memory:
        for paper in todo:
            yield work(paper)
        return
    warm_resources()  # once here: the forked workers inherit it
    with frozen_for_fork():
        yield from pool_outcomes(todo, workers, work, lost, work.keywords["timeout"], initializer=_init_worker,
                                 memory_limit=memory)


def cpu_count() -> int:
    """The cores this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _init_worker() -> None:
    warm_resources()


def warm_resources() -> None:
    """Load, in this process, everything a paper needs: the dictionaries, the
    matcher and jieba's segmenter and tagger (whose model loads lazily, on the
    first sentence otherwise)."""
    from .resources import load_resources

    resources = load_resources()
    resources.segmenter  # noqa: B018 - cached properties; touching them loads jieba's model now
    resources.tagger  # noqa: B018


def _progress(total: int, show: bool):
    """A progress bar on a terminal, plain lines otherwise."""
    if show and total:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="paper", file=sys.stderr)

        def tick(outcome: PaperOutcome) -> None:
            bar.update(1)
            if outcome.status != "ok":
                bar.write(f"failed: {outcome.error}")
            if bar.n == total:
                bar.close()
        return tick

    def line(outcome: PaperOutcome) -> None:
        if outcome.status == "ok":
            print(f"ok {outcome.source}: {outcome.n_sentences} sentences, {outcome.n_mentions} mentions, "
                  f"{outcome.n_triples} triples ({outcome.seconds:.2f} s)", file=sys.stderr)
        else:
            print(f"failed {outcome.error}", file=sys.stderr)
    return line
