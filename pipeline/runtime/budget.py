"""A reading budget per sentence: how much the mention and relation readers see at once.

A sentence of a paper holds a few hundred characters and a few dozen names
(the longest of the sample papers and train passages: 578 characters; the
most names: 29). Text that is not prose makes much longer "sentences": a
reference list read as one sentence, a flattened table, a supplement of
DNA sequences or gene lists, a name listed thousands of times. The readers
are not linear in what one sentence holds (the relation reader pairs every
name with the names and triggers around it), so one such sentence would
stall its paper, and a batch with it.

So a sentence longer than ``MAX_CHARS`` characters is read in windows of at
most ``MAX_CHARS``, each cut after a clause boundary (a comma, semicolon or
white space) where the second half of the window has one; and a window
holding more than ``MAX_MENTIONS`` mentions is cut again, before a mention,
into windows of at most that many. Each window is read as a sentence of its
own with the sentence's record (its ``sent_id``, span and section), so every
row still points into the sentence it comes from; a claim whose names lie in
two windows is not read. The ``sentences`` row says how many windows its
sentence was read in (``windows``: 1 for a sentence read whole).

Pure functions over ``SentenceView`` lists; ``batch.extract`` applies them
between segmentation, the mention reader and the relation reader.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..text.clean import CleanText
from ..names.mentions import Found
from ..records import Sentence
from ..sentences.segment import SentenceView

# Twice the longest sentence seen in real papers, or more: a real sentence
# is always read whole.
MAX_CHARS = 1000
MAX_MENTIONS = 40
# Where a window may be cut, latest first: after these characters.
_CLAUSE_ENDS = "；;，,、：:"


def char_windows(views: Iterable[SentenceView], max_chars: int = MAX_CHARS) -> list[SentenceView]:
    """``views`` with every sentence longer than ``max_chars`` cut into windows."""
    return list(iter_char_windows(views, max_chars))


def iter_char_windows(views: Iterable[SentenceView], max_chars: int = MAX_CHARS) -> Iterator[SentenceView]:
    """``char_windows`` one view at a time."""
    for view in views:
        text = view.clean.text
        if len(text) <= max_chars:
            yield view
            continue
        pos = 0
        while pos < len(text):
            end = len(text) if len(text) - pos <= max_chars else _cut(text, pos, pos + max_chars)
            yield _window(view, pos, end)
            pos = end


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a window of ``text[start:limit]``: after the last clause
    boundary in its second half, else after its last white space there,
    else at ``limit``."""
    half = start + (limit - start) // 2
    for fits in (lambda c: c in _CLAUSE_ENDS, str.isspace):
        for i in range(limit, half, -1):
            if fits(text[i - 1]):
                return i
    return limit


def _window(view: SentenceView, a: int, b: int) -> SentenceView:
    clean = view.clean
    return SentenceView(view.sentence, CleanText(clean.text[a:b], clean.starts[a:b], clean.ends[a:b]),
                        view.paragraph)


def mention_windows(views: list[SentenceView], found: list[list[Found]], max_mentions: int = MAX_MENTIONS
                    ) -> tuple[list[SentenceView], list[list[Found]]]:
    """``views`` and their mentions, a view holding more than ``max_mentions``
    mentions cut before a mention into windows of at most that many (a
    mention that overlaps the next one stays with it)."""
    out_views: list[SentenceView] = []
    out_found: list[list[Found]] = []
    for view, fs in zip(views, found):
        if len(fs) <= max_mentions:
            out_views.append(view)
            out_found.append(fs)
            continue
        for a, b, group in _mention_groups(view.clean.text, fs, max_mentions):
            out_views.append(_window(view, a, b))
            out_found.append([replace(f, cstart=f.cstart - a, cend=f.cend - a) for f in group])
    return out_views, out_found


def _mention_groups(text: str, fs: list[Found], max_mentions: int):
    """``(start, end, mentions)`` of each window; mentions sorted by start."""
    fs = sorted(fs, key=lambda f: (f.cstart, f.cend))
    start, i = 0, 0
    while i < len(fs):
        j = min(i + max_mentions, len(fs))
        reach = max(f.cend for f in fs[i:j])
        while j < len(fs) and fs[j].cstart < reach:  # never cut through a mention
            reach = max(reach, fs[j].cend)
            j += 1
        end = fs[j].cstart if j < len(fs) else len(text)
        yield start, end, fs[i:j]
        start, i = end, j


def sentences_read(views: list[SentenceView], windows: list[SentenceView]) -> list[Sentence]:
    """The sentence records of ``views``, each with the number of windows it was read in."""
    counts = Counter(w.sentence.sent_id for w in windows)
    return [v.sentence if counts[v.sentence.sent_id] <= 1
            else replace(v.sentence, windows=counts[v.sentence.sent_id]) for v in views]
