"""Tests for pipeline.evaluate, the scorer of SPEC section 4.

The hand-made case lives in tests/fixtures/eval/: gold JSON Lines in
``gold/`` and the document texts in ``raw/``. The tests build the pipeline's
``documents`` and ``triples`` Parquet tables from them in tmp_path, with the
predictions written out below so the expected numbers can be checked by hand.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import evaluate as ev

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
GOLD = FIXTURES / "gold"
RAW = FIXTURES / "raw"
REPO = Path(__file__).resolve().parent.parent


def read_raw(source: str) -> str:
    return (RAW / source).read_text(encoding="utf-8")


def span(text: str, first: str, last: str) -> tuple[int, int]:
    """[start, end) from the first occurrence of ``first`` to the end of the
    next ``last`` -- computed here without the scorer's own locating code."""
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def triple(doc_id, lang, sent, factor, effect, polarity, target, aspect, rule, negated=False):
    """A ``triples`` row; ``factor``/``target`` are (id, name, text)."""
    return {
        "doc_id": doc_id, "lang": lang, "sent_start": sent[0], "sent_end": sent[1],
        "factor_id": factor[0], "factor_name": factor[1], "factor_text": factor[2],
        "factor_start": 0, "factor_end": 0,
        "effect": effect, "polarity": polarity, "effect_text": "", "effect_start": 0, "effect_end": 0,
        "target_id": target[0], "target_name": target[1], "target_text": target[2],
        "target_start": 0, "target_end": 0,
        "aspect": aspect, "negated": negated, "hedged": False, "mediator_id": None,
        "rule": rule, "page": None,
    }


def fixture_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """documents and triples for the hand-made case.

    Gold (5 triples):
      a.txt (zh)  g1 IL-6 +1 leukemia cell [proliferation]   (sentence has a line break)
                  g2 TNF-α -1 osteoclast [differentiation]
      b.txt (en)  g3 IL-1β +1 NF-κB [activity]
                  g4 IL-10 -1 RANKL [expression]            (sentence has a line break)
                  g5 IL-1β +1 bone marrow stromal cell [migration]  (line break too)
    Predictions (6 scored + 1 in a document without gold):
      p1 a  exact hit of g1                         strict + relaxed
      p2 a  duplicate of p1                         FP (g1 is used once)
      p3 a  g2 via factor_text 肿瘤坏死因子－α only  strict + relaxed
            (id/name do not match; full-width hyphen folds away)
      p4 b  g3 with aspect expression≠activity      relaxed only
      p5 b  g4 with polarity +1≠-1                  FP, and g4 is a miss
      p6 b  g5, target "bone marrow stromal cells"  strict + relaxed
            (fuzzy: ratio(bonemarrowstromalcells, bonemarrowstromalcell)=97.7)
      p7 c  c.txt has no gold                       ignored
    """
    a, b, c = read_raw("a.txt"), read_raw("sub/b.txt"), read_raw("c.txt")
    documents = pd.DataFrame([
        {"doc_id": "dA", "source": "a.txt", "text": a},
        {"doc_id": "dB", "source": "sub/b.txt", "text": b},  # gold says "b.txt"
        {"doc_id": "dC", "source": "c.txt", "text": c},
    ])
    s1 = span(a, "IL-6", "。")
    s2 = span(a, "肿瘤坏死因子", "。")
    s3 = span(b, "IL-1β activates", ".")
    s4 = span(b, "Interleukin 10", ".")
    s5 = span(b, "IL-1β also", "migration")  # a shorter span still overlaps
    il6 = ("HGNC:IL6", "IL-6", "IL-6")
    leuk = ("LOCAL:leukemia_cell", "leukemia cell", "白血病细胞")
    triples = pd.DataFrame([
        triple("dA", "zh", s1, il6, "promotes", 1, leuk, "proliferation", "zh_promote"),   # p1
        triple("dA", "zh", s1, il6, "promotes", 1, leuk, "proliferation", "zh_promote2"),  # p2
        triple("dA", "zh", s2, ("HGNC:TNF", "tumor necrosis factor", "肿瘤坏死因子－α"),
               "inhibits", -1, ("CL:0000092", "osteoclast", "破骨细胞"), "differentiation",
               "zh_inhibit"),                                                               # p3
        triple("dB", "en", s3, ("HGNC:IL1B", "IL-1β", "IL-1β"), "activates", 1,
               ("LOCAL:NFKB", "NF-κB", "NF-κB"), "expression", "en_activate"),              # p4
        triple("dB", "en", s4, ("HGNC:IL10", "IL-10", "Interleukin 10"), "upregulates", 1,
               ("HGNC:TNFSF11", "RANKL", "RANKL"), "expression", "en_reduce_bad"),          # p5
        triple("dB", "en", s5, ("HGNC:IL1B", "IL-1β", "IL-1β"), "promotes", 1,
               ("CL:0010001", "bone-marrow stromal cells", "bone marrow stromal cells"),
               "migration", "en_promote"),                                                  # p6
        triple("dC", "en", (0, 41), il6, "promotes", 1,
               ("CL:0000092", "osteoclast", "osteoclast"), "differentiation", "en_promote"),  # p7
    ])
    return documents, triples


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    documents, triples = fixture_tables()
    out = tmp_path / "output"
    out.mkdir()
    documents.to_parquet(out / "documents.parquet", index=False)
    triples.to_parquet(out / "triples.parquet", index=False)
    return out


