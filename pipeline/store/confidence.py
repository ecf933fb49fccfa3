"""A confidence in [0, 1] on every triple, from a small fitted model.

``find_triples`` proposes triples; this module scores each one with a
logistic regression over features of the triple, its sentence and the
sentence's mentions, and drops those below a threshold. The model is a
JSON file of weights (``pipeline/models/confidence.json``): scoring is a
dot product and a sigmoid, so running the pipeline needs no scikit-learn.
``python -m pipeline.evaluation.train_confidence`` (``make train``) refits it on the
readable gold sets (sample papers, train passages, gold/extra);
``docs/confidence.md`` says how and with what figures.

The features of a triple (names as in the model file; a categorical
feature is ``name=value`` with value 1, a feature the model never saw
weighs nothing, so a new rule or trigger word scores on its other features):

- ``lang``.
- The construction: ``rule`` (the record that read the claim, ``zh.passive``),
  ``rule.family`` (language and first part, ``zh.passive``), ``rule.kind`` (first
  part alone, ``passive``, shared by both languages) and ``rule.part`` (each later
  part, ``dep``…, and each of the triple's ``steps``: ``chain``, ``pronoun``,
  ``examples_targets``, ``default_aspect``…), so that renamed or new rules
  still share weights with their family.
- The trigger: ``effect``, ``trigger`` (the word as written, lower case,
  with its language), ``trigger.form`` (``verb``, ``noun``… from
  ``dictionaries/relations/triggers.tsv``; ``unlisted`` otherwise).
- The arguments: ``factor.type``, ``target.type`` (``gene``, ``cell``…; a
  family is ``family``), ``factor.via``, ``target.via`` (how the mention was
  found: ``dictionary``, ``abbreviation``, ``pronoun``, ``composed``, ``fuzzy``;
  ``none`` when no mention has the span), ``factor.class``/``target.class`` (a
  class word of ``dictionaries/relations/class_words.tsv``: cell, signaling
  pathway…), ``self`` (factor and target the same concept), ``aspect``,
  ``mediator``, ``negated``, ``hedged``.
- The shape: ``order`` (the order of factor F, effect E and target T in the
  text, ``FET`` for an active sentence, ``TEF`` for a passive one), distances
  ``dist.fe``, ``dist.et``, ``dist.span`` (log of 1 + words between factor and
  effect, effect and target, and across all three; a Chinese character counts
  as 0.6 of a word), ``span.mentions`` (log of 1 + other mentions inside the
  span), ``span.clauses`` (clause punctuation inside the span, ``, ; :`` and
  their full-width forms), ``span.clause`` (any), ``span.bracket`` (a bracket
  inside the span).
- The sentence: ``sent.words``, ``sent.mentions``, ``sent.triples`` (log of 1 +
  words, mentions, triples proposed in it), ``trigger.triples`` (log of 1 +
  triples sharing this trigger word occurrence), ``sent.bullet`` (a line of it
  starts with a bullet or an item number: a list read as one sentence),
  ``sent.list`` (log of 1 + list separators ``、`` ``;`` ``•``). Neither where a
  line breaks nor the section is a feature: the sample papers are PDF text
  broken into lines and mostly body, the train passages neither, so both
  would only tell the model which kind of paper a triple came from.
- Cue words (``dictionaries/relations/cues.tsv``) of the kinds in ``CUE_KINDS``
  (negation, hedging, association, and the experimental set-ups: study,
  condition, co-culture): ``cue.KIND.sent`` (one in the sentence) and
  ``cue.KIND.span`` (one inside the span of the triple).
"""
from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .. import config
from ..dictionary.lexicon import DictionaryError, read_tsv
from ..record_init import replaced
from ..records import Mention, PipelineError, Triple
from ..relations.data import load_triggers

