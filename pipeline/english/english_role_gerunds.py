"""``demonstrated the role of X in promoting Y``: a role noun's owner is the subject of the gerund its in phrase opens.

- ``en.dep.role_gerund``: a trigger gerund opening the ``in`` phrase of a role noun (kind ``role`` of
  english_parse_words.tsv: role, importance, significance), or the ``in`` phrase the parser hung on the role's
  of / for object (``a role for X in promoting Y``), where the role is a claim (en.dep.role's test: a reporting
  verb states it, a word directs it, an adjective of importance marks it): the role's owner (its of / for
  object, or what its possessive names: ``its role in maintaining Y``) acts on the gerund's object as the
  gerund says. ``X plays a role in promoting Y`` needs no construction of its own: the gerund has the
  clause's subject (en.dep.active); a role that only names a topic (``we review the role of X in promoting
  Y``) states nothing.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated
from .english_context import Context, Side
from .english_directions import polarity
from .english_nominals import important, pobjs, reported
from .english_phrases import sides
from .english_verbs import verb_objects, verb_trigger

_OWNERS = ("of", "for")


@construction("en.dep.role_gerund")
def role_gerund(ctx: Context, tok) -> list[Claim]:
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "in":
        return []
    trigger, prep = verb_trigger(ctx, tok)
    if trigger is None:
        return []
    role = _role_of(ctx, tok.head.head)
    if role is None:
        return []
    effect = ctx.vocab.kind("role", role.lemma_)
    if not (reported(ctx, role) or polarity(ctx, role, effect) != effect or important(ctx, role)):
        return []
    factors = [s for o in pobjs(role, _OWNERS) for s in sides(ctx, o, "subject")] or \
        [Side(f) for c in role.children if c.dep_ == "poss" for f in ctx.pronoun(c)]
    targets = verb_objects(ctx, tok, prep)
    named = {s.found for s in factors}
    targets = [s for s in targets if s.found not in named]
    if not factors or not targets:
        return []
    return [Claim("en.dep.role_gerund", tok, trigger.effect, tuple(factors), tuple(targets), negated(ctx, role),
                  hedged(ctx, role), (), trigger.aspect)]


def _role_of(ctx: Context, head):
    """The role noun an in phrase belongs to: its head, the role whose of / for object the parser hung it on, or the
    role that is the object of the verb the parser hung it on."""
    if ctx.vocab.kind("role", head.lemma_) and head.pos_ == "NOUN":
        return head
    if head.pos_ in ("VERB", "AUX"):  # (``demonstrated the role of X in promoting Y``: in hung on the verb)
        return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and ctx.vocab.kind("role", c.lemma_)), None)
    owner_prep = head.head if head.dep_ == "pobj" else None
    if owner_prep is None or owner_prep.lower_ not in _OWNERS:
        return None
    role = owner_prep.head
    return role if ctx.vocab.kind("role", role.lemma_) and role.pos_ == "NOUN" else None
