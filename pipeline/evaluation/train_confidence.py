"""Refit the confidence model (``make train``) on the readable gold sets.

They are the sample papers (``raw/`` scored against ``gold/dev``), the
train passages (``gold/train/texts`` against ``gold/train``) and the
team-annotated passages (``gold/extra/texts`` against ``gold/extra``;
without them the model saw too few false positives to rank unseen text,
``docs/confidence.md``). Validation is never read.
Every triple the pipeline proposes there (``--min-confidence 0``) is one
example, labelled a hit when the SPEC section 4 matcher (``pipeline/evaluation/``)
pairs it with a gold triple with the aspect ignored (a relaxed hit, as
validation is judged), a false positive otherwise. Features are those of
``confidence.py``.

Each paper weighs the same in the fit, whatever its number of triples: the
sample papers hold most of the triples and their rules were written from
them, so unweighted the model would mostly learn that the sample papers'
rules are right. The regularisation ``C`` and the calibration are chosen
by cross-validation leaving one paper out: each paper is scored by a model
fitted on the others, a Platt scaling fitted on those held-out scores
turns the model's score into a probability (so a confidence is the chance
that a triple is right in a paper like a train paper, each weighing the
same), and the default threshold is the lowest from which on the held-out
triples of the train set, counted as ``make eval`` counts them, keep the
target precision (``TARGET_PRECISION``). Everything is
deterministic: the same pipeline and train data give the same model file.

Needs scikit-learn (a test/train dependency); the pipeline itself only
reads the JSON it writes.

The figures of the fit (examples, held-out AUC, the held-out curve, the
threshold) are kept in the model file and written into ``docs/confidence.md``
between its ``FIGURES_BEGIN`` and ``FIGURES_END`` lines, from the model file,
so the page cannot quote another fit than the one shipped (a test compares;
``--docs`` rewrites the page from the shipped model without refitting).

Usage::

    python -m pipeline.evaluation.train_confidence [--out pipeline/models/confidence.json] [--check] [--docs]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

from .. import config
from ..store.confidence import MODEL_FILE, MODEL_FORMAT, load_lexicon, load_model, paper_context, triple_features
from .gold import load_gold
from .output_tables import prediction_from_row
from .scoring import score_paper
from ..records import PipelineError

# (gold folder, folder of the texts it annotates), relative to the project root.
TRAIN_SETS = (("gold/dev", "raw"), ("gold/train", "gold/train/texts"), ("gold/extra", "gold/extra/texts"))
TARGET_PRECISION = 0.85
# The thresholds that keep fewer hits than this share do not take part in choosing the default one.
MIN_RECALL = 0.05
DOC_FILE = config.ROOT / "docs" / "confidence.md"
FIGURES_BEGIN = "<!-- figures: written by make train from pipeline/models/confidence.json; do not edit -->"
FIGURES_END = "<!-- end of figures -->"
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(20))
# A model that gives every triple 0.5 and keeps all: where a refit starts when there is no model file.
NEUTRAL = {"format": MODEL_FORMAT, "intercept": 0.0, "weights": {}, "calibration": [1.0, 0.0], "threshold": 0.0}


@dataclass(frozen=True)
class Example:
    """One proposed triple of the train set, its features and whether it is right."""

    paper: str
    train_set: str  # the gold folder: gold/dev (sample papers) or gold/train (train passages)
    lang: str
    features: dict[str, float]
    hit: bool  # relaxed hit
    strict: bool  # strict hit
    describe: str  # factor -effect-> target, for the error list


# --- the examples ------------------------------------------------------------------

def train_papers(root: Path = config.ROOT) -> list[tuple[str, str, Path, list]]:
    """(gold folder, paper name, text file, gold triples) of every train paper, in a fixed order."""
    papers = []
    for gold_dir, texts in TRAIN_SETS:
        by_doc: dict[str, list] = {}
        for g in load_gold(root / gold_dir):
            by_doc.setdefault(g.doc, []).append(g)
        for doc in sorted(by_doc):
            path = root / texts / doc
            if not path.is_file():
                raise PipelineError(f"{root / gold_dir}: gold for {doc}, but no text {path}")
            papers.append((gold_dir, doc, path, by_doc[doc]))
    return papers


def paper_examples(train_set: str, name: str, path: Path, gold: list) -> list[Example]:
    """Every triple the pipeline proposes in one paper, with its features and label."""
    from ..runtime.batch import extract
    from ..reading.read import read_document

    document = read_document(path, name)
    records = extract(document, min_confidence=0.0)
    triples = sorted(records["triples"], key=lambda t: (t.sent_start, t.factor_start, t.effect_start, t.target_start,
                                                        t.factor_id, t.target_id, t.effect, t.aspect or ""))
    preds = [prediction_from_row(i, asdict(t)) for i, t in enumerate(triples)]
    result = score_paper(name, gold, preds, document.text)
    relaxed, strict = set(result.relaxed.values()), set(result.strict.values())
    ctx = paper_context(document.text, records["mentions"], triples)
    lexicon = load_lexicon()
    return [Example(name, train_set, t.lang, triple_features(t, ctx, lexicon), i in relaxed, i in strict,
                    f"{t.factor_name} -{t.effect}-> {t.target_name} [{t.rule}]")
            for i, t in enumerate(triples)]


def train_examples(root: Path = config.ROOT) -> list[Example]:
    return [e for paper in train_papers(root) for e in paper_examples(*paper)]


def fingerprint(examples: Sequence[Example]) -> str:
    """A hash of the examples (papers, labels, features): a model whose fingerprint differs was
    fitted on other triples than the pipeline proposes today, and wants a refit."""
    rows = [[e.paper, e.hit, e.strict, sorted(e.features.items())] for e in examples]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def paper_weights(examples: Sequence[Example]) -> list[float]:
    """Weights that give every paper the same total, with a mean of 1 per example."""
    counts: dict[str, int] = {}
    for e in examples:
        counts[e.paper] = counts.get(e.paper, 0) + 1
    scale = len(examples) / len(counts)
    return [scale / counts[e.paper] for e in examples]


# --- fitting -----------------------------------------------------------------------

def fit(examples: Sequence[Example], weights: Sequence[float], c: float):
    """A logistic regression on ``examples``: (vectorizer, classifier)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from threadpoolctl import threadpool_limits

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([e.features for e in examples])
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
    with threadpool_limits(limits=1):  # ten times faster on this small problem than threads, and one summation order
        model.fit(x, [e.hit for e in examples], sample_weight=list(weights))
    return vectorizer, model