MODEL_FILE = Path(__file__).resolve().parent.parent / "models" / "confidence.json"
MODEL_FORMAT = 1
# Cue kinds whose presence in the sentence or the triple's span is a feature.
CUE_KINDS = ("negation", "hedge", "related", "study", "condition", "coculture")
_CLAUSE = re.compile(r"[,;:，；：]")
_BRACKET = re.compile(r"[()（）\[\]【】]")
_LIST = re.compile(r"[、;；•▪●◦·]")
_BULLET = re.compile(r"^\s*(?:[•▪●◦·\-–—*]|\(?\d{1,2}[.)、]|\(?[a-z][.)]\s|[①-⑳])")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
CJK_WORD = 0.6  # a Chinese character as a share of a word (about 1.7 characters a word)


# --- the cue words and trigger forms the features read ---------------------------

@dataclass(frozen=True)
class Lexicon:
    """The words the features look for: cue words by kind, trigger forms, class words."""

    cues: Mapping[str, tuple[re.Pattern, ...]]  # kind -> one pattern per language
    forms: Mapping[tuple[str, str], str]  # (lang, word) -> trigger form
    class_ids: frozenset[str]


@functools.lru_cache(maxsize=2)
def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Cue words, trigger forms and class words from ``dictionaries/relations/``."""
    base = Path(folder or config.DICTIONARIES) / "relations"
    words: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row, _ in read_tsv(base / "cues.tsv", ("kind", "lang", "word", "note")):
        if row["kind"] in CUE_KINDS and row["word"].strip(" ,/、"):
            words[(row["kind"], row["lang"])].append(row["word"])
    cues = {kind: tuple(p for lang in ("zh", "en") if (p := _cue_pattern(words[(kind, lang)], lang)))
            for kind in CUE_KINDS}
    forms = {(lang, _fold(word)): t.form for (lang, word), t in load_triggers(base.parent).items()}
    class_ids = frozenset(row["id"] for row, _ in read_tsv(base / "class_words.tsv", ("id", "name", "note")))
    return Lexicon(cues, forms, class_ids)


def _cue_pattern(words: list[str], lang: str) -> re.Pattern | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(f"(?:{alternatives})" if lang == "zh" else rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])",
                      re.IGNORECASE)


def _fold(word: str) -> str:
    return " ".join(word.lower().split())


# --- features ----------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What the features of one paper's triples read besides the rows themselves."""

    text: str  # the document's text: every offset points into it
    mentions: Mapping[tuple[int, int], list[Mention]]  # by (start, end)
    by_sentence: Mapping[int, list[Mention]]
    triples_in_sentence: Counter
    triples_on_trigger: Counter
    # the cue patterns' matches in each sentence (sent_start, sent_end) read so far: the
    # triples of one sentence share them (one paper's, as the context is)
    cue_hits: dict = field(default_factory=dict, compare=False, repr=False)
    # the features of each sentence's own text (sent_start, sent_end), likewise shared
    sentence_text: dict = field(default_factory=dict, compare=False, repr=False)


def paper_context(text: str, mentions: Iterable[Mention], triples: Sequence[Triple]) -> Context:
    spans: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.via in ("nested", "anaphor"):
            continue  # a name inside another (nested.py), a pronoun no triple read (anaphors.py): the table's only
        spans[(m.start, m.end)].append(m)
        by_sentence[m.sent_id].append(m)
    return Context(text, spans, by_sentence,
                   Counter(t.sent_id for t in triples), Counter((t.effect_start, t.effect_end) for t in triples))


def triple_features(t: Triple, ctx: Context, lexicon: Lexicon) -> dict[str, float]:
    """The features of one triple (see the module docstring), by name."""
    f: dict[str, float] = {}
    categories = {"lang": t.lang, "effect": t.effect,
                  "trigger": f"{t.lang}:{_fold(t.effect_text)}",
                  "trigger.form": lexicon.forms.get((t.lang, _fold(t.effect_text)), "unlisted")}
    categories.update(_rule_parts(t.rule, t.steps))
    categories.update(_argument_categories(t, ctx))
    categories["order"] = _order(t)
    f.update({f"{k}={v}": 1.0 for k, v in categories.items()})
    f.update(_flags(t, lexicon))
    f.update(_shape(t, ctx))
    f.update(_sentence_features(t, ctx))
    f.update(_cue_features(t, ctx, lexicon))
    return {k: v for k, v in f.items() if v}


