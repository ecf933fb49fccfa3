"""The paper's own names: the abbreviations it defines, resolved once per paper.

``document_names`` reads every definition the paper writes (``骨髓基质细胞
(BMSC)``, ``hepatic stellate cells (HSCs)``; ``abbreviations.py`` finds them)
and decides which concept each short form names in this paper: the
dictionary's, the long form's, or a concept local to the paper
(``doc:<doc_id>:<short form>``). The long forms become names of that concept
here. It also decides which of the dictionary's ambiguous short forms the
paper gives context for. ``mentions.py`` then reads the paper's sentences
with these names beside the dictionary's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .abbreviations import Definition, find_definitions, initials_spell
from ..dictionary.lexicon import Concept, is_acronym
from .matcher import Trie
from ..records import Document
from ..sentences.segment import SentenceView
from ..textnorm import fold, is_cjk, is_word_char
from ..reading.traditional import reading_text

SECTIONS = frozenset({"abstract", "body", "heading"})  # where mentions are read


@dataclass(frozen=True)
class LocalTerm:
    """A name this paper defines (``BMSC`` = 骨髓基质细胞 here); an
    ``acronym`` (a short form in capitals, ``ALL``) never names a word written
    in lower case (``all``), as in the dictionary."""

    key: str
    concept_id: str
    acronym: bool = False


@dataclass
class DocumentNames:
    """What one paper adds to the dictionary: its abbreviations and concepts."""

    concepts: dict[str, Concept]
    trie: Trie
    defined: set[str]  # folded short forms the paper defines
    ambiguous_ok: set[str]  # folded ambiguous forms accepted in this paper


def all_lower(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha() and c.isascii()]
    return bool(letters) and all(c.islower() for c in letters)



def document_names(doc: Document, views: list[SentenceView], resources) -> DocumentNames:
    """Resolve every abbreviation the paper defines; decide its ambiguous forms."""
    lexicon = resources.lexicon
    names = DocumentNames({}, Trie(), set(), set())
    for view in views:
        if view.sentence.section not in SECTIONS:
            continue
        for d in find_definitions(view.clean.text):
            _add_definition(doc, d, names, resources)
    contexts, search = _context_search(lexicon)
    present = {word for found in search.starts(fold(reading_text(doc))).values() for _, words in found for word in words}
    present.add("")  # a word that folds to nothing is in every text
    for key, words in contexts.items():
        if key in names.defined or any(w in present for w in words):
            names.ambiguous_ok.add(key)
    return names


_CONTEXTS: dict[int, tuple] = {}


def _context_search(lexicon) -> tuple[dict[str, tuple[str, ...]], Trie]:
    """The context words of every ambiguous short form, folded, and the matcher's Trie of them all,
    which finds in one pass over a paper every one it holds (overlapping ones too): not a search of
    the paper per word. Made once per dictionary. A word that folds to nothing is in every paper."""
    cached = _CONTEXTS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        contexts = {key: tuple(fold(w) for r in readings for w in r.context)
                    for key, readings in lexicon.ambiguous.items()}
        search = Trie()
        for word in {w for words in contexts.values() for w in words if w}:
            search.add(word, word)
        cached = (lexicon, contexts, search)
        _CONTEXTS[id(lexicon)] = cached
    return cached[1], cached[2]


def _add_definition(doc: Document, d: Definition, names: DocumentNames, resources) -> None:
    """Record one definition: which concept the short form names in this
    paper, and its long forms as names of that concept here.

    The dictionary is curated, the paper is not: when the dictionary knows
    the short form as one concept and the paper's long form as another, the
    dictionary's reading stands (papers do make mistakes, e.g. a long form
    copied from the wrong line), unless the initials of the English long
    form spell the short form: then the paper uses the short form for
    another thing (``hepatic stellate cells (HSCs)`` in a review of liver
    fibrosis, where the dictionary's HSC is the haematopoietic stem cell).
    A short form the dictionary lists only as ambiguous takes the paper's reading.
    """
    lexicon = resources.lexicon
    key = fold(d.short)
    if key in names.defined:
        return
    long_concept = _long_form_concept(d, lexicon)
    readings = [t.concept_id for t in lexicon.lookup(key) if not (t.acronym and all_lower(d.short))]
    if readings and long_concept is not None and long_concept.id not in readings \
            and d.long_en and initials_spell(d.short, d.long_en):
        readings = []  # the paper's own short form for the long form's concept
    if readings:
        if long_concept is not None and long_concept.id not in readings:
            return
        concept = lexicon.concepts[readings[0]]
    else:
        concept = long_concept or _local_concept(doc, d)
        if concept.id not in lexicon.concepts:
            names.concepts[concept.id] = concept
        names.trie.add(key, LocalTerm(key, concept.id, acronym=is_acronym(d.short)))
        _add_singular(d.short, concept, names, lexicon)
    names.defined.add(key)
    names.ambiguous_ok.add(key)
    # The long forms become names of the concept in this paper, where the
    # dictionary lacks them. A Chinese long form is read back from the
    # bracket and can start with other words ("途径包括核因子 κB"); it is
    # trusted as a name only when short and free of the relation lexicons'
    # words, and when it is not one word of the general vocabulary: the
    # reading back stops at 的, so ``IL-1α的前体(pro-IL-1α)`` gives 前体 and
    # ``…的蛋白激酶(MAPK)`` gives 蛋白激酶, generic words that, made names of
    # the paper, would ground every later 前体 or 蛋白激酶 to that concept.
    zh = _trimmed_chinese(d.long_zh, resources)
    if zh and (len(zh) > 12 or _holds_function_word(zh, resources) or _one_common_word(zh, resources)):
        zh = None
    en = d.long_en if d.long_en and ("en", d.long_en.split()[0].lower()) not in resources.new_names.stops else None
    for long in (en, zh):  # an English long form read from "to its receptor MPL (TpoR)" names nothing
        if long and fold(long) not in resources.trie and not lexicon.lookup(fold(long)):
            names.trie.add(fold(long), LocalTerm(fold(long), concept.id))


def plural_short_form(short: str) -> str | None:
    """The singular of a short form written in the plural: capitals and a final ``s`` (``MCs``, ``TAMs``,
    ``HSCs``); None for any other (``FLS``, ``IL-6``, ``ILCs2``)."""
    stem = short[:-1]
    if len(short) > 2 and short.endswith("s") and stem.isalpha() and stem.isupper():
        return stem
    return None


def _add_singular(short: str, concept: Concept, names: DocumentNames, lexicon) -> None:
    """A paper that defines ``Mast cells (MCs)`` writes the singular where the short form is a modifier
    (``MC functions``, ``MC-deficient mice``): the singular names the same concept in this paper, unless
    the dictionary knows it as something else."""
    singular = plural_short_form(short)
    if singular is None:
        return
    key = fold(singular)
    if key in names.defined or any(t.concept_id != concept.id for t in lexicon.lookup(key)):
        return
    names.trie.add(key, LocalTerm(key, concept.id, acronym=True))
    names.defined.add(key)
    names.ambiguous_ok.add(key)


def _long_form_concept(d: Definition, lexicon) -> Concept | None:
    for long in (d.long_en, d.long_zh):
        if not long:
            continue
        for candidate in _suffixes(long):
            terms = lexicon.lookup(fold(candidate))
            if terms:
                return lexicon.concepts[terms[0].concept_id]
    return None


def _suffixes(long: str):
    """The long form, then ever shorter tails of it that start a word.

    A Chinese long form read back from a bracket can start with a verb
    (``上调核因子-κB受体活化因子配体``); its tail is the name.
    """
    yield long
    if any(is_cjk(c) for c in long):
        # The tail must keep most of the long form: ``细胞`` at the end of
        # ``肿瘤相关巨噬样细胞`` names something far more general.
        for i in range(1, int(len(long) * 0.4) + 1):
            if is_cjk(long[i]) or (not is_word_char(long[i - 1]) and is_word_char(long[i])):
                yield long[i:]


def _trimmed_chinese(long_zh: str | None, resources) -> str | None:
    """A Chinese long form without the verbs and particles that lead into it."""
    if not long_zh:
        return None
    words = resources.pos_tag(long_zh)
    while len(words) > 1 and words[0][1][:1] in ("v", "p", "c", "d", "u", "r", "m", "f"):
        words = words[1:]
    for k in range(1, len(words)):
        # ``巨噬细胞可经脂多糖(LPS)``: a dictionary name after a verb or preposition is the long form
        if any(tag[:1] in ("v", "p", "c", "d", "u") for _, tag in words[:k]) and \
                resources.lexicon.lookup(fold("".join(w for w, _ in words[k:]))):
            return None
    trimmed = "".join(w for w, _ in words).strip()
    return trimmed if sum(1 for c in trimmed if is_cjk(c)) >= 2 else None


def _holds_function_word(name: str, resources) -> bool:
    """A cue word of two characters or more (包括, 通过…) inside the name;
    trigger words are common inside names (受体激活因子) and allowed, and so are the words that
    say what kind of thing a name is (``title`` cues: 蛋白 of 核仁磷酸蛋白1, 原癌基因)."""
    words = [w for w, _ in resources.pos_tag(name)]
    cues = resources.rules.cues
    return any(len(w) >= 2 and cues.get(("zh", w), frozenset()) - _NAME_WORDS for w in words)


_NAME_WORDS = frozenset({"title"})  # cue kinds whose words may stand inside a name


def _one_common_word(name: str, resources) -> bool:
    """``name`` is a single word to the segmenter and not a dictionary name
    (those are looked up before): a word of jieba's general vocabulary
    (前体, 蛋白激酶, 野生型), not a name made of several words."""
    return len(resources.pos_tag(name)) == 1


def _local_concept(doc: Document, d: Definition) -> Concept:
    """A concept only this paper names; its English name is the English long
    form, or the short form when the paper gives only a Chinese one."""
    name = re.sub(r"\s+", " ", d.long_en or d.short).strip()
    return Concept(f"doc:{doc.doc_id}:{d.short}", "other", name)
