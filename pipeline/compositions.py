"""Compositional names: a head name with the words around it that make it
name something else (``IL-1β 中和``, ``anti-LIF antibody``, ``IL-10 基因多态性``).

Reviews, and the people who annotate them, name a factor or target by a
phrase built on a known name: the neutralization of IL-1β is not IL-1β, an
anti-X antibody is a drug, an X gene polymorphism is a genotype. Listing
every such phrase in the dictionary would mean one row per head and per
construction; instead ``dictionaries/compositions.tsv`` holds the
constructions, one per line: a regular expression that must end right
before a head mention (``before``), one that must start right after it
(``after``), the types of head it accepts, and the English name of what
results, with ``{name}`` for the head's preferred name.

A composed name is a *derived concept*: its id is the head's id and the
construction's id (``HGNC:IL1B/neutralization``), its name the template
filled (``IL-1β neutralization``), so the same construction in Chinese and
English gives one concept. Where the dictionary already lists the filled
name (``PD-1 blockade`` is a name of ``local:anti_pd1``), that concept is
used instead.

``compose`` is a pure function over one sentence's cleaned text and the
mentions found in it; it returns spans in that text. The composed mention
spans the head and its words, so it overlaps the head's own mention, which
stays in the mentions table. The ``read_as`` column says which of the two
the relation reader reads: the composed name where the construction names a
thing that acts or is acted on in its own right (``抗 IL-17 抗体``, ``针对细胞
因子进行治疗``, ``肿瘤细胞的杀伤作用``), the head where SPEC 1 states the
construction as the head's own effect with the polarity turned round (the
blockade, knockout or knock-down of X).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .lexicon import TYPES, Concept, DictionaryError, read_tsv
from .matcher import on_boundaries
from .textnorm import fold

COMPOSITION_COLUMNS = ("id", "lang", "before", "after", "heads", "name", "type", "read_as", "example", "expected",
                       "note")
# What the relation reader reads where a construction matches: the composed
# name (an anti-X antibody, an X-targeted therapy act as themselves), or the
# head (a knock-down or blockade of X is X's own effect turned round, SPEC 1).
READ_AS = frozenset({"name", "head"})
# How far back a ``before`` expression may reach, in characters: the words
# before a head are a few (``针对这些``, ``neutralization of``), not a clause.
REACH = 24


@dataclass(frozen=True)
class Composition:
    """One construction of ``compositions.tsv``."""

    id: str
    lang: str
    before: re.Pattern | None
    after: re.Pattern | None
    heads: frozenset[str]
    name: str  # English name template, ``{name}`` = the head's preferred name
    type: str
    read_as: str  # ``name`` or ``head``: what the relation reader reads (READ_AS)
    example: str
    expected: tuple[str, str]  # (surface, name) the example must give
    source: str  # file:line


def load_compositions(path: Path) -> list[Composition]:
    """The constructions of ``path``; a malformed line raises
    ``DictionaryError("file:line: problem")``."""
    out: list[Composition] = []
    if not path.exists():
        return out
    for row, where in read_tsv(path, COMPOSITION_COLUMNS):
        if not re.fullmatch(r"[a-z0-9_]+", row["id"]):
            raise DictionaryError(f"{where}: id {row['id']!r} must be a slug (a-z, 0-9, _)")
        if row["lang"] not in ("zh", "en"):
            raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
        if not row["before"] and not row["after"]:
            raise DictionaryError(f"{where}: a composition needs words before or after its head")
        heads = frozenset(row["heads"].split("|"))
        if not heads or not heads <= TYPES:
            raise DictionaryError(f"{where}: heads must be types among {', '.join(sorted(TYPES))}; "
                                  f"got {row['heads']!r}")
        if row["type"] not in TYPES:
            raise DictionaryError(f"{where}: unknown type {row['type']!r}")
        if row["read_as"] not in READ_AS:
            raise DictionaryError(f"{where}: read_as must be one of {', '.join(sorted(READ_AS))}, "
                                  f"got {row['read_as']!r}")
        if "{name}" not in row["name"]:
            raise DictionaryError(f"{where}: the name must hold {{name}}, the head's name")
        expected = tuple(p.strip() for p in row["expected"].split("|"))
        if not row["example"] or len(expected) != 2 or not all(expected):
            raise DictionaryError(f"{where}: a composition needs an example and its expected 'surface | name'")
        try:
            before = re.compile(f"(?:{row['before']})$", re.IGNORECASE) if row["before"] else None
            after = re.compile(row["after"], re.IGNORECASE) if row["after"] else None
        except re.error as exc:
            raise DictionaryError(f"{where}: bad regular expression: {exc}") from exc
        out.append(Composition(row["id"], row["lang"], before, after, heads, row["name"], row["type"],
                               row["read_as"], row["example"], expected, where))
    return out


def compose(text: str, heads: list[tuple[int, int, Concept]], compositions: list[Composition],
            lexicon) -> list[tuple[int, int, Concept]]:
    """(start, end, derived concept) for every construction around a head.

    ``heads`` are the mentions of the sentence as (start, end, concept) in
    ``text``. A construction matches when its ``before`` expression ends
    at the head's start and its ``after`` expression starts at the head's
    end (either may be absent, not both; either may match nothing where the
    other matched something), the head's type is one it accepts, and the
    whole span starts and ends on word boundaries. One
    span gets one derived concept per construction id.
    """
    out: dict[tuple[int, int, str], tuple[int, int, Concept]] = {}
    for hstart, hend, head in heads:
        for c in compositions:
            if head.type not in c.heads:
                continue
            start, end = hstart, hend
            if c.before is not None:
                window = max(0, hstart - REACH)
                m = c.before.search(text[window:hstart])
                if m is None:
                    continue
                start = window + m.start()
            if c.after is not None:
                m = c.after.match(text, hend)
                if m is None:
                    continue
                end = m.end()
            if (start, end) == (hstart, hend) or not on_boundaries(text, start, end):
                continue
            out.setdefault((start, end, c.id), (start, end, derived_concept(head, c, lexicon)))
    return sorted(out.values(), key=lambda x: (x[0], x[1]))


def derived_concept(head: Concept, c: Composition, lexicon) -> Concept:
    """The concept a construction makes of ``head``: the dictionary's, where
    it lists the filled name, else ``<head id>/<construction id>``."""
    name = c.name.replace("{name}", head.name)
    terms = lexicon.lookup(fold(name))
    if terms:
        return lexicon.concepts[terms[0].concept_id]
    return Concept(f"{head.id}/{c.id}", c.type, name)
