"""The layout of papers, line by line: the patterns of headings, front matter, reference entries and
list items (their words are dictionaries/sections.tsv's, read by word_patterns.py), and small tests
of one line's text (does it end a sentence, balance its brackets, read as running text). They
describe the layout of papers, not biology; blocks.py, headings.py and sentence_split.py use them."""
from __future__ import annotations

import re

from ..textnorm import han_count, is_cjk
from ..dictionary.word_patterns import section_words

DECOR = r"[\s*#【】\[\]［］:：]*"
# The words of headings and front matter are dictionaries/sections.tsv's (word_patterns.py).
WORDS = section_words()
ABSTRACT = re.compile(r"^" + DECOR + "(" + WORDS.alternation("abstract") + ")" + DECOR, re.I)
KEYWORDS = re.compile(r"^" + DECOR + "(" + WORDS.alternation("keywords") + ")" + DECOR, re.I)
REFERENCES = re.compile(r"^" + DECOR + "(" + WORDS.alternation("references") + ")" + DECOR + r"$", re.I)
FRONT = re.compile(r"^[\s*\\#\[【]*(" + WORDS.alternation("front") + ")", re.I)
# A citation of a paper ("…研究进展[J].实用医学杂志") outside the reference list.
CITATION = re.compile(r"\[[JMCDNP](?:/OL)?\]\s*[.．]")
MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:" + WORDS.alternation("heading_numeral") + r"){1,3}[、.．])\s*(?=\S)")
BOLD_HEADING = re.compile(r"^\s*\*\*(\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*[^*\n]{1,60})\*\*\s*")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[\d{1,3}\]|\d{1,3}[.\s])\s*")
MD_BULLET = re.compile(r"^\s*[-*+]\s+")
# The first line of a reference entry: a list label, or its first author
# (``Bosch, J.M., 1979.``, ``van der Beek, M.``, ``Afgan E, Baker D``, ``M. Bode,``).
ENTRY_START = re.compile(
    r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.?\s*$|\d{1,3}\.\s"
    r"|[A-Z][\w'’\-]+(?:\s(?:van|von|de|der|den|la|le|di|da|du|dos))*(?:\s[A-Z][\w'’\-]+)?,\s(?:[A-Z]\.[\s\-]?){1,4}"
    r"|[A-Z][\w'’\-]+\s[A-Z]{1,3}[,.](?:\s|$)"
    r"|(?:[A-Z]\.\s?-?){1,3}\s?[A-Z][\w'’\-]+,)")
# What a reference holds: a year, volume and pages, a DOI, a type tag ([J]).
REFERENCE_MARK = re.compile(
    r"\b(?:19|20)\d{2}\b|\d+\s*\(\d+\)\s*[:,]|\d+\s*[:,]\s*\d+\s*[-–]\s*\d+|\bdoi\b|\[[JMCDNP]\]", re.I)
# A heading in capitals or after a Roman numeral (``II. RELATED WORK``,
# ``MATERIALS AND METHODS``, ``III. Results``), as English journals set them:
# words of letters, one of six or more (gene symbols are shorter or hold digits).
CAPS_HEADING = re.compile(
    r"^\s*(?:(?:[IVX]{1,4}|\d{1,2})\.?\s+)?(?=[^a-z]*[A-Z]{6})[A-Z][A-Z\-–&,:() ]{5,60}$"
    r"|^\s*[IVX]{1,4}\.\s+[A-Z][a-z]+(?:\s[A-Za-z]+){0,6}$")
# A list item of running text: a bullet glyph, a Markdown bullet, ``(1)``, ``1)`` or a circled
# number. Each item is a paragraph of its own, so no sentence runs from one item into the next.
BULLET = re.compile(r"^\s*(?:[•▪◦●■▸►‣⁃∙·]\s*|[-*+]\s+|[(（]\d{1,2}[)）]\s*|\d{1,2}[)）]\s+|[①-⑳]\s*)(?=\S)")
# The subheadings of papers and structured abstracts, on a line of their own or
# before a colon (``Background: …``): they name a part of the text, never a claim.
SUBHEADING = re.compile(
    r"^" + DECOR + "(" + WORDS.alternation("subheading") + r")\s*(?:[:：]\s*|$)", re.I)
INTRODUCTION = re.compile(WORDS.alternation("introduction"), re.I)
SENTENCE_END = "。！？!?"
# A keyword line without its heading (``SOCS;固有免疫;炎症``): three short items or more between
# semicolons, and no sentence or clause mark; read on its own, never joined to the sentence after it.
KEYWORD_LIST = re.compile(r"^\s*[^。！？!?.,，:：;；、\n]{1,30}(?:\s*[;；]\s*[^。！？!?.,，:：;；、\n]{1,30}){2,}\s*[;；]?\s*$")

CLOSERS = "”’\"'）)」』】]"


def ends_sentence(s: str) -> bool:
    return s[-1:] in SENTENCE_END + ".，,；;、：:"


def balanced(s: str) -> bool:
    return s.count("(") + s.count("（") == s.count(")") + s.count("）")


# A sentence broken over a line break: the line ends in a comma-like mark, or the next opens in lower
# case or with such a mark (``…在骨髓增殖性肿瘤中，`` / ``…epidermal growth`` then ``factor, EGF``).
_GOES_ON_AFTER = "，,、；;-"
_GOES_ON_BEFORE = "，,、；;)）"
# A label before its text is at most this many characters of Chinese, or words of English.
_LABEL_HAN, _LABEL_WORDS = 12, 4


def runs_on(before: str, after: str) -> bool:
    """Line ``before`` goes on into line ``after``: one sentence broken over the two."""
    last, first = before.rstrip()[-1:], after.lstrip()[:1]
    return last in _GOES_ON_AFTER or first in _GOES_ON_BEFORE or (first.isascii() and first.islower())


def label_line(line: str) -> bool:
    """A label on a line of its own before its text (``免疫调节:``, ``Clinical features:``): short,
    ended by a colon, with no clause mark in it (a sentence that leads into a list,
    ``其结构特征如下:``, is longer or has one)."""
    s = line.strip()
    if s[-1:] not in ":：":
        return False
    head = s[:-1].strip(" *#")
    if not head or any(c in "，,;；。.!?！？:：、" for c in head) or not balanced(head):
        return False
    if han_count(head):
        return len(head) <= _LABEL_HAN
    return len(head.split()) <= _LABEL_WORDS and head[:1].isupper()


def starts_chinese_text(line: str) -> bool:
    s = line.strip()
    return sum(1 for c in s[:40] if is_cjk(c)) >= 10


def looks_like_paragraph(line: str) -> bool:
    """Running text: long and with the punctuation of sentences, or a
    shorter line that ends a sentence (titles and author lines do not)."""
    s = line.strip()
    han = han_count(s)
    long_enough = han >= 20 or len(s) >= 100
    if long_enough and any(p in s for p in "，。,.;；"):
        return True
    return s[-1:] in "。！？" and han >= 5 or (s[-1:] in ".!?" and len(s.split()) >= 6)