def test_hand_made_case_exact_numbers(out_dir: Path) -> None:
    report = ev.score(GOLD, out_dir)
    # strict: hits p1-g1, p3-g2, p6-g5 = 3 of 6 predictions and 5 gold
    #   P = 3/6 = 0.5, R = 3/5 = 0.6, F1 = 2*0.5*0.6/1.1 = 6/11
    assert report.overall.strict == ev.Counts(n_gold=5, n_pred=6, hit_gold=3, hit_pred=3)
    assert report.overall.strict.precision == pytest.approx(0.5)
    assert report.overall.strict.recall == pytest.approx(0.6)
    assert report.overall.strict.f1 == pytest.approx(6 / 11)
    # relaxed: plus p4-g3 = 4; P = 4/6 = 2/3, R = 4/5, F1 = 2*(2/3)(4/5)/(22/15) = 8/11
    assert report.overall.relaxed == ev.Counts(n_gold=5, n_pred=6, hit_gold=4, hit_pred=4)
    assert report.overall.relaxed.precision == pytest.approx(2 / 3)
    assert report.overall.relaxed.recall == pytest.approx(0.8)
    assert report.overall.relaxed.f1 == pytest.approx(8 / 11)


def test_hand_made_case_breakdowns(out_dir: Path) -> None:
    report = ev.score(GOLD, out_dir)
    # zh: gold g1,g2; predictions p1,p2,p3; hits g1,g2 both strict
    #   strict = relaxed: P 2/3, R 2/2
    zh = report.by_lang["zh"]
    assert zh.strict == zh.relaxed == ev.Counts(2, 3, 2, 2)
    assert zh.strict.precision == pytest.approx(2 / 3) and zh.strict.recall == 1.0
    # en: gold g3,g4,g5; predictions p4,p5,p6; strict hit g5 only, relaxed g3,g5
    en = report.by_lang["en"]
    assert en.strict == ev.Counts(3, 3, 1, 1)
    assert en.relaxed == ev.Counts(3, 3, 2, 2)
    assert en.relaxed.f1 == pytest.approx(2 / 3)
    assert set(report.by_lang) == {"zh", "en"}  # p7 (c.txt) is not scored
    assert report.by_paper["a.txt"] == zh
    assert report.by_paper["b.txt"] == en
    assert report.unscored_documents == 1
    assert report.ignored_predictions == 1


def test_hand_made_case_error_lists(out_dir: Path) -> None:
    report = ev.score(GOLD, out_dir)
    assert [m.gold.factor for m in report.misses] == ["IL-10"]
    assert all(m.located for m in report.misses)
    assert report.unlocated == ()
    assert sorted(p.rule for _, p in report.false_positives) == ["en_reduce_bad", "zh_promote2"]
    [mismatch] = report.aspect_mismatches
    assert (mismatch.gold.aspect, mismatch.prediction.aspect) == ("activity", "expression")
    text = ev.format_errors(report)
    assert "matched only with aspect ignored (1)" in text
    assert "rule=en_reduce_bad" in text
    assert "Interleukin 10 reduces the expression of RANKL." in text  # miss with sentence
    # a false positive shows its sentence from the document, white space collapsed
    assert "sentence: Interleukin 10 reduces the expression of RANKL." in text


def test_gold_sentence_located_across_white_space() -> None:
    text = read_raw("sub/b.txt")
    sentence = "IL-1β also promotes the migration of bone marrow stromal cells."
    assert sentence not in text  # the document breaks the line inside it
    start, end = ev.locate_sentence(text, sentence)
    assert text[start:end] == "IL-1β also promotes the migration of bone marrow\nstromal cells."
    assert "".join(text[start:end].split()) == "".join(sentence.split())
    # white space in the gold that the document lacks is ignored as well
    a = read_raw("a.txt")
    start, end = ev.locate_sentence(a, "IL-6促进 白血病 细胞的增殖。")
    assert a[start:end] == "IL-6 促进白血病细胞\n的增殖。"
    assert ev.locate_sentence(a, "not in this document") is None


def test_compact_text_finds_every_occurrence() -> None:
    text = "A  b.\nA b. C"
    assert ev.CompactText.of(text).find_all("A b.") == ((0, 5), (6, 10))
    assert ev.CompactText.of(text).find_all("   ") == ()


