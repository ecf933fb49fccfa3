"""The report's network of factors and targets: which claims it shows (stated in at least
``NETWORK_MIN_EVIDENCE`` sentences, or at least as confident as ``network_bar``), at most
``NETWORK_EDGES`` arrows, drawn as two static SVGs (class words out and in, ``network.py``) with a
legend."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

from . import network
from .report_text import esc, is_class

if TYPE_CHECKING:
    from .report_data import ReportData


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
    """The confidence from which on the shipped model keeps at most ``NETWORK_SHARE`` of its
    held-out triples: the model file's ``held_out_share_bars`` (``make train``), else read on its
    held-out curve between the two points it falls between (its highest when none keeps so few);
    ``NETWORK_MIN_CONFIDENCE`` without either."""
    from ..store.confidence import MODEL_FILE

    try:
        model = json.loads((model_file or MODEL_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return NETWORK_MIN_CONFIDENCE
    exact = (model.get("held_out_share_bars") or {}).get(str(NETWORK_SHARE))
    if exact is not None:
        return float(exact)
    curve = model.get("held_out_curve") or []
    points = sorted((float(row["threshold"]), float(row["kept"])) for row in curve)
    for (low, kept_low), (high, kept_high) in zip(points, points[1:]):
        if kept_high <= NETWORK_SHARE < kept_low:
            # the curve is sampled every few hundredths: where it crosses the share, between two points
            return round(low + (high - low) * (kept_low - NETWORK_SHARE) / (kept_low - kept_high), 4)
    kept = [t for t, k in points if k <= NETWORK_SHARE]
    if kept:
        return kept[0]
    # no threshold of the curve keeps so few: the highest, which keeps the fewest
    return max((t for t, _ in points), default=NETWORK_MIN_CONFIDENCE)


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
        from ..runtime.resources import load_resources

        value = load_resources().settings.get("min_confidence")
    return None if value is None else float(value)


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
