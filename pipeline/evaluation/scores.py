"""The scorer's records: hit counts with precision, recall and F1 (strict and relaxed), the errors
behind them, and the Report that holds them all."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .gold import GoldTriple
from .output_tables import Prediction


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
