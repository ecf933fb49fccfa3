"""Which papers to (re)process, on how many workers, and the manifest.

The output folder mirrors the inputs of the last run: one part per paper in
every table, ``claims.parquet`` derived from all the triples parts at the
end of every run (``claims.py``), and ``_manifest.json`` recording, for each
paper, the content hash and the versions of the code and dictionaries that
produced its part.
A paper is processed again only when one of those changed; a paper no
longer among the inputs has its parts removed. Parts are written by the
worker that processed the paper, so the driver holds only counts, and
memory stays flat however many papers there are.

Executors: ``local`` runs papers on a process pool (``--workers``), loading
the dictionaries and jieba once per worker, in the pool's initializer, and
keeping only a few papers in flight, so the driver's memory does not grow
with the corpus. ``dask`` sends the same per-paper function to a Dask
distributed cluster (``--scheduler ADDRESS``): a worker plugin loads the
dictionaries and jieba when a worker joins, and ``load_resources``'s
process-level cache keeps them for every paper that worker runs. The workers
read the papers and write the parts themselves, so they must see the input
and output folders at the same paths as the driver (one machine, or a shared
filesystem); the scheduler and the workers must import the same pipeline
code and read the same dictionaries (``PYTHONPATH=<checkout> dask scheduler``
and ``... dask worker ADDRESS --nthreads 1``), which is checked before any
paper is sent.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sys
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

import pyarrow.parquet as pq

from . import __version__, config
from .claims import CLAIMS_FILE, update_claims
from .read import SUPPORTED_SUFFIXES, doc_id_for, read_document
from .records import Document, PipelineError, UnreadableDocument
from .tables import clear_stale_temporaries, publish, remove_parts, write_parts

MANIFEST = "_manifest.json"
# Readings of PDFs by content hash (``pdf.py``): a PDF is parsed once, even
# when a new version of the code or dictionaries processes it again.
PDF_CACHE = Path("_cache") / "pdf"


@dataclass(frozen=True)
class PaperInput:
    path: Path
    source: str

    @property
    def key(self) -> str:
        """The part name of this paper: stable for its path, whatever its content."""
        return hashlib.sha1(self.source.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class PaperOutcome:
    source: str
    key: str
    sha256: str
    status: str
    error: str | None
    n_sentences: int = 0
    n_mentions: int = 0
    n_triples: int = 0
    n_chars: int = 0
    seconds: float = 0.0


@dataclass
class RunSummary:
    processed: list[PaperOutcome] = field(default_factory=list)
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    still_failing: list[PaperOutcome] = field(default_factory=list)  # unchanged, and unreadable last time
    n_claims: int = 0
    n_contested: int = 0

    @property
    def failures(self) -> list[PaperOutcome]:
        return [o for o in self.processed if o.status != "ok"] + self.still_failing

    def line(self) -> str:
        ok = [o for o in self.processed if o.status == "ok"]
        text = (f"{len(ok)} papers processed, {self.unchanged} unchanged, {self.removed} removed; "
                f"{sum(o.n_sentences for o in ok)} sentences, {sum(o.n_mentions for o in ok)} mentions, "
                f"{sum(o.n_triples for o in ok)} triples; {self.n_claims} claims ({self.n_contested} contested) "
                f"in all; {self.seconds:.1f} s")
        if self.failures:
            text += "; failed: " + ", ".join(f"{o.source} ({o.status})" for o in self.failures)
        return text


# --- inputs ----------------------------------------------------------------

def find_inputs(inputs: list[Path]) -> list[PaperInput]:
    """The papers named by ``inputs`` (files, or folders searched recursively).

    Every file in a folder is an input, whatever its extension, so that an
    unsupported file is reported rather than silently ignored; hidden files
    and the folder's README are skipped.
    """
    found: list[PaperInput] = []
    for item in inputs:
        if item.is_dir():
            for path in sorted(p for p in item.rglob("*") if p.is_file()):
                rel = path.relative_to(item)
                if any(part.startswith(".") for part in rel.parts) or path.name.lower().startswith("readme"):
                    continue
                found.append(PaperInput(path, rel.as_posix()))
        elif item.is_file():
            found.append(PaperInput(item, item.name))
        else:
            raise PipelineError(f"{item}: no such file or folder")
    seen: dict[str, Path] = {}
    for p in found:
        if p.source in seen:
            raise PipelineError(f"{p.path} and {seen[p.source]} would both be stored as {p.source!r}; "
                                f"rename one or run them into different output folders")
        seen[p.source] = p.path
    return found


# --- one paper -------------------------------------------------------------

def process_paper(paper: PaperInput, out_dir: Path, min_confidence: float | None = None) -> PaperOutcome:
    """Read, extract and write one paper; never raises for a bad paper."""
    t0 = time.perf_counter()
    try:
        document = read_document(paper.path, paper.source, cache_dir=out_dir / PDF_CACHE)
    except UnreadableDocument as exc:
        document = failed_document(paper, exc.reason, str(exc))
        write_parts(out_dir, paper.key, {"documents": [document]})
        return PaperOutcome(paper.source, paper.key, document.sha256, exc.reason, str(exc),
                            seconds=time.perf_counter() - t0)
    try:
        records = extract(document, min_confidence)
    except Exception as exc:  # a bug must not cost the other papers; it is reported, not hidden
        message = f"{paper.source}: internal error while extracting: {type(exc).__name__}: {exc}"
        failed = replace(document, status="error", error=message)
        write_parts(out_dir, paper.key, {"documents": [failed]})
        return PaperOutcome(paper.source, paper.key, document.sha256, "error", message,
                            seconds=time.perf_counter() - t0)
    write_parts(out_dir, paper.key, records)
    return PaperOutcome(
        paper.source, paper.key, document.sha256, "ok", None,
        n_sentences=len(records["sentences"]), n_mentions=len(records["mentions"]),
        n_triples=len(records["triples"]), n_chars=document.n_chars,
        seconds=time.perf_counter() - t0,
    )


def extract(document: Document, min_confidence: float | None = None) -> dict[str, list]:
    """Every stage after reading, for one document: records by table name; triples
    below ``min_confidence`` (default: the model's threshold, ``confidence.py``) are dropped."""
    from .confidence import score_triples
    from .mentions import composed_mentions, find_mentions, referent_mentions
    from .relations import find_triples
    from .resources import load_resources
    from .segment import segment

    resources = load_resources()
    views = segment(document)
    mentions = find_mentions(document, views, resources)
    triples = find_triples(document, views, mentions, resources)
    records = sorted([f.record for fs in mentions for f in fs]
                     + composed_mentions(document, views, mentions, resources)
                     + referent_mentions(document, triples, mentions, resources.lexicon),
                     key=lambda m: (m.start, m.end))
    return {
        "documents": [document],
        "sentences": [v.sentence for v in views],
        "mentions": records,
        "triples": score_triples(document.text, records, triples, min_confidence),
    }


def failed_document(paper: PaperInput, reason: str, message: str) -> Document:
    """The ``documents`` row of a paper that could not be read: no text, its status and message."""
    try:
        data = paper.path.read_bytes()
    except OSError:
        data = b""
    return Document(
        doc_id=doc_id_for(data), source=paper.source,
        sha256=hashlib.sha256(data).hexdigest(), format=paper.path.suffix.lower().lstrip(".") or "none",
        lang=None, n_chars=0, n_pages=None, encoding=None, text="", status=reason, error=message,
    )


# --- the run ---------------------------------------------------------------

def versions(min_confidence: float | None = None) -> dict[str, str]:
    """What an output part depends on besides the paper: code, confidence model, dictionaries,
    and the threshold under which triples are not written (default: the model's)."""
    from .confidence import default_threshold

    return {"pipeline": __version__ + "+" + _tree_hash(Path(__file__).parent, "*.py"),
            "model": _tree_hash(Path(__file__).parent / "models", "*.json"),
            "dictionaries": _tree_hash(config.DICTIONARIES, "*"),
            "min_confidence": str(default_threshold() if min_confidence is None else min_confidence)}


def _tree_hash(folder: Path, pattern: str) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def plan(papers: list[PaperInput], manifest: dict, current: dict[str, str], out_dir: Path):
    """Split papers into those to process and those whose output is current."""
    todo, unchanged = [], []
    entries = manifest.get("papers", {})
    same_versions = manifest.get("versions") == current
    for paper in papers:
        entry = entries.get(paper.source)
        if (same_versions and entry and entry.get("key") == paper.key
                and entry.get("sha256") == _sha256(paper.path)
                and (out_dir / "documents" / f"part-{paper.key}.parquet").exists()):
            unchanged.append(paper)
        else:
            todo.append(paper)
    return todo, unchanged


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def run(inputs: list[Path], out_dir: Path, workers: int | None = None, executor: str = "local",
        scheduler: str | None = None, progress: bool | None = None,
        min_confidence: float | None = None) -> RunSummary:
    """Bring ``out_dir`` up to date with ``inputs``; see the module docstring.
    Triples below ``min_confidence`` (default: the confidence model's threshold) are not written."""
    t0 = time.perf_counter()
    from .confidence import default_threshold
    from .resources import load_resources

    if executor not in ("local", "dask"):
        raise PipelineError(f"unknown executor {executor!r} (local or dask)")
    if executor == "dask" and workers is not None:
        raise PipelineError("--workers sets the size of the local process pool; with --executor dask the "
                            "cluster's workers do the work (e.g. `dask worker ADDRESS --nworkers N --nthreads 1`)")
    if executor == "dask" and not scheduler:
        raise PipelineError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    load_resources()  # validate the dictionaries before any output is touched
    papers = find_inputs(inputs)
    if not papers:
        raise PipelineError(f"{', '.join(map(str, inputs))}: no papers found "
                            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
    out_dir.mkdir(parents=True, exist_ok=True)
    clear_stale_temporaries(out_dir)
    manifest = read_manifest(out_dir)
    claims_stale = _older(out_dir / CLAIMS_FILE, out_dir / MANIFEST)
    min_confidence = default_threshold() if min_confidence is None else min_confidence
    current = versions(min_confidence)
    todo, unchanged = plan(papers, manifest, current, out_dir)
    summary = RunSummary(unchanged=len(unchanged))

    entries = {p.source: manifest["papers"][p.source] for p in unchanged}
    summary.still_failing = [
        PaperOutcome(p.source, p.key, entries[p.source]["sha256"], entries[p.source]["status"],
                     entries[p.source].get("error"))
        for p in unchanged if entries[p.source].get("status", "ok") != "ok"]
    keys = {p.key for p in papers}
    summary.removed = _remove_missing(out_dir, manifest, keys)

    def record(outcome: PaperOutcome) -> None:
        summary.processed.append(outcome)
        entries[outcome.source] = {"key": outcome.key, "sha256": outcome.sha256, "status": outcome.status,
                                   "error": outcome.error}

    runner = _dask_outcomes if executor == "dask" else _local_outcomes
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress(len(todo), show)
    for n, outcome in enumerate(runner(todo, out_dir, workers, scheduler, min_confidence), 1):
        record(outcome)
        bar(outcome)
        if n % 50 == 0:
            write_manifest(out_dir, {"versions": current, "papers": {**entries}})
    if manifest != {"versions": current, "papers": entries}:  # a run that changed nothing leaves it (and so
        write_manifest(out_dir, {"versions": current, "papers": entries})  # the claims table) as it was
    _prune_pdf_cache(out_dir, {entry["sha256"] for entry in entries.values()})
    summary.n_claims, summary.n_contested = _claims_after(out_dir, changed=bool(todo) or bool(summary.removed) or claims_stale)
    summary.seconds = time.perf_counter() - t0
    return summary


def _claims_after(out_dir: Path, changed: bool) -> tuple[int, int]:
    """Rebuild the claims table when ``changed`` (a part was written or
    removed in this run, or the table was older than the manifest when the
    run began: a run killed before it rebuilt the table) or when it is
    missing; otherwise it already agrees with the triples, since a new
    version of the code or dictionaries reprocesses every paper. Returns the
    number of claims and of contested ones."""
    path = out_dir / CLAIMS_FILE
    if changed or not path.exists():
        claims = update_claims(out_dir, dictionary_types())
        return len(claims), sum(c.contested for c in claims)
    contested = pq.read_table(path, columns=["contested"]).column("contested").to_pylist()
    return len(contested), sum(contested)


def _older(path: Path, than: Path) -> bool:
    """``path`` is missing, or older than ``than`` (which exists)."""
    return not path.exists() or (than.exists() and path.stat().st_mtime < than.stat().st_mtime)


def dictionary_types() -> dict[str, str]:
    """The type of every concept of the dictionary, for the claims table."""
    from .resources import load_resources

    return {cid: concept.type for cid, concept in load_resources().lexicon.concepts.items()}


def _remove_missing(out_dir: Path, manifest: dict, keys: set[str]) -> int:
    """Remove the parts of papers that are no longer among the inputs."""
    removed = 0
    stale = {p.stem.removeprefix("part-") for p in (out_dir / "documents").glob("part-*.parquet")} - keys
    for entry in manifest.get("papers", {}).values():
        if entry.get("key") not in keys:
            stale.add(entry.get("key"))
    for key in stale:
        if key:
            remove_parts(out_dir, key)
            removed += 1
    return removed


def _prune_pdf_cache(out_dir: Path, current: set[str]) -> None:
    """Forget the cached readings of PDFs that are no longer among the inputs."""
    for path in (out_dir / PDF_CACHE).glob("*.parquet"):
        if path.name.split("-v")[0] not in current:
            path.unlink(missing_ok=True)


def _local_outcomes(todo: list[PaperInput], out_dir: Path, workers: int | None, scheduler, min_confidence: float):
    """Outcomes of ``todo`` in the order they finish, from a pool of ``workers`` processes.

    At most ``IN_FLIGHT_PER_WORKER`` papers per worker are submitted at a
    time; the rest wait as paths, so neither the pool's queue nor finished
    futures grow with the corpus.
    """
    workers = workers or cpu_count()
    if workers == 1 or len(todo) <= 1:
        for paper in todo:
            yield process_paper(paper, out_dir, min_confidence)
        return
    papers = iter(todo)
    with ProcessPoolExecutor(max_workers=min(workers, len(todo)), initializer=_init_worker) as pool:
        try:
            pending = {pool.submit(process_paper, p, out_dir, min_confidence)
                       for p in islice(papers, IN_FLIGHT_PER_WORKER * workers)}
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                pending |= {pool.submit(process_paper, p, out_dir, min_confidence) for p in islice(papers, len(done))}
                for future in done:
                    yield future.result()
        finally:  # on an error (or the caller stopping early) do not run the papers still queued
            pool.shutdown(wait=True, cancel_futures=True)


# Enough queued papers that no worker waits for the driver, few enough to be negligible.
IN_FLIGHT_PER_WORKER = 4


def cpu_count() -> int:
    """The cores this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _init_worker() -> None:
    _warm_resources()


def _warm_resources() -> None:
    """Load, in this process, everything a paper needs: the dictionaries, the
    matcher and jieba's segmenter and tagger (whose model loads lazily, on the
    first sentence otherwise)."""
    from .resources import load_resources

    resources = load_resources()
    resources.segmenter  # noqa: B018 - cached properties; touching them loads jieba's model now
    resources.tagger  # noqa: B018


def _dask_outcomes(todo: list[PaperInput], out_dir: Path, workers: int | None, scheduler: str | None,
                   min_confidence: float):
    """Outcomes of ``todo`` in the order they finish, from the Dask cluster at ``scheduler``."""
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
        futures = client.map(process_paper, resolved, out_dir=out_dir.resolve(), min_confidence=min_confidence,
                             pure=False)
        papers = {future.key: paper for future, paper in zip(futures, resolved)}
        completed = dask_completed(futures)
        del futures  # as_completed lets go of each future once it has yielded it
        for future in completed:
            paper = papers.pop(future.key)
            try:
                outcome = future.result()
            except KilledWorker as exc:
                # The paper took its worker down (more than once): report it like a paper that
                # failed, without a part, so that the next run tries it again.
                outcome = PaperOutcome(paper.source, paper.key, _sha256(paper.path), "error",
                                       f"{paper.source}: the Dask worker processing it died: {exc}")
            future.release()
            yield outcome


# Seconds to wait for the scheduler to answer and for its first worker.
DASK_CONNECT_TIMEOUT = 30


def _resources_plugin():
    """A Dask worker plugin that loads the resources when it is registered on a worker."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadResources(WorkerPlugin):
        name = "cytokine-triples-resources"

        async def setup(self, worker):
            # In a thread, so the worker keeps answering the scheduler while jieba loads.
            await asyncio.to_thread(_warm_resources)

    return LoadResources()


def _check_cluster(client, scheduler: str) -> None:
    """Refuse a cluster that cannot import the pipeline, or whose scheduler or workers run
    other code or dictionaries than this driver, whose versions the manifest records.

    The scheduler unpickles the tasks, so it needs the pipeline too, not only the workers."""
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


# --- manifest --------------------------------------------------------------

def read_manifest(out_dir: Path) -> dict:
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a damaged manifest only costs a full rerun


def write_manifest(out_dir: Path, manifest: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-manifest-", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)
        publish(tmp, out_dir / MANIFEST)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
