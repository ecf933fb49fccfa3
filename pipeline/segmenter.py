"""jieba's tokenizer with its word graph and best route read with less Python per character.

jieba cuts a block of text in two steps that every cut of the pipeline pays for (the
new-name pass's ``segmenter.cut``, the relation reader's and the paper names' part-of-speech
tagger, which asks its tokenizer for the same two): ``get_DAG`` lists, for each character,
where the dictionary's words that start there end, and ``calc`` walks the graph back to front
for the most probable route. ``Segmenter`` gives the same graph and the same route, the same
floating-point sums in the same order, with the dictionary's lookups bound once per call and
one lookup per prefix instead of two: about a fifth less time, the words unchanged
(tests/test_segmenter.py compares both on the project's texts).
"""
from __future__ import annotations

import functools
from math import log


@functools.lru_cache(maxsize=1)
def segmenter_class():
    """``jieba.Tokenizer`` with ``get_DAG`` and ``calc`` as described in the module docstring."""
    import jieba

    class Segmenter(jieba.Tokenizer):
        def get_DAG(self, sentence):
            if not self.initialized:
                self.initialize()
            return word_graph(sentence, self.FREQ.get)

        def calc(self, sentence, DAG, route):
            best_route(sentence, DAG, route, self.FREQ.get, log(self.total))

    return Segmenter


def word_graph(sentence: str, freq) -> dict[int, list[int]]:
    """jieba's ``get_DAG``: for each position, the last positions of the dictionary words that
    start there (``freq``: the dictionary's counts, 0 for a mere prefix, None for no entry),
    or the position itself where none does."""
    graph = {}
    n = len(sentence)
    for k in range(n):
        ends = []
        i = k
        frag = sentence[k]
        while i < n:
            count = freq(frag)
            if count is None:
                break
            if count:
                ends.append(i)
            i += 1
            frag = sentence[k:i + 1]
        graph[k] = ends or [k]
    return graph


def best_route(sentence: str, graph: dict, route: dict, freq, logtotal: float) -> None:
    """jieba's ``calc``: ``route[k]`` = (log probability of the best route from ``k`` to the
    end, the last position of its first word), filled back to front."""
    n = len(sentence)
    route[n] = (0, 0)
    for idx in range(n - 1, -1, -1):
        ends = graph[idx]
        if len(ends) == 1:
            x = ends[0]
            route[idx] = (log(freq(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
        else:
            route[idx] = max((log(freq(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x) for x in ends)
