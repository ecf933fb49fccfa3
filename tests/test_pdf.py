"""PDFs: pdfplumber's text, pages, a box per character, and PDFs that cannot be read.

``fixtures/pdf/sample.pdf`` holds two pages of sentences from ``raw/*.txt``
(Chinese and English); see ``fixtures/pdf/README.md`` for how it was made.
"""
from __future__ import annotations

import io
import math
import re
from pathlib import Path

import pdfplumber
import pytest

from pipeline.reading.read import read_document
from pipeline.records import Document, Mention, Sentence, UnreadableDocument
from pipeline.sentences.segment import segment
from pipeline.store.tables import to_table

from .conftest import document_of
from .make_pdf import FONT

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "pdf" / "sample.pdf"
ENCRYPTED = FIXTURES / "pdf_bad" / "encrypted.pdf"

PAGE_1 = [
    "细胞因子是一类介导细胞间相互作用和调节免疫应答的蛋白质分子。",
    "The binding of RANKL to the RANK of osteoclast precursors promotes the differentiation and "
    "activation of osteoclasts, resulting in the occurrence and development of inflammatory osteoporosis.",
]
PAGE_2 = [
    "IL-6 能促进白血病细胞的增殖和存活。",
    "另外，一些细胞因子还能影响肿瘤干细胞的增殖和分化，从而影响肿瘤的恶性程度和患者预后。",
]


def squash(s: str) -> str:
    """``s`` without white space: extracted text breaks lines inside sentences."""
    return re.sub(r"\s+", "", s)


def offset_of(doc: Document, sentence: str) -> int:
    """Where ``sentence`` starts in ``doc.text``, white space ignored."""
    pattern = r"\s*".join(map(re.escape, squash(sentence)))
    m = re.search(pattern, doc.text)
    assert m, f"{sentence!r} not in the extracted text"
    return m.start()


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document(SAMPLE)


@pytest.fixture(scope="module")
def records(doc, resources):
    from pipeline.runtime.batch import extract

    return extract(doc)


# --- the text and its pages --------------------------------------------------

def test_fixture_is_small():
    """The committed fixture embeds its font as a subset (fixtures/pdf/README.md):
    27 KB. Made again with the whole WenQuanYi face it would be megabytes in the
    repository's history; this fails before such a file is committed."""
    assert SAMPLE.stat().st_size < 200_000


def test_document_fields(doc):
    assert (doc.format, doc.n_pages, doc.encoding, doc.status, doc.lang) == ("pdf", 2, None, "ok", "zh")
    assert doc.n_chars == len(doc.text)
    assert len(doc.doc_id) == 16 and doc.sha256.startswith(doc.doc_id)
    assert doc.page_runs == ((0, 1), (doc.text.index("1.2.1"), 2))


@pytest.mark.parametrize("sentence", PAGE_1 + PAGE_2)
def test_text_holds_the_sentences(doc, sentence):
    assert squash(sentence) in squash(doc.text)


def test_a_one_column_page_reads_as_pdfplumbers_extract_text(doc):
    with pdfplumber.open(SAMPLE) as pdf:
        expected = [page.extract_text() for page in pdf.pages]
    assert doc.text == "\n".join(expected)
    assert [doc.text[start:start + len(page)] for (start, _), page in zip(doc.page_runs, expected)] == expected


@pytest.mark.parametrize("sentence,page", [(s, 1) for s in PAGE_1] + [(s, 2) for s in PAGE_2])
def test_page_of_a_sentence(doc, sentence, page):
    assert doc.page_of(offset_of(doc, sentence)) == page


# --- a box per character -----------------------------------------------------

def test_every_printed_character_has_a_box_and_inserted_white_space_none(doc):
    boxes = doc.char_boxes
    assert len(boxes) == 4 * len(doc.text)
    for i, c in enumerate(doc.text):
        x0, top, x1, bottom = boxes[4 * i:4 * i + 4]
        if math.isnan(x0):
            assert c.isspace(), (i, c)
        else:
            assert 0 <= x0 <= x1 <= 595.3 and 0 <= top < bottom <= 841.9, (i, c)


def test_bbox_is_where_pdfplumber_finds_the_words(doc):
    """The box of ``白血病细胞`` is the one pdfplumber's own search gives: the
    same left and right edges, and top and bottom within a third of the type
    size (PDFium's box runs from the font's ascent to its descent, pdfminer's
    is one em high)."""
    start = doc.text.index("白血病细胞")
    with pdfplumber.open(SAMPLE) as pdf:
        [hit] = pdf.pages[1].search("白血病细胞")
    x0, top, x1, bottom = doc.bbox(start, start + 5)
    assert (x0, x1) == pytest.approx((hit["x0"], hit["x1"]), abs=0.01)
    assert (top, bottom) == pytest.approx((hit["top"], hit["bottom"]), abs=0.3 * 11)


