"""Names no dictionary knows: gene-shaped tokens and phrases headed by a biomedical word.

A review names far more things than any dictionary lists: a gene symbol the
curators never met (``TRIM21``, ``IL-37b``, ``VEGFR``), a disease, cell or
process named by a phrase (``hepatic stellate cells``, ``joint destruction``,
``胆囊癌``, ``肾间质纤维化``). Two readers find them, on the text the dictionary
passes left, and give each an *ungrounded* concept: id ``new:`` + its folded
name, its name as written (an English plural made singular), so that a
triple can still name it and ``make candidates`` can propose it.

- **shape** (``via = "shape"``, ``shapes.py``): a Latin token shaped like a
  gene or protein symbol (``shape`` rows of ``dictionaries/new_names.tsv``).
- **phrase** (``via = "phrase"``): a head word (``head`` rows: cell, receptor,
  pathway, disease, failure…; 细胞, 受体, 通路, 病, 癌, 纤维化…) or a word with a
  head ending (``suffix`` rows: -itis, -osis, -genesis, -cyte) with the
  modifiers before it: nouns, adjectives, known names, hyphenated compounds
  (``gp130-expressing``). A modifier is never a ``stop`` word (determiners,
  quantifiers, species: "these cells", "human monocytes", "这些细胞"), a
  word of the relation lexicons (triggers, cues: "induces osteoclast…"), an
  adverb (-ly) or a bare participle ("activated T cells" names T cells). A
  Chinese modifier must be a noun or a distinguishing word to jieba (肾, 间质,
  慢性), not a verb or a pronoun. A phrase over a known name of a cell or
  disease (``intestinal tumor``, ``肠道肿瘤``) is a phrase too; after a known
  name, a head that is an aspect word (``osteoclast formation``) is left to
  the relation reader. "A and B damage" also names "A damage" (a dictionary
  name when the dictionary knows it: ``via = "composed"``). A head that takes
  an object (``transitive`` rows) takes it: ``tissue inhibitor of
  metalloproteinase``.

This module holds the phrase reader; the rules (``NewNameRules``) are in
``new_name_rules.py``. A phrase spans the mentions it holds; ``mentions.reading_mentions`` decides which of
the two the relation reader reads.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .english_narrowed_names import narrowed_tail
from .english_process_of import process_of_name
from .english_shared_heads import shared_head_conjuncts, shared_modifier_heads
from ..dictionary.lexicon import Concept
from ..dictionary.new_name_rules import (  # noqa: F401  (re-exported: the rules' readers import them from here)
    ADJECTIVE_ENDINGS, HEAD_MENTION_TYPES, MAX_MODIFIERS, MAX_ZH_MODIFIER_CHARS, ZH_MODIFIER_POS, NewNameRules,
    _EN_TOKEN, load_new_name_rules, modifier_ok, new_concept, plural_or_verb, relation_word, singular_symbol)
from ..textnorm import HAN, depluralize, fold, is_cjk
from .zh_blocks import head_blocks, words_in_blocks


# --- phrases ----------------------------------------------------------------

class _Token(NamedTuple):  # a tuple: a sentence makes hundreds, a frozen dataclass costs more to make
    start: int
    end: int
    text: str
    pos: str = ""
    tail: bool = False  # the rest of a word jieba ran on from a name (医院 of 肿瘤医院)


def phrase_mentions(text: str, spans: list[tuple[int, int, Concept]], rules: NewNameRules, resources):
    """(start, end, Concept, via) for the phrases of ``text`` headed by a biomedical word
    that no dictionary name spans (``via = "phrase"``); ``spans`` are the mentions found
    so far. A shared head that makes a dictionary name of the first conjunct (``bone and
    cartilage damage``: bone damage) is that name, built on the names it holds
    (``via = "composed"``)."""
    lexicon = resources.lexicon
    out: dict[tuple[int, int], tuple[Concept, str]] = {}
    for start, end, name, ctype, shared in _english_phrases(text, spans, rules, resources.rules,
                                                                resources.compositions):
        known = lexicon.lookup(fold(name))
        if not known:
            out.setdefault((start, end), (new_concept(name, ctype), "phrase"))
        elif shared:
            out.setdefault((start, end), (lexicon.concepts[known[0].concept_id], "composed"))
    if HAN.search(text):
        for start, end, name, ctype in _chinese_phrases(text, spans, rules, resources):
            if not lexicon.lookup(fold(name)):
                out.setdefault((start, end), (new_concept(name, ctype), "phrase"))
    for start, end, concept in shared_rest(text, spans, lexicon):
        out.setdefault((start, end), (concept, "composed"))
    return [(s, e, c, via) for (s, e), (c, via) in sorted(out.items()) if not any((a, b) == (s, e) for a, b, _ in spans)]


# --- a symbol that shares the rest of the name after it ------------------------

# The first symbol of a name (M2 of M2 macrophages, CD8+ of CD8+ T细胞), and one that ends before a gap.
_FIRST_SYMBOL = re.compile(r"[A-Za-z0-9α-ωΑ-Ω]+(?:-[A-Za-z0-9α-ωΑ-Ω]+)*\+?")
_SYMBOL_BEFORE = re.compile(r"(?<![A-Za-z0-9α-ωΑ-Ω+-])[A-Za-z0-9α-ωΑ-Ω]+(?:-[A-Za-z0-9α-ωΑ-Ω]+)*\+?$")
# The types of name a symbol may share the rest of: cells by their markers or states (M1/M2, CD4+/CD8+).
SHARED_REST_TYPES = frozenset({"cell"})


@functools.lru_cache(maxsize=1)
def _shared_gap():
    """A slash, or a Chinese conjunction (composition_words.tsv), ending where a name begins."""
    from ..dictionary.word_patterns import composition_words

    words = composition_words().patterns["conjunction"]
    zh = [p for p in words if not p.isascii()]
    en = [p for p in words if p.isascii() and p.isalpha()]
    # an English conjunction only after a suspended hyphen: "T- and B-cell development", "T-, and B-cells"
    return re.compile(r"\s*(?:/|" + "|".join(zh) + r")\s*$|-,?\s+(?:" + "|".join(en) + r")\s+$")


def shared_rest(text: str, spans, lexicon) -> list[tuple[int, int, Concept]]:
    """``M1/M2 macrophages``, ``CD4+/CD8+ T cells``, ``M1/M2巨噬细胞``, ``CD4+和CD8+ T细胞``: a symbol
    joined by a slash or a Chinese conjunction to the first symbol of a known name of a cell shares
    the rest of that name, where the two make a dictionary name of that type: the symbol is a mention
    of it (M1: M1 macrophage), as a word that stands for a name in a coordination is (regrouped.py,
    which reads English and/or). (start, end, concept) of each."""
    out = []
    for a, b, concept in spans:
        if a == 0:
            continue
        gap = _shared_gap().search(text, max(0, a - 8), a)
        symbol = _SYMBOL_BEFORE.search(text, max(0, gap.start() - 30), gap.start()) if gap else None
        first = _first_symbol_end(text, a, b, suspended=gap is not None and gap.group().startswith("-"))
        if symbol is None or first is None:
            continue
        if concept.type not in SHARED_REST_TYPES:  # T、B细胞分化: the cell name that begins a longer name
            b, concept = _shared_name_at(text, a, first, b, lexicon)
            if concept is None:
                continue
        suspended = gap.group().startswith("-")
        while symbol is not None:
            terms = lexicon.lookup(fold(symbol.group() + text[first:b]))
            found = lexicon.concepts.get(terms[0].concept_id) if terms else None
            if found is None or found.id == concept.id or found.type != concept.type \
                    or any(x <= symbol.start() and symbol.end() <= y and c.id == found.id for x, y, c in spans):
                break
            out.append((symbol.start(), symbol.end(), found))
            symbol = _listed_before(text, symbol.start(), suspended)
    return out


# What stands between two symbols of a list before the conjunction: a comma or 、, after a suspended
# hyphen in English ("B-, T- and NK-cells"), or a slash.
_LIST_GAP = {True: re.compile(r"-\s*,\s*$"), False: re.compile(r"\s*[/、]\s*$")}


def _listed_before(text: str, at: int, suspended: bool):
    """The symbol of the list before the one at ``at`` (B of "B-, T- and NK-cells", CD4+ of
    "CD4+、CD8+和…"), or None."""
    gap = _LIST_GAP[suspended].search(text, max(0, at - 6), at)
    return _SYMBOL_BEFORE.search(text, max(0, gap.start() - 30), gap.start()) if gap else None


def _first_symbol_end(text: str, a: int, b: int, suspended: bool) -> int | None:
    """Where the first symbol of the name at ``a`` ends, when something of the name follows it; after
    a suspended hyphen the symbol ends at its own first hyphen (B of B-cell in "T- and B-cell")."""
    first = _FIRST_SYMBOL.match(text, a)
    if first is None:
        return None
    end = first.end()
    if suspended and "-" in first.group():
        end = a + first.group().index("-")
    return end if end < b else None


def _shared_name_at(text: str, a: int, least: int, b: int, lexicon) -> tuple[int, Concept | None]:
    """The end and concept of the longest name of a type ``shared_rest`` reads that begins at ``a``
    and ends after ``least`` but before ``b`` (B细胞 of B细胞分化), or (b, None)."""
    for end in range(b - 1, least, -1):
        for term in lexicon.lookup(fold(text[a:end])):
            concept = lexicon.concepts.get(term.concept_id)
            if concept is not None and concept.type in SHARED_REST_TYPES:
                return end, concept
    return b, None


def _english_phrases(text: str, spans, rules: NewNameRules, data, compositions=()):
    tokens = [_Token(m.start(), m.end(), m.group()) for m in _EN_TOKEN.finditer(text)]
    taken = 0  # the end of a phrase that took its object (the object's own phrase is inside it)
    for i, tok in enumerate(tokens):
        if tok.end <= taken:
            continue
        ctype = rules.en_head(tok.text) or _head_mention_type(tok, spans)
        if ctype is None or _inside_longer(tok.start, tok.end, spans) or not modifier_ok(tok.text, rules, data, head=True):
            continue
        j = i
        while j > 0 and i - j < MAX_MODIFIERS and not text[tokens[j - 1].end:tokens[j].start].strip() \
                and (modifier_ok(tokens[j - 1].text, rules, data) or (j == i and _ends_name(tokens[j - 1], spans))):
            j -= 1
        if j < i and rules.en_head(tok.text) is None and _verb_before_name(tokens, j, text, rules, data):
            j += 1  # "reports highlight IL-25", "biologics that target TSLP": a verb, no modifier of the name
        start = _snap_start(tokens[j].start, tok.end, spans)
        if start is None:
            continue
        modifiers = [t for t in tokens[j:i] if t.start >= start]
        if rules.en_head(tok.text) is None and _holds_name(start, tok.start, spans):
            continue  # IL-17A-induced RANKL: a claim about two names, not a narrower name
        if _composed_after_name(text, start, tok, spans, compositions):
            continue  # IL-10 gene (polymorphisms): a composition of the name, compositions.tsv
        process_of = None if modifiers else process_of_name(text, tok.start, tok.end, spans, rules, data)
        if process_of is not None:
            taken = process_of[0]  # "the elimination of various pathogens": pathogen elimination
            yield tok.start, taken, process_of[1], "process", True
            continue
        if not modifiers and not _names_alone(tok.text, rules, data):
            continue  # a bare head word (cells) names nothing new
        if modifiers and _aspect_after_name(tok.text, start, tok.start, spans, data):
            continue
        if len(modifiers) >= 1 and all(_title_case(t.text) for t in modifiers + [tok]):
            continue  # International Society for Cell & Gene Therapy: an institution, a title
        last = _object_end(tokens, i, text, rules, data, spans) if modifiers and _head_in(tok, rules.transitive) else None
        if last is not None:
            # "tissue inhibitor of metalloproteinases": the phrase with its object
            taken = tokens[last].end
            yield start, taken, f"{_en_name(text[start:tok.end])} of {_en_name(text[tokens[i + 2].start:taken])}", \
                ctype, False
            continue
        if _head_in(tok, rules.partitive) and _OF.match(text, tok.end):
            continue  # "inflammatory populations of T cells": the T cells (the relation reader's quantity)
        if _head_in(tok, rules.transitive) and _OBJECT.match(text, tok.end):
            continue  # "an antagonist of IL-1": the composition reader reads "antagonist of X"
        tail = narrowed_tail(text, modifiers, tok.end, spans, rules)
        if tail is not None:  # "fundamental innate antimicrobial immunity": innate antimicrobial immunity
            yield tail, tok.end, _en_name(text[tail:tok.end]), ctype, False
            continue
        yield start, tok.end, _en_name(text[start:tok.end]), ctype, False
        for other in shared_modifier_heads(tokens, i, text, rules, data) if modifiers else ():
            # "β-adrenergic agonists and antagonists": the second head shares the first's modifiers
            yield start, other.end, _en_name(f"{text[start:tokens[i - 1].end]} {other.text}"), ctype, True
        for other in shared_head_conjuncts(tokens, j, text, rules, data, spans, tok.end) if modifiers else ():
            # "adaptive and innate immune system": the first conjunct shares what follows the second
            yield other.start, tok.end, _en_name(f"{other.text} {text[tokens[j].end:tok.end].strip()}"), ctype, True


def _verb_before_name(tokens, j: int, text: str, rules: NewNameRules, data) -> bool:
    """Whether the first modifier (``tokens[j]``) before a known name is a verb: a bare word in lower
    case, no adjective, after a word a verb follows (``verb_before`` rows: "biologics that target TSLP")
    or after a plural noun, its subject ("recent reports highlight IL-25", "both cytokines share gp130")."""
    word = tokens[j].text
    if j == 0 or not (word.isalpha() and word.islower()) or text[tokens[j - 1].end:tokens[j].start].strip() \
            or word.endswith(ADJECTIVE_ENDINGS) or ("en", word) in rules.qualifiers:
        return False
    before = tokens[j - 1].text.lower()
    return ("en", before) in rules.verb_before or (plural_or_verb(tokens[j - 1].text) and not relation_word("en", before, data))


def _names_alone(word: str, rules: NewNameRules, data) -> bool:
    """Whether a head with no modifier names something of its own: a word a suffix row makes a head (a bare
    -itis word), or a process head of an ``alone`` row of new_names.tsv (``tolerance``, ``egress``); never a
    word the relation reader reads itself (phosphorylation, an aspect word)."""
    low = word.lower()
    if relation_word("en", low, data):
        return False
    by_suffix = rules.en_head(word) and not rules.en_head_row(word)
    return bool(by_suffix) or (("en", low) in rules.alone and rules.en_head(low) == "process")


def _composed_after_name(text: str, start: int, head: _Token, spans, compositions) -> bool:
    """Whether the words from a known name that is the phrase's only modifier up to its head
    are what an English composition reads after that name (``IL-10 gene``, ``IL-10 gene
    polymorphisms``): the composition names it, no new phrase."""
    name = next(((a, b, c) for a, b, c in spans if a == start and b < head.start
                 and not text[b:head.start].strip(" -")), None)
    if name is None:
        return False
    return any(c.lang == "en" and c.before is None and c.after is not None and name[2].type in c.heads
               and (m := c.after.match(text, name[1])) and m.end() >= head.end
               for c in compositions)


# After a head: its object (inhibitor of X).
_OBJECT = re.compile(r"\s+(?:of|against|to)\b")
# After a long form: a numeral that ends it, and the bracket that holds its short form.
_BRACKETED = re.compile(r"(?:\s*\d+[A-Za-z]?)?\s*[(（]\s*")


def long_form_of(text: str, end: int, spans) -> bool:
    """Whether the phrase that ends at ``end`` is the long form of a name that follows in
    brackets, a numeral between (``PYD-domains-containing protein 3 (NLRP3)``); ``spans``
    are the (start, end) of the names of the sentence."""
    m = _BRACKETED.match(text, end)
    if not m:
        return False
    name_end = next((b for a, b in spans if a == m.end()), None)
    return name_end is not None and re.match(r"\s*[)）,，;；]", text[name_end:]) is not None


def _head_in(head: _Token, words: frozenset) -> bool:
    """Whether the head word, as written or in the singular, is one of ``words`` (in lower case)."""
    word = head.text.lower()
    return word in words or depluralize(word) in words


_OF = re.compile(r"\s+of\b")


def _object_end(tokens, i: int, text: str, rules: NewNameRules, data, spans) -> int | None:
    """The index of the last token of the object ``of`` introduces after the head
    ``tokens[i]`` (``inhibitor of matrix metalloproteinases``): modifiers, then a head
    word or the end of a known name; None when there is none."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "of" or text[tokens[i].end:tokens[i + 1].start] != " " \
            or any(a < tokens[i + 2].start < b for a, b, _ in spans):
        return None
    for m in range(i + 2, min(len(tokens), i + 3 + MAX_MODIFIERS)):
        if text[tokens[m - 1].end:tokens[m].start].strip():
            return None
        cut = any(a < tokens[m].end < b for a, b, _ in spans)
        if not cut and (rules.en_head(tokens[m].text) or any(b == tokens[m].end for _, b, _ in spans)):
            return m
        if not modifier_ok(tokens[m].text, rules, data):
            return None
    return None


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _ends_name(tok: _Token, spans) -> bool:
    """Whether a known name ends at ``tok``, a head word itself (``IL-6 family cytokine``
    before ``receptor``): a name, not a head of its own, modifies the head after it."""
    return any(b == tok.end and a <= tok.start for a, b, _ in spans)


