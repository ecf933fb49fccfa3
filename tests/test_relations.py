"""The relation reader as a whole: flags both ways, provenance on the sample papers, one triple per
claim and sentence, the spans of a resolved pronoun or phrase, the mediator of a claim, and
``python -m pipeline explain``. The constructions one by one are in test_constructions_*.py and
test_construction_records.py, the readings of groups in test_group_readings.py."""
from __future__ import annotations

from contextlib import nullcontext

import pytest

from .conftest import read_claims, rule_reader_only


def _triples(text, resources):
    return read_claims(text, resources)[3]


@pytest.mark.parametrize("text,negated", [
    # a real title from a reference list of the LIF review, and the same with "did not"
    ("Leukemia inhibitory factor inhibits the proliferation of gastric cancer cells by inducing G1-phase arrest.",
     False),
    ("Leukemia inhibitory factor did not inhibit the proliferation of gastric cancer cells in this study.", True),
    # a sentence of the IL-review (its typo NAPDH corrected), and the same without 不会
    ("此外，IL-8 在体外不会直接激活 NADPH 氧化酶。", True),
    ("此外，IL-8 在体外可以直接激活 NADPH 氧化酶。", False),
    # a negation inside a place phrase is no negation of the claim
    ("TNF-α 治疗可以在没有 RANKL 的野生型小鼠中增加破骨细胞的数量。", False),
])
def test_negation_both_ways(resources, text, negated):
    found = _triples(text, resources)
    assert found and all(t.negated is negated for t in found)


@pytest.mark.parametrize("text,hedged", [
    ("提示 TNF-α 可能通过 Notch 信号来抑制骨髓间充质干细胞的成骨分化。", True),
    ("TNF-α 通过 Notch 信号抑制骨髓间充质干细胞的成骨分化。", False),
    ("BMSC may promote the survival of CLL cells.", True),
    ("BMSC promotes the survival of CLL cells.", False),
])
def test_hedging_both_ways(resources, text, hedged):
    found = _triples(text, resources)
    assert found and all(t.hedged is hedged for t in found)


def test_sample_papers_give_triples_with_exact_provenance(extracted, documents):
    for name, records in extracted.items():
        text = documents[name].text
        for t in records["triples"]:
            assert text[t.factor_start:t.factor_end] == t.factor_text
            assert text[t.target_start:t.target_end] == t.target_text
            assert text[t.effect_start:t.effect_end] == t.effect_text
            assert t.sent_start <= t.factor_start and t.target_end <= t.sent_end
    assert sum(len(r["triples"]) for r in extracted.values()) > 500


def test_a_triple_stated_twice_in_a_sentence_is_written_once(resources):
    # SPEC 1: one triple per sentence in which it is stated (a sentence of the IL review)
    text = "IL-6 不仅刺激成骨细胞前体细胞中 RANKL 的表达，还通过病理细胞促进RANKL的表达，例如类风湿性关节炎的滑膜成纤维细胞。"
    found = [(t.factor_name, t.effect, t.target_name, t.aspect) for t in _triples(text, resources)]
    assert found == [("IL-6", "upregulates", "RANKL", "expression")]


def test_a_mediator_after_the_target_is_recorded(resources):
    # the LIF review's English abstract: SPEC 1, A promotes C via B is A → C with B as mediator
    with rule_reader_only():  # the rule-level reader's record (the parse reader: tests/test_english_parse.py)
        found = _triples("Different drugs have been developed. LIF affect cells through various signaling pathways by "
                         "binding to their receptors.", resources)
    hit = [t for t in found if (t.factor_name, t.effect, t.target_name) == ("LIF", "regulates", "cell")]
    assert hit and hit[0].mediator_id == "GO:0007165" and "en.mediator_after" in hit[0].steps


