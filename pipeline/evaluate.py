"""Score the pipeline's triples against gold JSON Lines (SPEC section 4).

Reads a gold folder of ``*.jsonl`` files (one gold triple per line) and an
output folder holding the ``documents`` and ``triples`` tables (each a single
``NAME.parquet`` file or a ``NAME/`` folder of part files), and reports
micro-averaged precision, recall and F1, strict (aspect must agree) and
relaxed (aspect ignored), overall, by language and by paper, together with
the errors behind the numbers.

Matching, as the SPEC says: a prediction matches a gold triple when both are
in the same document, the predicted sentence span overlaps the span where the
gold sentence occurs (located with all white space ignored), polarity and
negation agree, the factor's id, name or surface text folds to the gold
factor or one of its aliases, and the same holds for the target (where a
rapidfuzz ratio of at least 90 between folded strings also counts). Each
gold triple and each prediction is used at most once; the pairing is a
maximum bipartite matching per document, so the number of hits never depends
on the order of the rows.

Usage::

    python -m pipeline.evaluate --gold gold/dev --out output \
        --errors errors.txt --json scores.json
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import pyarrow as pa
import pyarrow.dataset as ds
from rapidfuzz import fuzz

from pipeline.textnorm import fold

FUZZY_TARGET_MIN = 90
UNKNOWN_LANG = "unknown"

# Characters that are not ``str.isspace()`` but that text extraction leaves
# inside words; they are ignored together with white space when locating.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")

GOLD_REQUIRED = ("doc", "lang", "sentence", "factor", "polarity", "target")
DOCUMENT_COLUMNS = ("doc_id", "source", "text")
TRIPLE_REQUIRED = (
    "doc_id", "sent_start", "sent_end", "polarity", "negated", "aspect",
    "factor_id", "factor_name", "factor_text",
    "target_id", "target_name", "target_text",
)
TRIPLE_OPTIONAL = ("lang", "effect", "rule", "hedged")


class EvaluationInputError(ValueError):
    """An input the scorer cannot read; the message names the file."""


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldTriple:
    """One gold line, with the place it came from (``file:line``)."""

    doc: str
    lang: str
    sentence: str
    factor: str
    factor_aliases: tuple[str, ...]
    effect: str | None
    polarity: int
    target: str
    target_aliases: tuple[str, ...]
    aspect: str | None
    negated: bool
    hedged: bool
    origin: str

    @cached_property
    def factor_keys(self) -> frozenset[str]:
        return fold_keys((self.factor, *self.factor_aliases))

    @cached_property
    def target_keys(self) -> frozenset[str]:
        return fold_keys((self.target, *self.target_aliases))


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


@dataclass(frozen=True)
class Counts:
    """Hit counts for one scope; gold and predictions are counted apart so
    that a language breakdown can use the gold's language for recall and the
    prediction's language for precision."""

    n_gold: int = 0
    n_pred: int = 0
    hit_gold: int = 0
    hit_pred: int = 0

    @property
    def precision(self) -> float:
        return self.hit_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.hit_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.n_gold + other.n_gold, self.n_pred + other.n_pred,
            self.hit_gold + other.hit_gold, self.hit_pred + other.hit_pred,
        )

    def to_dict(self) -> dict[str, float | int]:
        return {
            "n_gold": self.n_gold, "n_pred": self.n_pred,
            "hit_gold": self.hit_gold, "hit_pred": self.hit_pred,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


@dataclass(frozen=True)
class Scores:
    """Strict and relaxed counts for one scope."""

    strict: Counts = Counts()
    relaxed: Counts = Counts()

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.strict + other.strict, self.relaxed + other.relaxed)

    def to_dict(self) -> dict[str, Any]:
        return {"strict": self.strict.to_dict(), "relaxed": self.relaxed.to_dict()}


@dataclass(frozen=True)
class Miss:
    """A gold triple no prediction matched (even with aspect ignored)."""

    gold: GoldTriple
    located: bool


@dataclass(frozen=True)
class AspectMismatch:
    """A gold triple matched only when aspect is ignored, with its partner."""

    gold: GoldTriple
    prediction: Prediction


