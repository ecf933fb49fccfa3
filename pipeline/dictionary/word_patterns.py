"""Word lists written as patterns, read once from small TSV files of ``dictionaries/`` (columns
``kind``, ``lang``, ``pattern``, ``note``): ``sections.tsv``, the words that name the parts of a
paper (摘要, Keywords, 参考文献, Background, 图 1 …), ``composition_words.tsv``, the words that end
a pathway's name (通路, pathway, axis), and ``abbreviation_words.tsv``, the function words that end a
Chinese long form (的, 在, 是 …). Each row is one alternative of a kind, kept in the file's
order so that a kind's alternation tries them as written. A bad row is a ``DictionaryError``
naming its file and line."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .. import config
from .lexicon import DictionaryError, read_tsv

COLUMNS = ("kind", "lang", "pattern", "note")
LANGS = ("zh", "en")
# Each file and its kinds (the file's header comment says what each kind means).
SECTIONS = ("sections.tsv", ("abstract", "keywords", "references", "front", "subheading", "introduction",
                             "heading_numeral", "page_references", "page_number", "page_of", "caption",
                             "no_sentence_end"))
COMPOSITIONS = ("composition_words.tsv", ("pathway_end", "axis_end", "conjunction", "of_owner", "possessive",
                                          "bound_start", "list_end"))
ABBREVIATIONS = ("abbreviation_words.tsv", ("long_form_stop",))
# Kinds whose rows are single characters (read as a set of characters, not as patterns).
ONE_CHARACTER = {"long_form_stop", "bound_start"}
# Kinds whose rows are English words in lower case (read as a set of words, not as patterns).
LOWER_CASE_WORD = {"no_sentence_end"}


@dataclass(frozen=True)
class WordPatterns:
    """The patterns of each kind, in the file's order."""
    patterns: dict[str, tuple[str, ...]]

    def alternation(self, kind: str) -> str:
        """The kind's patterns as one regular-expression alternation (without a group)."""
        return "|".join(self.patterns[kind])


def _check_row(row: dict[str, str], where: str, kinds: tuple[str, ...]) -> None:
    if row["kind"] not in kinds:
        raise DictionaryError(f"{where}: unknown kind {row['kind']!r} (one of {', '.join(kinds)})")
    if row["lang"] not in LANGS:
        raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
    if not row["pattern"]:
        raise DictionaryError(f"{where}: empty pattern")
    if row["kind"] in ONE_CHARACTER and len(row["pattern"]) != 1:
        raise DictionaryError(f"{where}: a {row['kind']} is one character, got {row['pattern']!r}")
    if row["kind"] in LOWER_CASE_WORD and not re.fullmatch(r"[a-z]+", row["pattern"]):
        raise DictionaryError(f"{where}: a {row['kind']} is a word of letters in lower case, got {row['pattern']!r}")
    try:
        re.compile(row["pattern"])
    except re.error as exc:
        raise DictionaryError(f"{where}: pattern {row['pattern']!r} is no regular expression ({exc})") from exc


def read_word_patterns(folder: Path, spec: tuple[str, tuple[str, ...]]) -> WordPatterns:
    """Read and check one file (``SECTIONS``, ``COMPOSITIONS``, ``ABBREVIATIONS``) of a dictionaries folder; every
    kind must have a row."""
    name, kinds = spec
    path = folder / name
    if not path.exists():
        raise DictionaryError(f"{path}: missing (rows of {', '.join(kinds)})")
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    for row, where in read_tsv(path, COLUMNS):
        _check_row(row, where, kinds)
        found[row["kind"]].append(row["pattern"])
    empty = [kind for kind, patterns in found.items() if not patterns]
    if empty:
        raise DictionaryError(f"{path}: no row of kind {', '.join(empty)}")
    return WordPatterns({kind: tuple(patterns) for kind, patterns in found.items()})


@functools.cache
def section_words() -> WordPatterns:
    """The project's sections.tsv, read once."""
    return read_word_patterns(config.DICTIONARIES, SECTIONS)


@functools.cache
def composition_words() -> WordPatterns:
    """The project's composition_words.tsv, read once."""
    return read_word_patterns(config.DICTIONARIES, COMPOSITIONS)


@functools.cache
def abbreviation_words() -> WordPatterns:
    """The project's abbreviation_words.tsv, read once."""
    return read_word_patterns(config.DICTIONARIES, ABBREVIATIONS)
