"""Scoring against gold, SPEC section 4 (pipeline/evaluation/scoring.py): the hand-made case's exact numbers,
breakdowns and errors, strict and relaxed matchings, several sets scored as one."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.evaluation import evaluate
from pipeline.evaluation.gold import parse_gold_line
from pipeline.evaluation.output_tables import prediction_from_row
from pipeline.evaluation.printout import format_errors
from pipeline.evaluation.scores import Counts
from pipeline.evaluation.scoring import score, score_paper, score_sets

from .eval_cases import GOLD, out_dir, triple  # noqa: F401 (out_dir is a fixture)


def test_hand_made_case_exact_numbers(out_dir: Path) -> None:
    report = score(GOLD, out_dir)
    # strict: hits p1-g1, p3-g2, p6-g5 = 3 of 6 predictions and 5 gold
    #   P = 3/6 = 0.5, R = 3/5 = 0.6, F1 = 2*0.5*0.6/1.1 = 6/11
    assert report.overall.strict == Counts(n_gold=5, n_pred=6, hit_gold=3, hit_pred=3)
    assert report.overall.strict.precision == pytest.approx(0.5)
    assert report.overall.strict.recall == pytest.approx(0.6)
    assert report.overall.strict.f1 == pytest.approx(6 / 11)
    # relaxed: plus p4-g3 = 4; P = 4/6 = 2/3, R = 4/5, F1 = 2*(2/3)(4/5)/(22/15) = 8/11
    assert report.overall.relaxed == Counts(n_gold=5, n_pred=6, hit_gold=4, hit_pred=4)
    assert report.overall.relaxed.precision == pytest.approx(2 / 3)
    assert report.overall.relaxed.recall == pytest.approx(0.8)
    assert report.overall.relaxed.f1 == pytest.approx(8 / 11)


def test_hand_made_case_breakdowns(out_dir: Path) -> None:
    report = score(GOLD, out_dir)
    # zh: gold g1,g2; predictions p1,p2,p3; hits g1,g2 both strict
    #   strict = relaxed: P 2/3, R 2/2
    zh = report.by_lang["zh"]
    assert zh.strict == zh.relaxed == Counts(2, 3, 2, 2)
    assert zh.strict.precision == pytest.approx(2 / 3) and zh.strict.recall == 1.0
    # en: gold g3,g4,g5; predictions p4,p5,p6; strict hit g5 only, relaxed g3,g5
    en = report.by_lang["en"]
    assert en.strict == Counts(3, 3, 1, 1)
    assert en.relaxed == Counts(3, 3, 2, 2)
    assert en.relaxed.f1 == pytest.approx(2 / 3)
    assert set(report.by_lang) == {"zh", "en"}  # p7 (c.txt) is not scored
    assert report.by_paper["a.txt"] == zh
    assert report.by_paper["b.txt"] == en
    assert report.unscored_documents == 1
    assert report.ignored_predictions == 1


def test_hand_made_case_error_lists(out_dir: Path) -> None:
    report = score(GOLD, out_dir)
    assert [m.gold.factor for m in report.misses] == ["IL-10"]
    assert all(m.located for m in report.misses)
    assert report.unlocated == ()
    assert sorted(p.rule for _, p in report.false_positives) == ["en_reduce_bad", "zh_promote2"]
    [mismatch] = report.aspect_mismatches
    assert (mismatch.gold.aspect, mismatch.prediction.aspect) == ("activity", "expression")
    text = format_errors(report)
    assert "matched only with aspect ignored (1)" in text
    assert "rule=en_reduce_bad" in text
    assert "Interleukin 10 reduces the expression of RANKL." in text  # miss with sentence
    # a false positive shows its sentence from the document, white space collapsed
    assert "sentence: Interleukin 10 reduces the expression of RANKL." in text


def test_relaxed_hits_include_every_strict_hit(tmp_path: Path) -> None:
    # g1 strict with p1 only; g2 relaxed with p1 only. Strict = 1; the relaxed
    # matching must stay maximal (1) and keep g1's hit, so aspect list is empty.
    gold = [parse_gold_line(json.dumps(r), f"x:{i}") for i, r in enumerate([
        {"doc": "d", "lang": "en", "sentence": "S.", "factor": "A", "polarity": 1,
         "target": "B", "aspect": "growth"},
        {"doc": "d", "lang": "en", "sentence": "S.", "factor": "A", "polarity": 1,
         "target": "B", "aspect": "survival"},
    ])]
    pred = prediction_from_row(0, triple("d", "en", (0, 2), ("A", "A", "A"), "promotes", 1,
                                            ("B", "B", "B"), "growth", "r"))
    result = score_paper("d", gold, [pred], "S.")
    assert result.strict == {0: 0} and result.relaxed == {0: 0}


def test_unlocated_gold_sentence_is_a_reported_miss(tmp_path: Path, out_dir: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    record = json.loads((GOLD / "a.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record["sentence"] = "这句话不在文档里。"
    with (gold / "a.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    report = score(gold, out_dir)
    assert report.overall.relaxed.n_gold == 6
    assert [g.sentence for g in report.unlocated] == ["这句话不在文档里。"]
    assert "NOT FOUND" in format_errors(report)


def test_two_sets_scored_as_one_add_up(tmp_path: Path, out_dir: Path) -> None:
    """``--gold A --out X --gold B --out Y`` is the micro-average over both sets'
    papers: here the hand-made case split into its two papers, one set each."""
    gold_a, gold_b = tmp_path / "gold_a", tmp_path / "gold_b"
    gold_a.mkdir()
    gold_b.mkdir()
    shutil.copy(GOLD / "a.jsonl", gold_a)
    shutil.copy(GOLD / "b.jsonl", gold_b)
    both = score_sets([(gold_a, out_dir), (gold_b, out_dir)])
    whole = score(GOLD, out_dir)
    assert both.overall == whole.overall
    assert both.by_lang == whole.by_lang
    numbers = tmp_path / "scores.json"
    assert evaluate.main(["--gold", str(gold_a), "--out", str(out_dir), "--gold", str(gold_b), "--out", str(out_dir),
                    "--json", str(numbers)]) == 0
    assert json.loads(numbers.read_text(encoding="utf-8"))["strict"]["f1"] == pytest.approx(6 / 11)
    assert evaluate.main(["--gold", str(gold_a), "--gold", str(gold_b), "--out", str(out_dir)]) == 2
