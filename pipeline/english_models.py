"""``Y is impaired in X-deficient mice``: a change stated of a model that lacks X, or of cells given X.

- ``en.dep.changed_in_model``: a trigger participle with no agent of its own (passive, or the
  complement of be: ``is impaired``, ``was markedly increased``, ``were reduced``) whose ``in`` phrase
  names a model knocked down (``in IL-3-deficient mice``, ``in mice lacking X``, ``in the absence of X``)
  or treated (``in mice treated with X``, ``in X-treated cells``), after it or fronted (``In CCR7-deficient
  mice, T cells are impaired in homing``): what changes is the subject. A model
  without X shows what X works against, so the knocked-down factor turns the trigger round (SPEC 1: Y is
  impaired in X-deficient mice: X promotes Y); a treatment acts as the trigger says. It is
  ``en.dep.phenotype`` (X-deficient mice exhibit impaired Y) with the model in a place phrase instead
  of the subject. A place that is no model (``in patients with RA``, ``in the serum``) states nothing.
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context, Side
from .english_participles import _knocked_before, _treated_with
from .english_phrases import sides
from .english_verbs import passive, verb_trigger


@construction("en.dep.changed_in_model")
def changed_in_model(ctx: Context, tok) -> list[Claim]:
    if tok.tag_ not in ("VBN", "JJ") or not (passive(tok) or tok.dep_ == "acomp"):
        return []
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return []  # ``Y is impaired by X``: en.dep.passive_agent's
    trigger, _ = verb_trigger(ctx, tok)
    if trigger is None or trigger.effect in ("binds", "regulates"):
        return []
    factors = [s for c in _places(tok) for o in c.children if o.dep_ == "pobj" for s in model_factors(ctx, o)]
    if not factors:
        return []
    head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if head is None:
        head, _ = subject_head(ctx, tok)
    targets = [s for s in sides(ctx, head) if s.found not in {f.found for f in factors}] if head is not None else []
    if not targets:
        return []
    return [Claim("en.dep.changed_in_model", tok, trigger.effect, tuple(factors), tuple(targets),
                  negated(ctx, tok), hedged(ctx, tok), aspect=trigger.aspect)]


def _places(tok) -> list:
    """The in phrases of the participle, or fronted on the copula it completes (``In CCR7-deficient mice,
    T cells are impaired in homing``)."""
    out = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
    if tok.dep_ == "acomp":
        out += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < tok.i]
    return out


def model_factors(ctx: Context, model) -> list[Side]:
    """What a model phrase changes: the names it knocks down (``IL-3-deficient mice``, ``mice lacking
    IL-3``, ``the absence of IL-3``: knocked) or treats with (``mice treated with IL-3``: as itself);
    none for a model that is only a place (``patients with RA``)."""
    if ctx.mention(model) is not None:
        return []  # ``in osteoclasts``: a named place, not a model
    treated = _treated_with(ctx, model)
    if treated:
        return treated
    knocked = [s for s in sides(ctx, model, "subject") if s.knocked]
    if knocked:
        return knocked
    knocked = _knocked_before(ctx, model)  # (``IL-3-deficient mice``, the adjective hung elsewhere)
    knocked = knocked or [replace(s, knocked=True) for c in model.children
                          if c.dep_ == "amod" and c.i < model.i and ctx.vocab.cue("knockdown", c.lower_)
                          for n in c.children if n.dep_ in ("npadvmod", "compound", "nmod") and n.i < c.i
                          for s in sides(ctx, n, "subject")]  # (``CCR7-deficient and plt/plt mice``)
    if knocked:
        return knocked
    return [replace(s, knocked=True) for c in model.children if c.dep_ == "acl" and ctx.vocab.cue("knockdown", c.lower_)
            for o in c.children if o.dep_ == "dobj" for s in sides(ctx, o, "subject")]
