"""The report's network of claims, laid out once at build time and drawn as static SVG.

Nodes are concepts, edges are claims (factor → target) grouped by factor,
target, polarity and negation: an arrow from the factor to the target,
coloured by polarity, dashed when negated, as wide as the number of papers
stating it. Node colour is the concept type.

Layout: each connected part is laid out by force (networkx's
Fruchterman-Reingold ``spring_layout``, with a fixed seed so the same claims
give the same picture), scaled so an edge is about ``EDGE_LENGTH`` pixels,
and its labels are placed beside their nodes where they cover no other
label and no node; a part whose labels do not fit is spread out and tried
again. The parts are then packed in rows, the largest first. Label widths
are estimated from DejaVu Sans, among the widest common sans-serif fonts,
which the report asks for first.
"""
from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

import networkx as nx

WIDTH = 1100  # the drawing's width in pixels; wider when one part needs more
EDGE_LENGTH = 120.0
FONT_SIZE = 11.0
LABEL_HEIGHT = 14.0
LABEL_CHARS = 30  # longer names are cut, the whole name is in the node's tooltip
MARGIN = 14.0
SEED = 7
POLARITY_NAME = {1: "positive", -1: "negative", 0: "neutral"}
POLARITY_COLOUR = {1: "#1a7f37", -1: "#c62828", 0: "#8a8a8a"}
TYPE_COLOUR = {"gene": "#3b6fd1", "family": "#6f8fb8", "pathway": "#159aa3", "cell": "#2e9e5b",
               "process": "#d08a1e", "disease": "#b03a8c", "drug": "#7b53c1", "ncrna": "#a0522d",
               "anatomy": "#8c7b4f", "other": "#777777"}
UNKNOWN_COLOUR = "#777777"


@dataclass(frozen=True)
class Edge:
    """The claims of one factor on one target with one polarity, asserted or negated."""

    factor_id: str
    target_id: str
    polarity: int
    negated: bool
    claim_ids: tuple[str, ...]
    aspects: tuple[str, ...]
    n_papers: int
    n_evidence: int
    confidence: float | None = None  # the highest of its claims', when the claims carry one

    @property
    def key(self) -> str:
        return f"{self.factor_id}|{self.target_id}|{self.polarity}|{int(self.negated)}"


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    type: str | None
    x: float
    y: float
    r: float
    label: str
    label_box: tuple[float, float, float, float]  # x0, y0, x1, y1 of the label


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


# --- the graph ------------------------------------------------------------------

def network_edges(claims: Iterable[Mapping]) -> list[Edge]:
    """The claims as edges: grouped by factor, target, polarity and negation; the best
    supported first (papers, sentences, confidence)."""
    groups: dict[tuple, list[Mapping]] = defaultdict(list)
    for c in claims:
        groups[(c["factor_id"], c["target_id"], int(c["polarity"]), bool(c["negated"]))].append(c)
    edges = []
    for (f, t, p, neg), members in groups.items():
        papers = set().union(*(set(c["doc_ids"]) for c in members))
        aspects = sorted({c["aspect"] or "" for c in members})
        confidences = [c["confidence"] for c in members if c.get("confidence") is not None]
        edges.append(Edge(f, t, p, neg, tuple(c["claim_id"] for c in members), tuple(aspects), len(papers),
                          sum(c["n_evidence"] for c in members), max(confidences, default=None)))
    return sorted(edges, key=lambda e: (-e.n_papers, -e.n_evidence, -(e.confidence or 0.0), e.key))


def node_names(claims: Iterable[Mapping]) -> dict[str, tuple[str, str | None]]:
    """Concept id -> (name, type), from the claims naming it."""
    names: dict[str, tuple[str, str | None]] = {}
    for c in claims:
        for side in ("factor", "target"):
            names.setdefault(c[f"{side}_id"], (c[f"{side}_name"], c[f"{side}_type"]))
    return names


# --- layout ------------------------------------------------------------------

def lay_out(edges: list[Edge], names: Mapping[str, tuple[str, str | None]]) -> Drawing:
    """Positions of every node and its label, the graph's parts packed in rows."""
    graph = nx.Graph()
    for e in edges:
        graph.add_edge(e.factor_id, e.target_id)
    degree = dict(graph.degree())
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    placed = [_lay_out_part(graph.subgraph(part), names, degree) for part in parts]
    return _pack(placed, edges)


