"""The words that name the parts of a paper (摘要, Keywords, 参考文献, Background, 图 1 …), read once
from ``dictionaries/sections.tsv``: each row one alternative of a kind, kept in the file's order so
that a kind's alternation tries them as written. A bad row is a ``DictionaryError`` naming its
file and line."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from . import config
from .lexicon import DictionaryError, read_tsv

FILE = "sections.tsv"
COLUMNS = ("kind", "lang", "pattern", "note")
KINDS = ("abstract", "keywords", "references", "front", "subheading", "introduction", "heading_numeral",
         "page_references", "page_number", "page_of", "caption")
LANGS = ("zh", "en")


@dataclass(frozen=True)
class SectionWords:
    """The patterns of each kind, in the file's order."""
    patterns: dict[str, tuple[str, ...]]

    def alternation(self, kind: str) -> str:
        """The kind's patterns as one regular-expression alternation (without a group)."""
        return "|".join(self.patterns[kind])


def _check_row(row: dict[str, str], where: str) -> None:
    if row["kind"] not in KINDS:
        raise DictionaryError(f"{where}: unknown kind {row['kind']!r} (one of {', '.join(KINDS)})")
    if row["lang"] not in LANGS:
        raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
    if not row["pattern"]:
        raise DictionaryError(f"{where}: empty pattern")
    try:
        re.compile(row["pattern"])
    except re.error as exc:
        raise DictionaryError(f"{where}: pattern {row['pattern']!r} is no regular expression ({exc})") from exc


def read_section_words(folder: Path) -> SectionWords:
    """Read and check ``sections.tsv`` of a dictionaries folder; every kind must have a row."""
    path = folder / FILE
    if not path.exists():
        raise DictionaryError(f"{path}: missing (the words that name the parts of a paper)")
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for row, where in read_tsv(path, COLUMNS):
        _check_row(row, where)
        found[row["kind"]].append(row["pattern"])
    empty = [kind for kind, patterns in found.items() if not patterns]
    if empty:
        raise DictionaryError(f"{path}: no row of kind {', '.join(empty)}")
    return SectionWords({kind: tuple(patterns) for kind, patterns in found.items()})


@functools.cache
def section_words() -> SectionWords:
    """The project's section words, read once."""
    return read_section_words(config.DICTIONARIES)
