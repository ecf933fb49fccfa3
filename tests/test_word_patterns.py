"""Word lists written as patterns: dictionaries/sections.tsv (the words that name the parts of a paper,
used by the segmenter), composition_words.tsv (the words that end a pathway's name) and
abbreviation_words.tsv (the function words that end a Chinese long form); rows are read
in the file's order, and a bad row is an error that names its file and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import config
from pipeline.dictionary.lexicon import DictionaryError
from pipeline.dictionary.word_patterns import ABBREVIATIONS, COMPOSITIONS, SECTIONS, read_word_patterns, section_words
from pipeline.text.blocks import blocks_of


def test_each_kind_keeps_the_files_order():
    words = section_words()
    assert words.patterns["abstract"] == (r"摘\s*要", "abstract", "summary")
    assert words.alternation("introduction") == r"introduction|引\s*言|前\s*言"


def test_the_segmenter_reads_the_headings_of_the_file():
    text = "题目\n摘 要：IL-6 促进破骨细胞分化。\n关键词：IL-6；破骨细胞\n1 引言\nIL-6 抑制成骨细胞。\n参考文献\n[1] 张三. 骨[J]. 2020.\n"
    sections = [(b.section, b.heading, "".join(text[a:z] for a, z in b.pieces)) for b in blocks_of(text)]
    assert sections == [("front", False, "题目"), ("abstract", True, "摘 要："),
                        ("abstract", False, "IL-6 促进破骨细胞分化。"), ("keywords", True, "关键词："),
                        ("keywords", False, "IL-6；破骨细胞"), ("body", True, "1 引言"),
                        ("body", False, "IL-6 抑制成骨细胞。"), ("references", True, "参考文献"),
                        ("references", False, "张三. 骨[J]. 2020.")]


def _folder_with(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    path = folder / "sections.tsv"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return folder


@pytest.mark.parametrize("row,problem", [
    ("abstracts\ten\tsummary\n", "unknown kind 'abstracts'"),
    ("abstract\tde\tZusammenfassung\n", "lang must be zh or en"),
    ("abstract\ten\tsumm(ary\n", r"pattern .summ\(ary. is no regular expression"),
    ("abstract\ten\t\n", "empty pattern"),
])
def test_a_bad_row_names_its_file_and_line(tmp_path, row, problem):
    folder = _folder_with(tmp_path, row)
    with pytest.raises(DictionaryError, match=r"sections\.tsv:\d+: " + problem):
        read_word_patterns(folder, SECTIONS)


def test_the_pathway_words_name_a_chain_a_pathway_or_an_axis():
    words = read_word_patterns(config.DICTIONARIES, COMPOSITIONS)
    assert "通路" in words.patterns["pathway_end"] and "轴" in words.patterns["axis_end"]


def test_every_file_is_checked_by_check_dict(tmp_path):
    from pipeline.runtime.curation import check_dictionaries

    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    path = folder / "composition_words.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "pathway_ends\tzh\t通路\n", encoding="utf-8")
    assert any("composition_words.tsv:" in p and "unknown kind 'pathway_ends'" in p for p in check_dictionaries(folder))


def test_a_long_form_stops_at_a_function_word_of_the_file(tmp_path):
    from pipeline.names.abbreviations import find_definitions

    text = "研究发现，血清中的白细胞介素-6（IL-6）水平升高。"
    found = {(d.short, d.long_zh) for d in find_definitions(text)}
    assert ("IL-6", "白细胞介素-6") in found
    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    path = folder / "abbreviation_words.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "long_form_stop\tzh\t因为\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"abbreviation_words\.tsv:\d+: a long_form_stop is one character"):
        read_word_patterns(folder, ABBREVIATIONS)


def test_a_full_stop_after_an_abbreviation_of_the_file_ends_no_sentence(tmp_path):
    from pipeline.sentences.sentence_split import split_sentences

    text = "IL-6 promotes osteoclast differentiation (Smith et al. 2019). IL-10 inhibits it."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "IL-6 promotes osteoclast differentiation (Smith et al. 2019).", "IL-10 inhibits it."]
    with pytest.raises(DictionaryError, match=r"sections\.tsv:\d+: a no_sentence_end is a word of letters in lower case"):
        read_word_patterns(_folder_with(tmp_path, "no_sentence_end\ten\tFig.\n"), SECTIONS)
