"""The HTML report as a file: highlighting cut exactly from the text, self-contained, escaped."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.records import PipelineError
from pipeline.reporting.report import write_report
from pipeline.reporting.report_data import ROLES, segments
from pipeline.reporting.report_text import claim_title


def test_segments_rebuild_the_sentence_and_every_span_exactly(sample_output):
    """Property over every triple of the sample papers: the runs are the sentence, and a
    role's runs are exactly text[start:end] of that role."""
    texts = pd.read_parquet(sample_output / "documents").set_index("doc_id").text
    for t in pd.read_parquet(sample_output / "triples").itertuples():
        text = texts[t.doc_id]
        spans = [(role, getattr(t, f"{role}_start"), getattr(t, f"{role}_end")) for role in ROLES]
        runs = segments(text, t.sent_start, t.sent_end, spans)
        assert "".join(r.text for r in runs) == text[t.sent_start:t.sent_end]
        for role, start, end in spans:
            assert "".join(r.text for r in runs if role in r.roles) == text[start:end]


@pytest.mark.parametrize("spans, expected", [
    ([("factor", 0, 4), ("effect", 5, 7), ("target", 7, 10)],
     [("IL-6", ("factor",)), (" ", ()), ("促进", ("effect",)), ("破骨细", ("target",)), ("胞。", ())]),
    # A factor inside the target's span (overlapping spans) keeps both roles on the overlap.
    ([("target", 0, 7), ("factor", 0, 4), ("effect", 8, 10)],
     [("IL-6", ("target", "factor")), (" 促进", ("target",)), ("破", ()), ("骨细", ("effect",)), ("胞。", ())]),
])
def test_segments_of_overlapping_spans(spans, expected):
    runs = segments("IL-6 促进破骨细胞。", 0, 12, spans)
    assert [(r.text, r.roles) for r in runs] == expected