def test_a_span_across_a_page_break_is_boxed_on_its_first_page(doc):
    brk = doc.page_runs[1][0]
    assert doc.bbox(brk - 10, brk + 10) == doc.bbox(brk - 10, brk)
    assert doc.bbox(brk - 1, brk) is None  # only the newline that joins the pages


def test_text_files_have_no_boxes():
    text_doc = document_of("白细胞介素-6 促进破骨细胞的分化。IL-6 promotes osteoclast differentiation.")
    assert text_doc.bbox(0, 5) is None
    sentence = segment(text_doc)[0].sentence
    assert (sentence.x0, sentence.top, sentence.x1, sentence.bottom) == (None,) * 4


# --- the whole pipeline on the PDF -------------------------------------------

def test_every_offset_points_at_what_the_row_names(doc, records):
    assert records["sentences"] and records["mentions"] and records["triples"]
    for s in records["sentences"]:
        assert doc.text[s.start:s.end] == s.text
    for m in records["mentions"]:
        assert doc.text[m.start:m.end] == m.surface
    for t in records["triples"]:
        for role in ("factor", "target", "effect"):
            assert doc.text[getattr(t, f"{role}_start"):getattr(t, f"{role}_end")] == getattr(t, f"{role}_text")


def test_rows_carry_page_and_box(doc, records):
    for row in records["sentences"] + records["mentions"]:
        assert row.page == doc.page_of(row.start)
        assert (row.x0, row.top, row.x1, row.bottom) == doc.bbox(row.start, row.end)
        assert 0 <= row.x0 < row.x1 <= 595.3 and 0 <= row.top < row.bottom <= 841.9


def test_a_mention_on_page_2_is_placed_there(doc, records):
    leukemia = [m for m in records["mentions"] if m.surface == "白血病细胞"]
    assert [m.page for m in leukemia] == [2]
    with pdfplumber.open(SAMPLE) as pdf:
        [hit] = pdf.pages[1].search("白血病细胞")
    m = leukemia[0]
    assert (m.x0, m.x1) == pytest.approx((hit["x0"], hit["x1"]), abs=0.01)
    assert m.top <= hit["bottom"] and hit["top"] <= m.bottom  # on the same line


def test_the_il6_triple_is_found_on_page_2(records):
    il6 = [(t.effect, t.target_name, t.aspect, t.page) for t in records["triples"] if t.factor_name == "IL-6"]
    assert ("promotes", "leukemia cell", "proliferation", 2) in il6


def test_box_columns_are_written_and_the_boxes_array_is_not(records):
    for name, record_type in (("sentences", Sentence), ("mentions", Mention)):
        table = to_table(records[name], record_type)
        assert table.column_names[-4:] == ["x0", "top", "x1", "bottom"]
        assert table.column("x0").null_count == 0
    documents = to_table(records["documents"], Document)
    assert "char_boxes" not in documents.column_names and "page_starts" not in documents.column_names
    assert documents.column("text")[0].as_py() == records["documents"][0].text


# --- PDFs that cannot be read ------------------------------------------------

def pdf_of_pages(*contents: bytes) -> bytes:
    """A minimal, valid PDF with one page per content stream. ``/F1`` is
    Helvetica; ``/F2`` is a CID font with no Unicode map, whose text
    pdfminer can only give as ``(cid:n)`` codes (a garbled text layer)."""
    n = len(contents)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(n)), n),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [5 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
    ]
    for i, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_page(*lines: str) -> bytes:
    """A page of Helvetica lines."""
    body = b"".join(b"(%s) Tj 0 -14 Td " % line.encode("latin-1") for line in lines)
    return b"BT /F1 11 Tf 72 760 Td %s ET" % body


def cid_page(*codes: str) -> bytes:
    """A page of text in the font without a Unicode map: hex glyph codes."""
    body = b"".join(b"<%s> Tj 0 -14 Td " % line.encode() for line in codes)
    return b"BT /F2 11 Tf 72 760 Td %s ET" % body


