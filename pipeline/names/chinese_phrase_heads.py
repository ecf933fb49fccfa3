"""Chinese phrases read in place of the names that only modify their head (``骨髓前体细胞``, ``肺损伤``).

A Chinese phrase of the new-name pass (``newnames._chinese_phrases``: known names and nouns before a
head word of ``dictionaries/new_names.tsv``) spans the names it holds. Where every one of those names
stands before the phrase's head word, and the head is a curated head of a cell population, a process or
a disease that no dictionary name covers, the names only say which cells, which process: the text names
the phrase, and a claim on it is the phrase's (``IL-34 促进骨髓前体细胞的增殖``: precursor cells of the
bone marrow, not the bone marrow). The English side of the same rule is ``overlapping_phrases._names_only_modify``.

The bare class word 细胞, a dictionary name, may be the head itself (``气道结构细胞``: which cells the
text names; ``zh.bare_head`` drops a claim on the bare word there), unless examples follow
(``先天免疫细胞，包括嗜酸性粒细胞…``: the examples stand for the class, SPEC 1).
A head that names nothing alone (``not_alone`` rows: 疾病, 治疗) keeps the names.
A disease right before a cell name (``卵巢癌干细胞``) says which cells, as a plain word before 细胞 does.
Plain nouns before a known process or disease that ends in the head narrow it (``呼吸道组织损伤``: the
injury of the airway tissue); a word of kind or state (``实验性结肠炎``) does not, nor cells (tried: val P fell).
"""
from __future__ import annotations

import functools

from .. import config
from ..dictionary.lexicon import read_tsv
from .overlapping_phrases import MODIFIED_HEAD_TYPES  # the types of phrase read in place of the names that modify it


def names_only_modify(text: str, phrase, names: list, rules, compositions=()) -> bool:
    """Whether ``phrase`` (a Chinese ``via = "phrase"`` mention) ends in a head word of ``rules`` that no
    name of ``names`` (the dictionary's mentions it overlaps) reaches into but the bare head word itself
    (细胞 of 骨髓前体细胞), all of them inside it, and no construction of ``compositions`` reads the head
    on the last of them."""
    if rules is None or phrase.concept.type not in MODIFIED_HEAD_TYPES:
        return False
    surface = text[phrase.cstart:phrase.cend]
    if not surface or not "\u4e00" <= surface[-1] <= "\u9fff":
        return False
    head = rules.zh_head_of(surface)
    if head is None or ("zh", head) in rules.not_alone:
        return False
    head_start = phrase.cend - len(head)
    before = [g for g in names if phrase.cstart <= g.cstart and g.cend <= head_start]
    rest = [g for g in names if g not in before]
    if _composed_on_the_last_name(text, phrase, before, compositions):
        return False
    if not rest:
        return True
    if not before and _narrowed_by_plain_words(text, phrase, rest, head, rules):
        return True
    if _cells_of_a_disease(phrase, before, rest):
        return True
    return all(_head_word(text, g, head_start, phrase, rules) for g in rest) and _may_stand_for_class(text, phrase)


# The types of known name that plain words before it narrow into the phrase (呼吸道组织损伤: an injury of
# the airway tissue, not any tissue damage); a cell name keeps its name (效应T淋巴细胞 was tried: val P fell).
NARROWED_TYPES = frozenset({"process", "disease"})


def _narrowed_by_plain_words(text: str, phrase, rest: list, head: str, rules) -> bool:
    """Whether the phrase is one known name of a process or disease ending in the head, the phrase's end,
    after plain nouns that no dictionary name covers (呼吸道 of 呼吸道组织损伤). A word ending in a bound
    character (性, 型: 实验性结肠炎, an experimental colitis) says what kind or state, and one ending in a
    place word (locative_end of words.tsv: 脑内淀粉样蛋白沉积) says where: both keep the name."""
    if len(rest) != 1 or phrase.concept.type not in NARROWED_TYPES:
        return False
    name = rest[0]
    return name.cend == phrase.cend and name.cstart > phrase.cstart and name.concept.type in NARROWED_TYPES \
        and text[name.cstart:name.cend].endswith(head) and name.cend - name.cstart > len(head) \
        and text[name.cstart - 1] not in rules.bound \
        and _plain_noun(text[phrase.cstart:name.cstart])