def test_maximum_matching_beats_greedy() -> None:
    # gold 0 may pair with predictions 0 or 1, gold 1 only with prediction 0:
    # greedy in row order gives gold 0 prediction 0 and leaves gold 1 unmatched.
    assert ev.maximum_matching([[0, 1], [0]]) == {0: 1, 1: 0}
    # a duplicate prediction cannot be used twice
    assert len(ev.maximum_matching([[0], [0]])) == 1
    # a seed is kept matched while the matching grows
    grown = ev.maximum_matching([[0, 1], [0], [2]], seed={0: 0})
    assert len(grown) == 3 and set(grown.values()) == {0, 1, 2}


def test_relaxed_hits_include_every_strict_hit(tmp_path: Path) -> None:
    # g1 strict with p1 only; g2 relaxed with p1 only. Strict = 1; the relaxed
    # matching must stay maximal (1) and keep g1's hit, so aspect list is empty.
    gold = [ev.parse_gold_line(json.dumps(r), f"x:{i}") for i, r in enumerate([
        {"doc": "d", "lang": "en", "sentence": "S.", "factor": "A", "polarity": 1,
         "target": "B", "aspect": "growth"},
        {"doc": "d", "lang": "en", "sentence": "S.", "factor": "A", "polarity": 1,
         "target": "B", "aspect": "survival"},
    ])]
    pred = ev.prediction_from_row(0, triple("d", "en", (0, 2), ("A", "A", "A"), "promotes", 1,
                                            ("B", "B", "B"), "growth", "r"))
    result = ev.score_paper("d", gold, [pred], "S.")
    assert result.strict == {0: 0} and result.relaxed == {0: 0}


def test_negation_and_empty_aspect() -> None:
    gold = ev.parse_gold_line(json.dumps(
        {"doc": "d", "lang": "en", "sentence": "S.", "factor": "IL-6", "polarity": 1,
         "target": "RANKL", "aspect": None, "negated": True}), "x:1")
    row = triple("d", "en", (0, 2), ("HGNC:IL6", "IL-6", "IL6"), "upregulates", 1,
                 ("HGNC:TNFSF11", "RANKL", "RANKL"), "", "r", negated=True)
    pred = ev.prediction_from_row(0, row)
    assert pred.aspect is None and ev.relaxed_match(pred, gold)  # "" == null aspect
    not_negated = ev.prediction_from_row(0, {**row, "negated": False})
    assert not ev.relaxed_match(not_negated, gold)


def test_partitioned_tables_and_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    documents, triples = fixture_tables()
    out = tmp_path / "output"
    (out / "documents").mkdir(parents=True)
    (out / "triples").mkdir()
    documents.iloc[:2].to_parquet(out / "documents" / "part-0.parquet", index=False)
    documents.iloc[2:].to_parquet(out / "documents" / "part-1.parquet", index=False)
    first = triples.iloc[:3].copy()
    first["mediator_id"] = None  # all-null column in one part, strings in the other
    rest = triples.iloc[3:].copy()
    rest["mediator_id"] = "HGNC:X"
    first.to_parquet(out / "triples" / "part-0.parquet", index=False)
    rest.to_parquet(out / "triples" / "part-1.parquet", index=False)
    errors, numbers = tmp_path / "errors.txt", tmp_path / "scores.json"
    code = ev.main(["--gold", str(GOLD), "--out", str(out),
                    "--errors", str(errors), "--json", str(numbers)])
    assert code == 0
    data = json.loads(numbers.read_text(encoding="utf-8"))
    assert data["strict"]["f1"] == pytest.approx(6 / 11)
    assert data["relaxed"]["f1"] == pytest.approx(8 / 11)
    assert data["by_lang"]["zh"]["relaxed"]["precision"] == pytest.approx(2 / 3)
    assert errors.read_text(encoding="utf-8").count("-- false positives (1) --") == 2  # one per paper
    stdout = capsys.readouterr().out
    assert stdout.splitlines()[2].startswith("all") and "paper b.txt" in stdout


