"""A learned pair reader: triples in English sentences the constructions read nothing in.

The parse reader (``english_reader``) reads a sentence by named constructions; in a sentence it
parsed where neither it nor the rule-level reader stated any triple, yet two names and a trigger
word stand, this fallback scores every pair of names with a fitted logistic regression and states
the pairs that score over the model's threshold. The model is a JSON file of weights
(``pipeline/models/pairs_en.json``): scoring is a dot product and a sigmoid, so running the
pipeline needs no scikit-learn; ``python -m pipeline.english_pairs_train`` (``make train``) refits
it on the readable sets (the pairs of every parsed sentence; judged on the empty ones) and says,
in the file, its cross-validated (leave one paper out) figures. Its ``threshold`` is the lowest
score from which the held-out triples keep the target precision (``english_pairs_train``); ``null``
where none does: the reader then states nothing (see the file's ``figures``).

**Candidates.** Every ordered pair (factor, target) of the sentence's mention tokens (the parse
holds each mention as one token; overlapping and nested mentions were already reduced to the
longer one), but not two names of the same concept, and only where a trigger word of
``dictionaries/relations/triggers.tsv`` governs the pair: on the dependency path between the two
mentions (the one nearest the lowest common ancestor), else between them in the text (the one
nearest the target). The parse is the one the reader made (``english_parse``): nothing is parsed
twice.

**Features** (names as in the model file; a categorical feature is ``name=value`` with value 1,
one the model never saw weighs nothing):

- the dependency path: ``path`` (dep labels with the lemma of each verb or noun on it, one
  string: ``nsubj^ promote vdobj``), ``path.deps`` (the labels alone), ``path.len`` (log of 1 +
  edges), ``lca`` (the lowest common ancestor's lemma), ``lca.pos``, ``lca.trigger`` (1: it is a
  trigger word), ``lca.effect``;
- the trigger: ``trigger`` (its lemma), ``trigger.effect``, ``trigger.form`` (of triggers.tsv),
  ``trigger.on_path`` (1: on the path; else between the names);
- the shape: ``order`` (``FT``: the factor first; ``TF``), ``between.words`` and
  ``between.mentions`` (log of 1 + words, other mentions between the two names),
  ``between.commas`` (log of 1 + commas), ``between.clause`` (``;``, ``:``, a relative pronoun or a
  subordinating ``while/whereas/although`` between), ``sent.mentions`` (log of 1 + mention tokens);
- the names: ``factor.type``, ``target.type`` (gene, cell, process…), ``types`` (both, one
  string), ``factor.dep``, ``target.dep`` (the mention token's dep label), ``factor.subject`` (1: a
  subject), ``target.object`` (1: an object or a preposition's object);
- the clause (the parse reader's own readings, ``english_fallback``): ``trigger.clause`` (the
  trigger is a verb heading a clause), ``trigger.agent`` (the factor is the agent of its clause),
  ``trigger.object`` (the target stands in its object);
- the claim: ``negated``, ``hedged`` (the parse reader's own cue reading above the trigger:
  ``english_clauses``), ``asked`` (the trigger stands under a verb of inquiry).

**The triple.** Effect from the trigger, negated/hedged as above, the default aspect by the
relation stage's output records (``relations/hosted.py``), ``rule`` ``en.pair_model``; its last
step says the score and the path that carried it (``pair_model 0.81: nsubj^ promote vdobj``).
Offsets are the mentions' own.
"""
from __future__ import annotations

import contextlib
import functools
import json
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

from . import english_fallback
from .english_claims import combined
from .english_clauses import asked, hedged, negated
from .records import PipelineError

RULE = "en.pair_model"
MODEL_FILE = Path(__file__).resolve().parent / "models" / "pairs_en.json"
MODEL_FORMAT = 1
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECTS = frozenset({"dobj", "pobj", "attr", "oprd"})
CLAUSE_WORDS = frozenset({"which", "who", "whereas", "while", "although", "though"})
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})
TRIGGER_FORMS = ("verb", "noun", "modifier", "role", "agent")
POLARITY = {"promotes": 1, "activates": 1, "upregulates": 1, "induces": 1,
            "inhibits": -1, "downregulates": -1, "binds": 0, "regulates": 0}
