"""The report as a person uses it: opened in headless Chromium (Debian's package), driven
by Playwright. Needs no network: the page is a local file and the browser is told not to
reach out."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.__main__ import main

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium; .ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; JavaScript errors and dialogs (an injected alert) fail the test."""
    pg = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems = []
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda r: None if r.url.startswith(("file:", "data:", "about:"))
          else problems.append(f"network request: {r.url}"))
    yield pg
    pg.close()
    assert not problems


def shown(pg) -> list[str]:
    return pg.eval_on_selector_all("tbody.claim:not([hidden])", "bs => bs.map(b => b.id)")


# Every evidence item of the given claims: its offsets, and the text of its sentence and marks.
EVIDENCE_JS = """ids => ids.flatMap(id => Array.from(document.getElementById(id).querySelectorAll('li.evidence'))
  .map(li => ({claim: id, doc: li.dataset.doc, d: Object.assign({}, li.dataset),
    sentence: li.querySelector('blockquote').textContent,
    visible: li.offsetParent !== null,
    factor: Array.from(li.querySelectorAll('mark.factor')).map(m => m.textContent).join(''),
    effect: Array.from(li.querySelectorAll('mark.effect')).map(m => m.textContent).join(''),
    target: Array.from(li.querySelectorAll('mark.target')).map(m => m.textContent).join('')})))"""


def test_claims_listed_filtered_to_il6_and_evidence_highlighted(page, sample_output, sample_report, tmp_path,
                                                                capsys):
    claims = pd.read_parquet(sample_output / "claims.parquet")
    texts = pd.read_parquet(sample_output / "documents").set_index("doc_id").text
    page.goto(sample_report.as_uri())

    # Every claim of the sample papers is listed.
    assert set(shown(page)) == set(claims.claim_id)
    assert page.inner_text("#shown") == f"{len(claims)} of {len(claims)} claims shown"

    # Filter to one factor: only IL-6's claims remain, and the network dims all but their arrows.
    page.select_option("#f-factor", label="IL-6")
    il6 = claims[claims.factor_name == "IL-6"]
    assert set(shown(page)) == set(il6.claim_id)
    assert page.inner_text("#shown").startswith(f"{len(il6)} of ")
    lit = page.eval_on_selector_all("#network path.edge:not(.dim)", "es => es.map(e => e.dataset.f)")
    assert lit and set(lit) == {"HGNC:IL6"}
    assert page.locator('#network g.node[data-id="HGNC:IL6"]:not(.dim)').count() == 1

    # Open the IL-6 → osteoclast (differentiation) claim that increases it, as a person would.
    target = il6[(il6.target_name == "osteoclast") & (il6.aspect == "differentiation") & (il6.polarity == 1)]
    claim_id = target.claim_id.iloc[0]
    body = page.locator(f"tbody#{claim_id}")
    assert body.locator("tr.details").is_hidden()
    body.locator("button.toggle").click()
    assert body.locator("tr.details").is_visible()
    assert body.locator("mark.factor").first.is_visible()
    evidence = page.evaluate(EVIDENCE_JS, [claim_id])
    assert len(evidence) == target.n_evidence.iloc[0]
    for e in evidence:
        text, d = texts[e["doc"]], e["d"]
        assert e["visible"]
        assert e["sentence"] == text[int(d["sentStart"]):int(d["sentEnd"])]
        assert e["factor"] == text[int(d["factorStart"]):int(d["factorEnd"])] == "IL-6"
        assert e["effect"] == text[int(d["effectStart"]):int(d["effectEnd"])]
        assert e["target"] == text[int(d["targetStart"]):int(d["targetEnd"])]
    details = body.locator("tr.details").inner_text()
    assert "001_28b8ab507e408cd7.txt" in details and "contested" in body.inner_text().lower()

    body.scroll_into_view_if_needed()
    shot = tmp_path / "report-il6.png"
    page.screenshot(path=str(shot))
    with capsys.disabled():
        print(f"\nscreenshot of the report filtered to IL-6, one claim open: {shot}")