def _rule_parts(rule: str, steps=()) -> dict[str, str]:
    parts = (rule or "none").split(".")
    found = {"rule": rule or "none", "rule.family": ".".join(parts[:2]), "rule.kind": parts[1] if len(parts) > 1 else parts[0]}
    found.update({f"rule.part.{p}": "1" for p in list(parts[2:]) + list(steps or ())})
    return found


def _argument_categories(t: Triple, ctx: Context) -> dict[str, str]:
    factor = _mention(ctx, t.factor_start, t.factor_end, t.factor_id)
    target = _mention(ctx, t.target_start, t.target_end, t.target_id)
    ftype = factor.concept_type if factor else "none"
    ttype = target.concept_type if target else "none"
    return {"factor.type": ftype, "target.type": ttype,
            "factor.via": factor.via if factor else "none", "target.via": target.via if target else "none"}


def _mention(ctx: Context, start: int, end: int, concept_id: str) -> Mention | None:
    found = ctx.mentions.get((start, end), [])
    return next((m for m in found if m.concept_id == concept_id), found[0] if found else None)


def _order(t: Triple) -> str:
    places = sorted([(t.factor_start, "F"), (t.effect_start, "E"), (t.target_start, "T")])
    return "".join(p for _, p in places)


def _flags(t: Triple, lexicon: Lexicon) -> dict[str, float]:
    return {"aspect": float(bool(t.aspect)), "mediator": float(bool(t.mediator_id)),
            "negated": float(t.negated), "hedged": float(t.hedged), "self": float(t.factor_id == t.target_id),
            "factor.class": float(t.factor_id in lexicon.class_ids),
            "target.class": float(t.target_id in lexicon.class_ids)}


def _span(t: Triple) -> tuple[int, int]:
    return min(t.factor_start, t.effect_start, t.target_start), max(t.factor_end, t.effect_end, t.target_end)