def held_out_scores(examples: Sequence[Example], weights: Sequence[float], c: float) -> list[float]:
    """Each example's raw score (log-odds) from a model fitted without its paper."""
    scores = [0.0] * len(examples)
    for paper in sorted({e.paper for e in examples}):
        train = [i for i, e in enumerate(examples) if e.paper != paper]
        test = [i for i, e in enumerate(examples) if e.paper == paper]
        vectorizer, model = fit([examples[i] for i in train], [weights[i] for i in train], c)
        z = model.decision_function(vectorizer.transform([examples[i].features for i in test]))
        for i, value in zip(test, z):
            scores[i] = float(value)
    return scores


def held_out_auc(examples: Sequence[Example], weights: Sequence[float], scores: Sequence[float]) -> dict[str, float]:
    """How well held-out scores rank hits above false positives: each paper weighing the same,
    the train passages alone, every triple once."""
    from sklearn.metrics import roc_auc_score

    hits = [e.hit for e in examples]
    passages = [i for i, e in enumerate(examples) if e.train_set == TRAIN_SETS[1][0]]
    return {"per_paper": round(float(roc_auc_score(hits, scores, sample_weight=weights)), 4),
            "train_passages": round(float(roc_auc_score([hits[i] for i in passages], [scores[i] for i in passages])), 4),
            "all": round(float(roc_auc_score(hits, scores)), 4)}


def log_loss(examples: Sequence[Example], weights: Sequence[float], probabilities: Sequence[float]) -> float:
    total = sum(w * -math.log(min(max(p if e.hit else 1 - p, 1e-12), 1.0))
                for e, w, p in zip(examples, weights, probabilities))
    return total / sum(weights)


