"""``X-deficient mice exhibit increased Y``: what a knocked-down model shows (``en.dep.phenotype``).

A model without X (``X-deficient mice``, ``mice lacking X``, ``mice deficient in X``, ``X−/− mice``,
``X KO mice``: ``english_models.model_factors``) as the subject of a verb of showing (kind ``phenotype`` of
english_parse_words.tsv) shows what X works against: the knocked-down factor turns the effect round
(SPEC 1: X downregulates Y, X inhibits Y). Cells treated with X (``TNF-α-treated chondrocytes``) act as
the change says. A changed object says the direction; a bare one is a disease or process shown.
"""
from __future__ import annotations

from ..relations.data import INVERSE
from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context
from .english_models import model_factors
from .english_nominals import aspect_word
from .english_participles import treated_with
from .english_phrases import sides, with_aspect
from .english_verbs import VERB_FORMS


@construction("en.dep.phenotype", words=("phenotype", "trigger"))
def phenotype(ctx: Context, tok) -> list[Claim]:
    """X-deficient mice exhibit increased Y / mice lacking X develop Y / X−/− mice are protected from Y."""
    effect = ctx.vocab.kind("phenotype", tok.lower_) or ctx.vocab.kind("phenotype", tok.lemma_)
    # what it shows: its object (a verb the tagger took for a noun still has one), or what it is
    # protected from, resistant or susceptible to
    shown = [c for c in tok.children if c.dep_ == "dobj"] or \
        [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "against", "to") and c.i > tok.i
         for o in c.children if o.dep_ == "pobj"]
    perfect = _shown_as_perfect(ctx, tok) if effect is None else None
    if perfect is not None:
        effect, shown = perfect
    if effect is None or not shown:
        return []
    if any(c.dep_ == "advmod" and c.lower_ == "less" for c in tok.children):
        effect = INVERSE[effect]  # ``less prone to Y``, ``less susceptible to Y``: the model is spared Y
    head, _ = subject_head(ctx, tok)
    if head is None:
        return []
    treated = treated_with(ctx, head) if ctx.mention(head) is not None else []
    if ctx.mention(head) is not None and not treated:
        return []
    factors = treated or [f for f in model_factors(ctx, head) if f.knocked]
    if not factors:
        return []
    claims = []
    for obj in shown:
        for o in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
            targets = sides(ctx, o)
            # ``reduced bone loss``: the phrase says its change itself (inhibits), the verb only shows it
            changed = "promotes" if any(t.effect for t in targets) else _changed_by(ctx, o)
            if perfect is not None and o.head.i == tok.i and o.dep_ == "dobj":
                changed = changed or effect  # (``have reduced bone mass``: the participle's change)
            targets = [t for t in targets if changed is not None or not treated and t.found.concept.type in _SHOWN_TYPES]
            if targets:
                claims.append(Claim("en.dep.phenotype", tok, changed or effect, tuple(factors), tuple(targets),
                                    negated(ctx, tok), hedged(ctx, tok)))
    return claims


_SHOWN_TYPES = frozenset({"disease", "process", "phenotype"})


def _shown_as_perfect(ctx: Context, tok):
    """``Leptin-deficient mice have reduced bone mass``: the parser reads ``have`` (a phenotype word) as the
    auxiliary of a participle of change, which it makes the verb; what the model has is the participle's
    object, changed as the participle says (reduce: downregulates), and the nouns coordinated with the participle
    (``has reduced A but increased B``), each changed as its own participle says. (effect, shown), else None."""
    aux = [c for c in tok.children if c.dep_ == "aux" and c.lemma_ == "have"]
    trigger = ctx.vocab.trigger(tok.lemma_, VERB_FORMS) if tok.tag_ == "VBN" and aux else None
    if trigger is None or ctx.vocab.kind("phenotype", aux[0].lemma_) is None \
            or trigger.effect not in ("upregulates", "downregulates", "promotes", "inhibits"):
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    others = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i]
    return (trigger.effect, objects + others) if objects else None


def _changed_by(ctx: Context, obj) -> str | None:
    """The effect of a trigger participle before a shown noun (increased bone mass: upregulates)."""
    for c in obj.children:
        if c.i < obj.i and c.dep_ in ("amod", "compound") and ctx.mention(c) is None:
            t = ctx.vocab.trigger(c.lemma_, VERB_FORMS) or ctx.vocab.trigger(c.lower_, VERB_FORMS)
            if t is not None:
                return t.effect
    return None


@construction("en.dep.model_fails", words=("failure",))
def model_fails(ctx: Context, tok) -> list[Claim]:
    """``TREM-2-deficient precursors fail to differentiate into osteoclasts`` / ``in Ccr7−/− mice, DCs fail to
    migrate`` / ``X-deficient mice fail to form germinal centres``: a knocked-down model (the subject, or a fronted
    in phrase) fails at what X brings about. The failed verb a verb of happening (kind happening: differentiate,
    migrate, proliferate): X promotes the subject's change of that aspect, or the cells it differentiates into; a
    trigger verb with an object: X acts on the object as the trigger says (the failure and the knock-down cancel)."""
    action = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    head, _ = subject_head(ctx, tok)
    if action is None or head is None or ctx.vocab.kind("failure", tok.lemma_) is None:
        return []
    factors = [f for f in model_factors(ctx, head) if f.knocked] or \
        [f for c in _fronted_places(tok) for o in c.children if o.dep_ == "pobj" for f in model_factors(ctx, o) if f.knocked]
    if not factors:
        return []
    made = _failed_change(ctx, action, head)
    if made is None:
        return []
    effect, targets = made
    named = {f.found for f in factors}
    targets = [t for t in targets if t.found not in named]
    if not targets:
        return []
    return [Claim("en.dep.model_fails", tok, effect, tuple(factors), tuple(targets), negated(ctx, tok), hedged(ctx, tok))]


def _fronted_places(tok) -> list:
    """The in phrases before the verb (``In Ccr7−/− mice, DCs fail to…``)."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < tok.i]


def _failed_change(ctx: Context, action, head):
    """(effect, targets) the model fails at, as X's own (the knock-down turns it round later): a verb of happening,
    the subject's change of its aspect (or the cells it differentiates into); a trigger verb, its object."""
    happening = ctx.vocab.kind("happening", action.lemma_)
    if happening:
        aspect = aspect_word(ctx, happening)
        into = [o for c in action.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
        owners = [s for o in into for s in sides(ctx, o)] or sides(ctx, head)
        return "inhibits", [with_aspect(ctx, s, aspect) for s in owners]
    trigger = ctx.vocab.trigger(action.lemma_, VERB_FORMS)
    objects = [c for c in action.children if c.dep_ == "dobj"]
    if trigger is None or not objects or trigger.effect in ("binds", "regulates"):
        return None
    return INVERSE[trigger.effect], [s for o in objects for s in sides(ctx, o)]