# the features' names (a categorical one is ``name=value``), each documented above
FEATURES = ("path", "path.deps", "path.len", "lca", "lca.pos", "lca.trigger", "lca.effect", "trigger",
            "trigger.effect", "trigger.form", "trigger.on_path", "order", "between.words", "between.mentions",
            "between.commas", "between.clause", "sent.mentions", "factor.type", "target.type", "types",
            "factor.dep", "target.dep", "factor.subject", "target.object", "trigger.clause", "trigger.agent",
            "trigger.object", "negated", "hedged", "asked")
_SINK: list | None = None  # the training script's collector (``collecting``)


@dataclass(frozen=True)
class Candidate:
    """One ordered pair of a parsed sentence's mention tokens, with its trigger and features."""

    factor: int  # token index
    target: int
    trigger: int
    effect: str
    features: dict
    path: str


@dataclass(frozen=True)
class PairModel:
    intercept: float
    weights: dict
    threshold: float

    def score(self, features: dict) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> PairModel | None:
    """The shipped model, or None where there is no model file (no fallback then)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != MODEL_FORMAT:
        raise PipelineError(f"{path}: model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    threshold = data["threshold"]
    return PairModel(float(data["intercept"]), dict(data["weights"]),
                     math.inf if threshold is None else float(threshold))


@contextlib.contextmanager
def collecting():
    """Within it, every candidate of every parsed sentence is appended to the yielded list as
    (sentence, factor Found, target Found, Candidate, whether no reader stated anything in the
    sentence): the training script's examples."""
    global _SINK
    _SINK = []
    try:
        yield _SINK
    finally:
        _SINK = None


# --- candidates ------------------------------------------------------------------

def candidates(ctx) -> list[Candidate]:
    """Every candidate pair of the sentence ``ctx.parsed`` (see the module's docstring)."""
    parsed = ctx.parsed
    doc = parsed.doc
    names = sorted(parsed.mention_at)
    out = []
    for fi in names:
        for ti in names:
            f, t = parsed.mention_at[fi], parsed.mention_at[ti]
            if fi == ti or f.concept.id == t.concept.id:
                continue
            cand = _candidate(ctx, doc[fi], doc[ti], len(names))
            if cand is not None:
                out.append(cand)
    return out


def _trigger(vocab, tok):
    """The trigger word ``tok`` is (by lemma or as written), or None."""
    for word in (tok.lemma_.lower(), tok.lower_):
        t = vocab.rules.triggers.get(("en", word))
        if t is not None and t.form in TRIGGER_FORMS:
            return t
    return None


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 64:
        out.append(out[-1].head)
    return out


def _path(ftok, ttok):
    """(tokens from the factor up to the LCA, tokens from the LCA down to the target, the LCA)."""
    up, down = _ancestors(ftok), _ancestors(ttok)
    down_ids = {t.i: k for k, t in enumerate(down)}
    for k, tok in enumerate(up):
        if tok.i in down_ids:
            return up[:k + 1], list(reversed(down[:down_ids[tok.i]])), tok
    return None


