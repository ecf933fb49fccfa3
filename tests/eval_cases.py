"""The hand-made scoring case of tests/fixtures/eval/ (gold JSON Lines in ``gold/``, the document texts
in ``raw/``), shared by the tests of pipeline/evaluation/: they build the pipeline's ``documents`` and
``triples`` Parquet tables from it in tmp_path, with the predictions written out below so the expected
numbers can be checked by hand."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

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
