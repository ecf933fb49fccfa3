"""jieba's accurate cut (``Tokenizer.cut(text)``: no full mode, HMM on), word for word, with
less Python per character.

jieba cuts a block (``re_han_default``) in three passes: ``get_DAG`` lists, for each
character, where the dictionary's words that start there end (a dict of lists, each
prefix looked up twice); ``calc`` walks the block backwards and keeps, at each
character, the best-scoring word (``max`` over a generator of tuples); ``__cut_DAG``
follows the best words forwards and hands the runs of single characters no word
covers to its HMM (``finalseg``). ``cut`` here does the first two in one backward
loop over the same prefixes with the same arithmetic (``log(freq) - logtotal +
score``, the later end winning a tie, as ``max`` over ``(score, end)`` does), and the
third as jieba does, so its words are jieba's. The segmenter's own ``cut`` stays
as it is (``make bench`` times it alone).
"""
from __future__ import annotations

from math import log


def cut(text: str, segmenter) -> list[str]:
    """``list(segmenter.cut(text))``, for a ``jieba.Tokenizer`` (jieba is imported on first use,
    as the segmenter is made: a run with nothing to read never loads it)."""
    from jieba import re_han_default, re_skip_default

    segmenter.check_initialized()
    words: list[str] = []
    for block in re_han_default.split(text):
        if not block:
            continue
        if re_han_default.match(block):
            words += _cut_block(block, segmenter.FREQ, log(segmenter.total))
            continue
        for piece in re_skip_default.split(block):
            if re_skip_default.match(piece):
                words.append(piece)
            else:
                words += piece
    return words


def _best_ends(block: str, freq: dict, logtotal: float) -> list[int]:
    """For each character of ``block``, the end (exclusive) of the word jieba's ``calc``
    takes from there: its words in the dictionary (a frequency above 0), or the character
    alone, scored as ``calc`` scores them."""
    n = len(block)
    get = freq.get
    score = [0.0] * (n + 1)
    ends = [0] * n
    for k in range(n - 1, -1, -1):
        best, best_end = _NONE, -1
        f = get(block[k])
        if f is not None:  # the character begins some word of the dictionary
            i = k
            while True:
                if f:
                    s = log(f) - logtotal + score[i + 1]
                    if s >= best:
                        best, best_end = s, i
                i += 1
                if i == n:
                    break
                f = get(block[k:i + 1])
                if f is None:
                    break
        if best_end < 0:  # no word starts here: the character alone
            best, best_end = log(get(block[k]) or 1) - logtotal + score[k + 1], k
        score[k], ends[k] = best, best_end + 1
    return ends


_NONE = float("-inf")  # below every score


def _cut_block(block: str, freq: dict, logtotal: float) -> list[str]:
    """jieba's ``__cut_DAG`` of one block: the best words, each run of single characters
    that is no word of the dictionary read by the HMM."""
    ends = _best_ends(block, freq, logtotal)
    words: list[str] = []
    x, n, buf = 0, len(block), ""
    while x < n:
        y = ends[x]
        if y - x == 1:
            buf += block[x]
        else:
            if buf:
                words += _single_run(buf, freq)
                buf = ""
            words.append(block[x:y])
        x = y
    if buf:
        words += _single_run(buf, freq)
    return words


def _single_run(buf: str, freq: dict) -> list[str]:
    if len(buf) == 1:
        return [buf]
    if not freq.get(buf):
        from jieba import finalseg

        return list(finalseg.cut(buf))
    return list(buf)
