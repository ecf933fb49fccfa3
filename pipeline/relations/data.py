"""The relation reader's language data, loaded and typed: ``dictionaries/relations/*.tsv``.

Reads the trigger words (``triggers.tsv``), aspect words (``aspects.tsv``), cue words
(``cues.tsv``), function words and punctuation (``words.tsv``), default aspects
(``default_aspects.tsv``), class words (``class_words.tsv``) and the construction records
(``constructions.tsv``); ``load_rule_data`` returns them as one ``RuleData``, which
``resources.py`` keeps for the whole process. Errors name the file and the line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..dictionary.lexicon import ASPECTS, TYPES, DictionaryError, read_tsv

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
                       "demonstrative", "raised", "condition", "qualifier", "instrument", "clause_link", "medium",
                       "unknown", "host", "title", "coculture", "anaphor", "process_anaphor", "role_content", "determiner", "plural",
                       "owned", "related", "existential", "result", "causative", "likeness", "forms", "unspecific",
                       "combination", "together", "especially", "ameliorate", "question", "both"})
# Cue kinds that only mark a word: a host verb stays a verb, a title word a word.
MARK_ONLY = frozenset({"host", "title", "anaphor", "process_anaphor", "determiner", "plural", "owned", "related", "existential",
                       "result", "causative", "forms", "unspecific", "both"})
# The classes of words.tsv (its header says what each is).
WORD_KINDS = frozenset({
    "clause_break", "list_mark", "open", "close", "comma", "wide_comma", "hyphen", "gap", "de", "locative_end",
    "surface", "respect", "respect_open", "copula", "copula_as", "have", "effect_noun", "effect_ending", "attribute_ending", "degree_adverb",
    "effect_word", "with", "with_its", "and", "as_well_as", "particle", "includes", "origin_open", "article", "be", "break",
    "nominal_partner", "by", "complementizer", "role_in", "effect_on", "adverb_ending", "past_ending",
    "participle_ending", "be_participle_ending", "gerund_ending", "cells_of", "family_of", "modifier_pos",
    "noun_pos", "compound_head", "cell_compound_head", "ailment", "killer_cell", "protect", "found_in", "relative_particle", "aspect_adverb", "harm",
    "latter", "former", "time_end", "modal", "cause_open", "cause_close", "disposal", "function_noun", "study_ending",
    "process_head", "one_of", "destination", "key_importance", "key_head_ending", "attribute_opening", "same_head",
    "anaphor_det", "anaphor_det_plural", "anaphor_pair", "anaphor_cell", "anaphor_pathway", "anaphor_disease",
    "anaphor_factor", "anaphor_receptor", "anaphor_complex", "anaphor_compound",
    "anaphor_join", "anaphor_pronoun", "anaphor_pronoun_plural", "anaphor_pronoun_compound", "anaphor_subject_verb", "anaphor_det_definite", "anaphor_opener", "anaphor_impersonal_verb",
    "anaphor_impersonal", "anaphor_break", "anaphor_subordinator", "anaphor_former", "anaphor_latter",
    "apposition_dash", "owner_pronoun", "capacity_noun", "heading_mark", "topic_break", "compete", "negation_suffix", "fall",
    "compound_qualifier", "generic_class", "enumeration_mark", "sequence_link", "contrast", "own_partner", "noun_predicate",
    "feature_open", "feature_predicate",
    "agent_head", "fronted_as", "rise", "model", "phenotype", "spared"})
# English classes matched whatever the case of the word ("The binding of…").
CASELESS_KINDS = frozenset({"article", "be", "break", "nominal_partner", "by", "complementizer", "role_in",
                            "effect_on"})
FORMS = frozenset({"verb", "noun", "modifier", "role", "prefix", "agent", "response", "result"})
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
_POS_KINDS = ("modifier_pos", "noun_pos")  # the classes of words.tsv that list parts of speech


def _not_words(kind: str) -> bool:
    """Classes of words.tsv that list word endings, openings or parts of speech, not words."""
    return kind.endswith(("_ending", "_opening")) or kind in _POS_KINDS

CONSTRUCTION_COLUMNS = ("name", "lang", "stage", "order", "pattern", "emits", "example", "expected")
# What a construction gives (constructions.tsv, column emits): it names the triples it states (their rule),
# it shapes triples (their steps), it changes how the clause is read, or it rejects a claim.
EMITS = ("triples", "step", "reading", "no claim")


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
class Construction:
    """One record of ``constructions.tsv``: a construction the reader knows, in the order it tries them.

    ``stage`` says where the engine tries it (``engine.STAGES``), ``order`` when within the stage;
    ``pattern`` is what it matches, in words, over the sentence's items; ``emits`` what it gives;
    ``example`` a real sentence and ``expected`` the triple it must give there
    (``factor | effect | target | aspect [| negated] [| hedged]``), which a test checks."""

    name: str
    lang: str
    stage: str
    order: int
    pattern: str
    emits: str
    example: str
    expected: str
    where: str = field(default="", compare=False)


@dataclass
class RuleData:
    triggers: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    aspects: dict[tuple[str, str], AspectWord] = field(default_factory=dict)
    cues: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    words: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    word_lists: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # (class, lang): words
    default_aspects: dict[tuple[str, str], str] = field(default_factory=dict)
    constructions: list[Construction] = field(default_factory=list)
    class_words: frozenset[str] = frozenset()
    longest_en: int = 1
    grammar: object = field(default=None, repr=False, compare=False)  # engine.Grammar: records bound to handlers
    _marks: dict = field(default_factory=dict, repr=False, compare=False)

    def zh_words_from(self, first: str) -> list[str]:
        """Chinese aspect, trigger and whole words (cue ``word``) starting with ``first``."""
        if not hasattr(self, "_by_first"):
            self._by_first: dict[str, list[str]] = {}
            whole = [key for key, kinds in self.cues.items() if "word" in kinds]
            for lang, w in list(self.aspects) + list(self.triggers) + whole:
                if lang == "zh" and len(w) >= 3:
                    self._by_first.setdefault(w[0], []).append(w)
        return self._by_first.get(first, [])

    def zh_word_chars(self) -> frozenset[str]:
        """Every character of the words ``zh_words_from`` gives: a name whose first character is
        none of them starts inside none of those words (an English name)."""
        if not hasattr(self, "_word_chars"):
            self.zh_words_from("")
            self._word_chars = frozenset(c for ws in self._by_first.values() for w in ws for c in w)
        return self._word_chars

    def chinese_words(self) -> list[str]:
        """Chinese lexicon words, so the segmenter keeps them whole."""
        words = [w for (lang, w) in list(self.triggers) + list(self.aspects) + list(self.cues) if lang == "zh"]
        return sorted(set(words))

    def joined_words(self) -> list[str]:
        """A degree adverb and a Chinese lexicon word after it (明显增加), which the segmenter's
        own dictionary may hold as one word: they are two."""
        return [a + w for a in self.words_of("degree_adverb", "zh") for w in self.chinese_words()]

    def lookup(self, lang: str, word: str):
        key = (lang, word if lang == "zh" else word.lower())
        return self.triggers.get(key), self.aspects.get(key), self.cues.get(key, frozenset())

    def marks(self, lang: str, text: str) -> frozenset[str]:
        """The word classes of ``words.tsv`` that ``text`` belongs to: its own classes, the
        caseless ones of its lower case (English), and the endings it has."""
        cache = self._marks
        key = (lang, text)
        if key not in cache:
            kinds = set(self.words.get(key, ()))
            low = text.lower() if lang == "en" else text
            if lang == "en":
                kinds |= self.words.get((lang, low), frozenset()) & CASELESS_KINDS
            kinds |= {kind for kind, ending in self._endings(lang) if low.endswith(ending)}
            kinds |= {kind for kind, opening in self._endings(lang, "_opening") if low.startswith(opening)}
            cache[key] = frozenset(kinds)
        return cache[key]

    def pos_marks(self, lang: str, pos: str) -> frozenset[str]:
        """The word classes a part of speech (jieba's tag) gives a word: ``modifier_pos``, ``noun_pos``."""
        return frozenset(kind for kind in _POS_KINDS
                         if (tags := self.word_lists.get((kind, lang))) and pos and pos.startswith(tags))

    def words_of(self, kind: str, lang: str) -> tuple[str, ...]:
        """The words of one class of ``words.tsv``, in file order."""
        return self.word_lists.get((kind, lang), ())

    def _endings(self, lang: str, suffix: str = "_ending") -> tuple[tuple[str, str], ...]:
        """(class, ending) of the ``*_ending`` classes of ``lang`` (with ``suffix`` ``_opening``: the
        openings of the ``*_opening`` classes): collected once, in the cache ``marks`` keeps (which,
        like it, holds while the word lists stay as loaded)."""
        key = (suffix, lang)
        held = self._marks.get(key)
        if held is None:
            held = self._marks[key] = tuple((kind, w) for (kind, of), ws in self.word_lists.items()
                                            if kind.endswith(suffix) and of == lang for w in ws)
        return held


def load_rule_data(folder: Path) -> RuleData:
    """Read ``relations/*.tsv`` under ``folder``; errors name file and line."""
    base = folder / "relations"
    data = RuleData()
    _load_words(base / "words.tsv", data)
    _load_triggers(base / "triggers.tsv", data)
    _load_aspects(base / "aspects.tsv", data)
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
    from .engine import build_grammar  # the handlers import this module: bound once all is loaded

    data.constructions = load_constructions(base / "constructions.tsv")
    known = frozenset().union(*data.cues.values(), (kind for kind, _ in data.word_lists),  # cue kinds, word classes
                              (f"form={t.form}" for t in data.triggers.values()))  # trigger forms
    data.grammar = build_grammar(data.constructions, known)
    data.longest_en = max([len(w.split()) for (lang, w) in list(data.triggers) + list(data.aspects)
                           + list(data.cues) if lang == "en"] or [1])
    return data


def _load_words(path: Path, data: RuleData) -> None:
    """``words.tsv``: a word of ``lang`` ``any`` belongs to both languages."""
    of: dict[tuple[str, str], list[str]] = {}
    for row, where in read_tsv(path, ("kind", "lang", "word", "note")):
        if row["kind"] not in WORD_KINDS:
            raise DictionaryError(f"{where}: unknown word class {row['kind']!r}; one of {', '.join(sorted(WORD_KINDS))}")
        if row["lang"] not in ("zh", "en", "any") or not row["word"]:
            raise DictionaryError(f"{where}: lang must be zh, en or any and the word not empty")
        for lang in (("zh", "en") if row["lang"] == "any" else (row["lang"],)):
            if not _not_words(row["kind"]):  # endings and tags are no words of their own
                data.words[(lang, row["word"])] = data.words.get((lang, row["word"]), frozenset()) | {row["kind"]}
            of.setdefault((row["kind"], lang), []).append(row["word"])
    data.word_lists = {key: tuple(words) for key, words in of.items()}


def _load_triggers(path: Path, data: RuleData) -> None:
    origin: dict[tuple[str, str], str] = {}  # (lang, word) -> the row that gave it
    for row, where in read_tsv(path, ("lang", "word", "effect", "form", "aspect", "note")):
        _check_lang(row, where)
        if row["effect"] not in EFFECTS:
            raise DictionaryError(f"{where}: unknown effect {row['effect']!r}; one of {', '.join(EFFECTS)}")
        if row["form"] not in FORMS:
            raise DictionaryError(f"{where}: unknown form {row['form']!r}; one of {', '.join(sorted(FORMS))}")
        if row["aspect"] != "none":
            _check_aspect(row["aspect"], where)
        forms = english_forms(row["word"], row["form"], data) if row["lang"] == "en" else [row["word"]]
        for word in forms:
            trigger = Trigger(row["lang"], word, row["effect"], row["form"], row["aspect"] or None)
            held = data.triggers.setdefault((row["lang"], word), trigger)
            origin.setdefault((row["lang"], word), f"line {where.rsplit(':', 1)[-1]} ({row['word']!r}, {row['form']})")
            if held != trigger:
                raise DictionaryError(
                    f"{where}: {word!r} is already read from {origin[(row['lang'], word)]} as {held.effect} "
                    f"({held.form}), so this row would never apply: remove it or change that row (an English "
                    f"verb row gives its -ed form as a modifier and its -ing form as a noun)")


def load_triggers(folder: Path) -> dict[tuple[str, str], Trigger]:
    """The trigger words of ``relations/triggers.tsv`` under ``folder`` as the reader reads them:
    (lang, word) -> Trigger, English verbs with their derived forms."""
    data = RuleData()
    _load_words(folder / "relations" / "words.tsv", data)
    _load_triggers(folder / "relations" / "triggers.tsv", data)
    return data.triggers


def _load_aspects(path: Path, data: RuleData) -> None:
    for row, where in read_tsv(path, ("lang", "word", "aspect", "for_cells", "inverse", "note")):
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


def load_constructions(path: Path) -> list[Construction]:
    """The records of ``constructions.tsv``; a name used twice, a bad language or order is an error."""
    out, seen = [], {}
    for row, where in read_tsv(path, CONSTRUCTION_COLUMNS):
        if row["lang"] not in ("zh", "en", "any"):
            raise DictionaryError(f"{where}: lang must be zh, en or any, got {row['lang']!r}")
        prefix = row["name"].split(".")[0] if "." in row["name"] else "any"
        if prefix != row["lang"]:
            raise DictionaryError(f"{where}: the name {row['name']!r} must start with {row['lang']}. "
                                  f"(a construction of both languages has no prefix)")
        if row["name"] in seen:
            raise DictionaryError(f"{where}: the name {row['name']!r} is already used at {seen[row['name']]}")
        if row["emits"] not in EMITS:
            raise DictionaryError(f"{where}: emits must be one of {', '.join(EMITS)}, got {row['emits']!r}")
        if not row["order"].isdigit():
            raise DictionaryError(f"{where}: order must be a whole number, got {row['order']!r}")
        if not row["example"] or row["expected"].count("|") < 3:
            raise DictionaryError(f"{where}: {row['name']} needs an example and its expected triple "
                                  f"'factor | effect | target | aspect'")
        seen[row["name"]] = where
        out.append(Construction(**{**row, "order": int(row["order"])}, where=where))
    return out


def _check_lang(row: dict, where: str) -> None:
    if row["lang"] not in ("zh", "en"):
        raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
    if not row["word"]:
        raise DictionaryError(f"{where}: empty word")


def _check_aspect(value: str, where: str) -> None:
    if value and value not in ASPECTS:
        raise DictionaryError(f"{where}: unknown aspect {value!r}; one of {', '.join(sorted(ASPECTS))}")


def english_forms(word: str, form: str, data: RuleData) -> list[str]:
    """``promote`` to promote, promotes, promoted, promoting (first word of a phrase); a
    phrase starting with a form of *be* (``words.tsv``) takes every form of it."""
    if form != "verb":
        return [word.lower()] + ([word.lower() + "s"] if form in ("noun", "role") else [])
    head, _, rest = word.lower().partition(" ")
    tail = f" {rest}" if rest else ""
    be = data.words_of("be", "en")
    if head in be:
        return [f"{b}{tail}" for b in be]
    past, gerund = data.words_of("past_ending", "en")[0], data.words_of("gerund_ending", "en")[0]
    stem = head[:-1] if head.endswith("e") else head
    third = head + "es" if head.endswith(("s", "sh", "ch", "x")) else head + "s"
    return [head + tail, third + tail, stem + past + tail, stem + gerund + tail]
