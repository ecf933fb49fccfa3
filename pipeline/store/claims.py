"""Claims across papers and languages: the ``triples`` table grouped by what it asserts.

Reads every part of ``output/triples`` (and ``output/mentions`` for the
types of concepts the dictionary does not hold) and writes
``output/claims.parquet``: one row per grounded claim, the key
``(factor_id, polarity, target_id, aspect, negated)``, with how many
sentences and papers state it, in which languages, how often hedged, and
the effect words used. ``batch.run`` rebuilds it from all parts at the end
of every run, also when nothing changed or a paper was removed, so the
table always agrees with the triples beside it.

Contested claims: two claims about the same factor, target and aspect are
contested when one says the opposite of the other:

- polarity +1 against polarity -1, both asserted (IL-6 promotes osteoclast
  differentiation; IL-6 inhibits it), or
- the same polarity asserted in one and negated in the other (IL-6 promotes
  X; IL-6 does not promote X).

A ``regulates``/``binds`` claim (polarity 0) states no direction, so it
contests nothing unless negated. Claims that share factor, target and
aspect share a ``claim_group``, contested or not.

Claims are ranked by evidence: papers, then sentences, then confidence
(the highest ``confidence`` of its triples, when the triples carry that
column; null otherwise), so the first rows are the best supported. Each
side is marked ``is_class`` when it names a class of things rather than a
particular molecule or cell (``class_word``), so that analysts can set
``cytokine regulates cell`` aside.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import pyarrow as pa

from ..records import PipelineError
from .tables import read_table, to_table, write_atomic

CLAIMS_FILE = "claims.parquet"
# Languages counted in columns of their own (the sentence languages `segment` assigns).
LANGS = ("zh", "en")
KEY = ("factor_id", "polarity", "target_id", "aspect", "negated")


@dataclass(frozen=True)
class Claim:
    """One grounded claim and its support; ``doc_ids`` are the papers that state it."""

    claim_id: str
    claim_group: str
    factor_id: str
    factor_name: str
    factor_type: str | None
    factor_is_class: bool  # the factor names a class of things (class_word): cytokine, receptor, cell
    polarity: int
    target_id: str
    target_name: str
    target_type: str | None
    target_is_class: bool
    aspect: str | None
    negated: bool
    effects: tuple[str, ...]  # the effect labels seen, most frequent first
    effect_words: tuple[str, ...]  # the trigger words as written (effect_text), most frequent first
    n_evidence: int  # sentences stating it (a sentence is counted once per claim)
    n_evidence_zh: int
    n_evidence_en: int
    n_papers: int
    n_papers_zh: int  # papers stating it in a Chinese sentence
    n_papers_en: int  # papers stating it in an English sentence
    n_hedged: int
    share_hedged: float  # n_hedged / n_evidence
    confidence: float | None  # the highest confidence of its triples (null when triples carry none)
    confidence_mean: float | None  # the mean over its sentences of each sentence's highest confidence
    contested: bool
    contested_with: tuple[str, ...]  # claim_ids of the claims that say the opposite
    doc_ids: tuple[str, ...]


# --- keys and ids ------------------------------------------------------------

def claim_key(row: Mapping) -> tuple:
    """The claim a triple row asserts; an empty aspect is None."""
    return (row["factor_id"], int(row["polarity"]), row["target_id"], row["aspect"] or None, bool(row["negated"]))


def claim_id(key: tuple) -> str:
    """A stable id for a claim key: the same claim has the same id in every run."""
    return "C" + _digest(key)


def group_id(factor_id: str, target_id: str, aspect: str | None) -> str:
    return "G" + _digest((factor_id, target_id, aspect))


def _digest(parts: tuple) -> str:
    text = "\t".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def opposes(a: tuple, b: tuple) -> bool:
    """Whether claim key ``a`` says the opposite of claim key ``b`` (same factor, target, aspect)."""
    (_, pa, _, _, na), (_, pb, _, _, nb) = a, b
    if na == nb:
        return not na and {pa, pb} == {1, -1}
    return pa == pb


# --- derivation ----------------------------------------------------------------

def concept_types(mentions: Iterable[Mapping], dictionary: Mapping[str, str]) -> dict[str, str]:
    """Type of every concept id: the dictionary's, else the one the mentions carry
    (doc-local concepts ``doc:<id>:<short>`` and pattern matches)."""
    types: dict[str, str] = {}
    for m in mentions:
        types.setdefault(m["concept_id"], m["concept_type"])
    types.update(dictionary)
    return types


def evidence_by_claim(triples: Iterable[Mapping]) -> dict[tuple, list[Mapping]]:
    """The triple rows stating each claim key, one per sentence (a sentence that
    states a claim twice, as coordination can, is one piece of evidence)."""
    evidence: dict[tuple, list[Mapping]] = defaultdict(list)
    seen_sentences: set[tuple] = set()
    for row in triples:
        key = claim_key(row)
        sentence = (key, row["doc_id"], row["sent_start"], row["sent_end"])
        if sentence not in seen_sentences:
            seen_sentences.add(sentence)
            evidence[key].append(row)
    return evidence


def class_word(concept_id: str, concept_type: str | None, name: str, class_words: frozenset[str]) -> bool:
    """Whether a concept names a class of things rather than a particular one: a
    concept of ``relations/class_words.tsv`` (cell, signaling pathway), or a
    ``family`` named in common words (cytokine, receptor, inflammatory
    cytokine). A family named with a symbol names particular molecules
    (NF-κB, IL-1, TGF-β, IL-6 family cytokine): it is no class word."""
    if concept_id in class_words:
        return True
    return concept_type == "family" and not re.search(r"[A-Z0-9]", name)


def derive_claims(triples: Iterable[Mapping], types: Mapping[str, str],
                  class_words: frozenset[str] = frozenset()) -> list[Claim]:
    """The claims stated by ``triples`` (rows as mappings), best supported first
    (papers, sentences, confidence)."""
    triples = list(triples)
    evidence = evidence_by_claim(triples)
    confidence = _confidence_by_sentence(triples)
    opposite = _opposites(evidence)
    claims = [_claim(key, rows, types, opposite.get(key, ()), class_words, confidence)
              for key, rows in evidence.items()]
    return sorted(claims, key=rank)


def _confidence_by_sentence(triples: list[Mapping]) -> dict[tuple, float]:
    """The highest confidence of each claim in each sentence, when triples carry one."""
    best: dict[tuple, float] = {}
    for row in triples:
        value = row.get("confidence")
        if value is not None:
            sentence = (claim_key(row), row["doc_id"], row["sent_start"], row["sent_end"])
            best[sentence] = max(best.get(sentence, value), value)
    return best


def _opposites(evidence: Mapping[tuple, list]) -> dict[tuple, tuple[str, ...]]:
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for key in evidence:
        groups[(key[0], key[2], key[3])].append(key)
    found = {}
    for keys in groups.values():
        for key in keys:
            others = sorted(claim_id(k) for k in keys if opposes(key, k))
            if others:
                found[key] = tuple(others)
    return found


def _claim(key: tuple, rows: list[Mapping], types: Mapping[str, str], contested_with: tuple[str, ...],
           class_words: frozenset[str], confidence: Mapping[tuple, float]) -> Claim:
    factor_id, polarity, target_id, aspect, negated = key
    papers = sorted({r["doc_id"] for r in rows})
    hedged = sum(bool(r["hedged"]) for r in rows)
    by_lang = {lang: [r for r in rows if r["lang"] == lang] for lang in LANGS}
    factor_name = _most_common(r["factor_name"] for r in rows)
    target_name = _most_common(r["target_name"] for r in rows)
    scores = [confidence[(key, r["doc_id"], r["sent_start"], r["sent_end"])] for r in rows
              if (key, r["doc_id"], r["sent_start"], r["sent_end"]) in confidence]
    return Claim(
        claim_id=claim_id(key), claim_group=group_id(factor_id, target_id, aspect),
        factor_id=factor_id, factor_name=factor_name, factor_type=types.get(factor_id),
        factor_is_class=class_word(factor_id, types.get(factor_id), factor_name, class_words),
        polarity=polarity,
        target_id=target_id, target_name=target_name, target_type=types.get(target_id),
        target_is_class=class_word(target_id, types.get(target_id), target_name, class_words),
        aspect=aspect, negated=negated,
        effects=_by_frequency(r["effect"] for r in rows),
        effect_words=_by_frequency(r["effect_text"] for r in rows),
        n_evidence=len(rows),
        n_evidence_zh=len(by_lang["zh"]), n_evidence_en=len(by_lang["en"]),
        n_papers=len(papers),
        n_papers_zh=len({r["doc_id"] for r in by_lang["zh"]}),
        n_papers_en=len({r["doc_id"] for r in by_lang["en"]}),
        n_hedged=hedged, share_hedged=hedged / len(rows),
        confidence=max(scores) if scores else None,
        confidence_mean=sum(scores) / len(scores) if scores else None,
        contested=bool(contested_with), contested_with=contested_with,
        doc_ids=tuple(papers),
    )


def _by_frequency(values: Iterable[str]) -> tuple[str, ...]:
    counts = Counter(values)
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))


def _most_common(values: Iterable[str]) -> str:
    return _by_frequency(values)[0]


def rank(c: Claim) -> tuple:
    """Best supported first: more papers, then more sentences, then a higher
    confidence; ties in name order."""
    return (-c.n_papers, -c.n_evidence, -(c.confidence if c.confidence is not None else -1.0),
            c.factor_name.casefold(), c.factor_id, c.target_name.casefold(), c.target_id, c.aspect or "",
            -c.polarity, c.negated)


# --- reading and writing ----------------------------------------------------

def build_claims(out_dir: Path, dictionary_types: Mapping[str, str],
                 class_words: frozenset[str] | None = None) -> list[Claim]:
    """The claims of every triples part under ``out_dir``; ``class_words``
    defaults to those of the dictionary (``relations/class_words.tsv``)."""
    if class_words is None:
        from ..runtime.resources import load_resources

        class_words = load_resources().rules.class_words
    try:
        triples = read_table(out_dir, "triples", list(_CLAIM_COLUMNS)).to_pylist()
        mentions = _first_types(read_table(out_dir, "mentions", ["concept_id", "concept_type"]))
    except FileNotFoundError:
        triples, mentions = [], []  # a run in which no paper produced parts
    except Exception as exc:
        raise PipelineError(f"{out_dir}: cannot read the triples to derive claims: {exc}") from exc
    return derive_claims(triples, concept_types(mentions, dictionary_types), class_words)


# The triples' columns a claim is made of: reading only these keeps a large
# corpus's rows small (a row of every column costs kilobytes as a dict).
_CLAIM_COLUMNS = ("doc_id", "lang", "sent_start", "sent_end", "factor_id", "factor_name", "effect", "polarity",
                  "effect_text", "target_id", "target_name", "aspect", "negated", "hedged", "confidence")


def _first_types(mentions: pa.Table) -> list[dict]:
    """Each distinct (concept_id, concept_type) of the mentions, in order of
    first appearance: what ``concept_types`` reads, without a row per mention."""
    unique = mentions.group_by(["concept_id", "concept_type"], use_threads=False).aggregate([])
    return unique.to_pylist()


def write_claims(out_dir: Path, claims: list[Claim]) -> Path:
    """Write ``out_dir/claims.parquet`` atomically; returns its path."""
    path = out_dir / CLAIMS_FILE
    write_atomic(to_table(claims, Claim), path)
    return path


def update_claims(out_dir: Path, dictionary_types: Mapping[str, str]) -> list[Claim]:
    """Rebuild the claims table from all parts under ``out_dir``."""
    claims = build_claims(out_dir, dictionary_types)
    write_claims(out_dir, claims)
    return claims
