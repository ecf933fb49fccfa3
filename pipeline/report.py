"""The HTML evidence report: one self-contained file over the claims and their sentences.

Reads ``claims.parquet``, ``triples`` and ``documents`` under an output
folder and writes one HTML file (``output/report.html``) that opens without
a network: summary figures, the claims table (sortable, filterable by
factor, target, type, polarity and language), each claim's evidence
sentences with factor, trigger and target highlighted from the triples'
offsets, the construction (``rule``) and the steps that made each triple,
contested claims marked and listed together, and a network of factors and
targets (``network.py``: laid out here, drawn as static SVG). Claims are
listed best supported first (papers, sentences, confidence). The little CSS
and JavaScript it needs are written here and inlined.

The network shows the claims stated in at least ``NETWORK_MIN_EVIDENCE``
sentences, or with a confidence of at least its own bar
(the confidence above which the model keeps only the tenth of the held-out
triples it is surest of, ``NETWORK_SHARE``, or the run's ``--min-confidence``
when that is higher; ``report --min-confidence`` sets it), said above the drawing. The
run's threshold alone cannot be that bar: every triple the run wrote is at
least that confident. Claims on class words (cytokine, cell, receptor: ``is_class``)
are left out unless the reader switches them on (a second drawing, laid
out for that graph). Clicking a node or an edge filters the claims table
to it.

Provenance: every highlighted span is ``documents.text[start:end]`` of the
triple, cut into runs at span boundaries (spans may overlap), and each
evidence item carries its offsets as ``data-`` attributes. Escaping: all
text from papers, the network's labels and tooltips too, goes through
``html.escape`` into the markup, and the script sets text with
``textContent``, never ``innerHTML``, so nothing a paper says can become
markup.
"""
from __future__ import annotations

import html
import json
import os
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from . import network
from .claims import CLAIMS_FILE, claim_id, evidence_by_claim
from .records import PipelineError
from .tables import publish, read_table

ROLES = ("factor", "effect", "target")
ROLE_LABEL = {"factor": "factor", "effect": "trigger", "target": "target"}
POLARITY_LABEL = {1: "+1 ↑", -1: "−1 ↓", 0: "0 ·"}
POLARITY_NAME = {1: "positive", -1: "negative", 0: "neutral"}
# The network shows claims stated in at least NETWORK_MIN_EVIDENCE sentences, or at least as
# confident as its own bar (``network_bar``), at most NETWORK_EDGES edges, the best supported.
# The bar follows the model through every refit: the confidence above which its held-out curve
# keeps NETWORK_SHARE of the triples (docs/confidence.md), or, higher, that of the run's most
# confident NETWORK_RUN_SHARE of the claims stated once. A fixed 0.85 kept 85% of them after one
# refit, and the 150 arrows hid arrowheads under other arrows; at a run share of 0.03 one
# arrowhead in four was still hidden on the sample papers.
NETWORK_MIN_EVIDENCE = 2
NETWORK_SHARE = 0.10
NETWORK_RUN_SHARE = 0.02  # and at most (about) this share of the run's claims stated once
NETWORK_MIN_CONFIDENCE = 0.85  # when the model file has no held-out curve
NETWORK_EDGES = 150


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


# --- reading ------------------------------------------------------------------

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


def network_bar(out_dir: Path, claims=()) -> float:
    """The network's confidence bar: the model's (``default_network_bar``), or the confidence of the
    most confident ``NETWORK_RUN_SHARE`` of the claims stated once (``top_share``), or the run's
    threshold, whichever is highest."""
    run = run_threshold(out_dir)
    bar = max(default_network_bar(), top_share(claims))
    return bar if run is None else max(bar, run)


