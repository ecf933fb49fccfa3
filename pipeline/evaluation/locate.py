"""Where a gold sentence occurs in a document's text: found with all white space (and zero-width
characters) ignored, since gold sentences are copied from the text with their line breaks lost."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


# Characters that are not ``str.isspace()`` but that text extraction leaves
# inside words; they are ignored together with white space when locating.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


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