def test_unlocated_gold_sentence_is_a_reported_miss(tmp_path: Path, out_dir: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    record = json.loads((GOLD / "a.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record["sentence"] = "这句话不在文档里。"
    with (gold / "a.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    report = ev.score(gold, out_dir)
    assert report.overall.relaxed.n_gold == 6
    assert [g.sentence for g in report.unlocated] == ["这句话不在文档里。"]
    assert "NOT FOUND" in ev.format_errors(report)


def test_clear_input_errors(tmp_path: Path, out_dir: Path) -> None:
    with pytest.raises(FileNotFoundError, match="gold folder not found"):
        ev.score(tmp_path / "nope", out_dir)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.jsonl").write_text('{"doc": "a.txt"}\n\n{not json\n', encoding="utf-8")
    with pytest.raises(ev.EvaluationInputError, match=r"x\.jsonl:1: missing field"):
        ev.score(bad, out_dir)
    (bad / "x.jsonl").write_text("\n{not json\n", encoding="utf-8")
    with pytest.raises(ev.EvaluationInputError, match=r"x\.jsonl:2: not valid JSON"):
        ev.score(bad, out_dir)
    empty_out = tmp_path / "empty_out"
    empty_out.mkdir()
    with pytest.raises(FileNotFoundError, match="no triples table"):
        ev.score(GOLD, empty_out)
    assert ev.main(["--gold", str(GOLD), "--out", str(empty_out)]) == 2


@pytest.mark.skipif(not (REPO / "gold" / "dev").is_dir() or not (REPO / "raw").is_dir(),
                    reason="project gold/dev or raw/ not present")
def test_gold_as_predictions_scores_perfectly(tmp_path: Path) -> None:
    """The dev gold turned into predictions scores 1.0: every gold sentence is
    located in raw/ and every triple matches itself exactly once."""
    gold = ev.load_gold(REPO / "gold" / "dev")
    docs = sorted({g.doc for g in gold})
    texts = {d: (REPO / "raw" / d).read_text(encoding="utf-8") for d in docs}
    compact = {d: ev.CompactText.of(text) for d, text in texts.items()}
    rows = []
    for g in gold:
        start, end = compact[g.doc].find_all(g.sentence)[0]
        rows.append(triple(g.doc, g.lang, (start, end), ("", g.factor, g.factor),
                           g.effect, g.polarity, ("", g.target, g.target), g.aspect or "",
                           "gold", negated=g.negated))
    out = tmp_path / "output"
    out.mkdir()
    pd.DataFrame([{"doc_id": d, "source": d, "text": texts[d]} for d in docs]).to_parquet(
        out / "documents.parquet", index=False)
    pd.DataFrame(rows).to_parquet(out / "triples.parquet", index=False)
    report = ev.score(REPO / "gold" / "dev", out)
    assert report.unlocated == ()
    assert report.overall.strict.f1 == 1.0 and report.overall.relaxed.f1 == 1.0


def test_two_sets_scored_as_one_add_up(tmp_path: Path, out_dir: Path) -> None:
    """``--gold A --out X --gold B --out Y`` is the micro-average over both sets'
    papers: here the hand-made case split into its two papers, one set each."""
    gold_a, gold_b = tmp_path / "gold_a", tmp_path / "gold_b"
    gold_a.mkdir()
    gold_b.mkdir()
    shutil.copy(GOLD / "a.jsonl", gold_a)
    shutil.copy(GOLD / "b.jsonl", gold_b)
    both = ev.score_sets([(gold_a, out_dir), (gold_b, out_dir)])
    whole = ev.score(GOLD, out_dir)
    assert both.overall == whole.overall
    assert both.by_lang == whole.by_lang
    numbers = tmp_path / "scores.json"
    assert ev.main(["--gold", str(gold_a), "--out", str(out_dir), "--gold", str(gold_b), "--out", str(out_dir),
                    "--json", str(numbers)]) == 0
    assert json.loads(numbers.read_text(encoding="utf-8"))["strict"]["f1"] == pytest.approx(6 / 11)
    assert ev.main(["--gold", str(gold_a), "--gold", str(gold_b), "--out", str(out_dir)]) == 2


@pytest.mark.skipif(not (REPO / "gold" / "train" / "texts").is_dir(), reason="project gold/train not present")
def test_train_gold_as_predictions_scores_perfectly(tmp_path: Path) -> None:
    """Every sentence of the train passages' gold is found in its text, so the
    train set scores what the pipeline gets right, not what the copy lost."""
    gold = ev.load_gold(REPO / "gold" / "train")
    docs = sorted({g.doc for g in gold})
    texts = {d: (REPO / "gold" / "train" / "texts" / d).read_text(encoding="utf-8") for d in docs}
    compact = {d: ev.CompactText.of(text) for d, text in texts.items()}
    rows = []
    for g in gold:
        start, end = compact[g.doc].find_all(g.sentence)[0]
        rows.append(triple(g.doc, g.lang, (start, end), ("", g.factor, g.factor),
                           g.effect, g.polarity, ("", g.target, g.target), g.aspect or "",
                           "gold", negated=g.negated))
    out = tmp_path / "output"
    out.mkdir()
    pd.DataFrame([{"doc_id": d, "source": d, "text": texts[d]} for d in docs]).to_parquet(
        out / "documents.parquet", index=False)
    pd.DataFrame(rows).to_parquet(out / "triples.parquet", index=False)
    report = ev.score(REPO / "gold" / "train", out)
    assert len(gold) == 359 and report.unlocated == ()
    assert report.overall.strict.f1 == 1.0