def test_report_is_one_file_that_needs_no_network(sample_report):
    page = sample_report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<link|<img|<iframe|@import|url\((?!#)|\ssrc=", page)  # url(#arrow): in the page
    assert not re.search(r'href="(?!#)', page)  # links only within the page
    # The code names no address (papers' text may hold addresses, as text); the network is
    # inline SVG, drawn when the report is written.
    code = " ".join(re.findall(r"<(?:script|style)>(.*?)</(?:script|style)>", page, flags=re.S))
    assert len(code) > 1000
    assert not re.findall(r"https?://", code)
    assert page.count("<svg") > 2 and "<path class=\"edge" in page


def test_paper_markup_is_text_in_the_report(sample_output, sample_report):
    """Paper 002 carries HTML (<sup>[23]</sup>) in its text; the report shows it as text."""
    page = sample_report.read_text(encoding="utf-8")
    texts = pd.read_parquet(sample_output / "documents").text
    assert texts.str.contains("<sup>", regex=False).any()
    assert "<sup>" not in page and "&lt;sup&gt;" in page


def test_claim_title_in_words():
    c = {"factor_name": "IL-6", "polarity": -1, "negated": True, "target_name": "osteoclast",
         "aspect": "differentiation"}
    assert claim_title(c) == "IL-6 does not decrease osteoclast (differentiation)"


def test_report_without_claims_says_which_folder(tmp_path):
    with pytest.raises(PipelineError, match=str(tmp_path)):
        write_report(tmp_path, tmp_path / "report.html")


def test_report_over_out_of_step_tables_names_them(sample_output, tmp_path):
    import shutil

    out = tmp_path / "output"
    shutil.copytree(sample_output, out)
    for part in (out / "documents").glob("part-*.parquet"):
        part.unlink()  # triples (and claims) stay, the papers they cite go
    with pytest.raises(PipelineError, match=f"{out / 'triples'}: doc_id .* not in {out / 'documents'}"):
        write_report(out, out / "report.html")


def claims_with_network(sample_output):
    """The claims, and those the network draws: stated twice, or as confident as its bar."""
    from pipeline.reporting.report_network import network_bar

    claims = pd.read_parquet(sample_output / "claims.parquet")
    bar = network_bar(sample_output, claims.to_dict("records"))
    return claims, claims[(claims.n_evidence >= 2) | (claims.confidence >= bar)]


def svg_of(page: str, svg_id: str) -> str:
    return re.search(rf'<svg id="{svg_id}".*?</svg>', page, flags=re.S).group()


def test_network_shows_claims_with_two_sentences_class_words_behind_a_switch(sample_output, sample_report):
    """Drawn: the claims stated twice or at least as confident as the bar (fewer than
    NETWORK_EDGES arrows on the sample papers, so all of them); class words only in the second
    drawing."""
    from pipeline.reporting.report_network import NETWORK_EDGES

    page = sample_report.read_text(encoding="utf-8")
    claims, supported = claims_with_network(sample_output)
    plain, full = svg_of(page, "network"), svg_of(page, "network-all")
    drawn = lambda svg: set(" ".join(re.findall(r'data-claims="([^"]*)"', svg)).split())  # noqa: E731
    particular = supported[~supported.factor_is_class & ~supported.target_is_class]
    assert plain.count('<path class="edge ') < NETWORK_EDGES
    assert drawn(plain) == set(particular.claim_id) > set(particular[particular.n_evidence >= 2].claim_id)
    assert drawn(full) == set(supported.claim_id) > drawn(plain)
    classes = set(claims[claims.factor_is_class].factor_id) | set(claims[claims.target_is_class].target_id)
    assert not set(re.findall(r'<g class="node" data-id="([^"]*)"', plain)) & classes
    assert "local:cytokine" in re.findall(r'<g class="node" data-id="([^"]*)"', full)
    assert 'id="net-full" hidden' in page and 'id="net-classes"' in page


def test_every_arrow_ends_in_an_arrowhead_of_its_colour(sample_report):
    page = sample_report.read_text(encoding="utf-8")
    for svg_id in ("network", "network-all"):
        svg = svg_of(page, svg_id)
        markers = dict(re.findall(r'<marker id="([^"]+)".*?fill="([^"]+)"', svg))
        edges = re.findall(r'<path class="edge [^"]*" d="[^"]*" fill="none" stroke="([^"]+)"[^>]*marker-end="url\(#([^)]+)\)"',
                           svg)
        assert len(edges) == svg.count('<path class="edge ') > 10
        for stroke, marker in edges:
            assert markers[marker] == stroke


def test_network_layout_keeps_labels_apart_and_is_the_same_every_time(sample_output):
    from pipeline.reporting.report_network import network_bar, network_drawing, supported

    rows = pd.read_parquet(sample_output / "claims.parquet")
    rows = rows.astype(object).where(rows.notna(), None).to_dict("records")
    chosen = [c for c in rows if supported(c, network_bar(sample_output, rows))]
    for with_classes in (False, True):
        drawing = network_drawing(chosen, with_classes)
        boxes = [n.label_box for n in drawing.nodes]
        circles = [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in drawing.nodes]
        for i, a in enumerate(boxes):
            assert 0 <= a[0] and a[2] <= drawing.width and 0 <= a[1] and a[3] <= drawing.height
            for j, b in enumerate(boxes + circles):
                if j != i and j != len(boxes) + i:
                    assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), \
                        (drawing.nodes[i].name, (drawing.nodes + drawing.nodes)[j].name)
        assert network_drawing(chosen, with_classes) == drawing


def test_each_evidence_sentence_shows_its_construction_and_steps(sample_output, tmp_path):
    """The rule beside every sentence; the steps too when the triples carry them (as the
    construction engine writes them: a list of step names)."""
    import shutil

    out = tmp_path / "output"
    shutil.copytree(sample_output, out)
    page = write_report(out, out / "report.html").read_text(encoding="utf-8")
    triples = pd.read_parquet(out / "triples")
    items = re.findall(r'<li class="evidence".*?</li>', page, flags=re.S)
    assert len(items) == pd.read_parquet(out / "claims.parquet").n_evidence.sum()
    rules = [re.search(r'construction <code class="rule">([^<]*)</code>', item).group(1) for item in items]
    assert set(rules) <= set(triples.rule) and len(set(rules)) > 5
    with_steps = [item for item in items if 'class="steps"' in item]
    written = {step for steps in triples.steps for step in steps}
    shown = {step for item in with_steps for step in re.findall(r"<code>([^<]*)</code>", item.split('class="steps"')[1])}
    assert with_steps and shown and shown <= written
    assert len(with_steps) < len(items)  # a triple with no steps shows none


def test_report_if_changed_writes_only_after_the_claims_change(sample_output, tmp_path, capsys):
    import os
    import shutil

    from pipeline.__main__ import main

    out = tmp_path / "output"
    shutil.copytree(sample_output, out)
    html = out / "report.html"
    html.unlink(missing_ok=True)
    assert main(["report", "--out", str(out), "--if-changed"]) == 0
    assert "report written" in capsys.readouterr().out and html.exists()
    assert main(["report", "--out", str(out), "--if-changed"]) == 0
    assert "up to date" in capsys.readouterr().out
    later = html.stat().st_mtime + 5
    os.utime(out / "claims.parquet", (later, later))  # as a run that changed a paper leaves it
    assert main(["report", "--out", str(out), "--if-changed"]) == 0
    assert "report written" in capsys.readouterr().out


def test_confident_claims_join_the_network_and_the_table_shows_confidence(sample_output, tmp_path, capsys):
    """A claim stated once joins the network when it is at least as confident as the network's
    own bar (every triple a run writes is above the run's threshold, so that cannot be the bar):
    by default the model's (a tenth of the held-out triples above it) or, when higher, the confidence of the
    run's most confident claims stated once (a small share of them), the run's --min-confidence when higher,
    report --min-confidence when given.
    The bar is said above the drawing and the table gains a confidence column."""
    import json
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.__main__ import main
    from pipeline.runtime.batch import dictionary_types
    from pipeline.store.claims import update_claims
    from pipeline.reporting.report_network import default_network_bar, network_bar, top_share

    bar = default_network_bar()
    assert 0.5 < bar < 0.98
    out = tmp_path / "output"
    shutil.copytree(sample_output, out)
    for part in (out / "triples").glob("part-*.parquet"):
        table = pq.read_table(part).drop_columns(["confidence"])
        top = round((bar + 0.98) / 2, 3)  # above the model's bar, under the run threshold below
        score = [top if "IL33" in f else (bar if "IL10" in f else 0.3) for f in table["factor_id"].to_pylist()]
        pq.write_table(table.append_column("confidence", pa.array(score, pa.float64())), part)
    update_claims(out, dictionary_types())
    claims = pd.read_parquet(out / "claims.parquet")
    particular = claims[~claims.factor_is_class & ~claims.target_is_class]
    once = particular[particular.n_evidence == 1]
    il33, il10, low = once[once.confidence == round((bar + 0.98) / 2, 3)], once[once.confidence == bar], once[once.confidence == 0.3]
    assert len(il33) > 5 and len(il10) > 5 and len(low) > 5

    def drawn() -> set[str]:
        page = (out / "report.html").read_text(encoding="utf-8")
        return set(" ".join(re.findall(r'data-claims="([^"]*)"', svg_of(page, "network"))).split())

    # The run's threshold (every triple it wrote is above it) is not the bar: the default is, the model's bar
    # or, higher, the confidence of the run's most confident claims stated once (a small share of them).
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert float(manifest["versions"]["min_confidence"]) < bar
    expected = network_bar(out, claims.to_dict("records"))
    assert expected == max(bar, top_share(claims.to_dict("records"))) and bar <= expected <= top
    assert main(["report", "--out", str(out)]) == 0
    assert set(il33.claim_id) <= drawn() and not set(low.claim_id) & drawn()
    assert bool(set(il10.claim_id) & drawn()) == (expected <= bar)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f"or with a confidence of at least {expected:.2f}" in page and '<th data-sort="confidence"' in page
    # A run that kept only triples of 0.98 or more: its threshold is the bar.
    manifest["versions"]["min_confidence"] = "0.98"
    (out / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert main(["report", "--out", str(out)]) == 0
    assert not (set(il33.claim_id) | set(il10.claim_id) | set(low.claim_id)) & drawn()
    assert "or with a confidence of at least 0.98" in (out / "report.html").read_text(encoding="utf-8")
    assert len(drawn()) > 5  # the claims stated twice are still drawn
    # --min-confidence sets the bar.
    assert main(["report", "--out", str(out), "--min-confidence", "0.99"]) == 0
    assert not (set(il33.claim_id) | set(il10.claim_id)) & drawn()
