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

from pipeline.clean import clean_pieces
from pipeline.read import read_document
from pipeline.segment import blocks_of

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
