"""``X synergizes with Z for Y production``: two agents named as working together toward a process.

- ``en.dep.synergy``: a verb of working together (kind ``synergy`` of english_parse_words.tsv:
  synergize, cooperate) with a partner (``with Z``) and what the two work toward (``for`` / ``in`` a
  noun phrase, hung on the verb or on the partner: ``for IFN-γ production``, ``in the induction of Y``):
  the subject and the partner each promote it, in its aspect (production: upregulates), or as a
  nominalised target says. A gerund there (``cooperates with Z in inducing Y``) is the verb's own
  construction's; ``synergizes with Z to induce Y`` is en.dep.co_agent's (the verbs are co_agent words).
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context
from .english_nominals import role_targets
from .english_phrases import sides

_TOWARD = ("for", "in")


@construction("en.dep.synergy", words=("synergy",))
def synergy(ctx: Context, tok) -> list[Claim]:
    effect = ctx.vocab.kind("synergy", tok.lower_)
    if not effect or tok.pos_ != "VERB":
        return []
    withs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i
             for o in c.children if o.dep_ == "pobj"]
    partners = [s for o in withs for s in sides(ctx, o, "subject")]
    # what they work toward, on the verb or on the partner the parser hung it on
    targets = [s for w in [tok] + withs for s in role_targets(ctx, w, _TOWARD) if s.found not in {p.found for p in partners}]
    head, _ = subject_head(ctx, tok)
    factors = (sides(ctx, head, "subject") if head is not None else []) + partners
    if not partners or not targets or len(factors) < 2:
        return []
    return [Claim("en.dep.synergy", tok, effect, tuple(factors), tuple(targets), negated(ctx, tok), hedged(ctx, tok))]
