"""The HTML evidence report: one self-contained file over the claims and their sentences.

Reads ``claims.parquet``, ``triples`` and ``documents`` under an output
folder and writes one HTML file (``output/report.html``) that opens without
a network: summary figures, the claims table (sortable, filterable by
factor, target, type, polarity and language), each claim's evidence
sentences with factor, trigger and target highlighted from the triples'
offsets, contested claims marked and listed together, and a network of
factors and targets. The little CSS and JavaScript it needs are written
here and inlined.

Provenance: every highlighted span is ``documents.text[start:end]`` of the
triple, cut into runs at span boundaries (spans may overlap), and each
evidence item carries its offsets as ``data-`` attributes. Escaping: all
text from papers goes through ``html.escape`` into the markup, and the data
the network script reads is JSON inside ``<script type="application/json">``
with ``<``, ``>`` and ``&`` written as ``\\u`` escapes; the script builds
elements with ``textContent``, never ``innerHTML``, so nothing a paper says
can become markup.
"""
from __future__ import annotations

import html
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from .claims import CLAIMS_FILE, claim_id, evidence_by_claim
from .records import PipelineError
from .tables import read_table

ROLES = ("factor", "effect", "target")
ROLE_LABEL = {"factor": "factor", "effect": "trigger", "target": "target"}
POLARITY_LABEL = {1: "+1 ↑", -1: "−1 ↓", 0: "0 ·"}
POLARITY_NAME = {1: "positive", -1: "negative", 0: "neutral"}
# The network shows at most this many concepts (those with the most evidence among the
# visible claims), so that a circular layout stays legible.
NETWORK_NODES = 40


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
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ReportData:
    claims: tuple[Mapping, ...]
    evidence: Mapping[str, tuple[Evidence, ...]]  # by claim_id
    documents: tuple[Mapping, ...]  # doc_id, source, lang, format of the papers read


# --- reading ------------------------------------------------------------------

def load_report_data(out_dir: Path) -> ReportData:
    """The claims, their evidence and the papers under ``out_dir``."""
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
    return ReportData(tuple(claims), evidence, papers)


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

def write_report(out_dir: Path, path: Path) -> Path:
    """Write the report for ``out_dir`` to ``path`` atomically; returns ``path``."""
    page = render(load_report_data(out_dir))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-report-", suffix=".html", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a report is for reading
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def render(data: ReportData) -> str:
    """The whole report as one HTML string."""
    body = "\n".join([
        "<h1>Claims across papers: evidence report</h1>",
        summary_html(data),
        contested_html(data.claims),
        network_html(data.claims),
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
        ("contested claims", sum(c["contested"] for c in claims)),
        ("claims stated in more than one paper", sum(c["n_papers"] > 1 for c in claims)),
        ("claims stated in both Chinese and English", sum(c["n_papers_zh"] > 0 and c["n_papers_en"] > 0
                                                         for c in claims)),
        ("positive / negative / neutral", " / ".join(str(sum(c["polarity"] == p for c in claims))
                                                     for p in (1, -1, 0))),
    ]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in figures)
    top = "".join(f"<li>{esc(name)} <span class=n>{n}</span></li>" for name, n in _top(claims, "factor_name"))
    top_t = "".join(f"<li>{esc(name)} <span class=n>{n}</span></li>" for name, n in _top(claims, "target_name"))
    return (f'<section id="summary"><h2>Summary</h2><table class="figures">{rows}</table>'
            f'<div class="tops"><div><h3>Top factors (evidence sentences)</h3><ol>{top}</ol></div>'
            f'<div><h3>Top targets (evidence sentences)</h3><ol>{top_t}</ol></div></div></section>')


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _top(claims: Iterable[Mapping], column: str, n: int = 10) -> list[tuple[str, int]]:
    counts: Counter = Counter()
    for c in claims:
        counts[c[column]] += c["n_evidence"]
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


