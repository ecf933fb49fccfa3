"""A fitted reader of mention pairs for the Chinese sentences the constructions read nothing in.

Record ``zh.pair_model`` (stage ``sentence``, the last one): in a Chinese sentence where no
construction stated a triple, yet which has a trigger word (``triggers.tsv``) and two names,
every ordered pair (factor, target) of the sentence's names is a candidate. A logistic
regression over the features below scores it (``pipeline/models/pairs_zh.json``: a dot
product and a sigmoid; ``chinese_pairs_train.py`` refits it, ``make train``), and the
best candidate of the sentence, when it scores at least the model's threshold, is stated
as a triple of rule ``zh.pair_model`` through ``emit`` (so the output records give the default aspect, the
owner cell, a knocked-down factor's reversed effect, as for every other claim).

Candidates: the names are the sentence's name items (``items.py``), each read with its
group (``read_group``: its aspect word, a knock-down), neither of two names of one
concept nor of overlapping spans; a name a means phrase acts on (通过产生 IL-8: a mediator
cue and a verb right before it) mediates a claim and is no factor. The trigger that states the pair's effect is the
trigger word between the two nearest the target, else the nearest before the pair, else
the nearest after it. Negated: a negation cue in the trigger's clause; hedged: a hedge
cue in the sentence.

Features (names as in the model file; ``name=value`` is categorical with value 1):

- ``order``: ``FT`` (factor first) or ``TF``.
- ``dist``: the items between the two names, ``0``, ``1``, ``2-3``, ``4-7``, ``8+``.
- ``btw.ents``, ``btw.seps``, ``btw.trigs``: names, clause punctuation, trigger words
  between (``0``, ``1``, ``2+``); ``same_clause`` (no clause punctuation between).
- ``btw.cue=KIND``: a cue word of that kind (``cues.tsv``: passive 被, target 对,
  mediator 通过, causative 使, conj 和/与/及, locative 在…) between; ``btw.w=WORD``:
  the function words (cue words, 的, place postpositions 中) and punctuation
  (，；：、) between, as written.
- ``trig.where``: where the effect's trigger stands (``between``, ``before``, ``after``);
  ``trig.eff``: its effect; ``trig.form``: its form; ``trig.w``: the word;
  ``btw.eff=EFFECT``: the effect of each trigger between.
- ``f.prev``, ``f.next``, ``t.prev``, ``t.next``: the item right before and after each
  name: the word as written for a cue, function word, trigger or punctuation, the item
  kind for a name or aspect word (``ENT``), ``^``/``$`` at the sentence's ends, ``WORD``
  for another word.
- ``f.type``, ``t.type``, ``types`` (both, ``gene|cell``); ``f.class``, ``t.class`` (a class
  word: cells, cytokines); ``t.aspect`` (the target's group gives it an aspect word).
- ``f.first``: the factor is the first name of its clause; ``t.last``: the target the
  last of its clause; ``same_group``: both in one group of names (A 和 B).
- ``f.trig``, ``t.trig``: each name ``before`` or ``after`` the trigger; ``f.trig.dist``,
  ``t.trig.dist`` (items between it and the trigger, as ``dist``), ``f.trig.ents``,
  ``t.trig.ents`` (names between, as ``btw.ents``), ``f.trig.same_clause``,
  ``t.trig.same_clause`` (no clause punctuation between), ``f.trig.nearest``,
  ``t.trig.nearest`` (no name between it and the trigger).
- ``shape``: the item kinds over the stretch of factor, trigger and target, each run written
  once (``F_E_W_T``: factor, trigger, words, target; ``long`` past seven).
- ``neg``, ``hedge``: the cue kinds in the sentence.

The explanation of a triple (``python -m pipeline explain``) is the record's line at stage
``sentence``, with each candidate's score and the features that carried it most.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from .engine import DONE, Event, Miss, construction
from .emit import emit
from .groups import Arg, read_group
from .items import Item
from .state import How, Reader, is_class_word

RULE = "zh.pair_model"
MODEL_FILE = Path(__file__).resolve().parent.parent / "models" / "pairs_zh.json"
MODEL_FORMAT = 1
# The item kinds whose words are written as they stand in a feature (closed classes).
_WRITTEN_KINDS = frozenset({"CUE", "DE", "LOC", "SEP", "LIST", "TRIG", "OPEN", "CLOSE"})

# The features of the docstring, as the model file names them (before any ``=value``).
FEATURES = ("order", "dist", "btw.ents", "btw.seps", "btw.trigs", "same_clause", "btw.cue", "btw.w",
            "trig.where", "trig.eff", "trig.form", "trig.w", "btw.eff", "f.prev", "f.next", "t.prev", "t.next",
            "f.type", "t.type", "types", "f.class", "t.class", "t.aspect", "f.first", "t.last", "same_group",
            "f.trig", "t.trig", "f.trig.dist", "t.trig.dist", "f.trig.ents", "t.trig.ents",
            "f.trig.same_clause", "t.trig.same_clause", "f.trig.nearest", "t.trig.nearest", "shape",
            "neg", "hedge")
# Set by the training script: every candidate of every sentence it reads (triple, features), nothing stated.
COLLECT: list | None = None


@dataclass(frozen=True)
class Candidate:
    """One ordered pair of names of a sentence, the trigger that states its effect, and its features."""

    factor: Arg
    target: Arg
    trigger: Item
    negated: bool
    hedged: bool
    features: dict


@dataclass(frozen=True)
class PairModel:
    intercept: float
    weights: dict
    threshold: float  # a probability

    def score(self, features: dict) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def carried(self, features: dict, n: int = 3) -> list[str]:
        """The features that weigh most in a score, strongest first."""
        parts = sorted(((self.weights.get(k, 0.0) * v, k) for k, v in features.items()), reverse=True)
        return [k for w, k in parts[:n] if w > 0]


_MODEL: dict = {}


def load_model(path: Path = MODEL_FILE) -> PairModel | None:
    """The shipped model (read once), or None when there is no model file."""
    if path not in _MODEL:
        model = None
        if path.is_file():
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != MODEL_FORMAT:
                raise ValueError(f"{path}: model format {raw.get('format')!r}, expected {MODEL_FORMAT}")
            model = PairModel(float(raw["intercept"]), dict(raw["weights"]), float(raw["threshold"]))
        _MODEL[path] = model
    return _MODEL[path]


@construction(RULE)
def pair_model(r: Reader, name: str):
    """A Chinese sentence no construction read a triple in: the candidate pair the model scores
    best, when it scores at least the model's threshold (see the module docstring)."""
    if r.lang != "zh" or r.triples or not any(it.kind == "TRIG" for it in r.items):
        return None
    if COLLECT is not None:
        return _collect(r, name, candidates_of(r))
    model = load_model()
    if model is None:
        return Miss("no model file")
    candidates = candidates_of(r)
    if not candidates:
        return Miss("no candidate pair")
    scored = [(model.score(c.features), -n, c) for n, c in enumerate(candidates)]
    if r.events is not None:
        for p, _, c in scored:
            r.events.append(Event("sentence", name, -1, "", "no", f"{c.factor.found.record.surface} → "
                                  f"{c.target.found.record.surface}: {p:.2f} ({', '.join(model.carried(c.features))})"))
    p, _, best = max(scored, key=lambda x: x[:2])
    if p < model.threshold:
        return Miss(f"no pair scored {model.threshold:.2f}")
    emit(r, [best.factor], [best.target], best.trigger, best.negated, best.hedged, [], How(name))
    return DONE


