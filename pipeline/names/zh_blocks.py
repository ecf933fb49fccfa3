"""jieba's words of a text, cut only in the blocks a caller asks for.

jieba cuts a text block by block: a block is a run of Han characters, Latin letters,
digits and ``+#&._%-`` (its ``re_han_default``), and the words of one block never depend
on another's. So ``words_in_blocks(text, segmenter, needed)`` is ``segmenter.cut(text)``
word for word in every block ``needed(start, end)`` accepts, and gives any other block
as one word: a caller that only looks at some blocks (the new-name pass, at those that
hold a head word) pays for those only.
"""
from __future__ import annotations

import re
from typing import Callable

from ..memo import OwnedMemo

# jieba's block pattern (jieba.re_han_default), written out so that a change there shows
# up in the tests (tests/test_zh_blocks.py cuts texts both ways)
HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
# jieba's pattern of what it gives whole between blocks (jieba.re_skip_default): a line break
# \r\n or one white space character; every other character there is a word of its own
SKIP = re.compile("(\r\n|\\s)", re.U)
# The words of short blocks and of what lies between blocks, already cut (，, 的, IL-6, a name and
# the particle after it recur in every paper), by segmenter; a longer block is cut again each time
_CUTS = OwnedMemo(50_000)
CUT_MEMO_LONGEST = 12


def words_in_blocks(text: str, segmenter, needed: Callable[[int, int], bool]) -> list[tuple[str, bool]]:
    """(word, cut) for the words of ``text``: jieba's (``cut``) in a block ``needed(start, end)``
    accepts and between blocks, the whole block as one word (not ``cut``) in any other; the
    words end to end make ``text``. jieba's ``cut`` splits its text into blocks and what lies
    between them the same way and cuts each on its own: a block here goes straight to its
    block cutter (``Segmenter.block_words``)."""
    words: list[tuple[str, bool]] = []
    memo = _CUTS.of(segmenter)
    pos = 0
    for k, piece in enumerate(HAN_BLOCK.split(text)):  # odd k: a block
        end = pos + len(piece)
        if not k % 2:
            if piece:
                words.extend(memo.get(piece) or _remembered(memo, piece, _between_blocks(piece)))
        elif needed(pos, end):
            words.extend(memo.get(piece) or _remembered(memo, piece, segmenter.block_words(piece)))
        else:
            words.append((piece, False))
        pos = end
    return words


def _remembered(memo: dict, piece: str, words) -> tuple[tuple[str, bool], ...]:
    """(word, True) for ``words``, the words of ``piece``; kept in ``memo`` when the piece is short."""
    cut = tuple((word, True) for word in words)
    if len(piece) <= CUT_MEMO_LONGEST:
        memo[piece] = cut
    return cut


def _between_blocks(piece: str):
    """jieba's words of text between two blocks (``Tokenizer.cut``): each character, ``\\r\\n`` whole."""
    for part in SKIP.split(piece):
        if SKIP.match(part):
            yield part
        else:
            yield from part


def head_blocks(text: str, spans, rules, free: bool, modifier_chars: int) -> Callable[[int, int], bool]:
    """Which blocks of ``text`` the new-name pass reads (``newnames._chinese_phrases``): a
    block that holds a head word of ``rules`` (``newnames.NewNameRules``; when ``free``: some head may end a new phrase) or the
    end of a name in ``spans`` that ends in a Han character (a name may head a phrase),
    every block a phrase's modifiers may reach back into (``modifier_chars`` characters before
    the head's block or name, and a prefix of ``rules`` before them), and the block after each of those
    (the word after a head) when only spaces stand between. No other block's words matter."""
    from ..textnorm import is_cjk

    reach = modifier_chars + max(map(len, rules.prefixes), default=0) + 1
    regions = []  # (first, last) characters a phrase around a head may touch
    if free and rules.zh_heads:
        heads = rules.zh_head_pattern
        for m in HAN_BLOCK.finditer(text):
            if heads.search(m.group()):
                regions.append((m.start() - reach, m.end()))
    regions += [(a - reach, b) for a, b, _ in spans if b > a and is_cjk(text[b - 1])]

    covered = bytearray(len(text) + 1)  # 1: a character some region touches
    after = set()  # where the first word after a region's last character starts, past spaces only
    for first, last in regions:
        first = max(first, 0)
        covered[first:last + 1] = b"\x01" * (last + 1 - first)
        nxt = last
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt > last:
            after.add(nxt)

    def needed(start: int, end: int) -> bool:
        return start in after or covered.find(1, start, end) != -1
    return needed
