"""``many forms of inflammatory diseases including sepsis and asthma``: examples the parser hung on a
quantity word (variety, number, forms: words of kind ``quantity``, english_parse_words.tsv) are those of
the class word the quantity is of; they stand for it as after any class word (SPEC 1). Read by
``english_phrases`` for a quantity head."""
from __future__ import annotations


def quantity_owners(ctx, tok, role: str) -> list:
    """What a quantity word ``tok`` names: its owners (``a variety of X``: X), or, where examples are
    hung on the quantity word and can stand for those owners, the examples."""
    from .english_phrases import _examples, _examples_of, _owners

    owners = _owners(ctx, tok, role)
    if ctx.vocab.kind("quantity", tok.lemma_.lower()) is None or not owners:
        return owners
    examples = _examples(ctx, tok, role)
    if examples and all(_examples_of(ctx, s.found, examples) for s in owners):
        return examples
    return owners
