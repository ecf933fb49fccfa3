"""Counting Han characters (pipeline/textnorm.py ``han_count``) and telling a sentence's
language by them (pipeline/sentences/sentence_split.py ``sentence_language``), on real text."""
from __future__ import annotations

from pipeline import config
from pipeline.sentences.sentence_split import sentence_language
from pipeline.textnorm import han_count, is_cjk

RAW = sorted(config.RAW.glob("*.txt"))


def test_han_count_counts_each_han_character_of_the_sample_papers():
    for path in RAW:
        text = path.read_text(encoding="utf-8")
        assert han_count(text) == sum(map(is_cjk, text)), path.name


def test_a_sentence_is_chinese_by_its_han_characters():
    assert han_count("IL-6 促进破骨细胞分化") == 8
    assert sentence_language("IL-6 促进破骨细胞分化") == "zh"
    assert sentence_language("IL-6 promotes osteoclast differentiation.") == "en"
    assert sentence_language("IL 和 β") == "zh"  # one Han character, no more than four Latin letters each
    assert sentence_language("TNF-α 和 IL-1β") == "en"  # one Han character, five Latin letters
