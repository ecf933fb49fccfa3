"""Reading one cell of the scorer's inputs (a gold field or a table cell): what counts as empty,
and the text, number, flag, aspect and folded name keys a cell stands for. The scorer's input error
lives here too, since every reader raises it."""
from __future__ import annotations

import math
from typing import Any, Iterable

from pipeline.textnorm import fold


class EvaluationInputError(ValueError):
    """An input the scorer cannot read; the message names the file."""


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


def as_int(value: Any) -> int | None:
    """An integer cell, or None when missing."""
    return None if is_missing(value) else int(value)
