"""Everything loaded from ``dictionaries/`` once per process.

``load_resources()`` is cached: a worker process pays for the dictionary,
the matcher's trie and jieba's model once, not once per paper.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .. import config
from ..names.compositions import load_compositions
from ..dictionary.lexicon import TYPES, DictionaryError, Lexicon, load_lexicon, read_tsv
from ..names.matcher import FuzzyIndex, NamePattern, NamePatterns, Trie
from ..dictionary.new_name_rules import load_new_name_rules
from ..names.segmenter import route_pieces, segmenter_class, tag_states, tagged_words

PATTERN_COLUMNS = ("pattern", "id", "type", "name", "note")
SETTING_COLUMNS = ("setting", "value", "note")
NUMERIC_SETTINGS = frozenset({"fuzzy_threshold"})
TAG_CACHE_SIZE = 50_000  # texts whose jieba tags a process remembers
TAG_CACHE_LONGEST = 12  # only stretches this short are remembered: function words recur in every paper,
# a longer stretch only where a text repeats another (as the copies of make bench's corpus do)


@dataclass(frozen=True)
class Resources:
    lexicon: Lexicon
    trie: Trie
    patterns: NamePatterns
    fuzzy: FuzzyIndex
    settings: dict[str, str]
    rules: object  # relations.RuleData
    folder: Path
    compositions: tuple = ()  # compositions.Composition: ``X 中和``, ``anti-X antibody``
    new_names: object = None  # newnames.NewNameRules: the shapes and head words of names no dictionary knows

    @functools.cached_property
    def segmenter(self):
        """jieba, with every Chinese name of the dictionary as a word."""
        return chinese_segmenter(self.lexicon.chinese_names() + self.rules.chinese_words(), self.rules.joined_words())

    @functools.cached_property
    def tagger(self):
        """jieba's part-of-speech tagger over ``segmenter``. Its table of tags
        is the one jieba.posseg read from the same dictionary file when it was
        imported (reading it again costs seconds in every worker), shared, not
        copied (350,000 words, 30 MB): the segmenter adds no tagged word to it (read from a
        cache of it: ``jieba_import.import_posseg``)."""
        from ..names.jieba_import import import_posseg

        posseg = import_posseg()
        cls = _tagger_class()
        tagger = cls.__new__(cls)
        tagger.tokenizer = self.segmenter
        if self.segmenter.dictionary == posseg.dt.tokenizer.dictionary:
            tagger.word_tag_tab = posseg.dt.word_tag_tab
        else:  # pragma: no cover - a segmenter over another dictionary file
            tagger.load_word_tag(self.segmenter.get_dict_file())
        return tagger

    def pos_tag(self, text: str) -> list[tuple[str, str]]:
        """(word, part of speech) pairs from jieba, dictionary names kept whole; the
        tags of a short text already tagged are remembered (the relation reader tags the
        same short stretches between names, 的, 和, 可以…, again and again)."""
        if len(text) > TAG_CACHE_LONGEST:
            return tagged_pairs(self.tagger, text)
        cache = self._tagged
        tagged = cache.get(text)
        if tagged is None:
            if len(cache) >= TAG_CACHE_SIZE:
                cache.clear()
            tagged = cache[text] = tuple(tagged_pairs(self.tagger, text))
        return list(tagged)

    @functools.cached_property
    def _tagged(self) -> dict[str, tuple]:
        return {}


@functools.lru_cache(maxsize=1)
def _tagger_class():
    """jieba's ``POSTokenizer``, remembering what its model (an HMM over every tag) makes
    of a short run of characters its dictionary does not hold (中的, 起着, 多效性): the
    same few runs recur in every paper, and reading one costs as much as tagging a
    sentence's known words. Only runs up to ``TAG_CACHE_LONGEST`` characters are kept;
    the tags are the model's own, whatever was read before."""
    from ..names.jieba_import import import_posseg

    import_posseg()
    import jieba.posseg

    read_run = jieba.posseg.POSTokenizer._POSTokenizer__cut_detail  # the model's reading of one run
    model = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)
    pair = jieba.posseg.pair

    class Tagger(jieba.posseg.POSTokenizer):
        def _POSTokenizer__cut(self, run):  # jieba's, its model read by segmenter.tag_states
            return tagged_words(run, tag_states(run, *model)[1], pair)

        def _POSTokenizer__cut_DAG(self, sentence):  # jieba's, its graph and route made by ``Segmenter.routes``
            tags, freq = self.word_tag_tab, self.tokenizer.FREQ.get
            for piece, is_run in route_pieces(sentence, self.tokenizer.routes(sentence)):
                if is_run:
                    yield from self._unknown_run(piece, tags, freq)
                else:
                    yield pair(piece, tags.get(piece, "x"))

        def _unknown_run(self, buf, tags, freq):
            """``__cut_DAG`` on a run of single characters: one character alone, or the run's own
            characters when the run is a word, tagged by the dictionary; else the model's words."""
            if len(buf) == 1:
                yield pair(buf, tags.get(buf, "x"))
            elif not freq(buf):
                yield from self._POSTokenizer__cut_detail(buf)
            else:
                for elem in buf:
                    yield pair(elem, tags.get(elem, "x"))

        def _POSTokenizer__cut_detail(self, run):  # what ``POSTokenizer.__cut_DAG`` calls
            if len(run) > TAG_CACHE_LONGEST:
                return read_run(self, run)
            runs = self.__dict__.setdefault("_runs", {})
            pairs = runs.get(run)
            if pairs is None:
                if len(runs) >= TAG_CACHE_SIZE:
                    runs.clear()
                pairs = runs[run] = tuple(read_run(self, run))
            return iter(pairs)

    return Tagger


