"""The HTML report as a file: highlighting cut exactly from the text, self-contained, escaped."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.records import PipelineError
from pipeline.report import ROLES, claim_title, json_for_script, segments, write_report


def test_segments_rebuild_the_sentence_and_every_span_exactly(sample_output):
    """Property over every triple of the sample papers: the runs are the sentence, and a
    role's runs are exactly text[start:end] of that role."""
    texts = pd.read_parquet(sample_output / "documents").set_index("doc_id").text
    for t in pd.read_parquet(sample_output / "triples").itertuples():
        text = texts[t.doc_id]
        spans = [(role, getattr(t, f"{role}_start"), getattr(t, f"{role}_end")) for role in ROLES]
        runs = segments(text, t.sent_start, t.sent_end, spans)
        assert "".join(r.text for r in runs) == text[t.sent_start:t.sent_end]
        for role, start, end in spans:
            assert "".join(r.text for r in runs if role in r.roles) == text[start:end]


@pytest.mark.parametrize("spans, expected", [
    ([("factor", 0, 4), ("effect", 5, 7), ("target", 7, 10)],
     [("IL-6", ("factor",)), (" ", ()), ("促进", ("effect",)), ("破骨细", ("target",)), ("胞。", ())]),
    # A factor inside the target's span (overlapping spans) keeps both roles on the overlap.
    ([("target", 0, 7), ("factor", 0, 4), ("effect", 8, 10)],
     [("IL-6", ("target", "factor")), (" 促进", ("target",)), ("破", ()), ("骨细", ("effect",)), ("胞。", ())]),
])
def test_segments_of_overlapping_spans(spans, expected):
    runs = segments("IL-6 促进破骨细胞。", 0, 12, spans)
    assert [(r.text, r.roles) for r in runs] == expected


def test_report_is_one_file_that_needs_no_network(sample_report):
    page = sample_report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<link|<img|<iframe|@import|url\(|\ssrc=", page)
    assert not re.search(r'href="(?!#)', page)  # links only within the page
    # The code names no address but the SVG namespace, which is never fetched (papers' text may
    # hold addresses, as text).
    code = " ".join(re.findall(r"<(?:script|style)>(.*?)</(?:script|style)>", page, flags=re.S))
    assert len(code) > 1000
    assert set(re.findall(r"https?://[^\s\"'<>]+", code)) == {"http://www.w3.org/2000/svg"}


def test_paper_markup_is_text_in_the_report(sample_output, sample_report):
    """Paper 002 carries HTML (<sup>[23]</sup>) in its text; the report shows it as text."""
    page = sample_report.read_text(encoding="utf-8")
    texts = pd.read_parquet(sample_output / "documents").text
    assert texts.str.contains("<sup>", regex=False).any()
    assert "<sup>" not in page and "&lt;sup&gt;" in page


def test_json_in_a_script_cannot_close_it():
    text = json_for_script([{"name": "</script><script>alert(1)</script>&"}])
    assert "<" not in text and ">" not in text and "&" not in text


def test_claim_title_in_words():
    c = {"factor_name": "IL-6", "polarity": -1, "negated": True, "target_name": "osteoclast",
         "aspect": "differentiation"}
    assert claim_title(c) == "IL-6 does not decrease osteoclast (differentiation)"


def test_report_without_claims_says_which_folder(tmp_path):
    with pytest.raises(PipelineError, match=str(tmp_path)):
        write_report(tmp_path, tmp_path / "report.html")


def test_report_over_out_of_step_tables_names_them(sample_output, tmp_path):
    import shutil

    out = tmp_path / "output"
    shutil.copytree(sample_output, out)
    for part in (out / "documents").glob("part-*.parquet"):
        part.unlink()  # triples (and claims) stay, the papers they cite go
    with pytest.raises(PipelineError, match=f"{out / 'triples'}: doc_id .* not in {out / 'documents'}"):
        write_report(out, out / "report.html")
