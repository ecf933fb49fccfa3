"""Tools for the people who curate the dictionaries.

``check_dictionaries`` validates every file (``make check-dict``): the loader
stops at the first malformed line; this adds the checks that need the whole
dictionary (a name claimed by two concepts, an ambiguous form also listed
as a plain name, an English name written in Chinese, a word listed twice in
one relations file). ``write_candidates`` lists the names the papers use
that the dictionary lacks (``make candidates``): the new names the mention
stage found and the abbreviations the papers define.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pyarrow.compute as pc

from ..dictionary.lexicon import (CONCEPT_COLUMNS, FAMILY_COLUMNS, DictionaryError, expand_family, load_lexicon,
                      read_tsv, split_names)
from ..store.tables import read_table
from ..textnorm import fold, is_cjk


def _check_english_constructions(folder: Path, rules) -> None:
    """The English parse reader's words and construction records (each with its function)."""
    from ..english.english_claims import ordered
    from ..english.english_reader import readings  # noqa: F401 - registers every construction
    from ..english.english_words import CONSTRUCTIONS_FILE, load_english_vocab

    vocab = load_english_vocab(folder, rules)
    ordered(vocab.constructions, str(folder / "relations" / CONSTRUCTIONS_FILE))


def check_dictionaries(folder: Path) -> list[str]:
    """Every problem found, as ``file:line: problem`` lines (empty when clean)."""
    try:
        lexicon = load_lexicon(folder)
        from ..names.compositions import load_compositions
        from ..dictionary.new_name_rules import load_new_name_rules
        from ..relations import load_rule_data
        from .resources import load_patterns, load_settings
        from ..dictionary.word_patterns import ABBREVIATIONS, COMPOSITIONS, SECTIONS, read_word_patterns

        rules = load_rule_data(folder)
        _check_english_constructions(folder, rules)
        load_patterns(folder / "patterns.tsv")
        load_compositions(folder / "compositions.tsv")
        load_new_name_rules(folder / "new_names.tsv")
        load_settings(folder / "settings.tsv")
        read_word_patterns(folder, SECTIONS)
        read_word_patterns(folder, COMPOSITIONS)
        read_word_patterns(folder, ABBREVIATIONS)
    except DictionaryError as exc:
        return [str(exc)]
    problems = list(lexicon.problems)
    problems += _id_scheme_problems(lexicon)
    problems += _missing_chinese(lexicon)
    problems += _family_names_lost(folder)
    problems += _repeated_rows(folder / "relations")
    problems += [f"{folder / 'relations' / 'class_words.tsv'}: {cid} is not a concept"
                 for cid in sorted(rules.class_words) if cid not in lexicon.concepts]
    for cid, concept in lexicon.concepts.items():
        where = _defined_at(lexicon, concept)
        if not re.search(r"[A-Za-z]", concept.name):
            problems.append(f"{where}: {cid}: the English name {concept.name!r} has no Latin letters")
        if any(is_cjk(c) for c in concept.name):
            problems.append(f"{where}: {cid}: the English name {concept.name!r} is written in Chinese")
    return problems


# The id schemes each concept type may use (docs: dictionaries/README.md): a gene
# is an HGNC symbol, a cell a CL term, a disease a MeSH descriptor...; local: is
# for what no scheme names. A cell with a GO id is a row in the wrong file.
ID_SCHEMES = {
    "gene": ("HGNC", "local"), "ncrna": ("HGNC", "local"), "cell": ("CL", "local"),
    "disease": ("MESH", "local"), "drug": ("MESH", "CHEBI", "local"), "process": ("GO", "MESH", "local"),
    "anatomy": ("UBERON", "MESH", "local"), "pathway": ("GO", "local"), "family": ("local",),
    "other": ("MESH", "UBERON", "CHEBI", "local"),
}
# Types whose concepts Chinese reviews always name in Chinese: a row without a
# Chinese name cannot be found in half of the papers.
NEEDS_CHINESE = frozenset({"cell", "disease", "anatomy"})


def _id_scheme_problems(lexicon) -> list[str]:
    """Concepts whose id scheme does not fit their type (``CL:`` for a gene)."""
    return [f"{_defined_at(lexicon, c)}: {c.id}: a {c.type} takes an id of "
            f"{' or '.join(ID_SCHEMES[c.type])}, not {c.id.split(':')[0]}"
            for c in lexicon.concepts.values() if c.id.split(":")[0] not in ID_SCHEMES[c.type]]


def _missing_chinese(lexicon) -> list[str]:
    """Cells, diseases and anatomy without a Chinese name."""
    with_zh = {t.concept_id for terms in lexicon.terms.values() for t in terms if t.lang == "zh"}
    return [f"{_defined_at(lexicon, c)}: {c.id} ({c.name}): a {c.type} needs a Chinese name (zh)"
            for c in lexicon.concepts.values() if c.type in NEEDS_CHINESE and c.id not in with_zh]


