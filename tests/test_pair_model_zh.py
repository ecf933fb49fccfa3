"""The Chinese pair model (``pipeline/relations/chinese_pairs.py``, record ``zh.pair_model``): the fallback
for Chinese sentences no construction reads a triple in."""
from __future__ import annotations

import json
import re

import pytest

from pipeline.relations import chinese_pairs
from pipeline.relations.chinese_pairs import FEATURES, MODEL_FILE, RULE, load_model

from .conftest import read_claims


def test_a_sentence_no_construction_reads_gives_the_models_triple(resources):
    # a transgenic model stated as a setting, the change in the next clause: no construction reads it
    text = "过量表达 TNF-α 的转基因小鼠关节中 TNF-α 的水平很高，破骨细胞数量增加。"
    _, _, doc, triples = read_claims(text, resources)
    made = [(t.factor_name, t.effect, t.target_name) for t in triples if t.rule == RULE]
    assert made == [("TNF-α", "upregulates", "osteoclast")]
    t = triples[0]
    assert (doc.text[t.factor_start:t.factor_end], doc.text[t.effect_start:t.effect_end],
            doc.text[t.target_start:t.target_end]) == ("TNF-α", "增加", "破骨细胞")
    assert not t.negated and not t.hedged


def test_the_effect_is_the_trigger_between_the_pair(resources):
    text = "多项研究发现，通过中和抗体阻断 IL-6 是改善类风湿关节炎治疗效果的一种有效方法。"
    _, _, doc, triples = read_claims(text, resources)
    assert [(t.factor_name, t.effect, t.target_name, t.rule) for t in triples] == \
        [("neutralizing antibody", "inhibits", "IL-6", RULE)]
    assert doc.text[triples[0].effect_start:triples[0].effect_end] == "阻断"


def test_a_sentence_a_construction_reads_is_untouched(resources):
    _, _, _, triples = read_claims("IL-6 可以促进破骨细胞分化。", resources)
    assert [(t.factor_name, t.effect, t.target_name, t.aspect) for t in triples] == \
        [("IL-6", "promotes", "osteoclast", "differentiation")]
    assert all(t.rule != RULE for t in triples)


def test_the_model_file_loads_and_its_features_are_the_documented_ones():
    model = load_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    named = {k.split("=", 1)[0] for k in model.weights}
    assert named <= set(FEATURES), named - set(FEATURES)
    documented = set(re.findall(r"``([a-z._]+)(?:=[A-Z]+)?``", chinese_pairs.__doc__))
    assert set(FEATURES) <= documented, set(FEATURES) - documented
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    at = raw["figures"]["held_out_at_threshold"]
    assert at["threshold"] == raw["threshold"] and at["precision"] >= 0.7


def test_refitting_gives_a_model_file_of_the_same_shape(tmp_path):
    pytest.importorskip("sklearn")
    from pipeline.relations import chinese_pairs_train as train

    chosen = [p for p in train.papers() if p[0].startswith("gold/extra/r1zh")][:6]
    examples, gold = [], {}
    for paper, path, g in chosen:
        gold[paper] = g
        examples += train.paper_examples(paper, path, g)
    assert any(e.named for e in examples) and not all(e.named for e in examples)
    out = tmp_path / "pairs_zh.json"
    train.report(out, examples, gold)
    refit, shipped = json.loads(out.read_text(encoding="utf-8")), json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert set(refit) == set(shipped) and set(refit["figures"]) == set(shipped["figures"])
    assert {k.split("=", 1)[0] for k in refit["weights"]} <= set(FEATURES)