@dataclass(frozen=True)
class Report:
    """Everything ``score`` found: the numbers and the errors behind them."""

    overall: Scores
    by_lang: Mapping[str, Scores]
    by_paper: Mapping[str, Scores]
    misses: tuple[Miss, ...]
    false_positives: tuple[tuple[str, Prediction], ...]
    aspect_mismatches: tuple[AspectMismatch, ...]
    unlocated: tuple[GoldTriple, ...]
    unscored_documents: int
    ignored_predictions: int
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The numbers as plain JSON-ready values."""
        return {
            **self.overall.to_dict(),
            "by_lang": {k: v.to_dict() for k, v in self.by_lang.items()},
            "by_paper": {k: v.to_dict() for k, v in self.by_paper.items()},
            "n_misses": len(self.misses),
            "n_false_positives": len(self.false_positives),
            "n_aspect_mismatches": len(self.aspect_mismatches),
            "n_unlocated_gold": len(self.unlocated),
            "unscored_documents": self.unscored_documents,
            "ignored_predictions": self.ignored_predictions,
            "warnings": list(self.warnings),
        }


# ---------------------------------------------------------------------------
# Small value helpers
# ---------------------------------------------------------------------------

def is_missing(value: Any) -> bool:
    """None, NaN or an empty/blank string: a cell that holds nothing."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def as_text(value: Any) -> str | None:
    """A cell as a string, or None when it holds nothing."""
    return None if is_missing(value) else str(value)


def normalize_aspect(value: Any) -> str | None:
    """Null and the empty string both mean "no aspect"."""
    text = as_text(value)
    return text.strip().lower() if text is not None else None


def as_flag(value: Any) -> bool:
    """A boolean cell; a missing one counts as false."""
    return False if is_missing(value) else bool(value)


def fold_keys(names: Iterable[Any]) -> frozenset[str]:
    """The folded forms of the non-empty names (a factor's or target's)."""
    keys = (fold(str(n)) for n in names if not is_missing(n))
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=200_000)
def fuzzy_equal(a: str, b: str) -> bool:
    """Two folded names a fuzzy ratio of at least 90 apart."""
    return fuzz.ratio(a, b, score_cutoff=FUZZY_TARGET_MIN) >= FUZZY_TARGET_MIN


def factor_matches(pred: Prediction, gold: GoldTriple) -> bool:
    """The predicted factor's id, name or text equals a gold name when folded."""
    return not pred.factor_keys.isdisjoint(gold.factor_keys)


def target_matches(pred: Prediction, gold: GoldTriple) -> bool:
    """As for the factor, or any folded pair with a fuzzy ratio of at least 90."""
    pk, gk = pred.target_keys, gold.target_keys
    if not pk.isdisjoint(gk):
        return True
    return any(fuzzy_equal(p, g) for p in sorted(pk) for g in sorted(gk))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def load_gold(gold_dir: str | Path) -> list[GoldTriple]:
    """Read every ``*.jsonl`` file in ``gold_dir`` (sorted by name).

    Raises FileNotFoundError for a missing folder or one without gold files,
    and EvaluationInputError naming ``file:line`` for a malformed line.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder not found: {folder}")
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no *.jsonl gold files in {folder}")
    return [triple for path in files for triple in read_gold_file(path)]


def read_gold_file(path: Path) -> Iterator[GoldTriple]:
    """The gold triples of one JSON Lines file; blank lines are skipped."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield parse_gold_line(line, f"{path}:{number}")


