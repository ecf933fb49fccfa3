"""Scoring against gold (SPEC section 4): per paper, locate the gold sentences, pair gold triples
with predictions by maximum matching (strict, then relaxed grown from it), and add the papers up
into a Report, overall, by language and by paper."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .bipartite import maximum_matching
from .gold import GoldTriple, group_gold, load_gold
from .locate import CompactText, overlaps
from .output_tables import Document, Prediction, load_documents, load_predictions, match_documents
from .scores import AspectMismatch, Counts, Miss, Report, Scores
from .triple_match import relaxed_match


@dataclass(frozen=True)
class PaperResult:
    """Which gold triples and predictions of one paper were hit."""

    paper: str
    gold: tuple[GoldTriple, ...]
    predictions: tuple[Prediction, ...]
    located: tuple[bool, ...]
    strict: Mapping[int, int]
    relaxed: Mapping[int, int]


def candidate_edges(gold: Sequence[GoldTriple], spans: Sequence[Sequence[tuple[int, int]]],
                    preds: Sequence[Prediction]) -> tuple[list[list[int]], list[list[int]]]:
    """Relaxed and strict edges gold -> prediction for one paper.

    Predictions are grouped by sentence span so each gold sentence is compared
    only with the predictions of sentences it overlaps.
    """
    by_span: dict[tuple[int | None, int | None], list[int]] = defaultdict(list)
    for j, p in enumerate(preds):
        by_span[(p.sent_start, p.sent_end)].append(j)
    relaxed: list[list[int]] = []
    strict: list[list[int]] = []
    for g, g_spans in zip(gold, spans):
        near = [j for (s, e), js in by_span.items() if overlaps(s, e, g_spans) for j in js]
        hits = [j for j in sorted(near) if relaxed_match(preds[j], g)]
        relaxed.append(hits)
        strict.append([j for j in hits if preds[j].aspect == g.aspect])
    return relaxed, strict


def score_paper(paper: str, gold: Sequence[GoldTriple], preds: Sequence[Prediction],
                text: str | None) -> PaperResult:
    """Locate the paper's gold sentences and match its predictions.

    The strict matching is maximal on its own; the relaxed one is grown from
    it, so every gold triple hit strictly is also hit relaxed.
    """
    compact = CompactText.of(text) if text is not None else None
    spans = [compact.find_all(g.sentence) if compact else () for g in gold]
    relaxed_edges, strict_edges = candidate_edges(gold, spans, preds)
    strict = maximum_matching(strict_edges)
    relaxed = maximum_matching(relaxed_edges, seed=strict)
    return PaperResult(paper, tuple(gold), tuple(preds), tuple(bool(s) for s in spans),
                       strict, relaxed)


def paper_counts(result: PaperResult, gold_key: Callable[[GoldTriple], str],
                 pred_key: Callable[[Prediction], str]) -> dict[str, Scores]:
    """Strict/relaxed counts of one paper, keyed by the given scope functions."""
    tallies: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for i, g in enumerate(result.gold):
        t = tallies[gold_key(g)]
        t[0] += 1
        t[1] += i in result.strict
        t[2] += i in result.relaxed
    strict_preds, relaxed_preds = set(result.strict.values()), set(result.relaxed.values())
    for j, p in enumerate(result.predictions):
        t = tallies[pred_key(p)]
        t[3] += 1
        t[4] += j in strict_preds
        t[5] += j in relaxed_preds
    return {k: Scores(Counts(t[0], t[3], t[1], t[4]), Counts(t[0], t[3], t[2], t[5]))
            for k, t in tallies.items()}


def sum_scores(parts: Iterable[Mapping[str, Scores]]) -> dict[str, Scores]:
    """Add up per-key Scores, keys sorted."""
    total: dict[str, Scores] = defaultdict(Scores)
    for part in parts:
        for key, value in part.items():
            total[key] = total[key] + value
    return dict(sorted(total.items()))


def collect_errors(result: PaperResult) -> tuple[list[Miss], list[tuple[str, Prediction]],
                                                 list[AspectMismatch]]:
    """Misses and false positives of the relaxed matching, and the gold
    triples that only the relaxed matching hit (aspect disagreements)."""
    misses = [Miss(g, result.located[i]) for i, g in enumerate(result.gold)
              if i not in result.relaxed]
    used = set(result.relaxed.values())
    false_pos = [(result.paper, p) for j, p in enumerate(result.predictions) if j not in used]
    aspect = [AspectMismatch(g, result.predictions[result.relaxed[i]])
              for i, g in enumerate(result.gold)
              if i in result.relaxed and i not in result.strict]
    return misses, false_pos, aspect


def predictions_for(doc: Document | None, preds_by_doc: Mapping[str, list[Prediction]]
                    ) -> list[Prediction]:
    """The document's predictions in a stable order, with sentence text set."""
    if doc is None:
        return []
    rows = sorted(preds_by_doc.get(doc.doc_id, []),
                  key=lambda p: (p.sent_start if p.sent_start is not None else -1, p.row))
    return [with_sentence(p, doc.text) for p in rows]


