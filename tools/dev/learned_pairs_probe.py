"""Experiment (round 21): could a learned reading recover the gold triples of sentences no construction
reads anything in? Measures it on the readable gold sets, cross-validated; changes nothing in the pipeline.

    PYTHONPATH=. .venv/bin/python tools/dev/learned_pairs_probe.py [--c 0.03,0.1,0.3,1.0]

A *candidate* is a (factor name, trigger word, target name) combination of a sentence where, after both
readers (``document.find_triples``, its ``combine`` hook wrapped here), no triple stands, and which holds
two names of different concepts and a trigger word of the dictionary (at most ``MAX_NAMES`` names and
triggers). Its features are data: the trigger word, its effect and form, the order of factor, effect and
target, the distances in items between them, the names, clause breaks, triggers and marker words
(``MARKERS``) between, the concept types (and ``new:`` names), for Chinese jieba's parts of speech of the
neighbouring words, for English the dependency paths trigger-factor and trigger-target on spaCy's parse of
the sentence (``english_parse.parse_sentences``). Label: one of the triples it would state (written
through ``relations/hosted.py`` as the other readers' are) is a relaxed hit of a gold triple of its
sentence (``scoring.candidate_edges``, SPEC section 4).

One logistic regression per language, each paper weighing the same, held out one paper at a time. At each
threshold the curve counts the triples the reading would add: of each (sentence, factor, target) the best
candidate above it, right when it hits a gold triple no other kept candidate took (right/wrong/strict).

Result (main 9f2c332, round 21; 186 readable papers): en 5602 candidates in 243 sentences, 235 hits,
129 gold triples reachable; zh 6344 in 218 sentences, 237 hits, 129 reachable. Held out, the best C
(lowest log loss, 0.03) adds en 24 right / 61 wrong at 0.20 (P 0.28), 3/4 at 0.45; zh 13/74 at 0.20
(P 0.15), 9/43 at 0.25. No C reaches P 0.7 with ten right triples (en at most 0.50, 6 right at C 0.3;
zh at most 0.27 with two right or more). Ranking AUC ~0.75-0.78, but hits are 1 candidate in 25: the
sentences both readers leave empty are mostly no claim between the names as found (an association, the
wrong partner, a knocked-out gene, a pronoun or class word as the real argument), so the reading was not
wired into the pipeline.
"""
from __future__ import annotations

import argparse
import math
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

from pipeline.evaluation.locate import CompactText
from pipeline.evaluation.output_tables import prediction_from_row
from pipeline.evaluation.scoring import candidate_edges
from pipeline.evaluation.train_confidence import fit, paper_weights, train_papers  # (the confidence model's fitting)
from pipeline.reading.read import read_document
from pipeline.relations import document as relations_document
from pipeline.relations import hosted
from pipeline.relations.items import Item, sentence_items
from pipeline.relations.state import Reader
from pipeline.records import Triple
from pipeline.runtime.paper import extract

C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 20))
RULE = "learned_pair"


@dataclass(frozen=True)
class Candidate:
    """One (factor, trigger, target) combination of a sentence and its features."""

    sent_id: int
    lang: str
    factor: int  # index of the factor's item in the sentence
    trigger: int
    target: int
    features: dict[str, float]
    items: tuple[Item, ...] = field(compare=False, repr=False)  # the sentence

    @property
    def pair(self) -> tuple[int, str, str]:
        return self.sent_id, self.items[self.factor].found.concept.id, self.items[self.target].found.concept.id


# Marker words whose place between the names tells who acts on whom (passive agent, causative,
# object marker, means); read as they stand in the sentence's items.
MARKERS = {"zh": ("被", "由", "使", "对", "通过", "经", "可", "能", "并", "而", "与", "和", "及", "不", "未"),
           "en": ("by", "of", "via", "through", "which", "that", "not", "and", "or", "but", "whereas",
                  "in", "on", "to", "with", "from", "its", "their", "is", "are", "was", "were", "been")}
# More names or triggers than this in a sentence: a list, not a claim the pairs can read.
MAX_NAMES = 8


# --- features ------------------------------------------------------------------------