def parse_gold_line(line: str, origin: str) -> GoldTriple:
    """One gold line to a GoldTriple, checking the fields scoring relies on."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvaluationInputError(f"{origin}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise EvaluationInputError(f"{origin}: expected a JSON object")
    missing = [k for k in GOLD_REQUIRED if is_missing(record.get(k))]
    if missing:
        raise EvaluationInputError(f"{origin}: missing field(s) {', '.join(missing)}")
    polarity = record["polarity"]
    if isinstance(polarity, bool) or polarity not in (-1, 0, 1):
        raise EvaluationInputError(f"{origin}: polarity must be -1, 0 or 1, got {polarity!r}")
    return GoldTriple(
        doc=str(record["doc"]),
        lang=str(record["lang"]),
        sentence=str(record["sentence"]),
        factor=str(record["factor"]),
        factor_aliases=aliases(record, "factor_aliases", origin),
        effect=as_text(record.get("effect")),
        polarity=int(polarity),
        target=str(record["target"]),
        target_aliases=aliases(record, "target_aliases", origin),
        aspect=normalize_aspect(record.get("aspect")),
        negated=as_flag(record.get("negated")),
        hedged=as_flag(record.get("hedged")),
        origin=origin,
    )


def aliases(record: Mapping[str, Any], key: str, origin: str) -> tuple[str, ...]:
    """A list-of-strings alias field (absent or null means no aliases)."""
    value = record.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise EvaluationInputError(f"{origin}: {key} must be a list of strings")
    return tuple(value)


# ---------------------------------------------------------------------------
# Output tables
# ---------------------------------------------------------------------------

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


def as_int(value: Any) -> int | None:
    """An integer cell, or None when missing."""
    return None if is_missing(value) else int(value)


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


# ---------------------------------------------------------------------------
# Locating gold sentences
# ---------------------------------------------------------------------------

def is_ignorable(c: str) -> bool:
    """White space (any kind, line breaks too) or a zero-width character."""
    return c.isspace() or c in _INVISIBLE


@dataclass(frozen=True)
class CompactText:
    """A text with white space removed, and for each kept character its index
    in the original text; built once per document and searched per sentence."""

    compact: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> CompactText:
        kept = [(i, c) for i, c in enumerate(text) if not is_ignorable(c)]
        return cls("".join(c for _, c in kept), tuple(i for i, _ in kept))

    def find_all(self, sentence: str) -> tuple[tuple[int, int], ...]:
        """Every [start, end) span of the original text where ``sentence``
        occurs with white space ignored (empty when it does not occur)."""
        needle = "".join(c for c in sentence if not is_ignorable(c))
        if not needle:
            return ()
        spans = []
        pos = self.compact.find(needle)
        while pos >= 0:
            spans.append((self.index[pos], self.index[pos + len(needle) - 1] + 1))
            pos = self.compact.find(needle, pos + 1)
        return tuple(spans)


def locate_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """The first span of ``text`` holding ``sentence`` with white space
    ignored, or None. (Convenience wrapper; ``score`` reuses a CompactText.)"""
    spans = CompactText.of(text).find_all(sentence)
    return spans[0] if spans else None


def overlaps(start: int | None, end: int | None, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    if start is None or end is None:
        return False
    return any(start < s_end and s_start < end for s_start, s_end in spans)


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

def maximum_matching(edges: Sequence[Sequence[int]],
                     seed: Mapping[int, int] | None = None) -> dict[int, int]:
    """A maximum bipartite matching, left index -> right index.

    ``edges[i]`` lists the right vertices left vertex ``i`` may pair with.
    Kuhn's augmenting paths, grown from ``seed`` (itself a valid matching
    within ``edges``): augmenting never unmatches a vertex, so every vertex the
    seed matched stays matched. Edges are tried in the order given.
    """
    match_left: dict[int, int] = dict(seed or {})
    match_right: dict[int, int] = {r: l for l, r in match_left.items()}
    for left in range(len(edges)):
        if left not in match_left and edges[left]:
            augment(left, edges, match_left, match_right)
    return match_left


def augment(root: int, edges: Sequence[Sequence[int]],
            match_left: dict[int, int], match_right: dict[int, int]) -> bool:
    """Find one augmenting path from the free left vertex ``root`` (iterative
    depth-first search) and flip it; False when there is none."""
    parent: dict[int, int] = {}
    stack = [(root, iter(edges[root]))]
    while stack:
        left, candidates = stack[-1]
        for right in candidates:
            if right in parent:
                continue
            parent[right] = left
            owner = match_right.get(right)
            if owner is None:
                flip_path(right, parent, match_left, match_right)
                return True
            stack.append((owner, iter(edges[owner])))
            break
        else:
            stack.pop()
    return False


def flip_path(right: int | None, parent: Mapping[int, int],
              match_left: dict[int, int], match_right: dict[int, int]) -> None:
    """Swap matched and unmatched edges along the path ending at ``right``."""
    while right is not None:
        left = parent[right]
        previous = match_left.get(left)
        match_left[left] = right
        match_right[right] = left
        right = previous


@dataclass(frozen=True)
class PaperResult:
    """Which gold triples and predictions of one paper were hit."""

    paper: str
    gold: tuple[GoldTriple, ...]
    predictions: tuple[Prediction, ...]
    located: tuple[bool, ...]
    strict: Mapping[int, int]
    relaxed: Mapping[int, int]


def candidate_edges(gold: Sequence[GoldTriple], spans: Sequence[Sequence[tuple[int, int]]],
                    preds: Sequence[Prediction]) -> tuple[list[list[int]], list[list[int]]]:
    """Relaxed and strict edges gold -> prediction for one paper.

    Predictions are grouped by sentence span so each gold sentence is compared
    only with the predictions of sentences it overlaps.
    """
    by_span: dict[tuple[int | None, int | None], list[int]] = defaultdict(list)
    for j, p in enumerate(preds):
        by_span[(p.sent_start, p.sent_end)].append(j)
    relaxed: list[list[int]] = []
    strict: list[list[int]] = []
    for g, g_spans in zip(gold, spans):
        near = [j for (s, e), js in by_span.items() if overlaps(s, e, g_spans) for j in js]
        hits = [j for j in sorted(near) if relaxed_match(preds[j], g)]
        relaxed.append(hits)
        strict.append([j for j in hits if preds[j].aspect == g.aspect])
    return relaxed, strict


def relaxed_match(pred: Prediction, gold: GoldTriple) -> bool:
    """Everything but the sentence and the aspect: polarity, negation, names."""
    return (pred.polarity == gold.polarity
            and pred.negated == gold.negated
            and factor_matches(pred, gold)
            and target_matches(pred, gold))


def score_paper(paper: str, gold: Sequence[GoldTriple], preds: Sequence[Prediction],
                text: str | None) -> PaperResult:
    """Locate the paper's gold sentences and match its predictions.

    The strict matching is maximal on its own; the relaxed one is grown from
    it, so every gold triple hit strictly is also hit relaxed.
    """
    compact = CompactText.of(text) if text is not None else None
    spans = [compact.find_all(g.sentence) if compact else () for g in gold]
    relaxed_edges, strict_edges = candidate_edges(gold, spans, preds)
    strict = maximum_matching(strict_edges)
    relaxed = maximum_matching(relaxed_edges, seed=strict)
    return PaperResult(paper, tuple(gold), tuple(preds), tuple(bool(s) for s in spans),
                       strict, relaxed)


# ---------------------------------------------------------------------------
# Aggregation
# ---------------------------------------------------------------------------

def paper_counts(result: PaperResult, gold_key: Callable[[GoldTriple], str],
                 pred_key: Callable[[Prediction], str]) -> dict[str, Scores]:
    """Strict/relaxed counts of one paper, keyed by the given scope functions."""
    tallies: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for i, g in enumerate(result.gold):
        t = tallies[gold_key(g)]
        t[0] += 1
        t[1] += i in result.strict
        t[2] += i in result.relaxed
    strict_preds, relaxed_preds = set(result.strict.values()), set(result.relaxed.values())
    for j, p in enumerate(result.predictions):
        t = tallies[pred_key(p)]
        t[3] += 1
        t[4] += j in strict_preds
        t[5] += j in relaxed_preds
    return {k: Scores(Counts(t[0], t[3], t[1], t[4]), Counts(t[0], t[3], t[2], t[5]))
            for k, t in tallies.items()}


def sum_scores(parts: Iterable[Mapping[str, Scores]]) -> dict[str, Scores]:
    """Add up per-key Scores, keys sorted."""
    total: dict[str, Scores] = defaultdict(Scores)
    for part in parts:
        for key, value in part.items():
            total[key] = total[key] + value
    return dict(sorted(total.items()))


def collect_errors(result: PaperResult) -> tuple[list[Miss], list[tuple[str, Prediction]],
                                                 list[AspectMismatch]]:
    """Misses and false positives of the relaxed matching, and the gold
    triples that only the relaxed matching hit (aspect disagreements)."""
    misses = [Miss(g, result.located[i]) for i, g in enumerate(result.gold)
              if i not in result.relaxed]
    used = set(result.relaxed.values())
    false_pos = [(result.paper, p) for j, p in enumerate(result.predictions) if j not in used]
    aspect = [AspectMismatch(g, result.predictions[result.relaxed[i]])
              for i, g in enumerate(result.gold)
              if i in result.relaxed and i not in result.strict]
    return misses, false_pos, aspect


# ---------------------------------------------------------------------------
# Scoring entry point
# ---------------------------------------------------------------------------

def group_gold(gold: Iterable[GoldTriple]) -> dict[str, list[GoldTriple]]:
    """Gold triples by paper (the gold ``doc``), papers in first-seen order."""
    papers: dict[str, list[GoldTriple]] = {}
    for g in gold:
        papers.setdefault(g.doc, []).append(g)
    return papers


def predictions_for(doc: Document | None, preds_by_doc: Mapping[str, list[Prediction]]
                    ) -> list[Prediction]:
    """The document's predictions in a stable order, with sentence text set."""
    if doc is None:
        return []
    rows = sorted(preds_by_doc.get(doc.doc_id, []),
                  key=lambda p: (p.sent_start if p.sent_start is not None else -1, p.row))
    return [with_sentence(p, doc.text) for p in rows]


