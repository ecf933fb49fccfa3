"""The bilingual dictionary: loaded once, validated, folded for lookup.

Reads ``dictionaries/concepts/*.tsv``, ``dictionaries/families.tsv`` and
``dictionaries/ambiguous.tsv`` (format in ``dictionaries/README.md``) into
``Concept`` records and ``Term`` records, one term per name, in the manner
of Gilda's term table. A malformed line stops the load with
``DictionaryError("file:line: problem")`` before any output is written.
"""
from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..records import PipelineError
from ..textnorm import depluralize, fold

CONCEPT_COLUMNS = ("id", "type", "name", "synonyms", "zh", "frame", "note")
FAMILY_COLUMNS = CONCEPT_COLUMNS + ("values",)
AMBIGUOUS_COLUMNS = ("surface", "id", "context")
TYPES = frozenset({"gene", "family", "pathway", "cell", "process", "disease", "drug", "ncrna", "anatomy", "other"})
ASPECTS = frozenset({
    "expression", "activity", "phosphorylation", "differentiation", "proliferation", "survival",
    "apoptosis", "migration", "invasion", "metastasis", "maturation", "polarization", "infiltration",
    "stemness", "drug_resistance", "growth", "recruitment",
})
ID_PATTERN = re.compile(r"^(HGNC:[A-Za-z0-9-]+|CL:\d{7}|GO:\d{7}|UBERON:\d{7}|CHEBI:\d+|MESH:[CD]\d{6,9}|local:[a-z0-9_.+-]+)$")
# Names of this length or shorter, written in capitals, are acronyms: they
# never match a word written all in lower case (ALL ≠ all).
SHORT_NAME = 5


class DictionaryError(PipelineError):
    """A problem in a dictionary file; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class Concept:
    id: str
    type: str
    name: str
    frame: tuple[str, str] | None = None  # (cell concept id, aspect)


@dataclass(frozen=True)
class Term:
    """One name of a concept, as the matcher looks it up."""

    key: str
    text: str
    concept_id: str
    lang: str
    status: str  # "name", "synonym", "zh", "variant" (Latin for Greek letters) or "ambiguous"
    source: str  # file:line
    acronym: bool = False


@dataclass(frozen=True)
class AmbiguousName:
    key: str
    surface: str
    concept_id: str
    context: tuple[str, ...]
    source: str


@dataclass
class Lexicon:
    concepts: dict[str, Concept] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    ambiguous: dict[str, list[AmbiguousName]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # non-fatal, for check-dict

    def lookup(self, key: str) -> list[Term]:
        """Terms whose folded name is ``key`` (also without an English plural)."""
        found = self.terms.get(key)
        if found:
            return found
        singular = depluralize(key)
        return self.terms.get(singular, []) if singular != key else []

    def concept_named(self, name: str) -> Concept | None:
        """The concept whose English preferred name is ``name`` (folded), if any."""
        if not hasattr(self, "_by_name"):
            self._by_name = {fold(c.name): c for c in self.concepts.values()}
        return self._by_name.get(fold(name))

    def chinese_names(self) -> list[str]:
        """Every Chinese name as written, for the Chinese segmenter."""
        return sorted({t.text for ts in self.terms.values() for t in ts if t.lang == "zh"})


# --- loading ----------------------------------------------------------------

def load_lexicon(folder: Path) -> Lexicon:
    """Load and validate every dictionary file under ``folder``."""
    lexicon = Lexicon()
    concept_files = sorted((folder / "concepts").glob("*.tsv"))
    if not concept_files:
        raise DictionaryError(f"{folder / 'concepts'}: no concept files (*.tsv) found")
    explicit: dict[str, str] = {}
    rows: list[tuple[dict, str]] = []
    for path in concept_files:
        for row, where in read_tsv(path, CONCEPT_COLUMNS):
            if row["id"] in explicit:
                raise DictionaryError(f"{where}: id {row['id']} already defined at {explicit[row['id']]}")
            explicit[row["id"]] = where
            rows.append((row, where))
    families = folder / "families.tsv"
    if families.exists():
        for row, where in read_tsv(families, FAMILY_COLUMNS):
            for member in expand_family(row, where):
                if member["id"] not in explicit:
                    rows.append((member, where))
    for row, where in rows:
        _add_concept(lexicon, row, where)
    for row, where in rows:
        if row["frame"]:
            cell_id = row["frame"].split()[0]
            if cell_id not in lexicon.concepts:
                raise DictionaryError(f"{where}: frame names {cell_id}, which is not a concept")
    ambiguous = folder / "ambiguous.tsv"
    if ambiguous.exists():
        for row, where in read_tsv(ambiguous, AMBIGUOUS_COLUMNS):
            _add_ambiguous(lexicon, row, where)
    _add_latin_greek_variants(lexicon)
    return lexicon


def read_tsv(path: Path, columns: tuple[str, ...]):
    """Rows of a dictionary TSV as dicts, with ``file:line`` for messages."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    lines = text.splitlines()
    header_seen = False
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if not header_seen:
            if tuple(c.strip() for c in cells) != columns:
                raise DictionaryError(f"{where}: header must be {' <tab> '.join(columns)}, got {' | '.join(cells)}")
            header_seen = True
            continue
        if len(cells) > len(columns):
            raise DictionaryError(f"{where}: {len(cells)} columns, expected at most {len(columns)} "
                                  f"(a tab inside a name?)")
        cells += [""] * (len(columns) - len(cells))
        yield dict(zip(columns, (c.strip() for c in cells))), where
    if not header_seen:
        raise DictionaryError(f"{path}:1: empty file (no header)")


