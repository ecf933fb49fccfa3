"""Triples from English sentences read on a dependency parse: the document.

``english_triples`` parses a document's English sentences that can state a
claim (``english_parse``) and runs the constructions of
``dictionaries/relations/english_constructions.tsv`` on every token, in the
records' order (``Dispatch``: on a token, only those that declare they can read
a claim on one of its words or on its dependency label). The constructions live by what they read:

- ``english_verbs``: a trigger verb with its subject and object (active, relative,
  pronoun, knocked-down subject, a partner ``together with Y``);
- ``english_participles``: a passive with its ``by`` agent, ``X-induced Y``, a
  changed object shown by a knocked-down subject;
- ``english_nominals``: nominalisations, roles, needs, effects, agent nouns, properties;
- the modules imported beside them, one family each: causes, absence, key agents, models,
  synergy, targeting agents, requirements, protection, receptors, ``english_listed_effects`` (``the
  effects of X include inhibition of Z``), ``english_contributions`` (``the contribution of X to Y``), ``english_role_gerunds``
  (``a role of X in promoting Y``) and ``english_strays`` (the last members of an object list
  the parser hung elsewhere).

After the constructions, ``english_vetoes`` drops the arguments that name nothing a triple can
state (each veto a named reason).

What a noun phrase names is ``english_phrases`` (with ``english_context`` for pronouns and
``english_coordination`` for coordination the parser got wrong); who a verb's subject is and the
flags come from ``english_clauses``.

A claim becomes ``Triple`` records through the relation stage's own output
normalisation (``relations/hosted.py``: default aspects by effect
and target type, aspects of cells and diseases, expression as up/down
regulation, provenance, each rewrite in the triple's ``steps``), so both readers write the
same kind of triple.

``combine`` is the hook ``relations.find_triples`` (``relations/document.py``) calls: in each English
sentence the parse reader parsed, its triples replace the other reader's.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import english_fallback
from . import english_causes, english_nominals, english_participles, english_receptors, english_verbs  # noqa: F401 - register
from . import english_absence, english_key_agents, english_models, english_phenotype, english_synergy, english_targeting_agents, english_requirements, english_protection  # noqa: F401 - register
from . import english_contributions, english_listed_effects, english_role_gerunds, english_strays  # noqa: F401 - register
from .english_claims import GATES, TRIGGER, Claim, ordered
from .english_clauses import asked
from .english_context import Context
from .english_parse import parse_sentences, worth_parsing
from .english_vetoes import vetted
from .english_words import CONSTRUCTIONS_FILE, load_english_vocab
from ..names.mentions import reading_mentions

SECTIONS = frozenset({"abstract", "body"})



_LOADED: dict[tuple[Path, int], tuple] = {}  # (folder, id of its RuleData) -> readings: once per process


def readings(resources):
    """The vocabulary and the constructions in their order (checked against the records),
    loaded once per process and dictionary folder."""
    return _loaded(resources)[:2]


def _loaded(resources) -> tuple:
    """(vocabulary, constructions in order, their ``Dispatch``), once per process and dictionary folder."""
    key = (resources.folder, id(resources.rules))
    if key not in _LOADED:
        vocab = load_english_vocab(resources.folder, resources.rules)
        steps = ordered(vocab.constructions, str(resources.folder / "relations" / CONSTRUCTIONS_FILE))
        _LOADED[key] = vocab, steps, Dispatch(vocab, steps)
    return _LOADED[key]


class Dispatch:
    """The constructions to ask of a token, in the records' order: those that can read a claim there
    (``english_claims.construction``: the kinds of word and the dependency labels each reads on; one
    that declares none is asked of every token). The words of each kind are indexed once, so a token
    costs a few look-ups of its forms instead of a call of every construction."""

    def __init__(self, vocab, steps: list) -> None:
        self.everywhere = 0
        self.by_form: dict[str, int] = {}
        self.by_dep: dict[str, int] = {}
        for bit, (name, _) in enumerate(steps):
            words, deps = GATES.get(name, ((), ()))
            if not words and not deps:
                self.everywhere |= 1 << bit
            for kind in words:
                for word in _words_of(vocab, kind):
                    self.by_form[word] = self.by_form.get(word, 0) | 1 << bit
            for dep in deps:
                self.by_dep[dep] = self.by_dep.get(dep, 0) | 1 << bit
        self.steps = steps
        self._chosen: dict[int, tuple] = {}

    def steps_for(self, ctx: Context, tok) -> tuple:
        """The (name, function) of the constructions that can read a claim on ``tok``, in order."""
        mask = self.everywhere | self.by_dep.get(tok.dep_, 0)
        by_form = self.by_form
        for form in _forms(ctx, tok):
            mask |= by_form.get(form, 0)
        chosen = self._chosen.get(mask)
        if chosen is None:
            chosen = self._chosen[mask] = tuple(s for bit, s in enumerate(self.steps) if mask >> bit & 1)
        return chosen


def _words_of(vocab, kind: str) -> set[str]:
    """The words of a kind a construction declares: of english_parse_words.tsv and cues.tsv (``cue``
    asks both), or for ``trigger`` the first word of each English trigger, whole and after its last hyphen
    (``up-regulate``: the tokenizer cuts ``up -`` off; ``contribute to``: contribute)."""
    if kind == TRIGGER:
        heads = [w.split()[0] for (lang, w) in vocab.rules.triggers if lang == "en" and w.split()]
        return {h for head in heads for h in (head, head.split("-")[-1])}
    words = {w.lower() for w in vocab.words.get(kind, {})}
    return words | {w.lower() for (lang, w), kinds in vocab.rules.cues.items() if lang == "en" and kind in kinds}


def _forms(ctx: Context, tok) -> set[str]:
    """The forms of a token a construction looks its words up by (lower case): the word, its lemma, the
    parts after a hyphen (``IL-6-induced``), a mention's last word (``transcription factor``), each also
    without a final s (``cytokines``: cytokine)."""
    lower = tok.lower_
    forms = {lower, tok.lemma_.lower()}
    if "-" in lower:
        forms.update(lower.split("-")[1:])
    found = ctx.mention(tok)
    if found is not None:
        words = found.record.surface.lower().split()
        if words:
            forms.add(words[-1])
    return forms | {f.rstrip("s") for f in forms}


# --- the document ----------------------------------------------------------------

def combine(doc, views, mentions, resources, triples: list, read: dict | None = None) -> list:
    """The hook of ``relations.find_triples``: the parse reader is the English reader. In every
    English sentence it parsed, its triples stand and the other reader's are dropped (the
    rule-level English constructions of ``relations`` made the larger share of the false
    positives on the train passages), but for the active claims the parse agrees with in a
    sentence it read nothing in (``english_fallback.stands``), or on a trigger it read nothing on
    whose factor it read as the agent of another claim (``_unread_partner``); the other reader's triples stay in
    the sentences it did not parse (no trigger word, fewer than two names) and in every Chinese
    sentence."""
    from ..relations.hosted import dedupe

    parses: dict = {}
    ours, parsed = english_reading(doc, views, mentions, resources, read, parses)
    if not parsed:
        return triples
    read_on: dict[int, list[tuple[int, int]]] = {}  # the trigger spans the parse reader read claims on
    agents: dict[int, set[str]] = {}  # the factors it read them with
    for t in ours:
        read_on.setdefault(t.sent_id, []).append((t.effect_start, t.effect_end))
        agents.setdefault(t.sent_id, set()).add(t.factor_id)
    vocab = readings(resources)[0]
    kept = [t for t in triples if t.sent_id not in parsed
            or (_unread_partner(t, read_on, agents) and english_fallback.stands(t, parses.get(t.sent_id), vocab))]
    by_sentence: dict[int, list] = {}
    for t in kept + ours:
        by_sentence.setdefault(t.sent_id, []).append(t)
    return [t for sent in sorted(by_sentence) for t in dedupe(by_sentence[sent], resources.lexicon)]


def english_triples(doc, views, mentions, resources) -> list:
    """The parse reader's triples of a document's English sentences."""
    return english_reading(doc, views, mentions, resources)[0]


def english_reading(doc, views, mentions, resources, read: dict | None = None,
                    parses: dict | None = None) -> tuple[list, frozenset[int]]:
    """The parse reader's triples of a document's English sentences, and the ids of the
    sentences it parsed; ``read``: the reading mentions of views by index, where the
    relation reader already has them (``reading_mentions`` is not asked twice)."""
    vocab, _, dispatch = _loaded(resources)
    chosen = _chosen(doc, views, mentions, resources, vocab, read or {})
    if not chosen:
        return [], frozenset()
    out: list = []
    for parsed in parse_sentences(chosen, vocab.plain_verb):
        ctx = Context(parsed, vocab, doc, resources.lexicon)
        claims = [c for tok in parsed.doc for _, fn in dispatch.steps_for(ctx, tok) for c in fn(ctx, tok)
                  if not asked(ctx, c.trigger)]
        claims = vetted(ctx, [r for c in claims for r in respective(c)])
        out += emit(ctx, claims, resources)
        if parses is not None:
            parses[parsed.view.sentence.sent_id] = parsed
    return out, frozenset(view.sentence.sent_id for _, view, _ in chosen)


def respective(claim: Claim) -> list[Claim]:
    """``IL-4 and IL-13 induce arginase-1 and CD206, respectively``: as many factors as targets, with
    ``respectively`` after the trigger, pair in order (the first factor acts on the first target);
    else the claim as it stands (each factor acts on each target)."""
    tail = claim.trigger.doc[claim.trigger.i + 1:]
    if not any(t.lower_ == "respectively" for t in tail):
        return [claim]
    factors = _by_name(claim.factors)
    targets = _by_name(claim.targets)
    if len(factors) < 2 or len(factors) != len(targets):
        return [claim]
    return [replace(claim, factors=f, targets=t) for f, t in zip(factors, targets)]


def _by_name(sides: tuple) -> list[tuple]:
    """The sides grouped by the name they stand on, in text order."""
    groups: dict[int, list] = {}
    for s in sides:
        groups.setdefault(s.found.cstart, []).append(s)
    return [tuple(groups[k]) for k in sorted(groups)]


def _chosen(doc, views, mentions, resources, vocab, read: dict):
    """(index, view, mentions) of the sentences to parse: those worth it. What a pronoun or a
    demonstrative names in the sentence before (``It promotes…``, ``This cytokine…``) is
    ``anaphors.py``'s, resolved before the parse."""
    rows = []
    for k, (view, found) in enumerate(zip(views, mentions)):
        if view.sentence.section in SECTIONS and view.sentence.lang == "en" and found:
            held = read.get(k)
            rows.append((k, view, held if held is not None else reading_mentions(doc, view, found, resources)))
    properties = frozenset(vocab.words.get("property", {}))
    return [row for row in rows if worth_parsing(row[1], row[2], vocab.trigger_words, properties)]