def with_sentence(pred: Prediction, text: str | None) -> Prediction:
    """A copy of ``pred`` carrying its sentence text (for the error report)."""
    if text is None or pred.sent_start is None or pred.sent_end is None:
        return pred
    sentence = " ".join(text[pred.sent_start:pred.sent_end].split())
    return replace(pred, sentence=sentence)


def score(gold_dir: str | Path, out_dir: str | Path) -> Report:
    """Compare the output folder's triples with the gold folder (SPEC 4).

    Reads the gold JSON Lines and the ``documents`` and ``triples`` tables;
    predictions of documents without gold are ignored and counted.
    """
    return score_sets([(gold_dir, out_dir)])


def score_sets(pairs: Sequence[tuple[str | Path, str | Path]]) -> Report:
    """One report over several (gold folder, output folder) pairs, micro-averaged
    over all their papers: the train set is the sample papers (``gold/dev``
    against ``output``) together with the train passages (``gold/train``
    against the output of ``gold/train/texts``)."""
    results, documents, preds, doc_of, warnings = [], [], [], {}, []
    for gold_dir, out_dir in pairs:
        out = Path(out_dir)
        if not out.is_dir():
            raise FileNotFoundError(f"output folder not found: {out}")
        papers = group_gold(load_gold(gold_dir))
        set_preds = load_predictions(out)
        set_documents = load_documents(out)
        set_doc_of, set_warnings = match_documents(papers, set_documents)
        preds_by_doc: dict[str, list[Prediction]] = defaultdict(list)
        for p in set_preds:
            preds_by_doc[p.doc_id].append(p)
        results += [score_paper(paper, gold, predictions_for(set_doc_of.get(paper), preds_by_doc),
                                set_doc_of[paper].text if paper in set_doc_of else None)
                    for paper, gold in papers.items()]
        documents += set_documents
        preds += set_preds
        doc_of.update(set_doc_of)
        warnings += set_warnings
    return build_report(results, documents, preds, doc_of, warnings)


def build_report(results: Sequence[PaperResult], documents: Sequence[Document],
                 preds: Sequence[Prediction], doc_of: Mapping[str, Document],
                 warnings: Sequence[str]) -> Report:
    """Aggregate per-paper results into the Report."""
    by_lang = sum_scores(paper_counts(r, lambda g: g.lang, lambda p: p.lang) for r in results)
    by_paper = sum_scores(paper_counts(r, lambda g: g.doc, lambda p: r.paper) for r in results)
    misses, false_pos, aspect = [], [], []
    for r in results:
        m, f, a = collect_errors(r)
        misses += m
        false_pos += f
        aspect += a
    scored_ids = {d.doc_id for d in doc_of.values()}
    all_ids = {d.doc_id for d in documents} | {p.doc_id for p in preds}
    return Report(
        overall=sum(by_paper.values(), Scores()),
        by_lang=by_lang,
        by_paper=by_paper,
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        aspect_mismatches=tuple(aspect),
        unlocated=tuple(m.gold for m in misses if not m.located),
        unscored_documents=len(all_ids - scored_ids),
        ignored_predictions=sum(p.doc_id not in scored_ids for p in preds),
        warnings=tuple(warnings),
    )
