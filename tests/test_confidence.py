"""The confidence of triples: the shipped model scores real rows, a threshold drops
the low ones (in ``extract`` and on the command line), and ``make train`` refits
the shipped model from the train set."""
from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from pipeline import config
from pipeline.runtime.batch import extract
from pipeline.store.confidence import MODEL_FILE, Model, load_model, score_triples
from pipeline.reading.read import read_document
from pipeline.records import PipelineError

ENGLISH_PAPER = "003_1f8b6be4a772ca1a.txt"  # the short English sample paper


def test_shipped_model_scores_every_triple_of_the_sample_papers(extracted):
    model = load_model()
    assert model.weights and 0.0 <= model.threshold <= 1.0
    triples = [t for records in extracted.values() for t in records["triples"]]
    assert len(triples) > 500
    assert all(t.confidence is not None and 0.0 <= t.confidence <= 1.0 for t in triples)
    assert len({t.confidence for t in triples}) > 50  # the features tell triples apart
    # a claim the paper states plainly is among them, scored
    rankl = [t for t in extracted[ENGLISH_PAPER]["triples"]
             if (t.factor_name, t.effect, t.target_name) == ("TNF-α", "regulates", "osteoblast")]
    assert rankl and all(0.0 < t.confidence < 1.0 for t in rankl)