def _collect(r: Reader, name: str, candidates: list[Candidate]):
    """Training: each candidate's triples (as ``emit`` writes them) and features, kept aside."""
    last, before_last = r.last, r.before_last
    for c in candidates:
        emit(r, [c.factor], [c.target], c.trigger, c.negated, c.hedged, [], How(name))
        COLLECT.extend((t, c.features) for t in r.triples)
        r.triples.clear()
    r.last, r.before_last = last, before_last
    return None


# --- the candidates ------------------------------------------------------------------

def candidates_of(r: Reader) -> list[Candidate]:
    """Every ordered pair of the sentence's names, with its trigger and features."""
    items = r.items
    names = _names(items, r.lang)
    clause = _clause_numbers(items)
    cues = {k for it in items if it.kind == "CUE" for k in it.cues}
    out = []
    for fi, fa, fg in names:
        for ti, ta, tg in names:
            f, t = fa.found, ta.found
            if fi == ti or f.concept.id == t.concept.id or (f.cstart < t.cend and t.cstart < f.cend) \
                    or _in_means(items, fi):
                continue
            trig = _trigger(items, fi, ti)
            if trig is None:
                continue
            k, where = trig
            negated = any(it.kind == "CUE" and it.has("negation") and clause[j] == clause[k]
                          for j, it in enumerate(items))
            feats = features(r, names, clause, cues, (fi, fa, fg), (ti, ta, tg), k, where)
            out.append(Candidate(fa, ta, items[k], negated, "hedge" in cues or r.hedged_sentence, feats))
    return out


