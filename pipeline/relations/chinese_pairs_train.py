"""Refit the Chinese pair model (``make train``) -> ``pipeline/models/pairs_zh.json``.

Examples: every candidate pair (``chinese_pairs.candidates_of``) of every Chinese sentence the
constructions read nothing in, in the readable sets only: the sample papers (``raw/`` against
``gold/dev``), the train passages (``gold/train``) and the team-annotated passages
(``gold/extra``). A candidate is positive when a gold triple of its sentence has its factor and
its target (the scorer's name match, ``evaluation/triple_match.py``).

The fit is a logistic regression (scikit-learn, a test/train dependency; the pipeline reads only
the JSON). ``C`` and the threshold are chosen on scores left out one paper at a time (each paper
scored by a model fitted on the others): ``C`` by held-out log loss, the threshold as the lowest
probability at which the fallback's own triples, deduplicated as the reader writes them and
matched as ``make eval`` matches them (relaxed), reach ``TARGET_PRECISION``. The held-out
figures (precision, and the Chinese gold triples they add) are kept in the model file.

Usage::

    python -m pipeline.relations.chinese_pairs_train [--out pipeline/models/pairs_zh.json]
"""
from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import config
from ..evaluation.gold import load_gold
from ..evaluation.output_tables import prediction_from_row
from ..evaluation.scoring import score_paper
from ..evaluation.locate import CompactText, overlaps
from ..evaluation.triple_match import factor_matches, target_matches
from . import chinese_pairs
from .chinese_pairs import MODEL_FILE, MODEL_FORMAT

SETS = (("gold/dev", "raw"), ("gold/train", "gold/train/texts"), ("gold/extra", "gold/extra/texts"))
TARGET_PRECISION = 0.70
C_GRID = (0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(10, 50))


@dataclass(frozen=True)
class Example:
    paper: str
    triple: object  # the Triple the candidate would state
    features: dict
    named: bool  # a gold triple of the sentence has its factor and target


def papers(root: Path = config.ROOT) -> list[tuple[str, Path, list]]:
    """(paper, text file, gold triples) of every readable paper, in a fixed order."""
    out = []
    for gold_dir, texts in SETS:
        by_doc: dict[str, list] = {}
        for g in load_gold(root / gold_dir):
            by_doc.setdefault(g.doc, []).append(g)
        out += [(f"{gold_dir}/{doc}", root / texts / doc, by_doc[doc]) for doc in sorted(by_doc)]
    return out


def paper_examples(paper: str, path: Path, gold: list) -> list[Example]:
    """Every candidate of one paper, labelled."""
    from ..batch import extract
    from ..read import read_document

    chinese_pairs.COLLECT = []
    try:
        document = read_document(path, path.name)
        extract(document, min_confidence=0.0)
        collected = chinese_pairs.COLLECT
        TEXTS[paper] = document.text
    finally:
        chinese_pairs.COLLECT = None
    compact = CompactText.of(document.text)
    spans = [compact.find_all(g.sentence) for g in gold]
    out = []
    for i, (t, feats) in enumerate(collected):
        p = prediction_from_row(i, asdict(t))
        named = any(overlaps(t.sent_start, t.sent_end, s) and factor_matches(p, g) and target_matches(p, g)
                    for g, s in zip(gold, spans))
        out.append(Example(paper, t, feats, named))
    return out


def fit(examples, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([e.features for e in examples])
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
    with threadpool_limits(limits=1):
        model.fit(x, [e.named for e in examples])
    return vectorizer, model


def held_out(examples, c: float) -> list[float]:
    """Each example's probability from a model fitted without its paper."""
    scores = [0.0] * len(examples)
    for paper in sorted({e.paper for e in examples}):
        test = [i for i, e in enumerate(examples) if e.paper == paper]
        train = [e for e in examples if e.paper != paper]
        if not any(e.named for e in train):
            continue
        vectorizer, model = fit(train, c)
        probs = model.predict_proba(vectorizer.transform([examples[i].features for i in test]))[:, 1]
        for i, p in zip(test, probs):
            scores[i] = float(p)
    return scores


def log_loss(examples, scores) -> float:
    return sum(-math.log(min(max(p if e.named else 1 - p, 1e-12), 1.0)) for e, p in zip(examples, scores)) / len(examples)


def curve(examples, scores, gold_by_paper) -> list[dict]:
    """At each threshold: the triples the fallback would write (the best candidate of each
    sentence, as the reader writes it) and those ``make eval`` would count right (relaxed)."""
    rows = []
    n_gold = sum(1 for gold in gold_by_paper.values() for g in gold if g.lang == "zh")
    for threshold in THRESHOLDS:
        written = hits = 0
        for paper, gold in gold_by_paper.items():
            best: dict[int, tuple] = {}  # sentence -> (score, -index) of its best candidate
            for n, (e, p) in enumerate(zip(examples, scores)):
                if e.paper == paper and p >= threshold:
                    best[e.triple.sent_start] = max(best.get(e.triple.sent_start, (p, -n)), (p, -n))
            kept = [examples[-n].triple for _, n in best.values()]
            if not kept:
                continue
            preds = [prediction_from_row(i, asdict(t)) for i, t in enumerate(kept)]
            result = score_paper(paper, gold, preds, TEXTS[paper])
            written += len(kept)
            hits += len(result.relaxed)
        rows.append({"threshold": threshold, "written": written, "relaxed_hits": hits,
                     "precision": round(hits / written, 3) if written else None,
                     "zh_gold_added": round(hits / n_gold, 4)})
    return rows


TEXTS: dict[str, str] = {}  # paper -> its document's text, as the examples were read


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    examples, gold_by_paper = [], {}
    for paper, path, gold in papers():
        gold_by_paper[paper] = gold
        examples += paper_examples(paper, path, gold)
    report(args.out, examples, gold_by_paper)
    return 0


def report(out: Path, examples, gold_by_paper) -> dict:
    losses = {c: log_loss(examples, held_out(examples, c)) for c in C_GRID}
    c = min(C_GRID, key=lambda k: (round(losses[k], 6), k))
    scores = held_out(examples, c)
    rows = curve(examples, scores, gold_by_paper)
    fine = [row for row in rows if row["precision"] is not None and row["precision"] >= TARGET_PRECISION]
    chosen = fine[0] if fine else rows[-1]  # none: a threshold that writes (next to) nothing
    vectorizer, model = fit(examples, c)
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 1e-6}
    body = {"format": MODEL_FORMAT, "intercept": round(float(model.intercept_[0]), 6), "weights": weights,
            "threshold": chosen["threshold"], "C": c,
            "figures": {"examples": len(examples), "positives": sum(e.named for e in examples),
                        "papers": len({e.paper for e in examples}),
                        "held_out_log_loss": {str(k): round(v, 4) for k, v in losses.items()},
                        "held_out_at_threshold": chosen, "held_out_curve": rows}}
    out.write_text(json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in body.items() if k != "weights"}, ensure_ascii=False, indent=1))
    return body


if __name__ == "__main__":
    raise SystemExit(main())