def _candidate(ctx, ftok, ttok, n_names: int) -> Candidate | None:
    found = _path(ftok, ttok)
    if found is None:
        return None
    up, down, lca = found
    vocab, mentions = ctx.vocab, ctx.parsed.mention_at
    lo, hi = sorted((ftok.i, ttok.i))
    between = list(ftok.doc[lo + 1:hi])
    governing = _governing(vocab, mentions, ftok, ttok, (up, down, lca), between)
    if governing is None:
        return None
    trig_tok, trig, on_path = governing
    path = _path_string(up, down, lca, mentions, lexical=True)
    f_found, t_found = mentions[ftok.i], mentions[ttok.i]
    feats = {
        "path=" + path: 1.0,
        "path.deps=" + _path_string(up, down, lca, mentions, lexical=False): 1.0,
        "path.len": math.log1p(len(up) + len(down) - 1),
        "lca=" + (lca.lemma_.lower() if lca.i not in mentions else "<name>"): 1.0,
        "lca.pos=" + lca.pos_: 1.0,
        "trigger=" + trig_tok.lemma_.lower(): 1.0,
        "trigger.effect=" + trig.effect: 1.0,
        "trigger.form=" + trig.form: 1.0,
        "order=" + ("FT" if ftok.i < ttok.i else "TF"): 1.0,
        "between.words": math.log1p(sum(1 for t in between if not t.is_punct)),
        "between.mentions": math.log1p(sum(1 for t in between if t.i in mentions)),
        "between.commas": math.log1p(sum(1 for t in between if t.text == ",")),
        "sent.mentions": math.log1p(n_names),
        "factor.type=" + f_found.concept.type: 1.0,
        "target.type=" + t_found.concept.type: 1.0,
        "types=" + f_found.concept.type + ">" + t_found.concept.type: 1.0,
        "factor.dep=" + ftok.dep_: 1.0,
        "target.dep=" + ttok.dep_: 1.0,
    }
    if on_path:
        feats["trigger.on_path"] = 1.0
    lca_trig = _trigger(vocab, lca) if lca.i not in mentions else None
    if lca_trig is not None:
        feats["lca.trigger"] = 1.0
        feats["lca.effect=" + lca_trig.effect] = 1.0
    feats.update(_flags(ctx, ftok, ttok, trig_tok, between))
    return Candidate(ftok.i, ttok.i, trig_tok.i, _effect(vocab, trig.effect, t_found), feats, path)


def _effect(vocab, effect: str, target) -> str:
    """The trigger's effect, turned by an anti-/pro- adjective that names the target (``mediating
    anti-inflammatory effects``: inhibits inflammation; words of kind ``prefix``), not by a name that
    has the prefix itself (proliferation, pro-inflammatory cytokines)."""
    surface, name = target.record.surface.lower(), target.concept.name.lower()
    for prefix, inner in vocab.words.get("prefix", {}).items():
        if re.match(re.escape(prefix) + r"-?[a-z]", surface) and not name.startswith(prefix):
            return combined(effect, inner)
    return effect


def _governing(vocab, mentions, ftok, ttok, path, between):
    """(token, trigger, whether on the path) of the trigger word that governs the pair: on the
    dependency path, the one nearest the LCA (of two as near, the one on the target's side: the word
    that governs the target); else between the two names, the one nearest the target; or None."""
    up, down, lca = path
    inner = [t for t in up[1:] + down[:-1] if t.i not in (ftok.i, ttok.i)]
    target_side = {t.i for t in down}
    on_path = [(abs(_depth(t) - _depth(lca)), t.i not in target_side, t, trig) for t in inner
               if t.i not in mentions and (trig := _trigger(vocab, t)) is not None]
    if on_path:
        _, _, tok, trig = min(on_path, key=lambda x: (x[0], x[1], x[2].i))
        return tok, trig, True
    near = [(abs(t.i - ttok.i), t, trig) for t in between
            if t.i not in mentions and (trig := _trigger(vocab, t)) is not None]
    if not near:
        return None
    _, tok, trig = min(near, key=lambda x: (x[0], x[1].i))
    return tok, trig, False


def _flags(ctx, ftok, ttok, trig_tok, between) -> dict:
    """The features that are there or not: clause marks between, roles, the parse reader's clause
    readings of the trigger (``english_fallback``), and how the claim is stated."""
    vocab = ctx.vocab
    flags = {
        "between.clause": any(t.text in (";", ":") or t.lower_ in CLAUSE_WORDS for t in between),
        "factor.subject": ftok.dep_ in SUBJECTS,
        "target.object": ttok.dep_ in OBJECTS,
        "trigger.clause": english_fallback._heads_a_clause(trig_tok, vocab),
        "trigger.agent": english_fallback._agent(ftok, trig_tok, vocab),
        "trigger.object": english_fallback._in_object(ttok, trig_tok, vocab),
        "negated": negated(ctx, trig_tok),
        "hedged": hedged(ctx, trig_tok),
        "asked": asked(ctx, trig_tok),
    }
    return {name: 1.0 for name, there in flags.items() if there}