def top_share(claims) -> float:
    """The confidence from which on the most confident ``NETWORK_RUN_SHARE`` of the particular
    claims stated in one sentence stand (a share of at least one claim); 0.0 without such claims.
    On the papers the model was fitted on its confidences run high, and the model's bar alone
    let half a paper's claims into the network."""
    once = sorted((float(c["confidence"]) for c in claims if int(c["n_evidence"]) < NETWORK_MIN_EVIDENCE
                   and c.get("confidence") is not None and not (c.get("factor_is_class") or c.get("target_is_class"))),
                  reverse=True)
    if not once:
        return 0.0
    return once[max(1, int(len(once) * NETWORK_RUN_SHARE)) - 1]


def default_network_bar(model_file: Path | None = None) -> float:
    """The lowest threshold of the shipped model's held-out curve that keeps at most
    ``NETWORK_SHARE`` of the triples (its highest when none does); ``NETWORK_MIN_CONFIDENCE``
    without a curve."""
    from .confidence import MODEL_FILE

    try:
        curve = json.loads((model_file or MODEL_FILE).read_text(encoding="utf-8")).get("held_out_curve") or []
    except (OSError, ValueError):
        return NETWORK_MIN_CONFIDENCE
    kept = sorted(float(row["threshold"]) for row in curve if float(row["kept"]) <= NETWORK_SHARE)
    if kept:
        return kept[0]
    # no threshold of the curve keeps so few: the highest, which keeps the fewest
    return max((float(row["threshold"]) for row in curve), default=NETWORK_MIN_CONFIDENCE)


def run_threshold(out_dir: Path) -> float | None:
    """The confidence threshold of the run that wrote ``out_dir`` (``versions.min_confidence``
    in its ``_manifest.json``), else ``min_confidence`` in ``dictionaries/settings.tsv``; None
    when neither says."""
    try:
        manifest = json.loads((out_dir / "_manifest.json").read_text(encoding="utf-8"))
        value = manifest.get("versions", {}).get("min_confidence")
    except (OSError, ValueError, AttributeError):
        value = None
    if value is None:
        from .resources import load_resources

        value = load_resources().settings.get("min_confidence")
    return None if value is None else float(value)


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


# --- writing ------------------------------------------------------------------

def write_report(out_dir: Path, path: Path, min_confidence: float | None = None) -> Path:
    """Write the report for ``out_dir`` to ``path`` atomically; returns ``path``."""
    page = render(load_report_data(out_dir, min_confidence))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-report-", suffix=".html", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def report_is_current(out_dir: Path, path: Path) -> bool:
    """Whether ``path`` is at least as new as the claims table, which a run
    rewrites whenever any paper's tables are written or removed (and a new
    version of the code or dictionaries reprocesses every paper)."""
    claims = out_dir / CLAIMS_FILE
    return path.exists() and claims.exists() and claims.stat().st_mtime_ns <= path.stat().st_mtime_ns


def render(data: ReportData) -> str:
    """The whole report as one HTML string."""
    body = "\n".join([
        "<h1>Claims across papers: evidence report</h1>",
        summary_html(data),
        contested_html(data.claims),
        network_html(data),
        filters_html(data.claims),
        claims_table_html(data),
    ])
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>Claims report</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n")


def esc(value) -> str:
    """Text or attribute value, escaped (quotes too)."""
    return html.escape("" if value is None else str(value), quote=True)


def summary_html(data: ReportData) -> str:
    claims = data.claims
    ok = [d for d in data.documents if d["status"] == "ok"]
    langs = Counter(d["lang"] for d in ok)
    figures = [
        ("papers", f"{len(ok)} ({', '.join(f'{n} {lang}' for lang, n in sorted(langs.items()))})"),
        ("evidence sentences", sum(c["n_evidence"] for c in claims)),
        ("claims", len(claims)),
        ("claims on class words (cytokine, cell, receptor…)", sum(is_class(c) for c in claims)),
        ("contested claims", sum(c["contested"] for c in claims)),
        ("claims stated in more than one paper", sum(c["n_papers"] > 1 for c in claims)),
        ("claims stated in both Chinese and English", sum(c["n_papers_zh"] > 0 and c["n_papers_en"] > 0
                                                         for c in claims)),
        ("positive / negative / neutral", " / ".join(str(sum(c["polarity"] == p for c in claims))
                                                     for p in (1, -1, 0))),
    ]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in figures)
    tops = "".join(
        f'<div><h3>Top {side}s</h3><ol>'
        + "".join(f"<li>{esc(name)} <span class=n>{plural(papers, 'paper')}, {plural(n, 'sentence')}</span></li>"
                  for name, papers, n in top_concepts(claims, side))
        + "</ol></div>" for side in ("factor", "target"))
    return (f'<section id="summary"><h2>Summary</h2><table class="figures">{rows}</table>'
            f'<p class="note">Top factors and targets by papers, then sentences; class words left out.</p>'
            f'<div class="tops">{tops}</div></section>')


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def is_class(c: Mapping) -> bool:
    """A claim with a class word (cytokine, cell, receptor) on either side."""
    return bool(c.get("factor_is_class") or c.get("target_is_class"))


