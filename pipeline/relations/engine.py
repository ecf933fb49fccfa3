"""The engine: construction records bound to the small functions that read them, walked in order.

Each construction is one record of ``dictionaries/relations/constructions.tsv`` (name,
language, stage, order, pattern in words, what it gives, an example and the triple the
example must give). Where a construction needs code it is one function registered
under the record's name with ``@construction("zh.passive")`` (one function may serve the
records of both languages). At each point of a sentence where the reader asks "what
construction is this?" (a ``stage``: at a cue word, at a group, at a trigger…), the engine
walks that stage's records of the sentence's language in their ``order``:

- a handler that does not match returns ``None`` (or ``Miss("why")``), and the walk goes on;
- one that matches and leaves the rest of the stage to the others returns ``GO_ON``;
- one that matches and settles the stage returns anything else (``DONE``, or the index
  of the item where reading goes on), and the walk stops there.

A handler registered with ``needs`` (``@construction("zh.anaphor", needs=("anaphor",))``) cannot
match in a sentence that lacks one of those words: each need is a cue (cues.tsv), a word class
(words.tsv), an item kind (``DE``) or a trigger form (``form=noun``, triggers.tsv) that some item of
the sentence must have (``"comma|wide_comma"``: either). The engine looks at the sentence's items
once, before it is read, and walks only the records whose needs are present (``Grammar.walks_for``);
docs/constructions.md lists the needs of each record. A need is read off the handler's own guard (it
returns None unless the word is there), and is never one the reader can give an item while it reads
(``MADE_WHILE_READING``: a pronoun made a name, a comma made a list mark…).

A ``Trace`` (``python -m pipeline explain``) records every record tried and its outcome, and
every record skipped with the need the sentence lacked.
A reader of another kind (a dependency-parse reader, say) hosts its constructions the same
way: records of its own stage, functions registered under their names, a module named in
``HANDLER_MODULES``, and triples emitted with its records' names as their ``rule``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

from ..dictionary.lexicon import DictionaryError
from .data import Construction

# The stages, in the order a sentence meets them, and what the records of each decide.
STAGES = {
    "items": "before reading, at each name or cue word: one that stands for another (a class noun for the disease "
             "named before)",
    "split": "at each item: whether a new clause starts there",
    "clause_start": "at the start of a clause: what kind of clause it is",
    "cue": "at a cue word: what it says of the clause (negation, hedging, a pronoun subject, the role of the next group)",
    "verb": "at a verb that states no effect (a causative, a copula)",
    "word": "at an aspect word: whether it is a verb here",
    "group": "at a group of names: the role it plays (subject, place, agent, partner, mediator, examples)",
    "trigger": "at a trigger word, before it is read as a claim: a subject it makes or changes",
    "object": "at a trigger: where its object is, before the first group after it",
    "object_group": "at the first group after a trigger: whether it is the object, or names it",
    "object_word": "at another item after a trigger: whether it names the object or ends the search",
    "claim": "at a trigger: the factor and target of its claim; a construction that states or rejects the "
             "claim ends the walk",
    "examples": "at a list of examples: what they stand for",
    "clause_end": "at the end of a clause: what it leaves to the clauses after it",
    "sentence": "after the clauses: readings over the whole sentence",
    "output": "as a triple is written: the rewrites of its target and aspect (steps)",
}
# Modules that register handlers (imported once, before the grammar is built).
HANDLER_MODULES = (".cues", ".subjects", ".objects", ".claims", ".frames", ".filters", ".examples", ".sentence", ".emit",
                   ".modifiers", ".settings", ".lists", ".existential", ".aspect_verbs", ".cleft",
                   ".relative_heads", ".unnamed_relatives", ".clause_topics", ".place_phrases",
                   ".binding_roles", ".object_conjuncts", ".place_close", ".prefixed_names", ".linked_predicates", ".attribute_triggers", ".adjective_aspects", ".organ_places",
                   ".conjoined_subjects", ".own_receptors", ".noun_objects", ".relative_limits", ".passive_objects",
                   ".zh_relative_members", ".zh_chain_copula", ".zh_report_cause", ".zh_fronted_role", ".zh_key_head",
                   ".zh_unnamed_agent", ".zh_disease_cause", ".zh_means_agent", ".zh_knockout_models")

GO_ON = "go on"  # a handler matched and leaves the stage to the records after it
DONE = "done"  # a handler matched and settles the stage


@dataclass(frozen=True)
class Miss:
    """A handler that did not match, and why (shown by ``explain``)."""

    why: str


SKIPPED = "skipped"  # explain: a record not tried, since a word it needs is absent from the sentence

_HANDLERS: dict[str, Callable] = {}
_NEEDS: dict[str, tuple[frozenset, ...]] = {}  # record name -> its needs, each a set of alternatives


def construction(*names: str, needs: tuple[str, ...] = ()):
    """Register the decorated function as the handler of the records ``names``; ``needs``:
    the words without which it cannot match (see the module docstring), each one a cue,
    a word class, an item kind or a trigger form (``form=noun``), or alternatives joined by ``|``."""
    def register(fn: Callable) -> Callable:
        for name in names:
            if name in _HANDLERS:
                raise ValueError(f"two handlers for construction {name!r}: {_HANDLERS[name].__name__}, {fn.__name__}")
            _HANDLERS[name] = fn
            _NEEDS[name] = tuple(frozenset(need.split("|")) for need in needs)
        return fn
    return register


def needs_of(name: str) -> tuple[frozenset, ...]:
    """What the handler of ``name`` needs in a sentence to match (empty: it is always tried)."""
    return _NEEDS.get(name, ())


def lacking(name: str, present: frozenset) -> str:
    """The first need of ``name`` that ``present`` (the sentence's cues, word classes and item
    kinds) lacks, in words ("" when it has them all)."""
    for need in _NEEDS.get(name, ()):
        if not need & present:
            return "|".join(sorted(need))
    return ""


@dataclass(frozen=True)
class Grammar:
    """The construction records bound to their handlers, by stage and language, in order."""

    records: tuple[Construction, ...]
    by_name: dict[str, Construction]
    walks: dict[tuple[str, str], tuple[tuple[str, Callable], ...]]  # (stage, lang): (name, handler) in order
    stages_of: dict[str, dict] = field(default_factory=dict)  # lang -> stage -> walk (what ``run`` reads)
    need_words: frozenset = frozenset()  # every word some record needs
    stage_needs: dict = field(default_factory=dict)  # (stage, lang) -> the words its records need
    _kept: dict = field(default_factory=dict, compare=False)  # (lang, needs present) -> walks_for's answer

    def walks_for(self, lang: str, present: frozenset) -> dict:
        """The walks of ``lang`` without the records whose needs ``present`` (the needed words a
        sentence has: ``need_words & `` its cues, word classes and item kinds) lacks. Kept per
        sentence's words, and per stage and the words its records need (far fewer kinds)."""
        kept = self._kept.get((lang, present))
        if kept is None:
            kept = {}
            for stage, walk in self.stages_of[lang].items():
                have = present & self.stage_needs[(stage, lang)]
                chosen = self._kept.get((lang, stage, have))
                if chosen is None:
                    chosen = self._kept[(lang, stage, have)] = tuple((n, h) for n, h in walk if not lacking(n, have))
                if chosen:
                    kept[stage] = chosen
            self._kept[(lang, present)] = kept
        return kept

    def walk(self, stage: str, lang: str) -> tuple[Construction, ...]:
        """The records of ``stage`` the engine tries for ``lang``, in order."""
        return tuple(self.by_name[name] for name, _ in self.walks.get((stage, lang), ()))