def _depth(tok) -> int:
    return len(_ancestors(tok))


def _path_string(up, down, lca, mentions, lexical: bool) -> str:
    """``nsubj^ promote vdobj``: each edge's label (^ going up to the LCA, v going down), with the
    lemma of the verbs and nouns it passes through (``lexical``)."""
    parts = [t.dep_ + "^" for t in up[:-1]]
    if lexical:
        parts = [p + (" " + up[k + 1].lemma_.lower() if up[k + 1].i != lca.i and _content(up[k + 1], mentions)
                      else "") for k, p in enumerate(parts)]
        parts.append(lca.lemma_.lower() if lca.i not in mentions else "<name>")
    for k, t in enumerate(down):
        word = "v" + t.dep_
        if lexical and k < len(down) - 1 and _content(t, mentions):
            word += " " + t.lemma_.lower()
        parts.append(word)
    return " ".join(parts)


def _content(tok, mentions) -> bool:
    return tok.pos_ in CONTENT_POS and tok.i not in mentions


# --- the fallback ----------------------------------------------------------------

def fallback(parsed_sentences, read: set, vocab, resources, doc) -> list:
    """The model's triples of the parsed sentences (``{sent_id: ParsedSentence}``) whose id is not
    in ``read`` (sentences with no triple of any reader)."""
    from .english_context import Context

    model = load_model()
    if (model is None or model.threshold > 1.0) and _SINK is None:
        return []  # no model, or one whose held-out precision reached no threshold: it states nothing
    out: list = []
    for sent_id, parsed in parsed_sentences.items():
        empty = sent_id not in read
        if (not empty and _SINK is None) or len(parsed.mention_at) < 2:
            continue
        ctx = Context(parsed, vocab, doc, resources.lexicon)
        cands = candidates(ctx)
        if _SINK is not None:  # every parsed sentence's pairs teach the model; the empty ones judge it
            _SINK.extend((parsed.view.sentence, parsed.mention_at[c.factor], parsed.mention_at[c.target], c, empty)
                         for c in cands)
        if not empty or model is None or model.threshold > 1.0:
            continue
        best = best_pair([model.score(c.features) for c in cands])
        if best is not None and best[1] >= model.threshold:
            out += _emit(ctx, [(best[1], cands[best[0]])], resources)
    return out


def best_pair(scores: list[float]) -> tuple[int, float] | None:
    """(index, score) of the highest score (the first of equals), or None: a sentence states the
    pair the model finds likeliest, not every pair over the threshold (the pairs of one sentence
    share its words, and on the held-out papers a second pair was far more often wrong)."""
    if not scores:
        return None
    k = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return k, scores[k]


def _emit(ctx, kept: list, resources) -> list:
    """The triples of the kept candidates of one sentence, the score and path in their last step."""
    from .relations import Trigger, hosted

    if not kept:
        return []
    parsed = ctx.parsed
    r = hosted.writer(ctx.doc, parsed.view, list(parsed.found), resources)
    clean = parsed.view.clean
    why: dict[tuple[int, int], str] = {}
    for score, c in kept:
        tok = parsed.doc[c.trigger]
        a, b = parsed.span_of(c.trigger)
        trigger = Trigger("en", tok.lower_, c.effect, "verb", None)
        item = hosted.trigger_item(a, b, parsed.view.clean.text[a:b], trigger, c.effect)
        f, t = parsed.mention_at[c.factor], parsed.mention_at[c.target]
        hosted.write(r, [hosted.arg(f, None, False)], [hosted.arg(t, None, False)], item,
                     "negated" in c.features, "hedged" in c.features, [], RULE, c.effect)
        key = (clean.source_span(f.cstart, f.cend)[0], clean.source_span(a, b)[0])
        why.setdefault(key, f"pair_model {score:.2f}: {c.path}")
    return [replace(t, steps=t.steps + ((why[(t.factor_start, t.effect_start)],)
                                        if (t.factor_start, t.effect_start) in why else ()))
            for t in hosted.written(r)]