def _names(items: list[Item], lang: str) -> list[tuple[int, Arg, int]]:
    """(item index, reading, group number) of every name item, read with its group."""
    out, i, g = [], 0, 0
    while i < len(items):
        it = items[i]
        group = read_group(items, i, lang) if it.kind in ("ENT", "ASP") else None
        if group is None:
            if it.kind == "ENT":
                out.append((i, Arg(it.found, None), g))
                g += 1
            i += 1
            continue
        for j in range(group.start, group.end):
            x = items[j]
            if x.kind != "ENT":
                continue
            arg = next((a for a in group.args if a.found is x.found), None) \
                or next((a for a in group.args if a.found.cstart == x.found.cstart), None) or Arg(x.found, None)
            out.append((j, arg, g))
        g += 1
        i = max(group.end, i + 1)
    return out


def _in_means(items: list[Item], i: int) -> bool:
    """The name at ``i`` is what a means phrase acts on (通过产生 IL-8, 通过激活 X): a mediator cue and a
    verb (a trigger, or an aspect word used as one: 产生) right before it. It mediates the claim of the clause;
    it is not its agent."""
    return i >= 2 and items[i - 1].kind in ("TRIG", "ASP") and items[i - 2].kind == "CUE" \
        and items[i - 2].has("mediator")


def _clause_numbers(items: list[Item]) -> list[int]:
    out, n = [], 0
    for it in items:
        if it.kind == "SEP":
            n += 1
        out.append(n)
    return out


def _trigger(items: list[Item], fi: int, ti: int) -> tuple[int, str] | None:
    """The index of the trigger that states the pair's effect and where it stands: between the
    two (the one nearest the target), else the nearest before the pair, else the nearest after."""
    lo, hi = min(fi, ti), max(fi, ti)
    between = [k for k in range(lo + 1, hi) if items[k].kind == "TRIG"]
    if between:
        return (min(between, key=lambda k: abs(k - ti)), "between")
    before = [k for k in range(lo) if items[k].kind == "TRIG"]
    if before:
        return (before[-1], "before")
    after = [k for k in range(hi + 1, len(items)) if items[k].kind == "TRIG"]
    return (after[0], "after") if after else None


def _bin(n: int, edges=(0, 1, 2)) -> str:
    return str(n) if n < edges[-1] else f"{edges[-1]}+"