def with_sentence(pred: Prediction, text: str | None) -> Prediction:
    """A copy of ``pred`` carrying its sentence text (for the error report)."""
    if text is None or pred.sent_start is None or pred.sent_end is None:
        return pred
    sentence = " ".join(text[pred.sent_start:pred.sent_end].split())
    return replace(pred, sentence=sentence)


def score(gold_dir: str | Path, out_dir: str | Path) -> Report:
    """Compare the output folder's triples with the gold folder (SPEC 4).

    Reads the gold JSON Lines and the ``documents`` and ``triples`` tables;
    predictions of documents without gold are ignored and counted.
    """
    return score_sets([(gold_dir, out_dir)])


def score_sets(pairs: Sequence[tuple[str | Path, str | Path]]) -> Report:
    """One report over several (gold folder, output folder) pairs, micro-averaged
    over all their papers: the train set is the sample papers (``gold/dev``
    against ``output``) together with the train passages (``gold/train``
    against the output of ``gold/train/texts``)."""
    results, documents, preds, doc_of, warnings = [], [], [], {}, []
    for gold_dir, out_dir in pairs:
        out = Path(out_dir)
        if not out.is_dir():
            raise FileNotFoundError(f"output folder not found: {out}")
        papers = group_gold(load_gold(gold_dir))
        set_preds = load_predictions(out)
        set_documents = load_documents(out)
        set_doc_of, set_warnings = match_documents(papers, set_documents)
        preds_by_doc: dict[str, list[Prediction]] = defaultdict(list)
        for p in set_preds:
            preds_by_doc[p.doc_id].append(p)
        results += [score_paper(paper, gold, predictions_for(set_doc_of.get(paper), preds_by_doc),
                                set_doc_of[paper].text if paper in set_doc_of else None)
                    for paper, gold in papers.items()]
        documents += set_documents
        preds += set_preds
        doc_of.update(set_doc_of)
        warnings += set_warnings
    return build_report(results, documents, preds, doc_of, warnings)


