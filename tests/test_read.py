"""Reading: encodings a Chinese user's files come in, and bad input."""
from __future__ import annotations

import codecs

import pytest

from pipeline.reading.read import decode_text, read_document
from pipeline.records import UnreadableDocument
from pipeline.sentences.segment import segment

from .conftest import RAW

SAMPLE = RAW / "000_928ba59949a8c658.txt"


def test_utf8_sample_is_read_exactly(documents):
    doc = documents["000_928ba59949a8c658.txt"]
    assert doc.encoding == "utf-8"
    assert doc.text == SAMPLE.read_text(encoding="utf-8")
    assert doc.lang == "zh" and doc.status == "ok" and doc.n_chars == len(doc.text)
    assert len(doc.doc_id) == 16 and doc.sha256.startswith(doc.doc_id)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb18030_twin_gives_the_same_sentences(tmp_path, encoding, documents):
    text = SAMPLE.read_text(encoding="utf-8")
    twin = tmp_path / "twin.txt"
    twin.write_bytes(text.encode(encoding))
    doc = read_document(twin)
    assert doc.encoding == "gb18030"
    original = segment(documents["000_928ba59949a8c658.txt"])
    again = segment(doc)
    assert [(v.sentence.start, v.sentence.end, v.sentence.section) for v in again] == \
           [(v.sentence.start, v.sentence.end, v.sentence.section) for v in original]


def test_utf8_with_bom_drops_the_mark(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "白细胞介素-6 促进破骨细胞的分化。".encode("utf-8"))
    doc = read_document(path)
    assert doc.encoding == "utf-8-sig" and doc.text.startswith("白细胞介素")


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("肿瘤坏死因子-α 抑制成骨细胞分化。".encode("utf-16"))
    assert read_document(path).text.startswith("肿瘤坏死因子")


def test_big5_traditional_chinese(tmp_path):
    text = "白血病抑制因子促進癌細胞的侵襲。腫瘤壞死因子抑制成骨細胞分化。" * 3
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    doc = read_document(path)
    assert doc.encoding == "big5" and doc.text == text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n \t", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("paper.docx", "细胞因子".encode("utf-8"), "unsupported"),
])
def test_bad_input_names_file_and_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableDocument) as err:
        read_document(path)
    assert err.value.reason == reason
    assert name in str(err.value)


def test_undecodable_bytes_are_reported_with_their_position(tmp_path):
    # Valid UTF-8 up to a lone continuation byte, then bytes that are not
    # GB18030 or Big5 text either.
    data = "白细胞介素".encode("utf-8") + b"\xff\xfe\xff\x80\x80\xff" * 40
    with pytest.raises(UnreadableDocument) as err:
        decode_text(data, "broken.txt")
    assert err.value.reason == "undecodable"
    assert "broken.txt" in str(err.value)