def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-8" if n < 9 else "9+"


def _between(items: list[Item], a: int, b: int) -> list[Item]:
    lo, hi = sorted((a, b))
    return items[lo + 1:hi]


def _span_features(lang: str, name: str, inner: list[Item]) -> dict[str, float]:
    """What lies between two of the candidate's items: how far, which names, breaks, markers."""
    out = {f"{name}.dist={_bucket(len(inner))}": 1.0,
           f"{name}.names={_bucket(sum(i.kind == 'ENT' for i in inner))}": 1.0}
    breaks = sum(i.kind == "SEP" for i in inner)
    out[f"{name}.breaks={_bucket(breaks)}"] = 1.0
    if any(i.kind == "TRIG" for i in inner):
        out[f"{name}.trigger"] = 1.0
    words = {i.text.lower() for i in inner}
    for m in MARKERS[lang]:
        if m in words:
            out[f"{name}.m={m}"] = 1.0
    return out


def _neighbour(items: list[Item], k: int, step: int) -> str:
    j = k + step
    if not 0 <= j < len(items):
        return "EDGE"
    item = items[j]
    return item.pos or item.kind if item.kind in ("WORD", "VERB") else item.kind


def candidate_features(lang: str, items: list[Item], f: int, e: int, t: int, n_names: int,
                       n_triggers: int) -> dict[str, float]:
    """The features of factor item ``f``, trigger item ``e`` and target item ``t``."""
    trig = items[e].trigger
    order = "".join(c for _, c in sorted(((f, "F"), (e, "E"), (t, "T"))))
    ftype, ttype = items[f].found.concept.type, items[t].found.concept.type
    out = {f"trig={trig.word.lower()}": 1.0, f"effect={trig.effect}": 1.0, f"form={trig.form}": 1.0,
           f"order={order}": 1.0, f"ftype={ftype}": 1.0, f"ttype={ttype}": 1.0,
           f"types={ftype}>{ttype}": 1.0, f"names={_bucket(n_names)}": 1.0,
           f"triggers={_bucket(n_triggers)}": 1.0, "bias": 1.0}
    if items[f].found.concept.id.startswith("new:"):
        out["fnew"] = 1.0
    if items[t].found.concept.id.startswith("new:"):
        out["tnew"] = 1.0
    out.update(_span_features(lang, "FE", _between(items, f, e)))
    out.update(_span_features(lang, "ET", _between(items, e, t)))
    if lang == "zh":
        for k, name in ((f, "F"), (e, "E"), (t, "T")):
            out[f"{name}.prev={_neighbour(items, k, -1)}"] = 1.0
            out[f"{name}.next={_neighbour(items, k, 1)}"] = 1.0
    return {f"{lang}.{k}": v for k, v in out.items()}


def candidates(doc, view, found, resources) -> list[Candidate]:
    """Every (factor, trigger, target) combination of one sentence with its features and the
    triples it would state; none where the sentence holds fewer than two names or no trigger."""
    lang = view.sentence.lang
    if lang not in MARKERS or len(found) < 2:
        return []
    data = resources.rules
    items = sentence_items(view, found, data, resources)
    names = [k for k, i in enumerate(items) if i.kind == "ENT" and i.found is not None]
    triggers = [k for k, i in enumerate(items) if i.kind == "TRIG" and i.trigger is not None]
    concepts = {items[k].found.concept.id for k in names}
    if len(concepts) < 2 or not triggers or len(names) > MAX_NAMES or len(triggers) > MAX_NAMES:
        return []
    out, held = [], tuple(items)
    tokens = _token_of(view, found, items) if lang == "en" else None
    for e in triggers:
        for f in names:
            for t in names:
                if f == t or items[f].found.concept.id == items[t].found.concept.id:
                    continue
                features = candidate_features(lang, items, f, e, t, len(names), len(triggers))
                features.update(_path_features(tokens, f, e, t))
                out.append(Candidate(view.sentence.sent_id, lang, f, e, t, features, held))
    return out


