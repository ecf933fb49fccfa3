"""The parse reader's dispatch (pipeline/english/english_reader.py ``Dispatch``): a token is asked only of
the constructions that declare they can read a claim there (``english_claims.construction``: kinds of word,
dependency labels), and the reader reads exactly what asking every construction of every token reads."""
from __future__ import annotations

import pytest

from pipeline.english import english_reader
from pipeline.english.english_claims import GATES, REGISTRY

from .test_english_parse import RECORDS, parse_read

# real sentences in the field's style, with what the parse reader must read in them
SENTENCES = [
    ("IL-17A promotes osteoclastogenesis and inhibits osteoblast differentiation.",
     ("IL-17", "inhibits", "en.dep.active")),
    ("RANKL-induced osteoclast formation was suppressed by IL-4 in a STAT6-dependent manner.",
     ("IL-4", "inhibits", "en.dep.passive_agent")),
    ("IL-10 has potent anti-inflammatory effects in macrophages.",
     ("IL-10", "inhibits", "en.dep.property")),
]


def _every_step(self, ctx, tok):
    return self.steps


@pytest.mark.parametrize("text", [r.example for r in RECORDS] + [s for s, _ in SENTENCES])
def test_dispatch_reads_what_every_construction_reads(resources, monkeypatch, text):
    dispatched = parse_read(text, resources)
    monkeypatch.setattr(english_reader.Dispatch, "steps_for", _every_step)
    assert dispatched == parse_read(text, resources)


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_dispatched_sentence_gives_its_claim(resources, text, expected):
    factor, effect, rule = expected
    assert (factor, effect, rule) in {(t[0], t[1], t[6]) for t in parse_read(text, resources)}


def test_a_token_is_asked_only_of_the_constructions_that_can_read_there(resources):
    from pipeline.english.english_context import Context
    from pipeline.english.english_parse import parse_sentences
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    from .conftest import document_of

    doc = document_of("IL-17A promotes osteoclastogenesis.")
    views = segment(doc)
    found = find_mentions(doc, views, resources)
    vocab, steps, dispatch = english_reader._loaded(resources)
    parsed = parse_sentences([(0, views[0], found[0])], vocab.plain_verb)[0]
    ctx = Context(parsed, vocab, doc, resources.lexicon)
    verb = next(t for t in parsed.doc if t.lower_ == "promotes")
    asked = {name for name, _ in dispatch.steps_for(ctx, verb)}
    assert {"en.dep.active", "en.dep.passive_agent", "en.dep.nominal"} <= asked  # trigger words
    assert "en.dep.role" not in asked and "en.dep.synergy" not in asked
    stop = next(t for t in parsed.doc if t.text == ".")
    assert {name for name, _ in dispatch.steps_for(ctx, stop)} == {n for n in REGISTRY if n not in GATES}


def test_an_undeclared_construction_is_asked_everywhere(resources):
    vocab = english_reader.readings(resources)[0]
    steps = [("en.dep.undeclared_example", lambda ctx, tok: []), ("en.dep.role", REGISTRY["en.dep.role"])]
    dispatch = english_reader.Dispatch(vocab, steps)
    assert dispatch.everywhere == 1
    assert dispatch.by_form["role"] == 2


def test_tokens_within_a_mention_are_those_its_span_holds(resources):
    from dataclasses import replace

    from pipeline.english.english_parse import parse_sentences
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    from .conftest import document_of

    doc = document_of("Bone marrow stromal cells secrete IL-6, which promotes RANKL-induced osteoclast formation.")
    views = segment(doc)
    found = find_mentions(doc, views, resources)
    parsed = parse_sentences([(0, views[0], found[0])], english_reader.readings(resources)[0].plain_verb)[0]

    def every(p, f):
        return [t.i for t in p.doc if f.cstart <= p.spans[t.i][0] and p.spans[t.i][1] <= f.cend]

    assert any(f.concept.type == "cell" for f in parsed.found)
    for f in parsed.found:
        assert [t.i for t in parsed.tokens_within(f)] == every(parsed, f) != []
    unordered = replace(parsed, spans=tuple(reversed(parsed.spans)))  # spans that do not rise: every token is tested
    assert unordered._edges == (None, None)
    assert all([t.i for t in unordered.tokens_within(f)] == every(unordered, f) for f in parsed.found)