def _between(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """The characters strictly between two spans, whichever comes first."""
    first, second = sorted([a, b])
    return first[1], max(first[1], second[0])


def words(text: str) -> float:
    """A count of words that means the same in both languages: Latin words, and Chinese characters at 0.6."""
    return len(_LATIN_WORD.findall(text)) + CJK_WORD * len(_CJK.findall(text))


def _shape(t: Triple, ctx: Context) -> dict[str, float]:
    factor, effect, target = (t.factor_start, t.factor_end), (t.effect_start, t.effect_end), (t.target_start, t.target_end)
    start, end = _span(t)
    inside = ctx.text[start:end]
    others = sum(1 for m in ctx.by_sentence.get(t.sent_id, ())
                 if start <= m.start and m.end <= end and (m.start, m.end) not in (factor, target))
    clauses = len(_CLAUSE.findall(inside))
    return {"dist.fe": _log(words(ctx.text[slice(*_between(factor, effect))])),
            "dist.et": _log(words(ctx.text[slice(*_between(effect, target))])),
            "dist.span": _log(words(inside)), "span.mentions": _log(others),
            "span.clauses": float(clauses), "span.clause": float(clauses > 0),
            "span.bracket": float(bool(_BRACKET.search(inside)))}


def _sentence_features(t: Triple, ctx: Context) -> dict[str, float]:
    n_words, bullet, n_list = _sentence_text_features(t, ctx)
    return {"sent.words": n_words, "sent.mentions": _log(len(ctx.by_sentence.get(t.sent_id, ()))),
            "sent.triples": _log(ctx.triples_in_sentence[t.sent_id]),
            "trigger.triples": _log(ctx.triples_on_trigger[(t.effect_start, t.effect_end)]),
            "sent.bullet": bullet, "sent.list": n_list}


def _sentence_text_features(t: Triple, ctx: Context) -> tuple[float, float, float]:
    """sent.words, sent.bullet and sent.list: read off the sentence's text once, for all its triples."""
    key = (t.sent_start, t.sent_end)
    found = ctx.sentence_text.get(key)
    if found is None:
        text = ctx.text[t.sent_start:t.sent_end]
        found = ctx.sentence_text[key] = (_log(words(text)),
                                          float(any(_BULLET.match(line) for line in text.splitlines())),
                                          _log(len(_LIST.findall(text))))
    return found


def _cue_features(t: Triple, ctx: Context, lexicon: Lexicon) -> dict[str, float]:
    start, end = (s - t.sent_start for s in _span(t))
    found: dict[str, float] = {}
    for kind, hits in _cue_hits(t, ctx, lexicon):
        if hits:
            found[f"cue.{kind}.sent"] = 1.0
            if any(start <= a and b <= end for a, b in hits):
                found[f"cue.{kind}.span"] = 1.0
    return found


def _cue_hits(t: Triple, ctx: Context, lexicon: Lexicon) -> list[tuple[str, list[tuple[int, int]]]]:
    """(kind, the (start, end) of its patterns' matches) for each cue kind in the triple's sentence."""
    key = (t.sent_start, t.sent_end)
    hits = ctx.cue_hits.get(key)
    if hits is None:
        text = ctx.text[t.sent_start:t.sent_end]
        hits = ctx.cue_hits[key] = [(kind, [m.span() for p in patterns for m in p.finditer(text)])
                                    for kind, patterns in lexicon.cues.items()]
    return hits


def _log(n: float) -> float:
    return round(math.log1p(n), 6)


# --- the model -------------------------------------------------------------------

@dataclass(frozen=True)
class Model:
    """Logistic regression weights, a calibration (Platt: ``a·z + b`` on the
    raw score ``z``) and the default threshold, as read from the model file."""

    intercept: float
    weights: Mapping[str, float]
    calibration: tuple[float, float]
    threshold: float
    path: str = ""

    def confidence(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        a, b = self.calibration
        return round(_sigmoid(a * z + b), 4)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


@functools.lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> Model:
    """The model file at ``path``; a missing or malformed file raises ``PipelineError`` naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PipelineError(f"{path}: cannot read the confidence model ({exc}); refit it with `make train`") from exc
    try:
        if data["format"] != MODEL_FORMAT:
            raise ValueError(f"format {data['format']!r}, expected {MODEL_FORMAT}")
        a, b = (float(v) for v in data["calibration"])
        return Model(float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()},
                     (a, b), float(data["threshold"]), str(path))
    except (KeyError, TypeError, ValueError) as exc:
        raise PipelineError(f"{path}: not a confidence model: {exc}") from exc


def default_threshold() -> float:
    """The threshold chosen on train when the model was fitted (``--min-confidence``'s default)."""
    return load_model().threshold


def score_triples(text: str, mentions: Sequence[Mention], triples: Sequence[Triple],
                  min_confidence: float | None = None, model: Model | None = None) -> list[Triple]:
    """``triples`` with their ``confidence`` set, without those below ``min_confidence``
    (default: the model's threshold; 0 keeps all)."""
    model = model or load_model()
    threshold = model.threshold if min_confidence is None else min_confidence
    if not 0.0 <= threshold <= 1.0:
        raise PipelineError(f"--min-confidence must be between 0 and 1, got {threshold}")
    ctx = paper_context(text, mentions, triples)
    try:
        lexicon = load_lexicon()
    except DictionaryError as exc:
        raise PipelineError(str(exc)) from exc
    scored = [replaced(t, confidence=model.confidence(triple_features(t, ctx, lexicon))) for t in triples]
    return [t for t in scored if t.confidence >= threshold]