@dataclass(frozen=True)
class MentionRecall:
    """How many gold factors and targets are found as a mention in their
    sentence and grounded to the right concept (issue: 97 % wanted)."""

    n: int
    factors_found: int
    targets_found: int
    # (role, gold name, sentence, the mentions found there as ``surface = concept``)
    missing: tuple[tuple[str, str, str, tuple[str, ...]], ...]

    @property
    def share(self) -> float:
        return (self.factors_found + self.targets_found) / (2 * self.n) if self.n else 0.0

    @classmethod
    def combined(cls, parts: Sequence[MentionRecall]) -> MentionRecall:
        """The counts of several gold sets added up."""
        return cls(sum(p.n for p in parts), sum(p.factors_found for p in parts),
                   sum(p.targets_found for p in parts), tuple(m for p in parts for m in p.missing))


def has_table(out: Path, name: str) -> bool:
    """Whether the output folder holds table ``name`` (one file or a folder of parts)."""
    return (out / name).is_dir() or (out / f"{name}.parquet").is_file()


def mention_recall(gold_dir: str | Path, out_dir: str | Path) -> MentionRecall:
    """Gold names found among the ``mentions`` of their sentence.

    A mention grounds a gold name when its concept id, concept name or
    surface text folds to the gold name or one of its aliases (the same
    test the triple scorer applies to factors and targets).
    """
    out = Path(out_dir)
    papers = group_gold(load_gold(gold_dir))
    documents = load_documents(out)
    doc_of, _ = match_documents(papers, documents)
    table = read_table(table_path(out, "mentions"), ("doc_id", "start", "end", "surface",
                                                     "concept_id", "concept_name"), ("frame_id", "frame_name"))
    by_doc: dict[str, list[tuple[int, int, frozenset[str], str]]] = defaultdict(list)
    for row in table:
        keys = fold_keys((row["concept_id"], row["concept_name"], row["surface"],
                          row.get("frame_id"), row.get("frame_name")))
        by_doc[row["doc_id"]].append((row["start"], row["end"], keys,
                                      f"{' '.join(str(row['surface']).split())} = {row['concept_name']}"))
    n = factors = targets = 0
    missing = []
    for paper, gold in papers.items():
        doc = doc_of.get(paper)
        compact = CompactText.of(doc.text) if doc and doc.text else None
        for g in gold:
            n += 1
            spans = compact.find_all(g.sentence) if compact else ()
            rows = [(keys, label) for a, b, keys, label in by_doc.get(doc.doc_id if doc else "", [])
                    if any(s <= a and b <= e for s, e in spans)]
            inside = [keys for keys, _ in rows]
            there = tuple(label for _, label in rows)
            if any(keys & g.factor_keys for keys in inside):
                factors += 1
            else:
                missing.append(("factor", g.factor, g.sentence, there))
            if any(keys & g.target_keys or any(fuzzy_equal(k, t) for k in keys for t in g.target_keys)
                   for keys in inside):
                targets += 1
            else:
                missing.append(("target", g.target, g.sentence, there))
    return MentionRecall(n, factors, targets, tuple(missing))


