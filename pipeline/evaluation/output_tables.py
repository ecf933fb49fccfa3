"""The pipeline's output as the scorer reads it: the ``documents`` and ``triples`` tables (each one
``NAME.parquet`` file or a ``NAME/`` folder of part files) as Document and Prediction records, and the
document each gold paper names."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping, Sequence

import pyarrow as pa
import pyarrow.dataset as ds

from .cells import EvaluationInputError, as_flag, as_int, as_text, fold_keys, normalize_aspect


UNKNOWN_LANG = "unknown"
DOCUMENT_COLUMNS = ("doc_id", "source", "text")
TRIPLE_REQUIRED = (
    "doc_id", "sent_start", "sent_end", "polarity", "negated", "aspect",
    "factor_id", "factor_name", "factor_text",
    "target_id", "target_name", "target_text",
)
TRIPLE_OPTIONAL = ("lang", "effect", "rule", "hedged")


@dataclass(frozen=True)
class Prediction:
    """One row of the ``triples`` table, with its sentence text for reports."""

    row: int
    doc_id: str
    lang: str
    sent_start: int | None
    sent_end: int | None
    factor_id: str | None
    factor_name: str | None
    factor_text: str | None
    effect: str | None
    polarity: int | None
    target_id: str | None
    target_name: str | None
    target_text: str | None
    aspect: str | None
    negated: bool
    rule: str | None
    sentence: str = ""

    @cached_property
    def factor_keys(self) -> frozenset[str]:
        return fold_keys((self.factor_id, self.factor_name, self.factor_text))

    @cached_property
    def target_keys(self) -> frozenset[str]:
        return fold_keys((self.target_id, self.target_name, self.target_text))


@dataclass(frozen=True)
class Document:
    """The parts of a ``documents`` row the scorer needs."""

    doc_id: str
    source: str
    text: str | None


def table_path(out_dir: Path, name: str) -> Path:
    """``NAME.parquet`` or ``NAME/`` under ``out_dir``, whichever exists."""
    single, folder = out_dir / f"{name}.parquet", out_dir / name
    if single.is_file() and folder.is_dir():
        raise EvaluationInputError(
            f"both {single} and {folder} exist; remove the stale one")
    if single.is_file():
        return single
    if folder.is_dir():
        return folder
    raise FileNotFoundError(f"no {name} table in {out_dir}: expected {single} or {folder}/")


def read_table(path: Path, required: Sequence[str],
               optional: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The rows of one Parquet table (file or folder of parts) as dicts.

    Only the required and the present optional columns are read; partition
    columns of a hive-style folder come back as plain values.
    """
    try:
        dataset = open_dataset(path)
    except Exception as exc:  # pyarrow raises several kinds here
        raise EvaluationInputError(f"cannot read {path}: {exc}") from exc
    names = set(dataset.schema.names)
    missing = [c for c in required if c not in names]
    if missing:
        raise EvaluationInputError(f"{path}: missing column(s) {', '.join(missing)}")
    columns = [*required, *(c for c in optional if c in names)]
    try:
        return dataset.to_table(columns=columns).to_pylist()
    except Exception as exc:
        raise EvaluationInputError(f"cannot read {path}: {exc}") from exc


def open_dataset(path: Path) -> ds.Dataset:
    """A Parquet dataset over one file or a folder of part files.

    Part files may disagree on a column's type (a column that is all null in
    one part is typed ``null`` there), so a folder is opened with the union
    of its parts' schemas rather than the first part's.
    """
    dataset = ds.dataset(str(path), format="parquet", partitioning="hive")
    if path.is_file():
        return dataset
    schemas = [dataset.schema, *(f.physical_schema for f in dataset.get_fragments())]
    unified = pa.unify_schemas(schemas, promote_options="permissive")
    return ds.dataset(str(path), schema=unified, format="parquet", partitioning="hive")


def load_documents(out_dir: Path) -> list[Document]:
    """The ``documents`` table: id, source path and text of each document."""
    rows = read_table(table_path(out_dir, "documents"), DOCUMENT_COLUMNS)
    return [Document(str(r["doc_id"]), normalize_source(r["source"]), as_text(r["text"]))
            for r in rows]


def load_predictions(out_dir: Path) -> list[Prediction]:
    """The ``triples`` table, one Prediction per row (row order kept)."""
    path = table_path(out_dir, "triples")
    rows = read_table(path, TRIPLE_REQUIRED, TRIPLE_OPTIONAL)
    return [prediction_from_row(i, r) for i, r in enumerate(rows)]


def prediction_from_row(index: int, row: Mapping[str, Any]) -> Prediction:
    """One ``triples`` row to a Prediction, with missing cells made None."""
    return Prediction(
        row=index,
        doc_id=str(row["doc_id"]),
        lang=as_text(row.get("lang")) or UNKNOWN_LANG,
        sent_start=as_int(row["sent_start"]),
        sent_end=as_int(row["sent_end"]),
        factor_id=as_text(row["factor_id"]),
        factor_name=as_text(row["factor_name"]),
        factor_text=as_text(row["factor_text"]),
        effect=as_text(row.get("effect")),
        polarity=as_int(row["polarity"]),
        target_id=as_text(row["target_id"]),
        target_name=as_text(row["target_name"]),
        target_text=as_text(row["target_text"]),
        aspect=normalize_aspect(row["aspect"]),
        negated=as_flag(row["negated"]),
        rule=as_text(row.get("rule")),
    )


def normalize_source(source: Any) -> str:
    """A ``source`` path with forward slashes and no leading ``./``."""
    text = str(source or "").replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return text


# ---------------------------------------------------------------------------
# Documents for gold papers
# ---------------------------------------------------------------------------

def match_documents(papers: Iterable[str], documents: Sequence[Document]
                    ) -> tuple[dict[str, Document], list[str]]:
    """Pair each gold ``doc`` with the document whose source is that name.

    An exact ``source`` match wins over a basename match; where several
    documents match equally, the first by source is used and a warning says so.
    """
    found: dict[str, Document] = {}
    warnings: list[str] = []
    for paper in papers:
        exact = [d for d in documents if d.source == paper]
        by_base = [d for d in documents if PurePosixPath(d.source).name == paper]
        candidates = sorted(exact or by_base, key=lambda d: (d.source, d.doc_id))
        if not candidates:
            warnings.append(f"{paper}: no document with this source in the output; all its gold triples are misses")
            continue
        if len({d.doc_id for d in candidates}) > 1:
            warnings.append(f"{paper}: {len(candidates)} documents match; using {candidates[0].source}")
        found[paper] = candidates[0]
    return found, warnings


def has_table(out: Path, name: str) -> bool:
    """Whether the output folder holds table ``name`` (one file or a folder of parts)."""
    return (out / name).is_dir() or (out / f"{name}.parquet").is_file()
