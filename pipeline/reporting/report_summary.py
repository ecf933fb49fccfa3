"""The report's first sections: the summary figures with the top factors and targets, and the
contested claims, sides together."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Mapping

from .report_data import ReportData
from .report_text import POLARITY_LABEL, esc, is_class, plural


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
