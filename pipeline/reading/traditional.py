"""Chinese written in traditional characters, read as simplified, one character for one.

Chinese reviews are also published and mirrored in traditional characters
(``白細胞介素-12``, ``腫瘤``, ``細胞因子``), while the dictionary and every
Chinese construction are written in simplified ones. A paper whose Chinese is
traditional (``script_of``) is read through ``reading_text``: the document
text with each traditional character replaced by its simplified one
(``發`` to ``发``, ``細`` to ``细``). The replacement is character for
character, never a phrase, so the reading text has the length of
``Document.text`` and every offset means the same character in both: the
cleaned view (``clean.py``) is built on the reading text, and every record's
offsets and surface still refer to ``Document.text`` (``腫瘤`` is grounded as
肿瘤 and its surface stays ``腫瘤``).

The character table is OpenCC's (``TSCharacters.txt``, shipped by the
``opencc-python-reimplemented`` package, Apache-2.0): its first simplified
form of each traditional character. A paper is read as traditional when it
holds more characters that only traditional Chinese writes than characters
that only simplified Chinese writes; a simplified paper is never changed.
"""
from __future__ import annotations

import functools
import importlib.resources
import re

from ..records import Document

TRADITIONAL = "traditional"
SIMPLIFIED = "simplified"
# Fewer traditional-only characters than this are a quotation, not a traditional paper.
_MIN_TRADITIONAL = 3


def _opencc_table(name: str) -> list[tuple[str, list[str]]]:
    """The ``(character, its forms)`` rows of one of OpenCC's one-character tables."""
    path = importlib.resources.files("opencc") / "dictionary" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        char, _, forms = line.partition("\t")
        if len(char) == 1 and forms.split():
            rows.append((char, forms.split()))
    return rows


@functools.cache
def _tables() -> tuple[dict[int, str], dict[int, None], dict[int, None]]:
    """The ``str.translate`` table from traditional to simplified (one character
    to one), and the tables that delete the characters only one script writes
    (counted by what they delete, at C speed)."""
    table, only_traditional = {}, []
    for char, forms in _opencc_table("TSCharacters.txt"):
        if len(forms[0]) == 1 and forms[0] != char:
            table[ord(char)] = forms[0]
            if char not in forms:  # 於 (于, 於) and 乾 (干, 乾) are written in simplified text too
                only_traditional.append(char)
    only_simplified = [char for char, forms in _opencc_table("STCharacters.txt") if char not in forms]
    return table, dict.fromkeys(map(ord, only_traditional)), dict.fromkeys(map(ord, only_simplified))


def _count(text: str, deleting: dict[int, None]) -> int:
    return len(text) - len(text.translate(deleting))


def script_of(text: str) -> str | None:
    """``traditional`` when ``text``'s Chinese is written in traditional characters,
    ``simplified`` when it holds Chinese otherwise, None when it holds none. A text with no
    character from U+3400 on (an English paper) holds none of either table's characters: it is
    answered without loading OpenCC's tables."""
    if not _FROM_CJK_A.search(text):
        return None
    _, traditional, simplified = _tables()
    n_traditional, n_simplified = _count(text, traditional), _count(text, simplified)
    if n_traditional >= _MIN_TRADITIONAL and n_traditional > n_simplified:
        return TRADITIONAL
    if n_simplified or n_traditional or _HAN.search(text):
        return SIMPLIFIED
    return None


_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
# Every character of OpenCC's one-character tables, and of ``_HAN``, is from U+3400 (CJK Extension A) on.
_FROM_CJK_A = re.compile("[\u3400-\U0010ffff]")


def to_simplified(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified one;
    as long as ``text``, character for character."""
    return text.translate(_tables()[0])


def reading_text(doc: Document) -> str:
    """The text the pipeline reads ``doc`` in: ``Document.text``, or its simplified
    twin (of the same length) when the paper is written in traditional characters."""
    return to_simplified(doc.text) if doc.zh_script == TRADITIONAL else doc.text