def platt(examples: Sequence[Example], weights: Sequence[float], scores: Sequence[float]) -> tuple[float, float]:
    """(a, b) of the calibration sigmoid(a·z + b), fitted on held-out scores."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    model = LogisticRegression(C=1e6, max_iter=5000, tol=1e-10)
    with threadpool_limits(limits=1):
        model.fit([[z] for z in scores], [e.hit for e in examples], sample_weight=list(weights))
    return float(model.coef_[0][0]), float(model.intercept_[0])


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


# --- the threshold and the curve -----------------------------------------------------

@dataclass(frozen=True)
class Point:
    threshold: float
    precision: float  # each paper weighing the same
    recall: float  # share of the hits kept, each paper weighing the same
    kept: float  # share of the triples kept, each paper weighing the same
    passages_precision: float  # the train passages alone, unweighted
    passages_recall: float
    all_precision: float  # every triple counted once
    all_recall: float


def curve(examples: Sequence[Example], weights: Sequence[float], confidences: Sequence[float],
          thresholds: Sequence[float] = THRESHOLDS) -> list[Point]:
    """Precision and recall of the hits at each threshold, on held-out confidences."""
    passages = [float(e.train_set == TRAIN_SETS[1][0]) for e in examples]
    points = []
    for t in thresholds:
        kept = [p >= t for p in confidences]
        points.append(Point(t, *_pr(examples, weights, kept), _share(weights, kept),
                            *_pr(examples, passages, kept), *_pr(examples, [1.0] * len(examples), kept)))
    return points


def _pr(examples, weights, kept) -> tuple[float, float]:
    hits = sum(w for e, w in zip(examples, weights) if e.hit)
    kept_w = sum(w for w, k in zip(weights, kept) if k)
    kept_hits = sum(w for e, w, k in zip(examples, weights, kept) if k and e.hit)
    return (kept_hits / kept_w if kept_w else 1.0), (kept_hits / hits if hits else 0.0)


def _share(weights, kept) -> float:
    return sum(w for w, k in zip(weights, kept) if k) / sum(weights)


SHARES = (0.02, 0.05, 0.1, 0.2)


def share_bars(weights: Sequence[float], confidences: Sequence[float], shares: Sequence[float] = SHARES) -> dict:
    """For each share, the lowest held-out confidence from which on at most that share of the
    triples stands (each paper weighing the same; the highest confidence when more than the share
    ties at it). The curve's grid is too coarse for a bar at the top, where a refit's confidences
    crowd between two of its points."""
    total, weight_at = sum(weights), {}
    for c, w in zip(confidences, weights):
        weight_at[c] = weight_at.get(c, 0.0) + w
    levels = sorted(weight_at, reverse=True)
    bars = {}
    for share in shares:
        kept, bar = 0.0, (levels[0] if levels else 1.0)
        for c in levels:
            kept += weight_at[c]
            if kept / total > share:
                break
            bar = c
        bars[str(share)] = round(bar, 4)
    return bars


def choose_threshold(points: Sequence[Point], target: float = TARGET_PRECISION) -> float:
    """The lowest threshold from which on the held-out precision of the train set, every
    triple counted once (as ``make eval`` scores it), stays at or above ``target`` -- judged at
    the thresholds that still keep ``MIN_RECALL`` of the hits (above them a handful of triples
    decide the precision). When no threshold reaches the target, 0.0: a default that kept almost
    no triple would be worse for a user than one that keeps them all."""
    steady = [p for p in points if p.all_recall >= MIN_RECALL]
    for i, p in enumerate(steady):
        if all(q.all_precision >= target for q in steady[i:]):
            return p.threshold
    return 0.0


# --- the whole fit -----------------------------------------------------------------------

def train(examples: Sequence[Example], c_grid: Sequence[float] = C_GRID) -> tuple[dict, list[Point]]:
    """The model file's content and the held-out curve (``C`` chosen from ``c_grid``)."""
    weights = paper_weights(examples)
    losses = {}
    for c in c_grid:
        scores = held_out_scores(examples, weights, c)
        a, b = platt(examples, weights, scores)
        losses[c] = (log_loss(examples, weights, [sigmoid(a * z + b) for z in scores]), scores, (a, b))
    c = min(c_grid, key=lambda k: (round(losses[k][0], 6), k))
    _, scores, (a, b) = losses[c]
    confidences = [sigmoid(a * z + b) for z in scores]
    points = curve(examples, weights, confidences)
    auc = held_out_auc(examples, weights, scores)
    threshold = choose_threshold(points)
    vectorizer, model = fit(examples, weights, c)
    names = vectorizer.get_feature_names_out()
    coefficients = {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0]) if round(float(w), 6)}
    content = {
        "format": MODEL_FORMAT,
        "about": "Logistic regression over the features of pipeline/store/confidence.py; refit with `make train`",
        "label": "relaxed hit (SPEC section 4)",
        "C": c, "threshold": threshold, "target_precision": TARGET_PRECISION,
        "calibration": [round(a, 6), round(b, 6)],
        "held_out_log_loss": {str(k): round(v[0], 4) for k, v in losses.items()},
        "held_out_auc": auc,
        "examples": len(examples), "hits": sum(e.hit for e in examples),
        "papers": len({e.paper for e in examples}), "train_fingerprint": fingerprint(examples),
        "held_out_curve": [{k: round(v, 3) for k, v in asdict(p).items()} for p in points],
        "held_out_share_bars": share_bars(weights, confidences),
        "intercept": round(float(model.intercept_[0]), 6),
        "weights": dict(sorted(coefficients.items())),
    }
    return content, points


def format_curve(points: Sequence[Point]) -> str:
    lines = ["threshold | per paper P   R  kept | train passages P   R | all triples P   R"]
    lines += [f"{p.threshold:9.2f} | {p.precision:11.3f} {p.recall:5.3f} {p.kept:5.3f} | "
              f"{p.passages_precision:16.3f} {p.passages_recall:5.3f} | {p.all_precision:13.3f} {p.all_recall:5.3f}"
              for p in points]
    return "\n".join(lines)


