"""The language data of the English dependency reader, loaded once per process.

Reads ``dictionaries/relations/``: the triggers, aspect words and cue words
the whole relation stage shares (``RuleData``), the parse reader's own words
(``english_parse_words.tsv``) and its construction records
(``english_constructions.tsv``: name, order, the pattern in words, a real
example sentence and the triple it must give). Errors name the file and line.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..dictionary.lexicon import DictionaryError, read_tsv

WORD_KINDS = frozenset({"need", "role", "involve", "effect_noun", "polarity", "prefix", "agent_noun",
                        "knockdown", "hedge", "negation", "quantity", "head", "filler", "report", "direction",
                        "inquiry", "treatment", "treated", "owned", "change", "kind_of", "property",
                        "property_noun", "phenotype", "dependence", "co_agent", "production", "response", "factor_noun",
                        "becoming", "product", "cause", "happening", "result", "receptor", "signal",
                        # grammar words
                        "pronoun", "demonstrative", "classifier", "place", "modal", "means", "coordinator",
                        "joining", "have", "ability", "instrument", "enabling", "object_link", "class_target",
                        "exclusion", "importance", "key_noun", "change_effect", "role_verb", "process_noun",
                        "cause_opening", "plain_verb", "unnamed", "target_noun", "gain", "scant", "kind_noun",
                        "presentation", "self_reference", "relative_adverb", "result_adverb", "example_phrase",
                        "example_mark", "narrowing", "made_of", "synergy", "able", "aiming", "requirement", "independence", "recognition", "conferring", "protection", "absence",
                        "contribution", "unnamed_agent", "stimulation", "failure"})
# kinds whose value is an effect of the SPEC vocabulary
EFFECT_KINDS = frozenset({"need", "role", "involve", "effect_noun", "polarity", "prefix", "agent_noun", "direction",
                          "phenotype", "dependence", "factor_noun", "importance",
                          "change_effect", "synergy", "requirement", "independence", "absence",
                          "contribution"})
WORDS_FILE = "english_parse_words.tsv"
CONSTRUCTIONS_FILE = "english_constructions.tsv"
_NAME = re.compile(r"^en\.dep\.[a-z_]+$")


@dataclass(frozen=True)
class Construction:
    """One construction of the parse reader: ``name`` is what ``triples.rule`` says."""

    name: str
    order: int
    pattern: str
    example: str
    expected: str


@dataclass
class EnglishVocab:
    """The words the parse reader looks for, by kind (lower case)."""

    rules: object  # relations.RuleData
    words: dict[str, dict[str, str]] = field(default_factory=dict)
    constructions: tuple[Construction, ...] = ()

    def kind(self, kind: str, word: str) -> str | None:
        """The value of ``word`` under ``kind`` ('' when it has none); None when not listed."""
        return self.words.get(kind, {}).get(word.lower())

    def cue(self, kind: str, word: str) -> bool:
        return kind in self.rules.cues.get(("en", word.lower()), frozenset()) or self.kind(kind, word) is not None

    def trigger(self, word: str, forms: tuple[str, ...]):
        """The trigger of ``word`` (lower case) if its form is one of ``forms``."""
        t = self.rules.triggers.get(("en", word.lower()))
        if t is not None and "noun" in forms and t.form == "verb" and word.lower().endswith("ing"):
            return t  # ``the binding of X``: a verb's -ing form used as a noun names its action
        if t is not None and "noun" in forms and t.form == "verb" and self.kind("change", word.lower()) is not None:
            return t  # ``leads to an increase in X``: a noun of change names its verb's effect
        if t is not None and "modifier" in forms and t.form == "verb" and word.lower().endswith("ed"):
            return t  # ``X-induced``: a verb's participle modifying a noun
        return t if t is not None and t.form in forms else None

    def aspect(self, word: str):
        return self.rules.aspects.get(("en", word.lower()))

    def plain_verb(self, word: str) -> str | None:
        """The plain verb (rows of kind plain_verb) of the effect of the trigger verb ``word``."""
        t = self.trigger(word, ("verb",))
        return self._plain_verbs.get(t.effect) if t is not None else None

    @functools.cached_property
    def _plain_verbs(self) -> dict[str, str]:
        return {effect: verb for verb, effect in self.words.get("plain_verb", {}).items()}

    @functools.cached_property
    def trigger_words(self) -> frozenset[str]:
        """Single words that can state an effect: a sentence without one is not parsed."""
        out = {_main_word(w) for (lang, w) in self.rules.triggers if lang == "en"}
        for kind in EFFECT_KINDS - {"prefix", "polarity", "direction"}:
            out |= {form for w in self.words.get(kind, {}) for form in (w, w + "s")}
        out |= {form for w in self.words.get("response", {}) for form in (w, w + "s", w + "ed")}  # Y responds to X
        out |= set(self.words.get("cause", {}))  # in response to X
        out |= {form for w in self.words.get("receptor", {}) for form in (w, w + "s")}  # X and its receptor Y
        out |= set(self.words.get("recognition", {}))  # TLR4 recognizes LPS
        out |= set(self.words.get("protection", {}))  # X provides protection against Y
        out |= {form for w in self.words.get("failure", {}) for form in (w, w + "s", w + "ed")}  # X-deficient cells fail to…
        return frozenset(out)


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})


def _main_word(phrase: str) -> str:
    """The word of a trigger phrase a sentence must hold: ``be involved in``: involved;
    ``up-regulate``: regulate."""
    words = [w for w in phrase.split() if w not in _BE] or phrase.split()
    return words[0].split("-")[-1]


def load_english_vocab(folder: Path, rules) -> EnglishVocab:
    """Read the parse reader's words and constructions under ``folder/relations``."""
    from ..names.anaphors import parse_reader_words
    from ..relations import EFFECTS

    base = folder / "relations"
    vocab = EnglishVocab(rules)
    path = base / WORDS_FILE
    for row, where in read_tsv(path, ("kind", "word", "value", "note")):
        if row["kind"] not in WORD_KINDS:
            raise DictionaryError(f"{where}: unknown kind {row['kind']!r}; one of {', '.join(sorted(WORD_KINDS))}")
        if row["kind"] in EFFECT_KINDS | {"plain_verb"} and row["value"] not in EFFECTS:
            raise DictionaryError(f"{where}: {row['kind']} needs an effect ({', '.join(EFFECTS)}), "
                                  f"got {row['value']!r}")
        if not row["word"]:
            raise DictionaryError(f"{where}: empty word")
        vocab.words.setdefault(row["kind"], {})[row["word"].lower()] = row["value"]
    vocab.words.update(parse_reader_words(rules))  # pronouns and demonstratives: anaphors.py's words (words.tsv)
    vocab.constructions = tuple(sorted(_constructions(base / CONSTRUCTIONS_FILE), key=lambda c: c.order))
    return vocab


def _constructions(path: Path) -> list[Construction]:
    out: dict[str, Construction] = {}
    for row, where in read_tsv(path, ("name", "order", "pattern", "example", "expected")):
        if not _NAME.match(row["name"]):
            raise DictionaryError(f"{where}: a construction name is en.dep.<lower_case>, got {row['name']!r}")
        if row["name"] in out:
            raise DictionaryError(f"{where}: construction {row['name']!r} listed twice")
        if not row["order"].isdigit():
            raise DictionaryError(f"{where}: order must be a whole number, got {row['order']!r}")
        if not row["example"] or row["expected"].count("|") < 3:
            raise DictionaryError(f"{where}: an example sentence and 'factor | effect | target | aspect' needed")
        out[row["name"]] = Construction(row["name"], int(row["order"]), row["pattern"], row["example"],
                                        row["expected"])
    return list(out.values())