def top_concepts(claims: Iterable[Mapping], side: str, n: int = 10) -> list[tuple[str, int, int]]:
    """(name, papers, sentences) of the concepts most often on ``side`` (factor or
    target) of a claim, class words left out."""
    papers: dict[str, set] = defaultdict(set)
    sentences: Counter = Counter()
    names = {}
    for c in claims:
        if c.get(f"{side}_is_class"):
            continue
        cid = c[f"{side}_id"]
        names.setdefault(cid, c[f"{side}_name"])
        papers[cid] |= set(c["doc_ids"])
        sentences[cid] += c["n_evidence"]
    ranked = sorted(names, key=lambda cid: (-len(papers[cid]), -sentences[cid], names[cid].casefold(), cid))
    return [(names[cid], len(papers[cid]), sentences[cid]) for cid in ranked[:n]]


VERBS = network.WORDS


def claim_title(c: Mapping) -> str:
    """``IL-6 increases osteoclast (differentiation)``: a claim in words."""
    aspect = f" ({c['aspect']})" if c["aspect"] else ""
    return f"{c['factor_name']} {VERBS[c['polarity'], c['negated']]} {c['target_name']}{aspect}"


def contested_html(claims: tuple[Mapping, ...]) -> str:
    """The contested claims, one list item per factor, target and aspect, sides together."""
    groups: dict[str, list[Mapping]] = {}
    for c in claims:
        if c["contested"]:
            groups.setdefault(c["claim_group"], []).append(c)
    items = []
    for members in groups.values():
        sides = " vs ".join(f'<a href="#{esc(c["claim_id"])}" class="claim-link">{esc(POLARITY_LABEL[c["polarity"]])}'
                            f'{" negated" if c["negated"] else ""} ({plural(c["n_evidence"], "sentence")}, '
                            f'{plural(c["n_papers"], "paper")})</a>' for c in members)
        first = members[0]
        aspect = f" ({esc(first['aspect'])})" if first["aspect"] else ""
        items.append(f'<li data-group="{esc(first["claim_group"])}">{esc(first["factor_name"])} → '
                     f'{esc(first["target_name"])}{aspect}: {sides}</li>')
    body = f"<ul>{''.join(items)}</ul>" if items else "<p>No contested claims.</p>"
    return (f'<section id="contested"><h2>Contested claims ({len(items)} groups)</h2>'
            f"<p>The same factor, target and aspect stated with opposite polarity, or asserted and negated, "
            f"in different sentences or papers.</p>{body}</section>")


# --- the network ------------------------------------------------------------

def supported(c: Mapping, min_confidence: float | None) -> bool:
    """Stated in at least NETWORK_MIN_EVIDENCE sentences, or at least ``min_confidence`` confident."""
    confidence = c.get("confidence")
    return c["n_evidence"] >= NETWORK_MIN_EVIDENCE or (
        min_confidence is not None and confidence is not None and confidence >= min_confidence)


def network_drawing(claims: Iterable[Mapping], with_classes: bool) -> network.Drawing:
    """The network of ``claims`` (already the supported ones), class words in or out,
    at most NETWORK_EDGES edges, the best supported."""
    kept = [c for c in claims if with_classes or not is_class(c)]
    edges = network.network_edges(kept)[:NETWORK_EDGES]
    return network.lay_out(edges, network.node_names(kept))


