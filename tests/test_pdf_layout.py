"""Journal-style PDFs: two columns, running headers and footers, page numbers,
a reference list, and the triples they give compared with the text version.

The PDFs are drawn at test time by ``tests/make_pdf.py`` from the sample
papers in ``raw/`` (their own text, laid out as a journal prints it).
"""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from pipeline.runtime.batch import extract
from pipeline.reading.read import read_document
from pipeline.sentences.segment import segment

from .make_pdf import JOURNAL, render_paper

RAW = Path(__file__).parent.parent / "raw"
PAPER_000 = RAW / "000_928ba59949a8c658.txt"
PAPER_004 = RAW / "004_e6793774d4878192.txt"  # has a reference list


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def local(concept_id: str) -> str:
    """A document-local id without its document: ``doc:<id>:SM`` is ``doc:SM`` in either version."""
    return re.sub(r"^doc:[0-9a-f]+:", "doc:", concept_id)


def claims(triples) -> set[tuple]:
    return {(local(t.factor_id), t.polarity, local(t.target_id), t.aspect) for t in triples}


@pytest.fixture(scope="module")
def pdf_000(tmp_path_factory, resources):
    path = render_paper(PAPER_000, tmp_path_factory.mktemp("pdf") / "000.pdf", columns=2)
    doc = read_document(path)
    return path, doc, extract(doc)


@pytest.fixture(scope="module")
def pdf_004(tmp_path_factory, resources):
    path = render_paper(PAPER_004, tmp_path_factory.mktemp("pdf") / "004.pdf", columns=2)
    doc = read_document(path)
    return path, doc, extract(doc)


# --- reading order ---------------------------------------------------------------

def test_the_fixture_has_two_columns_under_a_full_width_abstract(pdf_000):
    path, doc, _ = pdf_000
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[1]
        lefts = {round(c["x0"]) for c in page.chars if c["top"] > 100 and c["x1"] < page.width / 2}
        rights = {round(c["x0"]) for c in page.chars if c["top"] > 100 and c["x0"] > page.width / 2}
    assert lefts and rights  # text on both halves of page 2: two columns


def test_two_column_pages_are_read_column_by_column(pdf_000):
    """Every sentence of the text version's abstract and body is found,
    whole and in one piece, in the PDF's cleaned text (white space aside):
    with the columns interleaved line by line almost none would be."""
    _, doc, _ = pdf_000
    pdf_text = squash("".join(v.clean.text for v in segment(doc)))
    text_views = segment(read_document(PAPER_000))
    sentences = [squash(v.clean.text) for v in text_views if v.sentence.section in ("abstract", "body")]
    missing = [s for s in sentences if s not in pdf_text]
    assert len(sentences) >= 90 and len(missing) <= 0.02 * len(sentences), missing


def test_the_abstract_above_the_columns_comes_before_them(pdf_000):
    _, doc, _ = pdf_000
    text = squash(doc.text)
    assert text.index("【Abstract】") < text.index("骨髓增殖性肿瘤在临床属一类罕见的血液系统肿瘤")


# --- running headers, footers, page numbers ---------------------------------------

def test_headers_footers_and_page_numbers_never_appear_inside_a_sentence(pdf_000, pdf_004):
    for _, _, records in (pdf_000, pdf_004):
        for s in records["sentences"]:
            if s.section != "furniture":
                assert squash(JOURNAL) not in squash(s.text), s.text
                assert not re.search(r"·\s*\d{3}\s*·", s.text), s.text


