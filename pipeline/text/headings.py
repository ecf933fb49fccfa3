"""Headings that start a line of running text: Markdown, bold and numbered headings (a numbered
title may run into its paragraph, ended by an ideographic space), and a numbered heading the
sentence splitter cut out of a paragraph (``inline_heading``)."""
from __future__ import annotations

import re

from .line_patterns import (BOLD_HEADING, MD_HEADING, NUMBERED, SENTENCE_END, balanced, ends_sentence,
    looks_like_paragraph)


def heading_at(text: str, lines: list[tuple[int, int]], i: int):
    """A heading that starts line ``i``: ``(heading pieces, rest of the
    paragraph or None, index of the next line)``, or None.

    Headings come as Markdown (``## 1 LIF简介``), bold (``**2.4 标题** 正文``),
    numbered lines (``1. 引言``), and, in some journals, a numbered title run
    into its paragraph and ended by an ideographic space
    (``1.1.1 促进肿瘤细胞增殖和存活　如造血干细胞…``), sometimes broken
    across two lines.
    """
    start, end = lines[i]
    line = text[start:end]
    if MD_HEADING.match(line):
        return [(start, end)], None, i + 1
    m = BOLD_HEADING.match(line)
    if m:
        return [(start, start + m.end())], (start + m.end(), end), i + 1
    m = NUMBERED.match(line)
    if not m or bare_number_glued(m):
        return None
    title_start = start + m.end()
    gap = text.find("\u3000", title_start, end)
    if gap != -1 and "。" not in text[title_start:gap] and gap - title_start <= 80:
        return [(start, gap)], (gap + 1, end), i + 1
    title = text[title_start:end].strip()
    if i + 1 < len(lines) and len(title) <= 40 and not ends_sentence(title):
        n_start, n_end = lines[i + 1]
        gap = text.find("\u3000", n_start, min(n_end, n_start + 40))
        if gap != -1 and "。" not in text[n_start:gap] and not NUMBERED.match(text[n_start:n_end]):
            return [(start, end), (n_start, gap)], (gap + 1, n_end), i + 2
    if len(title) <= 40 and not ends_sentence(title) and balanced(title) \
            and not re.match(r"^[\d.]", title) and not looks_like_paragraph(title):
        return [(start, end)], None, i + 1
    if "." in m.group(1).strip(".") or m.group(1)[-1:] in ".、．":
        # ``2.2 BMSC对AML的作用 白血病细胞与…``: a multi-level number, a short
        # title, a space, then the paragraph.
        sp = re.search(r"\s", text[title_start:end])
        if sp and 2 <= sp.start() <= 30:
            cut = title_start + sp.start()
            head = text[title_start:cut]
            if balanced(head) and not any(p in head for p in "，。,;；：:"):
                return [(start, cut)], (cut + 1, end), i + 1
    return None


def bare_number_glued(m: re.Match) -> bool:
    """``49细胞中的…``: a bare number glued to the text after it starts a
    line broken inside a sentence (``A5`` / ``49细胞``), not a heading,
    which puts a space after a bare number (``1 引言``)."""
    number = m.group(1)
    return number.isdigit() and m.end(1) == m.end()


def inline_heading(s: str) -> bool:
    return bool(NUMBERED.match(s)) and len(s) <= 60 and s.rstrip()[-1:] not in SENTENCE_END + "."