def network_html(data: ReportData) -> str:
    """Two static drawings, without and with class words, a switch between them, and the legend."""
    chosen = [c for c in data.claims if supported(c, data.min_confidence)]
    rule = f"stated in at least {NETWORK_MIN_EVIDENCE} sentences"
    if data.min_confidence is not None and any(c.get("confidence") is not None for c in data.claims):
        rule += f" or with a confidence of at least {data.min_confidence:.2f}"
    plain, full = network_drawing(chosen, False), network_drawing(chosen, True)
    n_plain = sum(not is_class(c) for c in chosen)
    rule += " (report --min-confidence sets that bar)" if data.min_confidence is not None else ""
    empty = "" if plain.edges else '<p class="note" id="net-empty">No claim on particular concepts is ' \
        f'{esc(rule)} yet: the claims table below lists them all.</p>'
    return (f'<section id="network-section"><h2>Network of factors and targets</h2>'
            f'<p>Claims {esc(rule)}: {n_plain} of {len(data.claims)} claims, {len(plain.edges)} arrows from factor '
            f'to target. Click a concept or an arrow to list its claims below.</p>{empty}'
            f'<p><label><input type="checkbox" id="net-classes"> show class words (cytokine, cell, receptor, '
            f'signaling pathway…: {len(chosen) - n_plain} more claims)</label></p>'
            f'{legend_html(full)}'
            f'<div class="net-frame" id="net-plain">'
            f'{network.svg(plain, "network", "network of factors and targets, class words left out")}</div>'
            f'<div class="net-frame" id="net-full" hidden>'
            f'{network.svg(full, "network-all", "network of factors and targets with class words")}</div>'
            f'</section>')


def legend_html(drawing: network.Drawing) -> str:
    """What colours, widths and dashes mean; every concept type drawn is listed."""
    types = sorted({n.type or "" for n in drawing.nodes})
    dots = "".join(f'<span class="key" data-type="{esc(t)}"><svg width="12" height="12"><circle cx="6" cy="6" r="5" '
                   f'fill="{network.TYPE_COLOUR.get(t, network.UNKNOWN_COLOUR)}"/></svg> {esc(t or "type unknown")}'
                   f'</span>' for t in types)
    arrows = "".join(
        f'<span class="key" data-polarity="{p}"><svg width="34" height="12"><line x1="2" y1="6" x2="24" y2="6" '
        f'stroke="{network.POLARITY_COLOUR[p]}" stroke-width="2"/><path d="M24,1 L33,6 L24,11 z" '
        f'fill="{network.POLARITY_COLOUR[p]}"/></svg> {label}</span>'
        for p, label in ((1, "increases"), (-1, "decreases"), (0, "acts on, binds")))
    widths = "".join(
        f'<span class="key"><svg width="34" height="12"><line x1="2" y1="6" x2="32" y2="6" stroke="#555" '
        f'stroke-width="{network.edge_width(n):.1f}"/></svg> {label}</span>'
        for n, label in ((1, "1 paper"), (2, "2 papers"), (3, "3 or more")))
    dashed = ('<span class="key"><svg width="34" height="12"><line x1="2" y1="6" x2="32" y2="6" stroke="#555" '
              'stroke-width="1.5" stroke-dasharray="5 3"/></svg> negated</span>')
    return (f'<div class="legend" id="net-legend"><div><b>Concept type</b> {dots}</div>'
            f'<div><b>Arrow: factor → target</b> {arrows} {dashed}</div><div><b>Width</b> {widths}</div></div>')


# --- the claims table ----------------------------------------------------------

