"""Records to Arrow tables, and atomic writes of Parquet parts.

The schemas are derived from the record dataclasses in ``records.py``, so a
column is declared once. Each table is a folder of part files
(``output/triples/part-<key>.parquet``), one part per paper, which pandas,
pyarrow, DuckDB and Spark read as one table. A part is written to a
temporary file in the same folder and renamed into place, so a reader (or a
run killed halfway) never sees half a file. Each write returns what it
wrote (rows, bytes, SHA-256), which the manifest keeps so that the next run
can tell a part that was damaged or removed since (``manifest.py``).
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import tempfile
import types
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..records import SCHEMA_VERSION, Document, Mention, Sentence, Triple

TABLES: dict[str, type] = {
    "documents": Document,
    "sentences": Sentence,
    "mentions": Mention,
    "triples": Triple,
}
# Fields a record keeps for the pipeline's own use, not written out.
_INTERNAL = {"page_runs", "set_aside", "headings", "citations", "char_boxes"}

_ARROW_TYPES = {int: pa.int64(), str: pa.string(), bool: pa.bool_(), float: pa.float64()}


def _arrow_type(hint) -> tuple[pa.DataType, bool]:
    """Arrow type and nullability of a dataclass field's type hint
    (``tuple[str, ...]`` is a list column)."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        return pa.list_(_ARROW_TYPES[typing.get_args(hint)[0]]), False
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _ARROW_TYPES[args[0]], True
    return _ARROW_TYPES[hint], False


@functools.lru_cache(maxsize=None)
def schema_for(record_type: type) -> pa.Schema:
    """The Arrow schema of a record type, with the schema version as metadata; made once per
    record type (every part of every paper asks, and reading the type hints costs)."""
    hints = typing.get_type_hints(record_type)
    fields = []
    for f in dataclasses.fields(record_type):
        if f.name in _INTERNAL:
            continue
        arrow_type, nullable = _arrow_type(hints[f.name])
        fields.append(pa.field(f.name, arrow_type, nullable=nullable))
    return pa.schema(fields, metadata={
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": __version__,
        "record": record_type.__name__,
    })


def to_table(records: list, record_type: type) -> pa.Table:
    """Records of one type as an Arrow table (an empty table for no records)."""
    schema = schema_for(record_type)
    columns = {name: [getattr(r, name) for r in records] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def _temporary(path: Path) -> str:
    """A new temporary file beside ``path``, to be renamed onto it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=path.parent)
    os.close(fd)
    return tmp


def write_atomic(table: pa.Table, path: Path) -> dict:
    """Write ``table`` to ``path`` so that ``path`` is either old or complete;
    returns the part's ``rows``, ``bytes`` and ``sha256``."""
    tmp = _temporary(path)
    try:
        pq.write_table(table, tmp, compression="zstd")
        size, digest = file_digest(Path(tmp))
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return {"rows": table.num_rows, "bytes": size, "sha256": digest}


def file_digest(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in chunks."""
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def publish(tmp: str | Path, path: Path) -> None:
    """Rename the finished temporary file ``tmp`` to ``path``, with the mode a file
    the user creates gets (``0o666`` less the umask): ``mkstemp`` makes it private,
    and a colleague on a shared server should read the output as the umask allows."""
    os.chmod(tmp, 0o666 & ~umask())
    os.replace(tmp, path)


def umask() -> int:
    """The process's umask, read without changing it where Linux shows it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back
    os.umask(mask)
    return mask


def part_path(out_dir: Path, table: str, key: str) -> Path:
    return out_dir / table / f"part-{key}.parquet"


def write_parts(out_dir: Path, key: str, records: dict[str, list]) -> dict[str, dict]:
    """Write one paper's rows of every table as the part ``key``; returns
    ``write_atomic``'s account of each part, by table."""
    return {name: write_atomic(to_table(records.get(name, []), record_type), part_path(out_dir, name, key))
            for name, record_type in TABLES.items()}


class PartWriter:
    """One paper's parts written as its rows come, a row group at a time (a
    long paper is read in chunks: its rows are never all in memory at once).
    Each table goes to a temporary file beside its part; ``commit`` renames
    them all into place, ``discard`` (or an exception) removes them, so a
    part is either the old one or complete."""

    def __init__(self, out_dir: Path, key: str) -> None:
        self.out_dir, self.key = out_dir, key
        self._files: dict[str, tuple[str, pq.ParquetWriter]] = {}
        self._rows: dict[str, int] = {}

    def write(self, name: str, table: pa.Table) -> None:
        if name not in self._files:
            tmp = _temporary(part_path(self.out_dir, name, self.key))
            self._files[name] = (tmp, None)  # discarded, should the writer fail to open
            self._files[name] = (tmp, pq.ParquetWriter(tmp, schema_for(TABLES[name]), compression="zstd"))
        self._files[name][1].write_table(table)
        self._rows[name] = self._rows.get(name, 0) + table.num_rows

    def commit(self) -> dict[str, dict]:
        """Rename every part into place; ``write_atomic``'s account of each."""
        try:
            for name, record_type in TABLES.items():
                if name not in self._files:
                    self.write(name, to_table([], record_type))
            accounts = {}
            for name, (tmp, writer) in self._files.items():
                writer.close()
                size, digest = file_digest(Path(tmp))
                accounts[name] = {"rows": self._rows[name], "bytes": size, "sha256": digest}
            for name, (tmp, _) in self._files.items():
                publish(tmp, part_path(self.out_dir, name, self.key))
        except BaseException:
            self.discard()
            raise
        self._files = {}
        return accounts

    def discard(self) -> None:
        for tmp, writer in self._files.values():
            try:
                if writer is not None:
                    writer.close()
            finally:
                Path(tmp).unlink(missing_ok=True)
        self._files = {}


def remove_parts(out_dir: Path, key: str) -> None:
    """Remove one paper's part from every table."""
    for name in TABLES:
        part_path(out_dir, name, key).unlink(missing_ok=True)


def read_table(out_dir: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """One table, read from its folder of parts (or a single ``NAME.parquet``);
    only those of ``columns`` it has, when given."""
    folder = out_dir / name
    if folder.is_dir():
        parts = sorted(folder.glob("part-*.parquet"))
        if not parts:
            empty = schema_for(TABLES[name]).empty_table()
            return empty.select([c for c in columns if c in empty.column_names]) if columns else empty
        return pa.concat_tables([_read_part(p, columns) for p in parts], promote_options="default")
    single = out_dir / f"{name}.parquet"
    if single.exists():
        return _read_part(single, columns)
    raise FileNotFoundError(f"{out_dir}: no table {name!r} (neither {folder}/ nor {single})")


def _read_part(path: Path, columns: list[str] | None) -> pa.Table:
    """One Parquet file; of ``columns``, those it has (an older part may lack a newer column)."""
    if columns is None:
        return pq.read_table(path)
    part = pq.ParquetFile(path)  # opened once for its schema and its columns: a run's claims read every part
    names = set(part.schema_arrow.names)
    return part.read(columns=[c for c in columns if c in names])


def clear_stale_temporaries(out_dir: Path) -> None:
    """Remove temporary files a killed run left behind."""
    for name in TABLES:
        for tmp in (out_dir / name).glob(".tmp-*"):
            tmp.unlink(missing_ok=True)
