"""The reading budget per sentence (budget.py) and the linear-time readers under it."""
from __future__ import annotations

from pipeline.runtime import budget
from pipeline.names.abbreviations import find_definitions
from pipeline.runtime.batch import extract
from pipeline.text.clean import clean_span
from pipeline.sentences.sentence_split import split_sentences

from .conftest import document_of


def _rows_point_at_their_text(records, text):
    for s in records["sentences"]:
        assert text[s.start:s.end] == s.text
    for m in records["mentions"]:
        assert text[m.start:m.end] == m.surface
    for t in records["triples"]:
        assert text[t.factor_start:t.factor_end] == t.factor_text
        assert text[t.target_start:t.target_end] == t.target_text
        assert t.sent_start <= t.factor_start and t.target_end <= t.sent_end


def test_a_sentence_over_the_length_budget_is_read_in_windows_and_says_so(resources):
    # A flattened table: one "sentence" of thousands of characters, whose first clause states a claim.
    text = "IL-6 promotes osteoclast differentiation; " + "; ".join(
        f"sample {k} IL-{k % 30 + 1} level {k}" for k in range(400)) + "."
    records = extract(document_of(text))
    (sentence,) = records["sentences"]
    assert len(sentence.text) > budget.MAX_CHARS
    assert sentence.windows >= len(sentence.text) // budget.MAX_CHARS
    triples = {(t.factor_name, t.effect, t.target_name) for t in records["triples"]}
    assert ("IL-6", "promotes", "osteoclast") in triples
    assert all(0.0 <= t.confidence <= 1.0 for t in records["triples"])  # scored within their windows
    assert len({m.surface for m in records["mentions"]}) > 20
    _rows_point_at_their_text(records, text)


def test_a_sentence_over_the_mention_budget_is_cut_between_mentions(resources):
    text = "IL-6上调RANKL，" + "IL-6上调" * 120 + "。"
    records = extract(document_of(text))
    (sentence,) = records["sentences"]
    assert len(sentence.text) <= budget.MAX_CHARS
    assert sentence.windows >= 120 // budget.MAX_MENTIONS
    assert ("IL-6", "RANKL") in {(t.factor_name, t.target_name) for t in records["triples"]}
    # every name is still a mention: windows are cut between mentions, never through one
    assert sum(m.surface == "IL-6" for m in records["mentions"]) == 121
    _rows_point_at_their_text(records, text)


def test_sentences_within_the_budget_are_read_whole(resources):
    text = "IL-6 促进破骨细胞的分化。TNF-α 抑制成骨细胞分化。"
    records = extract(document_of(text))
    assert [s.windows for s in records["sentences"]] == [1, 1]
    assert len(records["triples"]) == 2


def test_windows_cut_after_a_clause_boundary():
    text = "a" * 900 + "，" + "b" * 900
    doc = document_of(text)
    from pipeline.sentences.segment import segment

    views = budget.char_windows(segment(doc))
    assert [v.clean.text for v in views] == ["a" * 900 + "，", "b" * 900]
    assert all(v.sentence.sent_id == 0 for v in views)


# Regression tests for the readers that were quadratic (or worse) in one
# sentence; their results on small inputs, which the fuzzing harness
# (tests/test_fuzz.py, make fuzz) runs at sizes where the old code stalled.

def test_full_stops_inside_a_long_run_of_letters_do_not_end_sentences():
    # A DNA sequence with a full stop in it (``split_sentences`` looked back
    # with a regular expression over the whole text before every such stop).
    text = "The sequence " + "ACGT" * 50 + ".ACGT.acgt is shown. It works."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["The sequence " + "ACGT" * 50 + ".ACGT.acgt is shown.", "It works."]


def test_glued_sentences_still_split_after_a_lower_case_word():
    text = "IL-6 acts on osteoclasts.In recent years TNF was studied."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "IL-6 acts on osteoclasts.", "In recent years TNF was studied."]


def test_definitions_among_many_brackets():
    text = "(" * 50 + "interleukin-6 (IL-6)" + ")" * 50 + "，白介素-6 (IL6) 与 RANKL（核因子-κB受体活化因子配体）"
    found = {(d.short, d.long_en, d.long_zh) for d in find_definitions(text)}
    assert ("IL-6", "interleukin-6", None) in found
    assert ("RANKL", None, "核因子-κB受体活化因子配体") in found


def test_brackets_holding_more_than_a_definition_define_nothing():
    aside = "（" + "这是一段很长的说明" * 30 + "）"
    assert find_definitions("RANKL" + aside) == []
    assert find_definitions("RANKL（核因子-κB受体活化因子配体）")


def test_the_cleaner_reads_a_run_of_wide_spaces_as_it_is():
    text = "IL-6" + "\u3000" * 300 + "TNF- $\\alpha$"
    clean = clean_span(text, 0, len(text))
    assert clean.text == "IL-6" + "\u3000" * 300 + "TNF-α"


def test_a_long_paper_read_in_chunks_gives_the_rows_of_one_reading(documents, monkeypatch):
    """``extract_tables`` turns each chunk of paragraphs into Arrow rows before reading
    the next (memory); the rows are those of reading the paper at once."""
    import pipeline.runtime.paper as paper
    from pipeline.store.tables import TABLES, to_table

    doc = documents["000_928ba59949a8c658.txt"]
    whole = {name: to_table(rows, TABLES[name]) for name, rows in extract(doc).items()}
    monkeypatch.setattr(paper, "CHUNK_CHARS", 2000)
    chunked = paper.extract_tables(doc)
    assert whole["sentences"].num_rows > 50
    for name in TABLES:
        assert chunked[name].equals(whole[name]), name
