"""Records to Arrow tables, and atomic writes of Parquet parts.

The schemas are derived from the record dataclasses in ``records.py``, so a
column is declared once. Each table is a folder of part files
(``output/triples/part-<key>.parquet``), one part per paper, which pandas,
pyarrow, DuckDB and Spark read as one table. A part is written to a
temporary file in the same folder and renamed into place, so a reader (or a
run killed halfway) never sees half a file.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
import types
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .records import SCHEMA_VERSION, Document, Mention, Sentence, Triple

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


def schema_for(record_type: type) -> pa.Schema:
    """The Arrow schema of a record type, with the schema version as metadata."""
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


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` so that ``path`` is either old or complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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


def write_parts(out_dir: Path, key: str, records: dict[str, list]) -> None:
    """Write one paper's rows of every table as the part ``key``."""
    for name, record_type in TABLES.items():
        write_atomic(to_table(records.get(name, []), record_type), part_path(out_dir, name, key))


def remove_parts(out_dir: Path, key: str) -> None:
    """Remove one paper's part from every table."""
    for name in TABLES:
        part_path(out_dir, name, key).unlink(missing_ok=True)


def read_table(out_dir: Path, name: str) -> pa.Table:
    """One table, read from its folder of parts (or a single ``NAME.parquet``)."""
    folder = out_dir / name
    if folder.is_dir():
        parts = sorted(folder.glob("part-*.parquet"))
        if not parts:
            return schema_for(TABLES[name]).empty_table()
        return pa.concat_tables([pq.read_table(p) for p in parts], promote_options="default")
    single = out_dir / f"{name}.parquet"
    if single.exists():
        return pq.read_table(single)
    raise FileNotFoundError(f"{out_dir}: no table {name!r} (neither {folder}/ nor {single})")


def clear_stale_temporaries(out_dir: Path) -> None:
    """Remove temporary files a killed run left behind."""
    for name in TABLES:
        for tmp in (out_dir / name).glob(".tmp-*"):
            tmp.unlink(missing_ok=True)