def _dist(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _word(items: list[Item], k: int) -> str:
    if k < 0:
        return "^"
    if k >= len(items):
        return "$"
    it = items[k]
    if it.kind in ("ENT", "ASP"):
        return "ENT"
    return it.text if it.kind in _WRITTEN_KINDS else "WORD"


def _shape(items: list[Item], lo: int, hi: int, ends: dict) -> str:
    """The item kinds from ``lo`` to ``hi`` (both named in ``ends``), runs written once, at most 7."""
    kinds: list[str] = []
    for k in range(lo, hi + 1):
        kind = ends.get(k) or ("W" if items[k].kind in ("WORD", "VERB", "ASP") else items[k].kind)
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return "_".join(kinds) if len(kinds) <= 7 else "long"


def _trigger_features(items: list[Item], names, clause: list[int], fi: int, ti: int, k: int) -> dict:
    """How each name stands to the trigger: items, names and clause marks between, whether it is
    the name nearest the trigger on its side, and the shape of the stretch over all three."""
    out = {}
    name_at = [j for j, _, _ in names]
    for role, i in (("f", fi), ("t", ti)):
        lo, hi = min(i, k), max(i, k)
        side = "before" if i < k else "after"
        out[f"{role}.trig={side}"] = 1.0
        out[f"{role}.trig.dist={_dist(hi - lo - 1)}"] = 1.0
        out[f"{role}.trig.ents={_bin(sum(1 for j in name_at if lo < j < hi))}"] = 1.0
        if clause[i] == clause[k]:
            out[f"{role}.trig.same_clause"] = 1.0
        if not any(lo < j < hi for j in name_at):
            out[f"{role}.trig.nearest"] = 1.0
    lo, hi = min(fi, ti, k), max(fi, ti, k)
    out[f"shape={_shape(items, lo, hi, {fi: 'F', ti: 'T', k: 'E'})}"] = 1.0
    return out


def features(r: Reader, names, clause, cues, fac, tar, k: int, where: str) -> dict:
    """The features of one candidate (see the module docstring)."""
    items = r.items
    (fi, fa, fg), (ti, ta, tg) = fac, tar
    lo, hi = min(fi, ti), max(fi, ti)
    between = items[lo + 1:hi]
    f, t = fa.found.concept, ta.found.concept
    trig = items[k]
    feats = {
        f"order={'FT' if fi < ti else 'TF'}": 1.0,
        f"dist={_dist(len(between))}": 1.0,
        f"btw.ents={_bin(sum(x.kind == 'ENT' for x in between))}": 1.0,
        f"btw.seps={_bin(sum(x.kind == 'SEP' for x in between))}": 1.0,
        f"btw.trigs={_bin(sum(x.kind == 'TRIG' for x in between))}": 1.0,
        f"trig.where={where}": 1.0,
        f"trig.eff={trig.trigger.effect}": 1.0,
        f"trig.form={trig.trigger.form}": 1.0,
        f"trig.w={trig.text}": 1.0,
        f"f.prev={_word(items, fi - 1)}": 1.0, f"f.next={_word(items, fi + 1)}": 1.0,
        f"t.prev={_word(items, ti - 1)}": 1.0, f"t.next={_word(items, ti + 1)}": 1.0,
        f"f.type={f.type}": 1.0, f"t.type={t.type}": 1.0, f"types={f.type}|{t.type}": 1.0,
    }
    if clause[fi] == clause[ti]:
        feats["same_clause"] = 1.0
    if fg == tg:
        feats["same_group"] = 1.0
    for x in between:
        if x.kind == "CUE":
            feats.update({f"btw.cue={c}": 1.0 for c in x.cues})
        if x.kind in _WRITTEN_KINDS - {"TRIG"}:
            feats[f"btw.w={x.text}"] = 1.0
        if x.kind == "TRIG":
            feats[f"btw.eff={x.trigger.effect}"] = 1.0
    if is_class_word(r, f.id):
        feats["f.class"] = 1.0
    if is_class_word(r, t.id):
        feats["t.class"] = 1.0
    if ta.aspect is not None:
        feats["t.aspect"] = 1.0
    if not any(j < fi and clause[j] == clause[fi] for j, _, _ in names):
        feats["f.first"] = 1.0
    if not any(j > ti and clause[j] == clause[ti] for j, _, _ in names):
        feats["t.last"] = 1.0
    feats.update(_trigger_features(items, names, clause, fi, ti, k))
    for kind, feature in (("negation", "neg"), ("hedge", "hedge")):
        if kind in cues:
            feats[feature] = 1.0
    return feats
