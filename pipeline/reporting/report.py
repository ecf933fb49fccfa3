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
and JavaScript it needs are inlined (``report_assets.py``).

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

The modules, in the order data flows: ``report_data`` (the tables -> ReportData), then the
sections, each an HTML string: ``report_summary`` (figures, contested claims), ``report_network``
(the drawing and its bar), ``report_claims`` (filters, the table, the evidence); ``report_text``
holds the wording they share and ``report_assets`` the CSS and script; this module writes the page.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..store.claims import CLAIMS_FILE
from .report_assets import CSS, SCRIPT
from .report_claims import claims_table_html, filters_html
from .report_data import ReportData, load_report_data
from .report_network import network_html
from .report_summary import contested_html, summary_html
from ..store.tables import publish


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