def _head_mention_type(tok: _Token, spans) -> str | None:
    """The type of a known cell or disease name that ends at ``tok``."""
    for a, b, concept in spans:
        if b == tok.end and a <= tok.start and concept.type in HEAD_MENTION_TYPES:
            return concept.type
    return None


def _inside_longer(start: int, end: int, spans) -> bool:
    """A word inside a name that goes on after it (``cell`` in ``T cell receptor``)."""
    return any(a <= start and end < b for a, b, _ in spans)


def _snap_start(start: int, end: int, spans) -> int | None:
    """The phrase's start moved back to the start of a name it cuts (whole names only)."""
    for a, b, _ in spans:
        if a < start < b:
            start = a
    return start if not any(a < end < b for a, b, _ in spans) else None


def _aspect_after_name(head: str, start: int, head_start: int, spans, data) -> bool:
    """``osteoclast formation``: an aspect word after a known name is the relation reader's."""
    low = head.lower()
    if ("en", low) not in data.aspects and ("en", depluralize(low)) not in data.aspects:
        return False
    return any(start <= a and b <= head_start for a, b, _ in spans)


def _en_name(surface: str) -> str:
    """The name of an English phrase: white space made single, the head singular."""
    words = surface.split()
    last = words[-1]
    if last.islower() and last.isalpha():
        words[-1] = depluralize(last)
    else:
        words[-1] = singular_symbol(last)  # Rho GTPases
    return " ".join(words)


