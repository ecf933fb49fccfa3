"""Are two runs' tables the same? ``python tools/dev/same_tables.py OUT_A OUT_B``

Compares the documents, sentences, mentions and triples tables (and claims.parquet)
of two ``pipeline run --out`` folders row for row, after sorting, ignoring the order of
the part files. Exit status 0 when all are identical; otherwise prints the first
differing rows of each table and exits 1. For speed work: a change that only makes the
pipeline cheaper must leave every table as it was.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

TABLES = ("documents", "sentences", "mentions", "triples")


def table(out: Path, name: str) -> pa.Table | None:
    parts = sorted((out / name).glob("*.parquet")) if (out / name).is_dir() else []
    if (out / f"{name}.parquet").is_file():
        parts = [out / f"{name}.parquet"]
    if not parts:
        return None
    return pa.concat_tables([pq.read_table(p) for p in parts], promote_options="default")


def rows(t: pa.Table | None) -> list[tuple]:
    if t is None:
        return []
    cols = sorted(t.column_names)
    data = [t.column(c).to_pylist() for c in cols]
    return sorted((tuple(repr(v) for v in row) for row in zip(*data)))


def compare(a: Path, b: Path) -> bool:
    same = True
    for name in TABLES + ("claims",):
        ra, rb = rows(table(a, name)), rows(table(b, name))
        if ra == rb:
            print(f"{name}: identical ({len(ra)} rows)")
            continue
        same = False
        only_a = [r for r in ra if r not in set(rb)][:3]
        only_b = [r for r in rb if r not in set(ra)][:3]
        print(f"{name}: DIFFER ({len(ra)} vs {len(rb)} rows)")
        for r in only_a:
            print("  only in A:", r[:12])
        for r in only_b:
            print("  only in B:", r[:12])
    return same


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(0 if compare(Path(sys.argv[1]), Path(sys.argv[2])) else 1)
