"""Render a sample paper from ``raw/`` as a journal-style PDF, for the PDF tests.

The PDF is made from the paper's own text: its blocks as the pipeline reads
them (``segment.blocks_of``), each cleaned (``clean.clean_pieces``), laid out
as journals print them:

* page 1: the title, the front matter and the abstracts across the full
  width; then the body;
* the fund, corresponding-author and DOI lines as a footnote of page 1;
* a figure caption (``图 1 …``) in small type in the middle of a sentence;
* the body and the reference list (numbered ``[1]``, ``[2]`` …) in one or
  two columns (``--columns``);
* a running header (the journal's name on even pages, the paper's short
  title on odd ones) and a page number in the footer of every page;
* long English words hyphenated where a line breaks inside them
  (``inflam-`` / ``matory``), as typesetters do: a soft hyphen in the
  middle of every lower-case word of ten letters or more.

The Chinese font is WenQuanYi Zen Hei (Debian package ``fonts-wqy-zenhei``;
``.ci/run`` installs it), embedded as a subset, so the PDF carries a
ToUnicode map as real journal PDFs do. fpdf2 (pinned in ``requirements.lock``)
draws the pages; the creation date is fixed so the same text gives the same
bytes.

    python -m tests.make_pdf raw/000_928ba59949a8c658.txt /tmp/000.pdf --columns 2
"""
from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import WrapMode

from pipeline.text.clean import clean_pieces
from pipeline.reading.read import read_document
from pipeline.sentences.segment import blocks_of

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
JOURNAL = "中国实验血液学杂志 Journal of Experimental Hematology"
SOFT_HYPHEN = "\u00ad"
# Front matter a journal prints as a footnote of the first page.
FOOTNOTE = re.compile(r"^[\[【*\s]*(基金项目|通信作者|通讯作者|作者简介|收稿日期|DOI\s*[:：])", re.I)


@dataclass(frozen=True)
class Paragraph:
    section: str  # front, abstract, keywords, body, references, caption
    heading: bool
    text: str


def paragraphs_of(path: Path) -> list[Paragraph]:
    """The paper's blocks as cleaned paragraphs, in order."""
    doc = read_document(path)
    out = []
    for block in blocks_of(doc.text):
        text = clean_pieces(doc.text, list(block.pieces)).text.strip()
        if block.section == "references" and not block.heading:
            text = f"[{sum(p.section == 'references' and not p.heading for p in out) + 1}] {text}"
        if text:
            out.append(Paragraph(block.section, block.heading, hyphenated(text)))
    return out