def _chinese_phrases(text: str, spans, rules: NewNameRules, resources):
    """Chinese phrases: modifiers (nouns, distinguishing words, known names) before a word
    ending in a head; or one word ending in a head after two characters or more (胆囊癌,
    风湿病; not 疾病). A word of the relation lexicons (刺激因子, 该类因子) is neither."""
    free = _free_zh_head(text, spans, rules)
    if not free and not any(is_cjk(text[a:b][-1:]) for a, b, _ in spans):
        return
    data = resources.rules
    tokens = _whole_heads(text, _zh_tokens(text, spans, resources, head_blocks(text, spans, rules, free,
                                                                             MAX_ZH_MODIFIER_CHARS)), spans, rules, resources)
    for k, tok in enumerate(tokens):
        ctype = (rules.zh_head(tok.text) if free else None) or _name_head_type(tok, spans)
        if ctype is None or _inside_longer(tok.start, tok.end, spans) or _not_a_head(tok.text, data) \
                or (k + 1 < len(tokens) and tokens[k + 1].tail):
            continue
        j = k
        while j > 0 and _adjacent(tokens[j - 1], tokens[j], text) and tok.end - tokens[j - 1].start <= \
                MAX_ZH_MODIFIER_CHARS + len(tok.text) and (_zh_modifier_ok(tokens[j - 1], rules, resources)
                                                           or _linked_name(tokens, j - 1, text, rules)):
            j -= 1
        while j < k and tokens[j].text in rules.links:
            j += 1  # 相关细胞: a link word joins a name before it, or nothing
        while j < k and tokens[j].text in rules.bound:
            j += 1  # 性疾病 of 克隆性疾病: a phrase does not begin with a suffix
        if 0 < j < k and tokens[j - 1].text in rules.prefixes and tokens[j - 1].end == tokens[j].start:
            j -= 1  # 抗肿瘤治疗: a prefix joins the phrase it stands before
        start = tokens[j].start
        if start == tok.start and (("zh", tok.text) in data.cues or not _one_word_name(tok, rules, resources)):
            continue
        if rules.zh_head(tok.text) is None and _holds_name(start, tok.start, spans):
            continue  # 血液病骨髓微血管: two names, each read as itself
        if ("zh", tok.text) in data.aspects and any(t.pos == "name" for t in tokens[j:k]):
            continue  # 软骨破坏: an aspect word after a known name is the relation reader's
        yield start, tok.end, re.sub(r"\s+", "", text[start:tok.end]), ctype