def tagged_pairs(tagger, text: str) -> list[tuple[str, str]]:
    """``[(p.word, p.flag) for p in tagger.cut(text)]``, made without jieba's ``pair`` objects and
    its three nested generators: jieba.posseg's ``POSTokenizer.__cut_internal`` (blocks of
    ``re_han_internal`` to the tagger's ``__cut_DAG``, the text between them a character at a
    time, as it tags them) and the ``Tagger``'s ``__cut_DAG`` below written out as one loop, the
    same words with the same tags (tests/test_segmenter.py compares both)."""
    import jieba.posseg as posseg

    tagger.makesure_userdict_loaded()
    tags, tokenizer = tagger.word_tag_tab, tagger.tokenizer
    freq = tokenizer.FREQ.get
    han, skip, num, eng = posseg.re_han_internal, posseg.re_skip_internal, posseg.re_num, posseg.re_eng
    out: list[tuple[str, str]] = []
    append = out.append
    for block in han.split(text):
        if han.match(block):
            for piece, is_run in route_pieces(block, tokenizer.routes(block)):
                if not is_run or len(piece) == 1:
                    append((piece, tags.get(piece, "x")))
                elif not freq(piece):
                    out.extend((p.word, p.flag) for p in tagger._POSTokenizer__cut_detail(piece))
                else:
                    out.extend((elem, tags.get(elem, "x")) for elem in piece)
        else:
            for x in skip.split(block):
                if skip.match(x):
                    append((x, "x"))
                else:
                    for xx in x:  # jieba tests ``x``, not ``xx``, for a Latin word: kept so
                        append((xx, "m" if num.match(xx) else "eng" if eng.match(x) else "x"))
    return out


