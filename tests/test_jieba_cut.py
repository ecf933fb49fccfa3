"""jieba's accurate cut written for speed (pipeline/jieba_cut.py): word for word the
segmenter's own ``cut``, on real text of both languages (the sample papers in raw/ and
the Chinese train passages), with its HMM reading of runs no word covers."""
from __future__ import annotations

from pipeline import config
from pipeline.jieba_cut import cut

RAW = sorted(config.RAW.glob("*.txt"))
ZH_TRAIN = sorted((config.ROOT / "gold" / "train" / "texts").glob("tr_zh_*.txt"))


def test_the_sample_papers_are_cut_as_jieba_cuts_them(resources):
    for path in RAW + ZH_TRAIN[:2]:
        text = path.read_text(encoding="utf-8")
        assert cut(text, resources.segmenter) == list(resources.segmenter.cut(text)), path.name


def test_a_dictionary_name_stays_one_word_and_unknown_runs_go_to_the_hmm(resources):
    text = "TGF-β是最强的促纤维化因子，并且与年龄相关。 IL-6 受体\n"
    words = cut(text, resources.segmenter)
    assert words == list(resources.segmenter.cut(text))
    assert "纤维化" in words and "".join(words) == text


def test_empty_and_blank_text(resources):
    assert cut("", resources.segmenter) == []
    assert cut(" \r\n ", resources.segmenter) == list(resources.segmenter.cut(" \r\n "))