def filters_html(claims: tuple[Mapping, ...]) -> str:
    def options(values: Iterable[str]) -> str:
        return '<option value="">any</option>' + "".join(
            f'<option value="{esc(v)}">{esc(v)}</option>' for v in sorted(set(values), key=str.casefold))

    types = [c["factor_type"] or "" for c in claims] + [c["target_type"] or "" for c in claims]
    return ('<section id="filters"><h2>Claims</h2>'
            '<p class="note">Best supported first: papers, then sentences, then confidence.</p>'
            '<form id="filter-form" onsubmit="return false">'
            f'<label>factor <select id="f-factor">{options(c["factor_name"] for c in claims)}</select></label>'
            f'<label>target <select id="f-target">{options(c["target_name"] for c in claims)}</select></label>'
            f'<label>type <select id="f-type">{options(t for t in types if t)}</select></label>'
            '<label>polarity <select id="f-polarity"><option value="">any</option><option value="1">+1 positive'
            '</option><option value="-1">−1 negative</option><option value="0">0 neutral</option></select></label>'
            '<label>language <select id="f-lang"><option value="">any</option><option value="zh">stated in '
            'Chinese</option><option value="en">stated in English</option><option value="zh-only">only in '
            'Chinese</option><option value="en-only">only in English</option></select></label>'
            '<label><input type="checkbox" id="f-contested"> contested only</label>'
            '<label><input type="checkbox" id="f-noclass"> no class words</label>'
            '<label>search <input type="search" id="f-text" placeholder="any name or word"></label>'
            '<button type="button" id="f-reset">reset</button></form>'
            '<p id="net-filter" hidden>From the network: <b id="net-filter-what"></b> '
            '<button type="button" id="net-clear">show all claims</button></p>'
            f'<p id="shown" aria-live="polite">{len(claims)} of {len(claims)} claims shown</p></section>')


COLUMNS = (  # (heading, sort key, sort as number)
    ("", None, False), ("factor", "factor", False), ("type", "ftype", False), ("polarity", "polarity", True),
    ("target", "target", False), ("type", "ttype", False), ("aspect", "aspect", False),
    ("papers", "papers", True), ("sentences", "n", True), ("zh papers", "zh", True), ("en papers", "en", True),
    ("hedged", "hedged", True), ("effect words", None, False), ("contested", "contested", True),
)
CONFIDENCE_COLUMN = ("confidence", "confidence", True)


def columns(claims: Iterable[Mapping]) -> tuple:
    """The table's columns; confidence only when the claims carry one."""
    if any(c.get("confidence") is not None for c in claims):
        return COLUMNS[:9] + (CONFIDENCE_COLUMN,) + COLUMNS[9:]
    return COLUMNS


def claims_table_html(data: ReportData) -> str:
    cols = columns(data.claims)
    head = "".join(f'<th data-sort="{k}" data-num="{int(num)}" tabindex="0">{esc(h)}</th>' if k
                   else f"<th>{esc(h)}</th>" for h, k, num in cols)
    titles = {c["claim_id"]: claim_title(c) for c in data.claims}
    bodies = "\n".join(claim_html(c, data.evidence[c["claim_id"]], titles, cols) for c in data.claims)
    return f'<table id="claims"><thead><tr>{head}</tr></thead>\n{bodies}\n</table>'


def _name_cell(c: Mapping, side: str) -> str:
    mark = ' <span class="cls" title="a class word: names a class of things, not one">class</span>' \
        if c.get(f"{side}_is_class") else ""
    return esc(c[f"{side}_name"]) + mark


