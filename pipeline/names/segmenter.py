"""jieba's tokenizer with its word graph and best route read with less Python per character.

jieba cuts a block of text in two steps that every cut of the pipeline pays for (the
new-name pass's ``segmenter.cut``, the relation reader's and the paper names' part-of-speech
tagger, which asks its tokenizer for the same two): ``get_DAG`` lists, for each character,
where the dictionary's words that start there end, and ``calc`` walks the graph back to front
for the most probable route. ``Segmenter`` gives the same graph and the same route, the same
floating-point sums in the same order, with the dictionary's lookups bound once per call and
one lookup per prefix instead of two: about a fifth less time, the words unchanged
(tests/test_segmenter.py compares both on the project's texts). Where it cuts (``cut``, and the
tagger's cut in ``resources.py``), graph and route are one pass (``routes``): each word found
is scored as it is found, back to front, with no graph kept and no second lookup of it.
"""
from __future__ import annotations

import functools
import marshal
import os
import tempfile
from math import log

from ..memo import OwnedMemo


@functools.lru_cache(maxsize=1)
def segmenter_class():
    """``jieba.Tokenizer`` with ``get_DAG`` and ``calc`` as described in the module docstring."""
    from .jieba_import import import_jieba

    jieba = import_jieba()  # without pkg_resources (jieba_import.py)

    class Segmenter(jieba.Tokenizer):
        def initialize(self, dictionary=None):
            if dictionary or self.initialized or not read_default_cache(self):
                super().initialize(dictionary)

        def get_DAG(self, sentence):
            if not self.initialized:
                self.initialize()
            return word_graph(sentence, self.FREQ.get)

        def calc(self, sentence, DAG, route):
            best_route(sentence, DAG, route, self.FREQ.get, log(self.total))

        def routes(self, sentence):
            """``calc``'s route over ``get_DAG``'s graph, as a list, in one pass (``routes``)."""
            if not self.initialized:
                self.initialize()
            return routes(sentence, self.FREQ.get, log(self.total))

        def block_words(self, block: str) -> list[str]:
            """The words of one block of ``cut`` (a run of ``jieba.re_han_default``), as ``cut`` gives them."""
            return list(self._Tokenizer__cut_DAG(block))

        def _Tokenizer__cut_DAG(self, sentence):  # jieba's, its graph and route made by ``routes``
            freq = self.FREQ.get
            for piece, is_run in route_pieces(sentence, self.routes(sentence)):
                if is_run:
                    yield from _unknown_run(piece, freq)
                else:
                    yield piece

    return Segmenter


def read_default_cache(tokenizer) -> bool:
    """jieba's initialisation from the cache it keeps of its default dictionary's prefix table
    (``jieba.cache`` in the temporary folder), the same table read whole: ``marshal.load`` on
    the open file, as jieba reads it, makes a read call per word and per count (a million of
    them), ``marshal.loads`` of the file's bytes none (0.65-0.9 -> 0.26-0.30 CPU s, at every
    start of a run, in the driver before the pool forks). False, for ``initialize`` to do it
    jieba's way, for another dictionary, a cache file of the tokenizer's own, or a cache that
    is missing or cannot be read (jieba builds it and writes it)."""
    import jieba

    if tokenizer.dictionary != jieba.DEFAULT_DICT or tokenizer.cache_file:
        return False
    path = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), "jieba.cache")
    with tokenizer.lock:
        if not tokenizer.initialized:
            try:
                with open(path, "rb") as cache:
                    tokenizer.FREQ, tokenizer.total = marshal.loads(cache.read())
            except Exception:  # noqa: BLE001 - as jieba: a cache that cannot be read is built again
                return False
            tokenizer.initialized = True
    return True


def route_pieces(sentence: str, route: list):
    """jieba's ``__cut_DAG`` walk of a route: (piece, is_run) in text order, a word of two or
    more characters as it is (False), a run of single characters gathered whole (True), for the
    caller to cut as jieba does (``_unknown_run`` here, the tagger's in ``resources.py``)."""
    x, n, start = 0, len(sentence), None
    while x < n:
        y = route[x][1] + 1
        if y - x == 1:
            start = x if start is None else start
        else:
            if start is not None:
                yield sentence[start:x], True
                start = None
            yield sentence[x:y], False
        x = y
    if start is not None:
        yield sentence[start:], True


