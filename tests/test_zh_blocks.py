"""Cutting a Chinese text block by block (pipeline/names/zh_blocks.py): the words of the blocks cut are
jieba's own, and the new-name pass that cuts only the blocks it reads finds the phrases it finds
when it cuts every block. Real text: the Chinese sample papers (raw/) and train passages."""
from __future__ import annotations

import jieba

from pipeline import config
from pipeline.names.mentions import find_mentions
from pipeline.names.newnames import MAX_ZH_MODIFIER_CHARS, _chinese_phrases, _free_zh_head
from pipeline.sentences.segment import segment
from pipeline.names.zh_blocks import HAN_BLOCK, SKIP, head_blocks, words_in_blocks

from .conftest import document_of

ZH_TRAIN = sorted((config.ROOT / "gold" / "train" / "texts").glob("tr_zh_*.txt"))
# 促纤维化因子 is a phrase of the new-name pass; the clause after the comma holds no head word
SENTENCE = "TGF-β是最强的促纤维化因子，并且与年龄相关。"


def test_the_block_pattern_is_jiebas():
    assert HAN_BLOCK.pattern == jieba.re_han_default.pattern


def test_the_pattern_between_blocks_is_jiebas():
    assert SKIP.pattern == jieba.re_skip_default.pattern


def test_line_breaks_and_spaces_between_blocks_are_jiebas_words(resources):
    text = "TNF-α 和 IL-6（白细胞介素-6）\r\n  可诱导肝星状细胞活化。\n"
    words = words_in_blocks(text, resources.segmenter, lambda start, end: True)
    assert [w for w, _ in words] == list(resources.segmenter.cut(text))
    assert "\r\n" in [w for w, _ in words]


def test_every_block_cut_gives_jiebas_words(resources):
    text = (ZH_TRAIN[0]).read_text(encoding="utf-8")
    words = words_in_blocks(text, resources.segmenter, lambda start, end: True)
    assert [w for w, _ in words] == list(resources.segmenter.cut(text))
    assert all(cut for _, cut in words)


def test_a_block_not_needed_is_one_word_and_the_rest_is_jiebas(resources):
    clause = SENTENCE.index("并且")
    words = words_in_blocks(SENTENCE, resources.segmenter, lambda start, end: start < clause)
    assert ("并且与年龄相关", False) in words
    assert "".join(w for w, _ in words) == SENTENCE
    before = [w for w, cut in words if cut and SENTENCE.index(w) < clause]
    assert before == list(resources.segmenter.cut(SENTENCE[:clause]))


def test_the_new_name_pass_reads_the_blocks_around_heads(resources):
    doc = document_of(SENTENCE)
    views = segment(doc)
    found = find_mentions(doc, views, resources)[0]
    spans = [(f.cstart, f.cend, f.concept) for f in found if f.record.via != "phrase"]
    rules = resources.new_names
    text = views[0].clean.text
    needed = head_blocks(text, spans, rules, _free_zh_head(text, spans, rules), MAX_ZH_MODIFIER_CHARS)
    first, second = (m.span() for m in HAN_BLOCK.finditer(text) if is_zh(m.group()))
    assert needed(*first) and not needed(*second)
    assert "促纤维化因子" in [p[2] for p in _chinese_phrases(text, spans, rules, resources)]


def is_zh(block: str) -> bool:
    return any("\u4e00" <= c <= "\u9fd5" for c in block)


def test_the_phrases_are_those_of_the_whole_cut(resources, monkeypatch):
    """Every sentence's phrases, cutting the blocks the pass reads and cutting them all."""
    import pipeline.names.newnames as newnames

    rules = resources.new_names
    read = []
    for path in ZH_TRAIN + sorted(config.RAW.glob("*.txt"))[:2]:
        doc = document_of(path.read_text(encoding="utf-8"))
        views = segment(doc)
        for view, found in zip(views, find_mentions(doc, views, resources)):
            spans = [(f.cstart, f.cend, f.concept) for f in found if f.record.via != "phrase"]
            read.append((view.clean.text, spans, list(_chinese_phrases(view.clean.text, spans, rules, resources))))
    monkeypatch.setattr(newnames, "head_blocks", lambda *args: (lambda start, end: True))
    assert sum(1 for _, _, phrases in read if phrases) > 20
    for text, spans, phrases in read:
        assert list(_chinese_phrases(text, spans, rules, resources)) == phrases, text
