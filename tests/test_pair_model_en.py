"""The English learned pair reader (pipeline/english_pairs.py): in a sentence the parse reader parsed
and no reader stated anything in, the pair of names the fitted model scores highest, over its
threshold, is stated (rule ``en.pair_model``); a sentence a construction reads is untouched; the
model file loads, and its features are the documented ones; a refit writes a file of the same shape.
Sentences written for the test in the style of reviews; each absence is asserted beside the claim
the sentence makes, so a dead reader fails."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pipeline import english_pairs

from .conftest import read_claims
from .test_english_parse import parse_read

SHIPPED = json.loads(english_pairs.MODEL_FILE.read_text(encoding="utf-8"))
# no construction reads "capable of the induction of": the model's pair
UNREAD = ("IL-33 is capable of the induction of type 2 inflammation in the lung.",
          ("IL-33", "induces", "type 2 inflammation", None, False))
# the parse reader's agent noun reads it
READ = ("IL-7 is a key modulator of T-cell proliferation.",
        ("IL-7", "regulates", "T cell", "proliferation", False))


@pytest.fixture
def stating(monkeypatch):
    """The shipped weights, stating from the threshold of the best held-out point of its fit (the
    shipped file states nothing where no threshold kept the target precision held out)."""
    model = english_pairs.load_model()
    threshold = SHIPPED["figures"]["best_held_out"]["threshold"]
    monkeypatch.setattr(english_pairs, "load_model", lambda path=None: replace(model, threshold=threshold))


def test_a_sentence_no_construction_reads_yields_the_models_pair(resources, stating):
    text, claim = UNREAD
    assert parse_read(text, resources) == set()
    claims, _, doc, triples = read_claims(text, resources)
    assert claims == {claim}
    (t,) = triples
    assert t.rule == english_pairs.RULE
    assert t.steps[-1].startswith("pair_model 0.") and "capable" in t.steps[-1]
    assert (doc.text[t.factor_start:t.factor_end], doc.text[t.effect_start:t.effect_end],
            doc.text[t.target_start:t.target_end]) == ("IL-33", "induction", "type 2 inflammation")


def test_an_anti_adjective_target_turns_the_triggers_effect(resources, stating):
    """``mediating anti-inflammatory effects``: the factor inhibits inflammation (words of kind prefix)."""
    text = "IL-10 was first described as a cytokine secreted by Th2 cells and mediating anti-inflammatory effects."
    assert parse_read(text, resources) == set()
    claims, _, _, triples = read_claims(text, resources)
    assert claims == {("IL-10", "inhibits", "inflammation", None, False)}
    assert {t.rule for t in triples} == {english_pairs.RULE}


def test_a_sentence_a_construction_reads_is_untouched(resources, stating):
    text, claim = READ
    claims, _, _, triples = read_claims(text, resources)
    assert claims == {claim}
    assert english_pairs.RULE not in {t.rule for t in triples}


def test_the_shipped_file_states_what_its_held_out_precision_allows(resources):
    """Where no threshold kept the target precision held out, the file's threshold is null and the
    reader states nothing; the candidate is still there (the model scores it)."""
    text, claim = UNREAD
    claims, _, _, _ = read_claims(text, resources)
    model = english_pairs.load_model()
    if SHIPPED["threshold"] is None:
        assert claims == set()
    else:
        assert claims == {claim}
    with english_pairs.collecting() as sink:
        read_claims(text, resources)
    pairs = {(f.record.surface, c.effect, t.record.surface): model.score(c.features) for _, f, t, c, _ in sink}
    assert ("IL-33", "induces", "type 2 inflammation") in pairs
    assert max(pairs, key=pairs.get) == ("IL-33", "induces", "type 2 inflammation")


def test_the_model_file_loads_and_its_features_are_the_documented_ones():
    model = english_pairs.load_model()
    assert model is not None and model.weights
    names = {k.split("=", 1)[0] for k in model.weights}
    assert names <= set(english_pairs.FEATURES)
    for name in english_pairs.FEATURES:
        assert f"``{name}``" in english_pairs.__doc__, name
    figures = SHIPPED["figures"]
    assert figures["held_out_auc"] > 0.5 and figures["curve"]


def test_a_refit_writes_a_file_of_the_same_shape(resources):
    pytest.importorskip("sklearn")
    from pipeline import english_pairs_train

    rows = []
    for k, (text, claim) in enumerate((UNREAD, ("IL-22 helps to preserve epithelial barrier integrity and "
                                                "homeostasis.", ("IL-22",)),
                                       ("Oncostatin M has a role in the mechanisms of inflammation.", ("OSM",)))):
        with english_pairs.collecting() as sink:
            read_claims(text, resources)
        for sentence, f, t, c, empty in sink:
            pos = f.concept.name == claim[0]
            rows.append({"paper": f"p{k}", "sentence": sentence.start, "empty": empty, "features": c.features,
                         "pos": pos, "hit": pos, "gold": [f"{k}|{t.concept.name}"] if pos else [], "describe": ""})
    data = english_pairs_train.fit(rows, english_pairs_train.LEXICAL)
    assert set(data) == set(SHIPPED)
    assert set(data["figures"]) == set(SHIPPED["figures"])
    assert {k.split("=", 1)[0] for k in data["weights"]} <= set(english_pairs.FEATURES)