def _cells_of_a_disease(phrase, before: list, rest: list) -> bool:
    """Whether the phrase is a disease's name right before a cell's name that ends it (卵巢癌干细胞: the
    stem cells of ovarian cancer, a kind of stem cell; 白血病干细胞): the disease only says which cells,
    as a plain word before the bare class word does; the text names the cells of that disease."""
    if phrase.concept.type != "cell" or len(rest) != 1 or not before:
        return False
    cells = rest[0]
    return cells.concept.type == "cell" and cells.cend == phrase.cend \
        and all(g.concept.type == "disease" for g in before) and max(g.cend for g in before) == cells.cstart


def _composed_on_the_last_name(text: str, phrase, before: list, compositions) -> bool:
    """Whether a Chinese construction of ``compositions.tsv`` (``compositions``, the resources') reads the
    head with the last name before it (T细胞稳态: T cell homeostasis, a name composed on the T cell;
    自然杀伤细胞功能障碍: NK cell dysfunction): the composed name is read, on the dictionary's concept, not
    a new phrase."""
    if not before:
        return False
    name = max(before, key=lambda g: g.cend)
    return any(c.lang == "zh" and c.before is None and c.after is not None and name.concept.type in c.heads
               and (m := c.after.match(text, name.cend)) is not None and m.end() == phrase.cend for c in compositions)


def _head_word(text: str, name, head_start: int, phrase, rules) -> bool:
    """Whether ``name`` is a head word inside the phrase's head, the bare class word (细胞 of 前体细胞): it
    names no particular thing, the phrase does."""
    return head_start <= name.cstart and name.cend <= phrase.cend \
        and rules.zh_head(text[name.cstart:name.cend]) == phrase.concept.type


def _may_stand_for_class(text: str, phrase) -> bool:
    """Whether the phrase may be read in place of the bare class word it ends in: no examples after it
    (``，包括…``)."""
    after = text[phrase.cend:phrase.cend + 6].lstrip(" ，,(（")
    return not after.startswith(_example_words())


def _plain_noun(words: str) -> bool:
    """Whether ``words`` (before the known name) are Han characters holding no cue word of the reader
    (及, 在, 因: a list or a clause ran into the phrase) and not ending in a place word (脑内: where)."""
    return all("\u4e00" <= c <= "\u9fff" for c in words) and not words.endswith(_place_words()) \
        and not any(w in words for w in _cue_words())


@functools.cache
def _chinese_rows(name: str) -> tuple[tuple[str, str], ...]:
    """(kind, word) of the Chinese rows of ``relations/<name>`` (cues.tsv, words.tsv), each file read once."""
    rows = read_tsv(config.DICTIONARIES / "relations" / name, ("kind", "lang", "word", "note"))
    return tuple((r["kind"], r["word"]) for r, _ in rows if r["lang"] == "zh")


@functools.cache
def _cue_words() -> frozenset[str]:
    """The Chinese words of ``relations/cues.tsv`` (conjunctions, prepositions, markers)."""
    return frozenset(word for _, word in _chinese_rows("cues.tsv") if word)


@functools.cache
def _place_words() -> tuple[str, ...]:
    """The Chinese place words that end a locative (``relations/words.tsv`` locative_end: 内, 中, 上)."""
    return tuple(word for kind, word in _chinese_rows("words.tsv") if kind == "locative_end")


@functools.cache
def _example_words() -> tuple[str, ...]:
    """The Chinese example cues of ``relations/cues.tsv`` (如, 包括): what lists the members of a class."""
    return tuple(word for kind, word in _chinese_rows("cues.tsv") if kind == "example")
