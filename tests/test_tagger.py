"""jieba's part-of-speech tagger as the pipeline builds it (resources.tagger): it remembers the
model's reading of short runs of characters its dictionary does not hold, and its tags are still
jieba's own, read the first time and from memory. Real text: a Chinese train passage."""
from __future__ import annotations

import jieba.posseg

from pipeline import config

ZH_TRAIN = sorted((config.ROOT / "gold" / "train" / "texts").glob("tr_zh_*.txt"))


def test_the_tagger_gives_jiebas_own_tags_and_remembers_runs(resources):
    plain = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    plain.tokenizer, plain.word_tag_tab = resources.segmenter, resources.tagger.word_tag_tab
    text = ZH_TRAIN[0].read_text(encoding="utf-8")[:1500]
    expected = [(p.word, p.flag) for p in plain.cut(text)]
    assert len(expected) > 100
    for _ in range(2):  # the second reading from memory
        assert [(p.word, p.flag) for p in resources.tagger.cut(text)] == expected
    assert resources.tagger.__dict__.get("_runs")  # the model's readings were remembered