def _unknown_run(buf: str, freq):
    """jieba's ``__cut_DAG`` on a run of single characters: one character alone, the run's
    own characters when the run is a word, else its HMM's words (``finalseg``)."""
    from jieba import finalseg

    if len(buf) == 1:
        yield buf
    elif not freq(buf):
        if len(buf) > RUN_MEMO_LONGEST:
            yield from finalseg.cut(buf)
            return
        memo = _RUNS.of(finalseg)
        words = memo.get(buf)
        if words is None:
            words = memo[buf] = tuple(finalseg.cut(buf))
        yield from words
    else:
        yield from buf


# What finalseg's model (which depends on nothing but the run) makes of a short run of single
# characters (中的, 起着): the same few runs recur in every paper
RUN_MEMO_LONGEST = 12
_RUNS = OwnedMemo(50_000)


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


def routes(sentence: str, freq, logtotal: float) -> list[tuple[float, int]]:
    """``best_route`` over ``word_graph``'s graph in one pass, back to front: ``route[k]`` for
    ``k`` < len(sentence) as ``best_route`` gives it (the same sums, and of equal sums the
    longer word, as ``max`` over (sum, end) chooses), each word scored as it is found."""
    n = len(sentence)
    route: list = [None] * n + [(0, 0)]
    score = [0.0] * (n + 1)  # route[k][0], read without a tuple made per word
    for idx in range(n - 1, -1, -1):
        best_end = -1
        best = 0.0
        i = idx
        frag = sentence[idx]
        while True:
            count = freq(frag)
            if count is None:
                break
            if count:
                p = log(count) - logtotal + score[i + 1]
                if best_end < 0 or p >= best:  # the ends grow: of equal sums the longer word, as max over (sum, end)
                    best, best_end = p, i
            i += 1
            if i == n:
                break
            frag = sentence[idx:i + 1]
        if best_end < 0:
            best, best_end = log(freq(sentence[idx]) or 1) - logtotal + score[idx + 1], idx
        score[idx] = best
        route[idx] = (best, best_end)
    return route


MIN_FLOAT = -3.14e100  # jieba.posseg.viterbi's: an emission the model never saw
MIN_INF = float("-inf")  # and a transition it never saw


def tag_states(obs: str, states, start_p, trans_p, emit_p) -> tuple[float, list]:
    """jieba.posseg's ``viterbi``: the most probable (position, tag) state of each character
    of ``obs`` under its HMM, and that route's log probability; the same sums in the same
    order, the best previous state of each state chosen as ``max`` over (probability, state)
    chooses it, without a tuple per candidate."""
    all_states = trans_p.keys()
    first = {}
    path = [{}]
    for y in states.get(obs[0], all_states):
        first[y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        path[0][y] = ""
    probs = first
    for t in range(1, len(obs)):
        before = [(x, probs[x], trans_p[x]) for x in path[t - 1] if len(trans_p[x]) > 0]
        expected = {y for _, _, nxt in before for y in nxt}
        chosen = set(states.get(obs[t], all_states)) & expected or expected or all_states
        char = obs[t]
        now, back = {}, {}
        for y in chosen:
            emit = emit_p[y].get(char, MIN_FLOAT)
            best_p = best_s = None
            for x, p0, nxt in before:
                p = p0 + nxt.get(y, MIN_INF) + emit
                if best_s is None or p > best_p or (p == best_p and x > best_s):
                    best_p, best_s = p, x
            now[y] = best_p
            back[y] = best_s
        probs = now
        path.append(back)
    prob, state = max((probs[y], y) for y in path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = path[i][state]
    return prob, route


def tagged_words(run: str, states: list, pair) -> list:
    """jieba.posseg's words of ``run`` from its characters' states (``tag_states``): a word
    ends at an ``E`` or is an ``S``; what is left after the last is one word."""
    words = []
    begin = nexti = 0
    for i, char in enumerate(run):
        place, tag = states[i]
        if place == "B":
            begin = i
        elif place == "E":
            words.append(pair(run[begin:i + 1], tag))
            nexti = i + 1
        elif place == "S":
            words.append(pair(char, tag))
            nexti = i + 1
    if nexti < len(run):
        words.append(pair(run[nexti:], states[nexti][1]))
    return words