def test_determiner_phrase_points_at_the_phrase(resources):
    claims, _, doc, triples = read_claims("TNF 和 IL-1 最初参与不同的信号通路。因此，两种细胞因子的串扰效应抑制成骨细胞功能。",
                                          resources)
    named = [t for t in triples if t.factor_text == "两种细胞因子"]
    assert {t.factor_name for t in named} == {"TNF-α", "IL-1"}
    for t in named:
        assert doc.text[t.factor_start:t.factor_end] == "两种细胞因子"
        assert "determiner_phrase" in t.steps


def test_object_pronoun_points_at_itself(resources):
    claims, _, doc, triples = read_claims("同时，一些细胞因子还与肿瘤血管生成密切相关，可能影响肿瘤的供血和营养，促进其生长和扩散。",
                                          resources)
    owned = [t for t in triples if t.target_text == "其"]
    assert {(t.target_name, t.aspect) for t in owned} == {("tumor", "growth"), ("tumor", "metastasis")}
    for t in owned:
        assert doc.text[t.target_start:t.target_end] == "其"
        assert "zh.pronoun_object" in t.steps


def test_explain_shows_items_constructions_and_triples(capsys):
    from pipeline.__main__ import main

    assert main(["explain", "RANKL 活性被骨保护素(osteoclastogenesis inhibitory factor, OPG)抑制，OPG 是 RANKL 的可溶性诱饵受体。"]) == 0
    out = capsys.readouterr().out
    assert "ENT   RANKL" in out and "CUE   被" in out  # the items
    assert "passive_agent" in out and "- cue at" in out  # a record that matched, and records tried
    assert "OPG «骨保护素" in out and "rule zh.passive" in out  # a triple, with its rule and steps


def test_explain_reads_a_short_sentence_as_running_text(capsys):
    from pipeline.__main__ import main

    # alone, a short line is taken for a title; explain reads what it is given
    assert main(["explain", "IL-6 promotes osteoclast differentiation."]) == 0
    assert "IL-6 «IL-6» promotes osteoclast" in capsys.readouterr().out
    assert main(["explain"]) == 2


def test_explain_shows_what_the_dependency_parse_reader_did(capsys):
    from pipeline.__main__ import main

    # the parse reads "a key role in activation of X" as activates; in a sentence it parsed, the
    # rule-level reader's readings are set aside
    sentence = "Interferon-γ (IFN-γ) plays a key role in activation of cellular immunity and subsequently, " \
               "stimulation of antitumor immune-response."
    assert main(["explain", sentence]) == 0
    out = capsys.readouterr().out
    triples, set_aside = out.split("set aside", 1)
    assert "IFN-γ «Interferon-γ» activates cellular immunity «cellular immunity»\n      rule en.dep.role" in triples
    assert "IFN-γ «Interferon-γ» regulates cellular immunity" in set_aside and "rule en.role" in set_aside
    assert main(["explain", "LIF binds to its receptor LIFR in these cells."]) == 0
    out = capsys.readouterr().out
    triples = out.split("set aside", 1)[0]
    assert "LIF «LIF» binds LIFR «LIFR»\n      rule en.dep.active" in triples
    assert "binds receptor" not in triples  # its receptor LIFR: the receptor is LIFR
    assert "read on the dependency parse (english_constructions.tsv): en.dep.active: a trigger verb" in out


def test_explain_reads_a_sentence_of_an_output_folder(sample_output, capsys):
    import pandas as pd

    from pipeline.__main__ import main
    from pipeline.store.tables import read_table

    triples = read_table(sample_output, "triples").to_pandas()
    t = triples[triples.rule == "zh.passive"].iloc[0]
    assert main(["explain", "--doc", t.doc_id, "--sent", str(t.sent_id), "--out", str(sample_output)]) == 0
    out = capsys.readouterr().out
    assert f"sentence {t.sent_id} " in out and "rule zh.passive" in out
    assert main(["explain", "--doc", "nope", "--sent", "1", "--out", str(sample_output)]) == 2
    assert "no document 'nope'" in capsys.readouterr().err
    assert isinstance(triples.steps.iloc[0].tolist(), list) and pd.notna(t.rule)