def test_each_page_has_its_header_and_page_number_set_aside_on_that_page(pdf_000):
    _, doc, records = pdf_000
    furniture = [s for s in records["sentences"] if s.section == "furniture"]
    assert [s.page for s in furniture] == [p for p in range(1, doc.n_pages + 1) for _ in range(2)]
    assert [squash(s.text) for s in furniture[1::2]] == [f"·{276 + p}·" for p in range(1, doc.n_pages + 1)]
    # the header alternates, so the journal's name is on page 2 alone: found by its small type
    headers = [squash(s.text) for s in furniture[0::2]]
    assert headers[1] == squash(JOURNAL) and headers[0] == headers[2] == "细胞因子在骨髓增殖性肿瘤中的研究进展"
    for s in furniture:
        assert doc.text[s.start:s.end] == s.text  # kept in documents.text, not deleted
        assert s.top < 60 or s.top > 780  # at the top or the foot of the page


def test_fund_and_author_notes_under_the_first_page_are_footnotes(pdf_004):
    """Printed in small type under the columns of page 1, they are set aside
    (``footnote``), not read into the left column's last sentence."""
    _, doc, records = pdf_004
    notes = [s for s in records["sentences"] if s.section == "footnote"]
    assert [s.page for s in notes] == [1] * len(notes) and len(notes) >= 2
    assert any("基金项目" in s.text for s in notes) and any("通信作者" in s.text for s in notes)
    for s in records["sentences"]:
        if s.section not in ("footnote", "front"):
            assert "基金项目" not in s.text and "E-mail" not in s.text, s.text


def test_a_figure_caption_inside_a_column_is_set_aside_and_the_sentence_round_it_stays_whole(pdf_000):
    _, doc, records = pdf_000
    [caption] = [s for s in records["sentences"] if s.section == "caption"]
    assert squash(caption.text) == "图1细胞因子与骨髓增殖性肿瘤的关联性分析示意图"
    assert not [s for s in records["sentences"] if s.section != "caption" and "示意图" in s.text]
    # the caption was drawn after the comma of "…蛋白质或多肽分子，"; the sentence reads on past it
    cleaned = [squash(v.clean.text) for v in segment(doc) if v.sentence.section == "body"]
    assert any("对细胞功能进行调节的蛋白质或多肽分子，在机制发挥时，通过与受体结合" in s for s in cleaned)


def test_the_reference_list_is_labelled(pdf_004):
    _, _, records = pdf_004
    references = [s for s in records["sentences"] if s.section == "references"]
    assert len(references) >= 25
    assert any("Konopleva MY, Jordan CT" in s.text for s in references)
    assert not any(t.sent_id in {s.sent_id for s in references} for t in records["triples"])


# --- lines joined in the cleaned view ---------------------------------------------

def test_chinese_lines_join_without_a_space(pdf_000):
    """A Chinese sentence broken over lines in the PDF is one sentence whose
    names match across the break."""
    _, doc, records = pdf_000
    [s] = [s for s in records["sentences"] if squash(s.text).startswith("骨髓增殖性肿瘤在临床属一类罕见")]
    assert "\n" in s.text  # broken over lines on the page
    leukemia = [m for m in records["mentions"] if s.start <= m.start < s.end]
    assert {m.concept_name for m in leukemia} >= {"myeloproliferative neoplasm"}


def test_english_words_hyphenated_at_a_line_end_are_joined(pdf_000):
    _, doc, _ = pdf_000
    views = segment(doc)
    broken = list(re.finditer(r"([a-z]+)-\n([a-z]+)", doc.text))
    assert len(broken) >= 10
    for m in broken:
        [view] = [v for v in views if v.sentence.start <= m.start() < v.sentence.end]
        assert m[1] + m[2] in view.clean.text, (m[0], view.clean.text)


def test_english_lines_join_with_one_space_as_in_the_text_version(pdf_000):
    def english_abstract(doc):
        return [v.clean.text for v in segment(doc) if v.sentence.section == "abstract" and v.sentence.lang == "en"]

    _, doc, _ = pdf_000
    from_pdf = english_abstract(doc)
    assert len(from_pdf) >= 4 and all("\n" not in s and "  " not in s for s in from_pdf)
    assert from_pdf == english_abstract(read_document(PAPER_000))


# --- page and box of every row -----------------------------------------------------

