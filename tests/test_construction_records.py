"""Every record of dictionaries/relations/constructions.tsv on its own example: the example gives the
expected triple, and the record is at work there (it names the triple as its rule, shapes it as one of
its steps, or, for a record that changes the reading or rejects a claim, matched in the sentence)."""
from __future__ import annotations

import pytest

from pipeline import config
from pipeline.relations import load_rule_data

from .conftest import read_claims

RECORDS = load_rule_data(config.DICTIONARIES).constructions


def _expected(record):
    parts = [p.strip() for p in record.expected.split("|")]
    factor, effect, target, aspect = parts[:4]
    return (factor, effect, target, aspect or None), set(parts[4:])


@pytest.mark.parametrize("record", RECORDS, ids=[r.name for r in RECORDS])
def test_record_example_gives_its_triple_by_the_record(resources, record):
    (factor, effect, target, aspect), flags = _expected(record)
    _, matched, doc, triples = read_claims(record.example, resources, rule_only=record.lang == "en")
    hits = [t for t in triples if (t.factor_name, t.effect, t.target_name, t.aspect) == (factor, effect, target, aspect)
            and t.negated == ("negated" in flags) and t.hedged == ("hedged" in flags)]
    assert hits, f"{record.where}: {record.expected} not among " + \
        "; ".join(f"{t.factor_name}|{t.effect}|{t.target_name}|{t.aspect}|{t.rule}" for t in triples)
    if record.emits == "triples":
        assert any(t.rule == record.name for t in hits), f"{record.where}: ruled by {[t.rule for t in hits]}"
    elif record.emits == "step":
        assert any(record.name in t.steps for t in hits), f"{record.where}: steps {[t.steps for t in hits]}"
    else:
        assert record.name in matched, f"{record.where}: {record.name} was not at work in its example"
    for t in triples:  # provenance: each span is exactly its text, inside the sentence
        assert doc.text[t.factor_start:t.factor_end] == t.factor_text
        assert doc.text[t.target_start:t.target_end] == t.target_text
        assert doc.text[t.effect_start:t.effect_end] == t.effect_text
        assert t.sent_start <= min(t.factor_start, t.target_start, t.effect_start)
        assert max(t.factor_end, t.target_end, t.effect_end) <= t.sent_end


def test_every_rule_written_is_a_record_that_states_triples(extracted, resources):
    """``rule`` has one value per construction record: every rule of the sample papers names a
    record whose emits is triples (or a record of the English parse reader), and every step a record."""
    from pipeline.english.english_words import load_english_vocab

    by_name = resources.rules.grammar.by_name
    english = {c.name for c in load_english_vocab(resources.folder, resources.rules).constructions}
    triples = [t for records in extracted.values() for t in records["triples"]]
    for t in triples:
        assert t.rule in english or by_name[t.rule].emits == "triples", t.rule
        assert all(step in by_name for step in t.steps), t.steps
    assert len({t.rule for t in triples}) >= 25  # the sample papers are read by many constructions
    assert sum(bool(t.steps) for t in triples) > len(triples) / 3
