"""Hostile inputs for the fuzzing harness (``tests/test_fuzz.py``, ``make fuzz``).

Texts that stress the readers and cleaners (each kind a thing real papers
carry in smaller doses: a reference list read as one sentence, a flattened
table, a supplement of sequences or gene lists, a page of Markdown links),
PDFs mutated from a good one (the fixture ``tests/fixtures/pdf/sample.pdf``)
the way damaged or hand-edited files are, and a PDF whose lines are printed
over each other. ``scale`` 1.0 gives the sizes that once stalled the
pipeline (issue 16); the test suite runs them at a small scale.

    python -m tests.fuzz_inputs DIR [--scale 1.0] [--pdfs 1000]

writes them into ``DIR`` (to run the pipeline on them by hand).
"""
from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

SAMPLE_PDF = Path(__file__).parent / "fixtures" / "pdf" / "sample.pdf"


def _dna(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ACGT") for _ in range(n))


def hostile_texts(scale: float = 1.0, seed: int = 16) -> dict[str, bytes]:
    """File name -> bytes of each hostile text, at ``scale`` of its full size."""
    rng = random.Random(seed)

    def n(full: int) -> int:
        return max(2, int(full * scale))

    words = ["tumor", "necrosis", "factor", "interleukin", "growth", "bone", "marrow", "stromal", "cell", "receptor"]
    abbreviations = []
    for k in range(n(20_000)):
        ws = [rng.choice(words) for _ in range(3)]
        abbreviations.append(" ".join(ws) + f" ({''.join(w[0].upper() for w in ws)}{k})")
    links = "".join(rng.choice([
        f"[IL-{rng.randint(1, 40)} link](https://example.org/a_(b)_{rng.randint(0, 9999)}) ",
        f"![figure {rng.randint(1, 99)}](http://img.example.org/f{rng.randint(0, 999)}.png) ",
        "**IL-6** ", "[12] ", "<sup>[3-5]</sup>"]) for _ in range(n(25_000)))
    texts = {
        # a DNA sequence and URLs: full stops glued to letters (was 200 s for 14.7 KB)
        "dna_and_urls.txt": "Sequence " + _dna(rng, n(12_000)) + "".join(
            f".{_dna(rng, 3)}" + rng.choice(["", ".http://www.ncbi.nlm.nih.gov/nuccore/NM_000600.5"])
            for _ in range(n(700))),
        # one 120 KB sentence listing a name 20,000 times
        "name_list.txt": "IL-6 promotes osteoclast differentiation and " + ", ".join(["IL-6"] * n(20_000)) + ".",
        # 20,000 abbreviation definitions in one sentence
        "abbreviations.txt": "We studied " + ", ".join(abbreviations) + ".",
        # 1.1 MB of Markdown links and inline images
        "markdown_links.md": "# Links\n\n" + links,
        # one Chinese "sentence" of a name and a trigger, 50,000 times
        "il6_up.txt": "IL-6上调" * n(50_000) + "。",
        # 100k full stops, alone and after text
        "full_stops.txt": "IL-6 促进破骨细胞分化" + "。" * n(100_000) + "\n" + "细胞。\n" * n(20_000),
        # 10k nested brackets, both widths
        "nested_brackets.txt": "IL-6 " + "(" * n(10_000) + "TNF-α" + ")" * n(10_000)
                               + " promotes osteoclast differentiation. IL-6" + "（" * n(10_000) + "TNF-α"
                               + "）" * n(10_000) + "促进破骨细胞分化。",
        # brackets opened and never closed, and closed never opened
        "unbalanced_brackets.txt": "IL-6 promotes (" * n(5_000) + " osteoclasts" + ")" * n(5_000) + ".",
        # a run of wide spaces inside a line (the cleaner once read it quadratically)
        "wide_spaces.txt": "IL-6" + "\u3000" * n(100_000) + "促进破骨细胞分化。",
        # one line of a million characters with no break and no full stop
        "one_long_line.txt": "细胞因子IL-6与TNF-α" * n(30_000),
        # 40,000 short lines
        "many_lines.txt": "IL-6\n促\n" * n(20_000),
        # citations everywhere
        "citations.txt": "IL-6[1]促进[2-3]破骨细胞［4］分化〔5〕。" * n(5_000),
        # control characters and odd code points inside text
        "control_chars.txt": "".join(rng.choice(["IL-6", "\x0b", "\x0c", "\u2028", "\ufeff", "\u200b", "\ud7ff",
                                                  "\U0001f600", "促进", " ", "\r"]) for _ in range(n(100_000))),
        # LaTeX and Greek letters in bulk
        "latex.md": "TNF- $\\alpha$ and $CD8^{+}$ with $\\beta$ " * n(10_000),
        # numbers and dots: decimals, versions, initials
        "numbers.txt": "p.V617F 3.5 e.g. i.e. J.Biol " * n(10_000),
    }
    return {name: text.encode("utf-8") for name, text in texts.items()}


def overprinted_pdf(lines: int = 800) -> bytes:
    """A one-page PDF whose ``lines`` lines are all printed at the same place
    (a PDF with its text drawn many times over itself)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2020, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for k in range(lines):
        pdf.set_xy(10, 20)
        pdf.cell(text=f"IL-6 promotes osteoclast differentiation and bone resorption {k}.")
    return bytes(pdf.output())


# --- mutated PDFs -------------------------------------------------------------

def _replace_token(pattern: bytes, replacements: list[bytes]) -> Callable[[bytes, random.Random], bytes]:
    def mutate(data: bytes, rng: random.Random) -> bytes:
        matches = list(re.finditer(pattern, data))
        if not matches:
            return data
        m = rng.choice(matches)
        return data[:m.start()] + rng.choice(replacements) + data[m.end():]
    return mutate


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(1, len(data))]


def _cut_and_splice(data: bytes, rng: random.Random) -> bytes:
    a, b = sorted(rng.randrange(len(data)) for _ in range(2))
    c = rng.randrange(len(data))
    return data[:c] + data[a:b] + data[c:]


def _delete_span(data: bytes, rng: random.Random) -> bytes:
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.randint(1, 200):]


# Each kind of damage, by name: the structure a PDF reader trusts (boxes,
# fonts, resources, lengths, references, the cross-reference table) made wrong.
PDF_MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "media_box": _replace_token(rb"/MediaBox\s*\[[^\]]*\]", [
        b"/MediaBox [0 0]", b"/MediaBox []", b"/MediaBox [0 0 0 0]", b"/MediaBox [a b c d]",
        b"/MediaBox 5", b"/MediaBox [0 0 -1e308 1e308]", b"/MediaBox [0 0 595 842 1 2]", b"/MediaBox null"]),
    "fonts": _replace_token(rb"/Font\s*<<", [b"/Font [", b"/Font 7 <<", b"/Font null <<", b"/Font (x) <<"]),
    "font_entries": _replace_token(rb"/(?:Subtype|BaseFont|Encoding|ToUnicode|DescendantFonts|CIDToGIDMap|"
                                   rb"FontDescriptor|Widths|W|FirstChar)\b", [
        b"/Subtype", b"/Nothing", b"/ToUnicode 0 R /X", b"/DescendantFonts [ 999 0 R ] /X", b"/Widths 5 /X",
        b"/W [1 [2 (x)]] /X", b"/CIDToGIDMap 3 0 R /X", b"/FirstChar -5 /X"]),
    "resources": _replace_token(rb"/Resources\s*(?:<<|\d+ \d+ R)", [b"/Resources [", b"/Resources 5 ",
                                                                     b"/Resources null ", b"/X <<"]),
    "lengths": _replace_token(rb"/Length\s+\d+", [b"/Length 0", b"/Length 999999", b"/Length -1", b"/Length x"]),
    "references": _replace_token(rb"\d+ 0 R", [b"999 0 R", b"0 0 R", b"1 0 R", b"-1 0 R", b"1 99 R"]),
    "numbers": _replace_token(rb"(?<=[\s\[])\d+(?:\.\d+)?(?=[\s\]])", [b"1e400", b"-0", b"NaN", b"99999999999999999999",
                                                                       b"-5", b"0.0000001"]),
    "names": _replace_token(rb"/[A-Za-z]+", [b"/", b"/#00", b"/\xff\xfe", b"/Type", b"/Page", b"/Kids"]),
    "xref": _replace_token(rb"startxref\s+\d+", [b"startxref 0", b"startxref 999999", b"startxref -1"]),
    "objects": _replace_token(rb"endobj|endstream|stream", [b"", b"endobj endobj", b"stream"]),
    "kids": _replace_token(rb"/Kids\s*\[[^\]]*\]", [b"/Kids []", b"/Kids [1 0 R]", b"/Kids 5", b"/Kids [null]"]),
    "count": _replace_token(rb"/Count\s+\d+", [b"/Count 0", b"/Count -1", b"/Count 1000000"]),
    "flip_bytes": _flip_bytes,
    "truncate": _truncate,
    "splice": _cut_and_splice,
    "delete": _delete_span,
}


def mutated_pdfs(count: int, seed: int = 16, base: bytes | None = None) -> Iterator[tuple[str, bytes]]:
    """``count`` (name, bytes) PDFs, each the sample PDF with one to three
    kinds of damage; the name says which (``0007-media_box+lengths.pdf``)."""
    rng = random.Random(seed)
    base = base if base is not None else SAMPLE_PDF.read_bytes()
    kinds = sorted(PDF_MUTATIONS)
    for i in range(count):
        chosen = [kinds[i % len(kinds)]] + rng.sample(kinds, rng.randint(0, 2))
        data = base
        for kind in chosen:
            data = PDF_MUTATIONS[kind](data, rng)
        yield f"{i:04d}-{'+'.join(chosen)}.pdf", data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the fuzzing harness's hostile inputs into a folder.")
    parser.add_argument("folder", type=Path, help="where to write them (created)")
    parser.add_argument("--scale", type=float, default=1.0, help="size of the hostile texts (1.0: full size)")
    parser.add_argument("--pdfs", type=int, default=1000, help="how many mutated PDFs")
    parser.add_argument("--overprinted", type=int, default=800, help="lines of the overprinted PDF (0: none)")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    for name, data in hostile_texts(args.scale).items():
        (args.folder / name).write_bytes(data)
    for name, data in mutated_pdfs(args.pdfs):
        (args.folder / name).write_bytes(data)
    if args.overprinted:
        (args.folder / "overprinted.pdf").write_bytes(overprinted_pdf(args.overprinted))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