def read_bytes_as(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


SCAN = pdf_of_pages(b"0.5 g 50 50 495 742 re f")  # a grey rectangle where a scanner puts the page's image


def test_a_page_without_text_has_no_text_layer(tmp_path):
    with pytest.raises(UnreadableDocument) as err:
        read_bytes_as(tmp_path, "scan.pdf", SCAN)
    assert err.value.reason == "no_text_layer"
    assert "scan.pdf" in str(err.value) and "OCR" in str(err.value)


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_pdf_is_corrupt(tmp_path, keep):
    data = SAMPLE.read_bytes()
    with pytest.raises(UnreadableDocument) as err:
        read_bytes_as(tmp_path, "cut.pdf", data[:int(len(data) * keep)])
    assert err.value.reason == "corrupt"
    assert "cut.pdf" in str(err.value)


def test_an_encrypted_pdf_says_so():
    with pytest.raises(UnreadableDocument) as err:
        read_document(ENCRYPTED)
    assert err.value.reason == "encrypted"
    assert "encrypted.pdf" in str(err.value) and "encrypted" in err.value.detail


# --- garbled text layers -----------------------------------------------------

CLAIMS = ("IL-6 promotes osteoclast differentiation.", "TNF-alpha induces RANKL expression in osteoblasts.")
GARBLE = ("00210034005600780099004500460047", "0101020203030404")


def test_a_pdf_whose_text_layer_is_cid_codes_is_refused_naming_the_pages(tmp_path):
    with pytest.raises(UnreadableDocument) as err:
        read_bytes_as(tmp_path, "cid.pdf", pdf_of_pages(cid_page(*GARBLE), cid_page(*GARBLE)))
    assert err.value.reason == "garbled_text_layer"
    assert "cid.pdf" in str(err.value) and "page(s) 1, 2 of 2" in str(err.value)


def test_a_garbled_page_among_readable_ones_is_set_aside_and_named(tmp_path, resources):
    from pipeline.runtime.batch import extract

    doc = read_bytes_as(tmp_path, "mixed.pdf", pdf_of_pages(text_page(*CLAIMS), cid_page(*GARBLE), text_page(*CLAIMS)))
    assert doc.status == "ok" and doc.error.startswith("page(s) 2: garbled text layer")
    assert doc.unmapped_glyphs == sum(len(code) // 4 for code in GARBLE)  # left out of the text, counted
    records = extract(doc)
    assert {s.section for s in records["sentences"] if s.page == 2} <= {"garbled"}
    assert not [m for m in records["mentions"] if m.page == 2]
    claims = {(t.factor_name, t.effect, t.target_name, t.page) for t in records["triples"]}
    assert {("TNF-α", "upregulates", "RANKL", 1), ("TNF-α", "upregulates", "RANKL", 3)} <= claims
    assert {t.page for t in records["triples"]} == {1, 3}


def test_a_font_without_a_unicode_map_is_garbled(tmp_path):
    """Without its ToUnicode map, fpdf2's subset font gives glyph ids, not
    text (pdfminer reads them through the font's own cmap as real but wrong
    characters, 素ILac…): PDFium says the glyphs have no Unicode value, and
    the document is refused."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.compress = False
    pdf.add_page()
    pdf.add_font("zh", fname=str(FONT), collection_font_number=0)
    pdf.set_font("zh", size=11)
    pdf.multi_cell(0, 6, "白细胞介素-6 促进破骨细胞的分化。IL-6 promotes osteoclast differentiation.")
    data = bytes(pdf.output())
    assert read_bytes_as(tmp_path, "mapped.pdf", data).text.startswith("白细胞介素-6 促进")
    unmapped = data.replace(b"/ToUnicode", b"/ToUnicodX")  # same length: the xref stays valid
    with pytest.raises(UnreadableDocument) as err:
        read_bytes_as(tmp_path, "unmapped.pdf", unmapped)
    assert err.value.reason == "garbled_text_layer"


def test_mojibake_signs_for_letters_and_non_words_are_garbled():
    """What real broken PDFs hold: GBK bytes read as Latin-1, a font mapping
    glyphs to the wrong ASCII codes, letters that make no words; and what
    real text holds is none of these."""
    from pipeline.reading.garbled import page_share, verdict

    prose = ("Interleukin-6 promotes the differentiation of osteoclasts and the resorption of bone "
             "in patients with rheumatoid arthritis; TNF-α (P < 0.05, n = 12) acts with it. ") * 8
    assert verdict(prose, len(prose), 0) is None and page_share(prose, len(prose), 0) == 0
    assert verdict("白细胞介素-6 促进破骨细胞分化，Müller 与 José 的研究。" * 20, 600, 0) is None
    names = "骨髓基质细胞（bone marrow stromal cell）与肿瘤坏死因子（tumor necrosis factor alpha）。" * 40
    assert verdict(names, len(names), 0) is None  # English names in Chinese prose are no garbled words
    mojibake = "°×Ï¸°û½éËØ-6 ´Ù½øÆÆ¹ÇÏ¸°ûµÄ·Ö»¯¡£" * 10  # 白细胞介素-6 促进破骨细胞的分化。 in GBK, read as Latin-1
    assert page_share(mojibake, len(mojibake), 0) > 0.5 and verdict(mojibake, len(mojibake), 0)
    shifted = ".=.3L181 09 !\"#$ 2<0= % J $72 .//0K 8=:84.52: . :232580= 09 " * 10  # ASCII shifted
    assert "signs" in verdict(shifted, len(shifted), 0)
    nonwords = " ".join(["xqz vlk brtn mmsd wqe pld rrt snk"] * 30)
    assert "not words" in verdict(nonwords, len(nonwords), 0)
    assert "Unicode" in verdict("IL-6 promotes bone loss.", 100, 60)  # 60 of 100 glyphs without Unicode


# --- superscript citation numbers ---------------------------------------------

def superscript_pdf() -> bytes:
    """English text with citation numbers, a charge and a power set as superscripts."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("zh", fname=str(FONT), collection_font_number=0)
    pdf.set_font("zh", size=14)
    pdf.cell(0, 10, "Cytokines in bone", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zh", size=10)
    pdf.cell(0, 8, "Abstract", new_x="LMARGIN", new_y="NEXT")
    pdf.set_right_margin(100)
    for part, raised in [("Interleukin-10", True), ("12", False), (" inhibits osteoclast differentiation. TNF-α", True),
                         ("3,4", False), (" promotes RANKL expression in osteoblasts", True), ("5–7", False),
                         (". CD4", True), ("+", False), (" T cells rose to 2×10", True), ("9", False),
                         ("/L in the marrow of these mice.", True)]:
        pdf.char_vpos = "LINE" if raised else "SUP"
        pdf.write(5, part)
    return bytes(pdf.output())


def test_superscript_citation_numbers_are_dropped_from_the_cleaned_view(tmp_path, resources):
    from pipeline.runtime.batch import extract

    doc = read_bytes_as(tmp_path, "sup.pdf", superscript_pdf())
    assert "Interleukin-1012" in doc.text  # what pdfplumber reads: the number glued to the name
    assert [doc.text[a:b] for a, b in doc.citations] == ["12", "3,4", "5–7"]  # not the charge, not the power
    cleaned = " ".join(v.clean.text for v in segment(doc))
    assert "Interleukin-10 inhibits osteoclast differentiation. TNF-α promotes" in cleaned
    assert "CD4+ T cells" in cleaned and "2×109/L" in cleaned
    claims = {(t.factor_name, t.effect, t.target_name) for t in extract(doc)["triples"]}
    assert ("IL-10", "inhibits", "osteoclast") in claims and ("TNF-α", "upregulates", "RANKL") in claims


# --- the reading is cached by content -----------------------------------------

def test_an_unchanged_pdf_is_not_parsed_again(tmp_path, monkeypatch):
    import pipeline.reading.pdf as pdf_module

    cache = tmp_path / "cache"
    first = read_document(SAMPLE, cache_dir=cache)
    assert len(list(cache.glob("*.parquet"))) == 1

    def no_parsing(*args, **kwargs):
        raise AssertionError("the PDF was parsed again")

    monkeypatch.setattr(pdf_module, "open_pdf", no_parsing)
    again = read_document(SAMPLE, cache_dir=cache)
    assert again == first and again.char_boxes.tobytes() == first.char_boxes.tobytes()
    assert (again.page_runs, again.set_aside, again.headings) == (first.page_runs, first.set_aside, first.headings)


# --- a batch with PDFs that cannot be read ------------------------------------

def test_scanned_encrypted_and_truncated_pdfs_are_reported_and_the_batch_goes_on(tmp_path):
    from pipeline.runtime.batch import run
    from pipeline.store.tables import read_table

    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "scan.pdf").write_bytes(SCAN)
    (papers / "cut.pdf").write_bytes(SAMPLE.read_bytes()[:20_000])
    (papers / "locked.pdf").write_bytes(ENCRYPTED.read_bytes())
    (papers / "good.pdf").write_bytes(SAMPLE.read_bytes())
    summary = run([papers], tmp_path / "out", workers=1)
    documents = {r["source"]: r for r in read_table(tmp_path / "out", "documents").to_pylist()}
    assert {s: r["status"] for s, r in documents.items()} == {
        "scan.pdf": "no_text_layer", "cut.pdf": "corrupt", "locked.pdf": "encrypted", "good.pdf": "ok"}
    assert all(r["error"].startswith(s) for s, r in documents.items() if s != "good.pdf")
    assert sorted(o.source for o in summary.processed if o.status != "ok") == ["cut.pdf", "locked.pdf", "scan.pdf"]
    triples = read_table(tmp_path / "out", "triples").to_pylist()
    assert triples and {t["doc_id"] for t in triples} == {documents["good.pdf"]["doc_id"]}