def _linked_name(tokens: list[_Token], i: int, text: str, rules: NewNameRules) -> bool:
    """Whether ``tokens[i]`` is a link word (``link`` rows: 相关) right after a known name, which it
    joins to the head after it (免疫系统相关细胞: the cells of the immune system; 嗜酸性粒细胞相关免疫应答)."""
    return tokens[i].text in rules.links and i > 0 and tokens[i - 1].pos == "name" \
        and _adjacent(tokens[i - 1], tokens[i], text)


def _whole_heads(text: str, tokens: list[_Token], spans, rules: NewNameRules, resources) -> list[_Token]:
    """``tokens`` with each head of three characters or more that jieba cut through made one word
    (``这些前 / 体细胞`` of 这些前体细胞: 这些 + 前体细胞): a phrase's head is found on the characters,
    never on jieba's words alone; a word that ran into the head is cut at its edge, its piece tagged
    as a word of its own (这些: a stop word). A head inside a known name, or cut by one, is the name's."""
    pattern = rules.zh_long_head_pattern
    if pattern is None:
        return tokens
    for m in pattern.finditer(text):
        a, b = m.span()
        if any(x < b and a < y and not a <= x < y <= b for x, y, _ in spans):
            continue  # a name the head cuts; one inside it is the bare head word (细胞 of 前体细胞)
        cut = [t for t in tokens if t.start < b and a < t.end]
        if len(cut) < 2:
            continue  # jieba's own word, or the head inside one (体细胞 of 前体细胞 is no concern here)
        pieces = [(cut[0].start, a), (a, b), (b, cut[-1].end)]
        made = [_Token(x, y, text[x:y], "n" if (x, y) == (a, b) else _word_tag(text[x:y], resources))
                for x, y in pieces if y > x and text[x:y].strip()]
        tokens = sorted([t for t in tokens if t not in cut] + made, key=lambda t: t.start)
    return tokens


