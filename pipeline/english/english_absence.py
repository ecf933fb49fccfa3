"""``CSF-1R−/− mice lack osteoclasts``: what a model without X lacks, X makes (``en.dep.absence``).

A knocked-down model (``X-deficient mice``, ``mice lacking X``, ``X−/− mice``: ``english_models.model_factors``)
is the subject of a word of absence (kind ``absence`` of english_parse_words.tsv: the verb lack, the
adjectives devoid of, depleted of) whose object names cells, molecules or processes: a model without X has
none of Y, so X promotes Y (the absence word inhibits; the knocked-down factor turns it round, SPEC 1). A part
of the model (``lymph nodes of CCR7-deficient mice are devoid of T cells``) speaks for the model. A subject
that is no model (``osteoclasts lack X``, ``mice lack X``) states nothing: a plain absence is no effect.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context
from .english_models import model_factors
from .english_phrases import sides


@construction("en.dep.absence", words=("absence",))
def absence(ctx: Context, tok) -> list[Claim]:
    effect = ctx.vocab.kind("absence", tok.lemma_) or ctx.vocab.kind("absence", tok.lower_)
    if not effect or tok.pos_ not in ("VERB", "ADJ") or tok.dep_ in ("amod", "acl", "relcl"):
        return []  # (``mice lacking X``: the word names the model itself)
    head, _ = subject_head(ctx, tok)
    factors = _model(ctx, head) if head is not None else []
    if not factors:
        return []
    lacked = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i] + \
        [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i
         for o in c.children if o.dep_ == "pobj"]
    named = {f.found for f in factors}
    targets = [s for o in lacked for s in sides(ctx, o) if s.found not in named]
    if not targets:
        return []
    return [Claim("en.dep.absence", tok, effect, tuple(factors), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok))]


def _model(ctx: Context, head) -> list:
    """The knocked-down names of the model ``head`` heads, or of the model a part of it belongs to
    (``lymph nodes of X-deficient mice``)."""
    factors = [f for f in model_factors(ctx, head) if f.knocked]
    if factors:
        return factors
    owners = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return [f for o in owners for f in model_factors(ctx, o) if f.knocked]
