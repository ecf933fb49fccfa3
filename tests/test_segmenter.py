"""The pipeline's jieba tokenizer (segmenter.py): the same word graph, route and words as
jieba's own over the same dictionary. Real text: the sample papers and a Chinese train passage."""
from __future__ import annotations

import jieba

from pipeline import config
from pipeline.names.segmenter import segmenter_class

TEXTS = sorted(config.RAW.glob("*.txt"))[:2] + sorted((config.ROOT / "gold" / "train" / "texts").glob("tr_zh_*.txt"))[:1]


def _plain(segmenter):
    """jieba's own Tokenizer over the segmenter's dictionary (its added names included)."""
    plain = jieba.Tokenizer.__new__(jieba.Tokenizer)
    plain.__dict__.update(segmenter.__dict__)
    return plain


def test_graph_and_route_are_jiebas(resources):
    segmenter = resources.segmenter
    assert isinstance(segmenter, segmenter_class())
    plain = _plain(segmenter)
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")[:4000]
        graph = segmenter.get_DAG(text)
        assert graph == jieba.Tokenizer.get_DAG(plain, text)
        assert any(len(ends) > 1 for ends in graph.values())  # words overlap: the route has choices
        ours, theirs = {}, {}
        segmenter.calc(text, graph, ours)
        jieba.Tokenizer.calc(plain, text, graph, theirs)
        assert ours == theirs


def test_words_are_jiebas_and_names_stay_whole(resources):
    segmenter = resources.segmenter
    plain = _plain(segmenter)
    text = TEXTS[-1].read_text(encoding="utf-8")
    words = list(segmenter.cut(text))
    assert words == list(jieba.Tokenizer.cut(plain, text))
    assert list(segmenter.cut(text)) == words  # cut again: the runs remembered give the same words
    assert "".join(words) == text
    names = {n for n in resources.lexicon.chinese_names() if len(n) >= 2 and n in text}
    assert names and any(n in words for n in names)


def test_tag_states_are_jiebas_viterbi_on_every_run_of_a_paper():
    """segmenter.tag_states against jieba.posseg's own viterbi, on every run of Han characters
    of a sample paper (a long run included) and of a Chinese train passage."""
    import importlib
    import re

    import jieba.posseg

    from pipeline.names.segmenter import tag_states

    viterbi = importlib.import_module("jieba.posseg.viterbi").viterbi
    model = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)
    runs = [m.group() for path in TEXTS for m in re.finditer("[\u4e00-\u9fd5]+", path.read_text(encoding="utf-8"))]
    assert len(runs) > 200 and max(map(len, runs)) > 20
    for run in runs:
        assert tag_states(run, *model) == viterbi(run, *model)


def test_one_pass_route_is_calcs_over_the_graph(resources):
    """``Segmenter.routes`` (graph and route in one pass, what ``cut`` reads) gives jieba's
    ``calc`` route over jieba's ``get_DAG`` graph, position by position."""
    segmenter = resources.segmenter
    plain = _plain(segmenter)
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")[:4000]
        theirs: dict = {}
        jieba.Tokenizer.calc(plain, text, jieba.Tokenizer.get_DAG(plain, text), theirs)
        ours = segmenter.routes(text)
        assert [ours[k] for k in range(len(text))] == [theirs[k] for k in range(len(text))]


def test_tagged_words_are_jiebas_posseg(resources):
    """The tagger's words and tags (its cut reads ``Segmenter.routes``) are jieba.posseg's own
    over the same tokenizer, on a sample paper and a Chinese train passage."""
    import jieba.posseg

    plain = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    plain.tokenizer, plain.word_tag_tab = _plain(resources.segmenter), resources.tagger.word_tag_tab
    for path in TEXTS[1:]:
        text = path.read_text(encoding="utf-8")[:6000]
        ours = [(p.word, p.flag) for p in resources.tagger.cut(text)]
        assert ours == [(p.word, p.flag) for p in jieba.posseg.POSTokenizer.cut(plain, text)]
        assert "".join(w for w, _ in ours) == text and any(flag == "nr" or flag == "n" for _, flag in ours)


def test_tagged_pairs_are_the_taggers_cut(resources):
    """``resources.tagged_pairs`` (what ``pos_tag`` reads: jieba.posseg's cut written out as one
    loop) gives the tagger's own words and tags, on the sample papers and the Chinese train
    passages, line by line, and on the odd characters between blocks (a number, a Latin word
    beside other characters, a line break)."""
    from pipeline.runtime.resources import tagged_pairs

    lines = [line for path in TEXTS for line in path.read_text(encoding="utf-8").splitlines()]
    lines += ["IL-6和TNF-α 3.5% ab12 x_y #&", "中的 起着\r\n多效性 ", "α-SMA表达", ""]
    for line in lines:
        assert tagged_pairs(resources.tagger, line) == [(p.word, p.flag) for p in resources.tagger.cut(line)]


def test_the_cut_around_names_does_not_depend_on_how_many_names_there_are():
    """Names added to the segmenter do not grow jieba's total, so text that is no name is cut as
    before however large the dictionary grows: 可 + 因 (the cue of 'A 因 B 的刺激而被激活'), not
    jieba's rare 可因, with ten thousand more names (words written for the test)."""
    from pipeline.runtime.resources import chinese_segmenter
    sentence = "NF-κB 可因 TNF-α 的刺激而被激活"
    few = chinese_segmenter(["脂多糖"])
    many = chinese_segmenter(["脂多糖"] + [f"测试名称{i}号" for i in range(10000)])
    assert list(few.cut(sentence)) == list(many.cut(sentence))
    assert "因" in list(many.cut(sentence)) and "刺激" in list(many.cut(sentence))


def test_the_prefix_table_read_whole_from_jiebas_cache_is_jiebas():
    ours = segmenter_class()()
    ours.check_initialized()
    theirs = jieba.Tokenizer()
    theirs.check_initialized()  # marshal.load on the open cache file, as jieba reads it
    assert ours.initialized and ours.total == theirs.total and ours.FREQ == theirs.FREQ
    assert ours.FREQ["细胞因子"] and ours.FREQ["细胞因"] == 0  # a word and a mere prefix


def test_without_jiebas_cache_jieba_initialises_the_segmenter(tmp_path):
    from pipeline.names.segmenter import read_default_cache

    segmenter = segmenter_class()()
    segmenter.tmp_dir = str(tmp_path)  # no cache there: jieba builds the table from its dictionary
    assert read_default_cache(segmenter) is False and not segmenter.initialized
    other = segmenter_class()()
    other.set_dictionary(jieba.get_dict_file().name)  # another dictionary file: jieba's own way
    assert read_default_cache(other) is False
