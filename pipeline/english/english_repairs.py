"""Repairs: claims the English parse reader read with the wrong direction or on a misread parse, put right
before the vetoes (``english_vetoes.vetted``). Each repair is named, keeps the claim's rule (``found_by``)
and the sentence's true claim:

- ``directionless_agent``: ``X is a central regulator in Y`` (en.dep.key_agent): the importance adjective
  gives a direction, but a key noun that names an agent of no direction (words of kind ``agent_noun`` whose
  effect has polarity 0: regulator, modulator, determinant) says only that X regulates Y, as ``a regulator
  of Y`` does (SPEC 1: regulate, modulate: polarity 0).
- ``role_in_disease``: ``X is important / crucial in <disease>`` (en.dep.need with ``in`` before a disease
  named with no aspect): a part in a disease with no direction, as ``plays an important role in`` (SPEC 1
  conventions: regulates); ``X is required for the maintenance of Y`` keeps its direction.
- ``verb_in_phrase``: ``The release of TGF-β during bone resorption recruits MSCs``: the parser read the
  clause as a headline, the finite verb the object of the preposition of the subject noun (during … recruits)
  and the name before it a modifier of the verb; the constructions take that name (the preposition's own
  object) for the subject. The subject is the noun phrase the preposition hangs on (where it names
  nothing, the claim goes).
(A bare trigger verb the parser read as an adjective in a series of predicates, ``X inhibit Treg cells,
exacerbate autoimmunity, and…``, is a second verb of the subject: ``english_coordination.and_verb``.)
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim


def repaired(ctx, claim: Claim) -> Claim:
    """The claim as each repair leaves it."""
    return verb_in_phrase(ctx, role_in_disease(ctx, directionless_agent(ctx, claim)))


def directionless_agent(ctx, claim: Claim) -> Claim:
    """A key-agent claim whose key noun is an agent noun of no direction regulates its targets."""
    from ..relations import EFFECTS  # (the relation stage imports the English reader)

    if claim.rule != "en.dep.key_agent":
        return claim
    own = ctx.vocab.kind("agent_noun", claim.trigger.lemma_.lower()) or ctx.vocab.kind("agent_noun", claim.trigger.lower_)
    if not own or EFFECTS[own] != 0:
        return claim
    return replace(claim, effect=own, defer=False)


def role_in_disease(ctx, claim: Claim) -> Claim:
    """A need claim's targets that are diseases named after ``in`` with no aspect: regulated."""
    if claim.rule != "en.dep.need" or claim.negated:
        return claim
    targets = tuple(replace(s, effect="regulates") if _disease_in(ctx, s) else s for s in claim.targets)
    return claim if targets == claim.targets else replace(claim, targets=targets)


def _disease_in(ctx, side) -> bool:
    if side.found.concept.type != "disease" or side.aspect is not None or side.effect:
        return False
    tokens = ctx.parsed.tokens_within(side.found)
    return bool(tokens) and tokens[-1].dep_ == "pobj" and tokens[-1].head.lower_ == "in"


def verb_in_phrase(ctx, claim: Claim) -> Claim:
    """A claim of a finite verb hung on a preposition of a noun: that noun phrase acts."""
    from .english_phrases import sides

    verb = claim.trigger
    prep = verb.head
    if verb.dep_ != "pobj" or verb.tag_ not in ("VBZ", "VBD", "VBP") or prep.dep_ != "prep":
        return claim
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("ROOT", "nsubj") or noun.i > prep.i:
        return claim
    if not all(prep.i < t.i < verb.i for s in claim.factors for t in ctx.parsed.tokens_within(s.found)):
        return claim  # factors the construction found elsewhere
    return replace(claim, factors=tuple(sides(ctx, noun, "subject")))  # (none named: the claim goes)