# The item kinds a record may need (items.py: ``Item.kind``); the other needs are cue kinds and word classes.
ITEM_KINDS = frozenset({"ENT", "TRIG", "ASP", "CUE", "SEP", "LIST", "DE", "LOC", "OPEN", "CLOSE", "VERB", "WORD"})
# What the reader can give an item as it reads (stage items: zh.anaphor's name, zh.compound_modifier's word,
# zh.target_nominal's verb trigger, zh.comma_list's list mark; zh.forms_verb's verb trigger): no need, since the engine
# looks at the items before.
MADE_WHILE_READING = frozenset({"ENT", "WORD", "TRIG", "LIST", "list_mark", "gap", "form=verb"})


def build_grammar(records: list[Construction], known: frozenset | None = None) -> Grammar:
    """Bind every record to its handler; a record without a handler, a handler without a
    record, an unknown stage, two records of one stage and order, or a need that is no item
    kind nor in ``known`` (the cue kinds, word classes and trigger forms of the dictionaries) are errors."""
    for module in HANDLER_MODULES:
        importlib.import_module(module, __package__)
    names = {r.name for r in records}
    for r in records:
        if r.stage not in STAGES:
            raise DictionaryError(f"{r.where}: unknown stage {r.stage!r}; one of {', '.join(STAGES)}")
        if r.name not in _HANDLERS:
            raise DictionaryError(f"{r.where}: no handler is registered for {r.name!r}")
    missing = sorted(set(_HANDLERS) - names)
    if missing:
        raise DictionaryError(f"constructions.tsv: no record for the handlers of {', '.join(missing)}")
    walks: dict[tuple[str, str], list] = {}
    for lang in ("zh", "en"):
        for stage in STAGES:
            chosen = sorted((r for r in records if r.stage == stage and r.lang in (lang, "any")),
                            key=lambda r: r.order)
            for a, b in zip(chosen, chosen[1:]):
                if a.order == b.order:
                    raise DictionaryError(f"{b.where}: {b.name} has the order of {a.name} ({a.where})")
            walks[(stage, lang)] = tuple((r.name, _HANDLERS[r.name]) for r in chosen)
    stages_of = {lang: {stage: walk for (stage, of), walk in walks.items() if of == lang and walk}
                 for lang in ("zh", "en")}
    need_words = frozenset(w for r in records for need in needs_of(r.name) for w in need)
    made = sorted(need_words & MADE_WHILE_READING)
    if made:
        raise DictionaryError(f"a handler needs {', '.join(made)}, which the reader can make as it reads: "
                              "no need (engine.MADE_WHILE_READING)")
    unknown = sorted(need_words - ITEM_KINDS - known) if known is not None else []
    if unknown:
        users = sorted(r.name for r in records if any(set(need) & set(unknown) for need in needs_of(r.name)))
        raise DictionaryError(f"cues.tsv / words.tsv / triggers.tsv: no cue kind, word class or form {', '.join(unknown)}, "
                              f"which the handlers of {', '.join(users)} need")
    stage_needs = {key: frozenset(w for name, _ in walk for need in needs_of(name) for w in need)
                   for key, walk in walks.items()}
    return Grammar(tuple(records), {r.name: r for r in records}, walks, stages_of, need_words, stage_needs)