def _token_of(view, found, items: list[Item]) -> dict:
    """Item index -> the token of the sentence's dependency parse that starts inside it (English)."""
    from pipeline.english.english_parse import parse_sentences

    parsed = parse_sentences([(0, view, list(found))])
    if not parsed:
        return {}
    p = parsed[0]
    out = {}
    for k, item in enumerate(items):
        for tok in p.doc:
            a, b = p.span_of(tok.i)
            if item.start <= a < max(item.end, item.start + 1):
                out[k] = tok
                break
    return out


def _dep_path(a, b) -> str:
    """The dependency labels from token ``a`` up to the lowest common head and down to ``b``."""
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    ids_b = [t.i for t in up_b]
    common = next((t for t in up_a if t.i in ids_b), None)
    if common is None:
        return "none"
    ups = [t.dep_ for t in up_a[:[t.i for t in up_a].index(common.i)]]
    downs = [t.dep_ for t in up_b[:ids_b.index(common.i)]]
    if len(ups) + len(downs) > 6:
        return f"long{_bucket(len(ups) + len(downs))}"
    return "^".join(ups) + "|" + "v".join(reversed(downs))


def _path_features(tokens: dict, f: int, e: int, t: int) -> dict[str, float]:
    if tokens is None:
        return {}
    if f not in tokens or e not in tokens or t not in tokens:
        return {"en.dep=none": 1.0}
    fe = _dep_path(tokens[f], tokens[e])
    et = _dep_path(tokens[e], tokens[t])
    return {f"en.dep.FE={fe}": 1.0, f"en.dep.ET={et}": 1.0, f"en.dep.FET={fe}/{et}": 1.0,
            f"en.dep.fdep={tokens[f].dep_}": 1.0, f"en.dep.tdep={tokens[t].dep_}": 1.0,
            f"en.dep.epos={tokens[e].pos_}": 1.0, f"en.dep.fhead={tokens[f].head.i == tokens[e].i}": 1.0,
            f"en.dep.thead={tokens[t].head.i == tokens[e].i}": 1.0}


def written(doc, view, c: Candidate, resources) -> list[Triple]:
    """The triples candidate ``c`` states, written as the other readers' (``hosted.write``)."""
    data, items, f, t = resources.rules, list(c.items), c.factor, c.target
    r = Reader(doc, view, items, data, resources.lexicon, data.grammar, None, [], set())
    trig = items[c.trigger]
    effect = trig.trigger.effect
    item = hosted.trigger_item(trig.start, trig.end, trig.text, trig.trigger, effect)
    factor = hosted.arg(items[f].found, None, False)
    target = hosted.arg(items[t].found, items[t].aspect, False)
    hosted.write(r, [factor], [target], item, False, False, [], f"{view.sentence.lang}.{RULE}", effect)
    return hosted.written(r)


# --- collecting: the hook wrapped ------------------------------------------------------------

collected: list[tuple[Candidate, list[Triple]]] = []
_combine = relations_document.combine


def _collecting_combine(doc, views, mentions, resources, out, read=None):
    """``combine``, and every candidate of each sentence where no triple stands collected."""
    triples = _combine(doc, views, mentions, resources, out, read)
    stated, seen = {t.sent_id for t in triples}, set()
    for k, view in enumerate(views):
        sid, found = view.sentence.sent_id, (read or {}).get(k)
        if found and sid not in stated and sid not in seen:
            seen.add(sid)
            collected.extend((c, written(doc, view, c, resources)) for c in candidates(doc, view, found, resources))
    return triples


@dataclass(frozen=True)
class Example:
    """One candidate of a train paper: its features, and the gold triples its triples hit."""

    paper: str
    train_set: str
    lang: str
    pair: tuple  # (sentence, factor id, target id): the reading keeps one candidate per pair
    order: tuple  # (factor, trigger, target) item indices: the tie-break of ``best_per_pair``
    features: dict
    gold: tuple  # indices of the paper's gold triples hit (relaxed)
    strict: tuple  # those hit with the aspect too

    @property
    def hit(self) -> bool:
        """The label ``train_confidence.fit`` learns: the candidate hits a gold triple."""
        return bool(self.gold)


