"""``The effects of vitamin D on T cells include inhibition of T cell proliferation and induction of IL-4``: effects
listed as nominalisations.

- ``en.dep.listed_effect``: a nominalised trigger with no agent of its own (``inhibition of Z``) in the object list of a
  verb of listing (its -ing form an example cue of cues.tsv: include), whose subject is an effect noun (kind
  ``effect_noun`` of english_parse_words.tsv: effect, action, influence) of X (``the effects of X``, ``X's effects``):
  X acts on Z as the nominalisation says (the effects are the ones listed). The effects-on claim of the subject
  (en.dep.effect_on: X regulates Y) gives way to them (english_vetoes.listed_effects); where the list holds no
  nominalised trigger (``the effects of OSM on bone metabolism include direct and indirect actions``) it stands.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated
from .english_context import Context
from .english_phrases import sides


@construction("en.dep.listed_effect", words=("trigger",))
def listed_effect(ctx: Context, tok) -> list[Claim]:
    """inhibition of Z, listed as an effect of X (the effects of X include inhibition of Z): X → Z."""
    trigger = _agentless_trigger(ctx, tok)
    verb = _listing_verb(ctx, tok) if trigger is not None else None
    if verb is None:
        return []
    # each item its own: the names of its of phrase, up to the next nominalisation of the list
    end = next((ctx.parsed.span_of(t.i)[0] for t in tok.doc[tok.i + 1:] if _agentless_trigger(ctx, t) is not None),
               None)
    targets = [s for o in _of_objects(tok) for s in sides(ctx, o)
               if s.effect is None and (end is None or s.found.cstart < end)]
    factors = [s for noun in effect_subjects(ctx, verb) for s in _owners(ctx, noun)]
    if not targets or not factors:
        return []
    return [Claim("en.dep.listed_effect", tok, trigger.effect, tuple(factors), tuple(targets), negated(ctx, verb),
                  hedged(ctx, verb), (), trigger.aspect)]


def listing_verb_of(ctx: Context, noun):
    """The verb of listing whose subject ``noun`` is (``the effects … include``), else None."""
    if not noun.dep_.startswith("nsubj"):
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and ctx.vocab.cue("example", _ing(verb.lemma_)) else None


def lists_nominal_triggers(ctx: Context, verb) -> bool:
    """Whether the object of a verb of listing holds a nominalised trigger (inhibition of Z, induction of W)."""
    return any(_agentless_trigger(ctx, t) is not None for o in verb.children if o.dep_ == "dobj" for t in o.subtree)


def effect_subjects(ctx: Context, verb) -> list:
    """The subjects of ``verb`` that are effect nouns (the effects, the actions; ``The in vivo effects``: the
    parser makes ``The`` the subject, the effects the object of ``in`` under it)."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    nouns = subjects + [o for c in subjects for p in c.children if p.dep_ == "prep" and p.i == c.i + 1
                        for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if n.pos_ == "NOUN" and ctx.vocab.kind("effect_noun", n.lemma_) is not None]


def _agentless_trigger(ctx: Context, tok):
    """The noun trigger of ``tok`` with an of object and no agent of its own (no by phrase, no possessive)."""
    if tok.pos_ != "NOUN" or ctx.mention(tok) is not None:
        return None
    trigger = ctx.vocab.trigger(tok.lemma_, ("noun",)) or ctx.vocab.trigger(tok.lower_, ("noun",))
    if trigger is None or trigger.effect == "binds":
        return None
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "agent") and c.i > tok.i}
    if not _of_objects(tok) or "by" in preps or any(c.dep_ == "poss" for c in tok.children):
        return None
    return trigger


def _of_objects(tok) -> list:
    """The objects of the noun's of phrase: its own, or the one right after it that the parser hung on a name
    before (``inhibition of IFN-γ, IL-17 and induction of IL-4``: ``of IL-4`` on IL-17)."""
    own = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > tok.i
           for o in p.children if o.dep_ == "pobj"]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if own or after is None or after.lower_ != "of" or after.dep_ != "prep":
        return own
    return [o for o in after.children if o.dep_ == "pobj"]


def _listing_verb(ctx: Context, tok):
    """The verb of listing whose object list ``tok`` stands in (the object or a conjunct of it, or of a name
    in it: the parser hangs the next item on the last name of the item before), with an effect noun subject."""
    word, steps = tok, 0
    while word.dep_ in ("conj", "pobj", "prep") and word.head.i != word.i and steps < 12:
        word, steps = word.head, steps + 1
    if word.dep_ != "dobj" or word.i > tok.i:
        return None
    verb = word.head
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return verb if effect_subjects(ctx, verb) and listing_verb_of(ctx, subjects[0]) is not None else None


def _owners(ctx: Context, noun) -> list:
    """Whose effects: the of object, or a possessive name (``X's effects``)."""
    return [s for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i
            for o in p.children if o.dep_ == "pobj" for s in sides(ctx, o, "subject")] or \
        [s for c in noun.children if c.dep_ == "poss" for s in sides(ctx, c, "subject")]


def _ing(lemma: str) -> str:
    """The -ing form of a verb's lemma (include: including)."""
    return (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"