def test_a_threshold_drops_exactly_the_triples_below_it():
    document = read_document(config.RAW / ENGLISH_PAPER)
    every = extract(document, min_confidence=0.0)["triples"]
    cut = sorted(t.confidence for t in every)[len(every) // 2]
    kept = extract(document, min_confidence=cut)["triples"]
    assert kept == [t for t in every if t.confidence >= cut]
    assert 0 < len(kept) < len(every)
    assert extract(document, min_confidence=1.0)["triples"] == [t for t in every if t.confidence >= 1.0]


def test_a_confidence_out_of_range_or_a_broken_model_is_a_clear_error(tmp_path):
    document = read_document(config.RAW / ENGLISH_PAPER)
    with pytest.raises(PipelineError, match="between 0 and 1"):
        extract(document, min_confidence=1.5)
    broken = tmp_path / "confidence.json"
    broken.write_text('{"format": 1, "weights": {}}', encoding="utf-8")
    with pytest.raises(PipelineError, match=r"confidence\.json: not a confidence model"):
        load_model(broken)


def test_model_is_a_sigmoid_of_a_dot_product():
    model = Model(intercept=-1.0, weights={"a": 2.0, "rule=zh.active": 1.0}, calibration=(1.0, 0.0), threshold=0.5)
    assert model.confidence({}) == pytest.approx(0.2689, abs=1e-4)
    assert model.confidence({"a": 1.0}) == pytest.approx(0.7311, abs=1e-4)
    assert model.confidence({"unseen=feature": 1.0}) == model.confidence({})  # weighs nothing
    assert score_triples("", [], [], model=model) == []


def test_run_min_confidence_filters_rows_and_reprocesses_when_it_changes(tmp_path, capsys):
    from pipeline.__main__ import main

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(config.RAW / ENGLISH_PAPER, raw / ENGLISH_PAPER)
    assert main(["run", str(raw), "--out", str(out), "--no-progress", "--min-confidence", "0"]) == 0
    every = pq.read_table(out / "triples").column("confidence").to_pylist()
    cut = sorted(every)[len(every) // 2]
    assert main(["run", str(raw), "--out", str(out), "--no-progress", "--min-confidence", str(cut)]) == 0
    assert "1 papers processed" in capsys.readouterr().out.splitlines()[-1]
    kept = pq.read_table(out / "triples").column("confidence").to_pylist()
    assert sorted(kept) == sorted(c for c in every if c >= cut) and len(kept) < len(every)
    claims = pq.read_table(out / "claims.parquet").column("confidence").to_pylist()
    assert claims and min(claims) >= cut
    assert main(["run", str(raw), "--out", str(out), "--min-confidence", "2"]) == 2
    assert "--min-confidence must be between 0 and 1" in capsys.readouterr().err


def test_refit_on_the_train_set_reproduces_the_shipped_model():
    pytest.importorskip("sklearn", reason="scikit-learn (requirements.lock) fits the model")
    from pipeline.evaluation.train_confidence import fingerprint, train, train_examples

    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    examples = train_examples()
    if fingerprint(examples) != shipped["train_fingerprint"]:
        pytest.skip("the pipeline proposes other triples on the train set than the shipped model was "
                    "fitted on: run `make train` and commit pipeline/models/confidence.json")
    refit, _ = train(examples, c_grid=(shipped["C"],))
    assert (refit["examples"], refit["hits"], refit["threshold"]) == (
        shipped["examples"], shipped["hits"], shipped["threshold"])
    assert refit["calibration"] == pytest.approx(shipped["calibration"], abs=1e-4)
    assert refit["intercept"] == pytest.approx(shipped["intercept"], abs=1e-4)
    for name in refit["weights"].keys() | shipped["weights"].keys():
        assert refit["weights"].get(name, 0.0) == pytest.approx(shipped["weights"].get(name, 0.0), abs=1e-4), name
    for share, bar in shipped["held_out_share_bars"].items():
        assert refit["held_out_share_bars"][share] == pytest.approx(bar, abs=1e-3), share


def test_share_bars_are_the_lowest_confidence_keeping_at_most_the_share():
    from pipeline.evaluation.train_confidence import share_bars

    confidences = [0.99, 0.97, 0.95, 0.95, 0.90, 0.80, 0.70, 0.60, 0.50, 0.40]
    bars = share_bars([1.0] * 10, confidences, shares=(0.1, 0.2, 0.4, 0.05))
    # one triple of ten from 0.99 on; two from 0.97; 0.95 is held twice, so from 0.95 on four
    assert bars == {"0.1": 0.99, "0.2": 0.97, "0.4": 0.95, "0.05": 0.99}
    # a paper weighing more moves the bar: the first triple alone is half of the weight
    assert share_bars([9.0] + [1.0] * 9, confidences, shares=(0.5, 0.6))["0.6"] == 0.97


def test_the_confidence_page_quotes_the_shipped_model():
    """docs/confidence.md's figures are written from the model file (make train), so they are the
    shipped fit's: the held-out AUC and curve on the page are the file's."""
    from pipeline.evaluation.train_confidence import DOC_FILE, docs_with_figures

    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert shipped.get("held_out_curve"), "the model file has no held-out curve (fitted before it kept one): make train"
    page = DOC_FILE.read_text(encoding="utf-8")
    assert docs_with_figures(page, shipped) == page, \
        "docs/confidence.md quotes another fit: run `python -m pipeline.evaluation.train_confidence --docs` (or make train)"
    auc = shipped["held_out_auc"]
    assert f"{auc['per_paper']:.2f} each paper weighing the same" in page and f"{shipped['examples']} triples" in page
    assert len(shipped["held_out_curve"]) == 20 and f"Default threshold: **{shipped['threshold']}**" in page


def test_triples_of_one_sentence_share_its_text_features_as_read_alone(extracted, documents):
    """The features of a sentence's own text are read once per sentence (Context.sentence_text):
    each triple of a sentence with several gets the features it gets read with no other."""
    from collections import Counter

    from pipeline.store.confidence import load_lexicon, paper_context, triple_features

    name = ENGLISH_PAPER
    triples, mentions = extracted[name]["triples"], extracted[name]["mentions"]
    text = documents[name].text
    busy = [sid for sid, n in Counter(t.sent_id for t in triples).items() if n >= 2]
    assert busy
    shared = paper_context(text, mentions, triples)
    for t in (t for t in triples if t.sent_id in busy):
        together = triple_features(t, shared, load_lexicon())
        alone = triple_features(t, paper_context(text, mentions, triples), load_lexicon())
        assert together == alone and list(together) == list(alone)  # the same features, in the same order
        assert together["sent.words"] > 0
    assert len(shared.sentence_text) == len({(t.sent_start, t.sent_end) for t in triples})


def test_the_default_threshold_ignores_the_few_triples_kept_at_the_top():
    """At 0.95 the held-out curve keeps a handful of triples, whose precision is noise: one false
    positive there must not push the default to a threshold that drops nearly every triple."""
    from pipeline.evaluation.train_confidence import Point, choose_threshold

    def point(t, precision, recall):
        return Point(t, precision, recall, recall, precision, recall, precision, recall)

    noisy_top = [point(0.0, 0.906, 1.0), point(0.5, 0.91, 0.9), point(0.9, 0.937, 0.18), point(0.95, 0.833, 0.003)]
    assert choose_threshold(noisy_top) == 0.0
    rising = [point(0.0, 0.70, 1.0), point(0.5, 0.80, 0.8), point(0.7, 0.86, 0.5), point(0.9, 0.90, 0.2)]
    assert choose_threshold(rising) == 0.7
    never = [point(0.0, 0.60, 1.0), point(0.5, 0.65, 0.6), point(0.9, 0.70, 0.1)]
    assert choose_threshold(never) == 0.0