def _word_tag(word: str, resources) -> str:
    """The part of speech jieba's dictionary gives ``word``, ``?`` for one it does not list."""
    return resources.tagger.word_tag_tab.get(word, "?")


def _holds_name(start: int, end: int, spans) -> bool:
    """Whether a known name lies in ``[start, end)``, the modifiers of a phrase."""
    return any(start <= a and b <= end for a, b, _ in spans)


def _name_head_type(tok: _Token, spans) -> str | None:
    """The type of a known Chinese name that is the token (微血管 of 骨髓微血管): with
    modifiers before it, the phrase names the narrower thing, as in English."""
    if tok.pos != "name" or not is_cjk(tok.text[-1]):
        return None
    return next((c.type for a, b, c in spans if (a, b) == (tok.start, tok.end) and c.type in HEAD_MENTION_TYPES), None)


def _free_zh_head(text: str, spans, rules: NewNameRules) -> bool:
    """Whether some Chinese head of ``text`` can end a new phrase: it does not end
    inside a name (细胞 of 肿瘤细胞的), and a name it ends has something before it
    that could be a modifier (a Han character, a letter or a space)."""
    for head in rules.zh_heads:
        if head not in text:
            continue
        for m in re.finditer(re.escape(head), text):
            end = m.end()
            if any(a < end < b for a, b, _ in spans):
                continue
            owner = next((a for a, b, _ in spans if b == end and a < m.start() + 1), None)
            if owner is None or (owner > 0 and (is_cjk(text[owner - 1]) or text[owner - 1].isalnum()
                                                or text[owner - 1] == " ")):
                return True
    return False