def test_every_row_carries_its_page_and_box_and_offsets(pdf_000):
    _, doc, records = pdf_000
    sentence_page = {s.sent_id: s.page for s in records["sentences"]}
    for s in records["sentences"]:
        assert doc.text[s.start:s.end] == s.text and s.page == doc.page_of(s.start)
        assert s.x0 is not None and 0 <= s.x0 < s.x1 and s.top < s.bottom
    for m in records["mentions"]:
        assert doc.text[m.start:m.end] == m.surface and m.page == doc.page_of(m.start)
        assert (m.x0, m.top, m.x1, m.bottom) == doc.bbox(m.start, m.end)
    assert records["triples"]
    for t in records["triples"]:
        assert t.page == sentence_page[t.sent_id]  # the page of a triple is its sentence's
        for role in ("factor", "effect", "target"):
            assert doc.text[getattr(t, f"{role}_start"):getattr(t, f"{role}_end")] == getattr(t, f"{role}_text")
        assert t.x0 is not None and t.x0 < t.x1 and t.top < t.bottom


def test_a_triple_box_holds_its_factor_and_target_on_the_page(pdf_000):
    _, doc, records = pdf_000
    t = next(t for t in records["triples"] if t.factor_name == "IL-6" and doc.page_of(t.factor_start) == t.page
             and doc.page_of(t.target_end - 1) == t.page)
    for start, end in ((t.factor_start, t.factor_end), (t.target_start, t.target_end)):
        x0, top, x1, bottom = doc.bbox(start, end)
        assert t.top <= top and bottom <= t.bottom


def test_a_one_column_paper_is_not_cut_into_columns(tmp_path, resources):
    """Long single-column lines, ragged lines and indents leave no gutter."""
    from pipeline.reading.layout import reading_order
    from pipeline.reading.pdf import extract_pages

    path = render_paper(PAPER_004, tmp_path / "one.pdf", columns=1)
    pages = extract_pages(path.read_bytes(), path.name)
    assert len(pages) >= 3
    for page in pages:
        spans = sorted((min(ln.top for ln in r), max(ln.bottom for ln in r)) for r in reading_order(list(page.lines)))
        assert all(a[1] <= b[0] + 1 for a, b in zip(spans, spans[1:])), page.number  # stacked, none side by side
    from_pdf = claims(extract(read_document(path))["triples"])
    from_text = claims(extract(read_document(PAPER_004))["triples"])
    assert len(from_pdf & from_text) / len(from_pdf | from_text) >= 0.95


# --- the claims agree with the text version ----------------------------------------

@pytest.mark.parametrize("rendered,paper", [("pdf_000", PAPER_000), ("pdf_004", PAPER_004)], ids=["000", "004"])
def test_a_two_column_pdf_gives_the_claims_of_its_text(request, rendered, paper):
    """Same grounded factor, polarity, target and aspect for at least 95% of
    the claims of either version (Jaccard of the two sets)."""
    _, _, records = request.getfixturevalue(rendered)
    from_pdf = claims(records["triples"])
    from_text = claims(extract(read_document(paper))["triples"])
    assert len(from_text) >= 100
    agreement = len(from_pdf & from_text) / len(from_pdf | from_text)
    assert agreement >= 0.95, (sorted(from_text - from_pdf)[:10], sorted(from_pdf - from_text)[:10])


# --- columns beside figures and tables --------------------------------------------

def _cjk_line(text: str, x0: float, base: float, size: float = 10.9):
    from pipeline.reading.layout import Line

    chars = tuple({"text": ch} for ch in text)
    return Line(chars, x0, x0 + len(text) * size, base - size, base + 0.2 * size, base, size)


