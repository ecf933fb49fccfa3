"""``X is the key cytokine in the maturation of Y``: a noun of agency with an adjective of importance.

- ``en.dep.key_agent``: X is (X, an apposition) the key / primary / nonredundant cytokine, mediator or
  step (an agent noun of kind ``key_noun`` with an adjective of kind ``importance``, english_parse_words.tsv)
  in / for Y, where Y is a process or what a cell does (an aspect word: the maturation of eosinophils;
  T cell development; inflammatory responses): X promotes Y, or as a nominalised target says (the
  activation of Y: activates). It is ``X is critical for Y`` (en.dep.need) with a noun between: the
  predicate names X by its part in Y; so does an ``as`` phrase on a verb (X was identified / described as
  the obligatory transcription factor for Y). A place (in the serum) or a disease alone is no such part.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated
from .english_nominals import described, one_of, role_targets

_PARTS = frozenset({"process"})


@construction("en.dep.key_agent", words=("key_noun",))
def key_agent(ctx, tok) -> list[Claim]:
    described_as = tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX")
    in_one_of = one_of(tok)  # one of the key cytokines
    if tok.dep_ not in ("attr", "appos") and not described_as and not in_one_of or tok.pos_ not in ("NOUN", "PROPN") \
            or not _key_noun(ctx, tok):
        return []
    effects = [ctx.vocab.kind("importance", c.lower_) for c in tok.children
               if c.dep_ in ("amod", "compound") and c.i < tok.i]  # (``the master transcription factor``)
    effect = next((e for e in effects if e), None)
    if effect is None:
        return []
    # (``X was described as the obligatory factor for Y``: ``for Y`` on the noun, or hung on the verb)
    targets = [s for s in role_targets(ctx, tok, _PREPS) or (_lifted(ctx, tok) if described_as else [])
               if s.aspect is not None or s.effect or s.found.concept.type in _PARTS]
    named = ctx.mention(tok)  # (``X is a cytokine``: the class word names no factor of its own)
    factors = [s for s in described(ctx, tok) if named is None or s.found.concept.id != named.concept.id]
    if not targets or not factors:
        return []
    phrase = tok.head.head if in_one_of else tok
    verb = phrase.head if phrase.dep_ == "attr" else tok.head.head if described_as else phrase
    return [Claim("en.dep.key_agent", tok, effect, tuple(factors), tuple(targets), negated(ctx, verb),
                  hedged(ctx, verb), defer=True)]


_PREPS = ("for", "in")


def _lifted(ctx, tok) -> list:
    """The for / in phrases after the noun that the parser hung on the verb of its ``as`` phrase."""
    return [s for s in role_targets(ctx, tok.head.head, _PREPS) if s.found.cstart > ctx.parsed.span_of(tok.i)[0]]


def _key_noun(ctx, tok) -> bool:
    """A noun that names X by what it does (cytokine, mediator, step): its last word is of kind key_noun."""
    found = ctx.mention(tok)
    word = found.record.surface.lower().split()[-1] if found is not None else tok.lemma_.lower()
    return ctx.vocab.kind("key_noun", word) is not None or ctx.vocab.kind("key_noun", word.rstrip("s")) is not None