# --- the figures in docs/confidence.md ------------------------------------------------

CURVE_COLUMNS = ("threshold", "precision", "recall", "kept", "passages_precision", "passages_recall",
                 "all_precision", "all_recall")


def figures_markdown(content: dict) -> str:
    """The figures section of docs/confidence.md for the model file's ``content``."""
    auc = content["held_out_auc"]
    points = content.get("held_out_curve") or []
    lines = [f"{content['examples']} triples proposed on the readable gold sets ({content['papers']} papers), "
             f"{content['hits']} relaxed hits. `C` {content['C']}. Held-out AUC (how well the confidence "
             f"ranks hits above false positives): {auc['per_paper']:.2f} each paper weighing the same, "
             f"{auc['train_passages']:.2f} on the train passages alone, {auc['all']:.2f} every triple once.", ""]
    if points:
        lines += ["Held-out curve (leave one paper out); R is the share of the hits kept:", "",
                  "| threshold | P per paper | R per paper | kept per paper | P train passages | "
                  "R train passages | P all | R all |", "|---|---|---|---|---|---|---|---|"]
        last = None
        for p in points:  # the steps where something changes; none kept from the first step keeping nothing
            if last == "none":
                break
            row = tuple(p[k] for k in CURVE_COLUMNS[1:])
            if p["kept"] == 0:
                lines.append(f"| {p['threshold']:.2f} | no triple kept | | | | | | |")
                row = "none"
            elif row != last:
                lines.append(f"| {p['threshold']:.2f} | " + " | ".join(f"{v:.3f}" for v in row) + " |")
            last = row
        lines.append("")
    chosen = next((p for p in points if p["threshold"] == content["threshold"]), None)
    where = (f" (held-out precision of the train set, every triple once, {chosen['all_precision']:.3f})"
             if chosen else "")
    lines.append(f"Default threshold: **{content['threshold']}**{where}: the lowest from which on that precision "
                 f"stays at or above {content['target_precision']}.")
    per_paper = next((p for p in points if p["kept"] > 0 and p["precision"] >= content["target_precision"]), None)
    if per_paper:
        lines.append(f"A precision of {content['target_precision']} each paper weighing the same would need "
                     f"{per_paper['threshold']:.2f}, which keeps {per_paper['kept']:.0%} of the triples (per paper).")
    return "\n".join(lines) + "\n"


def docs_with_figures(doc: str, content: dict) -> str:
    """``doc`` with the text between its figure markers replaced by ``figures_markdown(content)``."""
    try:
        head, rest = doc.split(FIGURES_BEGIN + "\n", 1)
        _, tail = rest.split(FIGURES_END, 1)
    except ValueError:
        raise PipelineError(f"{DOC_FILE}: the lines {FIGURES_BEGIN!r} and {FIGURES_END!r} are missing") from None
    return f"{head}{FIGURES_BEGIN}\n{figures_markdown(content)}{FIGURES_END}{tail}"


def write_docs(content: dict, path: Path = DOC_FILE) -> bool:
    """Write the figures of ``content`` into ``path``; True when it changed."""
    old = path.read_text(encoding="utf-8")
    new = docs_with_figures(old, content)
    if new != old:
        path.write_text(new, encoding="utf-8")
    return new != old


def model_text(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, indent=1) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.train_confidence", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where to write the model (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="do not write: exit 1 when the shipped model differs")
    parser.add_argument("--docs", action="store_true",
                        help="do not refit: write the shipped model's figures into docs/confidence.md")
    args = parser.parse_args(argv)
    if args.docs:
        content = json.loads(args.out.read_text(encoding="utf-8"))
        print(f"{DOC_FILE}: {'figures written' if write_docs(content) else 'up to date'}")
        return 0
    try:
        load_model()
    except PipelineError as exc:  # the pipeline scores what it proposes: a neutral model lets it run
        print(f"{exc}: starting from a neutral model", file=sys.stderr)
        MODEL_FILE.write_text(model_text(NEUTRAL), encoding="utf-8")
        load_model.cache_clear()
    try:
        examples = train_examples()
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    content, points = train(examples)
    print(f"{content['examples']} triples ({content['hits']} relaxed hits) in {content['papers']} papers; "
          f"C {content['C']}; held-out log loss {content['held_out_log_loss']}; held-out AUC {content['held_out_auc']}")
    print(format_curve(points))
    print(f"threshold {content['threshold']} (held-out precision of the train set >= {TARGET_PRECISION} from there on)")
    text = model_text(content)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from a refit: run make train'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"model written to {args.out}")
    if args.out == MODEL_FILE:
        print(f"{DOC_FILE}: {'figures written' if write_docs(content) else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