def claim_html(c: Mapping, evidence: tuple[Evidence, ...], titles: Mapping[str, str], cols: tuple = COLUMNS) -> str:
    """One claim: a ``<tbody>`` holding its row and its (hidden) evidence."""
    langs = " ".join(lang for lang in ("zh", "en") if c[f"n_papers_{lang}"])
    confidence = c.get("confidence")
    attrs = {"id": c["claim_id"], "class": "claim" + (" contested" if c["contested"] else ""),
             "data-factor": c["factor_name"], "data-target": c["target_name"],
             "data-fid": c["factor_id"], "data-tid": c["target_id"],
             "data-ftype": c["factor_type"] or "", "data-ttype": c["target_type"] or "",
             "data-polarity": c["polarity"], "data-negated": int(c["negated"]), "data-aspect": c["aspect"] or "",
             "data-langs": langs, "data-class": int(is_class(c)),
             "data-n": c["n_evidence"], "data-papers": c["n_papers"], "data-zh": c["n_papers_zh"],
             "data-en": c["n_papers_en"], "data-hedged": f"{c['share_hedged']:.3f}",
             "data-confidence": "" if confidence is None else f"{confidence:.4f}",
             "data-contested": int(c["contested"]),
             "data-search": " ".join([c["factor_name"], c["target_name"], c["factor_id"], c["target_id"],
                                      c["aspect"] or "", *c["effects"], *c["effect_words"]]).casefold()}
    polarity = POLARITY_LABEL[c["polarity"]] + (" (negated)" if c["negated"] else "")
    cells = {
        "": '<button type="button" class="toggle" aria-expanded="false" title="show evidence">▸</button>',
        "effect words": esc(" · ".join(c["effect_words"])),
        "factor": _name_cell(c, "factor"), "ftype": esc(c["factor_type"]),
        "polarity": f'<span class="pol {POLARITY_NAME[c["polarity"]]}">{esc(polarity)}</span>',
        "target": _name_cell(c, "target"), "ttype": esc(c["target_type"]), "aspect": esc(c["aspect"] or "—"),
        "n": str(c["n_evidence"]), "papers": str(c["n_papers"]), "zh": str(c["n_papers_zh"]),
        "en": str(c["n_papers_en"]), "hedged": f"{100 * c['share_hedged']:.0f}%",
        "confidence": "—" if confidence is None else f"{confidence:.2f}",
        "contested": '<span class="badge">contested</span>' if c["contested"] else "",
    }
    row = "".join(f"<td>{cells[k or h]}</td>" for h, k, _ in cols)
    others = "".join(f'<li><a class="claim-link" href="#{esc(o)}">{esc(titles.get(o, o))}</a></li>'
                     for o in c["contested_with"])
    contested = f'<p class="against">Contested by:</p><ul>{others}</ul>' if others else ""
    detail = (f'<div class="claim-head"><b>{esc(claim_title(c))}</b> <code>{esc(c["claim_id"])}</code> '
              f'<span class="ids">{esc(c["factor_id"])} → {esc(c["target_id"])}; effects: '
              f'{esc(", ".join(c["effects"]))}</span></div>{contested}'
              f'<ol class="evidence-list">{"".join(evidence_html(e) for e in evidence)}</ol>')
    attr_text = " ".join(f'{k}="{esc(v)}"' for k, v in attrs.items())
    return (f'<tbody {attr_text}><tr class="row">{row}</tr>'
            f'<tr class="details" hidden><td colspan="{len(cols)}">{detail}</td></tr></tbody>')