def chinese_segmenter(words: list[str], joined: list[str] = ()):
    """A jieba tokenizer that knows ``words`` and never cuts them in two, and that does not
    keep the ``joined`` words of its own dictionary (明显增加: an adverb and a trigger) whole.
    The names do not count in jieba's total: each word of a route costs log(total), so a total
    grown by every name added made the text around the names cut into fewer, longer words as
    the dictionary grew (可因, a conjunction of jieba's with a count of 3, hid the cue 因 of
    '可因 A 的刺激而被激活' once some 800 Chinese names were added)."""
    try:
        from ..names.jieba_import import import_jieba

        jieba = import_jieba()
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DictionaryError("the Chinese segmenter needs jieba: pip install jieba") from exc
    jieba.setLogLevel(logging.WARNING)
    tokenizer = segmenter_class()()
    tokenizer.check_initialized()
    total = tokenizer.total  # jieba's own: the names below do not change how other text is cut
    for word in words:
        if len(word) >= 2 and " " not in word:
            tokenizer.add_word(word, freq=100000)
    tokenizer.total = total
    for word in joined:
        if tokenizer.FREQ.get(word):
            tokenizer.del_word(word)
    return tokenizer


def load_resources(folder: Path | None = None) -> Resources:
    """Load and validate ``folder`` (default: ``config.DICTIONARIES``) once per
    process; raises ``DictionaryError`` naming file and line."""
    return _load(Path(folder or config.DICTIONARIES))


@functools.lru_cache(maxsize=4)
def _load(folder: Path) -> Resources:
    from ..relations import load_rule_data

    lexicon = load_lexicon(folder)
    trie = Trie()
    for key, terms in lexicon.terms.items():
        plural = ies_plural(key)
        for term in terms:
            trie.add(key, term)
            if plural and plural not in lexicon.terms:
                trie.add(plural, term)
    for key, readings in lexicon.ambiguous.items():
        for reading in readings:
            trie.add(key, reading)
    settings = load_settings(folder / "settings.tsv")
    english = {key: lexicon.concepts[ts[0].concept_id] for key, ts in lexicon.terms.items()
               if ts[0].lang == "en" and len(ts) == 1}
    fuzzy = FuzzyIndex(english, float(settings.get("fuzzy_threshold", "101")))
    return Resources(lexicon, trie, load_patterns(folder / "patterns.tsv"), fuzzy, settings,
                     load_rule_data(folder), folder, tuple(load_compositions(folder / "compositions.tsv")),
                     load_new_name_rules(folder / "new_names.tsv"))


def ies_plural(key: str) -> str | None:
    """The plural of a folded English name in consonant + y (``malignancies``,
    ``therapies``) or in -sis (``metastases``), which the matcher's plural endings
    (-s, -es) do not reach."""
    if len(key) > 3 and key.isascii() and key.isalpha() and key.endswith("y") and key[-2] not in "aeiouy":
        return key[:-1] + "ies"
    last = key.rsplit(" ", 1)[-1]
    if len(last) > 5 and last.isascii() and last.isalpha() and last.endswith("sis"):
        return key[:-2] + "es"  # the Greek plural: metastases, osteolyses
    return None


def load_patterns(path: Path) -> NamePatterns:
    patterns = []
    if path.exists():
        for row, where in read_tsv(path, PATTERN_COLUMNS):
            try:
                regex = re.compile(row["pattern"])
            except re.error as exc:
                raise DictionaryError(f"{where}: bad regular expression: {exc}") from exc
            if row["type"] not in TYPES:
                raise DictionaryError(f"{where}: unknown type {row['type']!r}; one of {', '.join(sorted(TYPES))}")
            patterns.append(NamePattern(regex, row["id"], row["type"], row["name"], where))
    return NamePatterns(patterns)


def load_settings(path: Path) -> dict[str, str]:
    """The settings of ``path`` by name; a value that should be a number and
    is not raises ``DictionaryError("file:line: problem")``."""
    if not path.exists():
        return {}
    settings = {}
    for row, where in read_tsv(path, SETTING_COLUMNS):
        if row["setting"] in NUMERIC_SETTINGS:
            try:
                float(row["value"])
            except ValueError:
                raise DictionaryError(f"{where}: {row['setting']} must be a number, got {row['value']!r}") from None
        settings[row["setting"]] = row["value"]
    return settings