VERBS = {(1, False): "increases", (-1, False): "decreases", (0, False): "acts on",
         (1, True): "does not increase", (-1, True): "does not decrease", (0, True): "does not act on"}


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


def network_html(claims: tuple[Mapping, ...]) -> str:
    """The SVG the script draws the network into, and the data it draws from."""
    edges = [{"id": c["claim_id"], "f": c["factor_id"], "fn": c["factor_name"], "ft": c["factor_type"],
              "t": c["target_id"], "tn": c["target_name"], "tt": c["target_type"], "p": c["polarity"],
              "n": c["n_evidence"]} for c in claims]
    return (f'<section id="network-section"><h2>Network of factors and targets</h2>'
            f'<p class="legend"><span class="pos">━ positive</span> <span class="neg">━ negative</span> '
            f'<span class="neu">━ neutral</span>; line width: evidence sentences. The {NETWORK_NODES} concepts '
            f'with most evidence among the claims shown below; click one to filter by it.</p>'
            f'<svg id="network" viewBox="0 0 900 640" role="img" aria-label="network of factors and targets">'
            f'</svg><script type="application/json" id="network-data">{json_for_script(edges)}</script></section>')


def json_for_script(value) -> str:
    """JSON that cannot close or open a tag inside ``<script>``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def filters_html(claims: tuple[Mapping, ...]) -> str:
    def options(values: Iterable[str]) -> str:
        return '<option value="">any</option>' + "".join(
            f'<option value="{esc(v)}">{esc(v)}</option>' for v in sorted(set(values), key=str.casefold))

    types = [c["factor_type"] or "" for c in claims] + [c["target_type"] or "" for c in claims]
    return ('<section id="filters"><h2>Claims</h2><form id="filter-form" onsubmit="return false">'
            f'<label>factor <select id="f-factor">{options(c["factor_name"] for c in claims)}</select></label>'
            f'<label>target <select id="f-target">{options(c["target_name"] for c in claims)}</select></label>'
            f'<label>type <select id="f-type">{options(t for t in types if t)}</select></label>'
            '<label>polarity <select id="f-polarity"><option value="">any</option><option value="1">+1 positive'
            '</option><option value="-1">−1 negative</option><option value="0">0 neutral</option></select></label>'
            '<label>language <select id="f-lang"><option value="">any</option><option value="zh">stated in '
            'Chinese</option><option value="en">stated in English</option><option value="zh-only">only in '
            'Chinese</option><option value="en-only">only in English</option></select></label>'
            '<label><input type="checkbox" id="f-contested"> contested only</label>'
            '<label>search <input type="search" id="f-text" placeholder="any name or word"></label>'
            '<button type="button" id="f-reset">reset</button></form>'
            f'<p id="shown" aria-live="polite">{len(claims)} of {len(claims)} claims shown</p></section>')


COLUMNS = (  # (heading, sort key, sort as number)
    ("", None, False), ("factor", "factor", False), ("type", "ftype", False), ("polarity", "polarity", True),
    ("target", "target", False), ("type", "ttype", False), ("aspect", "aspect", False),
    ("sentences", "n", True), ("papers", "papers", True), ("zh papers", "zh", True), ("en papers", "en", True),
    ("hedged", "hedged", True), ("effect words", None, False), ("contested", "contested", True),
)


def claims_table_html(data: ReportData) -> str:
    head = "".join(f'<th data-sort="{k}" data-num="{int(num)}" tabindex="0">{esc(h)}</th>' if k
                   else f"<th>{esc(h)}</th>" for h, k, num in COLUMNS)
    titles = {c["claim_id"]: claim_title(c) for c in data.claims}
    bodies = "\n".join(claim_html(c, data.evidence[c["claim_id"]], titles) for c in data.claims)
    return f'<table id="claims"><thead><tr>{head}</tr></thead>\n{bodies}\n</table>'


def claim_html(c: Mapping, evidence: tuple[Evidence, ...], titles: Mapping[str, str]) -> str:
    """One claim: a ``<tbody>`` holding its row and its (hidden) evidence."""
    langs = " ".join(lang for lang in ("zh", "en") if c[f"n_papers_{lang}"])
    attrs = {"id": c["claim_id"], "class": "claim" + (" contested" if c["contested"] else ""),
             "data-factor": c["factor_name"], "data-target": c["target_name"],
             "data-ftype": c["factor_type"] or "", "data-ttype": c["target_type"] or "",
             "data-polarity": c["polarity"], "data-aspect": c["aspect"] or "", "data-langs": langs,
             "data-n": c["n_evidence"], "data-papers": c["n_papers"], "data-zh": c["n_papers_zh"],
             "data-en": c["n_papers_en"], "data-hedged": f"{c['share_hedged']:.3f}",
             "data-contested": int(c["contested"]),
             "data-search": " ".join([c["factor_name"], c["target_name"], c["factor_id"], c["target_id"],
                                      c["aspect"] or "", *c["effects"], *c["effect_words"]]).casefold()}
    polarity = POLARITY_LABEL[c["polarity"]] + (" (negated)" if c["negated"] else "")
    cells = [
        '<button type="button" class="toggle" aria-expanded="false" title="show evidence">▸</button>',
        esc(c["factor_name"]), esc(c["factor_type"]),
        f'<span class="pol {POLARITY_NAME[c["polarity"]]}">{esc(polarity)}</span>',
        esc(c["target_name"]), esc(c["target_type"]), esc(c["aspect"] or "—"),
        str(c["n_evidence"]), str(c["n_papers"]), str(c["n_papers_zh"]), str(c["n_papers_en"]),
        f"{100 * c['share_hedged']:.0f}%", esc(" · ".join(c["effect_words"])),
        '<span class="badge">contested</span>' if c["contested"] else "",
    ]
    row = "".join(f"<td>{cell}</td>" for cell in cells)
    others = "".join(f'<li><a class="claim-link" href="#{esc(o)}">{esc(titles.get(o, o))}</a></li>'
                     for o in c["contested_with"])
    contested = f'<p class="against">Contested by:</p><ul>{others}</ul>' if others else ""
    detail = (f'<div class="claim-head"><b>{esc(claim_title(c))}</b> <code>{esc(c["claim_id"])}</code> '
              f'<span class="ids">{esc(c["factor_id"])} → {esc(c["target_id"])}; effects: '
              f'{esc(", ".join(c["effects"]))}</span></div>{contested}'
              f'<ol class="evidence-list">{"".join(evidence_html(e) for e in evidence)}</ol>')
    attr_text = " ".join(f'{k}="{esc(v)}"' for k, v in attrs.items())
    return (f'<tbody {attr_text}><tr class="row">{row}</tr>'
            f'<tr class="details" hidden><td colspan="{len(COLUMNS)}">{detail}</td></tr></tbody>')


def evidence_html(e: Evidence) -> str:
    """One evidence sentence with its spans highlighted, and where it comes from."""
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
    return (f'<li class="evidence" data-doc="{esc(e.doc_id)}" data-sent-start="{e.sent_start}" '
            f'data-sent-end="{e.sent_end}" {attrs}><blockquote class="sentence" lang="{esc(e.lang)}">{marked}'
            f'</blockquote><div class="where">{flags}{" · ".join(where)} · {esc(e.effect)} '
            f'<span class="rule">({esc(e.rule)})</span></div></li>')


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.5em}
table.figures th{text-align:left;font-weight:normal;color:#555;padding-right:1em}
.tops{display:flex;gap:3em}.tops ol{margin:0}.n{color:#777}
#filters form{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center}
#filters select{max-width:14em}
table#claims{border-collapse:collapse;width:100%}
#claims th{background:#f0f0f0;position:sticky;top:0;cursor:pointer;text-align:left;padding:3px 6px}
#claims th[data-dir=asc]::after{content:" ▲"}#claims th[data-dir=desc]::after{content:" ▼"}
#claims td{border-top:1px solid #e3e3e3;padding:3px 6px;vertical-align:top}
tbody.contested tr.row{background:#fff6e0}
.badge{background:#e8a33d;color:#fff;border-radius:3px;padding:0 4px;font-size:.85em}
.badge.hedged{background:#8a8ab8}
.pol.positive{color:#1a7f37}.pol.negative{color:#c62828}.pol.neutral{color:#666}
.toggle{border:none;background:none;cursor:pointer;font-size:1em}
tr.details td{background:#fafafa}
blockquote.sentence{margin:.3em 0;padding:.3em .6em;border-left:3px solid #bbb;background:#fff}
mark{padding:0 1px;border-radius:2px}mark.factor{background:#cfe3ff}mark.effect{background:#ffe08a}
mark.target{background:#c8f0c8}mark.factor.target{background:#e0d0ff}
.where{color:#666;font-size:.85em}.rule,.ids{color:#999}
.legend .pos{color:#1a7f37}.legend .neg{color:#c62828}.legend .neu{color:#888}
#network{width:100%;max-width:900px;border:1px solid #ddd;background:#fff}
#network text{font-size:10px;cursor:pointer}
"""

