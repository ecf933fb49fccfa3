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

import re
from dataclasses import replace

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context, Side
from .english_participles import knocked_before, treated_with
from .english_phrases import sides
from .english_verbs import passive, verb_trigger


@construction("en.dep.changed_in_model", words=("trigger",))
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
    IL-3``, ``mice deficient in IL-3``, ``IL-3−/− mice``, ``the absence of IL-3``, ``STAT3-deficient T cells``:
    knocked) or treats with (``mice treated with IL-3``: as itself); none for a model that is only a place
    (``patients with RA``, ``in osteoclasts``)."""
    named = ctx.mention(model) is not None
    treated = [] if named else treated_with(ctx, model)
    if treated:
        return treated
    knocked = [s for s in sides(ctx, model, "subject") if s.knocked] or \
        knocked_before(ctx, model)  # (``IL-3-deficient mice``, the adjective hung elsewhere)
    if knocked:
        return knocked
    if named:
        return _null_marked(ctx, model)  # (``in IL-6−/− mice``: the name heads it)
    knocked = [replace(s, knocked=True) for c in model.children
               if c.dep_ in ("amod", "acl") and ctx.vocab.cue("knockdown", c.lower_)
               for n in _knocked_names(c) for s in sides(ctx, n, "subject")]
    return knocked or _null_marked(ctx, model)


def _knocked_names(word) -> list:
    """The names a knock-down word hung on the model is of: before it (``CCR7-deficient and plt/plt mice``),
    or its in / of object or its object after it (``mice deficient in X``, ``mice lacking X``)."""
    if word.i < word.head.i:
        return [n for n in word.children if n.dep_ in ("npadvmod", "compound", "nmod") and n.i < word.i]
    return [o for c in word.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("in", "of")
            for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]


_NULL = re.compile(r"^\(?[-−–]?/[-−–]\)?$")  # −/−, -/-, /- (the parser splits the mark)


def _null_marked(ctx: Context, model) -> list[Side]:
    """``IL-6−/− mice``: a name right before a null mark, in the model phrase."""
    doc = model.doc
    phrase = [t for t in model.subtree] + ([model.head] if model.dep_ != "pobj" else [])
    lo = min(t.i for t in phrase)
    out = []
    for k in range(max(lo - 1, 0), model.i + 1):
        if ctx.mention(doc[k]) is None:
            continue
        after = k + 1 if k + 1 < len(doc) and doc[k + 1].text not in ("-", "−") else k + 2
        if after < len(doc) and _NULL.match(doc[after].text):
            out += [replace(s, knocked=True) for s in sides(ctx, doc[k], "subject")]
    return out