def split_names(cell: str) -> list[str]:
    """``a|b[c]`` to ``["a", "bc", "b"]``: the names a cell stands for."""
    names: list[str] = []
    for part in cell.split("|"):
        part = part.strip()
        if part:
            names.extend(expand_optional(part))
    return list(dict.fromkeys(names))


def expand_optional(name: str) -> list[str]:
    """``破骨[细胞]`` to ``["破骨细胞", "破骨"]``."""
    pieces = re.split(r"(\[[^\]]*\])", name)
    options = [[p[1:-1], ""] if p.startswith("[") and p.endswith("]") else [p] for p in pieces]
    return ["".join(combo).strip() for combo in itertools.product(*options) if "".join(combo).strip()]


def expand_family(row: dict, where: str) -> list[dict]:
    """One concept row per value of a family row (``{n}`` replaced)."""
    values = parse_values(row["values"], where)
    if "{n}" not in row["id"] or "{n}" not in row["name"]:
        raise DictionaryError(f"{where}: a family needs {{n}} in its id and name")
    out = []
    for v in values:
        member = {k: row[k].replace("{n}", v) for k in CONCEPT_COLUMNS}
        out.append(member)
    return out


def parse_values(cell: str, where: str) -> list[str]:
    """``2-7,9,A`` to ``["2", ..., "7", "9", "A"]``."""
    values: list[str] = []
    for part in (p.strip() for p in cell.split(",")):
        if not part:
            continue
        m = re.fullmatch(r"(\d+)-(\d+)", part)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo > hi:
                raise DictionaryError(f"{where}: range {part} runs backwards")
            values.extend(str(i) for i in range(lo, hi + 1))
        elif re.fullmatch(r"[A-Za-z0-9α-ω]+", part):
            values.append(part)
        else:
            raise DictionaryError(f"{where}: bad value {part!r} in values (use numbers, ranges 2-7, letters)")
    if not values:
        raise DictionaryError(f"{where}: a family needs values")
    return values


