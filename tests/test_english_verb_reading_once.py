"""The five records of an active trigger verb (en.dep.active, relative, ability, pronoun,
knockdown_subject) share one reading of each token of a parse (english_verbs._once_per_token):
each token is read once per sentence, and each record still states the claims of its own kind."""
from __future__ import annotations

from collections import Counter

from pipeline.english import english_verbs

from .test_english_parse import parse_read


def test_each_token_is_read_once_and_each_record_keeps_its_claims(resources, monkeypatch):
    asked: Counter = Counter()
    real = english_verbs._verb_claim

    def counted(ctx, tok):
        asked[(tok.doc.text, tok.i)] += 1
        return real(ctx, tok)

    monkeypatch.setattr(english_verbs, "_verb_claim", counted)
    text = ("IL-6 promotes the differentiation of osteoclasts. "
            "Macrophages secrete TNF-α, which inhibits the proliferation of osteoblasts.")
    assert parse_read(text, resources) == {
        ("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active"),
        ("TNF-α", "inhibits", "osteoblast", "proliferation", False, False, "en.dep.relative"),
    }
    assert asked and set(asked.values()) == {1}  # read once, though five records ask
    assert len({text for text, _ in asked}) == 2  # both sentences were read, each with its own parse
