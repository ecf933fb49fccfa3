"""Tools for the people who curate the dictionaries.

``check_dictionaries`` validates every file (``make check-dict``): the loader
stops at the first malformed line; this adds the checks that need the whole
dictionary (a name claimed by two concepts, an ambiguous form also listed
as a plain name, an English name written in Chinese, a word listed twice in
one relations file). ``write_candidates`` lists terms the papers define
or use that the dictionary lacks (``make candidates``).
"""
from __future__ import annotations

import collections
import csv
import re
from pathlib import Path

import pyarrow.compute as pc

from .lexicon import DictionaryError, load_lexicon
from .tables import read_table
from .textnorm import fold, is_cjk


def check_dictionaries(folder: Path) -> list[str]:
    """Every problem found, as ``file:line: problem`` lines (empty when clean)."""
    try:
        lexicon = load_lexicon(folder)
        from .compositions import load_compositions
        from .newnames import load_new_name_rules
        from .relations import load_rule_data
        from .resources import load_patterns, load_settings

        rules = load_rule_data(folder)
        load_patterns(folder / "patterns.tsv")
        load_compositions(folder / "compositions.tsv")
        load_new_name_rules(folder / "new_names.tsv")
        load_settings(folder / "settings.tsv")
    except DictionaryError as exc:
        return [str(exc)]
    problems = list(lexicon.problems)
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


# The columns that name one entry of each relations file: a second row with the
# same values is the same word listed twice (two curators, or two merged branches),
# and only one of the two readings can be in force.
_ENTRY_KEYS = {
    "aspects.tsv": ("lang", "word"),
    "class_words.tsv": ("id",),
    "cues.tsv": ("kind", "lang", "word"),
    "default_aspects.tsv": ("effect", "target_type"),
    "triggers.tsv": ("lang", "word", "form"),
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
    """Terms the papers use that the dictionary lacks, ranked by frequency.

    Three sources: short forms the papers define but the dictionary does
    not know (mentions with ``via = abbreviation`` and a document-local
    id); capitalised or digit-bearing English tokens that are not part of
    any mention; and Chinese words next to a trigger word that are not part
    of any mention. Each with its count, the papers it occurs in and one
    example sentence.
    """
    from .resources import load_resources

    resources = load_resources()
    sentences = read_table(out_dir, "sentences").to_pylist()
    mentions = read_table(out_dir, "mentions")
    local = mentions.filter(pc.starts_with(mentions["concept_id"], "doc:")).to_pylist()
    by_sentence = collections.defaultdict(list)
    for m in mentions.to_pylist():
        by_sentence[(m["doc_id"], m["sent_id"])].append((m["start"], m["end"]))
    counts: collections.Counter = collections.Counter()
    examples: dict[tuple[str, str], str] = {}
    papers: dict[tuple[str, str], set] = collections.defaultdict(set)

    def add(kind: str, term: str, doc_id: str, sentence: str) -> None:
        key = (kind, term)
        counts[key] += 1
        examples.setdefault(key, sentence)
        papers[key].add(doc_id)

    for m in local:
        add("defined abbreviation", f"{m['surface']} = {m['concept_name']}", m["doc_id"], "")
    triggers = {w for (lang, w) in resources.rules.triggers if lang == "zh"}
    for s in sentences:
        if s["section"] not in ("abstract", "body"):
            continue
        covered = by_sentence.get((s["doc_id"], s["sent_id"]), [])
        base = s["start"]

        def free(a: int, b: int) -> bool:
            return not any(a + base < e and st < b + base for st, e in covered)

        for m in re.finditer(r"\b[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\b", s["text"]):
            word = m.group()
            if (any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)) and free(*m.span()) \
                    and not resources.lexicon.lookup(fold(word)) and len(word) >= 2:
                add("unknown symbol", word, s["doc_id"], s["text"])
        if s["lang"] == "zh":
            known = {w for (lang, w) in list(resources.rules.cues) + list(resources.rules.aspects) if lang == "zh"}
            pos, words = 0, []
            for w, flag in resources.pos_tag(s["text"]):
                words.append((w, flag, pos, pos + len(w)))
                pos += len(w)
            for k, (w, _, _, _) in enumerate(words[:-1]):
                nxt, flag, na, nb = words[k + 1]
                # a noun (not a person's name) right after a trigger word
                if w in triggers and flag.startswith("n") and flag != "nr" and len(nxt) >= 2 \
                        and all(is_cjk(c) for c in nxt) and free(na, nb) and nxt not in known \
                        and not resources.lexicon.lookup(fold(nxt)) and nxt not in triggers:
                    add("chinese term after a trigger", nxt, s["doc_id"], s["text"])
    for (kind, term), example in list(examples.items()):
        if not example:
            short = term.split(" = ")[0]
            doc_sentences = [x["text"] for x in sentences if x["doc_id"] in papers[(kind, term)]
                             and short in x["text"]]
            # the sentence that defines it (the short form in brackets) first
            doc_sentences.sort(key=lambda t: not re.search(r"[(（][^)）]*" + re.escape(short), t))
            examples[(kind, term)] = doc_sentences[0] if doc_sentences else ""
    tsv.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    with tsv.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "term", "count", "papers", "example"])
        for (kind, term), n in rows:
            w.writerow([kind, term, n, len(papers[(kind, term)]),
                        re.sub(r"\s+", " ", examples[(kind, term)])[:300]])
    return len(rows)
