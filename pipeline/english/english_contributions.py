"""``the contribution of pDCs to the pathogenesis of lupus`` / ``X is a major contributor to Y``: the noun of
``contribute to``.

- ``en.dep.contribution``: a noun of contributing (kind ``contribution`` of english_parse_words.tsv:
  contribution, contributor; its value the effect) with a to object Y and an owner X: its of / by object
  (``a functional contribution by the cytokine MIF to tumor angiogenesis``), a possessive or a name right before it
  (``TREM-2 contribution to osteoclast biology``), or, for ``X is a contributor to Y`` / ``X, a contributor to
  Y``, what the noun describes: X promotes Y (as ``X contributes to Y``, en.dep.active). A contribution the
  sentence denies or hedges is so stated.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated
from .english_context import Context
from .english_nominals import described, pobjs
from .english_phrases import sides


@construction("en.dep.contribution", words=("contribution",))
def contribution(ctx: Context, tok) -> list[Claim]:
    """contribution of X to Y / X's contribution to Y / X is a contributor to Y: X promotes Y."""
    effect = ctx.vocab.kind("contribution", tok.lemma_.lower())
    if not effect or tok.pos_ != "NOUN" or ctx.mention(tok) is not None:
        return []
    targets = [s for o in pobjs(tok, ("to",), lifted=True) for s in sides(ctx, o)]
    factors = _owners(ctx, tok) or described(ctx, tok)
    factors = [s for s in factors if s.found not in {t.found for t in targets}]
    if not targets or not factors:
        return []
    clause = tok.head if tok.dep_ in ("attr", "dobj") else tok
    return [Claim("en.dep.contribution", tok, effect, tuple(factors), tuple(targets), negated(ctx, clause),
                  hedged(ctx, clause), defer=True)]


def _owners(ctx: Context, tok) -> list:
    """Whose contribution: the of / by object, a possessive, or a name hung right before the noun."""
    owners = [s for o in pobjs(tok, ("of", "by")) for s in sides(ctx, o, "subject")]
    owners += [s for c in tok.children if c.dep_ == "poss" for s in sides(ctx, c, "subject")]
    owners += [s for c in tok.children if c.dep_ in ("compound", "nmod") and c.i == tok.i - 1
               and ctx.mention(c) is not None for s in sides(ctx, c, "subject")]
    return owners