def test_every_highlight_in_the_report_is_exactly_the_text_it_points_at(page, sample_output, sample_report):
    claims = pd.read_parquet(sample_output / "claims.parquet")
    texts = pd.read_parquet(sample_output / "documents").set_index("doc_id").text
    page.goto(sample_report.as_uri())
    evidence = page.evaluate(EVIDENCE_JS, claims.claim_id.tolist())
    assert len(evidence) == claims.n_evidence.sum()
    for e in evidence:
        text, d = texts[e["doc"]], e["d"]
        assert e["sentence"] == text[int(d["sentStart"]):int(d["sentEnd"])]
        for role in ("factor", "effect", "target"):
            assert e[role] == text[int(d[f"{role}Start"]):int(d[f"{role}End"])], (e["claim"], role)


def test_contested_claims_are_marked_and_lead_to_each_other(page, sample_output, sample_report):
    claims = pd.read_parquet(sample_output / "claims.parquet")
    page.goto(sample_report.as_uri())
    page.check("#f-contested")
    contested = claims[claims.contested]
    assert set(shown(page)) == set(contested.claim_id)
    assert page.locator("tbody.claim:not([hidden]) tr.row .badge").count() == len(contested)
    # Following a "contested by" link opens the opposite claim.
    first = contested.iloc[0]
    page.locator(f"tbody#{first.claim_id} button.toggle").click()
    page.locator(f"tbody#{first.claim_id} tr.details a.claim-link").first.click()
    other = first.contested_with[0]
    assert page.locator(f"tbody#{other} tr.details").is_visible()


def test_language_polarity_filters_and_sorting(page, sample_output, sample_report):
    claims = pd.read_parquet(sample_output / "claims.parquet")
    page.goto(sample_report.as_uri())
    page.select_option("#f-lang", "en-only")
    only_en = claims[(claims.n_papers_en > 0) & (claims.n_papers_zh == 0)]
    assert set(shown(page)) == set(only_en.claim_id) and len(only_en) > 0
    page.select_option("#f-polarity", "-1")
    assert set(shown(page)) == set(only_en[only_en.polarity == -1].claim_id)
    page.click("#f-reset")
    page.select_option("#f-type", "drug")
    drug = claims[(claims.factor_type == "drug") | (claims.target_type == "drug")]
    assert set(shown(page)) == set(drug.claim_id)
    page.click("#f-reset")
    page.click('#claims th[data-sort="n"]')
    page.click('#claims th[data-sort="n"]')  # descending
    assert shown(page)[0] in set(claims[claims.n_evidence == claims.n_evidence.max()].claim_id)


