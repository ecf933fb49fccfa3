"""What the evidence report shows, read from an output folder: the claims, each claim's evidence
sentences cut into runs at the offsets of factor, trigger and target (``segments``), the papers read,
and the network's confidence bar. Errors name the table and what to run."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from ..store.claims import CLAIMS_FILE, claim_id, evidence_by_claim
from ..records import PipelineError
from .report_network import network_bar
from ..store.tables import read_table


ROLES = ("factor", "effect", "target")


@dataclass(frozen=True)
class Segment:
    """A run of a sentence's text and the roles (factor, effect, target) that cover it."""

    text: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    """One sentence stating a claim, with the offsets of its spans into documents.text."""

    doc_id: str
    source: str
    lang: str
    page: int | None
    sent_start: int
    sent_end: int
    spans: tuple[tuple[str, int, int], ...]  # (role, start, end)
    hedged: bool
    effect: str
    rule: str
    steps: tuple[str, ...]  # how the triple was built, when the triples carry ``steps``
    confidence: float | None
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ReportData:
    claims: tuple[Mapping, ...]
    evidence: Mapping[str, tuple[Evidence, ...]]  # by claim_id
    documents: tuple[Mapping, ...]  # doc_id, source, lang, format of the papers read
    min_confidence: float | None = None  # the network's confidence bar (``network_bar``)


def load_report_data(out_dir: Path, min_confidence: float | None = None) -> ReportData:
    """The claims, their evidence and the papers under ``out_dir``; ``min_confidence``
    (the network's bar) defaults to ``network_bar``."""
    if not (out_dir / CLAIMS_FILE).exists():
        raise PipelineError(f"{out_dir / CLAIMS_FILE}: no claims table; run `python -m pipeline run --out {out_dir}` "
                            f"first")
    try:
        claims = read_table(out_dir, "claims").to_pylist()
        triples = read_table(out_dir, "triples").to_pylist()
        documents = read_table(out_dir, "documents").select(["doc_id", "source", "lang", "format", "text",
                                                             "status"]).to_pylist()
    except (OSError, ValueError, KeyError) as exc:
        raise PipelineError(f"{out_dir}: cannot read the tables for the report: {exc}") from exc
    texts = {d["doc_id"]: d for d in documents}
    unknown = sorted({row["doc_id"] for row in triples} - texts.keys())
    if unknown:
        raise PipelineError(f"{out_dir / 'triples'}: doc_id {', '.join(unknown[:5])} not in {out_dir / 'documents'}; "
                            f"the tables are out of step: run `python -m pipeline run` again")
    evidence = {claim_id(key): tuple(evidence_of(row, texts) for row in rows)
                for key, rows in evidence_by_claim(triples).items()}
    missing = [c["claim_id"] for c in claims if c["claim_id"] not in evidence]
    if missing:
        raise PipelineError(f"{out_dir / CLAIMS_FILE}: claims {', '.join(missing[:5])} have no triples; "
                            f"the claims table is stale: run `python -m pipeline run` again")
    papers = tuple({k: d[k] for k in ("doc_id", "source", "lang", "format", "status")} for d in documents)
    bar = network_bar(out_dir, claims) if min_confidence is None else min_confidence
    return ReportData(tuple(claims), evidence, papers, bar)


def evidence_of(row: Mapping, documents: Mapping[str, Mapping]) -> Evidence:
    """The evidence a triple row gives, cut from its document's text."""
    doc = documents[row["doc_id"]]
    spans = tuple((role, row[f"{role}_start"], row[f"{role}_end"]) for role in ROLES)
    page = row["page"]
    return Evidence(
        doc_id=row["doc_id"], source=doc["source"], lang=row["lang"],
        page=None if page is None else int(page),
        sent_start=row["sent_start"], sent_end=row["sent_end"], spans=spans,
        hedged=bool(row["hedged"]), effect=row["effect"], rule=row["rule"],
        steps=tuple(row.get("steps") or ()), confidence=row.get("confidence"),
        segments=segments(doc["text"], row["sent_start"], row["sent_end"], spans),
    )


def segments(text: str, start: int, end: int, spans: Iterable[tuple[str, int, int]]) -> tuple[Segment, ...]:
    """``text[start:end]`` cut at every span boundary, each run with the roles covering it.

    The runs concatenate to exactly the sentence, and the runs of one role
    to exactly ``text[span_start:span_end]``."""
    spans = [(role, max(s, start), min(e, end)) for role, s, e in spans if s < end and e > start]
    cuts = sorted({start, end, *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    runs = []
    for a, b in zip(cuts, cuts[1:]):
        roles = tuple(role for role, s, e in spans if s <= a and b <= e)
        runs.append(Segment(text[a:b], roles))
    return tuple(runs)