def bilingual_agreement(out_dir: str | Path) -> dict[str, tuple[int, int, float]]:
    """SPEC 4's cross-lingual agreement on the abstracts a paper gives in both
    languages: per document, the Jaccard overlap of the (factor id, polarity,
    target id, aspect) sets of its Chinese and its English abstract.

    Returns {source: (n_zh, n_en, jaccard)} for documents with triples in both.
    """
    out = Path(out_dir)
    sentences = read_table(table_path(out, "sentences"), ("doc_id", "sent_id", "section"))
    triples = read_table(table_path(out, "triples"),
                         ("doc_id", "sent_id", "lang", "factor_id", "polarity", "target_id", "aspect"))
    documents = {d.doc_id: d.source for d in load_documents(out)}
    abstract = {(r["doc_id"], r["sent_id"]) for r in sentences if r["section"] == "abstract"}
    sets: dict[str, dict[str, set]] = defaultdict(lambda: {"zh": set(), "en": set()})
    for t in triples:
        if (t["doc_id"], t["sent_id"]) in abstract and t["lang"] in ("zh", "en"):
            key = (t["factor_id"], t["polarity"], t["target_id"], normalize_aspect(t["aspect"]))
            sets[t["doc_id"]][t["lang"]].add(key)
    out_rows = {}
    for doc_id, by_lang in sets.items():
        zh, en = by_lang["zh"], by_lang["en"]
        if zh and en:
            out_rows[documents.get(doc_id, doc_id)] = (len(zh), len(en), len(zh & en) / len(zh | en))
    return out_rows