def test_markup_in_a_paper_is_shown_as_text_and_never_runs(page, tmp_path):
    """A paper whose name and text hold markup: a real sentence of paper 000 with HTML put into it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    evil = '<img src=x onerror=alert(1)>'
    name = '<b onmouseover=alert(2)>paper<i>.txt'  # no slash: it is a file name
    (raw / name).write_text(f"IL-6 不仅刺激成骨细胞前体细胞中 RANKL 的表达{evil}</script><script>alert(3)</script>。\n",
                            encoding="utf-8")
    out = tmp_path / "output"
    assert main(["run", str(raw), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    assert main(["report", "--out", str(out)]) == 0
    page.goto((out / "report.html").as_uri())
    assert page.locator("img, [onerror], [onmouseover]").count() == 0
    assert page.locator("script").count() == 1  # the report's own code
    ids = shown(page)
    assert ids
    evidence = page.evaluate(EVIDENCE_JS, ids)
    assert any(evil in e["sentence"] for e in evidence)
    assert page.is_visible("#net-empty")  # one sentence states no claim twice: no network, and it says so
    assert name in page.locator("tbody.claim").first.locator("tr.details").text_content()


# Geometry of the drawn network in page pixels: each label's box, each node's circle, and
# each arrow's tip with the direction it points and the colour of its arrowhead.
NETWORK_JS = """id => { const svg = document.getElementById(id), ctm = svg.getScreenCTM();
  const pt = (x, y) => { const p = new DOMPoint(x, y).matrixTransform(ctm); return [p.x + scrollX, p.y + scrollY]; };
  const labels = Array.from(svg.querySelectorAll('g.node text')).map(t => {
    const r = t.getBoundingClientRect(); return {name: t.textContent, box: [r.left + scrollX, r.top + scrollY,
      r.right + scrollX, r.bottom + scrollY]}; });
  const nodes = Array.from(svg.querySelectorAll('g.node circle')).map(c => {
    const r = c.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.right + scrollX, r.bottom + scrollY]; });
  const arrows = Array.from(svg.querySelectorAll('path.edge')).map(e => {
    const n = e.getTotalLength(), tip = e.getPointAtLength(n), back = e.getPointAtLength(Math.max(0, n - 2));
    const marker = svg.querySelector(e.getAttribute('marker-end').slice(4, -1));
    return {key: e.dataset.key, tip: pt(tip.x, tip.y), back: pt(back.x, back.y),
            size: +marker.getAttribute('markerWidth') * ctm.a, stroke: e.getAttribute('stroke'),
            fill: marker.querySelector('path').getAttribute('fill')}; });
  return {labels, nodes, arrows}; }"""


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def arrowhead_spots(arrow) -> list[tuple[float, float]]:
    """Two points just before the arrow's tip, either side of the line and off it, where only
    an arrowhead paints the line's colour."""
    import math

    (tx, ty), (bx, by) = arrow["tip"], arrow["back"]
    length = math.hypot(tx - bx, ty - by) or 1.0
    ux, uy = (tx - bx) / length, (ty - by) / length
    # three quarters of the head back from its tip the head reaches 0.375 of its size either side of the
    # line, the line itself at most 0.2 (network.edge_width and markers): a quarter of the size aside lies
    # inside both edges by a pixel or more, where the 0.18 of before lay within a pixel of the head's edge
    # and an antialiased pixel there was taken for the page (7 of 68 heads missed on the sample papers)
    back, aside = arrow["size"] * 0.75, arrow["size"] * 0.25
    return [(tx - ux * back - uy * aside * side, ty - uy * back + ux * aside * side) for side in (1, -1)]


def arrowheads_seen(image, geometry) -> list[bool]:
    """For each arrow whose spots no label or node covers: whether the screenshot has its colour there."""
    over = [label["box"] for label in geometry["labels"]] + geometry["nodes"]
    seen = []
    for arrow in geometry["arrows"]:
        spots = arrowhead_spots(arrow)
        if any(overlap(box, (x, y, x, y)) for box in over for x, y in spots):
            continue
        want = rgb(arrow["fill"])
        seen.append(all(painted(image.getpixel((int(x), int(y))), want) for x, y in spots))
    return seen


def painted(pixel, colour) -> bool:
    """Whether a pixel is painted in ``colour`` over the white page, at least half covered: an
    antialiased pixel at a head's edge is a blend of the two, so it lies on the line from white to
    ``colour``, past its middle, and close to it."""
    towards = [c - 255 for c in colour]
    have = [p - 255 for p in pixel[:3]]
    norm = sum(t * t for t in towards) or 1
    share = sum(h * t for h, t in zip(have, towards)) / norm
    off = max(abs(h - share * t) for h, t in zip(have, towards))
    return share >= 0.5 and off <= 40