def _add_concept(lexicon: Lexicon, row: dict, where: str) -> None:
    cid, ctype, name = row["id"], row["type"], row["name"]
    if not ID_PATTERN.match(cid):
        raise DictionaryError(f"{where}: malformed id {cid!r} (HGNC:SYMBOL, CL:0000000, GO:0000000, UBERON:0000000, CHEBI:0000, MESH:D000000 or local:slug)")
    if ctype not in TYPES:
        raise DictionaryError(f"{where}: unknown type {ctype!r}; one of {', '.join(sorted(TYPES))}")
    if not name:
        raise DictionaryError(f"{where}: concept {cid} has no English name")
    frame = None
    if row["frame"]:
        parts = row["frame"].split()
        if len(parts) != 2 or parts[1] not in ASPECTS:
            raise DictionaryError(f"{where}: frame must be '<cell id> <aspect>', aspect one of "
                                  f"{', '.join(sorted(ASPECTS))}; got {row['frame']!r}")
        frame = (parts[0], parts[1])
    lexicon.concepts[cid] = Concept(cid, ctype, name, frame)
    names = [(name, "en", "name")]
    names += [(n, "en", "synonym") for n in split_names(row["synonyms"])]
    names += [(n, "zh", "zh") for n in split_names(row["zh"])]
    for text, lang, status in names:
        _add_term(lexicon, Term(
            key=fold(text), text=text, concept_id=cid, lang=lang, status=status, source=where,
            acronym=is_acronym(text),
        ))


def is_acronym(text: str) -> bool:
    """A short name written in capitals (``ALL``, ``MM``, ``IL-6``): it never
    matches a word written in lower case (``all``, ``mm``)."""
    return len(text) <= SHORT_NAME and _all_capitals(text)


def _all_capitals(text: str) -> bool:
    """``ALL``, ``MM``, ``IL-6`` are acronyms; ``c-Jun``, ``Akt`` are not."""
    letters = [c for c in text if c.isalpha() and c.isascii()]
    return bool(letters) and all(c.isupper() for c in letters)


def _add_term(lexicon: Lexicon, term: Term) -> None:
    if len(term.key) < 2:
        lexicon.problems.append(f"{term.source}: name {term.text!r} is shorter than 2 characters")
        return
    bucket = lexicon.terms.setdefault(term.key, [])
    if any(t.concept_id == term.concept_id for t in bucket):
        return
    if bucket:
        lexicon.problems.append(
            f"{term.source}: name {term.text!r} also names {bucket[0].concept_id} ({bucket[0].source}); "
            f"list it in ambiguous.tsv if both readings are real")
    bucket.append(term)


# Greek letters that English texts write as a Latin letter: TNF-a, IkBa, TGFb, PKCd.
LATIN_GREEK = {"α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "κ": "k"}
MIN_VARIANT_KEY = 4  # ERα -> ERa ("era") and γc -> gc are too short to be told from words


def _add_latin_greek_variants(lexicon: Lexicon) -> None:
    """Every English name with a Greek letter also under its Latin-letter spelling
    (``TNF-α`` as ``TNF-a``), where that spelling names nothing else: the written
    names and the ambiguous short forms always win. An acronym's variant is an
    acronym too (``TGF-b`` never matches ``tgf-b``)."""
    for terms in list(lexicon.terms.values()):
        for term in terms:
            if term.lang != "en" or not any(c in LATIN_GREEK for c in term.text):
                continue
            text = "".join(LATIN_GREEK.get(c, c) for c in term.text)
            key = fold(text)
            if len(key) < MIN_VARIANT_KEY or key in lexicon.terms or key in lexicon.ambiguous:
                continue
            lexicon.terms[key] = [Term(key, text, term.concept_id, "en", "variant", term.source,
                                       acronym=term.acronym)]


def _add_ambiguous(lexicon: Lexicon, row: dict, where: str) -> None:
    if row["id"] not in lexicon.concepts:
        raise DictionaryError(f"{where}: ambiguous name {row['surface']!r} points to unknown concept {row['id']}")
    key = fold(row["surface"])
    context = tuple(split_names(row["context"]))
    if not context:
        raise DictionaryError(f"{where}: ambiguous name {row['surface']!r} needs context words")
    lexicon.ambiguous.setdefault(key, []).append(AmbiguousName(key, row["surface"], row["id"], context, where))
    if key in lexicon.terms:
        lexicon.problems.append(f"{where}: {row['surface']!r} is listed as ambiguous but is also a plain name "
                                f"of {lexicon.terms[key][0].concept_id} ({lexicon.terms[key][0].source})")