def paper_examples(train_set: str, name: str, path: Path, gold: list) -> list[Example]:
    """Every candidate of one paper, labelled."""
    document = read_document(path, name)
    collected.clear()
    extract(document, min_confidence=0.0)
    compact = CompactText.of(document.text)
    spans = [compact.find_all(g.sentence) for g in gold]
    out = []
    for c, triples in collected:
        preds = [prediction_from_row(i, asdict(t)) for i, t in enumerate(triples)]
        relaxed, strict = candidate_edges(gold, spans, preds) if preds else ([], [])
        out.append(Example(name, train_set, c.lang, c.pair, (c.factor, c.trigger, c.target), c.features,
                           tuple(g for g, js in enumerate(relaxed) if js),
                           tuple(g for g, js in enumerate(strict) if js)))
    return out


def train_examples() -> list[Example]:
    return [e for paper in train_papers() for e in paper_examples(*paper)]


# --- fitting -------------------------------------------------------------------------------

def held_out(examples: Sequence[Example], c: float) -> list[float]:
    """Each example's probability from a model fitted without its paper."""
    import numpy as np

    weights = paper_weights(examples)
    probs = [0.0] * len(examples)
    for paper in sorted({e.paper for e in examples}):
        train = [i for i, e in enumerate(examples) if e.paper != paper]
        test = [i for i, e in enumerate(examples) if e.paper == paper]
        if len({bool(examples[i].gold) for i in train}) < 2:
            continue
        vectorizer, model = fit([examples[i] for i in train], [weights[i] for i in train], c)
        p = model.predict_proba(vectorizer.transform([examples[i].features for i in test]))[:, 1]
        for i, value in zip(test, np.asarray(p)):
            probs[i] = float(value)
    return probs


def added_at(examples: Sequence[Example], probs: Sequence[float], threshold: float,
             train_set: str | None = None) -> tuple[int, int, int]:
    """(right, wrong, strict right) triples the reading adds at ``threshold`` (the best candidate of
    each pair kept, each gold triple counted once), on ``train_set`` or on all."""
    best: dict[tuple, tuple[float, tuple, Example]] = {}
    for e, p in zip(examples, probs):
        if p < threshold or (train_set and e.train_set != train_set):
            continue
        key = (e.paper,) + e.pair
        if key not in best or p > best[key][0] or (p == best[key][0] and e.order < best[key][1]):
            best[key] = (p, e.order, e)
    right, strict, wrong = set(), set(), 0
    for _, _, e in best.values():
        fresh = [g for g in e.gold if (e.paper, g) not in right]
        if fresh:
            right.add((e.paper, fresh[0]))
            if fresh[0] in e.strict:
                strict.add((e.paper, fresh[0]))
        else:
            wrong += 1
    return len(right), wrong, len(strict)


def report(examples: Sequence[Example], c_grid: Sequence[float]) -> None:
    for lang in ("en", "zh"):
        part = [e for e in examples if e.lang == lang]
        gold = {(e.paper, g) for e in part for g in e.gold}
        print(f"== {lang}: {len(part)} candidates in {len({(e.paper, e.pair[0]) for e in part})} sentences, "
              f"{sum(bool(e.gold) for e in part)} hits, {len(gold)} gold triples reachable")
        weights = paper_weights(part)
        for c in c_grid:
            probs = held_out(part, c)
            loss = sum(-w * math.log(max(1e-9, p if e.gold else 1 - p))
                       for e, p, w in zip(part, probs, weights)) / sum(weights)
            print(f"C {c}: held-out log loss {loss:.4f}; threshold: added right/wrong (P) [strict right]")
            for t in THRESHOLDS:
                right, wrong, strict = added_at(part, probs, t)
                if right + wrong:
                    print(f"  {t:.2f}: {right:4d}/{wrong:4d} (P {right / (right + wrong):.3f}) [{strict}]")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", default=",".join(map(str, C_GRID)), help="the C values to try")
    args = parser.parse_args(argv)
    relations_document.combine = _collecting_combine
    try:
        examples = train_examples()
    finally:
        relations_document.combine = _combine
    report(examples, [float(c) for c in args.c.split(",")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
