"""A factor named as a therapeutic target of what a purpose clause says.

``IL-6 is an attractive therapeutic target to reduce bone loss``, ``MDSC can be a therapeutic target to
alleviate their pro-tumourigenic functions``: the purpose clause says what targeting (blocking) the
subject does, not what the subject does. As with ``targeting X reduces Y`` (SPEC 1: a blockade with no
agent named is X's own effect with the polarity turned round), the subject acts with its polarity
turned round: IL-6 promotes bone loss. The nouns that make the subject a target are the words of
kind ``target_noun`` in english_parse_words.tsv.
"""
from __future__ import annotations

from dataclasses import replace

from .english_parse import has_infinitive_to

_PURPOSE = ("xcomp", "advcl", "acl", "relcl")


def targeted(ctx, claim):
    """The claim with its factors turned round where its trigger states the purpose of targeting them."""
    if not _purpose_of_target(ctx, claim.trigger):
        return claim
    return replace(claim, factors=tuple(replace(s, knocked=not s.knocked) for s in claim.factors))


def _purpose_of_target(ctx, tok) -> bool:
    """An infinitive (``to reduce``) hung on a target noun or on the copula whose attribute it is."""
    if tok.dep_ not in _PURPOSE or not has_infinitive_to(tok):
        return False
    head = tok.head
    if _is_target(ctx, head):
        return True
    return any(c.dep_ in ("attr", "dobj") and c.i < tok.i and _is_target(ctx, c) for c in head.children)


def _is_target(ctx, tok) -> bool:
    return tok.pos_ == "NOUN" and ctx.vocab.kind("target_noun", tok.lemma_) is not None