def build_report(results: Sequence[PaperResult], documents: Sequence[Document],
                 preds: Sequence[Prediction], doc_of: Mapping[str, Document],
                 warnings: Sequence[str]) -> Report:
    """Aggregate per-paper results into the Report."""
    by_lang = sum_scores(paper_counts(r, lambda g: g.lang, lambda p: p.lang) for r in results)
    by_paper = sum_scores(paper_counts(r, lambda g: g.doc, lambda p: r.paper) for r in results)
    misses, false_pos, aspect = [], [], []
    for r in results:
        m, f, a = collect_errors(r)
        misses += m
        false_pos += f
        aspect += a
    scored_ids = {d.doc_id for d in doc_of.values()}
    all_ids = {d.doc_id for d in documents} | {p.doc_id for p in preds}
    return Report(
        overall=sum(by_paper.values(), Scores()),
        by_lang=by_lang,
        by_paper=by_paper,
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        aspect_mismatches=tuple(aspect),
        unlocated=tuple(m.gold for m in misses if not m.located),
        unscored_documents=len(all_ids - scored_ids),
        ignored_predictions=sum(p.doc_id not in scored_ids for p in preds),
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------

def format_summary(report: Report) -> str:
    """A compact table: strict and relaxed P/R/F1 overall, by language, by paper."""
    header = (f"{'scope':<34} {'gold':>5} {'pred':>5} | {'strict P':>8} {'R':>6} {'F1':>6}"
              f" | {'relaxed P':>9} {'R':>6} {'F1':>6}")
    lines = [header, "-" * len(header), summary_row("all", report.overall)]
    lines += [summary_row(f"lang {k}", v) for k, v in report.by_lang.items()]
    lines += [summary_row(f"paper {k}", v) for k, v in report.by_paper.items()]
    lines.append("-" * len(header))
    lines.append(
        f"misses {len(report.misses)} (gold sentence not found: {len(report.unlocated)}), "
        f"false positives {len(report.false_positives)}, "
        f"aspect-only mismatches {len(report.aspect_mismatches)}")
    lines.append(f"unscored documents {report.unscored_documents} "
                 f"({report.ignored_predictions} predictions ignored)")
    lines += [f"warning: {w}" for w in report.warnings]
    return "\n".join(lines)


def summary_row(label: str, s: Scores) -> str:
    """One line of the summary table."""
    st, rx = s.strict, s.relaxed
    return (f"{label[:34]:<34} {st.n_gold:>5} {st.n_pred:>5} | {st.precision:>8.3f}"
            f" {st.recall:>6.3f} {st.f1:>6.3f} | {rx.precision:>9.3f} {rx.recall:>6.3f}"
            f" {rx.f1:>6.3f}")


def describe_gold(g: GoldTriple) -> str:
    """A gold triple on one line."""
    return (f"{g.factor} --{g.effect or '?'}({g.polarity:+d})--> {g.target}"
            f" [aspect: {g.aspect or '-'}]{flags(g.negated, g.hedged)}  ({g.origin})")


def describe_prediction(p: Prediction) -> str:
    """A predicted triple on one line, with the rule that made it."""
    factor = p.factor_text or p.factor_name or p.factor_id or "?"
    target = p.target_text or p.target_name or p.target_id or "?"
    polarity = f"{p.polarity:+d}" if p.polarity is not None else "?"
    return (f"{factor} ({p.factor_id}) --{p.effect or '?'}({polarity})--> {target}"
            f" ({p.target_id}) [aspect: {p.aspect or '-'}]{flags(p.negated, False)}"
            f"  rule={p.rule or '-'} lang={p.lang}")


def flags(negated: bool, hedged: bool) -> str:
    """The NEGATED / hedged markers of a triple line in the report."""
    return (" NEGATED" if negated else "") + (" hedged" if hedged else "")


def format_errors(report: Report) -> str:
    """The readable error report, grouped by paper: misses, false positives,
    and hits that need the aspect ignored."""
    misses = group_by(report.misses, lambda m: m.gold.doc)
    false_pos = group_by(report.false_positives, lambda fp: fp[0])
    aspect = group_by(report.aspect_mismatches, lambda a: a.gold.doc)
    out: list[str] = []
    for paper in report.by_paper:
        out.append(f"==================== {paper} ====================")
        out += section(f"misses ({len(misses[paper])})", misses[paper], miss_lines)
        out += section(f"false positives ({len(false_pos[paper])})", false_pos[paper],
                       lambda fp: [describe_prediction(fp[1]), f"    sentence: {fp[1].sentence}"])
        out += section(f"matched only with aspect ignored ({len(aspect[paper])})",
                       aspect[paper], aspect_lines)
        out.append("")
    out += [f"warning: {w}" for w in report.warnings]
    return "\n".join(out) + "\n"


def miss_lines(m: Miss) -> list[str]:
    """A missed gold triple and its sentence."""
    note = "" if m.located else "  [gold sentence NOT FOUND in document text]"
    return [describe_gold(m.gold) + note, f"    sentence: {m.gold.sentence}"]


def aspect_lines(a: AspectMismatch) -> list[str]:
    """A gold triple hit only relaxed, with the prediction it was paired with."""
    return [f"gold aspect {a.gold.aspect or '-'} / predicted {a.prediction.aspect or '-'}",
            f"    gold: {describe_gold(a.gold)}",
            f"    pred: {describe_prediction(a.prediction)}",
            f"    sentence: {a.gold.sentence}"]


def section(title: str, items: Sequence[Any], render: Callable[[Any], list[str]]) -> list[str]:
    """A titled block of the error report; nothing when it is empty."""
    if not items:
        return []
    return [f"-- {title} --", *(line for item in items for line in render(item))]


def group_by(items: Iterable[Any], key: Callable[[Any], str]) -> dict[str, list[Any]]:
    """Items in lists by key (missing keys give an empty list)."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluate",
        description="Score the pipeline's triples against gold JSON Lines (SPEC 4).")
    parser.add_argument("--gold", action="append", default=None,
                        help="folder of gold *.jsonl files (default gold/dev); repeat it with --out to "
                             "score several sets as one")
    parser.add_argument("--out", action="append", default=None,
                        help="output folder with the documents and triples tables (default output), one per --gold")
    parser.add_argument("--errors", metavar="FILE", help="write the error report here")
    parser.add_argument("--json", metavar="FILE", help="write the numbers as JSON here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Score, print the summary table, and write the optional report files."""
    args = parse_args(argv)
    golds, outs = args.gold or ["gold/dev"], args.out or ["output"]
    if len(golds) != len(outs):
        print(f"error: {len(golds)} --gold folders but {len(outs)} --out folders: give one --out per --gold",
              file=sys.stderr)
        return 2
    pairs = list(zip(golds, outs))
    try:
        report = score_sets(pairs)
    except (FileNotFoundError, EvaluationInputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_summary(report))
    recall = None
    if all(has_table(Path(out), "mentions") for _, out in pairs):
        recall = MentionRecall.combined([mention_recall(gold, out) for gold, out in pairs])
        print(f"gold names found as mentions in their sentence: {recall.share:.3f} "
              f"(factors {recall.factors_found}/{recall.n}, targets {recall.targets_found}/{recall.n})")
    for _, out in pairs:
        if has_table(Path(out), "sentences"):
            for source, (n_zh, n_en, jaccard) in sorted(bilingual_agreement(out).items()):
                print(f"bilingual abstract {source}: zh {n_zh} / en {n_en} triples, agreement (Jaccard) {jaccard:.2f}")
    if args.errors:
        text = format_errors(report)
        if recall is not None:
            text += "\n==================== gold names not found as mentions ====================\n"
            text += "".join(f"{role}: {name}\n    {sentence}\n    found: {'; '.join(there) or '-'}\n"
                            for role, name, sentence, there in recall.missing)
        Path(args.errors).write_text(text, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
