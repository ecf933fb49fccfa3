"""Chinese in traditional characters (and a mirror site's pinyin glosses) read as simplified.

A review mirrored in traditional characters (``白細胞介素-6``, ``腫瘤細胞``) is read through
a simplified twin of its text, of the same length (``traditional.py``): its names are grounded
as the simplified ones, its claims read by the same constructions, and every offset and surface
still refers to the characters of the file. Pinyin glosses (``發(fā)現(xiàn)``) are removed by the clean
stage. A simplified or English paper is read exactly as before.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.text.clean import _MARKUP, clean_span
from pipeline.names.mentions import find_mentions
from pipeline.reading.read import read_document
from pipeline.relations import find_triples
from pipeline.sentences.segment import segment
from pipeline.store.tables import read_table
from pipeline.reading.traditional import reading_text, script_of, to_simplified

TRADITIONAL_TEXT = "研究發現,白細胞介素-6(IL-6)可促進腫瘤細胞的增殖和遷移,並抑制T細胞的活化。"
GLOSSED_TEXT = "研究發(fā)现(xiàn),白細胞介素-6(IL-6)可促(cù)進(jìn)腫瘤細(xì)胞的增殖和遷移,並抑制T細胞的活化。"
SIMPLIFIED_TEXT = "研究发现,白细胞介素-6(IL-6)可促进肿瘤细胞的增殖和迁移,并抑制T细胞的活化。"
CLAIMS = {("IL-6", "promotes", "tumor cell", "proliferation"), ("IL-6", "promotes", "tumor cell", "migration"),
          ("IL-6", "inhibits", "T cell", "activity")}


def _read(tmp_path: Path, text: str, name: str = "passage.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    views = segment(doc)
    return doc, views


def _extract(tmp_path: Path, text: str, resources):
    doc, views = _read(tmp_path, text)
    found = find_mentions(doc, views, resources)
    return doc, [f.record for fs in found for f in fs], find_triples(doc, views, found, resources)


def _claims(triples) -> set[tuple]:
    return {(t.factor_name, t.effect, t.target_name, t.aspect) for t in triples}


def test_traditional_characters_become_simplified_one_for_one():
    text = "白細胞介素-12發現於腫瘤; IL-12 and 细胞因子"
    simplified = to_simplified(text)
    assert simplified == "白细胞介素-12发现于肿瘤; IL-12 and 细胞因子"
    assert len(simplified) == len(text)
    assert to_simplified(SIMPLIFIED_TEXT) == SIMPLIFIED_TEXT
    assert to_simplified("IL-6 promotes tumour growth.") == "IL-6 promotes tumour growth."


def test_the_script_of_a_paper_is_told_by_the_characters_only_one_script_writes():
    assert script_of(TRADITIONAL_TEXT) == "traditional"
    assert script_of(SIMPLIFIED_TEXT) == "simplified"
    # a simplified paper quoting one traditional word stays simplified
    assert script_of(SIMPLIFIED_TEXT + "(見《細胞》)") == "simplified"
    assert script_of("IL-6 promotes the proliferation of tumour cells.") is None


def test_an_english_paper_is_told_without_opencc_s_tables():
    """Every character of the tables is from U+3400 on, so a text with none (English) holds none of them
    and is answered before the tables are read; the answer is the one the tables give."""
    from pipeline.reading import traditional

    table, only_traditional, only_simplified = traditional._tables()
    assert min([*table, *only_traditional, *only_simplified]) >= 0x3400
    traditional._tables.cache_clear()
    assert script_of("IL-6 (interleukin-6) promotes tumour cells \u2192 growth, 10 \u03bcg/ml.") is None
    assert traditional._tables.cache_info().currsize == 0
    assert script_of(TRADITIONAL_TEXT) == "traditional" and traditional._tables.cache_info().currsize == 1


def test_names_in_traditional_characters_are_grounded_and_point_at_their_characters(tmp_path, resources):
    doc, mentions, triples = _extract(tmp_path, TRADITIONAL_TEXT, resources)
    assert doc.zh_script == "traditional" and doc.text == TRADITIONAL_TEXT
    named = {(m.surface, m.concept_id) for m in mentions}
    assert {("白細胞介素-6", "HGNC:IL6"), ("腫瘤細胞", "local:tumor_cell"), ("T細胞", "CL:0000084")} <= named
    for m in mentions:
        assert doc.text[m.start:m.end] == m.surface
    assert _claims(triples) == CLAIMS
    for t in triples:
        assert doc.text[t.factor_start:t.factor_end] == t.factor_text == "白細胞介素-6"
        assert doc.text[t.effect_start:t.effect_end] == t.effect_text
        assert doc.text[t.target_start:t.target_end] == t.target_text
    assert {t.effect_text for t in triples} == {"促進", "抑制"}


def test_a_big5_file_is_read_as_traditional(tmp_path, resources):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL_TEXT.encode("big5"))
    doc = read_document(path)
    assert (doc.encoding, doc.zh_script, doc.text) == ("big5", "traditional", TRADITIONAL_TEXT)
    views = segment(doc)
    assert _claims(find_triples(doc, views, find_mentions(doc, views, resources), resources)) == CLAIMS


def test_a_traditional_paper_reads_as_its_simplified_twin(tmp_path, resources):
    _, _, traditional = _extract(tmp_path, TRADITIONAL_TEXT, resources)
    _, _, simplified = _extract(tmp_path, SIMPLIFIED_TEXT, resources)
    assert _claims(traditional) == _claims(simplified) == CLAIMS
    assert [(t.factor_start, t.target_start, t.rule) for t in traditional] == \
        [(t.factor_start, t.target_start, t.rule) for t in simplified]


def test_a_pinyin_glossed_sentence_reads_like_the_clean_one(tmp_path, resources):
    doc, mentions, triples = _extract(tmp_path, GLOSSED_TEXT, resources)
    assert _claims(triples) == CLAIMS
    tumour = next(m for m in mentions if m.concept_id == "local:tumor_cell")
    assert tumour.surface == "腫瘤細(xì)胞" == doc.text[tumour.start:tumour.end]
    promoting = next(t for t in triples if t.effect == "promotes")
    assert promoting.effect_text == "促(cù)進" == doc.text[promoting.effect_start:promoting.effect_end]


def test_the_clean_stage_drops_only_a_gloss_after_a_han_character():
    text = "最早發(fā)現(xiàn)的成員,參與免疫調(diào jié)節"
    clean = clean_span(text, 0, len(text))
    assert clean.text == "最早發現的成員,參與免疫調節"
    k = clean.text.index("現")
    assert text[slice(*clean.source_span(k, k + 1))] == "現"
    for kept in ("白细胞介素(IL)-6", "树突状细胞(cells)", "Th1(fā)", "肿瘤(2019)"):
        assert clean_span(kept, 0, len(kept)).text == kept


def test_a_long_run_of_letters_not_closed_is_kept_as_it_is():
    # ``aaaa…`` splits into syllables in many ways: the gloss pattern reads them atomically
    text = "发(ā" + "a" * 60 + "x) 促进"
    assert clean_span(text, 0, len(text)).text == text


def test_the_documents_table_records_the_script(tmp_path, resources):
    from pipeline.__main__ import main
    from pipeline.relations.explain import explain_output

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "trad.txt").write_text(GLOSSED_TEXT, encoding="utf-8")
    (raw / "simp.txt").write_text(SIMPLIFIED_TEXT, encoding="utf-8")
    (raw / "en.txt").write_text("Interleukin-6 promotes the proliferation of tumour cells.", encoding="utf-8")
    out = tmp_path / "output"
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 0
    docs = read_table(out, "documents").to_pylist()
    assert {d["source"]: d["zh_script"] for d in docs} == \
        {"trad.txt": "traditional", "simp.txt": "simplified", "en.txt": None}
    text_of = {d["doc_id"]: d["text"] for d in docs}
    triples = read_table(out, "triples").to_pandas()
    trad_id = next(d["doc_id"] for d in docs if d["source"] == "trad.txt")
    assert (triples.doc_id == trad_id).sum() == len(CLAIMS)
    for t in triples.itertuples():
        text = text_of[t.doc_id]
        assert text[t.factor_start:t.factor_end] == t.factor_text
        assert text[t.target_start:t.target_end] == t.target_text
    for m in read_table(out, "mentions").to_pandas().itertuples():
        assert text_of[m.doc_id][m.start:m.end] == m.surface
    # explained again from the output, the paper is read as simplified too (its script told from its text)
    assert "IL-6 «白細胞介素-6» promotes tumor cell" in explain_output(out, trad_id, 0, resources)


READABLE = [p for folder in (config.RAW, config.ROOT / "gold/train/texts", config.ROOT / "gold/extra/texts")
            for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
# The gold/extra passages copied from mirror sites in traditional characters (gold/extra/SOURCES.tsv);
# three of them keep the site's pinyin glosses (three r9zh ones had theirs taken out).
TRADITIONAL = {f"r6zh_zh_{n}.txt" for n in ("02", "03", "07", "08", "11")} | \
              {f"r7zh_zh_{n}.txt" for n in ("02", "07", "08")} | \
              {f"r9zh_zh_{n}.txt" for n in ("02", "04", "05", "10", "11")}
GLOSSED = {"r7zh_zh_02.txt", "r7zh_zh_07.txt", "r7zh_zh_08.txt"}


@pytest.mark.parametrize("path", [p for p in READABLE if p.name not in TRADITIONAL], ids=lambda p: p.name)
def test_simplified_and_english_papers_are_read_as_before(path):
    doc = read_document(path)
    assert doc.zh_script != "traditional"
    assert reading_text(doc) is doc.text
    assert not any(m.lastgroup == "pinyin" for m in _MARKUP.finditer(doc.text))


@pytest.mark.parametrize("path", [p for p in READABLE if p.name in TRADITIONAL], ids=lambda p: p.name)
def test_the_mirrored_passages_are_read_as_traditional(path):
    doc = read_document(path)
    assert doc.zh_script == "traditional"
    reading = reading_text(doc)
    assert len(reading) == len(doc.text) and reading != doc.text
    assert any(m.lastgroup == "pinyin" for m in _MARKUP.finditer(doc.text)) == (path.name in GLOSSED)