SCRIPT = r"""
(function(){
var $=function(s){return document.querySelector(s)};
var bodies=Array.prototype.slice.call(document.querySelectorAll('tbody.claim'));
var ids=['f-factor','f-target','f-type','f-polarity','f-lang','f-contested','f-text'];
function val(id){var e=document.getElementById(id);return e.type==='checkbox'?e.checked:e.value}
function keep(b){
  var d=b.dataset,f=val('f-factor'),t=val('f-target'),ty=val('f-type'),p=val('f-polarity'),l=val('f-lang');
  if(f&&d.factor!==f)return false;if(t&&d.target!==t)return false;
  if(ty&&d.ftype!==ty&&d.ttype!==ty)return false;if(p&&d.polarity!==p)return false;
  var langs=d.langs.split(' ');
  if(l==='zh'||l==='en'){if(langs.indexOf(l)<0)return false}
  else if(l){if(d.langs!==l.split('-')[0])return false}
  if(val('f-contested')&&d.contested!=='1')return false;
  var q=val('f-text').trim().toLowerCase();if(q&&d.search.indexOf(q)<0)return false;
  return true}
function apply(){var n=0;bodies.forEach(function(b){var k=keep(b);b.hidden=!k;if(k)n++});
  $('#shown').textContent=n+' of '+bodies.length+' claims shown';draw()}
ids.forEach(function(id){var e=document.getElementById(id);e.addEventListener('input',apply);e.addEventListener('change',apply)});
$('#f-reset').addEventListener('click',function(){$('#filter-form').reset();apply()});
function open(b,show){var r=b.querySelector('tr.details'),t=b.querySelector('.toggle');
  r.hidden=!show;t.setAttribute('aria-expanded',show);t.textContent=show?'▾':'▸'}
bodies.forEach(function(b){b.querySelector('.toggle').addEventListener('click',function(){
  open(b,b.querySelector('tr.details').hidden)})});
document.addEventListener('click',function(ev){var a=ev.target.closest&&ev.target.closest('a.claim-link');if(!a)return;
  var b=document.getElementById(a.getAttribute('href').slice(1));if(!b)return;
  ev.preventDefault();b.hidden=false;open(b,true);b.scrollIntoView({block:'center'})});
document.querySelectorAll('#claims th[data-sort]').forEach(function(th){th.addEventListener('click',function(){
  var key=th.dataset.sort,num=th.dataset.num==='1',dir=th.dataset.dir==='asc'?'desc':'asc';
  document.querySelectorAll('#claims th').forEach(function(h){delete h.dataset.dir});th.dataset.dir=dir;
  var s=dir==='asc'?1:-1,tab=$('#claims');
  bodies.slice().sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];
    return s*(num?(+x)-(+y):x.localeCompare(y))}).forEach(function(b){tab.appendChild(b)})})});
var edges=JSON.parse($('#network-data').textContent),NS='http://www.w3.org/2000/svg',svg=$('#network');
var colour={'1':'#1a7f37','-1':'#c62828','0':'#999'};
var tcolour={gene:'#3b6fd1',cell:'#2e9e5b',process:'#d08a1e',disease:'#b03a8c',drug:'#7b53c1',pathway:'#159aa3',family:'#5a7ea8',ncrna:'#a0522d'};
function el(n,a){var e=document.createElementNS(NS,n);for(var k in a)e.setAttribute(k,a[k]);return e}
function draw(){
  var shown={};bodies.forEach(function(b){if(!b.hidden)shown[b.id]=1});
  var agg={},weight={},node={};
  edges.forEach(function(e){if(!shown[e.id])return;var k=e.f+'\u0001'+e.t+'\u0001'+e.p;
    agg[k]=agg[k]||{f:e.f,t:e.t,p:e.p,n:0};agg[k].n+=e.n;
    node[e.f]={name:e.fn,type:e.ft,role:'factor'};if(!node[e.t])node[e.t]={name:e.tn,type:e.tt,role:'target'};
    weight[e.f]=(weight[e.f]||0)+e.n;weight[e.t]=(weight[e.t]||0)+e.n});
  var top=Object.keys(weight).sort(function(a,b){return weight[b]-weight[a]||(a<b?-1:1)}).slice(0,__NODES__);
  top.sort(function(a,b){return (node[a].type||'').localeCompare(node[b].type||'')||node[a].name.localeCompare(node[b].name)});
  var pos={},cx=450,cy=320,R=250;
  top.forEach(function(id,i){var a=2*Math.PI*i/top.length-Math.PI/2;pos[id]=[cx+R*Math.cos(a),cy+R*Math.sin(a),a]});
  while(svg.firstChild)svg.removeChild(svg.firstChild);
  Object.keys(agg).forEach(function(k){var e=agg[k],a=pos[e.f],b=pos[e.t];if(!a||!b)return;
    var mx=(a[0]+b[0])/2*0.7+cx*0.3,my=(a[1]+b[1])/2*0.7+cy*0.3;
    var p=el('path',{d:'M'+a[0]+','+a[1]+' Q'+mx+','+my+' '+b[0]+','+b[1],fill:'none',stroke:colour[e.p],
      'stroke-width':Math.min(1+Math.log2(e.n)*1.5,7),'stroke-opacity':0.65,'class':'edge','data-polarity':e.p});
    var t=el('title',{});t.textContent=node[e.f].name+' → '+node[e.t].name+' ('+(e.p>0?'+':'')+e.p+'): '+e.n+' sentences';
    p.appendChild(t);svg.appendChild(p)});
  top.forEach(function(id){var p=pos[id],n=node[id],g=el('g',{'class':'node'});
    g.appendChild(el('circle',{cx:p[0],cy:p[1],r:3+Math.min(Math.sqrt(weight[id]),8),fill:tcolour[n.type]||'#777'}));
    var left=Math.cos(p[2])<0,t=el('text',{x:p[0]+(left?-10:10),y:p[1]+3,'text-anchor':left?'end':'start'});
    t.textContent=n.name;g.appendChild(t);
    var tt=el('title',{});tt.textContent=n.name+' ('+(n.type||'?')+'): '+weight[id]+' sentences';g.appendChild(tt);
    g.addEventListener('click',function(){var sel=document.getElementById(n.role==='factor'?'f-factor':'f-target');
      sel.value=n.name;apply()});
    svg.appendChild(g)});
  if(!top.length){var t=el('text',{x:cx,y:cy,'text-anchor':'middle'});t.textContent='no claims shown';svg.appendChild(t)}
}
draw();
})();
""".replace("__NODES__", str(NETWORK_NODES))