def evidence_html(e: Evidence) -> str:
    """One evidence sentence with its spans highlighted, where it comes from, and
    how it was read: the construction (``rule``) and the steps that built the triple."""
    marked = "".join(
        f'<mark class="{" ".join(s.roles)}">{esc(s.text)}</mark>' if s.roles else esc(s.text)
        for s in e.segments)
    offsets = {role: (s, t) for role, s, t in e.spans}
    attrs = " ".join(f'data-{role}-start="{s}" data-{role}-end="{t}"' for role, (s, t) in offsets.items())
    where = [esc(e.source)]
    if e.page is not None:
        where.append(f"page {e.page}")
    where.append(f"{esc(e.lang)} sentence")
    where.append(f"sentence {e.sent_start}–{e.sent_end}")
    where.extend(f"{ROLE_LABEL[role]} {s}–{t}" for role, (s, t) in offsets.items())
    flags = ('<span class="badge hedged">hedged</span> ' if e.hedged else "")
    how = [f'construction <code class="rule">{esc(e.rule)}</code>']
    if e.steps:
        how.append(f'steps <span class="steps">{" → ".join(f"<code>{esc(s)}</code>" for s in e.steps)}</span>')
    if e.confidence is not None:
        how.append(f"confidence {e.confidence:.2f}")
    return (f'<li class="evidence" data-doc="{esc(e.doc_id)}" data-sent-start="{e.sent_start}" '
            f'data-sent-end="{e.sent_end}" {attrs}><blockquote class="sentence" lang="{esc(e.lang)}">{marked}'
            f'</blockquote><div class="where">{flags}{" · ".join(where)} · {esc(e.effect)}</div>'
            f'<div class="how">{" · ".join(how)}</div></li>')


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}[hidden]{display:none!important}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.5em}
table.figures th{text-align:left;font-weight:normal;color:#555;padding-right:1em}
.tops{display:flex;gap:3em}.tops ol{margin:0}.n,.note{color:#777}
#filters form{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center}
#filters select{max-width:14em}
#net-filter{background:#eef4ff;padding:.3em .6em;border-radius:3px;display:inline-block}
table#claims{border-collapse:collapse;width:100%}
#claims th{background:#f0f0f0;position:sticky;top:0;cursor:pointer;text-align:left;padding:3px 6px}
#claims th[data-dir=asc]::after{content:" ▲"}#claims th[data-dir=desc]::after{content:" ▼"}
#claims td{border-top:1px solid #e3e3e3;padding:3px 6px;vertical-align:top}
tbody.contested tr.row{background:#fff6e0}
.badge{background:#e8a33d;color:#fff;border-radius:3px;padding:0 4px;font-size:.85em}
.badge.hedged{background:#8a8ab8}
.cls{color:#6f8fb8;border:1px solid #b8c8de;border-radius:3px;padding:0 3px;font-size:.75em}
.pol.positive{color:#1a7f37}.pol.negative{color:#c62828}.pol.neutral{color:#666}
.toggle{border:none;background:none;cursor:pointer;font-size:1em}
tr.details td{background:#fafafa}
blockquote.sentence{margin:.3em 0;padding:.3em .6em;border-left:3px solid #bbb;background:#fff}
mark{padding:0 1px;border-radius:2px}mark.factor{background:#cfe3ff}mark.effect{background:#ffe08a}
mark.target{background:#c8f0c8}mark.factor.target{background:#e0d0ff}
.where,.how{color:#666;font-size:.85em}.how code{color:#444;background:#f0f0f0;padding:0 3px}.ids{color:#999}
.legend{display:flex;flex-wrap:wrap;gap:.3em 2em;font-size:.9em;margin:.4em 0}
.legend .key{margin-left:.8em;white-space:nowrap}.legend svg{vertical-align:middle}
.net-frame{overflow:auto;border:1px solid #ddd;background:#fff;max-width:100%}
svg.network{display:block;max-width:100%;height:auto}
svg.network text{font:11px "DejaVu Sans",Verdana,Arial,sans-serif;fill:#222;paint-order:stroke;
  stroke:#fff;stroke-width:3px;stroke-linejoin:round;cursor:pointer}
svg.network g.node{cursor:pointer}svg.network g.node circle{stroke:#fff;stroke-width:1}
svg.network path.edge{stroke-opacity:.8;pointer-events:none}
svg.network path.hit{stroke:transparent;stroke-width:9;fill:none;cursor:pointer}
svg.network .dim{opacity:.12}
svg.network g.node.selected circle{stroke:#000;stroke-width:2}
"""

SCRIPT = r"""
(function(){
var $=function(s){return document.querySelector(s)};
var all=function(s){return Array.prototype.slice.call(document.querySelectorAll(s))};
var bodies=all('tbody.claim');
var ids=['f-factor','f-target','f-type','f-polarity','f-lang','f-contested','f-noclass','f-text'];
var net=null;  // a node or an edge clicked in the network: {node: id} or {edge: key}, and what it is in words
function val(id){var e=document.getElementById(id);return e.type==='checkbox'?e.checked:e.value}
function edgeKey(d){return d.fid+'|'+d.tid+'|'+d.polarity+'|'+d.negated}
function keep(b){
  var d=b.dataset,f=val('f-factor'),t=val('f-target'),ty=val('f-type'),p=val('f-polarity'),l=val('f-lang');
  if(f&&d.factor!==f)return false;if(t&&d.target!==t)return false;
  if(ty&&d.ftype!==ty&&d.ttype!==ty)return false;if(p&&d.polarity!==p)return false;
  var langs=d.langs.split(' ');
  if(l==='zh'||l==='en'){if(langs.indexOf(l)<0)return false}
  else if(l){if(d.langs!==l.split('-')[0])return false}
  if(val('f-contested')&&d.contested!=='1')return false;
  if(val('f-noclass')&&d.class==='1')return false;
  if(net&&net.node&&d.fid!==net.node&&d.tid!==net.node)return false;
  if(net&&net.edge&&edgeKey(d)!==net.edge)return false;
  var q=val('f-text').trim().toLowerCase();if(q&&d.search.indexOf(q)<0)return false;
  return true}
function apply(){var n=0,keys={},concepts={};
  bodies.forEach(function(b){var k=keep(b);b.hidden=!k;
    if(k){n++;keys[edgeKey(b.dataset)]=1;concepts[b.dataset.fid]=1;concepts[b.dataset.tid]=1}});
  $('#shown').textContent=n+' of '+bodies.length+' claims shown';
  var everything=n===bodies.length;
  all('svg.network path.edge').forEach(function(e){e.classList.toggle('dim',!everything&&!keys[e.dataset.key])});
  all('svg.network g.node').forEach(function(g){g.classList.toggle('dim',!everything&&!concepts[g.dataset.id]);
    g.classList.toggle('selected',!!net&&net.node===g.dataset.id)});
  $('#net-filter').hidden=!net;$('#net-filter-what').textContent=net?net.what:''}
ids.forEach(function(id){var e=document.getElementById(id);e.addEventListener('input',apply);e.addEventListener('change',apply)});
$('#f-reset').addEventListener('click',function(){$('#filter-form').reset();net=null;apply()});
$('#net-clear').addEventListener('click',function(){net=null;apply()});
function pick(choice){net=choice;apply();$('#filters').scrollIntoView({block:'start'})}
all('svg.network g.node').forEach(function(g){
  var choose=function(){pick({node:g.dataset.id,what:'claims of '+g.dataset.name+' (as factor or target)'})};
  g.addEventListener('click',choose);
  g.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();choose()}})});
all('svg.network path.hit').forEach(function(h){h.addEventListener('click',function(){
  pick({edge:h.dataset.key,what:h.querySelector('title').textContent})})});
$('#net-classes').addEventListener('change',function(){var on=$('#net-classes').checked;
  $('#net-plain').hidden=on;$('#net-full').hidden=!on});
function open(b,show){var r=b.querySelector('tr.details'),t=b.querySelector('.toggle');
  r.hidden=!show;t.setAttribute('aria-expanded',show);t.textContent=show?'▾':'▸'}
bodies.forEach(function(b){b.querySelector('.toggle').addEventListener('click',function(){
  open(b,b.querySelector('tr.details').hidden)})});
document.addEventListener('click',function(ev){var a=ev.target.closest&&ev.target.closest('a.claim-link');if(!a)return;
  var b=document.getElementById(a.getAttribute('href').slice(1));if(!b)return;
  ev.preventDefault();b.hidden=false;open(b,true);b.scrollIntoView({block:'center'})});
all('#claims th[data-sort]').forEach(function(th){th.addEventListener('click',function(){
  var key=th.dataset.sort,num=th.dataset.num==='1',dir=th.dataset.dir==='asc'?'desc':'asc';
  all('#claims th').forEach(function(h){delete h.dataset.dir});th.dataset.dir=dir;
  var s=dir==='asc'?1:-1,tab=$('#claims');
  bodies.slice().sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];
    return s*(num?(+x)-(+y):x.localeCompare(y))}).forEach(function(b){tab.appendChild(b)})})});
apply();
})();
"""