def _lay_out_part(part: nx.Graph, names: Mapping, degree: Mapping[str, int]) -> list[Node]:
    """One connected part, spread until its labels fit; coordinates from (0, 0)."""
    pos = _lengthwise(_force_positions(part))
    links = sorted(tuple(sorted(e)) for e in part.edges if e[0] != e[1])
    for _ in range(16):
        nodes = _with_labels(pos, names, degree, links)
        if nodes is not None:
            return _shift_to_origin(nodes)
        pos = {n: (x * 1.2, y * 1.2) for n, (x, y) in pos.items()}
    return _shift_to_origin(_with_labels(pos, names, degree, links, force=True))


def _force_positions(part: nx.Graph) -> dict[str, tuple[float, float]]:
    nodes = sorted(part.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (EDGE_LENGTH, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in part.edges))
    raw = nx.spring_layout(ordered, seed=SEED, iterations=300, method="force")
    lengths = sorted(math.dist(raw[a], raw[b]) for a, b in ordered.edges if a != b)
    scale = EDGE_LENGTH / max(lengths[len(lengths) // 2], 1e-6)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}


def _lengthwise(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """``pos`` turned so that its longest axis runs across the page, which is wider than it is tall."""
    if len(pos) < 3:
        return pos
    mx = sum(x for x, _ in pos.values()) / len(pos)
    my = sum(y for _, y in pos.values()) / len(pos)
    sxx = sum((x - mx) ** 2 for x, _ in pos.values())
    syy = sum((y - my) ** 2 for _, y in pos.values())
    sxy = sum((x - mx) * (y - my) for x, y in pos.values())
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)  # of the principal axis
    cos, sin = math.cos(-angle), math.sin(-angle)
    return {n: ((x - mx) * cos - (y - my) * sin, (x - mx) * sin + (y - my) * cos) for n, (x, y) in pos.items()}


def radius(n_edges: int) -> float:
    return min(4.0 + 1.6 * math.sqrt(n_edges), 12.0)


def label_width(text: str) -> float:
    """An upper estimate of ``text``'s width at FONT_SIZE in DejaVu Sans."""
    em = 0.0
    for ch in text:
        if ch in "fijlrtI!.,:;'|/()[] -":
            em += 0.42
        elif ch in "mwMW%@—":
            em += 1.0
        elif ch.isupper() or ch.isdigit():
            em += 0.8
        elif ord(ch) > 0x2E80:  # CJK and full-width forms
            em += 1.05
        else:
            em += 0.66
    return em * FONT_SIZE + 2.0


def short_label(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1] + "…"


def _with_labels(pos: Mapping[str, tuple[float, float]], names: Mapping, degree: Mapping[str, int],
                 links: list[tuple[str, str]], force: bool = False) -> list[Node] | None:
    """Nodes with a label each beside them, covering no node and no other label,
    and crossing as few edges as may be; None when some label has no free place
    (with ``force``, its first place)."""
    segments = [(pos[a], pos[b]) for a, b in links]
    radii = {n: radius(degree[n]) for n in pos}
    circles = [(x - radii[n] - 1, y - radii[n] - 1, x + radii[n] + 1, y + radii[n] + 1) for n, (x, y) in pos.items()]
    taken: list[tuple[float, float, float, float]] = []
    nodes = []
    for n in sorted(pos, key=lambda n: (-degree[n], names[n][0].casefold(), n)):
        x, y = pos[n]
        label = short_label(names[n][0])
        spots = _label_spots(x, y, radii[n], label_width(label))
        free = [b for b in spots if not any(_overlap(b, o) for o in taken + circles)]
        if not free and not force:
            return None
        box = min(free, key=lambda b: sum(_crosses(b, s) for s in segments)) if free else spots[0]
        taken.append(box)
        nodes.append(Node(n, names[n][0], names[n][1], x, y, radii[n], label, box))
    return nodes


def _label_spots(x: float, y: float, r: float, w: float) -> list[tuple[float, float, float, float]]:
    """Places for a label of width ``w`` beside a node, most readable first."""
    h, gap = LABEL_HEIGHT, 3.0
    return [
        (x + r + gap, y - h / 2, x + r + gap + w, y + h / 2),   # right
        (x - r - gap - w, y - h / 2, x - r - gap, y + h / 2),   # left
        (x - w / 2, y - r - gap - h, x + w / 2, y - r - gap),   # above
        (x - w / 2, y + r + gap, x + w / 2, y + r + gap + h),   # below
        (x + r * 0.7, y - r * 0.7 - h, x + r * 0.7 + w, y - r * 0.7),  # above right
        (x + r * 0.7, y + r * 0.7, x + r * 0.7 + w, y + r * 0.7 + h),  # below right
        (x - r * 0.7 - w, y - r * 0.7 - h, x - r * 0.7, y - r * 0.7),  # above left
        (x - r * 0.7 - w, y + r * 0.7, x - r * 0.7, y + r * 0.7 + h),  # below left
    ]


def _crosses(box: tuple, segment: tuple) -> bool:
    """Whether the straight line ``segment`` runs through ``box`` (sampled along its length)."""
    (x0, y0), (x1, y1) = segment
    if max(x0, x1) < box[0] or min(x0, x1) > box[2] or max(y0, y1) < box[1] or min(y0, y1) > box[3]:
        return False
    steps = max(2, int(math.hypot(x1 - x0, y1 - y0) / 4))
    return any(box[0] <= x0 + (x1 - x0) * i / steps <= box[2] and box[1] <= y0 + (y1 - y0) * i / steps <= box[3]
               for i in range(steps + 1))


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _bounds(nodes: list[Node]) -> tuple[float, float, float, float]:
    boxes = [n.label_box for n in nodes] + [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _moved(nodes: list[Node], dx: float, dy: float) -> list[Node]:
    return [Node(n.id, n.name, n.type, n.x + dx, n.y + dy, n.r, n.label,
                 (n.label_box[0] + dx, n.label_box[1] + dy, n.label_box[2] + dx, n.label_box[3] + dy))
            for n in nodes]


def _shift_to_origin(nodes: list[Node]) -> list[Node]:
    x0, y0, _, _ = _bounds(nodes)
    return _moved(nodes, -x0, -y0)


def _pack(parts: list[list[Node]], edges: list[Edge]) -> Drawing:
    """The parts in rows, left to right, the largest first."""
    width = max([WIDTH] + [_bounds(p)[2] + 2 * MARGIN for p in parts])
    nodes: list[Node] = []
    x = y = MARGIN
    row_height = 0.0
    for part in parts:
        _, _, w, h = _bounds(part)
        if x > MARGIN and x + w + MARGIN > width:
            x, y, row_height = MARGIN, y + row_height + 2 * MARGIN, 0.0
        nodes += _moved(part, x, y)
        x += w + 2 * MARGIN
        row_height = max(row_height, h)
    return Drawing(width, y + row_height + MARGIN, tuple(nodes), tuple(edges))


# --- drawing -----------------------------------------------------------------

def edge_width(n_papers: int) -> float:
    return 1.4 + 1.6 * (min(n_papers, 5) - 1)


def _curvatures(edges: Iterable[Edge]) -> dict[str, float]:
    """How far each edge bends: edges between the same two nodes (both ways, or
    with different polarities) fan out instead of lying on each other."""
    pairs: dict[tuple, list[Edge]] = defaultdict(list)
    for e in edges:
        pairs[tuple(sorted((e.factor_id, e.target_id)))].append(e)
    bends = {}
    for (a, _), members in pairs.items():
        members.sort(key=lambda e: e.key)
        for i, e in enumerate(members):
            bend = 0.0 if len(members) == 1 else (i - (len(members) - 1) / 2) * 0.35
            bends[e.key] = bend if e.factor_id == a else -bend
    return bends


def edge_path(a: Node, b: Node, bend: float) -> str:
    """A quadratic curve from the rim of ``a`` to the rim of ``b`` (where the
    arrowhead's tip goes), bent sideways by ``bend`` of its length."""
    if a.id == b.id:  # a loop above the node
        x, y, r = a.x, a.y, a.r
        return (f"M{x - r * 0.6:.1f},{y - r * 0.8:.1f} C{x - 2.5 * r - 8:.1f},{y - 3 * r - 16:.1f} "
                f"{x + 2.5 * r + 8:.1f},{y - 3 * r - 16:.1f} {x + r * 0.6:.1f},{y - r * 0.8:.1f}")
    dx, dy = b.x - a.x, b.y - a.y
    cx, cy = (a.x + b.x) / 2 - dy * bend, (a.y + b.y) / 2 + dx * bend
    sx, sy = _toward(a.x, a.y, cx, cy, a.r)
    ex, ey = _toward(b.x, b.y, cx, cy, b.r + 1.0)
    return f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"


def _toward(x: float, y: float, tx: float, ty: float, d: float) -> tuple[float, float]:
    """The point ``d`` from (x, y) toward (tx, ty)."""
    length = math.hypot(tx - x, ty - y) or 1.0
    return x + (tx - x) / length * d, y + (ty - y) / length * d


def marker_id(prefix: str, polarity: int, n_papers: int) -> str:
    return f"{prefix}-arrow-{POLARITY_NAME[polarity]}-{min(n_papers, 5)}"


def markers(prefix: str, edges: Iterable[Edge]) -> str:
    """One arrowhead per polarity and width, sized to the line it ends."""
    out = []
    for p, n in sorted({(e.polarity, min(e.n_papers, 5)) for e in edges}):
        size = 7.0 + 1.6 * edge_width(n)
        out.append(f'<marker id="{marker_id(prefix, p, n)}" viewBox="0 0 10 10" refX="10" refY="5" '
                   f'markerWidth="{size:.1f}" markerHeight="{size:.1f}" markerUnits="userSpaceOnUse" '
                   f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{POLARITY_COLOUR[p]}"/></marker>')
    return "<defs>" + "".join(out) + "</defs>"


WORDS = {(1, False): "increases", (-1, False): "decreases", (0, False): "acts on",
         (1, True): "does not increase", (-1, True): "does not decrease", (0, True): "does not act on"}


def svg(drawing: Drawing, element_id: str, caption: str) -> str:
    """The drawing as one ``<svg>``: edges under nodes, every element carrying
    the ids a click filters the claims table by."""
    by_id = {n.id: n for n in drawing.nodes}
    bends = _curvatures(drawing.edges)
    parts = [f'<svg id="{element_id}" class="network" width="{drawing.width:.0f}" height="{drawing.height:.0f}" '
             f'viewBox="0 0 {drawing.width:.0f} {drawing.height:.0f}" role="img" aria-label="{_esc(caption)}">',
             markers(element_id, drawing.edges)]
    for e in drawing.edges:
        a, b = by_id[e.factor_id], by_id[e.target_id]
        dash = ' stroke-dasharray="5 3"' if e.negated else ""
        parts.append(
            f'<path class="edge {POLARITY_NAME[e.polarity]}" d="{edge_path(a, b, bends[e.key])}" fill="none" '
            f'stroke="{POLARITY_COLOUR[e.polarity]}" stroke-width="{edge_width(e.n_papers):.1f}"{dash} '
            f'marker-end="url(#{marker_id(element_id, e.polarity, e.n_papers)})" data-key="{_esc(e.key)}" '
            f'data-f="{_esc(e.factor_id)}" data-t="{_esc(e.target_id)}" data-p="{e.polarity}" '
            f'data-neg="{int(e.negated)}" data-papers="{e.n_papers}" data-claims="{" ".join(e.claim_ids)}"/>')
    # the click areas over all the arrows, the longest first: an arrow that runs along a longer one
    # (TNF-α → NF-κB beside TNF-α → bone remodelling) stays clickable, the longer one beyond its end
    for e in sorted(drawing.edges, key=lambda e: -_length(by_id[e.factor_id], by_id[e.target_id])):
        parts.append(_hit_path(e, by_id[e.factor_id], by_id[e.target_id], bends[e.key]))
    for n in drawing.nodes:
        x0, y0, x1, y1 = n.label_box
        parts.append(
            f'<g class="node" data-id="{_esc(n.id)}" data-name="{_esc(n.name)}" data-type="{_esc(n.type or "")}" '
            f'tabindex="0" role="button">'
            f'<circle cx="{n.x:.1f}" cy="{n.y:.1f}" r="{n.r:.1f}" fill="{TYPE_COLOUR.get(n.type or "", UNKNOWN_COLOUR)}"/>'
            f'<text x="{(x0 + x1) / 2:.1f}" y="{(y0 + y1) / 2:.1f}" text-anchor="middle" dominant-baseline="central">'
            f"{_esc(n.label)}</text><title>{_esc(n.name)} ({_esc(n.type or 'type unknown')}): {_esc(n.id)}</title></g>")
    parts.append("</svg>")
    return "".join(parts)


def _length(a, b) -> float:
    return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5


def _hit_path(e, a, b, bend) -> str:
    """The wide transparent path a click on the arrow ``e`` lands on, with its title."""
    aspects = ", ".join(x for x in e.aspects if x)
    title = (f"{a.name} → {b.name}: {WORDS[e.polarity, e.negated]}{f' ({aspects})' if aspects else ''}; "
             f"{e.n_papers} paper{'s' * (e.n_papers != 1)}, {e.n_evidence} sentence{'s' * (e.n_evidence != 1)}")
    return (f'<path class="hit" d="{edge_path(a, b, bend)}" fill="none" stroke="transparent" '
            f'stroke-width="9" data-key="{_esc(e.key)}"><title>{_esc(title)}</title></path>')


def _esc(value: str) -> str:
    return html.escape(value, quote=True)
