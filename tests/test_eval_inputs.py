"""What the scorer reads and how it says what is wrong: gold folders (pipeline/evaluation/gold.py), the
output tables as one file or a folder of parts (output_tables.py), the command line
(pipeline/evaluation/evaluate.py), and the project's own gold, every sentence of which is found in its text."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluation import evaluate
from pipeline.evaluation.cells import EvaluationInputError
from pipeline.evaluation.gold import load_gold
from pipeline.evaluation.locate import CompactText
from pipeline.evaluation.scoring import score

from .eval_cases import GOLD, REPO, fixture_tables, out_dir, triple  # noqa: F401 (out_dir is a fixture)


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
    code = evaluate.main(["--gold", str(GOLD), "--out", str(out),
                    "--errors", str(errors), "--json", str(numbers)])
    assert code == 0
    data = json.loads(numbers.read_text(encoding="utf-8"))
    assert data["strict"]["f1"] == pytest.approx(6 / 11)
    assert data["relaxed"]["f1"] == pytest.approx(8 / 11)
    assert data["by_lang"]["zh"]["relaxed"]["precision"] == pytest.approx(2 / 3)
    assert errors.read_text(encoding="utf-8").count("-- false positives (1) --") == 2  # one per paper
    stdout = capsys.readouterr().out
    assert stdout.splitlines()[2].startswith("all") and "paper b.txt" in stdout


def test_clear_input_errors(tmp_path: Path, out_dir: Path) -> None:
    with pytest.raises(FileNotFoundError, match="gold folder not found"):
        score(tmp_path / "nope", out_dir)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.jsonl").write_text('{"doc": "a.txt"}\n\n{not json\n', encoding="utf-8")
    with pytest.raises(EvaluationInputError, match=r"x\.jsonl:1: missing field"):
        score(bad, out_dir)
    (bad / "x.jsonl").write_text("\n{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationInputError, match=r"x\.jsonl:2: not valid JSON"):
        score(bad, out_dir)
    empty_out = tmp_path / "empty_out"
    empty_out.mkdir()
    with pytest.raises(FileNotFoundError, match="no triples table"):
        score(GOLD, empty_out)
    assert evaluate.main(["--gold", str(GOLD), "--out", str(empty_out)]) == 2


def gold_as_predictions(gold_dir: Path, texts_dir: Path, out: Path) -> list:
    """Write each gold triple of ``gold_dir`` as a prediction on the sentence where it is found in its
    text (from ``texts_dir``), with the documents, into ``out``; the gold triples back."""
    gold = load_gold(gold_dir)
    docs = sorted({g.doc for g in gold})
    texts = {d: (texts_dir / d).read_text(encoding="utf-8") for d in docs}
    compact = {d: CompactText.of(text) for d, text in texts.items()}
    rows = []
    for g in gold:
        start, end = compact[g.doc].find_all(g.sentence)[0]
        rows.append(triple(g.doc, g.lang, (start, end), ("", g.factor, g.factor),
                           g.effect, g.polarity, ("", g.target, g.target), g.aspect or "",
                           "gold", negated=g.negated))
    out.mkdir()
    pd.DataFrame([{"doc_id": d, "source": d, "text": texts[d]} for d in docs]).to_parquet(
        out / "documents.parquet", index=False)
    pd.DataFrame(rows).to_parquet(out / "triples.parquet", index=False)
    return gold


@pytest.mark.skipif(not (REPO / "gold" / "dev").is_dir() or not (REPO / "raw").is_dir(),
                    reason="project gold/dev or raw/ not present")
def test_gold_as_predictions_scores_perfectly(tmp_path: Path) -> None:
    """The dev gold turned into predictions scores 1.0: every gold sentence is
    located in raw/ and every triple matches itself exactly once."""
    gold_as_predictions(REPO / "gold" / "dev", REPO / "raw", tmp_path / "output")
    report = score(REPO / "gold" / "dev", tmp_path / "output")
    assert report.unlocated == ()
    assert report.overall.strict.f1 == 1.0 and report.overall.relaxed.f1 == 1.0


@pytest.mark.skipif(not (REPO / "gold" / "train" / "texts").is_dir(), reason="project gold/train not present")
def test_train_gold_as_predictions_scores_perfectly(tmp_path: Path) -> None:
    """Every sentence of the train passages' gold is found in its text, so the
    train set scores what the pipeline gets right, not what the copy lost."""
    gold = gold_as_predictions(REPO / "gold" / "train", REPO / "gold" / "train" / "texts", tmp_path / "output")
    report = score(REPO / "gold" / "train", tmp_path / "output")
    assert len(gold) == 359 and report.unlocated == ()
    assert report.overall.strict.f1 == 1.0