@dataclass(frozen=True)
class Event:
    """One record tried at one item: ``outcome`` is ``no`` (with ``why``), ``go on`` or ``done``; or
    ``skipped`` (not tried: ``why`` names the need the sentence lacks)."""

    stage: str
    name: str
    start: int  # the item's offset in the sentence's cleaned text (-1: the whole sentence)
    word: str  # and its text
    outcome: str
    why: str = ""


@dataclass
class Trace:
    """What ``explain`` shows: every record tried, sentence by sentence."""

    sentence: int | None = None  # only this sentence (its sent_id), or every one
    events: dict[int, list[Event]] = field(default_factory=dict)
    items: dict[int, list] = field(default_factory=dict)
    own: list = field(default_factory=list)  # this reader's triples, before another reader's were added

    def wants(self, sent_id: int) -> bool:
        return self.sentence is None or self.sentence == sent_id


def run(r, stage: str, at, *args):
    """Walk the records of ``stage`` for the sentence's language: the first outcome that
    settles the stage, or None. ``r`` is the sentence's reader state, ``at`` the item the
    stage is read at (None: the whole sentence); handlers are called as
    ``handler(r, name, *args)``, ``name`` being the record's (what a triple it states is named by)."""
    walk = r.walks.get(stage)
    if not walk:
        return None
    if r.events is None:
        for name, handler in walk:
            out = handler(r, name, *args)
            if out is None or out is GO_ON or out.__class__ is Miss:
                continue
            return out
        return None
    for name, handler in walk:
        absent = lacking(name, r.present)
        if absent:
            _note(r.events, stage, name, at, Miss(f"needs {absent}, absent from the sentence"), SKIPPED)
            continue
        out = handler(r, name, *args)
        _note(r.events, stage, name, at, out)
        if out is not None and out is not GO_ON and out.__class__ is not Miss:
            return out
    return None


def _note(events: list, stage: str, name: str, at, out, no: str = "no") -> None:
    start, word = (at.start, at.text) if at is not None else (-1, "")
    if out is None or isinstance(out, Miss):
        events.append(Event(stage, name, start, word, no, out.why if isinstance(out, Miss) else ""))
    else:
        events.append(Event(stage, name, start, word, GO_ON if out is GO_ON else DONE))
