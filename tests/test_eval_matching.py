"""Which prediction pairs with which gold triple: the gold sentence located with white space ignored
(pipeline/evaluation/locate.py), the names, polarity and negation compared (triple_match.py), and the
maximum matching that pairs them one to one (bipartite.py)."""
from __future__ import annotations

import json

from pipeline.evaluation.bipartite import maximum_matching
from pipeline.evaluation.gold import parse_gold_line
from pipeline.evaluation.locate import CompactText, locate_sentence
from pipeline.evaluation.output_tables import prediction_from_row
from pipeline.evaluation.triple_match import relaxed_match

from .eval_cases import read_raw, triple


def test_gold_sentence_located_across_white_space() -> None:
    text = read_raw("sub/b.txt")
    sentence = "IL-1β also promotes the migration of bone marrow stromal cells."
    assert sentence not in text  # the document breaks the line inside it
    start, end = locate_sentence(text, sentence)
    assert text[start:end] == "IL-1β also promotes the migration of bone marrow\nstromal cells."
    assert "".join(text[start:end].split()) == "".join(sentence.split())
    # white space in the gold that the document lacks is ignored as well
    a = read_raw("a.txt")
    start, end = locate_sentence(a, "IL-6促进 白血病 细胞的增殖。")
    assert a[start:end] == "IL-6 促进白血病细胞\n的增殖。"
    assert locate_sentence(a, "not in this document") is None


def test_compact_text_finds_every_occurrence() -> None:
    text = "A  b.\nA b. C"
    assert CompactText.of(text).find_all("A b.") == ((0, 5), (6, 10))
    assert CompactText.of(text).find_all("   ") == ()


def test_maximum_matching_beats_greedy() -> None:
    # gold 0 may pair with predictions 0 or 1, gold 1 only with prediction 0:
    # greedy in row order gives gold 0 prediction 0 and leaves gold 1 unmatched.
    assert maximum_matching([[0, 1], [0]]) == {0: 1, 1: 0}
    # a duplicate prediction cannot be used twice
    assert len(maximum_matching([[0], [0]])) == 1
    # a seed is kept matched while the matching grows
    grown = maximum_matching([[0, 1], [0], [2]], seed={0: 0})
    assert len(grown) == 3 and set(grown.values()) == {0, 1, 2}


def test_negation_and_empty_aspect() -> None:
    gold = parse_gold_line(json.dumps(
        {"doc": "d", "lang": "en", "sentence": "S.", "factor": "IL-6", "polarity": 1,
         "target": "RANKL", "aspect": None, "negated": True}), "x:1")
    row = triple("d", "en", (0, 2), ("HGNC:IL6", "IL-6", "IL6"), "upregulates", 1,
                 ("HGNC:TNFSF11", "RANKL", "RANKL"), "", "r", negated=True)
    pred = prediction_from_row(0, row)
    assert pred.aspect is None and relaxed_match(pred, gold)  # "" == null aspect
    not_negated = prediction_from_row(0, {**row, "negated": False})
    assert not relaxed_match(not_negated, gold)