def _family_names_lost(folder: Path) -> list[str]:
    """A concept row that replaces a family member (families.tsv) must keep the
    names the family gives that member, or they are silently lost."""
    members = {}
    for row, where in read_tsv(folder / "families.tsv", FAMILY_COLUMNS) if (folder / "families.tsv").exists() else ():
        for member in expand_family(row, where):
            members[member["id"]] = (member, where)
    problems = []
    for path in sorted((folder / "concepts").glob("*.tsv")):
        for row, where in read_tsv(path, CONCEPT_COLUMNS):
            if row["id"] not in members:
                continue
            member, family_at = members[row["id"]]
            have = {fold(n) for n in [row["name"], *split_names(row["synonyms"]), *split_names(row["zh"])]}
            lost = [n for n in [member["name"], *split_names(member["synonyms"]), *split_names(member["zh"])]
                    if fold(n) not in have]
            if lost:
                problems.append(f"{where}: {row['id']} replaces the member of {family_at} but lacks its names "
                                f"{' | '.join(lost)}")
    return problems


# The columns that name one entry of each relations file: a second row with the
# same values is the same word listed twice (two curators, or two merged branches),
# and only one of the two readings can be in force.
_ENTRY_KEYS = {
    "aspects.tsv": ("lang", "word"),
    "class_words.tsv": ("id",),
    "cues.tsv": ("kind", "lang", "word"),
    "default_aspects.tsv": ("effect", "target_type"),
    "triggers.tsv": ("lang", "word", "form"),
    "words.tsv": ("kind", "lang", "word"),
    "english_parse_words.tsv": ("kind", "word"),
}


def _repeated_rows(folder: Path) -> list[str]:
    """``file:line: … listed again`` for every row whose entry an earlier row of
    the same file already has."""
    problems = []
    for name, key in _ENTRY_KEYS.items():
        path = folder / name
        if not path.exists():
            continue
        lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if line.strip() and not line.startswith("#")]
        header = lines[0][1].split("\t")
        first: dict[tuple, int] = {}
        for n, line in lines[1:]:
            row = dict(zip(header, line.split("\t")))
            entry = tuple(row.get(k, "").strip() for k in key)
            if entry in first:
                problems.append(f"{path}:{n}: {' '.join(entry)} is listed again (first at line {first[entry]})")
            else:
                first[entry] = n
    return problems


def _defined_at(lexicon, concept) -> str:
    """The ``file:line`` of the row that defines ``concept`` (its preferred
    name's term), or its id when that name was too short to be a term."""
    for term in lexicon.terms.get(fold(concept.name), ()):
        if term.concept_id == concept.id and term.status == "name":
            return term.source
    return concept.id


def write_candidates(out_dir: Path, tsv: Path) -> int:
    """Names the papers use that the dictionary lacks, ranked by frequency.

    Two sources: the new names of the mentions table (``via = shape`` or
    ``phrase``, ids ``new:``: gene-shaped tokens and phrases headed by a
    biomedical word, ``newnames.py``), and the short forms the papers define
    that the dictionary does not know (document-local ids ``doc:``). No noise:
    a long form listed as a term of its own (a term defined as itself), a short
    form that is a unit, a code or a word that names no thing (``new_names.tsv``).
    Each with its type, count, the number of papers it occurs in and one example
    sentence (the defining one, for an abbreviation).
    """
    from .resources import load_resources

    rules = load_resources().new_names
    sentences = {(s["doc_id"], s["sent_id"]): s["text"] for s in read_table(out_dir, "sentences").to_pylist()}
    mentions = read_table(out_dir, "mentions")
    new = mentions.filter(pc.starts_with(mentions["concept_id"], "new:")).to_pylist()
    local = mentions.filter(pc.starts_with(mentions["concept_id"], "doc:")).to_pylist()
    found: dict[tuple[str, str], dict] = {}
    for m in new:
        entry = found.setdefault((f"new name ({m['via']})", m["concept_name"]),
                                 {"type": m["concept_type"], "count": 0, "papers": set(), "example": ""})
        _count(entry, m, sentences.get((m["doc_id"], m["sent_id"]), ""))
    for m in local:
        short = m["concept_id"].split(":", 2)[2]
        if fold(short) != fold(m["surface"]) or (rules is not None and rules.is_noise(short)) \
                or fold(short) == fold(m["concept_name"]):
            continue  # the long form's own mention, or a unit or code defined as a term
        entry = found.setdefault(("defined abbreviation", f"{short} = {m['concept_name']}"),
                                 {"type": m["concept_type"], "count": 0, "papers": set(), "example": ""})
        text = sentences.get((m["doc_id"], m["sent_id"]), "")
        if re.search(r"[(（][^)）]*" + re.escape(short), text) and not entry.get("defining"):
            entry["example"], entry["defining"] = text, True  # the sentence that defines it (in brackets)
        _count(entry, m, text)
    tsv.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(found.items(), key=lambda kv: (-kv[1]["count"], kv[0]))
    with tsv.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "term", "type", "count", "papers", "example"])
        for (kind, term), e in rows:
            w.writerow([kind, term, e["type"], e["count"], len(e["papers"]), re.sub(r"\s+", " ", e["example"])[:300]])
    return len(rows)


def _count(entry: dict, mention: dict, sentence: str) -> None:
    entry["count"] += 1
    entry["papers"].add(mention["doc_id"])
    entry["example"] = entry["example"] or sentence