def _not_a_head(word: str, data) -> bool:
    """A trigger or cue word (刺激因子, 该类因子, 蛋白 the title word) heads no name, but
    for an anaphor of the reader (疾病), after a modifier (肾脏疾病); an aspect word
    may (关节破坏), where no known name stands before it."""
    kinds = data.cues.get(("zh", word), frozenset())
    return ("zh", word) in data.triggers or bool(kinds - {"anaphor"})


def _adjacent(a: _Token, b: _Token, text: str) -> bool:
    """Two words with nothing between them, or one space after a Latin name (``NAPDH 氧化酶``)."""
    return a.end == b.start or (a.pos == "name" and not is_cjk(a.text[-1]) and text[a.end:b.start] == " ")


def _one_word_name(tok: _Token, rules: NewNameRules, resources) -> bool:
    """A word jieba knows as a noun that ends in a head, three characters long or more
    (胆囊癌, 肝硬化, 肾衰竭; not 疾病, 癌症)."""
    data = resources.rules
    if tok.pos == "name" or _tag(tok, resources) not in ZH_MODIFIER_POS or ("zh", tok.text) in rules.not_alone:
        return False
    head = rules.zh_head_of(tok.text)
    rest = tok.text[:-len(head)]
    return len(rest) + len(head) >= 3 and len(rest) >= 1 and all(is_cjk(c) for c in rest) \
        and not relation_word("zh", rest, data) \
        and ("zh", rest) not in rules.stops


