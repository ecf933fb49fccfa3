"""``matcher.find_matches`` tries the candidates at a position longest first and keeps the first one
``accept`` takes: the same matches as trying every candidate, shortest first, and keeping the last
one taken (how it read them before), on every sentence of the sample papers, with vetoes."""
from __future__ import annotations

from pipeline import config
from pipeline.names.matcher import Match, FoldedText, _with_plural, find_matches, on_boundaries
from pipeline.reading.read import read_document
from pipeline.sentences.segment import segment


def _every_candidate(text: str, tries, accept) -> list[Match]:
    """find_matches as it read the candidates of a position before: all of them, shortest first."""
    ft = FoldedText.of(text)
    folded, origin, n = ft.folded, ft.origin, len(ft.folded)
    found = [trie.starts(folded) for trie in tries]
    out, i = [], 0
    for i_start in sorted({p for starts in found for p in starts}):
        if i_start < i:
            continue
        i = i_start
        if i > 0 and origin[i - 1] == origin[i]:
            continue
        best, by_end = None, {}
        for starts in found:
            for j, payloads in starts.get(i, ()):
                by_end.setdefault(j, []).extend(payloads)
        for j, payloads in sorted(by_end.items()):
            start, end = origin[i], origin[j - 1] + 1
            if j < n and origin[j] == origin[j - 1]:
                continue
            end = _with_plural(text, start, end, folded[i:j])
            if not on_boundaries(text, start, end):
                continue
            m = Match(start, end, folded[i:j], tuple(payloads))
            if accept is None or accept(m):
                best = m
        if best:
            out.append(best)
            while i < n and origin[i] < best.end:
                i += 1
        else:
            i += 1
    return out


def test_longest_first_finds_what_every_candidate_found(resources):
    texts = [v.clean.text for path in sorted(config.RAW.glob("*.txt")) for v in segment(read_document(path))]
    vetoes = [None, lambda m: len(m.key) % 3 != 1, lambda m: not m.key.isascii(), lambda m: m.end - m.start > 4]
    found = 0
    for text in texts:
        for accept in vetoes:
            got = find_matches(text, [resources.trie], accept)
            assert got == _every_candidate(text, [resources.trie], accept)
            found += len(got)
    assert found > 5000