# --- from claims to triples ------------------------------------------------------

def emit(ctx: Context, claims: list[Claim], resources) -> list:
    """Triples of ``claims`` through the relation stage's normalisation (one sentence)."""
    from ..relations import Trigger, hosted

    if not claims:
        return []
    parsed = ctx.parsed
    r = hosted.writer(ctx.doc, parsed.view, list(parsed.found), resources)
    for claim in claims:
        a, b = parsed.span_of(claim.trigger.i)
        trigger = Trigger("en", claim.trigger.lower_, claim.effect, "verb", claim.aspect)
        groups: dict[tuple[str, bool], list] = {}
        for s in claim.targets:
            key = (claim.effect_on(s), claim.negated or s.negated)
            groups.setdefault(key, []).append(hosted.arg(s.found, s.aspect, False))
        meds = [hosted.arg(s.found, None, False) for s in claim.mediators[:1]]
        for denied in (False, True):
            # ``IL-17A, but not IL-17F, induced…``: a factor the sentence denies states the claim denied
            factors = [hosted.arg(s.found, s.aspect, s.knocked) for s in claim.factors if s.negated == denied]
            for (effect, neg), targets in groups.items() if factors else ():
                item = hosted.trigger_item(a, b, parsed.view.clean.text[a:b], trigger, effect)
                hosted.write(r, factors, targets, item, neg or denied, claim.hedged, meds, claim.rule, effect)
    return hosted.written(r)


def _unread_partner(t, read_on: dict, agents: dict) -> bool:
    """Whether the other reader's triple ``t`` may stand beside the parse reader's: in a sentence the parse
    reader read nothing in; or on a trigger it read nothing on, with a factor it read as the agent of
    another claim of the sentence (``Estrogen binds with estrogen receptor to promote the expression of
    OPG``: the parse reader knows no bind with; Estrogen is the agent it read, the receptor its lost partner).
    A factor the parse reader read no claim of (a name in a phrase: ``a determinant of bone mass that
    regulates osteoclasts``) does not stand."""
    if t.sent_id not in read_on:
        return True
    return t.factor_id in agents[t.sent_id] and not any(
        a < t.effect_end and t.effect_start < b for a, b in read_on[t.sent_id])