def test_two_chinese_columns_whose_edges_hold_only_one_side_at_a_time_are_read_column_by_column():
    """A Chinese page (zh03 of the real PDFs was such): the left column's lines often end short
    (paragraph ends, headings, a table's rows) and the right column's often start two ems in
    (every paragraph's first line) or are centred (a caption beside a figure), so neither edge
    alone holds in half the rows; each row holds one or the other. Read across, the rows
    interleaved the columns (2.2 of the left column, then 3.2 of the right, then the rest of 2.2)."""
    from pipeline.reading.layout import reading_order

    text = squash(RAW.joinpath("001_28b8ab507e408cd7.txt").read_text(encoding="utf-8"))
    pieces = iter(text[i:i + 21] for i in range(0, 40 * 21, 21))
    left_x, right_x, size, pitch = 56.0, 300.2, 10.9, 16.0  # a gutter of 1.4 em, as zh03's
    # (left line length in characters, right line: "edge", "indent" or "caption")
    rows = [(21, "indent"), (9, "edge"), (5, "indent"), (21, "edge"), (12, "caption"), (7, "indent"),
            (21, "edge"), (11, "indent")]
    lines = []
    for i, (left_chars, right) in enumerate(rows):
        base = 100.0 + i * pitch
        lines.append(_cjk_line(next(pieces)[:left_chars], left_x, base, size))
        x0, n = {"edge": (right_x, 21), "indent": (right_x + 2 * size, 19), "caption": (right_x + 5 * size, 11)}[right]
        lines.append(_cjk_line(next(pieces)[:n], x0, base, size))
    order = [ln for region in reading_order(lines) for ln in region]
    assert [ln.x0 < 290 for ln in order] == [True] * len(rows) + [False] * len(rows)
    assert [ln.base for ln in order[:len(rows)]] == sorted(ln.base for ln in order[:len(rows)])


def test_a_numbered_reference_list_with_hanging_entries_in_the_right_column_is_read_column_by_column():
    """References in two columns (en04 of the real PDFs): each entry's number
    at the column's edge and its lines hanging two ems in, the left column's
    lines ending ragged. Neither edge held in half the rows and an entry's
    second line started just over two ems in, so the page was read across:
    the right column's numbers ended the left column's entries
    (``…Suppl):338S-400S. 31.``)."""
    from pipeline.reading.layout import Line, reading_order

    size, base0, pitch = 7.5, 100.0, 9.0

    def line(text: str, x0: float, base: float) -> Line:
        chars = tuple({"text": ch} for ch in text)
        return Line(chars, x0, x0 + 0.5 * size * len(text), base - size, base + 0.2 * size, base, size)

    entries = [ref.split() for ref in (
        "Geerts WH, Jay RM, Code KI: A comparison of low-dose heparin with low-molecular-weight heparin as "
        "prophylaxis against venous thromboembolism after major trauma. N Engl J Med 1996, 335:701-7.",
        "Weitz JI: Low-molecular-weight heparins. N Engl J Med 1997, 337:688-98.",
        "Kurtoglu M, Yanar H, Bilsel Y: Venous thromboembolism prophylaxis after head and spinal trauma: "
        "intermittent pneumatic compression devices versus low molecular weight heparin. World J Surg 2004, "
        "28:807-11.")]

    def wrapped(words: list[str], chars: int) -> list[str]:
        out = [""]
        for word in words:
            if out[-1] and len(out[-1]) + 1 + len(word) > chars:
                out.append("")
            out[-1] = (out[-1] + " " + word).strip()
        return out

    lines, row = [], 0
    for number, words in enumerate(entries * 2, 10):
        for i, text in enumerate(wrapped(words, 58)):
            base = base0 + row * pitch
            lines.append(line(text, 80.0, base))  # left column: ragged ends, numbers left out
            if i == 0:
                lines.append(line(f"{number + 19}.", 304.7, base))
            lines.append(line(text[:50], 304.7 + 2.0 * size + 0.2, base))  # two ems in, and a little more
            row += 1
    order = [ln for region in reading_order(lines) for ln in region]
    assert [ln.x0 < 300 for ln in order] == sorted((ln.x0 < 300 for ln in lines), reverse=True)
