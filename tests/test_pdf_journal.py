"""A journal paper as real PDFs set it (``tests/make_pdf.render_journal``):
tight type without space glyphs, a sidebar beside the abstract, three
columns, a running header and ``Page N of M``, a line up the margin, a
watermark, a table, and a reference list without a heading; and text
layers that are not text.

The paper is drawn at test time from the English train passages
(``gold/train/texts``), so its claims can be compared with those of the
same paragraphs read as text.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.runtime.batch import extract
from pipeline.reading.read import read_document
from pipeline.records import UnreadableDocument
from pipeline.sentences.segment import segment

from .conftest import document_of
from .make_pdf import (
    FIRST_HEADER, MARGIN_NOTE, REFERENCES, RUNNING_HEADER, SIDEBAR, TABLE, TABLE_CAPTION, WATERMARK, FONT,
    render_journal,
)

TEXTS = Path(__file__).parent.parent / "gold" / "train" / "texts"
TITLE = "Cytokines in bone and inflammation: a test paper"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def paragraphs(name: str) -> list[str]:
    return [p.strip() for p in (TEXTS / f"{name}.txt").read_text(encoding="utf-8").splitlines() if p.strip()]


def abstract_and_body() -> tuple[str, list[tuple[str, str]]]:
    """The abstract of one passage, and the paragraphs and headings of five more."""
    body = []
    for name in ("tr_en_03", "tr_en_04", "tr_en_05", "tr_en_06", "tr_en_02"):
        for p in paragraphs(name):
            if len(p) > 200:
                body.append(("text", p))
            elif len(p) < 20 and p != "Abstract":
                body.append(("heading", p))
    return paragraphs("tr_en_01")[1], body


def claims(triples) -> set[tuple]:
    return {(t.factor_id, t.polarity, t.target_id, t.aspect) for t in triples}


@pytest.fixture(scope="module")
def journal(tmp_path_factory, resources):
    abstract, body = abstract_and_body()
    path = render_journal(TITLE, abstract, body, tmp_path_factory.mktemp("journal") / "journal.pdf")
    doc = read_document(path)
    text_version = "\n".join([TITLE, "Abstract", abstract, "Introduction"] + [t for _, t in body])
    return doc, extract(doc), extract(document_of(text_version))


def body_sentences(records):
    return [s for s in records["sentences"] if s.section in ("abstract", "body")]


# --- words, columns, sidebar ---------------------------------------------------------

def test_words_set_in_tight_type_are_parted(journal):
    """The words are drawn one by one, a fifth of an em apart, with no space
    glyph (under pdfplumber's fixed 3-point tolerance they ran together)."""
    doc, records, _ = journal
    text = " ".join(s.text for s in body_sentences(records))
    assert not re.search(r"[A-Za-z]{30,}", text)
    assert "Proinflammatory cytokines play an important role in the systemic and focal bone" in \
        re.sub(r"\s+", " ", doc.text)


def test_three_columns_are_read_one_after_the_other(journal):
    """Every sentence of the body is found whole in the PDF's cleaned text:
    the columns are neither interleaved nor cut."""
    doc, _, _ = journal
    cleaned = squash("".join(v.clean.text for v in segment(doc) if v.sentence.section in ("abstract", "body")))
    _, body = abstract_and_body()
    sentences = [squash(v.clean.text) for v in segment(document_of("\n".join(t for k, t in body if k == "text")))]
    missing = [s for s in sentences if s not in cleaned]
    assert len(sentences) >= 40 and len(missing) <= 0.02 * len(sentences), missing


def test_the_pdf_gives_the_claims_of_its_text(journal):
    _, records, text_records = journal
    from_pdf, from_text = claims(records["triples"]), claims(text_records["triples"])
    assert len(from_text) >= 15
    assert len(from_pdf & from_text) / len(from_pdf | from_text) >= 0.95, (from_text - from_pdf, from_pdf - from_text)


def test_the_sidebar_is_read_apart_from_the_abstract_beside_it(journal):
    doc, records, _ = journal
    for s in body_sentences(records):
        assert "Edited by" not in s.text and "Correspondence" not in s.text and "tester@" not in s.text, s.text
    abstract = [s for s in records["sentences"] if s.section == "abstract"]
    assert len(abstract) >= 8 and abstract[0].text.startswith("Proinflammatory cytokines")
    assert squash(" ".join(e for e in SIDEBAR if e)) in squash(doc.text)  # read, in its own order


# --- what is not running text ---------------------------------------------------------

def test_headers_page_numbers_margin_text_and_watermark_never_enter_a_sentence(journal):
    doc, records, _ = journal
    furniture = [squash(s.text) for s in records["sentences"] if s.section == "furniture"]
    for page in range(1, doc.n_pages + 1):
        assert f"Page{page}of{doc.n_pages}" in furniture
    assert furniture.count(squash(MARGIN_NOTE)) == doc.n_pages  # read up the margin, in its own direction
    assert squash(FIRST_HEADER[0]) in furniture and squash(RUNNING_HEADER[0]) in furniture
    for s in body_sentences(records) + [s for s in records["sentences"] if s.section == "references"]:
        text = squash(s.text)
        assert not re.search(r"Page\d+of\d+", text), s.text
        for fixed in FIRST_HEADER + RUNNING_HEADER + ("Downloadedfrom",):
            assert squash(fixed) not in text, s.text
        assert not re.search(r"\b[PREINT]{2,4}\b", s.text), s.text  # no piece of the watermark
    watermark = "".join(f for f in furniture if f and set(f) <= set(WATERMARK))
    assert sorted(watermark) == sorted(WATERMARK * doc.n_pages)  # its letters, turned by 45°, all set aside


def test_the_table_is_a_section_of_its_own_and_gives_no_triple(journal):
    _, records, _ = journal
    tables = " ".join(s.text for s in records["sentences"] if s.section == "table")
    for row in TABLE[1:]:
        assert all(cell in tables for cell in row[1:])
    captions = [squash(s.text) for s in records["sentences"] if s.section == "caption"]
    assert squash(TABLE_CAPTION) in captions
    table_ids = {s.sent_id for s in records["sentences"] if s.section in ("table", "caption")}
    assert not [t for t in records["triples"] if t.sent_id in table_ids]
    assert not [s for s in body_sentences(records) if "101.5" in s.text or "Group A" in s.text]


def test_a_reference_list_without_heading_is_found_by_its_shape(journal):
    """Author-year entries, one sentence each; ``IL-17A promotes osteoclast
    differentiation`` in a reference's title gives no triple."""
    _, records, _ = journal
    references = [s for s in records["sentences"] if s.section == "references"]
    starts = [squash(e.split(",")[0]) for e in REFERENCES]
    assert [squash(s.text.split(",")[0]) for s in references] == starts
    ids = {s.sent_id for s in references}
    assert not [t for t in records["triples"] if t.sent_id in ids]
    assert not [s for s in body_sentences(records) if "Nat. Rev. Rheumatol" in s.text]


# --- text layers that are not text ----------------------------------------------------

def _one_page(tmp_path: Path, lines: list[str], font: str = "helvetica") -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if font == "zh":
        pdf.add_font("zh", fname=str(FONT), collection_font_number=0)
    pdf.set_font(font, size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    return path


def _a4_page():
    """An A4 page in points, with the CJK font ``zh`` the fixtures draw with."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595, 842))
    pdf.add_page()
    pdf.add_font("zh", fname=str(FONT), collection_font_number=0)
    return pdf


def _page_with_paragraph(text: str, top: float):
    """An A4 page with ``text`` as one paragraph of body type across the page from ``top``."""
    pdf = _a4_page()
    pdf.set_font("zh", size=10)
    pdf.set_xy(40, top)
    pdf.multi_cell(515, 13, text)
    return pdf


def _written(pdf, path: Path) -> Path:
    pdf.output(str(path))
    return path


def test_gbk_mojibake_in_the_text_layer_is_garbled(tmp_path):
    """Chinese text whose GBK bytes a font maps as Latin-1 (``°×Ï¸°û½éËØ``)."""
    chinese = "白细胞介素-6 促进破骨细胞的分化，肿瘤坏死因子诱导成骨细胞表达 RANKL。" * 6
    mojibake = chinese.encode("gbk").decode("latin-1")
    with pytest.raises(UnreadableDocument) as err:
        read_document(_one_page(tmp_path, [mojibake], font="zh"))
    assert err.value.reason == "garbled_text_layer" and "mojibake" in err.value.detail


def test_a_font_that_maps_glyphs_to_the_wrong_codes_is_garbled(tmp_path):
    """English prose whose glyphs came out shifted (``.=.3L181 09`` for
    "analysis of"): signs where letters belong, and words that are no words."""
    prose = ("Interleukin-6 promotes the differentiation of osteoclasts and the resorption of bone in "
             "patients with rheumatoid arthritis. ")
    shifted = "".join(chr(ord(c) - 17) if "a" <= c <= "z" else c for c in prose) * 5
    with pytest.raises(UnreadableDocument) as err:
        read_document(_one_page(tmp_path, [shifted]))
    assert err.value.reason == "garbled_text_layer"
    assert read_document(_one_page(tmp_path, [prose * 5])).status == "ok"  # the same page in plain text reads


def test_a_few_glyphs_without_unicode_are_left_out_and_counted(tmp_path, resources):
    """A symbol font without a Unicode map in a readable line: its glyphs
    (pdfminer's ``(cid:N)``) are counted, not read, and the sentence round
    them still gives its claim."""
    from .test_pdf import pdf_of_pages

    page = (b"BT /F1 11 Tf 72 760 Td (IL-6 promotes osteoclast differentiation ) Tj /F2 11 Tf <0021> Tj "
            b"/F1 11 Tf ( in mice.) Tj 0 -14 Td (TNF-alpha induces RANKL expression in osteoblasts.) Tj ET")
    path = tmp_path / "symbols.pdf"
    path.write_bytes(pdf_of_pages(page))
    doc = read_document(path)
    assert doc.status == "ok" and doc.unmapped_glyphs == 1 and "(cid:" not in doc.text
    triples = {(t.factor_name, t.target_name) for t in extract(doc)["triples"]}
    assert ("TNF-α", "RANKL") in triples


def test_a_page_turned_on_its_side_is_read_in_its_own_direction(tmp_path, resources):
    """A landscape page (its lines drawn turned by 90°, as a rotated table
    page is): read along its lines, not letter by letter up the page
    (``1elbaT``), and its sentences give their claims."""
    lines = ["Table 2. Cytokines and their effects on bone cells.",
             "IL-6 promotes osteoclast differentiation in the marrow of these mice.",
             "TNF-alpha induces RANKL expression in osteoblasts of the same mice."]
    pdf = _a4_page()
    pdf.set_font("zh", size=11)
    with pdf.rotation(90, 300, 700):
        for i, line in enumerate(lines):
            pdf.text(300, 700 + 16 * i, line)
    doc = read_document(_written(pdf, tmp_path / "turned.pdf"))
    # the lines in their order; the table's title, a caption, set aside after them
    assert [line for line in doc.text.splitlines() if line.strip()] == lines[1:] + lines[:1]
    assert [doc.text[a:b] for a, b, why in doc.set_aside if why == "caption"] == lines[:1]
    claims = {(t.factor_name, t.effect, t.target_name) for t in extract(doc)["triples"]}
    assert ("TNF-α", "upregulates", "RANKL") in claims


def test_a_table_turned_on_its_side_beside_upright_text_is_a_caption_and_a_table_not_furniture(tmp_path, resources):
    """A table turned by 90° to fit a page whose running text is upright
    (en11 of the real PDFs: ``Table 1 Site characteristics …`` read up the
    page): less than half the page's text, so it was set aside as furniture,
    as a line up the margin is. Turned text that holds a caption is a
    caption and a table; the upright paragraph is body and gives its claims."""
    before = paragraphs("tr_en_03")[1]
    pdf = _page_with_paragraph(before, top=60)
    pdf.set_font("zh", size=7.5)
    with pdf.rotation(90, 80, 800):
        pdf.text(80, 800, "Table 3. Cytokines and bone cells")
        for r, row in enumerate(CELLS):
            for c, cell in enumerate(row):
                pdf.text(80 + 90 * c, 814 + 10 * r, cell)
    records = extract(read_document(_written(pdf, tmp_path / "turned_table.pdf")))
    sentences = records["sentences"]
    assert [squash(s.text) for s in sentences if s.section == "caption"] == ["Table3.Cytokinesandbonecells"]
    tables = squash(" ".join(s.text for s in sentences if s.section == "table"))
    assert all(squash(cell) in tables for row in CELLS for cell in row)
    assert not [s.text for s in sentences if s.section == "furniture"]
    text_version = extract(document_of(before))
    assert squash(text_version["sentences"][0].text) in [squash(s.text) for s in body_sentences(records)]
    assert claims(text_version["triples"]) <= claims(records["triples"])


# --- subheadings in bold ----------------------------------------------------------------

def test_a_bold_subheading_in_the_running_text_size_is_a_heading_not_the_start_of_a_sentence(tmp_path, resources):
    """Journals set subheadings in a bold font of the running text's size, with
    no stop after them (en05 of the real PDFs: ``Deletion of Y.
    pseudotuberculosis MAM adhesin …``), over lines as wide as the column's;
    read as plain lines, each began the first sentence of the paragraph under
    it. The bold lines are a heading; the paragraph's sentences are whole and
    give their claims."""
    heading = "Deletion of the NLRP3 inflammasome in macrophages lowers the release of interleukin-1 in gouty joints"
    before, after = paragraphs("tr_en_03")[1], paragraphs("tr_en_04")[1]
    pdf = _a4_page()
    for font, style, text in (("zh", "", before), ("helvetica", "B", heading), ("zh", "", after)):
        pdf.set_font(font, style, size=10)
        pdf.multi_cell(240, 13, text, new_x="LMARGIN", new_y="NEXT")
    doc = read_document(_written(pdf, tmp_path / "bold.pdf"))
    records = extract(doc)
    sentences = records["sentences"]
    assert [squash(s.text) for s in sentences if s.section == "heading"] == [squash(heading)]
    assert not [s.text for s in sentences if s.section != "heading" and squash(heading) in squash(s.text)]
    text_version = extract(document_of(after))
    first = squash(text_version["sentences"][0].text)
    assert first.startswith("TheNACHT") and first in [squash(s.text) for s in sentences if s.section == "body"]
    assert claims(text_version["triples"]) and claims(text_version["triples"]) <= claims(records["triples"])


# --- a table's cells cut into columns ---------------------------------------------------

CELLS = [["Cytokine", "Main source", "Effect on bone", "Target cells"],
         ["Interleukin-6", "Macrophages", "Bone resorption", "Osteoclasts"],
         ["TNF-alpha", "Activated T cells", "Bone loss", "Osteoblasts"],
         ["Interleukin-17", "Th17 cells", "Joint inflammation", "Synovial fibroblasts"]]


def _page_with_table(caption_at: float, first_row_at: float, row_pitch: float):
    """An A4 page with the small-type table CELLS across its top under its caption, the font
    set back to body size for what the test writes next."""
    pdf = _a4_page()
    pdf.set_font("zh", size=7.5)
    pdf.text(40, caption_at, "Table 1. Cytokines and bone cells")
    for r, row in enumerate(CELLS):
        for c, cell in enumerate(row):
            pdf.text(40 + 135 * c, first_row_at + row_pitch * r, cell)
    pdf.set_font("zh", size=10)
    return pdf


def test_table_cells_in_small_type_across_both_columns_are_set_aside_not_read_as_body(tmp_path, resources):
    """A table across the top of a two-column page (en01 of the real PDFs):
    its cells, in small type and words rather than figures, sit on both sides
    of the gutter, so the reading order cuts the table into the columns, and
    each piece was read as body text at the head of its column. Lines of
    small type much narrower than the page's running text, on a page with a
    caption, are a figure's or a table's words: set aside as ``table``. The
    columns' paragraphs are read whole and give their claims."""
    left, right = paragraphs("tr_en_03")[1], paragraphs("tr_en_04")[1]
    pdf = _page_with_table(caption_at=68, first_row_at=80, row_pitch=11)
    for x, text in ((40, left), (315, right)):
        pdf.set_xy(x, 150)
        pdf.multi_cell(240, 13, text)
    doc = read_document(_written(pdf, tmp_path / "table.pdf"))
    records = extract(doc)
    body = body_sentences(records)
    tables = squash(" ".join(s.text for s in records["sentences"] if s.section in ("table", "caption")))
    assert all(squash(cell) in tables for row in CELLS for cell in row)
    for s in body:
        assert not any(cell in s.text for cell in ("Main source", "Target cells", "Synovial fibroblasts")), s.text
    for paragraph in (left, right):
        text_version = extract(document_of(paragraph))
        assert squash(text_version["sentences"][0].text) in [squash(s.text) for s in body]
        assert claims(text_version["triples"]) <= claims(records["triples"])
    table_ids = {s.sent_id for s in records["sentences"] if s.section in ("table", "caption")}
    assert not [t for t in records["triples"] if t.sent_id in table_ids]


def test_a_caption_label_over_a_table_column_stays_with_the_caption_text_beside_it(tmp_path, resources):
    """``Table 3`` set over the table's first column, the caption's text
    beside it to the right (en01 of the real PDFs): the reading order cuts
    down the strip between that column and the rest, so the label was a
    caption of its own and ``Summary of …`` body text, read as an abstract's
    heading: every later paragraph of the paper was labelled abstract. The
    label goes back to the head of its caption; the paragraphs stay body
    and give their claims."""
    before, after = paragraphs("tr_en_03")[1], paragraphs("tr_en_04")[1]
    pdf = _page_with_paragraph(before, top=50)
    y = pdf.get_y() + 20
    pdf.set_font("zh", size=7.5)
    pdf.text(40, y, "Table 3")
    pdf.text(100, y, "Summary of the cytokines measured in the serum of the two groups of patients before and after "
             "the treatment")
    pdf.text(100, y + 9, "Values are medians of the serum levels; the cells that make each cytokine in the bone marrow "
             "are named in the last column.")
    for r, (name, source) in enumerate([("Cytokine", "Source"), ("Interleukin-6", "Macrophages"),
                                        ("TNF-alpha", "Activated T cells"), ("Interleukin-17", "Th17 cells"),
                                        ("RANKL", "Osteoblasts")]):
        pdf.text(40, y + 22 + 11 * r, name)
        pdf.text(100, y + 22 + 11 * r, source)
    pdf.set_font("zh", size=10)
    pdf.set_xy(40, y + 100)
    pdf.multi_cell(515, 13, after)
    records = extract(read_document(_written(pdf, tmp_path / "label.pdf")))
    sentences = records["sentences"]
    captions = [squash(s.text) for s in sentences if s.section == "caption"]
    assert any(c.startswith("Table3Summaryofthecytokines") for c in captions), captions
    assert not [s.text for s in sentences if s.section == "abstract"]
    text_version = extract(document_of(after))
    assert squash(text_version["sentences"][0].text) in [squash(s.text) for s in body_sentences(records)]
    assert claims(text_version["triples"]) <= claims(records["triples"])


def test_a_table_caption_standing_apart_at_the_top_of_a_page_is_a_caption_not_a_running_header(tmp_path, resources):
    """A table across the top of a page under its caption (en01, en10 of the
    real PDFs): the caption's row, in small type and standing apart from the
    table's first row, looked like a running header and was set aside as
    furniture; the page then had no caption, so the table's words were not
    looked for and its cells were read as body text. The caption is a
    caption, the cells are a table, and the paragraph under them stays body."""
    after = paragraphs("tr_en_04")[1]
    pdf = _page_with_table(caption_at=60, first_row_at=88, row_pitch=12)
    pdf.set_xy(40, 160)
    pdf.multi_cell(515, 13, after)
    records = extract(read_document(_written(pdf, tmp_path / "top.pdf")))
    sections = {squash(s.text): s.section for s in records["sentences"]}
    assert sections.get("Table1.Cytokinesandbonecells") == "caption", sections
    body = body_sentences(records)
    assert not [s.text for s in body if any(cell in s.text for cell in ("Main source", "Synovial fibroblasts"))]
    text_version = extract(document_of(after))
    assert squash(text_version["sentences"][0].text) in [squash(s.text) for s in body]
    assert claims(text_version["triples"]) <= claims(records["triples"])


def test_a_caption_at_the_foot_of_a_page_is_a_caption_not_a_footnote(tmp_path, resources):
    """A figure's caption and a table with its caption and its note under
    the columns at the foot of a page (en05, en08 of the real PDFs): in
    small type with no running text under them they were taken for
    footnotes. They are captions and a table; nothing of them is body,
    and the paragraph above them gives its claims."""
    before = paragraphs("tr_en_03")[1]
    pdf = _page_with_paragraph(before, top=60)
    pdf.set_font("zh", size=7.5)
    pdf.text(40, 640, "Figure 2. Serum cytokines of the two groups of patients, measured before the treatment")
    pdf.text(40, 649, "and after it; the bars are the medians of each group.")
    pdf.text(40, 680, "Table 2. Cytokines and bone cells")
    for r, row in enumerate(CELLS):
        for c, cell in enumerate(row):
            pdf.text(40 + 135 * c, 692 + 10 * r, cell)
    pdf.text(40, 734, "Values are medians of the serum levels in each group.")
    records = extract(read_document(_written(pdf, tmp_path / "foot.pdf")))
    sentences = records["sentences"]
    assert not [s.text for s in sentences if s.section == "footnote"]
    captions = squash(" ".join(s.text for s in sentences if s.section == "caption"))
    assert "Figure2.Serumcytokines" in captions and "Table2.Cytokinesandbonecells" in captions
    aside = squash(" ".join(s.text for s in sentences if s.section in ("caption", "table")))
    assert all(squash(cell) in aside for row in CELLS for cell in row) and "Valuesaremedians" in aside
    text_version = extract(document_of(before))
    assert squash(text_version["sentences"][0].text) in [squash(s.text) for s in body_sentences(records)]
    assert claims(text_version["triples"]) <= claims(records["triples"])


# --- display equations ------------------------------------------------------------------

def test_a_display_equation_between_two_paragraphs_is_set_aside_not_read_into_the_next_sentence(tmp_path, resources):
    """An equation set on its own row with its number at the right margin
    (zh02 and en12 of the real PDFs): read as text it ran into the next
    paragraph's first sentence (``… = exp(-d/g) (1) TNF-alpha induces …``).
    It is set aside as ``equation``; the sentences round it are whole."""
    after = "TNF-alpha induces RANKL expression in osteoblasts of these mice. IL-6 promotes osteoclast differentiation."
    pdf = _a4_page()
    pdf.set_font("zh", size=10)
    pdf.set_xy(40, 60)
    pdf.multi_cell(515, 13, paragraphs("tr_en_03")[1] + " The weight of a pair of pixels is computed as follows.")
    y = pdf.get_y() + 16
    pdf.text(200, y, "w(p, q) = exp(-d(p, q) / g),")
    pdf.text(540, y, "(1)")
    pdf.set_xy(40, y + 10)
    pdf.multi_cell(515, 13, after)
    records = extract(read_document(_written(pdf, tmp_path / "equation.pdf")))
    sentences = records["sentences"]
    assert [squash(s.text) for s in sentences if s.section == "equation"] == ["w(p,q)=exp(-d(p,q)/g),(1)"]
    body = [squash(s.text) for s in body_sentences(records)]
    assert "TNF-alphainducesRANKLexpressioninosteoblastsofthesemice." in body
    assert not [s for s in body if "exp(" in s]
    assert ("TNF-α", "upregulates", "RANKL") in {(t.factor_name, t.effect, t.target_name) for t in records["triples"]}


def test_an_equations_bracket_and_script_rows_cut_from_it_by_the_reading_order_are_set_aside_with_it(tmp_path, resources):
    """Big brackets hang from a baseline above the equation's and its
    subscripts sit below it (zh02, en12 of the real PDFs): the cut across
    the page parts those rows from the equation, and they were read as body
    text (``( ( ))``, ``ak``) among the paragraphs. Rows without a word,
    within a line's pitch over or under an equation, are set aside with it."""
    pdf = _a4_page()
    pdf.set_font("zh", size=10)
    pdf.set_xy(40, 60)
    pdf.multi_cell(515, 13, paragraphs("tr_en_03")[1] + " The loss of a frame is computed as follows.")
    y = pdf.get_y() + 22
    for x, bracket in ((250, "("), (262, "("), (330, "))")):
        pdf.text(x, y - 12, bracket)
    pdf.text(200, y, "Y = r(s) + g max Q s, a; k")
    pdf.text(540, y, "(1)")
    pdf.set_font("zh", size=7)
    pdf.text(292, y + 7, "ak")
    pdf.set_font("zh", size=10)
    pdf.set_xy(40, y + 14)
    pdf.multi_cell(515, 13, "TNF-alpha induces RANKL expression in osteoblasts of these mice.")
    records = extract(read_document(_written(pdf, tmp_path / "brackets.pdf")))
    sentences = records["sentences"]
    assert [squash(s.text) for s in sentences if s.section == "equation"] == ["(())", "Y=r(s)+gmaxQs,a;k(1)", "ak"]
    body = [squash(s.text) for s in body_sentences(records)]
    assert body[-1] == "TNF-alphainducesRANKLexpressioninosteoblastsofthesemice."
    assert not [s for s in body if "((" in s or s.startswith("ak")]
    assert ("TNF-α", "upregulates", "RANKL") in {(t.factor_name, t.effect, t.target_name) for t in records["triples"]}
