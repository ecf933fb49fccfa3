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
- ``verb_read_as_adjective``: in a series of predicates (``X inhibit Treg cells, exacerbate autoimmunity,
  and…``) the parser may read a bare verb as an adjective on its object and hang that object on the
  object before it as a conjunct: the object is the verb's, with the verb's own effect, not the first verb's.
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim


def repaired(ctx, claim: Claim) -> list[Claim]:
    """The claim as each repair leaves it (a split claim gives several)."""
    claim = directionless_agent(ctx, claim)
    claim = role_in_disease(ctx, claim)
    return verb_read_as_adjective(ctx, claim)


def directionless_agent(ctx, claim: Claim) -> Claim:
    """A key-agent claim whose key noun is an agent noun of no direction regulates its targets."""
    from .relations import EFFECTS  # (the relation stage imports the English reader)

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
    tokens = _tokens(ctx, side.found)
    return bool(tokens) and tokens[-1].dep_ == "pobj" and tokens[-1].head.lower_ == "in"


def verb_read_as_adjective(ctx, claim: Claim) -> list[Claim]:
    """The claim without the targets a bare trigger verb, read as their adjective, acts on; a claim of
    that verb for them (its factors the claim's)."""
    moved: dict[int, list] = {}
    verbs = {}
    for side in claim.targets:
        verb = _verb_as_adjective(ctx, side)
        if verb is not None:
            moved.setdefault(verb.i, []).append(side)
            verbs[verb.i] = verb
    if not moved:
        return [claim]
    kept = tuple(s for s in claim.targets if not any(s is m for ms in moved.values() for m in ms))
    out = [replace(claim, targets=kept)] if kept else []
    for i, sides in moved.items():
        effect = ctx.vocab.trigger(verbs[i].lower_, ("verb",)).effect
        out.append(replace(claim, trigger=verbs[i], effect=effect, targets=tuple(replace(s, effect=None) for s in sides),
                           aspect=None, defer=False))
    return out


def _verb_as_adjective(ctx, side):
    """The trigger verb (its plain form, which no adjective has) the parser made an adjective of the
    side's token, itself a conjunct of an earlier object: ``…, exacerbate autoimmunity``."""
    tokens = _tokens(ctx, side.found)
    if not tokens:
        return None
    head = tokens[-1]
    if head.dep_ != "conj":
        return None
    for c in head.children:
        if c.dep_ == "amod" and c.i < head.i and c.tag_ == "JJ" and c.lower_ == c.lemma_.lower() \
                and ctx.mention(c) is None and ctx.vocab.trigger(c.lower_, ("verb",)) is not None \
                and not c.lower_.endswith(("ed", "ing")) and _opens_the_phrase(c, head):
            return c
    return None


def _opens_the_phrase(adjective, head) -> bool:
    """The adjective is the first word of the conjunct (a verb opens its predicate: no article before it)."""
    return min(t.i for t in head.subtree) == adjective.i


def _tokens(ctx, found) -> list:
    parsed = ctx.parsed
    return [t for t in parsed.doc if found.cstart <= parsed.spans[t.i][0] and parsed.spans[t.i][1] <= found.cend]
