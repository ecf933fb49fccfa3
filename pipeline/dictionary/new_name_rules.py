"""The rules of ``dictionaries/new_names.tsv``: which words head a new name, which are no name.

``NewNameRules`` holds the rows by kind (heads and head endings with the type they give,
stop words, noise shapes, Chinese prefixes and bound characters, copulas…), read by
``load_new_name_rules``; the readers of names no dictionary knows (``newnames.py``,
``shapes.py``) ask it. ``new_concept`` is the ungrounded concept such a name stands for.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .lexicon import TYPES, Concept, DictionaryError, read_tsv
from ..textnorm import depluralize, fold

NEW_NAME_COLUMNS = ("kind", "lang", "value", "type", "note")
TYPED_KINDS = frozenset({"head", "suffix", "shape"})
KINDS = TYPED_KINDS | {"stop", "not_head", "not_alone", "not_name", "unit", "noise", "bound", "prefix", "part",
                       "transitive", "partitive", "copula", "article", "opposite", "qualifier", "defining", "alone",
                       "link", "verb_before"}
# At most this many words before an English head, characters before a Chinese one.
MAX_MODIFIERS = 4
MAX_ZH_MODIFIER_CHARS = 8
# jieba's parts of speech a Chinese modifier may have: nouns (n, ng, nz, l: set phrases;
# not ns, nt: places and institutions, 天津医科大学), distinguishing words (b: 慢性), unknown words (x:
# the dictionary's names, which jieba does not tag), a bound noun morpheme (zg: 肾) and adjectives
# (a: 低骨密度, 全关节疾病; not verbs, vn: 研究白血病, nor place words, f: 骨髓中免疫细胞).
ZH_MODIFIER_POS = frozenset({"n", "ng", "nz", "l", "b", "x", "zg", "eng", "a"})
# Endings of English adjectives (hepatic, renal, innate, adaptive, myeloid, acute): such a word before
# "and" shares the head after the next conjunct.
ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ar", "ive", "ary", "ate", "ent", "ant", "ile", "oid", "ute")
# The types a known name may have to be the head of a phrase (``intestinal tumor``, ``active
# TGF-β``, ``serum IL-6``): every type. Such a phrase holds a dictionary name, so the relation
# reader reads that name (overlapping_phrases.without_overlapping_phrases); the phrase names the narrower thing.
HEAD_MENTION_TYPES = frozenset({"cell", "disease", "gene", "family", "process", "pathway", "drug", "anatomy", "other",
                                "ncrna"})

# An English word of a phrase: letters and digits, parts joined by a hyphen, a slash or an en dash between
# letters (hypothalamic–pituitary–adrenal axis, monocyte–macrophage lineage; not a range of numbers: 1–5).
_EN_TOKEN = re.compile(r"[A-Za-z0-9α-ωΑ-Ω]+(?:(?:[-/]|(?<=[A-Za-z])–(?=[A-Za-z]))[A-Za-z0-9α-ωΑ-Ω]+)*\+?")



EN_HEAD_MEMO = 50_000  # English words whose head type a process keeps


@dataclass(frozen=True, kw_only=True)
class NewNameRules:
    """The rows of ``dictionaries/new_names.tsv``, by kind (built by keyword only: a field added
    between two others cannot take its neighbour's rows)."""

    heads: dict  # (lang, word) -> type
    suffixes: tuple  # (ending, type), longest first
    stops: frozenset  # (lang, word)
    not_heads: frozenset  # (lang, word): words that end like a head and name no thing
    not_names: frozenset  # tokens as written
    units: frozenset  # tokens as written
    shapes: tuple  # (compiled pattern, type)
    noise: tuple  # compiled patterns
    zh_heads: tuple  # Chinese heads, longest first
    bound: frozenset = frozenset()  # Chinese suffix characters no name begins with (性, 型)
    not_alone: frozenset = frozenset()  # (lang, word): a head only after a modifier (疾病, 治疗)
    prefixes: frozenset = frozenset()  # Chinese prefixes a name may begin with (抗肿瘤治疗, 非小细胞)
    parts: frozenset = frozenset()  # English words after a symbol that name a part of it (SH2 domain)
    transitive: frozenset = frozenset()  # English heads whose object follows (inhibitor of X)
    copulas: frozenset = frozenset()  # words that say what a name is (is, 是)
    articles: frozenset = frozenset()  # words between a copula and what it says (a, an, 一种)
    opposites: tuple = ()  # (beginning, beginning): English word beginnings of opposite sense (hyper, hypo)
    partitive: frozenset = frozenset()  # English heads that before "of" name a group of what follows
    qualifiers: frozenset = frozenset()  # (lang, word): English adjectives of state (naive, chronic)
    defining: frozenset = frozenset()  # (lang, word): participles that say which cells (IL-17-producing)
    alone: frozenset = frozenset()  # (lang, word): English process heads that name their process bare (tolerance)
    verb_before: frozenset = frozenset()  # (lang, word): English words a verb follows (that, to, may)
    links: frozenset = frozenset()  # Chinese words that join a known name to the head after it (相关: 免疫系统相关细胞)

    def opposite_slip(self, word: str, name: str) -> bool:
        """Whether ``word`` and ``name`` begin with beginnings of opposite sense (hyperphosphatemia,
        hypophosphatemia): a near-miss of the one is no slip of the other, whatever their letters."""
        word, name = word.lower(), name.lower()
        return any(word.startswith(a) and name.startswith(b) or word.startswith(b) and name.startswith(a)
                   for a, b in self.opposites)

    def is_noise(self, token: str) -> bool:
        """A unit, a code, a numeral or a word that names no thing."""
        return token in self.not_names or token in self.units or any(p.fullmatch(token) for p in self.noise)

    def shape_type(self, token: str) -> str | None:
        """The type of a token shaped like a gene symbol, or None."""
        if self.is_noise(token) or self.is_noise(singular_symbol(token)):
            return None
        return next((t for p, t in self.shapes if p.fullmatch(token)), None)

    def en_head(self, word: str) -> str | None:
        """The type of an English head word (``cells``, ``fibrosis``, ``synoviocytes``), or None;
        the answers for the words already asked about are kept (each word of every English
        sentence is asked, the same few thousand in paper after paper)."""
        known = self._en_heads
        if word not in known:
            if len(known) >= EN_HEAD_MEMO:
                known.clear()
            known[word] = self._en_head(word)
        return known[word]

    @functools.cached_property
    def _en_heads(self) -> dict:
        return {}

    def en_head_row(self, word: str) -> bool:
        """Whether an English word (as written or singular) is the word of a ``head`` row, not a word
        that only a suffix row makes a head (``en_head`` answers both)."""
        low = word.lower()
        return ("en", low) in self.heads or ("en", depluralize(low)) in self.heads

    def _en_head(self, word: str) -> str | None:
        low = word.lower()
        forms = (low, depluralize(low))
        if ("en", low) in self.not_heads or ("en", forms[1]) in self.not_heads:
            return None
        for w in forms:
            if ("en", w) in self.heads:
                return self.heads[("en", w)]
        if low.isalpha():
            for n, endings in self.suffix_lengths:
                for w in forms:
                    if (len(w) >= n + 3 or (n >= 6 and len(w) == n)) and w[-n:] in endings:
                        return endings[w[-n:]]
        return None

    def is_copula(self, gap: str) -> bool:
        """``gap`` (the text between a name and a phrase) says the name is the phrase: `` is an ``, ``是一种``."""
        return bool(self.copula_pattern and self.copula_pattern.fullmatch(gap.lower()))

    @functools.cached_property
    def copula_pattern(self):
        if not self.copulas:
            return None
        articles = f"(?:\\s*(?:{_alternatives(self.articles)}))?" if self.articles else ""
        return re.compile(f"\\s*(?:{_alternatives(self.copulas)}){articles}\\s*")

    @functools.cached_property
    def suffix_lengths(self) -> tuple:
        """The suffixes by length, longest first: ((n, {ending: type}), ...)."""
        by: dict[int, dict[str, str]] = {}
        for ending, ctype in self.suffixes:
            by.setdefault(len(ending), {}).setdefault(ending, ctype)
        return tuple(sorted(by.items(), reverse=True))

    def zh_head(self, word: str) -> str | None:
        """The type of a Chinese word that ends with a head (胆囊癌, 细胞), or None."""
        if ("zh", word) in self.not_heads:
            return None
        head = self.zh_head_of(word)
        return self.heads[("zh", head)] if head else None

    def zh_head_of(self, word: str) -> str | None:
        """The longest Chinese head ``word`` ends with."""
        for n in self.zh_head_lengths:
            if word[-n:] in self.zh_head_set and len(word) >= n:
                return word[-n:]
        return None

    @functools.cached_property
    def zh_head_set(self) -> frozenset:
        return frozenset(self.zh_heads)

    @functools.cached_property
    def zh_head_pattern(self):
        """Any Chinese head, found anywhere (``search``): does a text hold one."""
        return re.compile(_alternatives(self.zh_heads))

    @functools.cached_property
    def zh_long_head_pattern(self):
        """Any Chinese head of three characters or more (前体细胞, 信号通路), found anywhere, or None:
        jieba may cut such a head through (这些前 / 体细胞)."""
        long = [h for h in self.zh_heads if len(h) >= 3]
        return re.compile(_alternatives(long)) if long else None

    @functools.cached_property
    def zh_head_lengths(self) -> tuple:
        return tuple(sorted({len(h) for h in self.zh_heads}, reverse=True))


def _alternatives(words) -> str:
    """A regular expression for any of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# The kinds of row read as (lang, word), an English word in lower case
_KEYED_KINDS = ("stop", "not_head", "not_alone", "qualifier", "defining", "alone", "link", "verb_before")


def load_new_name_rules(path: Path) -> NewNameRules:
    """The rules of ``path``; a malformed line raises ``DictionaryError("file:line: problem")``."""
    heads, suffixes, not_names, units, shapes, noise = {}, [], set(), set(), [], []
    keyed: dict[str, set] = {k: set() for k in _KEYED_KINDS}
    bound: set[str] = set()
    prefixes: set[str] = set()
    parts: set[str] = set()
    transitive, partitive = set(), set()  # English heads before their object, before "of" a group of it
    copulas, articles = set(), set()  # what says what a name is (是, is), the words after it (一种, a)
    opposites: list[tuple[str, str]] = []
    if path.exists():
        for row, where in read_tsv(path, NEW_NAME_COLUMNS):
            kind, lang, value, ctype = row["kind"], row["lang"], row["value"], row["type"]
            if kind not in KINDS:
                raise DictionaryError(f"{where}: unknown kind {kind!r}; one of {', '.join(sorted(KINDS))}")
            if lang not in ("en", "zh"):
                raise DictionaryError(f"{where}: lang must be en or zh, got {lang!r}")
            if not value:
                raise DictionaryError(f"{where}: empty value")
            if (kind in TYPED_KINDS) != bool(ctype) or (ctype and ctype not in TYPES):
                raise DictionaryError(f"{where}: kind {kind} needs {'a type among ' + ', '.join(sorted(TYPES)) if kind in TYPED_KINDS else 'no type'}, got {ctype!r}")
            if kind == "head":
                heads[(lang, value.lower() if lang == "en" else value)] = ctype
            elif kind == "suffix":
                suffixes.append((value.lower(), ctype))
            elif kind in keyed:
                keyed[kind].add((lang, value.lower() if lang == "en" else value))
            elif kind == "bound":
                bound.add(value)
            elif kind == "prefix":
                prefixes.add(value)
            elif kind == "part":
                parts.add(value.lower() if lang == "en" else value)
            elif kind in ("transitive", "partitive"):
                (transitive if kind == "transitive" else partitive).add(value.lower())
            elif kind in ("copula", "article"):
                (copulas if kind == "copula" else articles).add(value.lower())
            elif kind == "opposite":
                opposites.append(_opposite_pair(value, where))
            elif kind == "not_name":
                not_names.add(value)
            elif kind == "unit":
                units.add(value)
            else:
                try:
                    pattern = re.compile(value)
                except re.error as exc:
                    raise DictionaryError(f"{where}: bad regular expression: {exc}") from exc
                (shapes.append((pattern, ctype)) if kind == "shape" else noise.append(pattern))
    zh_heads = tuple(sorted((w for lang, w in heads if lang == "zh"), key=len, reverse=True))
    return NewNameRules(
        heads=heads, suffixes=tuple(sorted(suffixes, key=lambda s: -len(s[0]))), stops=frozenset(keyed["stop"]),
        not_heads=frozenset(keyed["not_head"]), not_names=frozenset(not_names), units=frozenset(units),
        shapes=tuple(shapes), noise=tuple(noise), zh_heads=zh_heads, bound=frozenset(bound),
        not_alone=frozenset(keyed["not_alone"]), prefixes=frozenset(prefixes), parts=frozenset(parts),
        transitive=frozenset(transitive), copulas=frozenset(copulas), articles=frozenset(articles),
        opposites=tuple(opposites), partitive=frozenset(partitive), qualifiers=frozenset(keyed["qualifier"]),
        defining=frozenset(keyed["defining"]), alone=frozenset(keyed["alone"]), verb_before=frozenset(keyed["verb_before"]),
        links=frozenset(word for _, word in keyed["link"]))


def _opposite_pair(value: str, where: str) -> tuple[str, str]:
    """``hyper|hypo``: two English word beginnings of opposite sense, in lower case."""
    pair = tuple(v.strip().lower() for v in value.split("|"))
    if len(pair) != 2 or not all(pair):
        raise DictionaryError(f"{where}: an opposite is two word beginnings, a|b; got {value!r}")
    return pair


def relation_word(lang: str, word: str, data) -> bool:
    """A word of the relation lexicon ``data`` (a trigger, cue or aspect word: 促进, differentiation), which the
    relation reader reads; the new-name pass takes it for no part of a name (Chinese) or head (English)."""
    key = (lang, word)
    return key in data.triggers or key in data.cues or key in data.aspects


def modifier_ok(word: str, rules: NewNameRules, data, head: bool = False) -> bool:
    """Whether an English word may be a modifier of a new phrase (``head``: its head): no stop or noise word,
    no number; a modifier is no trigger or cue, no adverb, participle, plural or verb, no count (184-amino)
    and no head word but a cell's (growth factor | vascular endothelial growth factor)."""
    low = word.lower()
    if ("en", low) in rules.stops or rules.is_noise(word) or low.isdigit():
        return False
    if head:
        return True
    if ("en", low) in data.triggers or ("en", low) in data.cues:
        return False
    if "-" not in word and (low.endswith(("ly", "ed", "ing")) or plural_or_verb(word)):
        return False
    if word[0].isdigit() and not any(c.isupper() for c in word):
        return False  # 184-amino (acid): a count
    if rules.en_head(word) not in (None, "cell"):
        return False  # the head of a phrase before (growth factor | vascular endothelial growth factor)
    return len(word) >= 2 or word.isupper()


def plural_or_verb(word: str) -> bool:
    """A lower-case word in -s (not -ss, -us, -is): a plural noun or a verb, which
    modifies no head (``includes bone…``, ``words immune cells``)."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def new_concept(name: str, ctype: str) -> Concept:
    """The ungrounded concept a new name stands for: id ``new:`` + the folded name."""
    return Concept(f"new:{fold(name)}", ctype, name)


def singular_symbol(token: str) -> str:
    """``NLRs`` to ``NLR``, ``GTPases`` to ``GTPase``: a symbol's English plural."""
    if len(token) > 3 and token.endswith("s") and (token[-2].isupper() or token[-2].isdigit()):
        return token[:-1]
    if len(token) > 4 and token.endswith("es") and token[:-2].lower().endswith("as") and any(c.isupper() for c in token):
        return token[:-1]
    return token