def test_network_reads_arrowheads_legend_and_labels_apart_in_a_screenshot(browser, sample_output, sample_report,
                                                                           tmp_path, capsys):
    from PIL import Image

    page = browser.new_page(viewport={"width": 1700, "height": 1000})
    page.goto(sample_report.as_uri())
    shot = tmp_path / "report-network.png"
    page.locator("#network-section").screenshot(path=str(shot))
    full = tmp_path / "page.png"
    page.screenshot(path=str(full), full_page=True)
    geometry = page.evaluate(NETWORK_JS, "network")
    assert Image.open(full).size[0] == 1700  # device pixels are CSS pixels

    # Arrowheads: the arrows' heads are in the picture, in their polarity's colour (where no label
    # or node is drawn over them); without the arrowheads the same check sees (almost) none.
    arrows = geometry["arrows"]
    assert len(arrows) > 30 and all(a["fill"] == a["stroke"] for a in arrows)
    seen = arrowheads_seen(Image.open(full).convert("RGB"), geometry)
    # the spots are sampled a few pixels from a curved arrow's end, so a rare one lands beside
    # its head: nine in ten found, against none once the heads are taken away
    assert len(seen) > 0.8 * len(arrows) and sum(seen) >= 0.9 * len(seen)
    page.eval_on_selector_all("#network path.edge", "es => es.forEach(e => e.removeAttribute('marker-end'))")
    page.screenshot(path=str(tmp_path / "no-arrowheads.png"), full_page=True)
    assert sum(arrowheads_seen(Image.open(tmp_path / "no-arrowheads.png").convert("RGB"), geometry)) < 0.1 * len(seen)

    # Labels: none covers another, nor another concept's dot.
    labels, nodes = geometry["labels"], geometry["nodes"]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not overlap(a["box"], b["box"]), (a["name"], b["name"])
        assert not [j for j, n in enumerate(nodes) if j != i and overlap(a["box"], n)], a["name"]

    # The legend names every concept type drawn, and the three polarities.
    drawn = set(page.eval_on_selector_all("#network g.node", "gs => gs.map(g => g.dataset.type)"))
    legend = set(page.eval_on_selector_all("#net-legend [data-type]", "ks => ks.map(k => k.dataset.type)"))
    assert drawn <= legend and {"gene", "cell", "process"} <= drawn
    assert page.locator("#net-legend [data-polarity]").count() == 3
    with capsys.disabled():
        print(f"\nscreenshot of the report's network on the sample papers: {shot}")
    page.close()


def test_clicking_a_node_or_an_arrow_filters_the_claims_to_it(page, sample_output, sample_report):
    claims = pd.read_parquet(sample_output / "claims.parquet")
    page.goto(sample_report.as_uri())
    page.click('#network g.node[data-id="HGNC:IL6"] circle')
    il6 = claims[(claims.factor_id == "HGNC:IL6") | (claims.target_id == "HGNC:IL6")]
    assert set(shown(page)) == set(il6.claim_id) and len(il6) > 10
    assert "IL-6" in page.inner_text("#net-filter") and page.is_visible("#net-filter")
    assert page.locator('#network g.node.selected').count() == 1
    page.click("#net-clear")
    assert len(shown(page)) == len(claims) and page.is_hidden("#net-filter")

    # The arrow TNF-α → NF-κB (increases): its claims, whatever their aspect.
    key = "HGNC:TNF|local:nfkb|1|0"
    page.locator(f'#network path.hit[data-key="{key}"]').scroll_into_view_if_needed()
    # a point of the arrow where it is on top (another arrow may cross it at its middle)
    point = page.evaluate("""key => { const h = document.querySelector(`#network path.hit[data-key="${key}"]`);
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const q = h.getPointAtLength(h.getTotalLength() * f);
        const p = new DOMPoint(q.x, q.y).matrixTransform(h.getScreenCTM());
        if (document.elementFromPoint(p.x, p.y) === h) return [p.x, p.y]; }
      return null; }""", key)
    assert point is not None, f"the arrow {key} is hidden under others along its whole length"
    page.mouse.click(*point)
    edge = claims[(claims.factor_id == "HGNC:TNF") & (claims.target_id == "local:nfkb") & (claims.polarity == 1)
                  & ~claims.negated]
    assert set(shown(page)) == set(edge.claim_id) and len(edge) >= 1
    assert "TNF-α → NF-κB" in page.inner_text("#net-filter")

    # Class words: switched on, the other drawing shows them; clicking one filters to it.
    page.click("#f-reset")
    assert page.is_hidden("#network-all")
    page.check("#net-classes")
    assert page.is_visible("#network-all") and page.is_hidden("#network")
    page.click('#network-all g.node[data-id="local:cytokine"] circle')
    cytokine = claims[(claims.factor_id == "local:cytokine") | (claims.target_id == "local:cytokine")]
    assert set(shown(page)) == set(cytokine.claim_id)