def _zh_modifier_ok(tok: _Token, rules: NewNameRules, resources) -> bool:
    if tok.pos == "name":
        return True
    if ("zh", tok.text) in rules.stops or not all(is_cjk(c) for c in tok.text) \
            or relation_word("zh", tok.text, resources.rules):
        return False
    return _tag(tok, resources) in ZH_MODIFIER_POS


def _tag(tok: _Token, resources) -> str:
    """The token's part of speech; a word jieba's dictionary does not list (``?``) is
    given to its tagger, only when a phrase needs to know."""
    return _guessed_tag(tok.text, resources) if tok.pos == "?" else tok.pos


def _zh_tokens(text: str, spans, resources, needed) -> list[_Token]:
    """jieba's words of ``text`` with their parts of speech; a known name is one
    token (part of speech ``name``). A word jieba ran across a name's edge is cut
    there, its pieces keeping the word's part of speech; a piece that ran on from a
    name (``医院`` of ``肿瘤医院``) is marked (``tail``): the name before it is no head
    (but ``性`` of ``炎症性`` may still lead to one: 炎症性疾病)."""
    names = sorted({(a, b) for a, b, _ in spans})
    cuts = sorted({p for ab in names for p in ab})
    in_name = _within_any(names)
    tokens, pos, n_cuts = [], 0, len(cuts)
    for word, flag in _quick_tags(text, resources, needed):
        start, pos = pos, pos + len(word)
        first = bisect_right(cuts, start)
        if first == n_cuts or cuts[first] >= pos:  # no name's edge inside the word
            if word.strip() and not in_name(start, pos):
                tokens.append(_Token(start, pos, word, flag))
            continue
        edges = [start] + cuts[first:bisect_left(cuts, pos, first)] + [pos]
        if flag == "?":
            flag = _guessed_tag(word, resources)  # the word's tag, not its pieces'
        for a, b in zip(edges, edges[1:]):
            if not text[a:b].strip() or in_name(a, b):
                continue
            tail = a > start and any(y == a for _, y in names)
            tokens.append(_Token(a, b, text[a:b], flag, tail))
    tokens += [_Token(a, b, text[a:b], "name") for a, b in _outermost(names)]
    return sorted(tokens, key=lambda t: t.start)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (sorted, distinct) that no other holds: one held starts after a span that
    reaches its end, or with a longer one (the next span, sorted)."""
    out, reach = [], -1
    for i, (a, b) in enumerate(spans):
        if reach < b and not (i + 1 < len(spans) and spans[i + 1][0] == a):
            out.append((a, b))
        reach = max(reach, b)
    return out


def _within_any(spans: list[tuple[int, int]]):
    """A test of whether ``[a, b)`` lies within one of ``spans`` (sorted): the furthest end
    of the spans that start at ``a`` or before reaches ``b``."""
    starts = [x for x, _ in spans]
    reach, furthest = [], -1
    for _, y in spans:
        furthest = max(furthest, y)
        reach.append(furthest)

    def within(a: int, b: int) -> bool:
        k = bisect_right(starts, a)
        return k > 0 and reach[k - 1] >= b
    return within


def _quick_tags(text: str, resources, needed) -> list[tuple[str, str]]:
    """jieba's words with the part of speech its dictionary gives each, ``?`` for a word it does not
    list (``_tag`` asks the tagger, which guesses with a model of its own and costs three times as
    much, only where it matters); a block no phrase reaches (``head_blocks``) is one word, untagged."""
    tags = resources.tagger.word_tag_tab
    return [(w, tags.get(w, "?") if cut else "") for w, cut in words_in_blocks(text, resources.segmenter, needed)]


@functools.lru_cache(maxsize=4096)
def _guessed_tag_of(word: str, tagger) -> str:
    tagged = [(p.word, p.flag) for p in tagger.cut(word)]
    return tagged[0][1] if len(tagged) == 1 else "x"


def _guessed_tag(word: str, resources) -> str:
    return _guessed_tag_of(word, resources.tagger) if word.strip() else "x"
