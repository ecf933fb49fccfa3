"""Triples: factor → effect → target, from the mentions of a sentence.

Reads a sentence's cleaned text and its mentions; writes ``Triple`` records.
The language data (trigger words, aspect words, cue words, default aspects,
and the rule records with their example sentences) lives in
``dictionaries/relations/``; this module is the machinery that applies it.

How a sentence is read, in both languages:

1. **Items.** The sentence becomes a sequence of items: names (mentions),
   trigger words, aspect words, cue words (negation, hedging, passive,
   mediator, ``对``/``on``, place, conjunction, example, pronoun…), other
   verbs, clause punctuation and brackets. Chinese words and their parts of
   speech come from jieba, which knows every dictionary name and lexicon
   word; English words from a regular expression, with multi-word entries
   matched greedily.
2. **Groups.** Adjacent names and aspect words, joined by conjunctions and
   ``的``/``of`` (and short modifiers), form a group, read as (name, aspect)
   pairs: ``破骨细胞的分化和活化`` gives (osteoclast, differentiation) and
   (osteoclast, activity); ``IL-1α 和 TNF-α`` two names; ``A、B 等细胞因子``
   the examples A and B, not the class word; in ``成骨细胞前体细胞中 RANKL
   的表达`` the place before ``中`` is dropped.
3. **Clauses.** Clause punctuation splits the sentence. In a clause, the
   first group that no cue introduces and no other verb precedes is the
   subject; a clause without one keeps the subject of the clause before
   (a Chinese topic chain: ``A 激活 B，进而促进 C`` gives A → B, A → C).
   A trigger takes the first group after it as its target. Passive
   (``被``/``受``/``by``), ``对 B 的…作用``, ``A 诱导的 B``/``A-induced B``,
   mediators (``通过``/``via``), examples (``如``/``such as``) and roles
   (``在 B 中发挥作用``) change which group fills which slot.
4. **Flags.** A negation cue between the subject and the trigger sets
   ``negated``; a hedging cue before the trigger sets ``hedged``; a
   knock-down cue on the factor (``LIF 敲低``) turns the polarity round.

The ``rule`` column names the construction that fired; each has a record
in ``dictionaries/relations/rules.tsv`` with an example sentence and the
triple it must give, and a test runs them all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .lexicon import ASPECTS, TYPES, DictionaryError, read_tsv
from .mentions import Found, as_concept, as_frame, reading_mentions
from .records import Document, Triple, box_columns
from .segment import SentenceView

EFFECTS = {
    "promotes": 1, "activates": 1, "upregulates": 1, "induces": 1,
    "inhibits": -1, "downregulates": -1, "binds": 0, "regulates": 0,
}
# What an effect becomes when the factor is knocked down, deleted or blocked.
INVERSE = {
    "promotes": "inhibits", "activates": "inhibits", "induces": "inhibits", "upregulates": "downregulates",
    "inhibits": "promotes", "downregulates": "upregulates", "binds": "binds", "regulates": "regulates",
}
CUE_KINDS = frozenset({"negation", "hedge", "passive", "mediator", "target", "locative", "conj", "example",
                       "pronoun", "no_claim", "knockdown", "etc", "direction", "report",
                       "between", "relative",
                       "aspect_link", "word", "filler", "study", "origin", "generic_head",
                       "demonstrative", "raised", "condition", "qualifier", "instrument", "clause_link", "medium", "unknown",
                       "host", "title", "coculture", "anaphor", "role_content", "determiner", "plural", "owned",
                       "related", "existential", "result", "causative", "likeness", "forms", "unspecific",
                       "combination"})
# Cue kinds that only mark a word: a host verb stays a verb, a title word a word.
_MARK_ONLY = frozenset({"host", "title", "anaphor", "determiner", "plural", "owned", "related", "existential", "result",
                        "causative", "forms", "unspecific"})
FORMS = frozenset({"verb", "noun", "modifier", "role", "prefix", "agent", "response"})
SECTIONS = frozenset({"abstract", "body"})
# Types of target that are things (an aspect applies); processes and
# diseases are targets in themselves ("促进骨吸收": no aspect).
THING_TYPES = frozenset({"gene", "family", "pathway", "cell", "ncrna", "drug", "other", "anatomy"})
# What a pronoun can stand for within a sentence: a molecule or a drug.
MOLECULE_TYPES = frozenset({"gene", "family", "drug", "ncrna"})
# What a plural pronoun (它们) can stand for: the molecules or cells an earlier clause was about.
PLURAL_TYPES = MOLECULE_TYPES | {"cell"}
# Types that name a setting when a sentence's topic carries them into a later
# clause (a disease defined first, then what happens in it): no factor there.
SETTING_TYPES = frozenset({"disease"})
# Aspects that only cells have: a disease with one of them means its cells.
CELL_ASPECTS = frozenset({"proliferation", "survival", "apoptosis", "differentiation", "drug_resistance",
                          "stemness", "maturation", "polarization", "migration"})

_CLAUSE_PUNCT = set("，；：;:。！？!?")
_LIST_PUNCT = set("、/")
_OPEN = set("(（〔[【")
_CLOSE = set(")）〕]】")
_DE = {"zh": {"的", "之"}, "en": {"of"}}
# Chinese postpositions that close a place phrase: 在 X 中, X 内, 当 X 时.
_LOCATIVE_END = {"中", "内", "里", "上", "时", "期间", "方面", "过程中", "当中", "之中", "中的", "下", "表面"}
# Verbs that say what the subject is (``A 是/作为 B 的抑制因子``).
_COPULA = ("是", "作为", "为")
# ``X 上的酪氨酸残基``: what is on X's surface is X's own part, not a place apart from it.
_SURFACE_END = {"上", "表面"}
# ``在 A 方面``: a respect, not a place; what follows (``方面的功能``) is the subject's, not A's.
_RESPECT_END = {"方面"}
# Parts of speech (jieba) of words that may sit inside a group: adjectives,
# distinguishing words, numerals, measure words, pronoun-like quantifiers.
_ZH_MODIFIER_POS = ("a", "b", "m", "q", "r", "mq", "z")
_EN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’][a-z]+)?|\d+(?:\.\d+)?|\S")
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_EN_BREAK = {"is", "are", "was", "were", "be", "been", "being", "that", "which", "who", "to", "by", "with",
             "via", "through", "in", "on", "as", "from", "into", "at", "for", "can", "could", "may", "might",
             "will", "would", "has", "have", "had", "not", "also", "both", "but", "than", "then", "thus",
             "while", "whereas", "when", "if", "because", "however", "therefore", "it", "they", "this",
             "these", "those", "its", "their"}


# --- language data ----------------------------------------------------------

@dataclass(frozen=True)
class Trigger:
    lang: str
    word: str
    effect: str
    form: str
    aspect: str | None = None

    @property
    def polarity(self) -> int:
        return EFFECTS[self.effect]


@dataclass(frozen=True)
class AspectWord:
    lang: str
    word: str
    aspect: str | None
    for_cells: str | None
    inverse: bool = False  # names the opposite of the aspect (sensitivity / resistance)
    inverse_for_cells: bool = False  # the same, after a cell type only (细胞毒性: a cell's is its sensitivity)


@dataclass(frozen=True)
class RuleRecord:
    id: str
    lang: str
    construction: str
    example: str
    expected: str


@dataclass
class RuleData:
    triggers: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    aspects: dict[tuple[str, str], AspectWord] = field(default_factory=dict)
    cues: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    default_aspects: dict[tuple[str, str], str] = field(default_factory=dict)
    rules: list[RuleRecord] = field(default_factory=list)
    class_words: frozenset[str] = frozenset()
    longest_en: int = 1

    def zh_words_from(self, first: str) -> list[str]:
        """Chinese aspect, trigger and whole words (cue ``word``) starting with ``first``."""
        if not hasattr(self, "_by_first"):
            self._by_first: dict[str, list[str]] = {}
            whole = [key for key, kinds in self.cues.items() if "word" in kinds]
            for lang, w in list(self.aspects) + list(self.triggers) + whole:
                if lang == "zh" and len(w) >= 3:
                    self._by_first.setdefault(w[0], []).append(w)
        return self._by_first.get(first, [])

    def chinese_words(self) -> list[str]:
        """Chinese lexicon words, so the segmenter keeps them whole."""
        words = [w for (lang, w) in list(self.triggers) + list(self.aspects) + list(self.cues) if lang == "zh"]
        return sorted(set(words))

    def lookup(self, lang: str, word: str):
        key = (lang, word if lang == "zh" else word.lower())
        return self.triggers.get(key), self.aspects.get(key), self.cues.get(key, frozenset())


def load_rule_data(folder: Path) -> RuleData:
    """Read ``relations/*.tsv`` under ``folder``; errors name file and line."""
    base = folder / "relations"
    data = RuleData()
    for row, where in read_tsv(base / "triggers.tsv", ("lang", "word", "effect", "form", "aspect", "note")):
        _check_lang(row, where)
        if row["effect"] not in EFFECTS:
            raise DictionaryError(f"{where}: unknown effect {row['effect']!r}; one of {', '.join(EFFECTS)}")
        if row["form"] not in FORMS:
            raise DictionaryError(f"{where}: unknown form {row['form']!r}; one of {', '.join(sorted(FORMS))}")
        if row["aspect"] != "none":
            _check_aspect(row["aspect"], where)
        forms = english_forms(row["word"], row["form"]) if row["lang"] == "en" else [row["word"]]
        for word in forms:
            data.triggers.setdefault((row["lang"], word), Trigger(
                row["lang"], word, row["effect"], row["form"], row["aspect"] or None))
    for row, where in read_tsv(base / "aspects.tsv", ("lang", "word", "aspect", "for_cells", "inverse", "note")):
        _check_lang(row, where)
        for value in (row["aspect"], row["for_cells"]):
            if value != "none":
                _check_aspect(value, where)
        aspect = None if row["aspect"] == "none" else row["aspect"]
        for_cells = (None if row["for_cells"] == "none" else row["for_cells"]) if row["for_cells"] else aspect
        words = [row["word"]] + ([row["word"] + "s"] if row["lang"] == "en" else [])
        for word in words:
            if row["inverse"] not in ("", "yes", "for_cells"):
                raise DictionaryError(f"{where}: inverse must be 'yes', 'for_cells' or empty, got {row['inverse']!r}")
            data.aspects[(row["lang"], word.lower() if row["lang"] == "en" else word)] = \
                AspectWord(row["lang"], row["word"], aspect, for_cells, row["inverse"] == "yes",
                           row["inverse"] in ("yes", "for_cells"))
    for row, where in read_tsv(base / "cues.tsv", ("kind", "lang", "word", "note")):
        _check_lang(row, where)
        if row["kind"] not in CUE_KINDS:
            raise DictionaryError(f"{where}: unknown cue kind {row['kind']!r}; one of {', '.join(sorted(CUE_KINDS))}")
        key = (row["lang"], row["word"] if row["lang"] == "zh" else row["word"].lower())
        data.cues[key] = data.cues.get(key, frozenset()) | {row["kind"]}
    for row, where in read_tsv(base / "default_aspects.tsv", ("effect", "target_type", "aspect", "note")):
        if row["effect"] not in EFFECTS or row["target_type"] not in TYPES:
            raise DictionaryError(f"{where}: unknown effect or type in {row['effect']!r} {row['target_type']!r}")
        _check_aspect(row["aspect"], where)
        data.default_aspects[(row["effect"], row["target_type"])] = row["aspect"] or None
    classes = base / "class_words.tsv"
    if classes.exists():
        data.class_words = frozenset(row["id"] for row, _ in read_tsv(classes, ("id", "name", "note")))
    rules = base / "rules.tsv"
    if rules.exists():
        data.rules = [RuleRecord(**row) for row, _ in read_tsv(rules, ("id", "lang", "construction", "example",
                                                                         "expected"))]
    data.longest_en = max([len(w.split()) for (lang, w) in list(data.triggers) + list(data.aspects)
                           + list(data.cues) if lang == "en"] or [1])
    return data


def _check_lang(row: dict, where: str) -> None:
    if row["lang"] not in ("zh", "en"):
        raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
    if not row["word"]:
        raise DictionaryError(f"{where}: empty word")


def _check_aspect(value: str, where: str) -> None:
    if value and value not in ASPECTS:
        raise DictionaryError(f"{where}: unknown aspect {value!r}; one of {', '.join(sorted(ASPECTS))}")


def english_forms(word: str, form: str) -> list[str]:
    """``promote`` to promote, promotes, promoted, promoting (first word of a phrase)."""
    if form != "verb":
        return [word.lower()] + ([word.lower() + "s"] if form in ("noun", "role") else [])
    head, _, rest = word.lower().partition(" ")
    tail = f" {rest}" if rest else ""
    if head == "be":
        return [f"{b}{tail}" for b in ("be", "is", "are", "was", "were", "been", "being")]
    stem = head[:-1] if head.endswith("e") else head
    third = head + "es" if head.endswith(("s", "sh", "ch", "x")) else head + "s"
    return [head + tail, third + tail, stem + "ed" + tail, stem + "ing" + tail]


# --- items --------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    kind: str  # ENT TRIG ASP CUE SEP LIST DE LOC OPEN CLOSE VERB WORD
    start: int
    end: int
    text: str
    pos: str = ""
    found: Found | None = None
    trigger: Trigger | None = None
    aspect: AspectWord | None = None
    cues: frozenset = frozenset()
    process: Found | None = None  # a framed process (凋亡) as the process itself, before framing

    def has(self, cue: str) -> bool:
        return cue in self.cues


def sentence_items(view: SentenceView, found: list[Found], data: RuleData, resources) -> list[Item]:
    """The sentence as a sequence of items (see the module docstring)."""
    text = view.clean.text
    lang = view.sentence.lang
    items = []
    for f in found:
        surface = text[f.cstart:f.cend]
        if f.concept.frame:
            # ``破骨细胞分化``: the osteoclast, and an aspect right after it.
            aspect = f.concept.frame[1]
            # ``CLL 凋亡`` / ``肿瘤细胞凋亡``: a process framed on a class word
            # (细胞) after a name is that name's aspect, not a new head
            generic = frozenset({"generic_head"}) if f.concept.frame[0] in data.class_words else frozenset()
            items.append(Item("ENT", f.cstart, f.cend, surface, found=as_frame(f, resources.lexicon), cues=generic,
                              process=f))
            items.append(Item("ASP", f.cend, f.cend, "", aspect=AspectWord(lang, surface, aspect, aspect)))
            continue
        # A process named by an aspect word (凋亡, 耐药) can be an aspect of
        # the name before it (肿瘤细胞凋亡); the group decides.
        key = (lang, surface if lang == "zh" else surface.lower())
        items.append(Item("ENT", f.cstart, f.cend, surface, found=f, aspect=data.aspects.get(key),
                          cues=data.cues.get(key, frozenset()) & {"generic_head", "medium"}))
    words = []
    for a, b in _gaps(text, [(f.cstart, f.cend) for f in found]):
        tokens = _zh_words(text[a:b], resources) if lang == "zh" else _en_words(text[a:b], data)
        words += [(w, pos, start + a, end + a) for w, pos, start, end in tokens]
    ents, items = items, []
    for word, pos, start, end in words:
        items.append(_word_item(lang, word, pos, start, end, data))
    return _origin_as_passive(_aspects_in_place(sorted(ents + items, key=lambda it: (it.start, it.end)), lang, data))


def _origin_as_passive(items: list[Item]) -> list[Item]:
    """``由各种诱导剂(如血清、IL-1β和EGF)诱导``: 由 before names (and examples) and then a
    trigger verb is the agent's 被, not an origin (``由 Y 分泌``: an expression word ends it)."""
    out = list(items)
    for k, it in enumerate(items):
        if not (it.kind == "CUE" and it.has("origin")):
            continue
        named = False
        for x in items[k + 1:]:
            if x.kind == "TRIG":
                if named and x.trigger.form == "verb" and not x.has("no_claim"):
                    out[k] = Item("CUE", it.start, it.end, it.text, it.pos, cues=frozenset({"passive"}))
                break
            named = named or x.kind == "ENT"
            if x.kind in ("ENT", "LIST", "OPEN", "CLOSE") or x.kind == "CUE" and x.cues & {"conj", "example", "word"} \
                    or x.kind == "WORD" and len(x.text) <= 2:
                continue
            break
    return out


def _gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` between the mentions: words are read there
    only, so no word straddles a name."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _aspects_in_place(items: list[Item], lang: str, data: RuleData) -> list[Item]:
    """A trigger word that is also an aspect word names an aspect where an
    aspect stands: after 的/of (``NF-κB 的激活``) or joined to another aspect
    (``分化和活化``, ``differentiation and activation of``)."""
    out: list[Item] = []
    for k, it in enumerate(items):
        if lang == "en" and it.kind == "TRIG" and it.trigger.form == "verb" and out \
                and out[-1].text.lower() in ("the", "a", "an"):
            # ``the binding of``: a verb form after an article is a noun.
            it = Item("TRIG", it.start, it.end, it.text, it.pos, trigger=Trigger(
                "en", it.text.lower(), it.trigger.effect, "noun", it.trigger.aspect), cues=it.cues)
        aspect = data.aspects.get((lang, it.text if lang == "zh" else it.text.lower()))
        if it.kind == "TRIG" and aspect and out:
            prev = out[-1]
            # ``分化和活化`` joins two aspects; ``IL-8 信号还激活 p38``: a conjunction between
            # clauses (clause_link: 还, 并, 同时) puts a verb after it, not an aspect.
            joined = (prev.kind == "LIST" or (prev.has("conj") and not prev.has("clause_link"))) \
                and len(out) > 1 and out[-2].kind == "ASP"
            # ``增加了 A549 细胞中的 STAT3 磷酸化。``: right after a name and with nothing after it
            # to act on, the word names the name's aspect
            # (not after a passive: ``被其他细胞因子激活，`` is the verb)
            last = lang == "zh" and prev.kind == "ENT" and (k + 1 == len(items) or items[k + 1].kind == "SEP") \
                and not any(x.has("passive") for x in _clause_so_far(out))
            # ``炎症小体激活和随后的细胞焦亡`` / ``在炎症小体激活期间``: right after a name and before
            # a conjunction (not a second verb) or a place word, the word names the name's aspect
            nxt = items[k + 1] if k + 1 < len(items) else None
            noun = lang == "zh" and prev.kind == "ENT" and nxt is not None and (
                nxt.kind == "LOC" or nxt.kind == "CUE" and nxt.has("conj") and not nxt.has("clause_link")
                and k + 2 < len(items) and items[k + 2].kind not in ("TRIG", "ASP"))
            if prev.kind == "DE" or joined or last or noun:
                it = Item("ASP", it.start, it.end, it.text, it.pos, aspect=aspect)
        if lang == "zh" and it.kind == "ASP" and it.text in _HAVE_AN_EFFECT and _effect_noun_after(items, k):
            # ``对治疗反应产生深远的影响``: 产生 … 影响 is "have an effect on", a verb, not
            # the production of the name before it
            it = Item("VERB", it.start, it.end, it.text, it.pos, cues=it.cues)
        out.append(it)
    return out


_HAVE_AN_EFFECT = ("产生",)


def _effect_noun_after(items: list[Item], k: int) -> bool:
    """``产生 (深远 的) 影响/作用``: the modifiers then an effect noun (影响, …作用)."""
    for it in items[k + 1:k + 5]:
        if it.kind == "TRIG":
            return it.text == "影响" or it.text.endswith("作用")
        if it.kind not in ("WORD", "DE"):
            return False
    return False


def _passive_cue_before(clause: list[Item], k: int) -> int:
    """The index of the passive cue (被, 由) last before ``k``; ``k`` if none: what comes
    after the cue (``由各种诱导剂``) belongs to the agent, not to a subject."""
    return next((m for m in range(k - 1, -1, -1) if clause[m].has("passive")), k)


def _effect_noun_owned(clause: list[Item], k: int, any_noun: bool = False) -> bool:
    """``X 的保护作用`` from the 的 at ``k``: an effect noun (…作用; with ``any_noun`` any
    trigger word, a verb after 的 being a noun: ``对免疫反应的调节``) owned by the group
    before it, and nothing after it in the clause."""
    return k + 1 < len(clause) and clause[k].kind == "DE" and clause[k + 1].kind == "TRIG" \
        and (any_noun and clause[k + 1].trigger.form in ("noun", "verb")
             or clause[k + 1].trigger.form == "noun" and clause[k + 1].text.endswith("作用")) \
        and (k + 2 == len(clause) or clause[k + 2].kind == "SEP")


def _clause_so_far(items: list[Item]) -> list[Item]:
    """The items after the last clause separator."""
    k = len(items)
    while k > 0 and items[k - 1].kind != "SEP":
        k -= 1
    return items[k:]


def _zh_words(text: str, resources):
    """(word, part of speech, start, end) from jieba's tagger."""
    pos = 0
    for word, flag in resources.pos_tag(text):
        start, pos = pos, pos + len(word)
        if word.strip():
            yield (word.lower() if re.fullmatch(r"[A-Za-z]+", word) else word), flag, start, pos


def _en_words(text: str, data: RuleData):
    tokens = [(m.group(), m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        # The longest lexicon entry starting here (``lead to``, ``such as``).
        for n in range(min(data.longest_en, len(tokens) - i), 1, -1):
            phrase = " ".join(t[0].lower() for t in tokens[i:i + n])
            key = ("en", phrase)
            if key in data.triggers or key in data.aspects or key in data.cues:
                yield phrase, "", tokens[i][1], tokens[i + n - 1][2]
                i += n
                break
        else:
            yield tokens[i][0], "", tokens[i][1], tokens[i][2]
            i += 1


def _word_item(lang: str, word: str, pos: str, start: int, end: int, data: RuleData) -> Item:
    if word in _CLAUSE_PUNCT or word in ",，":
        return Item("SEP", start, end, word, pos)
    if word in _LIST_PUNCT:
        return Item("LIST", start, end, word, pos)
    if word in _OPEN:
        return Item("OPEN", start, end, word, pos)
    if word in _CLOSE:
        return Item("CLOSE", start, end, word, pos)
    if word in _DE[lang]:
        return Item("DE", start, end, word, pos)
    if lang == "zh" and word in _LOCATIVE_END:
        return Item("LOC", start, end, word, pos)
    trigger, aspect, cues = data.lookup(lang, word)
    if trigger:
        return Item("TRIG", start, end, word, pos, trigger=trigger, cues=cues)
    if aspect:
        return Item("ASP", start, end, word, pos, aspect=aspect, cues=cues & {"forms"})
    if cues and not cues <= _MARK_ONLY:
        return Item("CUE", start, end, word, pos, cues=cues)
    if lang == "zh" and pos.startswith("v"):
        return Item("VERB", start, end, word, pos, cues=cues)
    return Item("WORD", start, end, word, pos, cues=cues)


# --- groups -------------------------------------------------------------------

@dataclass(frozen=True)
class Arg:
    """One (name, aspect) reading of a group."""

    found: Found
    aspect: str | None
    knocked_down: bool = False
    inverse: bool = False  # the aspect word said the opposite (化疗敏感性): polarity turned round


@dataclass(frozen=True)
class Group:
    start: int  # item index of the first element
    end: int  # item index after the last element
    args: tuple[Arg, ...]
    agents: bool = False  # ``TNF-α 拮抗剂``: the names are what an unnamed agent acts on
    joined_by_with: bool = False  # ``A 与 B``: a binding pair when 结合 follows
    pronoun: bool = False  # ``它``: names an earlier sentence's factor
    acts_on: tuple[Arg, ...] = ()  # ``STAT3 抑制剂 Stattic``: what the named agent acts on
    agent_word: "Item | None" = None  # and the word that says how

    def replaced(self, args) -> "Group":
        return Group(self.start, self.end, tuple(args), self.agents, self.joined_by_with, self.pronoun,
                     self.acts_on, self.agent_word)


def _without_effect_noun(args, effect_word: Item) -> list[Arg]:
    """``具有抗肿瘤活性``: the 活性 after a prefixed name is the effect's noun
    (anti-tumour activity), not the tumour's activity; the name keeps no aspect
    from it."""
    if effect_word.kind != "ASP":
        return list(args)
    return [replace(a, aspect=None) if a.aspect == effect_word.aspect.aspect else a for a in args]


def read_group(items: list[Item], i: int, lang: str) -> Group | None:
    """The group that starts at item ``i`` (a name or aspect word), or None."""
    if items[i].kind not in ("ENT", "ASP"):
        return None
    conjuncts: list[list[Item]] = [[]]
    j = last = i
    with_pair = False
    agents = False
    while j < len(items):
        it = items[j]
        if it.kind in ("ENT", "ASP"):
            conjuncts[-1].append(it)
            last = j
            j += 1
            continue
        knockdown = it.kind == "CUE" and it.has("knockdown")  # a trigger word's knock-down is the clause's
        if it.kind == "TRIG" and it.has("knockdown") and _knocked_molecule_joined(items, j, conjuncts[-1], lang):
            knockdown = True  # ``LIF 阻断或 LIFR 缺失可减缓…``: a knock-down joined to another is the name's own
        if it.kind == "LOC" and it.text in _RESPECT_END:
            break
        if it.has("aspect_link") and (past := _past_unnamed_relative(items, j + 1)) is not None:
            # ``保护胆管癌细胞免受药物诱导的凋亡``: apoptosis is the cells', whatever unnamed thing induces it
            conjuncts[-1].append(it)
            j = past
            continue
        if it.kind in ("DE", "LOC") or knockdown or it.has("direction") or it.has("aspect_link"):
            knockdown_next = it.kind == "DE" and j + 1 < len(items) and items[j + 1].kind == "CUE" \
                and items[j + 1].has("knockdown")
            agent_next = it.kind == "DE" and j + 1 < len(items) and items[j + 1].kind == "TRIG" \
                and items[j + 1].trigger.form == "agent"  # ``IL-6 受体的抗体托珠单抗``
            if _next_element(items, j + 1, lang) is None and not knockdown and not knockdown_next \
                    and not agent_next:
                break
            conjuncts[-1].append(it)
            if knockdown:
                last = j
            j += 1
            continue
        if it.kind == "TRIG" and it.trigger.form == "agent":
            named = read_group(items, j + 1, lang) if j + 1 < len(items) and items[j + 1].kind == "ENT" else None
            if named is not None:
                # ``CXCR4 拮抗剂 BKT140``: BKT140 is the name, acting on CXCR4
                before = _readings([c for c in conjuncts if c], lang)
                return Group(i, named.end, named.args, acts_on=tuple(before), agent_word=it)
            agents = True
            last = j
            j += 1
            break
        if it.has("etc"):
            # ``A、B 等细胞因子``: the examples stand for the class word after 等.
            nxt = _next_element(items, j + 1, lang)
            if nxt is not None and items[nxt].kind == "ENT" and items[nxt].found.concept.type == "family":
                tail = read_group(items, nxt, lang)
                last = (tail.end - 1) if tail else nxt
                j = last + 1
            else:
                last = j
                j += 1
            break
        if _is_conj(it, lang) or (it.kind == "SEP" and it.text == "," and lang == "en"):
            if it.kind == "SEP" and j + 1 < len(items) and _is_conj(items[j + 1], lang):
                j += 1  # ``A, B, and C``
            nxt = _next_element(items, j + 1, lang)
            if nxt is None:
                break
            with_pair = with_pair or it.text in ("与", "与其", "with")
            conjuncts.append([])
            j = nxt
            continue
        q = j + (it.text in ("-", "–"))
        head = _next_element(items, q + 1, lang) if lang == "en" and q < len(items) and items[q].has("qualifier") \
            else None
        if head is not None and items[head].kind == "ENT":
            # ``tumor-derived LIF``, ``cell-derived exosomal miR-7-5p``: the name before the
            # qualifier only qualifies the head after it
            while conjuncts[-1] and conjuncts[-1][-1].kind == "ENT":
                conjuncts[-1].pop()
            j = head
            continue
        if lang == "en" and it.kind == "WORD" and it.text.lower().endswith("ly") and conjuncts[-1] \
                and conjuncts[-1][-1].kind == "ENT":
            break  # ``FGF2/FGFR2 partially overcomes…``: an adverb after a name opens its predicate
        if it.kind in ("WORD", "CUE") and _modifier(it, lang):
            j += 1
            continue
        break
    args = _readings([c for c in conjuncts if c], lang)
    if not args:
        return None
    return Group(i, last + 1, tuple(args), agents, with_pair)


def _knocked_molecule_joined(items: list[Item], j: int, conjunct: list[Item], lang: str) -> bool:
    """``LIF 阻断或 LIFR 缺失``: the knock-down word at ``j`` follows a molecule and a
    conjunction joins another molecule after it: the word is the molecule's own knock-down."""
    if not conjunct or conjunct[-1].kind != "ENT" or conjunct[-1].found.concept.type not in MOLECULE_TYPES \
            or j + 1 >= len(items) or not _is_conj(items[j + 1], lang):
        return False
    nxt = _next_element(items, j + 2, lang)
    return nxt is not None and items[nxt].kind == "ENT" and items[nxt].found.concept.type in MOLECULE_TYPES


def _past_unnamed_relative(items: list[Item], j: int) -> int | None:
    """``药物诱导的凋亡``: a relative clause whose agent is a plain word (no name), or
    drugs given as a treatment (``阿糖胞苷和依托泊苷治疗引起的细胞毒性``), then 的 and a
    name or aspect; the index of that name or aspect, else None."""
    k = j
    while k < len(items) and k < j + 2 and items[k].kind == "WORD":
        k += 1
    if k == j:
        k = _past_drug_treatment(items, j)
    if k == j or k + 2 >= len(items) or items[k].kind != "TRIG" or items[k + 1].kind != "DE" \
            or items[k + 2].kind not in ("ENT", "ASP"):
        return None
    return k + 2


def _past_drug_treatment(items: list[Item], j: int) -> int:
    """``阿糖胞苷和依托泊苷治疗``: drug names joined by conjunctions and a short verb after
    them (the treatment); the index after the verb, else ``j``."""
    k = j
    while k < len(items) and (items[k].kind == "ENT" and items[k].found.concept.type == "drug"
                              or k > j and _is_conj(items[k], "zh")):
        k += 1
    if k == j or items[k - 1].kind != "ENT" or k >= len(items) or items[k].kind != "VERB" or len(items[k].text) > 2:
        return j
    return k + 1




def _is_conj(it: Item, lang: str) -> bool:
    return it.kind == "LIST" or it.has("conj")


def _next_element(items: list[Item], j: int, lang: str) -> int | None:
    """After a connective: the index of the next name or aspect, skipping a
    modifier or two; None if the connective joins something else."""
    for k in range(j, min(j + 3, len(items))):
        if items[k].kind in ("ENT", "ASP"):
            return k
        if items[k].kind == "DE" or (items[k].kind in ("WORD", "CUE") and _modifier(items[k], lang)):
            continue
        return None
    return None


def _modifier(it: Item, lang: str) -> bool:
    """A word that may sit inside a group: ``多种``, ``恶性``, ``the``, ``mature``."""
    if it.has("filler"):
        return True
    if lang == "zh":
        return it.pos.startswith(_ZH_MODIFIER_POS) and len(it.text) <= 4
    return it.text.isalpha() and it.text.lower() not in _EN_BREAK


def _readings(conjuncts: list[list[Item]], lang: str) -> list[Arg]:
    """(name, aspect) pairs of a group's conjuncts.

    A conjunct is read head-last in Chinese (``X 的 Y``: Y) and, around
    ``of``, head-first in English (``RANK of osteoclasts``: RANK;
    ``differentiation of osteoclasts``: osteoclast, differentiation). Names
    without an aspect share the aspects of the conjunct that follows
    (``E1 和 E2 的表达``); aspects without a name take the names before
    them (``破骨细胞的分化和活化``) or, in English, after them
    (``differentiation and activation of osteoclasts``).
    """
    args: list[Arg] = []
    pending_names: list[tuple[Found, bool]] = []
    pending_aspects: list[AspectWord] = []
    current: list[tuple[Found, bool]] = []
    for conjunct in conjuncts:
        names, aspects = _conjunct(conjunct, lang)
        places = _places(conjunct)
        if places and not pending_aspects:
            # ``T 淋巴细胞、B 淋巴细胞和巨噬细胞上的受体``: the place closed by 上/中/表面
            # is shared by the bare names of its kind listed right before it: they are places
            # too (``IL-1β 与其 T 淋巴细胞…上的受体``: IL-1β, of another kind, stays)
            while pending_names and pending_names[-1][0].concept.type in places:
                pending_names.pop()
        if pending_names and not pending_aspects and len(conjunct) > 1 and conjunct[0].has("generic_head") \
                and conjunct[1].kind == "ASP" and not conjunct[1].text:
            # ``免疫系统、炎症反应以及细胞增殖和分化``: a process named on the class word (细胞增殖)
            # is a name of its own; the names listed before it do not share its aspect
            args += [_arg(name, None, kd) for name, kd in pending_names]
            pending_names = []
        lone = [it for it in conjunct if it.kind == "ENT"]
        if names and not aspects and current and len(lone) == 1 and lone[0].aspect:
            # ``AML 细胞的增殖、存活和耐药``: a process named by an aspect word,
            # listed among aspects, is one more aspect of the same name
            names, aspects = [], [lone[0].aspect]
        if names and aspects:
            for name, kd in pending_names + names:
                args += [_arg(name, a, kd) for a in pending_aspects + aspects]
            current = pending_names + names
            pending_names, pending_aspects = [], []
        elif names:
            owner = _process_owner(conjunct, lang)
            if owner is not None and not pending_aspects:
                # ``ALL 细胞的黏附、迁移、增殖``: a process owned through 的 is a
                # target in itself, and the aspects listed after it are its owner's
                args += [_arg(name, None, kd) for name, kd in pending_names + names]
                pending_names, current = [], [(owner.found, names[0][1])]
                continue
            if pending_aspects and (lang == "en" or not args):
                # ``differentiation of osteoclasts``; ``诱导产生 IL-5`` (the production of IL-5)
                for name, kd in names:
                    args += [_arg(name, a, kd) for a in pending_aspects]
                pending_aspects, current = [], names
            else:
                pending_names.extend(names)
        elif aspects:
            owners = current or (pending_names if lang == "zh" else [])
            if owners:
                for name, kd in owners:
                    args += [_arg(name, a, kd) for a in aspects]
                current, pending_names = owners, ([] if owners is pending_names else pending_names)
            else:
                pending_aspects.extend(aspects)
    args += [_arg(name, None, kd) for name, kd in pending_names]
    return args


def _places(items: list[Item]) -> set[str]:
    """The types of the names a conjunct gives as a place before its head (``巨噬细胞上的受体``)."""
    last = max((k for k, it in enumerate(items) if it.kind == "LOC" and any(x.kind == "ENT" for x in items[k + 1:])),
               default=None)
    if last is None:
        return set()
    return {it.found.concept.type for it in items[:last] if it.kind == "ENT"}


def _conjunct(items: list[Item], lang: str) -> tuple[list[tuple[Found, bool]], list[AspectWord]]:
    """The head name and the aspect words of one conjunct."""
    knocked = any(it.kind in ("CUE", "TRIG") and it.has("knockdown") for it in items)
    # A place or owner before 中 is not the head: ``A 中 B 的表达`` is B's.
    cut = 0
    for k, it in enumerate(items):
        if it.kind == "LOC" and any(x.kind == "ENT" for x in items[k + 1:]):
            cut = k + 1
    items = items[cut:]
    # ``向 X 分化``: X is where the differentiation leads, not whose it is.
    direction = next((k for k, it in enumerate(items) if it.has("direction")), None)
    if direction is not None:
        items = [it for k, it in enumerate(items) if k < direction or it.kind == "ASP"]
    # A name that is an aspect word, after another name, is its aspect:
    # ``肿瘤细胞凋亡`` is (tumor cell, apoptosis).
    ents, aspects = [], []
    for k, it in enumerate(items):
        if it.kind == "ENT" and it.has("generic_head") and ents:
            if lang == "zh" and items[k - 1].kind == "DE" and ents[-1].found.concept.type in ("cell", "anatomy") \
                    and not aspects:
                # ``肿瘤细胞的信号通路``: a cell's pathway is the head, the cell its owner
                # (``细胞死亡的信号通路``, a process's, keeps the process; ``免疫系统的各种炎症因子``:
                # a body system's cytokines are cytokines)
                ents, aspects = [it], []
            continue  # ``NF-κB 信号通路``: NF-κB stays the head
        if it.kind == "ENT" and it.aspect and ents:
            aspects.append(it.aspect)
        elif it.kind == "ENT":
            ents.append(it)
        elif it.kind == "ASP" and not _occurrence_of_aspect(items, k, aspects) \
                and not (lang == "zh" and _describes_name(items, k)):
            aspects.append(it.aspect)
    if not ents:
        return [], aspects
    knock = next((k for k, it in enumerate(items) if it.kind == "CUE" and it.has("knockdown")), None)
    if lang == "zh" and knocked and len(ents) > 1 and knock is not None:
        # ``缺乏 syntenin 的 BMSC`` / ``PKC-β 缺乏的 BMSC``: the missing name is
        # what acts, its polarity turned round; the carrier is not the factor
        near = min(ents, key=lambda e: abs(items.index(e) - knock))
        return [(near.found, True)], aspects
    if lang == "zh":
        head = ents[-1]
    else:
        of_at = next((k for k, it in enumerate(items) if it.kind == "DE"), None)
        before_of = [it for it in items[:of_at] if it.kind == "ENT"] if of_at is not None else []
        head = before_of[0] if before_of else ents[0] if of_at is not None else ents[-1]
    return [(head.found, knocked)], aspects


def _describes_name(items: list[Item], k: int) -> bool:
    """``成熟造血干细胞分化为破骨细胞`` / ``形成成熟的破骨细胞`` / ``支持 CLL 生长的微环境的形成``:
    an aspect word right before a name with another aspect word after that name, or before 的
    and a name with another aspect word anywhere in the conjunct, describes the name (mature,
    growth-supporting); it is no aspect."""
    if k + 1 < len(items) and items[k + 1].kind == "ENT":
        return any(x.kind == "ASP" and x.text for x in items[k + 2:])
    return k + 2 < len(items) and items[k + 1].kind == "DE" and items[k + 2].kind == "ENT" \
        and any(x.kind == "ASP" and x.text for m, x in enumerate(items) if m != k)


def _occurrence_of_aspect(items: list[Item], k: int, aspects: list[AspectWord]) -> bool:
    """``细胞凋亡的发生``: an aspect word that names no aspect of its own (发生, occurrence),
    after 的 and another aspect, is that aspect's occurrence: it adds none (not 发生 after a
    cell type, differentiation)."""
    return bool(aspects) and items[k].aspect.aspect is None and k > 0 and items[k - 1].kind == "DE"


def _process_owner(items: list[Item], lang: str) -> Item | None:
    """``ALL 细胞的黏附``: the thing (not a process) whose process the conjunct's
    head is, named right before 的; None otherwise (Chinese only)."""
    ents = [k for k, it in enumerate(items) if it.kind == "ENT"]
    if lang != "zh" or len(ents) < 2 or items[ents[-1]].found.concept.type != "process":
        return None
    k = ents[-1]
    if items[k - 1].kind != "DE" or k - 2 != ents[-2]:
        return None
    owner = items[ents[-2]]
    return owner if owner.found.concept.type in THING_TYPES else None


_DISEASE_ASPECT = {"infiltration": "invasion"}


def _arg(found: Found, aspect: AspectWord | None, knocked: bool) -> Arg:
    if aspect is None:
        return Arg(found, None, knocked)
    value = aspect.for_cells if found.concept.type == "cell" else aspect.aspect
    if found.concept.type == "disease":
        # ``肿瘤生长和浸润``: a tumour does not infiltrate (cells do); its 浸润 is invasion
        value = _DISEASE_ASPECT.get(value, value)
    return Arg(found, value, knocked, aspect.inverse_for_cells if found.concept.type == "cell" else aspect.inverse)


# --- sentences ----------------------------------------------------------------

def find_triples(doc: Document, views: list[SentenceView], mentions: list[list[Found]], resources) -> list[Triple]:
    """Triples of a whole document, sentence by sentence."""
    data = resources.rules
    out: list[Triple] = []
    topic: dict[int, list[Found]] = {}  # paragraph -> the one factor of its last sentence that had one
    topics: dict[int, list[Found]] = {}  # paragraph -> the factors of its last sentence that had any
    classes: dict[int, set[str]] = {}  # paragraph -> every concept that sentence named
    for view, found in zip(views, mentions):
        if view.sentence.section not in SECTIONS or not found:
            continue
        found = reading_mentions(doc, view, found, resources)
        items = sentence_items(view, found, data, resources)
        items = _without_descriptions(_without_drug_qualifiers(_without_asides(items)))
        reader = SentenceReader(doc, view, items, resources, topic.get(view.paragraph),
                                (topics.get(view.paragraph, []), classes.get(view.paragraph, set())))
        triples = reader.read()
        out.extend(triples)
        factors = list(dict.fromkeys(t.factor_id for t in triples))
        # ``IL-6 家族细胞因子及其受体在…中具有多重作用``: the receptor is the family's own; the
        # sentence is about the family (cue ``owned``)
        owned = {f.concept.id for f in found if _owned(view.clean.text, f.cstart, data)}
        factors = [fid for fid in factors if fid not in owned] or factors
        if len(factors) == 1:
            # a sentence whose factor was a pronoun (它可以…) names it nowhere: the topic goes on
            kept = [f for f in topic.get(view.paragraph) or [] if f.concept.id == factors[0]]
            topic[view.paragraph] = [f for f in found if f.concept.id == factors[0]][:1] or kept
        named = [f for fid in factors if (f := next((x for x in found if x.concept.id == fid), None))]
        subject = reader.named_subject
        if not triples and subject is not None:
            # ``TNF 和 IL-1 最初参与不同的信号通路。…两种细胞因子…``: a sentence that states no
            # effect is still about its subject, which a later determiner phrase names
            named = list({a.found.concept.id: a.found for a in subject.args}.values())
        if named:
            topics[view.paragraph] = named
            classes[view.paragraph] = {f.concept.id for f in found}
    from .english_reader import combine  # English on a dependency parse (english_reader.py)

    return combine(doc, views, mentions, resources, out)


def _without_asides(items: list[Item]) -> list[Item]:
    """Drop what brackets hold (definitions, citations, asides), except
    examples (``细胞因子（如 IL-2、IL-12）``) and lists of other names that
    stand for the word before (``受体（DR4 和 DR5）``), which stay, marked
    as examples."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind != "OPEN":
            out.append(it)
            k += 1
            continue
        close, depth = k + 1, 1
        while close < len(items) and depth:
            depth += {"OPEN": 1, "CLOSE": -1}.get(items[close].kind, 0)
            close += 1
        inner = items[k + 1:close - 1]
        before = out[-1] if out else None
        if inner and inner[0].has("example"):
            # ``（例如，TNF-α、IL-1β）``: a comma right after the cue ends no clause; brackets
            # inside the examples are asides of their own (``(如干扰素调节因子 8 (Recombinant
            # Interferon Regulatory Factor 8, IRF-8))``: the definition goes, and its comma with it)
            out.extend(_without_asides([x for m, x in enumerate(inner) if not (m == 1 and x.kind == "SEP")]))
        elif _is_name_list(inner := _without_unknown_members(inner)) and before is not None \
                and before.kind == "ENT" \
                and all(x.found.concept.id != before.found.concept.id for x in inner if x.kind == "ENT"):
            out.append(Item("CUE", inner[0].start, inner[0].start, "", cues=frozenset({"example"})))
            # nested brackets become list separators: ``MAPK(ERK、p38)`` lists MAPK, ERK, p38
            out.extend(Item("LIST", x.start, x.end, "、") if x.kind == "OPEN" else x
                       for x in inner if x.kind != "CLOSE")
        k = close
    return out


def _without_descriptions(items: list[Item]) -> list[Item]:
    """``下调受体蛋白 IL-1R1 表达`` / ``抗凋亡蛋白 BCL-2`` / ``细胞死亡执行者 GSDMD``: a
    description ending in a title word (蛋白, 执行者: the ``title`` cue) right before a
    name says what the name is; the name is the head. The title word and the class
    names, aspects and prefix words of the description before it are dropped."""
    out: list[Item] = []
    for k, it in enumerate(items):
        if it.has("title") and k + 1 < len(items) and items[k + 1].kind == "ENT":
            m = len(out)
            while m > 0 and (out[m - 1].kind in ("ENT", "ASP")
                             or out[m - 1].kind == "TRIG" and out[m - 1].trigger.form == "prefix"):
                m -= 1
            if m < len(out) and any(x.kind == "ENT" for x in out[m:]):
                del out[m:]
                continue
            if it.kind != "ENT" and (not out or out[-1].kind == "LOC"):
                continue  # ``CML 细胞中原癌基因 BCL6 的表达``: a bare title after a place says what the name is
        out.append(it)
    return out


def _without_drug_qualifiers(items: list[Item]) -> list[Item]:
    """``脊索瘤细胞对紫杉醇和硼替佐米的化学抗性`` / ``胃肿瘤对化疗药物的耐药性``: the
    drugs between a name and its drug-resistance word (对 D 的) say which
    resistance; they are neither a target nor the head, so they are dropped and
    the name owns the aspect (脊索瘤细胞 … 化学抗性: drug_resistance)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.has("target") and out and out[-1].kind == "ENT":
            j = k + 1
            drugs = 0
            while j < len(items) and (items[j].kind == "ENT" and items[j].found.concept.type == "drug"
                                      or drugs and _is_conj(items[j], "zh")):
                drugs += items[j].kind == "ENT"
                j += 1
            word = items[j + 1] if drugs and j + 1 < len(items) and items[j].kind == "DE" else None
            if word is not None and word.kind in ("ASP", "ENT") and word.aspect is not None \
                    and word.aspect.aspect == "drug_resistance":
                k = j + 1
                continue
        out.append(it)
        k += 1
    return out


def _without_unknown_members(inner: list[Item]) -> list[Item]:
    """``(PI-3K/κ、NF-κB 和 MAPK (ERK、JNKK 和 p38))``: in a bracketed list of names, a
    member that is one unknown word (a stray letter, a misspelt name) between list
    punctuation is dropped with the separator after it; the other names still list.
    Unchanged unless the names outnumber such words."""
    def member(k: int) -> bool:
        x = inner[k]
        edge = lambda y: y.kind in ("LIST", "OPEN", "CLOSE") or y.has("conj")
        return x.kind == "WORD" and (k == 0 or edge(inner[k - 1])) and (k + 1 == len(inner) or edge(inner[k + 1]))
    unknown = [k for k in range(len(inner)) if member(k)]
    if not unknown or sum(x.kind == "ENT" for x in inner) <= len(unknown):
        return inner
    drop = set(unknown) | {k + 1 for k in unknown if k + 1 < len(inner) and inner[k + 1].kind != "CLOSE"}
    return [x for k, x in enumerate(inner) if k not in drop]


def _is_name_list(inner: list[Item]) -> bool:
    """Only names, list punctuation and conjunctions (nested brackets allowed:
    ``(PI-3K、NF-κB 和 MAPK(ERK、JNK 和 p38))``)."""
    kinds = [x.kind for x in inner]
    return "ENT" in kinds and all(x.kind in ("ENT", "LIST", "OPEN", "CLOSE") or x.has("conj") for x in inner) \
        and not any(x.text in (",", "，") for x in inner)


@dataclass(frozen=True)
class Condition:
    """Names a sentence sets as the experimental condition, and where it ends."""

    args: tuple[Arg, ...]
    end_offset: int


@dataclass
class Emitted:
    """What the last trigger stated, so a following example list can refine it."""

    trigger: Item
    factors: list[Arg]
    rule: str
    triples: list[Triple]
    negated: bool
    hedged: bool
    mediators: list[Arg]
    target_end: int  # offset (cleaned text) where its target group ends
    targets: list[Arg] = field(default_factory=list)  # when no factor was found
    listed_factors: bool = False  # its factors were an example list (``包括 A、B``)
    target_args: list[Arg] = field(default_factory=list)  # what its triples were stated of


@dataclass
class Clause:
    """What has been read of the current clause."""

    items: list[Item]
    subject: Group | None = None
    seen_verb: bool = False
    pending: str | None = None  # the cue that introduces the next group
    pending_at: int = 0  # and where it stands
    mediators: list[Arg] = field(default_factory=list)
    target_pre: Group | None = None  # 对 B
    partner: Group | None = None  # 与 B (binding partner)
    passive_agent: Group | None = None  # 被 A
    passive_cue: bool = False  # 被/受 seen after the subject, agent or not
    place: Group | None = None  # 在 B 中
    negated: bool = False
    hedged: bool = False
    pronoun: bool = False
    in_mediator: bool = False
    last_trigger: Item | None = None
    modifier_only: bool = False  # the last trigger only modified a name
    unknown: bool = False  # the clause says the effect is not yet known (还有待研究, 尚不清楚)
    gerund: bool = False  # ``因此抑制 X 可能是…的策略``: the clause's subject is an action, not the topic


class SentenceReader:
    """Reads one sentence's items left to right (see the module docstring)."""

    def __init__(self, doc: Document, view: SentenceView, items: list[Item], resources, topic, topics=([], set())):
        self.doc, self.view, self.items = doc, view, items
        self.data, self.lexicon = resources.rules, resources.lexicon
        self.lang = view.sentence.lang
        self.topic = topic
        # the factors of the paragraph's last sentence that had any, and every concept it named
        self.topics, self.topics_named = topics
        self.triples: list[Triple] = []
        self.sentence_subject: Group | None = None
        self.named_subject: Group | None = None  # the last clause subject that names something
        self.hedged_sentence = False
        self.last: Emitted | None = None
        self.before_last: Emitted | None = None  # the claim stated before ``last``
        self.condition: Condition | None = None  # ``在 LIF 刺激下`` / ``IL-10 敲除小鼠中``: what later changes answer
        self.carried_place: Group | None = None  # ``在 X 中，Y 起到了重要的作用``: a place clause before

    def read(self) -> list[Triple]:
        self.items = self._anaphors_resolved(self.items)
        self.study = any(it.has("study") for it in self.items)
        clause: list[Item] = []
        for k, it in enumerate(self.items):
            if self._new_claim_at(k, clause):
                self._clause(clause)  # ``…differentiation, and TNF-α promotes…``: a new subject
                clause = [] if it.kind == "SEP" else [it]
            elif it.kind == "SEP" and not self._comma_in_list(k):
                self._clause(clause)
                clause = []
            else:
                clause.append(it)
        self._clause(clause)
        if self.condition is not None:
            self._changes_under_condition()
        self._shared_by_likeness()
        return _dedupe(self.triples)

    def _shared_by_likeness(self) -> None:
        """``与 IL-6 类似，TNF-α 可以…调节骨代谢``: a sentence opening with 与 A + a likeness
        word (类似, 一样: as A does) and a comma states of A what it states of its subject."""
        items = self.items
        if len(items) < 4 or items[0].text not in ("与", "和") or items[1].kind != "ENT":
            return
        like = read_group(items, 1, self.lang)
        if like is None or like.end + 1 >= len(items) or not items[like.end].has("likeness") \
                or items[like.end + 1].kind != "SEP":
            return
        subject = next((t.factor_id for t in self.triples if t.factor_start > items[like.end].end), None)
        for t in [t for t in self.triples if t.factor_id == subject]:
            for a in like.args:
                r = a.found.record
                if r.concept_id != t.target_id:
                    self.triples.append(replace(t, factor_id=r.concept_id, factor_name=r.concept_name,
                                                factor_text=r.surface, factor_start=r.start, factor_end=r.end,
                                                rule=f"{self.lang}.likeness"))

    def _changes_under_condition(self) -> None:
        """``与 BMSC 共同培养后, TCL1 的表达显著增加`` / ``在 IL-10 敲除小鼠中…RANKL
        水平升高``: a name's own rise or fall (a change word with no object)
        after a condition is the effect of the condition's names; a knocked-out
        name acts with its polarity turned round."""
        items, lang = self.items, self.lang
        end = self.condition.end_offset
        for k, it in enumerate(items):
            if it.kind != "TRIG" or it.start < end or not (it.has("raised") or it.has("knockdown")):
                continue
            if k + 1 < len(items) and items[k + 1].kind not in ("SEP", "LIST", "CLOSE") \
                    and not items[k + 1].has("conj"):
                continue  # ``降低了 X``: transitive, read by the clause
            j = k
            while j > 0 and items[j - 1].kind == "WORD" and items[j - 1].pos.startswith("d"):
                j -= 1  # adverbs: ``显著增加``
            changed = _group_before(items, j, lang)
            args = changed.args if changed is not None else self._bare_aspect_owned(j, end)
            if not args or changed is not None and items[changed.start].start < end:
                continue
            self._emit(self.condition.args, args, it, False, self.hedged_sentence, [], f"{lang}.condition")

    def _bare_aspect_owned(self, j: int, end: int) -> tuple[Arg, ...]:
        """``敲低 Pinch-1 后, ALL 细胞表现为增殖减少、迁移减少``: an aspect word with no
        name right before a change word is the aspect of the thing the clause named
        last before it (after the condition, in the same clause)."""
        items = self.items
        if j == 0 or items[j - 1].kind != "ASP" or items[j - 1].aspect is None:
            return ()
        for k in range(j - 2, -1, -1):
            it = items[k]
            if it.start < end or it.kind == "SEP":
                return ()
            if it.kind == "ENT" and not it.aspect and it.found.concept.type in THING_TYPES \
                    and not _is_class_word(it.found.concept.id, self.lexicon, self.data):
                return (_arg(it.found, items[j - 1].aspect, False),)
        return ()

    def _comma_in_list(self, k: int) -> bool:
        """In English a comma between names joins a list (``IL-6, IL-11 and
        LIF``): names and commas from here on up to an *and*/*or*."""
        items = self.items
        if self.lang != "en" or items[k].text != "," or k == 0 or items[k - 1].kind not in ("ENT", "ASP"):
            return False
        for x in items[k + 1:]:
            if x.has("conj"):
                return True
            if not (x.kind in ("ENT", "ASP", "DE") or x.text == "," or (x.kind == "WORD" and _modifier(x, "en"))):
                return False
        return False

    def _new_claim_at(self, k: int, clause: list[Item]) -> bool:
        """English: after a clause that has its verb, a conjunction or a clause
        link (``and``, ``whereas``) and a group that a finite verb trigger follows
        open a new claim with that group as subject (``IL-10 inhibits osteoclast
        differentiation, and TNF-α promotes RANKL``); ``A and B promote C`` keeps
        one clause, since no verb stands before the conjunction."""
        items = self.items
        it = items[k]
        if self.lang != "en" or not (it.has("conj") or it.has("clause_link") or it.text == ",") \
                or not any(x.kind == "TRIG" and x.trigger.form == "verb" for x in clause):
            return False
        j = k + 1
        while j < len(items) and (items[j].has("conj") or items[j].has("clause_link")):
            j += 1
        start = _next_element(items, j, self.lang)
        group = read_group(items, start, self.lang) if start is not None else None
        if group is None or not self._trigger_follows(items, group.end):
            return False
        v = next(m for m in range(group.end, len(items)) if items[m].kind == "TRIG")
        verb = items[v]
        # a finite verb: not ``B-induced``, ``B promoting``, nor ``B mediated by C`` (a reduced relative)
        return verb.trigger.form == "verb" and items[v - 1].text not in ("-", "–") \
            and not verb.text.lower().endswith("ing") \
            and not (v == group.end and verb.text.lower().endswith("ed") and _by_follows(items, v))

    # -- one clause
    def _clause(self, items: list[Item]) -> None:
        if not items:
            return
        c = Clause(items, hedged=self.hedged_sentence)
        c.place, self.carried_place = self.carried_place, None
        no_claim = any(it.has("no_claim") and _ends_clause(items, k) for k, it in enumerate(items))
        c.unknown = any(it.has("unknown") for it in items)
        c.gerund = _gerund_subject(items, self.lang)
        i = 0
        while i < len(items):
            it = items[i]
            if it.kind == "CUE":
                self._cue(c, it, i)
                i += 1
            elif it.kind == "LOC":
                if c.pending == "locative":
                    c.pending = None
                i += 1
            elif it.kind == "VERB" and it.has("causative") and (nxt := self._causative(c, i)) is not None:
                i = nxt
            elif it.kind == "ASP" and it.has("forms") and _forms_verb(items, i):
                # ``上述细胞因子能够形成恶性肿瘤微环境``: 形成 before a name, not after one, is a verb
                items[i] = Item("TRIG", it.start, it.end, it.text, it.pos,
                                trigger=Trigger(self.lang, it.text, "induces", "verb"))
                continue
            elif it.kind == "VERB":
                # ``一个特征是 TNFR-I 介导…``: a copula with no subject before it
                # introduces the clause's real subject; so does an existential
                # 有 (``也有部分细胞因子…在 X 中具有抑制作用``).
                c.seen_verb = not ((it.text in ("是", "为") or it.has("existential")) and c.subject is None)
                i += 1
            elif it.kind in ("ENT", "ASP"):
                i = self._group(c, i)
            elif it.kind == "TRIG" and it.trigger.form == "prefix":
                i = self._prefix(c, i)
            elif it.kind == "TRIG" and (nxt := self._nominal_subject(c, i)) is not None:
                i = nxt
            elif it.kind == "TRIG" and self._knockdown_of_subject(c, i):
                i += 1
            elif it.kind == "TRIG" and self._possessive_knockdown(c, i):
                i += 1
            elif it.kind == "TRIG":
                i = self._trigger(c, i, no_claim)
                if c.in_mediator and self.last and self.last.trigger is it:
                    c.mediators.extend(a for t in self.last.triples for a in self._targets_of(t))
                c.last_trigger = None if c.modifier_only else it
                c.modifier_only = False
                c.in_mediator = False
                c.pending = None
                c.negated = False
            else:
                i += 1
        # ``在 IL-10 敲除小鼠中，…`` / ``敲低 Pinch-1 后，…``: a clause that only names
        # knocked-out names sets the condition of the clauses after it
        held = c.place or c.subject
        if held is not None and self.condition is None and not any(x.kind == "TRIG" for x in items) \
                and any(a.knocked_down for a in held.args):
            self.condition = Condition(tuple(a for a in held.args if a.knocked_down), items[-1].end)
        # ``在骨髓增殖性肿瘤的发生和发展过程中，细胞因子起到了重要的作用``: a clause that is only
        # a place is the place of the clause after it
        if c.place is not None and c.subject is None and items[0].has("locative") \
                and not any(x.kind == "TRIG" for x in items):
            self.carried_place = c.place
        # A clause that says nothing of its first group (``，如 MAPK、JNK 和 AP-1，``)
        # does not make it the topic of the clauses after it.
        says = any(x.kind in ("TRIG", "VERB") for x in items)
        if c.subject is not None and (says or self.sentence_subject is None):
            self.sentence_subject = c.subject
        if c.subject is not None and c.subject.args and not c.subject.pronoun:
            self.named_subject = c.subject
        elif c.pronoun and c.subject is None and says:
            # ``…来缓解，因为它可以切割 IL-1R2，从而导致…``: a pronoun that stands for no one
            # is what the clauses after it go on about; they name no factor either
            self.sentence_subject = Group(0, 0, (), pronoun=True)

    def _cue(self, c: Clause, it: Item, i: int) -> None:
        if it.has("condition") and self.condition is None:
            before = _group_before(c.items, i, self.lang)
            if before is not None:
                self.condition = Condition(before.args, it.end)
        if it.has("report") and c.subject is not None and c.last_trigger is None \
                and self._no_group_before_trigger(c.items, i + 1):
            # ``敲低 LIF 同样发现可抑制…`` / ``IL-6 has been shown to promote…``: the
            # reporting verb stands inside the claim; its subject goes on.
            return
        if it.has("report"):
            # ``研究表明 X 促进 Y``: the claim starts after the reporting verb.
            c.subject, c.seen_verb, c.pending, c.place, c.target_pre = None, False, None, None, None
            c.last_trigger, c.pronoun, c.negated = None, False, False
            return
        if it.has("negation") and not self._inside_place(c, i):
            c.negated = True
        if it.has("hedge"):
            c.hedged = True
            if c.last_trigger is None:
                self.hedged_sentence = True
        if it.has("demonstrative") and c.subject is None and c.last_trigger is None and not c.seen_verb:
            # ``…，这会导致骨吸收``: what the sentence is about so far, if anything
            c.pronoun = True
            # ``细胞凋亡减少，这与…有关``: a bare class word (细胞 of 细胞凋亡) is no referent
            if self.sentence_subject is not None and not all(
                    a.found.concept.id in self.data.class_words for a in self.sentence_subject.args):
                c.subject = Group(i, i + 1, tuple(Arg(self._at(a.found, it), None)
                                                   for a in self.sentence_subject.args), pronoun=True)
            return
        if it.has("relative") and self.lang == "en" and c.subject is None and c.last_trigger is None:
            # ``LIF activates STAT3, which promotes…``: the relative clause is about the name right
            # before the comma (STAT3), not about the sentence's subject
            k = next((m for m, x in enumerate(self.items) if x is it), 0)
            before = _group_before(self.items, k - 1, self.lang) if k >= 2 and self.items[k - 1].kind == "SEP" \
                else None
            if before is not None and before.start > 0 and self.items[before.start - 1].has("locative"):
                before = None  # ``…in osteoblasts, which promotes…``: a place; the clause goes on as before
            if before is not None:
                c.subject = Group(i, i + 1, tuple(Arg(a.found, None, a.knocked_down) for a in before.args))
            return
        if it.has("pronoun") and c.subject is None and c.last_trigger is None and not c.seen_verb:
            # ``它可以与白血病细胞…``: the pronoun holds the subject's place.
            c.pronoun = True
            if self._owner_only(c, i):
                return  # ``其连接的不同变体导致…``: the clause is about what it owns, a plain noun
            if it.has("plural"):
                referent = self._plural_referent(PLURAL_TYPES)
            else:
                referent = self._referent_in_sentence(it) or (self.topic if not self._molecules_before(it) else None)
            if referent:
                c.subject = Group(i, i + 1, tuple(Arg(self._at(f, it), None) for f in referent), pronoun=True)
            return
        if it.text in ("与", "与其", "with") and (c.subject is not None or self.sentence_subject is not None) \
                and c.last_trigger is None:
            # ``LIF 首先与 LIFR 结合，后与 gp130 形成…复合物``: a later clause that goes on
            # with the sentence's subject names its partner too
            c.pending = "partner"
            return
        if it.has("knockdown") and c.target_pre is not None and c.subject is None and c.last_trigger is None \
                and all(x.kind in ("VERB", "WORD") and len(x.text) <= 2 for x in c.items[c.target_pre.end:i]):
            # ``对 LIF 进行敲弱抑制了…``: the knocked-down name is what acts, its polarity turned round
            c.subject = c.target_pre.replaced(Arg(a.found, a.aspect, True) for a in c.target_pre.args)
            c.target_pre = None
            return
        if self.lang == "en" and it.has("knockdown") and c.subject is None and c.last_trigger is None \
                and (nxt := _next_element(c.items, i + 1, self.lang)) is not None and c.items[nxt].kind == "ENT":
            c.pending, c.pending_at = "knockdown", i  # ``Targeting the gp130/STAT3 axis attenuates…``
            return
        if it.kind == "CUE" and it.has("knockdown") and i + 1 < len(c.items) and c.items[i + 1].kind == "ENT" \
                and c.subject is None and c.last_trigger is None:
            c.pending, c.pending_at = "knockdown", i  # ``缺乏 syntenin 的 BMSC 激发…``
            return
        if it.has("instrument"):
            nxt = _next_element(c.items, i + 1, self.lang)
            if c.subject is None and c.last_trigger is None and not c.seen_verb \
                    and nxt is not None and c.items[nxt].kind == "ENT":
                c.pending, c.pending_at = "instrument", i  # ``使用 X 阻断 Y``: what is used acts
            else:
                c.seen_verb = True  # ``使用类器官…将 A 鉴定为``: a verb like any other
            return
        if it.has("example") and c.pending == "passive" and i > c.pending_at + 1 \
                and not any(x.kind == "ENT" for x in c.items[c.pending_at + 1:i]):
            # ``由各种诱导剂(如血清、IL-1β…)诱导``: the examples of an agent the clause does not
            # name (a plain word) are the agents
            return
        for role in ("example", "passive", "mediator", "target", "locative"):
            if it.has(role) and not (role == "passive" and self.lang == "en"):
                # ``B 受…``: the passive right after the subject (no other name between)
                c.passive_cue = c.passive_cue or (role == "passive" and c.subject is not None and not any(
                    x.kind == "ENT" for x in c.items[c.subject.end:i]))
                c.pending, c.pending_at = role, i
                c.in_mediator = c.in_mediator or role == "mediator"
                return

    def _owner_only(self, c: Clause, i: int) -> bool:
        """The pronoun at ``i`` owns the clause's subject: before the clause's first trigger,
        a 的 and then a plain noun (``其连接的不同变体导致产生…``); the subject is that noun,
        which names nothing known."""
        items = c.items
        for k in range(i + 1, len(items)):
            if items[k].kind == "TRIG" and k == i + 1:
                # ``其恢复体内平衡的功能就会丧失``: a relative (a verb and its object) on a plain noun
                j = k + 1
                while j < len(items) and (items[j].kind in ("ENT", "ASP") or _is_conj(items[j], self.lang)):
                    j += 1
                if not (j > k + 1 and j + 1 < len(items) and items[j].kind == "DE"
                        and (items[j + 1].kind == "ASP" or items[j + 1].kind == "WORD" and items[j + 1].pos.startswith("n"))):
                    return False
                # … and a verb of its own after the noun (就会丧失): the phrase is the subject
                rest = items[j + 2:]
                end = next((m for m, x in enumerate(rest) if x.kind == "SEP"), len(rest))
                return any(x.kind in ("VERB", "TRIG") for x in rest[:end])
            if items[k].kind in ("TRIG", "SEP", "ENT", "ASP") or items[k].kind == "CUE":
                return False
            if items[k].kind == "DE":
                rest = items[k + 1:]
                nouns = [x for x in rest if x.kind == "WORD" and x.pos.startswith("n")]
                stop = next((m for m, x in enumerate(rest) if x.kind != "WORD"), len(rest))
                return bool(nouns) and stop < len(rest) and rest[stop].kind == "TRIG" \
                    and any(x.pos.startswith("n") for x in rest[:stop])
        return False

    def _causative(self, c: Clause, i: int) -> int | None:
        """``…通路被激活，最后使得炎症基因大量表达`` / ``A 使 B 的表达增加``: a causative
        verb (cues.tsv kind causative), a group, and then only its own change to the end
        of the clause: a change word with no object (增加, 减少) states that effect on the
        group; an expression word (表达) as the verb states its rise. The clause's factor
        (or the sentence's) is what causes it. None where the clause goes on otherwise."""
        items = c.items
        if c.last_trigger is not None or i + 1 >= len(items) or items[i + 1].kind != "ENT":
            return None
        group = read_group(items, i + 1, self.lang)
        if group is None:
            return None
        k = group.end
        while k < len(items) and (items[k].kind == "WORD" or items[k].kind == "VERB" and items[k].pos.startswith("d")):
            k += 1  # adverbs: ``大量``, ``显著``
        change = k < len(items) and items[k].kind == "TRIG" and items[k].trigger.form == "verb" \
            and (items[k].has("raised") or items[k].has("knockdown"))
        # ``炎症基因大量表达``: an expression word after the adverbs is the group's own
        verb_aspect = k < len(items) and k > group.end and items[k].kind == "ASP" and items[k].aspect is not None \
            and items[k].aspect.aspect == "expression"
        used = change or verb_aspect
        ends = k + used >= len(items) or items[k + used].kind == "SEP"
        expressed = [Arg(a.found, "expression", a.knocked_down) for a in group.args] if verb_aspect \
            else [a for a in group.args if a.aspect == "expression"] if not change else []
        if not ends or not (change or expressed):
            return None
        factors = self._factors(c)
        if not factors:
            return None
        if change:
            self._emit(factors, group.args, items[k], c.negated, c.hedged, [], f"{self.lang}.causative")
        else:
            said = Item("TRIG", items[i].start, items[i].end, items[i].text, items[i].pos,
                        trigger=Trigger(self.lang, items[i].text, "upregulates", "verb"))
            self._emit(factors, expressed, said, c.negated, c.hedged, [], f"{self.lang}.causative")
        c.last_trigger = items[k] if change else items[i]
        return k + used

    def _inside_place(self, c: Clause, i: int) -> bool:
        """``在没有 RANKL 的小鼠中``: the word at ``i`` lies in a place phrase
        that 中/内 closes before the next trigger; it qualifies the place."""
        if c.pending != "locative":
            return False
        for x in c.items[i + 1:]:
            if x.kind == "TRIG":
                return False
            if x.kind == "LOC":
                return True
        return False

    def _group(self, c: Clause, i: int) -> int:
        group = read_group(c.items, i, self.lang)
        if group is None:
            return i + 1
        if group.acts_on:
            self._emit(group.args, group.acts_on, group.agent_word, False, c.hedged, [], f"{self.lang}.agent")
        role, c.pending = c.pending, None
        if role == "example":
            if self._opens_clause(c, i) and self._stated_after(c, group):
                role = None  # ``，如 IL-1 是…，可以促进…``: the example is the new subject
            else:
                self._examples(c, group, c.pending_at)
                return group.end
        if role == "knockdown":
            # the name right after the knock-down word acts, its polarity turned round
            first = c.items[group.start].found
            group = group.replaced([Arg(first, None, True)])
            role = None
        if role is None and self._place_head(c, group):
            role = "locative"  # ``在 AML 来源的 BMSC 中``: the place is the head B, qualified by A
        if role == "locative":
            c.place = group
        elif role == "mediator":
            c.mediators.extend(group.args)
            if self.lang == "en" and self.last is not None and c.last_trigger is self.last.trigger:
                self._mediator_after(group)
        elif role == "target":
            c.target_pre = group
        elif role == "passive":
            c.passive_agent = group
        elif role == "partner":
            c.partner = group
        elif role == "instrument":
            c.subject = group
        elif c.last_trigger is None and c.subject is None and not c.seen_verb and not c.pronoun \
                and not (group.end < len(c.items) and c.items[group.end].has("between")):
            # (``脂肪细胞与乳腺癌细胞之间的相互作用…，这促进了…``: names that only say between
            # what something happens are not what acts, nor what a later 这 stands for)
            if _qualifies_next(c.items, group.end):
                return group.end  # ``巨噬细胞衍生的 IL-10 可以抑制…``: the head after 的 is the subject
            c.subject = self._anaphoric(c, group) or group
            if group.end < len(c.items) and c.items[group.end].has("combination"):
                # ``ATO 和 5-FU/顺铂联合治疗显著增强了…``: a combination acts as its first name, the
                # drug the others are combined with
                first = group.args[0].found.concept.id
                c.subject = group.replaced(a for a in group.args if a.found.concept.id == first)
        return group.end

    def _anaphoric(self, c: Clause, group: Group) -> Group | None:
        """``上述细胞因子``, ``两种细胞因子``, ``该细胞因子``: a determiner (cue ``determiner``)
        right before a class name makes a noun phrase that names what an earlier clause of the
        sentence, or else the paragraph's last sentence, was about, where those fit the class;
        a singular determiner (not also ``plural``) needs exactly one. With none, the class name
        stays as written (这些细胞因子: cytokines)."""
        k = group.start
        if k == 0 or not c.items[k - 1].has("determiner") or len(group.args) != 1:
            return None
        head = group.args[0].found.concept
        if head.type == "cell" and head.id in self.data.class_words:
            fits = frozenset({"cell"})
        elif head.type == "family":
            fits = MOLECULE_TYPES
        else:
            return None  # ``这些成骨细胞``: a name, not a class
        det = c.items[k - 1]
        if self.sentence_subject is None and head.id in self.topics_named:
            # ``某些细胞因子（如 IL-2、IL-12 等）可以…。因此，将这些细胞因子用于…``: the sentence
            # before named the class itself; its members are examples, the phrase names the class
            return None
        referent = [f for f in self._plural_referent(fits) if f.concept.id != head.id]
        if not referent or (not det.has("plural") and len({f.concept.id for f in referent}) != 1):
            return None
        phrase = Item("ENT", det.start, c.items[k].end, det.text + c.items[k].text)
        return Group(group.start, group.end, tuple(Arg(self._at(f, phrase), group.args[0].aspect) for f in referent),
                     pronoun=True)

    def _plural_referent(self, fits: frozenset) -> list[Found]:
        """What a plural pronoun or an anaphoric noun phrase names: the subject of an earlier
        clause of this sentence, else the factors of the paragraph's last sentence, those of
        the types that fit."""
        held = self.sentence_subject
        if held is not None and held.args:
            named = [a.found for a in held.args]
        else:
            named = list(self.topics)
        named = [f for f in named if f.concept.type in fits]
        return list({f.concept.id: f for f in named}.values())

    def _place_head(self, c: Clause, group: Group) -> bool:
        """The group closes a place phrase whose first name only qualified it
        (``在 AML 来源的 BMSC 中``): a qualifier cue and 的 between the place read
        so far and the group, and 中/内 right after it."""
        if c.place is None or c.subject is not None or group.end >= len(c.items) \
                or c.items[group.end].kind != "LOC":
            return False
        between = c.items[c.place.end:group.start]
        return any(x.has("qualifier") for x in between) and all(
            x.kind == "DE" or x.has("qualifier") for x in between)

    def _mediator_after(self, group: Group) -> None:
        """``IL-1 promotes osteoclast differentiation via RANKL``: a mediator after the
        target is the mediator of the claim just stated (SPEC 1: A → C, B recorded)."""
        mediator = group.args[0].found.concept.id
        stated = []
        for t in self.last.triples:
            new = replace(t, mediator_id=mediator) if t.mediator_id is None and t.target_id != mediator else t
            if t in self.triples:
                self.triples[self.triples.index(t)] = new
            stated.append(new)
        self.last.triples = stated

    def _opens_clause(self, c: Clause, i: int) -> bool:
        return all(x.kind in ("CUE", "WORD") for x in c.items[:i])

    def _stated_after(self, c: Clause, group: Group) -> bool:
        """Something is said of the group: a verb or trigger follows it (before
        a nested example list, which belongs to the examples)."""
        for x in c.items[group.end:]:
            if x.has("example"):
                return False
            if x.kind in ("TRIG", "VERB") or x.text in ("是", "为"):
                return True
        return False

    def _referent_in_sentence(self, pronoun: Item) -> list[Found]:
        """``the role of LIF in cancer cells … revealed that it plays``: the one
        molecule named before the pronoun in this sentence, if there is one."""
        before = self._molecules_before(pronoun)
        return before[-1:] if len({f.concept.id for f in before}) == 1 else []

    def _molecules_before(self, pronoun: Item) -> list[Found]:
        """The molecules this sentence names before the pronoun. Several of them make
        the pronoun ambiguous (``…通过活性 caspase-1 来缓解，因为它可以切割 IL-1R2``): it
        then stands for none, not for the paragraph's topic (SPEC: no triple)."""
        return [x.found for x in self.items if x.kind == "ENT" and x.end <= pronoun.start
                and x.found.concept.type in MOLECULE_TYPES]

    def _anaphors_resolved(self, items: list[Item]) -> list[Item]:
        """``在 CML 中, BMSC 可以…影响疾病的进程``: a bare class noun (the ``anaphor`` cue:
        疾病) names the one disease this sentence has named before it; it stays a word
        when there is none, or more than one."""
        out: list[Item] = []
        for it in items:
            if (family := self._family_of_owner(out, it)) is not None:
                out.pop()  # 相关: the class name now says it
                it = Item("ENT", it.start, it.end, it.text, it.pos, found=as_concept(it.found, family))
            if it.has("anaphor"):
                before = [x.found for x in out if x.kind == "ENT" and x.found.concept.type == "disease"]
                if before and len({f.concept.id for f in before}) == 1:
                    it = Item("ENT", it.start, it.end, it.text, it.pos, found=self._at(before[-1], it))
            out.append(it)
        return out

    def _family_of_owner(self, out: list[Item], it: Item):
        """``IL-6 及其相关细胞因子``: a class name after X, an ``owned`` cue (及其) and a
        ``related`` cue (相关) names X's family, where the dictionary has one
        (``IL-6 family cytokine``)."""
        if it.kind != "ENT" or len(out) < 3 or not out[-1].has("related") or not out[-2].has("owned") \
                or out[-3].kind != "ENT" or not _is_class_word(it.found.concept.id, self.lexicon, self.data):
            return None
        owner = out[-3].found.concept.name
        return self.lexicon.concept_named(f"{owner} family {it.found.concept.name}") \
            or self.lexicon.concept_named(f"{owner} family")

    def _at(self, found: Found, it: Item) -> Found:
        """``found``'s concept, named by the word ``it`` of this sentence (a
        pronoun): the triple points at the pronoun, grounded to its referent."""
        start, end = self.view.clean.source_span(it.start, it.end)
        record = replace(found.record, start=start, end=end, surface=self.doc.text[start:end],
                         sent_id=self.view.sentence.sent_id, via="pronoun", page=self.doc.page_of(start),
                         **box_columns(self.doc.bbox(start, end)))
        return Found(record, it.start, it.end, found.concept)

    def _prefix(self, c: Clause, i: int) -> int:
        """``TRAIL 具有抗肿瘤作用``: 抗 + a name + 作用/活性/特性 is an effect of the
        subject on that name; anywhere else the prefix is part of a word."""
        items = c.items
        if _object_of_trigger(items, i):
            return i + 1
        if i + 2 < len(items) and items[i + 1].kind == "ENT" and \
                (items[i + 2].text in ("作用", "活性", "特性", "效应", "功效") or
                 (items[i + 2].kind == "TRIG" and items[i + 2].trigger.form == "role")):
            factors = self._factors(c)
            target = read_group(items, i + 1, self.lang)
            if factors and target is not None:
                self._emit(factors, _without_effect_noun(_prefixed_args(items, target), items[i + 2]), items[i],
                           c.negated, c.hedged, [], f"{self.lang}.prefix")
            return i + 3
        # ``具有抗炎和抗凋亡的作用``: prefixed names joined by 和/、, then 的 and the effect word
        groups, k = [], i
        while k + 1 < len(items) and items[k + 1].kind == "ENT":
            group = read_group(items, k + 1, self.lang)
            if group is None:
                break
            groups.append((items[k], group))  # each name with its own prefix (促炎和抗炎)
            m = group.end
            if m + 1 < len(items) and _is_conj(items[m], self.lang) and items[m + 1].kind == "TRIG" \
                    and items[m + 1].trigger.form == "prefix":
                k = m + 1
                continue
            if len(groups) > 1 or (m < len(items) and items[m].kind == "DE"):
                m += m < len(items) and items[m].kind == "DE"
                if m < len(items) and (items[m].text in ("作用", "活性", "特性", "效应", "功效") or
                                       (items[m].kind == "TRIG" and items[m].trigger.form == "role")):
                    factors = self._factors(c)
                    if factors:
                        for prefix, g in groups:
                            self._emit(factors, _prefixed_args(items, g), prefix, c.negated, c.hedged, [],
                                       f"{self.lang}.prefix")
                    return m + 1
            break
        return i + 1

    def _nominal_subject(self, c: Clause, i: int) -> int | None:
        """``The binding of RANKL to RANK promotes…``: a noun trigger before
        any subject states its own triple (RANKL binds RANK) and makes its
        ``of`` group the clause's subject. Returns where reading goes on."""
        items = c.items
        it = items[i]
        if self.lang != "en" or it.trigger.form not in ("noun", "role") or c.subject is not None \
                or c.last_trigger is not None \
                or i + 2 >= len(items) or items[i + 1].kind != "DE" or items[i + 2].kind not in ("ENT", "ASP"):
            return None
        agent = read_group(items, i + 2, self.lang)
        if agent is None:
            return None
        c.subject = agent
        k = agent.end
        while k < len(items) and items[k].kind == "WORD" and items[k].text.lower() in ("the", "a", "an"):
            k += 1
        if k < len(items) and items[k].text.lower() in ("to", "with", "on"):
            j = next((m for m in range(k + 1, min(k + 4, len(items))) if items[m].kind in ("ENT", "ASP")), None)
            partner = read_group(items, j, self.lang) if j is not None else None
            if partner is not None:
                self._emit(agent.args, partner.args, it, c.negated, c.hedged, [], "en.nominal")
                return partner.end
        if k < len(items) and items[k].text.lower() == "by":
            # ``the inhibition of STAT3 by Stattic reduces…``: the named agent acts (SPEC 1)
            j = next((m for m in range(k + 1, min(k + 4, len(items))) if items[m].kind in ("ENT", "ASP")), None)
            by = read_group(items, j, self.lang) if j is not None else None
            if by is not None:
                self._emit(by.args, agent.args, it, c.negated, c.hedged, [], "en.nominal")
                c.subject = by
                return by.end
        if it.has("knockdown"):
            # ``Blockade of LIF slowed…`` / ``Inhibition of STAT3 reduces…``: what is blocked
            # acts, its polarity turned round (SPEC 1)
            c.subject = agent.replaced(Arg(a.found, a.aspect, not a.knocked_down) for a in agent.args)
        return agent.end

    def _knockdown_of_subject(self, c: Clause, i: int) -> bool:
        """``LIF 的阻断可以降低…`` / ``BMSC 中 UBE2O 下调，促进了…``: a trigger
        word that names a change of the subject itself (its knock-down, or its
        rise), when another trigger follows in the clause or the clause ends
        there. A knock-down turns the subject's polarity round."""
        it = c.items[i]
        if not (it.has("knockdown") or it.has("raised")) or c.subject is None or c.last_trigger is not None:
            return False
        gap = c.items[c.subject.end:i]
        after = [x for x in c.items[i + 1:] if x.kind != "WORD"]
        # intransitive: no name follows before the next trigger (``Stattic 减少了 X`` is transitive)
        if not all(x.kind in ("DE", "ASP") for x in gap) or (after and after[0].kind != "TRIG"):
            return False
        if it.has("raised"):
            return self._mark(c, knocked=False)
        return self._mark(c, knocked=True)

    def _possessive_knockdown(self, c: Clause, i: int) -> bool:
        """English: ``the JAK2/STAT3 pathway is constitutively activated and its inhibition leads
        to CLL cell death``: a knock-down noun owned by a pronoun (its) is the subject's own
        knock-down; the subject acts on what the next trigger names, its polarity turned round."""
        items = c.items
        subject = c.subject or self.sentence_subject
        if self.lang != "en" or not items[i].has("knockdown") or i == 0 or not items[i - 1].has("pronoun") \
                or subject is None or not self._trigger_follows(items, i + 1):
            return False
        c.subject = subject.replaced(Arg(a.found, a.aspect, not a.knocked_down) for a in subject.args)
        c.last_trigger, c.negated, c.pending = None, False, None
        return True

    def _mark(self, c: Clause, knocked: bool) -> bool:
        if knocked:
            # ``LIFR 沉默和 Mcl-1 阻断恢复了…``: the knock-down word after the last name
            # knocks that name down; a name knocked down by its own word stays knocked down
            c.subject = c.subject.replaced(Arg(a.found, a.aspect, True) for a in c.subject.args)
        return True

    def _targets_of(self, triple: Triple) -> list[Arg]:
        return [Arg(it.found, None) for it in self.items
                if it.kind == "ENT" and it.found.record.start == triple.target_start]

    # -- one trigger
    def _trigger(self, c: Clause, i: int, no_claim: bool) -> int:
        lang = self.lang
        it = c.items[i]
        trig = it.trigger
        target, after = self._target_after(c.items, i)
        if trig.form != "role" and _in_respect_of_role(c.items, i):
            # ``在肿瘤生长、迁移、维持干细胞干性等方面发挥重要作用``: the trigger only names one
            # of the respects listed; the role word after 方面 states the claim (no direction)
            if target is not None:
                c.place = c.place.replaced(c.place.args + target.args) if c.place is not None else target
            return after
        if lang == "en" and trig.form == "role" and i + 1 < len(c.items) and c.items[i + 1].kind == "DE":
            # ``the pathological roles of different cytokines in bone-related diseases``: a role
            # named as a topic; only a verb (``A plays a role in B``) states one
            return after
        if trig.form == "response":
            # ``痛风、…等常见疾病也对 IL-1β中和有反应``: X responds to A: A, after 对, acts on X
            subject = c.subject or self.sentence_subject
            if c.target_pre is not None and subject is not None:
                self._emit(c.target_pre.args, subject.args, it, c.negated, c.hedged, [], f"{lang}.response")
            return after
        if it.has("role_content") and not self._goes_on_from_role(c, i):
            return after  # ``炎症是一个复杂的过程，涉及…``: what a thing involves is no claim
        if (pair := self._binding_acted_on(c, i, target, after)) is not None:
            return pair
        if (past := self._relative_clause_object(c, i)) is not None:
            return past
        if (reversed_effect := self._effect_acted_on(c, i, target, after)) is not None:
            return reversed_effect
        if trig.form == "verb" and (agent := _copula_agent(c, i, lang)) is not None:
            # ``骨髓增殖性肿瘤是一类由…造血细胞异常增殖引起的疾病`` / ``骨质疏松症是由破骨细胞的激活
            # 驱动的``: what 由 names causes the subject of 是; the head after 的 only classes it
            self._emit(agent.args, [Arg(a.found, None, a.knocked_down) for a in c.subject.args], it,
                       c.negated, c.hedged, [], f"{lang}.copula_agent")
            return after if target is not None and _de_follows(c.items, i) else i + 1
        rule = f"{lang}.{trig.form if trig.form != 'verb' else 'active'}"
        factors = None
        # ``促进或抑制 X``: both directions, so no stated direction.
        effect = self._coordinated_effect(c.items, i)
        if effect != trig.effect and target is None:
            return i + 1
        effect = self._after_negative_verb(c.items, i, effect)
        if lang == "zh" and trig.form == "verb" and trig.effect == "induces" and target is not None \
                and len({a.found.concept.id for a in target.args}) == 1 and self._change_of_head(c.items, after) \
                and c.items[after].trigger.form == "verb":
            # ``造成免疫耐受性破坏`` / ``导致 X 减少``: a cause, then the object's own change (a
            # trigger with no object): the cause acts on the object as the change says
            effect = c.items[after].trigger.effect
            after += 1
        # ``A 诱导的 B`` / ``A-induced B``: the name right before the trigger.
        hyphenated = i > 0 and c.items[i - 1].text in ("-", "–")  # ``IL-1-induced``
        relative = trig.form == "modifier" or hyphenated or _de_follows(c.items, i) or \
            (lang == "en" and _participle_after_name(c.items, i) and _head_after_participle(c.items, i) is not None)
        if relative and lang == "zh" and trig.form in ("noun", "role") and _group_before(c.items, i, lang) is None \
                and i + 1 < len(c.items) and c.items[i + 1].kind == "DE":
            # ``起支持和调节作用的细胞``: the name after an effect noun and 的 is what has the
            # effect, not its object; with no name before the noun, nothing is said to act on it
            return after
        if relative:
            before = _group_before(c.items, i, lang)
            if before is not None and (c.subject is None or before.start != c.subject.start):
                factors = list(before.args)
                rule = f"{lang}.relative"
                if lang == "zh" and target is not None and len({a.found.concept.id for a in target.args}) == 1 \
                        and self._change_of_head(c.items, after):
                    # ``TGF-β 介导的细胞迁移抑制``: the head is a change of the name (its
                    # inhibition); the relative states that change, its direction multiplied
                    effect = INVERSE[effect] if c.items[after].trigger.polarity < 0 else effect
                    after += 1
            elif before is not None and target is not None and c.last_trigger is None and \
                    (hyphenated or lang == "zh" and self._trigger_later(c.items, after)):
                # ``IL-1-induced JAK-STAT signaling is antagonized by…`` / ``TGF-β 介导的
                # LIF 表达…导致 p21 的转录激活``: the head noun, not the modifier, is
                # what the clause is about.
                self._emit(before.args, target.args, it, c.negated, c.hedged, [], f"{lang}.relative")
                c.subject = target
                c.modifier_only = True
                return after
        if lang == "en" and (trig.form == "modifier" or _after_be(c.items, i) or _participle_after_name(c.items, i)) \
                and _by_follows(c.items, i):
            agent = _by_agent(c.items, i, lang)
            before = _group_before(c.items, i, lang) or c.subject
            if before is not None and _participle_after_name(c.items, i):
                # ``A and B mediated by C``: the participle is B's alone.
                before = before.replaced(before.args[-1:])
            if agent is not None and before is not None:
                self._emit(agent.args, before.args, it, c.negated, c.hedged, [], f"{lang}.passive", effect)
            return _skip_group(c.items, i, lang)
        if lang == "en" and factors is None and _after_be(c.items, i):
            # ``Pinch-1 was up-regulated in leukemia BMSC``: a passive that names no
            # agent; the subject is what is acted on, the group after it a place
            self.last = Emitted(it, [], f"{lang}.passive", [], c.negated, c.hedged, list(c.mediators),
                                c.items[-1].end, list(c.subject.args) if c.subject else [])
            return after
        if factors is None and c.passive_agent is not None:
            factors = list(c.passive_agent.args)
            rule = f"{lang}.passive"
            if target is None and c.subject is not None:
                target = c.subject
                cue = _passive_cue_before(c.items, c.passive_agent.start)
                patient = _group_before(c.items, cue, lang) if lang == "zh" and cue > c.subject.end else None
                if patient is not None and patient.start > c.subject.start and c.items[patient.start - 1].kind == "DE":
                    # ``使用 T 细胞转染的癌症免疫疗法诱导的细胞因子风暴被托珠单抗所抵消``: the head
                    # right before 被, after a relative clause, is what is acted on
                    target = patient
            elif target is None and self.sentence_subject is not None and not any(
                    x.kind == "WORD" and x.pos[:1] in ("n", "r") for x in c.items[:_passive_cue_before(c.items, c.passive_agent.start)]):
                # ``LIF 在 HCC 组织中升高，并在 HCC 细胞中被 SM 下调``: a clause that goes
                # on with the sentence's subject says what is done to it; one with a subject
                # of its own that names nothing known (``该基因可以被…阻断``) does not
                target, rule = self.sentence_subject, f"{lang}.passive.chain"
        elif factors is None and c.passive_cue and target is None and c.subject is not None:
            # ``IL-8 的表达受多种刺激的调节，包括 TNF-α…``: a passive that names no
            # agent; the subject is what is acted on, and an example list after
            # the clause may name the agents
            self.last = Emitted(it, [], f"{lang}.passive", [], c.negated, c.hedged, list(c.mediators),
                                c.items[-1].end, list(c.subject.args))
            return after
        de = _owner_de(c.items, i, lang)
        if target is None and trig.form == "noun" and c.target_pre is None and de >= 1 \
                and c.items[de].kind == "DE":
            # ``A 是 B 的配体``: the owner before 的 is the target of a noun trigger
            owner = _group_before(c.items, de, lang)
            if owner is not None and (c.subject is None or owner.start != c.subject.start):
                target = owner
        elif target is None and trig.form == "noun" and c.target_pre is None and lang == "zh" and de >= 1 \
                and c.items[de].kind == "ENT" and c.subject is not None \
                and any(x.kind == "VERB" and x.text in _COPULA for x in c.items[c.subject.end:de]):
            # ``LIF 作为抗肿瘤免疫潜在抑制因子``: A 是/作为 B (modifiers) noun, with no 的: B is the owner
            owner = _group_before(c.items, de + 1, lang)
            if owner is not None and owner.start >= c.subject.end:
                target = owner
        # ``A 与 B 有关``: a role word that is also an association word takes
        # the partner after 与 (A is implicated in B: no stated direction)
        association = trig.form == "role" and it.has("no_claim")
        if trig.form == "role" or (target is None and trig.form == "noun"):
            # ``a role in B``; ``an inhibitory effect on B`` (after a noun, ``in B`` is a place)
            after_in = _group_after_word(c.items, i, lang, "in" if trig.form == "role" else "on") \
                if lang == "en" else None
            # a binding noun binds a partner, never a place (``在细胞坏死时释放的…复合物``)
            place = c.place if trig.effect != "binds" else None
            if place is not None and all(a.found.concept.name == "cell" and a.aspect is None for a in place.args):
                # ``在各种细胞类型中表现出不同的作用`` / ``在细胞、分子和转录水平上发挥作用``: cells in
                # general are a setting, not what the role acts on
                place = None
            target = after_in or c.target_pre or place or (target if trig.form != "role" else None)
            rule = f"{lang}.role" if trig.form == "role" else f"{lang}.nominal"
            if association:
                # a disease "associated with" something is a comorbidity, not a mechanism
                factors = [a for a in self._factors(c) or [] if a.found.concept.type != "disease"]
                target, rule = c.partner, f"{lang}.association"
        elif target is None and c.target_pre is not None:
            target = c.target_pre
            rule = f"{lang}.target_marker"
        if trig.effect == "binds" and target is None and c.partner is not None \
                and not any(x.kind in ("VERB", "TRIG") for x in c.items[c.partner.end:i]):
            # ``与 LIF 竞争…的结合``: 与 belongs to the verb between (competes with LIF)
            target = c.partner
            rule = f"{lang}.binding_partner"
        if factors is None:
            factors = self._factors(c)
            subject = c.subject or self.sentence_subject
            if factors and subject is not None and subject.pronoun:
                rule = f"{lang}.pronoun"
            if factors and c.subject is None and self.sentence_subject is not None:
                rule += ".chain"
        # ``A 和 B 的结合``: a binding noun owned by two names joins them as 与 does
        owned = c.subject is not None and [x.kind for x in c.items[c.subject.end:i]] == ["DE"]
        # ``VCAM-1 和 ALL 细胞表面的 VLA-4 结合后``: two names joined by 和 right before a 结合
        # that has no object of its own bind each other, as with 与
        paired = c.subject is not None and target is None and lang == "zh" and len(c.subject.args) == 2 \
            and c.subject.end == i and any(x.text in ("和", "及") for x in c.items[c.subject.start:c.subject.end])
        if trig.effect == "binds" and c.subject is not None and (c.subject.joined_by_with or owned or paired) and \
                (target is None or target is c.target_pre) and len(c.subject.args) > 1 and \
                not any(x.kind in ("VERB", "TRIG") for x in c.items[c.subject.end:i]):
            # ``A 与 B 结合`` / ``A 和 B 的结合``: A binds B, and A is what acts next.
            first, rest = c.subject.args[:1], c.subject.args[1:]
            self._emit(first, rest, it, c.negated, c.hedged, [], f"{lang}.binding_pair", effect)
            c.subject = c.subject.replaced(first)
            return after
        if factors is None and target is not None and c.subject is None and self._trigger_follows(c.items, after):
            # ``增加 IL-1 水平可以上调 RANKL``: raising (or blocking) X is what
            # acts next: X becomes the subject, its polarity turned round when blocked;
            # ``抑制了 LIF 在促进…方面的功能``: what X does in a respect (在 … 方面) is X's own
            gap = next((c.items[after:k] for k in range(after, len(c.items)) if c.items[k].kind == "TRIG"), [])
            turned = trig.polarity < 0 and not (lang == "zh" and any(x.has("locative") for x in gap))
            c.subject = target.replaced(Arg(a.found, None, turned) for a in target.args)
            c.modifier_only = True
            return after
        if target is None and factors and lang == "en" and trig.form == "verb" and i == len(c.items) - 1 \
                and (shared := self._shared_object(it)) is not None:
            # ``IL-6 promotes and IL-10 inhibits osteoclast differentiation``: both verbs share the object
            self._emit(factors, shared.args, it, c.negated, c.hedged, c.mediators, rule, effect)
            return after
        if lang == "en" and factors is None and target is not None and c.subject is None and not c.seen_verb \
                and c.last_trigger is None and it.text.lower().endswith("ed") and c.items[i + 1].kind in ("ENT", "ASP") \
                and self._trigger_later(c.items, after):
            # ``Elevated expression of LIF predicts a poor prognosis and promotes…``: a participle before
            # a name opening the clause names the name's own change; the name acts on what a later verb
            # names (its polarity turned round when lowered: ``Reduced IL-10 levels promote…``)
            c.subject = target.replaced(Arg(a.found, None, trig.polarity < 0) for a in target.args)
            c.modifier_only = True
            return after
        if factors is None or target is None:
            # ``参与了多种生物学过程，包括…`` / ``多种物质可以介导 IL-1 的产生，包括…``:
            # an example list after the clause may fill the missing slot.
            # (not where a pronoun with no referent holds the subject's place: ``它也在炎症性疾病中
            #发挥关键作用，包括细胞因子风暴综合征…`` lists kinds of the place, not factors)
            self.last = Emitted(it, factors or [], rule, [], c.negated, c.hedged, list(c.mediators),
                                c.items[-1].end, list(target.args) if target and not self._unresolved(c) else [])
            return after
        if (no_claim and not association) and EFFECTS[effect] == 0 or self.study and EFFECTS[effect] == 0:
            return after
        if _between(c.items, i, ("与", "和", "with"), "no_claim") or _between(c.items, i, ("由",), "origin_end") \
                or (no_claim and not association and target.start > _last_index(c.items, ("与", "with"))):
            # ``A 与过度激活的 B 有关``: an association; ``由…刺激后的细胞表达``: an origin
            return after
        if c.unknown:
            return after  # ``糖基化是否会影响 LIF 的稳定性还有待研究``: an open question, no claim
        if EFFECTS[effect] == 0 and self._unspecific_class(c.items, target):
            return after  # ``参与不同的信号通路`` / ``调控多种信号通路``: no particular pathway, no claim
        if it.has("medium") and all(x.has("medium") for x in c.items[target.start:target.end] if x.kind == "ENT"):
            # ``介导细胞间相互作用`` / ``mediate intercellular interactions``: what carries an
            # interaction between others is its medium, not an agent acting on it
            return after
        if c.mediators and not c.in_mediator:
            rule = f"{lang}.mediator"
        # ``从活化的 CD4+ T 辅助细胞中纯化`` / ``随后激活的 LIF/STAT3 信号传导``: a participle (V 的)
        # with no name before it in its clause only describes the name after it; the subject of
        # an earlier clause is not said to act on it
        participle = lang == "zh" and relative and c.subject is None and c.last_trigger is None \
            and i + 1 < len(c.items) and c.items[i + 1].kind == "DE" and not rule.startswith(f"{lang}.relative")
        if not participle:
            self._emit(factors, target.args, it, c.negated, c.hedged, [] if c.in_mediator else c.mediators, rule,
                       effect, target_end=c.items[max(target.end - 1, 0)].end)
        if lang == "zh" and relative and c.subject is None and c.last_trigger is None \
                and i + 1 < len(c.items) and c.items[i + 1].kind == "DE" and self._trigger_later(c.items, after):
            # ``随后激活的 LIF/STAT3 信号传导促进胶质瘤的增殖``: a participle opening the clause
            # (激活的) says what was done to the name after it; that name acts on what the
            # later verb names
            c.subject = target
            c.modifier_only = True
        if relative and c.place is not None and c.place.end == i and after < len(c.items) \
                and c.items[after].kind == "LOC":
            # ``在 BMSC 介导的 TKI 耐药中发挥作用``: the place is the head of the relative
            # clause (the resistance), not its agent
            c.place = target
        return after

    def _unspecific_class(self, items: list[Item], target: Group) -> bool:
        """The target is a class word (``relations/class_words.tsv``) with no aspect of its own,
        right after a word that names no particular member (the ``unspecific`` cue: 多种, 不同的)."""
        k = target.start - 1
        if k >= 0 and items[k].kind == "DE":
            k -= 1
        return k >= 0 and items[k].has("unspecific") and all(
            a.aspect is None and a.found.concept.id in self.data.class_words for a in target.args)

    def _change_of_head(self, items: list[Item], k: int) -> bool:
        """A trigger with a direction at ``k``, right after a name, that has no object of its own
        and heads no relative of its own (``细胞迁移抑制所必需的``, ``免疫耐受性破坏的原因``, not
        ``BMSC 诱导的耐药``): it names the name's change."""
        return k < len(items) and items[k].kind == "TRIG" and items[k].trigger.polarity != 0 \
            and items[k].trigger.form in ("verb", "noun") \
            and not (k + 1 < len(items) and items[k + 1].kind in ("ENT", "ASP")) \
            and not (k + 2 < len(items) and items[k + 1].kind == "DE" and items[k + 2].kind in ("ENT", "ASP"))

    def _relative_clause_object(self, c: Clause, i: int) -> int | None:
        """A verb whose object is a relative clause with no subject of its own: plain verbs
        (能够) if any, a second trigger verb, its object, 的, then a molecule or cell as the
        head (``诱导能够干扰 M-CSF 和 RANKL 产生的抗破骨细胞因子的合成``, ``调节促进间质胰岛素
        信号传导的 HNF1 的表达``). The first verb acts on the head; the head acts on the
        relative's object by the second verb; and where both verbs have a direction, the
        subject acts on that object with the two multiplied (IL-33 inhibits RANKL). The index
        after the head, or None where the clause is not built so."""
        items, lang = c.items, self.lang
        if lang != "zh" or items[i].trigger.form != "verb":
            return None
        t2 = i + 1
        while t2 < len(items) and items[t2].kind == "VERB":
            t2 += 1
        if t2 >= len(items) or items[t2].kind != "TRIG" or items[t2].trigger.form != "verb":
            return None
        m = t2 + 1
        while m < len(items) and items[m].kind == "WORD" and _modifier(items[m], lang):
            m += 1
        de = m
        while de < len(items) and (items[de].kind in ("ENT", "ASP", "LIST") or _is_conj(items[de], lang)):
            de += 1
        if m >= len(items) or items[m].kind != "ENT" or de + 1 >= len(items) or items[de].kind != "DE" \
                or items[de + 1].kind != "ENT":
            return None
        inner = read_group(items[:de], m, lang)  # the relative's object ends at its 的
        head = read_group(items, de + 1, lang)
        if inner is None or head is None or not all(a.found.concept.type in PLURAL_TYPES for a in head.args):
            return None  # ``诱导 TRAF3 的自噬降解``: a process after 的 is owned, no relative's head
        trig, rel = items[i], items[t2]
        factors = self._factors(c)
        if factors:
            rule = f"{lang}.active" + (".chain" if c.subject is None and self.sentence_subject is not None else "")
            self._emit(factors, head.args, trig, c.negated, c.hedged, list(c.mediators), rule)
            product = EFFECTS[trig.trigger.effect] * EFFECTS[rel.trigger.effect]
            if product:
                self._emit(factors, inner.args, trig, c.negated, c.hedged, list(c.mediators), rule,
                           "promotes" if product > 0 else "inhibits")
        agents = list({a.found.concept.id: Arg(a.found, None) for a in head.args}.values())
        self._emit(agents, inner.args, rel, False, c.hedged, [], f"{lang}.relative")
        return head.end

    def _binding_acted_on(self, c: Clause, i: int, target: Group | None, after: int) -> int | None:
        """``刺激 RANKL 与其受体 RANK 结合``: a verb whose object is a binding (A 与 B, then a
        binding word) acts on the binding, not on A and B: A binds B is stated; the index
        after the binding word, or None where the clause is not built so."""
        items = c.items
        if self.lang != "zh" or target is None or not target.joined_by_with or len(target.args) < 2 \
                or after >= len(items) or items[after].kind != "TRIG" or items[after].trigger.effect != "binds" \
                or items[after].trigger.form != "verb":
            return None
        self._emit(target.args[:1], target.args[1:], items[after], c.negated, c.hedged, [], f"{self.lang}.binding_pair")
        return after + 1

    def _goes_on_from_role(self, c: Clause, i: int) -> bool:
        """``X 在 B 中的作用非常复杂，既涉及 Y``: a clause with no subject of its own, going on
        from a sentence whose subject a role word (作用) has already been stated of."""
        it = c.items[i]
        return c.subject is None and self.sentence_subject is not None and any(
            x.kind == "TRIG" and x.trigger.form == "role" and x.end <= it.start for x in self.items)

    def _effect_acted_on(self, c: Clause, i: int, target: Group | None, after: int) -> int | None:
        """``X 抵消了 A 对 B 的促进作用``: A's effect on B is stated (A promotes B), and the verb's
        subject acts on B with the two directions multiplied (X inhibits B); the index after
        the effect noun, or None where the clause is not built so."""
        items, it = c.items, c.items[i]
        if self.lang != "zh" or it.trigger.form != "verb" or target is None or after >= len(items) \
                or not items[after].has("target"):
            return None
        nxt = _next_element(items, after + 1, self.lang)
        b = read_group(items, nxt, self.lang) if nxt is not None and items[nxt].kind == "ENT" else None
        if b is None or not _effect_noun_owned(items, b.end, any_noun=True):
            return None
        noun = items[b.end + 1]
        factors = self._factors(c)
        self._emit(target.args, b.args, noun, c.negated, c.hedged, [], f"{self.lang}.nominal")
        product = EFFECTS[it.trigger.effect] * EFFECTS[noun.trigger.effect]
        if factors:
            effect = "promotes" if product > 0 else "inhibits" if product < 0 else "regulates"
            self._emit(factors, b.args, it, c.negated, c.hedged, list(c.mediators), f"{self.lang}.active", effect)
        return b.end + 2

    def _shared_object(self, verb: Item) -> Group | None:
        """English right-node raising: a verb with no object, then a conjunction, another
        subject and its verb (``IL-6 promotes and IL-10 inhibits osteoclast differentiation``):
        the object of the second verb, which the first shares; None otherwise."""
        items = self.items
        k = next((m for m, x in enumerate(items) if x is verb), None)
        if k is None or k + 1 >= len(items) or not items[k + 1].has("conj"):
            return None
        start = _next_element(items, k + 2, self.lang)
        group = read_group(items, start, self.lang) if start is not None else None
        if group is None or not self._trigger_follows(items, group.end):
            return None
        v = next(m for m in range(group.end, len(items)) if items[m].kind == "TRIG")
        if items[v].trigger.form != "verb":
            return None
        shared, _ = self._target_after(items, v)
        return shared

    def _after_negative_verb(self, items: list[Item], i: int, effect: str) -> str:
        """``不利于支持 X`` / ``阻止激活 X``: a verb right after a verb of the negative
        direction (which has no object of its own) states the opposite of its effect."""
        before = items[i - 1] if i > 0 else None
        if self.lang == "zh" and before is not None and before.kind == "TRIG" and before.trigger.form == "verb" \
                and EFFECTS[before.trigger.effect] < 0 and EFFECTS[effect] != 0:
            return INVERSE[effect]
        return effect

    def _coordinated_effect(self, items: list[Item], i: int) -> str:
        """``刺激或抑制`` / ``stimulate or inhibit``: opposite directions
        joined by a conjunction state no direction (regulates)."""
        trig = items[i].trigger
        for j in (i - 2, i + 2):
            if 0 <= j < len(items) and items[j].kind == "TRIG" and items[min(i, j) + 1].has("conj"):
                if items[j].trigger.polarity * trig.polarity < 0:
                    return "regulates"
        return trig.effect

    def _factors(self, c: Clause) -> list[Arg] | None:
        if c.subject is None and c.gerund:
            return None  # the action is what the clause is about; the sentence's subject does not act here
        if c.pronoun and c.subject is None:
            return None  # a pronoun with no single referent: no factor is named
        group = c.subject or self.sentence_subject
        if group is None:
            return None
        if group.agents:
            return None
        args = list(group.args[:1]) if group.joined_by_with else list(group.args)  # ``A 与 B 的接触激活 C``: A acts
        if c.subject is None:
            # ``髓母细胞瘤是最常见的…肿瘤，在体外用…处理的 MB 细胞会增强…``: a disease that an
            # earlier clause was about is the setting of the clauses after it, not what acts in them
            args = [a for a in args if a.found.concept.type not in SETTING_TYPES]
        return args or None

    def _unresolved(self, c: Clause) -> bool:
        """The clause is about a pronoun that stands for no one (its own, or the sentence's)."""
        held = c.subject or self.sentence_subject
        return (c.pronoun and c.subject is None) or (held is not None and held.pronoun and not held.args)

    def _target_after(self, clause: list[Item], i: int) -> tuple[Group | None, int]:
        """The first group after the trigger at ``i``; a relative clause
        (``抑制 RANKL 诱导的破骨细胞形成``) hands on to its head noun."""
        lang = self.lang
        j = i + 1
        if j < len(clause) and clause[j].kind == "LIST":
            return None, j  # ``RANKL 水平升高、骨吸收增加``: the trigger has no object
        if j < len(clause) and _is_conj(clause[j], lang) and _change_after_name(clause, i):
            return None, j  # ``增殖减少、迁移减少和凋亡增加``: nor before a conjunction
        if lang == "zh" and j + 1 < len(clause) and clause[j].has("conj") and clause[j].text != "与" \
                and _next_element(clause, j + 1, lang) is not None:
            return None, j  # ``迁移减少和凋亡增加`` / ``LIF 阻断或遗传性 LIFR 缺失``: nor before 和 and the next name
        if lang == "zh" and j + 1 < len(clause) and clause[j].has("pronoun") and clause[j + 1].text in ("与", "和"):
            return None, j  # ``导致其与 pro-IL-1α 解离``: the object is a clause about the pronoun's referent
        w = j
        while lang == "zh" and w < len(clause) and clause[w].text in ("着", "了", "过"):
            w += 1  # aspect particles: ``调节着与…``
        if lang == "zh" and w < len(clause) and clause[w].text == "与":
            j = w
            # ``其表达上调与 CLL 的发生发展相关`` / ``调节与 X 相关的信号通路``: 与 opens an
            # association; the object, if any, is the head after its closing 的
            # ``降低了与 BMSCs 共培养的 CML 细胞的 BCL6 水平``: 与 X 共培养 (coculture) only says
            # what the cells were grown with; the object is the head after its 的 too
            close = next((k for k in range(j + 1, len(clause)) if clause[k].has("no_claim")
                          or clause[k].has("coculture")), None)
            if close is None or not _de_follows(clause, close):
                return None, j
            head = next((k for k in range(close + 1, len(clause)) if clause[k].kind in ("ENT", "ASP")), None)
            group = read_group(clause, head, lang) if head is not None else None
            return (group, group.end) if group is not None else (None, j)
        if lang == "zh" and i > 0 and clause[i - 1].has("host"):
            # ``提供促进 CLL 进展的微环境``: the trigger and its object are a relative clause on
            # the host verb's object after 的; the trigger acts on the names before 的
            de = next((k for k in range(j, len(clause)) if clause[k].kind in ("DE", "SEP", "TRIG", "VERB")), None)
            if de is not None and clause[de].kind == "DE":
                clause = clause[:de]
        if lang == "zh" and w < len(clause) and clause[w].has("pronoun") \
                and (owned := self._pronoun_object(clause, w)) is not None:
            return owned
        while j < len(clause):
            it = clause[j]
            if it.kind in ("ENT", "ASP"):
                group = read_group(clause, j, lang)
                if group is None:
                    return None, j + 1
                k = group.end
                if lang == "zh" and group.joined_by_with and k + 1 < len(clause) and clause[k].kind == "VERB" \
                        and clause[k + 1].kind == "ENT":
                    # ``提高癌症免疫疗法与 ICB 联用疗效``: A 与 B, a verb, then a name: the name
                    # (the outcome of A and B together) is the object
                    head = read_group(clause, k + 1, lang)
                    return (head, head.end) if head is not None else (None, k + 1)
                if lang == "zh" and k + 1 < len(clause) and clause[k].kind == "LOC" \
                        and clause[k].text not in _RESPECT_END | _SURFACE_END and clause[k + 1].kind != "SEP" \
                        and not any(x.has("locative") for x in clause[:k]):
                    # ``降低胰腺癌中活化基质标志物的表达``: a place (X 中) before what is acted on;
                    # what follows is no name here, so there is no object
                    j = k + 1
                    continue
                if k < len(clause) and clause[k].has("qualifier") and not _ends_clause(clause, k):
                    # ``促进肿瘤相关的细胞因子产生`` / ``抑制 AML 来源的 BMSC 的增殖``: the group only
                    # qualifies the head after it, which is the object (none if no name follows)
                    h = next((m for m in range(k + 1, min(k + 4, len(clause))) if clause[m].kind in ("ENT", "ASP")
                              or clause[m].kind not in ("DE", "WORD")), None)
                    head = read_group(clause, h, lang) if h is not None and clause[h].kind in ("ENT", "ASP") else None
                    return (head, head.end) if head is not None else (None, k + 1)
                if k < len(clause) and clause[k].kind == "TRIG" and _de_follows(clause, k):
                    h = k + 1 + (clause[k + 1].kind != "DE") + 1
                    head = read_group(clause, h, lang) if h < len(clause) else None
                    if head is not None:
                        return head, k
                h = _head_after_participle(clause, k) if lang == "en" else None
                if h is not None:
                    # ``inhibits RANKL-induced osteoclast differentiation``: the head noun is
                    # the object; the participle, read next, states RANKL's own effect
                    return read_group(clause, h, lang), k
                if lang == "zh" and _effect_noun_owned(clause, k):
                    # ``逆转了 BMSC 的保护作用``: acting on X's effect (a noun that ends the clause)
                    # acts on X's activity; the noun states no claim of its own
                    group = group.replaced([Arg(a.found, "activity", a.knocked_down, a.inverse)
                                            if a.aspect is None else a for a in group.args])
                    return group, k + 2
                if lang == "zh" and (result := _differentiation_result(clause, group)) is not None:
                    return result, result.end
                return group, group.end
            if j == i + 1 and lang == "zh" and it.has("passive") and (head := self._passive_relative(clause, j)):
                # ``激活受 RANKL 调控的多条信号通路``: the head of the relative clause is the object;
                # the relative's own trigger (调控), read next, states RANKL's effect on it
                return head
            if j == i + 1 and lang == "zh" and it.kind == "VERB" and len(it.text) <= 2 and j + 2 < len(clause) \
                    and clause[j + 1].kind == "DE" and clause[j + 2].kind == "ENT":
                # ``作用于邻近的乳腺癌细胞``: a one-word relative (邻近的) before the object, when the
                # object is read whole to the end of the clause
                group = read_group(clause, j + 2, lang)
                if group is not None and _ends_clause(clause, group.end - 1):
                    return group, group.end
                return None, j
            if lang == "zh" and it.kind == "VERB" and all(x.kind == "WORD" for x in clause[i + 1:j]) \
                    and (past := self._past_relative_verb(clause, j)) is not None:
                return past
            if it.kind in ("TRIG", "SEP", "VERB") or it.has("mediator") or it.has("passive") or it.has("target") \
                    or it.has("report"):
                return None, j  # ``X 的阻断已证明 IL-1…``: a reporting verb starts a new claim
            if lang == "en" and it.has("locative") and clause[i].trigger.form == "noun":
                return None, j  # ``hippo kinases activation in gastric cancer``: a place, not an object
            if it.has("between"):
                return None, j  # ``the regulation between bone formation and bone resorption``: no direction
            j += 1
        return None, j

    def _past_relative_verb(self, clause: list[Item], j: int) -> tuple[Group | None, int] | None:
        """A plain verb right after the trigger: ``增加循环中破骨细胞前体的数量`` (verb + 中: a
        place; the search goes on after it) / ``降低了遭受…骨质疏松症的大鼠的 IL-8 水平`` (a
        relative clause, verb + names + 的: the head after 的 is the object). None otherwise."""
        lang = self.lang
        if j + 2 < len(clause) and clause[j + 1].kind == "LOC" and clause[j + 1].text not in _RESPECT_END \
                and clause[j + 2].kind in ("ENT", "ASP"):
            group = read_group(clause, j + 2, lang)
            return (group, group.end) if group is not None else None
        if j + 1 < len(clause) and clause[j + 1].kind == "ENT":
            group = read_group(clause, j + 1, lang)
            if group is not None and any(x.kind == "DE" for x in clause[j + 1:group.end]):
                return group, group.end
        return None

    def _pronoun_object(self, clause: list[Item], j: int) -> tuple[Group, int] | None:
        """``增加免疫抑制细胞（如调节性 T 细胞）的数量并增强其功能`` / ``增加 Runx2、Osx 的水平，
        而较高浓度的 TNF-α则可降低它们的水平``: a pronoun right after a trigger, owning an
        aspect (其功能, 它们的水平), names what an earlier claim of the sentence acted on:
        a plural one (它们) that claim's objects, a singular one (其) the name nearest before
        it after that claim's trigger that is not its factor."""
        last, pronoun = self.last, clause[j]
        if last is None or not last.target_args:
            return None
        k = j + 1 + (j + 1 < len(clause) and clause[j + 1].kind == "DE")
        aspects, end = [], k
        while end < len(clause) and clause[end].kind == "ASP":
            aspects.append(clause[end].aspect)
            end += 1
            if end + 1 < len(clause) and (clause[end].has("conj") or clause[end].kind == "LIST") \
                    and clause[end + 1].kind == "ASP":
                end += 1
        if not aspects:
            return None
        if pronoun.has("plural"):
            named = [a.found for a in last.target_args]
        else:
            factors = {a.found.concept.id for a in last.factors}
            near = [x.found for x in self.items if x.kind == "ENT" and last.trigger.end <= x.start
                    and x.end <= pronoun.start and x.found.concept.id not in factors]
            named = near[-1:]
        if not named:
            return None
        args = [Arg(self._at(f, pronoun), (a.for_cells if f.concept.type == "cell" else a.aspect))
                for f in named for a in aspects]
        return Group(j, end, tuple(args), pronoun=True), end

    def _passive_relative(self, clause: list[Item], j: int) -> tuple[Group, int] | None:
        """``受 A 调控的 B`` from the passive cue at ``j``: (B, index of the trigger 调控)."""
        k = j + 1
        if k >= len(clause) or clause[k].kind not in ("ENT", "ASP"):
            return None
        agent = read_group(clause, k, self.lang)
        t = agent.end if agent is not None else len(clause)
        if t >= len(clause) or clause[t].kind != "TRIG" or not _de_follows(clause, t):
            return None
        h = next((m for m in range(t + 2, min(t + 5, len(clause))) if clause[m].kind in ("ENT", "ASP")), None)
        if h is None or any(x.kind not in ("DE", "WORD") for x in clause[t + 1:h]):
            return None
        head = read_group(clause, h, self.lang)
        return (head, t) if head is not None else None

    def _examples(self, c: Clause, group: Group, cue_index: int) -> None:
        """Examples right after a target (``促进…产生多种细胞因子，如 IL-1、IL-8``)
        or a subject (``细胞因子（如 IL-2）可以…``) stand for it."""
        cue = c.items[cue_index]
        cue_at = cue.start
        includes = cue is not None and cue.text in ("包括", "including")  # ``X 包括 Y``: a membership
        if c.subject is not None and c.last_trigger is None and not includes and \
                self._adjacent(c.items[c.subject.end - 1].end, cue_at):
            c.subject = group.replaced(group.args)
            return
        # ``与其受体（DR4 和 DR5）``: examples of a partner, 对-target or agent
        for role in ("partner", "target_pre", "passive_agent"):
            held = getattr(c, role)
            if held is not None and held.end <= group.start and not includes \
                    and self._adjacent(c.items[held.end - 1].end, cue_at):
                setattr(c, role, group.replaced(group.args))
                return
        last = self.last
        if last is not None and last.rule.startswith(f"{self.lang}.passive") and last.factors \
                and self._adjacent(last.trigger.end, cue_at) and all(_is_class_word(a.found.concept.id, self.lexicon, self.data) for a in last.factors):
            # ``ADAM 蛋白酶能被其他细胞因子激活，例如 IL-1β 或 TNF-α``: the examples stand for the agent
            for t in last.triples:
                if t in self.triples:
                    self.triples.remove(t)
            self._emit(group.args, last.target_args, last.trigger, last.negated, last.hedged, last.mediators,
                       last.rule + ".examples")
            return
        if last is None:
            k = next((m for m, x in enumerate(self.items) if x is cue), 0) - 1
            while k >= 0 and self.items[k].kind == "SEP":
                k -= 1
            held = self.items[k] if k >= 0 else None
            if held is not None and held.kind == "ENT" and self._adjacent(held.end, cue_at) \
                    and _is_class_word(held.found.concept.id, self.lexicon, self.data) \
                    and self.sentence_subject is not None and not includes:
                # ``肿瘤细胞分泌或过度表达某些细胞因子，如 TNF 和 IL-6，导致…``: no claim yet (what is
                # secreted is no effect); the examples of the class word name what the next clauses are about
                self.sentence_subject = group
            return
        if last.listed_factors and not includes and last.rule.endswith(".examples") \
                and self._no_clause_break(last.target_end, cue_at) and not self._adjacent(last.target_end, cue_at):
            # ``受多种刺激的调节，包括炎症信号(例如 TNF-α)、…和类固醇激素(例如雄激素、雌激素)``: a
            # later example list of the same clause names more of the listed factors
            self._emit(group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
                       last.rule, target_end=c.items[group.end - 1].end)
            self.last.targets, self.last.listed_factors = list(last.targets), True
            return
        if not self._adjacent(last.target_end, cue_at):
            return
        if not last.factors and last.targets:
            # the trigger had a target but no factor: the examples are the factors
            self._emit(group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
                       last.rule + ".examples", target_end=c.items[group.end - 1].end)
            self.last.targets, self.last.listed_factors = list(last.targets), True
            return
        if last.listed_factors and not includes:
            # ``受多种刺激的调节，包括炎症信号（例如 TNF-α、IL-1β）``: examples of the last
            # listed factor stand for it
            named = last.factors[-1].found.concept.id
            for t in [t for t in last.triples if t.factor_id == named]:
                if t in self.triples:
                    self.triples.remove(t)
            self._emit(group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
                       last.rule, target_end=c.items[group.end - 1].end)
            self.last.targets, self.last.listed_factors = list(last.targets), True
            return
        class_target = any(_is_class_word(t.target_id, self.lexicon, self.data) for t in last.triples)
        if not last.factors or last.rule.startswith(f"{self.lang}.relative") and not class_target:
            return  # ``…引起的肿瘤，包括 MM、PMF``: the list names kinds of the head, not targets
        at = next((m for m, x in enumerate(self.items) if x is last.trigger), None)
        if self.lang == "zh" and not last.triples and at is not None and _de_follows(self.items, at):
            return  # ``是一类由…异常增殖引起的疾病，包括 MM、PMF``: kinds of the head noun after 的 too
        if not class_target and last.triples:
            # ``促进肿瘤的生长，如 IL-6、G-CSF 和 IFN-γ，均可…``: the list does not
            # stand for the target; it names what the next clauses are about
            self.sentence_subject = group
            return
        stated = [last]
        before = self.before_last
        if before is not None and before.target_end == last.target_end and before.factors and before.triples \
                and all(_is_class_word(t.target_id, self.lexicon, self.data) for t in before.triples):
            # ``激活受 RANKL 调控的多条信号通路，如 MAPK、JNK``: the examples stand for the
            # head of both the trigger and the relative clause
            stated.insert(0, before)
        for e in stated:
            for t in e.triples:
                if t in self.triples:
                    self.triples.remove(t)
            # an example with no aspect of its own takes the class word's (``调节受体的表达/活性，包括 FXR``)
            aspects = list(dict.fromkeys(t.aspect for t in e.triples)) or [None]
            args = [a if a.aspect is not None else replace(a, aspect=x) for a in group.args for x in
                    (aspects if a.aspect is None else [a.aspect])]
            self._emit(e.factors, args, e.trigger, e.negated, e.hedged, e.mediators,
                       e.rule + ".examples", target_end=c.items[group.end - 1].end)

    def _no_clause_break(self, start: int, end: int) -> bool:
        """No clause punctuation between two offsets of the sentence."""
        return not any(x.kind == "SEP" and start <= x.start < end for x in self.items)

    def _trigger_follows(self, items: list[Item], j: int) -> bool:
        """Another trigger comes next, with only modals or adverbs before it."""
        for x in items[j:]:
            if x.kind == "TRIG":
                return True
            if x.kind not in ("WORD", "CUE") or x.has("conj"):
                return False
        return False

    def _no_group_before_trigger(self, items: list[Item], j: int) -> bool:
        """A trigger comes next, with no name or aspect before it."""
        for x in items[j:]:
            if x.kind == "TRIG":
                return True
            if x.kind in ("ENT", "ASP", "SEP") or x.has("pronoun") or x.has("demonstrative") \
                    or x.text.lower() == "that":
                return False  # a new subject: ``revealed that it plays…``
        return False

    def _trigger_later(self, items: list[Item], j: int) -> bool:
        """A verb trigger comes later in the clause: the head noun before it is its subject."""
        return any(x.kind == "TRIG" and x.trigger.form == "verb" for x in items[j:])

    def _adjacent(self, end: int, start: int) -> bool:
        """Only punctuation, spaces or a short word between two offsets."""
        gap = self.view.clean.text[end:start]
        return len(re.sub(r"[\s,，、;；:：()（）\[\]〔〕等]", "", gap)) <= 2

    # -- output
    def _cells_of_disease(self, concept) -> bool:
        """A cell type named after a disease (tumor cell, leukemia cell): the disease's cells."""
        if concept.type != "cell" or not concept.name.endswith(" cell"):
            return False
        disease = self.lexicon.concept_named(concept.name[:-len(" cell")])
        return disease is not None and disease.type == "disease"

    def _emit(self, factors, targets, trigger: Item, negated: bool, hedged: bool, mediators, rule: str,
              effect: str | None = None, target_end: int = 0) -> None:
        made = []
        sent, clean = self.view.sentence, self.view.clean
        e_start, e_end = clean.source_span(trigger.start, trigger.end)
        mediator_id = mediators[0].found.concept.id if mediators else None
        base = effect or trigger.trigger.effect
        for f in factors:
            for t in targets:
                this = INVERSE[base] if f.knocked_down != t.inverse else base
                concept = t.found.concept
                if concept.id == f.found.concept.id:
                    continue
                aspect = t.aspect
                if aspect is not None and concept.name == "cell":
                    # ``促进肿瘤细胞的增殖，并抑制细胞凋亡``: cells named only as
                    # 细胞 are the cells the sentence names
                    owner = self._cells_acted_on_last(f.found) or self._owner_cell(t.found, f.found)
                    if owner is not None:
                        t = Arg(owner, aspect)
                        concept = owner.concept
                if aspect in _DISEASE_ASPECT and self._cells_of_disease(concept):
                    # ``促进肿瘤细胞的生长和浸润``: tumour cells spreading into tissue invade
                    aspect = _DISEASE_ASPECT[aspect]
                cell_aspect = self._cell_aspect_process(concept) if self.lang == "zh" and aspect is None else \
                    aspect if self.lang == "zh" and concept.type == "drug" and aspect == "drug_resistance" else None
                if cell_aspect is not None:
                    # ``介导 BMSC 诱导的耐药``: drug resistance named on its own is the resistance
                    # of the cells the sentence names (that do not act themselves); so is the
                    # resistance to a drug (``BMSC 介导的 TKI 耐药``), which the drug does not own
                    owner = self._acted_on_cells(t.found, f.found)
                    if owner is not None:
                        t, concept, aspect = Arg(owner, cell_aspect), owner.concept, cell_aspect
                if concept.type == "disease" and aspect in CELL_ASPECTS:
                    # ``AML 的增殖`` is the proliferation of AML cells.
                    cells = self.lexicon.concept_named(f"{concept.name} cell")
                    if cells is not None:
                        t = Arg(as_concept(t.found, cells), aspect)
                        concept = cells
                if aspect is None and concept.type in THING_TYPES:
                    aspect = trigger.trigger.aspect or (None if rule.split(".")[1] == "noun" else
                                                        self.data.default_aspects.get((this, concept.type)))
                    if aspect == "none":  # the trigger word says no aspect (``B 的负调节因子``)
                        aspect = None
                if concept.type == "process" or this == "binds":
                    # ``促进骨吸收``: a process is a target in itself; binding names
                    # the partner itself (``与 gp130 形成…复合物``: no 形成 aspect)
                    aspect = None
                final = this
                if aspect == "expression" and EFFECTS[this]:
                    final = "upregulates" if EFFECTS[this] > 0 else "downregulates"
                fr, tr = f.found.record, t.found.record
                made.append(Triple(
                    doc_id=self.doc.doc_id, lang=sent.lang, sent_start=sent.start, sent_end=sent.end,
                    factor_id=fr.concept_id, factor_name=fr.concept_name, factor_text=fr.surface,
                    factor_start=fr.start, factor_end=fr.end,
                    effect=final, polarity=EFFECTS[final], effect_text=self.doc.text[e_start:e_end],
                    effect_start=e_start, effect_end=e_end,
                    target_id=tr.concept_id, target_name=tr.concept_name, target_text=tr.surface,
                    target_start=tr.start, target_end=tr.end,
                    aspect=aspect, negated=negated, hedged=hedged, mediator_id=mediator_id, rule=rule,
                    page=sent.page, sent_id=sent.sent_id,
                    **box_columns(self._claim_box(fr.start, tr.end, e_start, e_end)),
                ))
        self.triples.extend(made)
        self.before_last = self.last
        self.last = Emitted(trigger, list(factors), rule, made, negated, hedged, list(mediators), target_end,
                            target_args=list(targets))


    def _claim_box(self, *offsets: int):
        """The box of the stretch from the first to the last of a claim's
        spans, on its sentence's page (PDF only); the sentence's box when the
        claim itself lies on the next page."""
        sent, start, end = self.view.sentence, min(offsets), max(offsets)
        if self.doc.page_of(start) == sent.page:
            return self.doc.bbox(start, end)
        return self.doc.bbox(sent.start, sent.end)

    def _cell_aspect_process(self, concept) -> str | None:
        """The cell aspect a process names by its English name (drug resistance,
        self-renewal: stemness), when it has no frame of its own; else None."""
        word = self.data.aspects.get(("en", concept.name.lower()))
        if concept.type != "process" or concept.frame or word is None or word.aspect not in CELL_ASPECTS:
            return None
        return word.aspect

    def _acted_on_cells(self, target: Found, factor: Found) -> Found | None:
        """The cells whose property ``target`` is: the nearest cell type named before it
        (else after it) that is neither the factor nor the agent of a relative (``BMSC
        诱导的``); else the cells of the nearest disease (AML: AML cells); else None."""
        def candidates(types):
            before, after = None, None
            for k, it in enumerate(self.items):
                concept = it.found.concept if it.kind == "ENT" else None
                if concept is None or concept.type not in types or concept.name == "cell" \
                        or concept.id == factor.concept.id or self._relative_agent(k):
                    continue
                if it.end <= target.cstart:
                    before = it.found
                elif it.start >= target.cend and after is None:
                    after = it.found
            return before or after
        cell = candidates({"cell"})
        if cell is not None:
            return cell
        disease = candidates({"disease"})
        cells = self.lexicon.concept_named(f"{disease.concept.name} cell") if disease is not None else None
        return as_concept(disease, cells) if cells is not None else None

    def _relative_agent(self, k: int) -> bool:
        """The name at item ``k`` is the agent of a relative clause (``BMSC 诱导的``)."""
        items = self.items
        return k + 1 < len(items) and items[k + 1].kind == "TRIG" and _de_follows(items, k + 1)

    def _cells_acted_on_last(self, factor: Found) -> Found | None:
        """``抑制 AML 增殖, 促进细胞凋亡``: cells named only as 细胞 right after a claim on
        the proliferation (or another cell aspect) of a cell type or a disease's cells are
        those cells."""
        last = self.last
        if last is None or not last.triples:
            return None
        for a in last.target_args:
            concept = a.found.concept
            if a.aspect not in CELL_ASPECTS or concept.id == factor.concept.id or concept.name == "cell":
                continue
            if concept.type == "cell":
                return a.found
            cells = self.lexicon.concept_named(f"{concept.name} cell") if concept.type == "disease" else None
            if cells is not None:
                return as_concept(a.found, cells)
        return None

    def _owner_cell(self, target: Found, factor: Found) -> Found | None:
        """The cell type that the sentence names nearest before ``target``,
        else nearest after it; never the factor. (A disease is not taken for
        its cells here: ``在骨髓增殖性肿瘤中，细胞因子参与细胞增殖`` names a place.)"""
        before, after = None, None
        # ``抑制 AML 增殖, 促进细胞凋亡``: a disease whose cells a claim of this sentence was
        # already stated of names those cells
        as_cells = {t.target_start: t.target_id for t in self.triples
                    if t.sent_start == self.view.sentence.start and t.target_id != t.factor_id}
        for it in self.items:
            found = it.found if it.kind == "ENT" else None
            if found is not None and found.concept.type == "disease" and found.record.start in as_cells:
                cells = self.lexicon.concepts.get(as_cells[found.record.start])
                found = as_concept(found, cells) if cells is not None and cells.type == "cell" else None
            concept = found.concept if found is not None else None
            if concept is None or concept.type != "cell" or concept.name == "cell" \
                    or concept.id == factor.concept.id:
                continue
            if it.end <= target.cstart:
                before = found
            elif it.start >= target.cend and after is None:
                after = found
        return before or after


def _gerund_subject(items: list[Item], lang: str) -> bool:
    """``，因此抑制FGF2/FGFR2信号通路可能是克服…的有效策略``: a clause that opens (after
    connectives and adverbs) with a trigger whose phrase a copula (是/为) follows: the
    action is the subject; the clause is not said of the sentence's subject."""
    if lang != "zh":
        return False
    k = 0
    while k < len(items) and items[k].kind in ("WORD", "CUE") and not items[k].has("pronoun") \
            and not items[k].has("demonstrative"):
        k += 1
    if k >= len(items) or items[k].kind != "TRIG" or items[k].trigger.form != "verb":
        return False
    return any(x.kind == "VERB" and x.text in ("是", "为") for x in items[k + 1:])


# How far back _owned looks for a cue word (the longest Chinese cue, 细胞间相互作用, has 7 characters).
_LONGEST_CUE = 12


def _owned(text: str, start: int, data: RuleData) -> bool:
    """The name starting at ``start`` follows a word that makes it the name before's own
    (``及其``: X and its Y)."""
    before = text[:start].rstrip()
    return any("owned" in data.cues.get(("zh", before[-n:]), ()) for n in range(1, min(len(before), _LONGEST_CUE) + 1))


def _is_class_word(concept_id: str, lexicon, data: RuleData) -> bool:
    """A name for a class of things that examples can stand for: a family
    (细胞因子, 受体) or a concept listed in ``relations/class_words.tsv`` (信号通路, 细胞)."""
    concept = lexicon.concepts.get(concept_id)
    return concept is not None and (concept.type == "family" or concept_id in data.class_words)


def _change_after_name(items: list[Item], i: int) -> bool:
    """The trigger at ``i`` is a change word (a ``raised`` or ``knockdown`` cue) right
    after a name or an aspect word: ``迁移减少``, ``骨形成较少``, something's own change,
    not a verb with an object."""
    it = items[i]
    return i > 0 and items[i - 1].kind in ("ASP", "ENT") and (it.has("raised") or it.has("knockdown"))


def _group_before(clause: list[Item], i: int, lang: str) -> Group | None:
    """The group that ends right before item ``i``."""
    k = i - 1
    while k >= 0 and clause[k].kind == "WORD" and (_modifier(clause[k], lang) or clause[k].text in ("-", "–")):
        k -= 1
    if k < 0 or clause[k].kind not in ("ENT", "ASP"):
        return None
    first = k
    while first - 1 >= 0 and (clause[first - 1].kind in ("ENT", "ASP", "DE", "LIST")
                              or clause[first - 1].has("conj") or clause[first - 1].has("filler")):
        first -= 1
    while first < k and clause[first].kind not in ("ENT", "ASP"):
        first += 1
    group = read_group(clause, first, lang)
    return group if group and group.end > k else None


def _forms_verb(items: list[Item], i: int) -> bool:
    """The aspect word at ``i`` (cues.tsv kind forms) stands before a name and after no
    name, aspect, 的 or trigger (at the start of the clause, or after a modal)."""
    before = items[i - 1] if i > 0 else None
    return i + 1 < len(items) and items[i + 1].kind == "ENT" and (
        before is None or before.kind in ("VERB", "WORD") or before.kind == "CUE" and bool(
            before.cues & {"conj", "clause_link", "hedge"}))


def _qualifies_next(items: list[Item], k: int) -> bool:
    """A qualifier cue, 的 and a name right after a group (``巨噬细胞衍生的 IL-10``):
    the group only qualifies that name."""
    return k + 2 < len(items) and items[k].has("qualifier") and items[k + 1].kind == "DE" \
        and items[k + 2].kind == "ENT"


def _differentiation_result(clause: list[Item], group: Group) -> Group | None:
    """``促进成熟造血干细胞分化为破骨细胞`` / ``抑制邻近细胞分化为经典激活的巨噬细胞``:
    a differentiation followed by 为/成 (cues.tsv kind result) and a cell type is the
    differentiation of that cell type, what is formed, not of the cells that change."""
    k = group.end
    if k + 1 >= len(clause) or not clause[k].has("result") or clause[k + 1].kind != "ENT" \
            or clause[k + 1].found.concept.type != "cell" \
            or not any(a.aspect == "differentiation" for a in group.args):
        return None
    formed = read_group(clause, k + 1, "zh")
    if formed is None:
        return None
    cells = {a.found.concept.id: a for a in formed.args if a.found.concept.type == "cell"}
    return formed.replaced(Arg(a.found, "differentiation", a.knocked_down) for a in cells.values()) if cells else None


def _copula_agent(c: Clause, i: int, lang: str) -> Group | None:
    """``Y 是(一类)由 X 引起的 Z`` / ``Y 是由 X 的激活驱动的``: the subject, the copula
    是 and plain words (一类), then 由 and names (with their places, aspects and
    modifiers) up to the trigger at ``i``: the agent group X, or None. The first
    name after 由 that no place word (中) closes is the agent."""
    items = c.items
    if lang != "zh" or c.subject is None or c.last_trigger is not None:
        return None
    cue = next((k for k in range(i - 1, c.subject.end - 1, -1)
                if items[k].kind == "CUE" and items[k].cues & {"origin", "passive"}), None)
    if cue is None or not any(x.kind == "VERB" and x.text in ("是", "为") for x in items[c.subject.end:cue]) \
            or any(x.kind not in ("VERB", "WORD") for x in items[c.subject.end:cue]):
        return None
    if any(x.kind in ("TRIG", "SEP", "CUE") or x.kind == "VERB" and x.text in ("是", "为")
           for x in items[cue + 1:i]):
        return None
    for k in range(cue + 1, i):
        if items[k].kind == "ENT" and not (k + 1 < i and items[k + 1].kind == "LOC"):
            group = read_group(items, k, lang)
            return group if group is not None and group.end <= i else None
    return None


def _in_respect_of_role(items: list[Item], i: int) -> bool:
    """Item ``i`` lies in a respect phrase (``在 … 方面``) that a role word follows
    (``等方面发挥重要作用``, ``方面均可起着关键作用``): 在 before it, 方面 after it with
    only names, aspects, lists and other triggers between, then only plain words and
    verbs up to the role word."""
    opener = next((k for k in range(i - 1, -1, -1) if items[k].has("locative") or items[k].kind == "LOC"), None)
    if opener is None or items[opener].kind == "LOC" or items[opener].text != "在":
        return False
    close = next((k for k in range(i + 1, len(items)) if items[k].kind == "LOC"), None)
    if close is None or items[close].text not in _RESPECT_END or any(
            x.kind in ("VERB", "SEP") or x.has("mediator") for x in items[opener + 1:close]):
        return False
    for x in items[close + 1:]:
        if x.kind == "TRIG":
            return x.trigger.form == "role"
        if x.kind not in ("WORD", "VERB", "CUE"):
            return False
    return False


def _prefixed_args(items: list[Item], group: Group) -> list[Arg]:
    """``抗凋亡的作用``: a process framed on a class word (凋亡: a cell's apoptosis) right
    after the prefix, with no owner named, is the process itself, as 抗炎 is inflammation."""
    first = items[group.start]
    if len(group.args) == 1 and first.process is not None and first.has("generic_head"):
        return [Arg(first.process, None, group.args[0].knocked_down)]
    return list(group.args)


def _object_of_trigger(items: list[Item], i: int) -> bool:
    """``阻断…破骨细胞分化和促骨吸收活性`` / ``增强了这种促肿瘤活性``: the prefixed phrase
    at ``i`` is the object of a trigger verb before it (the nearest verb of the
    clause is a trigger, not 具有/有着), so it states no effect of the subject."""
    for x in reversed(items[:i]):
        if x.kind == "TRIG" and x.trigger.form == "verb":
            return True
        if x.kind == "VERB":
            return False
    return False


def _owner_de(items: list[Item], i: int, lang: str) -> int:
    """Where the 的 that links a noun trigger to its owner stands: before the
    trigger, past modifiers and short qualifying words with their own 的
    (``B 的重要负调节因子``, ``B 的顶端驱动因素``, ``B 的非常有效的触发因素``)."""
    de = i - 1
    while de > 1 and (items[de].kind == "WORD" and (_modifier(items[de], lang) or len(items[de].text) <= 2)
                      or items[de].kind == "DE" and items[de - 1].kind == "WORD" and lang == "zh"):
        de -= 1
    return de


def _last_index(items: list[Item], words: tuple[str, ...]) -> int:
    """Index of the last of ``words`` in ``items`` (past the end when absent)."""
    found = [k for k, x in enumerate(items) if x.text in words]
    return found[-1] if found else len(items)


def _de_follows(items: list[Item], i: int) -> bool:
    """的 right after item ``i``, or after one short word (``刺激后的``)."""
    if i + 1 < len(items) and items[i + 1].kind == "DE":
        return True
    return i + 2 < len(items) and items[i + 1].kind in ("WORD", "LOC") and len(items[i + 1].text) == 1 \
        and items[i + 2].kind == "DE"


def _ends_clause(items: list[Item], k: int) -> bool:
    """Nothing but filler words after item ``k``: ``与炎症性疾病相关``, not
    ``相关细胞因子`` (a modifier)."""
    return all(x.kind == "WORD" and len(x.text) <= 2 for x in items[k + 1:])


def _between(clause: list[Item], i: int, openers: tuple[str, ...], closer: str) -> bool:
    """Item ``i`` lies between an opener word and a closing cue of the clause:
    ``与 … 有关`` (closer no_claim) or ``由 … 表达`` (closer origin_end: an
    expression word)."""
    opened = any(x.text in openers for x in clause[:i])
    if not opened:
        return False
    for x in clause[i + 1:]:
        if closer == "no_claim" and x.has("no_claim") and _ends_clause(clause, clause.index(x)):
            return True
        if closer == "origin_end" and (x.kind == "ASP" and x.aspect.aspect == "expression"):
            return True
    return False


def _after_be(clause: list[Item], i: int) -> bool:
    """``is antagonized``: a participle after a form of *be* (adverbs between)."""
    k = i - 1
    while k >= 0 and clause[k].text.lower().endswith("ly"):
        k -= 1
    return k >= 0 and clause[k].text.lower() in _BE and clause[i].text.lower().endswith(("ed", "en", "wn"))


def _participle_after_name(clause: list[Item], i: int) -> bool:
    """``bone formation mediated by osteoblasts``: a participle right after a name."""
    return i > 0 and clause[i - 1].kind in ("ENT", "ASP") and clause[i].text.lower().endswith("ed")


def _head_after_participle(clause: list[Item], k: int) -> int | None:
    """``RANKL-induced osteoclast differentiation`` / ``tumor microenvironment
    mediated chemoresistance``: where a participle trigger at ``k`` (after a
    hyphen or not) makes the name before it a modifier of the name after it,
    the index of that head name; None otherwise (``B mediated by C`` is a passive)."""
    p = k + 1 if k < len(clause) and clause[k].text in ("-", "–") else k
    if p + 1 >= len(clause) or clause[p].kind != "TRIG" or not clause[p].text.lower().endswith(("ed", "en")):
        return None
    if p + 3 < len(clause) and clause[p + 1].has("filler") and clause[p + 2].kind == "DE" \
            and clause[p + 3].kind == "ENT":
        return p + 3  # ``BMSC mediated progression of T-ALL``: the progression of T-ALL is T-ALL
    return p + 1 if clause[p + 1].kind in ("ENT", "ASP") else None


def _by_follows(clause: list[Item], i: int) -> bool:
    return any(it.text.lower() == "by" for it in clause[i + 1:i + 3])


def _by_agent(clause: list[Item], i: int, lang: str) -> Group | None:
    """The group after ``by``; a last conjunct that a participle follows
    belongs to the next phrase (``by osteoblasts and bone resorption mediated by``)."""
    for j in range(i + 1, min(i + 4, len(clause))):
        if clause[j].text.lower() == "by":
            for k in range(j + 1, min(j + 4, len(clause))):
                if clause[k].kind in ("ENT", "ASP"):
                    group = read_group(clause, k, lang)
                    if group and len(group.args) > 1 and group.end < len(clause) \
                            and clause[group.end].kind == "TRIG":
                        group = group.replaced(group.args[:-1])
                    return group
    return None


def _group_after_word(clause: list[Item], i: int, lang: str, word: str) -> Group | None:
    for j in range(i + 1, min(i + 4, len(clause))):
        if clause[j].text.lower() == word:
            for k in range(j + 1, min(j + 4, len(clause))):
                if clause[k].kind in ("ENT", "ASP"):
                    return read_group(clause, k, lang)
    return None


def _skip_group(clause: list[Item], i: int, lang: str) -> int:
    agent = None
    for j in range(i + 1, min(i + 6, len(clause))):
        if clause[j].kind in ("ENT", "ASP"):
            agent = read_group(clause, j, lang)
            break
    return agent.end if agent else i + 1


def _dedupe(triples: list[Triple]) -> list[Triple]:
    """One triple per sentence (SPEC 1): a claim stated twice in a sentence,
    or read from two mentions of the same names, is kept once, first reading."""
    seen = set()
    out = []
    for t in triples:
        key = (t.factor_id, t.polarity, t.target_id, t.aspect, t.negated)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
