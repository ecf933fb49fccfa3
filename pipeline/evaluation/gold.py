"""The gold triples (SPEC section 4): every ``*.jsonl`` file of a gold folder, one triple a line,
checked field by field; a malformed line raises an error naming ``file:line``."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .cells import EvaluationInputError, as_flag, as_text, fold_keys, is_missing, normalize_aspect


GOLD_REQUIRED = ("doc", "lang", "sentence", "factor", "polarity", "target")


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


def group_gold(gold: Iterable[GoldTriple]) -> dict[str, list[GoldTriple]]:
    """Gold triples by paper (the gold ``doc``), papers in first-seen order."""
    papers: dict[str, list[GoldTriple]] = {}
    for g in gold:
        papers.setdefault(g.doc, []).append(g)
    return papers
