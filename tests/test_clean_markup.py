"""The markup of a line (``clean._clean_line``): a line holding none of ``_MARKUP_CHARS`` is searched
for the white space kinds alone, which finds what the whole expression finds there."""
from __future__ import annotations

from pipeline import config
from pipeline.text.clean import _MARKUP, _MARKUP_CHARS, _SPACE_MARKUP


def _found(pattern, text: str, start: int, end: int) -> list:
    return [(m.span(), m.lastgroup, m.group()) for m in pattern.finditer(text, start, end)]


def test_lines_without_markup_characters_give_the_same_matches():
    texts = [path.read_text(encoding="utf-8") for path in sorted(config.RAW.glob("*.txt"))]
    texts += ["TNF-α  和 IL-6 促进 炎症\u00a0\u00a0反应", "白细胞 介素\t6", "IL-6  [1] 与 $\\alpha$ 和 **IL-1**", "a\u3000\u3000b  c"]
    lines = checked = 0
    for text in texts:
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            for a, b in ((start, end), (start + 1, end), (start, max(start, end - 1))):  # inside a text, as cleaned
                whole = _found(_MARKUP, text, a, b)
                if _MARKUP_CHARS.search(text, a, b) is None:
                    assert _found(_SPACE_MARKUP, text, a, b) == whole
                    checked += bool(whole)
            lines += 1
            start = end + 1
    assert lines > 500 and checked > 20
