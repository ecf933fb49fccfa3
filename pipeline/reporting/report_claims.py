"""The report's claims table: the filters above it, one row per claim (sortable columns) and,
hidden under it, the claim's evidence sentences with their spans highlighted and how each was read."""
from __future__ import annotations

from typing import Iterable, Mapping

from .report_data import Evidence, ReportData
from .report_text import POLARITY_LABEL, POLARITY_NAME, ROLE_LABEL, claim_title, esc, is_class


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
