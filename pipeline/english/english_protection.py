"""``type 2 responses provide protection against helminth infections``: a protection given against Y.

- ``en.dep.protection``: a verb of giving (kind ``conferring`` of english_parse_words.tsv: provide, confer,
  offer, afford) whose object is a noun of protection (kind ``protection``: protection) with an
  against / from / to phrase: the subject inhibits what it protects against.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context
from .english_phrases import sides

_AGAINST = ("against", "from", "to")


@construction("en.dep.protection", words=("conferring",))
def protection(ctx: Context, tok) -> list[Claim]:
    if tok.pos_ != "VERB" or ctx.vocab.kind("conferring", tok.lemma_) is None:
        return []
    shields = [c for c in tok.children if c.dep_ == "dobj" and ctx.vocab.kind("protection", c.lemma_) is not None]
    # (the parser hangs ``against Y`` on the noun or on the verb)
    holders = shields + ([tok] if shields else [])
    targets = [s for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _AGAINST and p.i > shields[0].i
               for o in p.children if o.dep_ == "pobj" for s in sides(ctx, o)]
    head, _ = subject_head(ctx, tok)
    factors = sides(ctx, head, "subject") if head is not None else []
    if not targets or not factors:
        return []
    return [Claim("en.dep.protection", tok, "inhibits", tuple(factors), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok))]