def hyphenated(text: str) -> str:
    """A soft hyphen in the middle of every long lower-case English word."""
    return re.sub(r"\b[a-z]{10,}\b", lambda m: m[0][:len(m[0]) // 2] + SOFT_HYPHEN + m[0][len(m[0]) // 2:], text)


class JournalPDF(FPDF):
    """An A4 page with a running header and a page number at the foot."""

    def __init__(self, short_title: str):
        super().__init__(format="A4")
        self.short_title = short_title
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        if not FONT.exists():
            raise FileNotFoundError(f"{FONT}: the CJK font for the PDF fixtures is missing "
                                    f"(apt-get install fonts-wqy-zenhei)")
        self.add_font("zh", fname=str(FONT), collection_font_number=0)
        self.set_margins(18, 22, 18)
        self.set_auto_page_break(True, margin=20)
        self.footnotes: list[str] = []
        self.footnote_lines = 0

    def header(self):
        """Left-hand (even) pages carry the journal's name, right-hand pages the short title."""
        self.set_font("zh", size=8)
        self.set_y(10)
        if self.page_no() % 2 == 0:
            self.cell(0, 5, JOURNAL, align="L")
        else:
            self.cell(0, 5, self.short_title, align="R")
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1 and self.footnotes:
            self.set_font("zh", size=7)
            self.set_y(-14 - 3.6 * self.footnote_lines - 4)
            self.line(self.l_margin, self.get_y() - 1, self.l_margin + 50, self.get_y() - 1)
            for note in self.footnotes:
                self.multi_cell(0, 3.6, note, new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.WORD)
        self.set_y(-14)
        self.set_font("zh", size=8)
        self.cell(0, 5, f"· {self.page_no() + 276} ·", align="C")

    def set_footnotes(self, notes: list[str]) -> None:
        """Notes printed under the text of page 1; the bottom margin of every
        page makes room for them."""
        self.footnotes = notes
        self.set_font("zh", size=7)
        self.footnote_lines = sum(len(self.multi_cell(0, 3.6, n, dry_run=True, output="LINES",
                                                      wrapmode=WrapMode.WORD)) for n in notes)
        self.set_auto_page_break(True, margin=20 + 3.6 * self.footnote_lines + 4)


def render(paragraphs: list[Paragraph], out: Path, columns: int = 2) -> Path:
    """Write ``paragraphs`` as a journal-style PDF to ``out``."""
    title = next((p.text for p in paragraphs if p.section == "front"), paragraphs[0].text)
    pdf = JournalPDF(title[:30])
    notes = [p.text for p in paragraphs if p.section == "front" and FOOTNOTE.match(p.text)]
    paragraphs = [p for p in paragraphs if not (p.section == "front" and FOOTNOTE.match(p.text))]
    pdf.add_page()
    pdf.set_footnotes(notes)
    first_body = next((i for i, p in enumerate(paragraphs) if p.section in ("body", "references")),
                      len(paragraphs))
    for i, p in enumerate(paragraphs[:first_body]):
        size = 15 if p.text == title and i == 0 else 10 if p.heading else 9
        pdf.set_font("zh", size=size)
        pdf.multi_cell(0, size * 0.55, p.text, align="C" if size == 15 else "J",
                       new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.WORD)
        pdf.ln(2 if p.heading else 3)
    pdf.ln(3)
    body = with_figure(paragraphs[first_body:])
    with pdf.text_columns(ncols=columns, gutter=7, text_align="J", wrapmode=WrapMode.WORD) as cols:
        for p in body:
            size = 10.5 if p.heading else 7.5 if p.section == "caption" else 9
            pdf.set_font("zh", size=size)
            with cols.paragraph(top_margin=2 if p.heading else 0, bottom_margin=1.5,
                                line_height=1.25) as par:
                par.write(p.text)
    pdf.output(str(out))
    return out


def with_figure(body: list[Paragraph]) -> list[Paragraph]:
    """The body with a figure caption set in the middle of its first long
    paragraph, after a comma, as a figure placed in a column interrupts the
    sentence that runs round it. The caption is the first heading's text."""
    heading = next((p.text for p in body if p.heading), "")
    for i, p in enumerate(body):
        if p.heading or p.section != "body" or len(p.text) < 300:
            continue
        cut = p.text.find("，", len(p.text) // 2)
        if cut == -1:
            continue
        first, rest = p.text[:cut + 1], p.text[cut + 1:]
        title = re.sub(r"^[\d.\s]+", "", heading)  # without its section number
        caption = Paragraph("caption", False, f"图 1 {title}示意图")
        return body[:i] + [Paragraph(p.section, False, first), caption, Paragraph(p.section, False, rest)] \
            + body[i + 1:]
    return body


def render_paper(path: Path, out: Path, columns: int = 2) -> Path:
    """Render the text paper at ``path`` as a PDF at ``out``."""
    return render(paragraphs_of(path), out, columns)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paper", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--columns", type=int, default=2)
    args = ap.parse_args()
    render_paper(args.paper, args.out, args.columns)
    print(args.out)


if __name__ == "__main__":
    main()


# --- a journal page as real PDFs set it: tight type, three columns, a sidebar ---------
#
# ``render_journal`` draws English paragraphs as a three-column journal paper
# the way TeX and commercial typesetters write PDFs: every word placed on its
# own, with no space glyph between words and a gap of a fifth of an em (tight
# type, which a fixed 3-point tolerance reads as one long word); a first page
# with a full-width title, a sidebar (keywords, editor, correspondence)
# beside the abstract, then the body in three justified columns; a running
# header and a ``Page N of M`` footer, the first page's header its own; a
# line up the left margin (text turned by 90°); a large light watermark
# turned by 45°; a table with its caption in the running text's type; and a
# reference list in author-year style without a heading.

PT_PAGE = (595.0, 842.0)
MARGIN_NOTE = "Downloaded from tests.example.org by the Test Library on 1 January 2026"
WATERMARK = "PREPRINT"
FIRST_HEADER = ("Journal of Cytokine Tests 12 (2026) 101-103", "Original article")
RUNNING_HEADER = ("Tester et al.", "Journal of Cytokine Tests")
SIDEBAR = ["Keywords", "cytokines; bone; inflammation", "", "Edited by", "A. Editor, University of Tests",
           "", "Correspondence", "B. Tester", "tester@tests.example.org"]
TABLE_CAPTION = "Table 1. Serum cytokines in the two groups of patients."
TABLE = [["Cytokine", "Group A", "Group B", "P"], ["IL-6", "12.4", "30.1", "0.01"], ["TNF-α", "8.2", "15.6", "0.03"],
         ["IL-17A", "4.1", "9.8", "0.02"], ["RANKL", "101.5", "160.2", "0.04"]]
REFERENCES = [
    "Adamopoulos, I.E., Bowman, E.P., 2008. Immune regulation of bone loss by Th17 cells. Arthritis Res. Ther. 10, 225.",
    "Lubberts, E., 2015. IL-17A promotes osteoclast differentiation in arthritis. Nat. Rev. Rheumatol. 11, 415-429.",
    "Sato, K., Suematsu, A., Okamoto, K., 2006. Th17 functions as an osteoclastogenic helper T cell subset that "
    "links T cell activation and bone destruction. J. Exp. Med. 203, 2673-2682.",
    "Kotake, S., Udagawa, N., Takahashi, N., 1999. IL-17 in synovial fluids from patients with rheumatoid arthritis "
    "is a potent stimulator of osteoclastogenesis. J. Clin. Invest. 103, 1345-1352.",
    "Tanaka, T., Narazaki, M., Kishimoto, T., 2014. IL-6 in inflammation, immunity, and disease. Cold Spring Harb. "
    "Perspect. Biol. 6, a016295.",
    "Yago, T., Nanke, Y., Ichikawa, N., 2009. IL-17 induces osteoclastogenesis from human monocytes alone in the "
    "absence of osteoblasts. J. Cell. Biochem. 108, 947-955.",
]


class TightPDF(FPDF):
    """Points as the unit; words placed one by one."""

    def __init__(self):
        super().__init__(unit="pt", format=PT_PAGE)
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.add_font("zh", fname=str(FONT), collection_font_number=0)
        self.set_auto_page_break(False)

    def lines_of(self, text: str, width: float, size: float, gap_em: float) -> list[list[str]]:
        """Words wrapped greedily into lines no wider than ``width``."""
        self.set_font("zh", size=size)
        lines: list[list[str]] = [[]]
        used = 0.0
        for word in text.split():
            w = self.get_string_width(word)
            if lines[-1] and used + gap_em * size + w > width:
                lines.append([])
                used = 0.0
            used += (gap_em * size if lines[-1] else 0) + w
            lines[-1].append(word)
        return [line for line in lines if line]

    def words(self, words: list[str], x: float, y: float, width: float, size: float, gap_em: float,
              justify: bool) -> None:
        """One line at baseline ``y``: each word drawn alone, no space glyph between."""
        self.set_font("zh", size=size)
        widths = [self.get_string_width(w) for w in words]
        gap = gap_em * size
        if justify and len(words) > 1:
            gap = max(gap, (width - sum(widths)) / (len(words) - 1))
        for word, w in zip(words, widths):
            self.text(x, y, word)
            x += w + gap


def _paragraph_lines(pdf: TightPDF, paragraphs: list[tuple[str, str]], width: float, size: float,
                     gap_em: float) -> list[tuple[list[str], bool, float]]:
    """``(kind, text)`` paragraphs as ``(words, justified, size)`` lines; headings in a larger type."""
    out = []
    for kind, text in paragraphs:
        if kind == "heading":
            out.append(([], False, size))  # a blank line above the heading
            out.append((text.split(), False, size * 1.25))
            continue
        lines = pdf.lines_of(text, width, size, gap_em)
        out += [(line, i < len(lines) - 1, size) for i, line in enumerate(lines)]
    return out


def _furniture(pdf: TightPDF, page: int, pages: int) -> None:
    """Header, footer, margin note and watermark of a page."""
    left, right = FIRST_HEADER if page == 1 else RUNNING_HEADER
    pdf.set_font("zh", size=7.5)
    pdf.text(40, 30, left)
    pdf.text(555 - pdf.get_string_width(right), 30, right)
    footer = f"Page {page} of {pages}"
    pdf.text((595 - pdf.get_string_width(footer)) / 2, 815, footer)
    with pdf.rotation(90, 22, 600):
        pdf.text(22, 600, MARGIN_NOTE)
    pdf.set_text_color(225, 225, 225)
    pdf.set_font("zh", size=70)
    with pdf.rotation(45, 170, 560):
        pdf.text(170, 560, WATERMARK)
    pdf.set_text_color(0, 0, 0)


def render_journal(title: str, abstract: str, body: list[tuple[str, str]], out: Path, gap_em: float = 0.2,
                   columns: int = 3) -> Path:
    """Draw the paper (see above) at ``out``; ``body`` is ``(kind, text)``
    paragraphs, kind ``heading`` or ``text``."""
    pdf = TightPDF()
    size, leading, gutter = 9.0, 11.0, 14.0
    col_w = (515 - gutter * (columns - 1)) / columns
    lines = _paragraph_lines(pdf, body, col_w, size, gap_em)
    # page 1: title, then the sidebar beside the abstract, then the columns
    abstract_lines = pdf.lines_of(abstract, 380, size, gap_em)
    tops = [max(120 + leading * (1.5 + len(abstract_lines)), 230) + 25.0]
    page_lines = []
    while lines:
        per_column = int((790 - tops[-1]) // leading)
        page_lines.append([lines[i * per_column:(i + 1) * per_column] for i in range(columns)])
        lines = lines[per_column * columns:]
        tops.append(60.0)
    pages = len(page_lines) + 1  # and the page of the table and the references
    for n, (top, cols) in enumerate(zip(tops, page_lines), 1):
        pdf.add_page()
        _furniture(pdf, n, pages)
        if n == 1:
            _first_page_head(pdf, title, abstract_lines, size, leading, gap_em)
        for c, col in enumerate(cols):
            x = 40 + c * (col_w + gutter)
            for i, (words, justified, line_size) in enumerate(col):
                if words:
                    pdf.words(words, x, top + i * leading, col_w, line_size, gap_em, justified)
    pdf.add_page()
    _furniture(pdf, pages, pages)
    _table_and_references(pdf, size, leading, gap_em)
    pdf.output(str(out))
    return out


def _first_page_head(pdf: TightPDF, title: str, abstract_lines: list[list[str]], size: float, leading: float,
                     gap_em: float) -> None:
    """The title and authors across the page, the sidebar beside the abstract."""
    pdf.words(title.split(), 40, 66, 515, 16, 0.25, False)
    pdf.words(["B.", "Tester,", "C.", "Example"], 40, 88, 515, 10, 0.25, False)
    y = 120.0
    for entry in SIDEBAR:
        if entry:
            pdf.words(entry.split(), 40, y, 120, 7.5, 0.25, False)
        y += 10
    pdf.words(["Abstract"], 175, 120, 380, size * 1.25, 0.25, False)
    y = 120 + leading * 1.5
    for i, words in enumerate(abstract_lines):
        pdf.words(words, 175, y, 380, size, gap_em, i < len(abstract_lines) - 1)
        y += leading


def _table_and_references(pdf: TightPDF, size: float, leading: float, gap_em: float) -> None:
    """A last page: a table under its caption, then the references, no heading."""
    pdf.words(TABLE_CAPTION.split(), 40, 80, 515, size, gap_em, False)
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            pdf.words([cell], 60 + 110 * c, 100 + r * leading, 100, size, gap_em, False)
    y = 100 + len(TABLE) * leading + 30
    for entry in REFERENCES:
        for i, words in enumerate(pdf.lines_of(entry, 515, 7.5, gap_em)):
            pdf.words(words, 40 + (12 if i else 0), y, 503, 7.5, gap_em, False)
            y += 9.5
