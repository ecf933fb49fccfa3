"""The engine skips the records whose needs a sentence lacks (``@construction(..., needs=...)``):
a skipped record is not called, the sentence's claims are read as before, ``explain`` says why it was
skipped, and on the sample papers no skipped record could have matched."""
from __future__ import annotations

import pytest

from pipeline.dictionary.lexicon import DictionaryError
from pipeline.names.mentions import find_mentions
from pipeline.relations import engine, find_triples
from pipeline.relations.engine import Trace, build_grammar, needs_of
from pipeline.sentences.segment import segment

from .conftest import triples_in

# Sample paper 002: a passive with its agent; no anaphor cue (疾病), no pronoun, no hedge.
PASSIVE = "RANKL 活性被骨保护素(osteoclastogenesis inhibitory factor, OPG)抑制，OPG 是 RANKL 的可溶性诱饵受体。"
# Sample paper 001 (the example of zh.anaphor): 疾病 names CLL, the disease named before it.
ANAPHOR = "BMSC能直接激活CLL相关通路而影响疾病的发生发展。"


@pytest.fixture
def spied(resources, monkeypatch):
    """The grammar rebuilt with the handler of zh.anaphor replaced by one that notes each call
    (the sentence's text) and then does what the handler does."""
    real, calls = engine._HANDLERS["zh.anaphor"], []

    def spy(r, name, *args):
        calls.append(r.view.clean.text)
        return real(r, name, *args)

    monkeypatch.setitem(engine._HANDLERS, "zh.anaphor", spy)
    grammar = resources.rules.grammar
    monkeypatch.setattr(resources.rules, "grammar",
                        build_grammar(list(grammar.records), grammar.need_words | engine.ITEM_KINDS))
    return calls


def test_a_record_whose_need_is_absent_is_not_called_and_the_claims_are_read(resources, spied):
    assert needs_of("zh.anaphor") == (frozenset({"anaphor"}),)
    claims = triples_in(PASSIVE, resources)
    assert ("OPG", "inhibits", "RANKL", "activity", False) in claims
    assert spied == []  # no item of the sentence is an anaphor cue: zh.anaphor was never called
    claims = triples_in(ANAPHOR, resources)
    assert any(c[:3] == ("BMSC", "regulates", "CLL") for c in claims)
    assert spied and all("疾病" in text for text in spied)  # called where its cue is, and read 疾病 as CLL


def test_explain_says_a_record_was_skipped_because_its_need_was_absent(capsys):
    from pipeline.__main__ import main

    assert main(["explain", PASSIVE]) == 0
    out = capsys.readouterr().out
    assert "zh.anaphor (skipped: needs anaphor, absent from the sentence)" in out
    assert "passive_agent" in out and "rule zh.passive" in out  # the records that read it, as before
    assert main(["explain", ANAPHOR]) == 0
    out = capsys.readouterr().out
    assert "zh.anaphor: a bare class noun" in out and "zh.anaphor (skipped" not in out


def test_no_skipped_record_could_have_matched_on_the_sample_papers(documents, resources, monkeypatch):
    """Every record is tried in every sentence (nothing skipped), noting whether its needs were
    absent: wherever they were, the record did not match."""
    real_lacking, real_note, last, tried = engine.lacking, engine._note, {}, []

    def try_anyway(name, present):
        last[name] = real_lacking(name, present)
        return ""

    def note(events, stage, name, at, out, no="no"):
        real_note(events, stage, name, at, out, no)
        tried.append((name, events[-1].outcome, last.pop(name)))

    monkeypatch.setattr(engine, "lacking", try_anyway)
    monkeypatch.setattr(engine, "_note", note)
    for doc in documents.values():
        views = segment(doc)
        find_triples(doc, views, find_mentions(doc, views, resources), resources, Trace())
    wrong = [(name, outcome) for name, outcome, absent in tried if absent and outcome != "no"]
    assert not wrong, f"records that matched though their needs were absent: {wrong[:5]}"
    assert sum(bool(absent) for _, _, absent in tried) > 1000  # the needs do leave many records out
    assert sum(outcome != "no" for _, outcome, _ in tried) > 100  # and the others read the papers


def test_a_need_that_names_no_cue_word_class_or_form_is_an_error(resources):
    grammar = resources.rules.grammar
    with pytest.raises(DictionaryError, match=r"no cue kind, word class or form .*anaphor.*zh\.anaphor"):
        build_grammar(list(grammar.records), grammar.need_words - {"anaphor"})



def test_a_need_the_reader_can_make_as_it_reads_is_an_error(resources, monkeypatch):
    """A list mark (zh.comma_list makes one of a comma) may appear after the engine looked at the items."""
    grammar = resources.rules.grammar
    monkeypatch.setitem(engine._NEEDS, "zh.anaphor", (frozenset({"list_mark"}),))
    with pytest.raises(DictionaryError, match="list_mark, which the reader can make as it reads"):
        build_grammar(list(grammar.records), grammar.need_words | {"list_mark"})
