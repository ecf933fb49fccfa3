"""Noun constructions of the English dependency reader.

- ``en.dep.nominal``: a nominalised trigger with its agent: ``inhibition of X by
  Y``, ``Y's activation of X`` (Y → X); ``the binding of X to Y`` (X binds Y).
- ``en.dep.means``: a nominalised trigger with no agent of its own, reached from
  a clause through ``through``/``by``/``via``/``in``: the clause's subject is its
  agent (``IL-17A plays a role in cartilage damage through the induction of
  collagenases``).
- ``en.dep.role``: ``X plays a (protective) role in Y``; in a nominalisation or a
  trigger verb, that word's effect (``a key role in activation of Y``).
- ``en.dep.need``: ``X is required / critical / essential for Y``: X promotes Y.
- ``en.dep.involved``: ``X is involved / implicated in Y``: X regulates Y.
- ``en.dep.effect_on``: ``X has (anti-anabolic) effects on Y`` / ``the effects of X
  on Y``: regulates, or the direction its adjective gives.
- ``en.dep.agent_noun``: ``X, an inhibitor of Y`` / ``X is a regulator of Y`` /
  ``the Y antagonist X``: X acts on Y as the noun says.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import MOLECULES, Context, Side
from .english_directions import polarity
from .english_phrases import MOLECULE_ASPECTS, mention_side, sides, with_aspect
from .english_requirements import names_a_process
from ..dictionary.lexicon import fold
from ..names.mentions import Found
from ..records import box_columns

def pobjs(tok, words: tuple[str, ...], lifted: bool = False) -> list:
    """The objects of ``tok``'s prepositions ``words`` after it (a gerund object too: ``in
    promoting X``; ``on X and on Y``: both); a phrase before the word (``In tumors, cytokines are
    involved…``) is a place.
    ``lifted``: where the word has none, those the parser hung on the verb whose object (or the
    copula whose complement) the word is (``demonstrated the effects of X on Y``: ``on Y`` under the verb)."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in words and c.i > tok.i]
    preps += [d for c in preps for d in c.children if d.dep_ == "conj" and d.lower_ in words]  # on X and on Y
    out = [o for c in preps for o in c.children if o.dep_ in ("pobj", "pcomp")]
    if not out and lifted and tok.dep_ in ("dobj", "acomp"):
        # (``X is not essential for Y``: the parser hangs ``for Y`` on the copula)
        out = [o for c in tok.head.children if c.dep_ == "prep" and c.lower_ in words and c.i > tok.i
               for o in c.children if o.dep_ in ("pobj", "pcomp")]
    return out


def _noun_trigger(ctx: Context, tok):
    if tok.pos_ not in ("NOUN", "PROPN") or ctx.mention(tok) is not None:
        return None
    return ctx.vocab.trigger(tok.lemma_, ("noun",)) or ctx.vocab.trigger(tok.lower_, ("noun",))


def _gerund(ctx: Context, tok) -> bool:
    """A target phrase that is a trigger verb (``crucial in mediating X``): the verb's own
    construction reads it, with the subject of the clause; the role or need states nothing more."""
    return tok.tag_ == "VBG" and ctx.vocab.trigger(tok.lemma_, ("verb",)) is not None


def role_targets(ctx: Context, tok, words: tuple[str, ...], lifted: bool = False) -> list:
    """What a role, need or involvement is in or for (``a role in the activation of X``: X,
    with the nominalisation's effect, which the claim defers to)."""
    return [s for o in pobjs(tok, words, lifted) if not _gerund(ctx, o) for s in sides(ctx, o)]


@construction("en.dep.nominal", words=("trigger",))
def nominal(ctx: Context, tok) -> list[Claim]:
    """inhibition of X by Y / Y's activation of X: Y → X."""
    trigger = _noun_trigger(ctx, tok)
    if trigger is None:
        return []
    targets = [s for o in pobjs(tok, ("of",)) for s in sides(ctx, o)]
    agents = [s for o in pobjs(tok, ("by",)) + _by_after_of(tok) for s in sides(ctx, o, "subject")]
    agents += [s for c in tok.children if c.dep_ == "poss" for s in sides(ctx, c, "subject")]
    if targets and not agents:
        agents = _name_before(ctx, tok)
    partners = [s for o in pobjs(tok, ("to", "with")) for s in sides(ctx, o)] if trigger.effect == "binds" else []
    if partners and not agents:
        # ``the binding of RANKL to RANK``: what binds is what the noun is of; ``X, through its interaction
        # with Y`` / ``Through their interactions with Y, X and Z…``: what its / their names
        agents = [s for o in pobjs(tok, ("of",)) for s in sides(ctx, o, "subject")] or \
            [Side(f) for c in tok.children if c.dep_ == "poss" for f in ctx.pronoun(c)]
        targets = partners
    if trigger.effect == "binds" and not agents:
        agents, targets = _reciprocal(ctx, tok) or (agents, targets)
    if trigger.effect == "binds":
        # binding is between molecules: cells that interact with their niche bind nothing
        agents = [s for s in agents if s.found.concept.type in MOLECULES]
        targets = [s for s in targets if s.found.concept.type in MOLECULES]
    if not targets or not agents:
        return []
    return [Claim("en.dep.nominal", tok, trigger.effect, tuple(agents), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok), (), trigger.aspect)]


def _reciprocal(ctx: Context, tok):
    """``the interaction of TIM3 and Galectin 9`` / ``the interaction between CD28 and CD80``: a noun of binding
    whose of / between phrase names two molecules joined by ``and``: the first binds the second."""
    named = [s for o in pobjs(tok, ("of", "between")) for s in sides(ctx, o, "subject")]
    starts = sorted({s.found.cstart for s in named})
    if len(starts) != 2:
        return None
    first_end = max(s.found.cend for s in named if s.found.cstart == starts[0])
    if " as well as " in ctx.parsed.view.clean.text[first_end:starts[1]].lower():
        return None  # ``the binding of IL-1α as well as IL-1β``: each binds something else, not each other
    return [s for s in named if s.found.cstart == starts[0]], [s for s in named if s.found.cstart == starts[1]]


def _name_before(ctx: Context, tok) -> list[Side]:
    """``IL-1β stimulation of osteoclast formation`` / ``TNFα inhibition of osteoclast formation``: a
    molecule or cell hung right before a nominalisation with an ``of`` object is its agent (without the
    ``of`` object, ``IL-6 inhibition`` is IL-6 inhibited: a knock-down, not an agent)."""
    before = tok.doc[tok.i - 1] if tok.i else None
    found = ctx.mention(before) if before is not None and before.head.i == tok.i and \
        before.dep_ in ("compound", "nmod", "npadvmod", "amod") else None
    if found is None or found.concept.type not in _AGENT_TYPES:
        return []
    return sides(ctx, before, "subject")


_AGENT_TYPES = frozenset({"gene", "family", "pathway", "ncrna", "drug", "cell"})


def _by_after_of(tok) -> list:
    """``inhibition of osteoclast formation by IL-4``: the agent the parser hung on the object of
    ``of`` (a by-phrase right after it, not under a participle: ``of X mediated by Y`` is X's)."""
    return [o for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" and of.i > tok.i
            for obj in of.children if obj.dep_ == "pobj"
            for by in obj.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj"]


@construction("en.dep.means", words=("trigger",))
def means(ctx: Context, tok) -> list[Claim]:
    """A clause's subject acts through a nominalisation it reaches by through/by/via/in."""
    trigger = _noun_trigger(ctx, tok)
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # ``through the induction of X and the release of Y``
    if trigger is None or first.dep_ != "pobj" or ctx.vocab.kind("means", first.head.lower_) is None \
            and not _able_of(ctx, first.head):
        return []
    if first.head.dep_ == "agent":
        return []  # ``was increased by IL-6 stimulation``: a passive's agent, not a means (en.dep.passive_agent)
    if pobjs(tok, ("by",)) or any(c.dep_ == "poss" for c in tok.children):
        return []  # its own agent: en.dep.nominal
    targets = [s for o in pobjs(tok, ("of",)) for s in sides(ctx, o)] or \
        [s for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and ctx.mention(c) is not None
         for s in sides(ctx, c)]  # ``through STAT3 activation``: the name before the noun (``by osteoclast
    # stimulation``: the parser takes a cell name there for an adjective)
    governor = first.head.head
    if _passive_trigger(ctx, governor):
        return []  # ``Y is inhibited via suppression of X``: Y is acted on, not the actor (en.dep.passive_agent)
    head = _clause_subject(ctx, governor)
    factors = sides(ctx, head, "subject") if head is not None else []
    if not targets or not factors:
        return []
    claims = [Claim("en.dep.means", tok, trigger.effect, tuple(factors), tuple(targets), negated(ctx, governor),
                    hedged(ctx, governor), (), trigger.aspect)]
    fates = _coordinated_fates(ctx, tok) if trigger.effect in _RAISING and not pobjs(tok, ("of",)) else []
    if fates:
        # ``by osteoclast stimulation, proliferation and survival``: the name before the first noun is the
        # one the bare aspect nouns coordinated with it are of; the clause's subject promotes each
        claims.append(Claim("en.dep.means", tok, "promotes", tuple(factors),
                            tuple(with_aspect(ctx, replace(s, aspect=None), a) for a in fates for s in targets),
                            negated(ctx, governor), hedged(ctx, governor)))
    return claims


_RAISING = frozenset({"promotes", "activates", "induces", "upregulates"})


def _able_of(ctx: Context, prep) -> bool:
    """``X is capable of induction of Y``: the of phrase of an adjective of ability (words of kind able)."""
    return prep.lower_ == "of" and ctx.vocab.kind("able", prep.head.lower_) is not None


def _coordinated_fates(ctx: Context, tok) -> list:
    """The aspect words coordinated with a nominalised trigger that have no words of their own
    (``stimulation, proliferation and survival``): what else the name before it undergoes."""
    out, todo = [], [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        c = todo.pop(0)
        own = [d for d in c.children if d.dep_ not in ("punct", "cc", "conj")]
        word = ctx.vocab.aspect(c.lower_)
        if own or word is None or _noun_trigger(ctx, c) is not None or ctx.mention(c) is not None:
            return []
        out.append(word)
        todo += [d for d in c.children if d.dep_ == "conj"]
    return out


def _passive_trigger(ctx: Context, verb) -> bool:
    """A trigger verb in the passive: its subject is what it acts on."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and \
        ctx.vocab.trigger(verb.lemma_.lower(), ("verb",)) is not None


def _clause_subject(ctx: Context, tok):
    """The subject of the clause ``tok`` (a verb, an adjective or a role noun) belongs to."""
    while tok.pos_ not in ("VERB", "AUX", "ADJ") and tok.head.i != tok.i:
        tok = tok.head
    head, _ = subject_head(ctx, tok)
    return head


@construction("en.dep.role", words=("role",))
def role(ctx: Context, tok) -> list[Claim]:
    """X plays / has a (key, protective) role in Y: X regulates Y (or the adjective's direction).
    A role named as a noun states it only where a verb reports it or a word gives it a
    direction (``pointing to a protective role of X in Y``, ``suggest a role for X in Y``);
    ``the roles of cytokines in bone diseases`` is a topic, not a claim."""
    effect = ctx.vocab.kind("role", tok.lemma_)
    if not effect or tok.pos_ != "NOUN":
        return []
    targets = role_targets(ctx, tok, ("in",), lifted=True)
    directed = polarity(ctx, tok, effect)
    played = _played_by(ctx, tok)
    if tok.dep_ == "dobj" and ctx.vocab.kind("role_verb", tok.head.lemma_) is not None:
        head, _ = subject_head(ctx, tok.head)
        factors = sides(ctx, head, "subject") if head is not None else []
        clause = tok.head
    elif played is not None and (reported(ctx, tok) or directed != effect or important(ctx, tok)):
        # ``the pivotal role played by X in Y``: the participle's agent plays it, in Y under the participle
        factors = [s for o in pobjs(played, ("by",)) for s in sides(ctx, o, "subject")]
        targets = targets or role_targets(ctx, played, ("in",))
        clause = tok
    elif reported(ctx, tok) or directed != effect:
        owners = pobjs(tok, ("of", "for"))  # (``indicates a role for X in Y``: in Y hung on X by the parser)
        factors, clause = [s for o in owners for s in sides(ctx, o, "subject")], tok
        targets = targets or [s for o in owners for s in role_targets(ctx, o, ("in",))]
    else:
        return []
    if not targets or not factors:
        return []
    return [Claim("en.dep.role", tok, directed, tuple(factors), tuple(targets), negated(ctx, clause),
                  hedged(ctx, clause), defer=True)]


def _played_by(ctx: Context, tok):
    """The participle of a role verb hung on the role noun with a by-agent (``the role played by X``), else None."""
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and ctx.vocab.kind("role_verb", c.lemma_) is not None
                 and any(p.dep_ == "agent" or p.lower_ == "by" for p in c.children)), None)


def important(ctx: Context, tok) -> bool:
    """A role noun with an adjective of importance (a pivotal / key role: importance words)."""
    return any(c.dep_ == "amod" and ctx.vocab.kind("importance", c.lower_) is not None for c in tok.children)


def reported(ctx: Context, tok) -> bool:
    """A noun that is what a reporting verb states (``suggest a role``, ``pointing to a role``,
    ``the role of X in Y was demonstrated``)."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj", "nsubjpass") and ctx.vocab.kind("report", head.lemma_) is not None


@construction("en.dep.need", words=("need",))
def need(ctx: Context, tok) -> list[Claim]:
    """X is required / critical / essential for Y (X, crucial in mediating Y): X promotes Y."""
    effect = ctx.vocab.kind("need", tok.lower_)
    if not effect or tok.pos_ not in ("ADJ", "VERB"):
        return []
    denied_for = _denied_for(ctx, tok)
    targets = [s for s in role_targets(ctx, tok, _NEED_PREPS, lifted=True) if s.found not in {d.found for d in denied_for}]
    head, _ = subject_head(ctx, tok)
    factors = sides(ctx, head, "subject") if head is not None else []
    if not (targets or denied_for) or not factors:
        return []
    denied = negated(ctx, tok) or any(f.negated for f in factors)  # (``neither X nor Z is required``)
    # ``X is not required for Y`` says X has no part in Y: no direction is denied but a role
    out = [Claim("en.dep.need", tok, "regulates" if denied else effect, tuple(factors), tuple(targets), denied,
                 hedged(ctx, tok), defer=not denied)] if targets else []
    if denied_for:
        out.append(Claim("en.dep.need", tok, "regulates", tuple(factors), tuple(denied_for), True, hedged(ctx, tok)))
    return out


# what a need is for: ``required for Y``, ``crucial in mediating Y``, ``vital to Y``
_NEED_PREPS = ("for", "in", "to")


def _denied_for(ctx: Context, tok) -> list:
    """``X is required for Y, although not for Z``: what a need is denied for (a for / in phrase after
    the word with its own ``not``): X has no part in Z."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "advcl") and c.lower_ in _NEED_PREPS and c.i > tok.i
             and any(n.dep_ == "neg" for n in c.children)]
    return [s for c in preps for o in c.children if o.dep_ in ("pobj", "pcomp") and not _gerund(ctx, o)
            for s in sides(ctx, o)]


@construction("en.dep.dependent", words=("dependence",))
def dependent(ctx: Context, tok) -> list[Claim]:
    """Y is dependent on X (Y was entirely dependent on the presence of X), Y depends on X (the generation
    of mast cells depends on STAT5): X promotes Y."""
    verb = tok.pos_ == "VERB" and tok.tag_ != "VBN"
    effect = ctx.vocab.kind("dependence", tok.lemma_ if verb else tok.lower_)
    if not effect or not verb and (tok.pos_ != "ADJ" or tok.dep_ != "acomp"):
        return []
    head, how = subject_head(ctx, tok)
    if head is None or how != "own" or ctx.mention(head) is None and not (verb and names_a_process(ctx, head)):
        return []  # (``Both IL-4 effects were dependent on STAT6``: what depends is no name, nor a process of one)
    factors = [s for o in pobjs(tok, ("on", "upon")) if not _gerund(ctx, o) for s in sides(ctx, o, "subject")]
    targets = sides(ctx, head)
    if not factors or not targets:
        return []
    return [Claim("en.dep.dependent", tok, effect, tuple(factors), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok))]


@construction("en.dep.response", words=("response",))
def response(ctx: Context, tok) -> list[Claim]:
    """Y responds to X (cells produce and respond to IL-6): X regulates Y, in the aspect the
    ``response`` word gives (english_parse_words.tsv: respond, activity); the subject as the verb's
    (shared from the verb it is coordinated with)."""
    aspect = ctx.vocab.kind("response", tok.lemma_)
    if aspect is None or tok.pos_ != "VERB":
        return []
    head, _ = subject_head(ctx, tok)
    factors = [s for o in pobjs(tok, ("to",)) for s in sides(ctx, o, "subject")]
    targets = [with_aspect(ctx, s, aspect_word(ctx, aspect)) for s in sides(ctx, head)] if head is not None else []
    if not factors or not targets:
        return []
    return [Claim("en.dep.response", tok, "regulates", tuple(factors), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok))]


def aspect_word(ctx: Context, aspect: str):
    """The aspect a word of the parse vocabulary names, as the relation reader's record (None for none)."""
    from ..relations import AspectWord

    return AspectWord("en", "", aspect, aspect) if aspect else None


@construction("en.dep.involved", words=("involve",))
def involved(ctx: Context, tok) -> list[Claim]:
    """X is involved / implicated in Y: X regulates Y."""
    effect = ctx.vocab.kind("involve", tok.lower_)
    if not effect or tok.tag_ != "VBN":
        return []
    targets = role_targets(ctx, tok, ("in",))
    head, _ = subject_head(ctx, tok)
    factors = sides(ctx, head, "subject") if head is not None else []
    clause = tok
    if head is None and tok.dep_ == "acl":
        # ``X is a cytokine involved in Y`` / ``X, a kinase implicated in Y``: the participle on a
        # noun that describes X (the copula's complement, an apposition; its first conjunct)
        noun = tok.head
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        factors = described(ctx, noun)
        clause = noun.head if noun.dep_ == "attr" else noun
    if not targets or not factors:
        return []
    return [Claim("en.dep.involved", tok, effect, tuple(factors), tuple(targets), negated(ctx, clause),
                  hedged(ctx, clause), defer=True)]


@construction("en.dep.effect_on", words=("effect_noun",))
def effect_on(ctx: Context, tok) -> list[Claim]:
    """X has (anti-anabolic) effects on Y / the effects of X on Y: X regulates Y (denied: no / little effect)."""
    effect = ctx.vocab.kind("effect_noun", tok.lemma_)
    if not effect or tok.pos_ != "NOUN":
        return []
    targets = [s for o in pobjs(tok, ("on",), lifted=True) for s in sides(ctx, o)]
    factors = [s for o in pobjs(tok, ("of",)) for s in sides(ctx, o, "subject")]
    factors += [s for c in tok.children if c.dep_ == "poss" for s in sides(ctx, c, "subject")]
    governor = tok.head
    if not factors and tok.dep_ == "dobj" and governor.lemma_.lower() in ("have", "exert", "exhibit"):
        head, _ = subject_head(ctx, governor)
        factors = sides(ctx, head, "subject") if head is not None else []
    if not targets or not factors:
        return []
    clause = governor if tok.dep_ == "dobj" else tok
    return [Claim("en.dep.effect_on", tok, polarity(ctx, tok, effect), tuple(factors), tuple(targets),
                  negated(ctx, clause) or any(_scant(ctx, c) for c in tok.children), hedged(ctx, clause))]


def _scant(ctx: Context, word) -> bool:
    """``no effect on Y``, ``little effect on Y``: a modifier that says the effect does not happen."""
    return word.lower_ == "no" or word.dep_ == "amod" and ctx.vocab.kind("scant", word.lower_) is not None


@construction("en.dep.agent_noun", words=("agent_noun",))
def agent_noun(ctx: Context, tok) -> list[Claim]:
    """X, an inhibitor of Y / X is a negative regulator of Y / X acts as a stimulator of Y /
    the Y antagonist X: X acts on Y as the noun says."""
    effect = ctx.vocab.kind("agent_noun", tok.lemma_)
    if not effect or tok.pos_ not in ("NOUN", "PROPN") or ctx.mention(tok) is not None:
        return []
    effect = polarity(ctx, tok, effect) if effect == "regulates" else effect
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in ("negative", "positive"):
            effect = {"negative": "inhibits", "positive": "promotes"}[c.lower_]
    targets = [s for o in pobjs(tok, ("of", "for")) for s in sides(ctx, o)]
    title = _titled(ctx, tok)
    if title is not None:
        # ``the CXCR4 antagonist AMD3100``: the name before the noun is what it acts on
        named, before = title
        targets = targets or sides(ctx, before)
        factors = sides(ctx, named, "subject")
    else:
        factors = described(ctx, tok)
        # ``X acts as an inflammation mediator``: the name hung right before the noun is what it acts on
        targets = targets or [s for c in tok.children if c.i == tok.i - 1 and c.dep_ in ("compound", "nmod")
                              and ctx.mention(c) is not None for s in sides(ctx, c)]
    if not targets or not factors:
        return []
    return [Claim("en.dep.agent_noun", tok, effect, tuple(factors), tuple(targets), negated(ctx, tok.head),
                  hedged(ctx, tok.head))]


@construction("en.dep.factor_for", words=("factor_noun",))
def factor_for(ctx: Context, tok) -> list[Claim]:
    """X is a growth and survival factor for Y / X, a survival factor for Y / X acts as a growth factor for Y: X
    promotes what the aspect words before the noun (kind factor_noun) name of Y (its growth, its survival)."""
    found = ctx.mention(tok)
    words = found.record.surface.lower().split() if found is not None else []
    effect = ctx.vocab.kind("factor_noun", words[-1]) if len(words) > 1 else None
    if not effect:
        return []
    phrase = tok
    if tok.dep_ == "conj" and tok.head.i < tok.i and ctx.mention(tok.head) is None:
        phrase = tok.head  # ``a growth and survival factor``: the parser heads the phrase with ``growth``
    # what cells do (growth, survival); a transcription factor for X is no claim on X's expression
    aspects = [a for w in ([phrase.lower_] if phrase.i != tok.i else []) + words[:-1]
               if (a := ctx.vocab.aspect(w)) is not None and a.aspect not in MOLECULE_ASPECTS]
    holder = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "as" else phrase  # acts as … for Y
    targets = [s for t in {tok.i: tok, phrase.i: phrase, holder.i: holder}.values() for o in pobjs(t, ("for",))
               if o.i > tok.i for s in sides(ctx, o)]
    factors = described(ctx, phrase)
    if not aspects or not targets or not factors:
        return []
    return [Claim("en.dep.factor_for", tok, effect, tuple(factors), tuple(with_aspect(ctx, s, a) for s in targets),
                  negated(ctx, phrase.head), hedged(ctx, phrase.head)) for a in aspects]


def _titled(ctx: Context, tok):
    """(the name, the name before) of ``the Y antagonist X`` / ``the MEK 1 inhibitor X``: an
    agent noun between two names, whatever the parse made of it; None otherwise."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or ctx.mention(after) is None or pobjs(tok, ("of",)):
        return None
    k = tok.i - 1
    while k >= 0 and (doc[k].tag_ == "CD" or doc[k].text in ("(", ")")):
        k -= 1  # ``(MEK) 1 inhibitor``
    return (after, doc[k]) if k >= 0 and ctx.mention(doc[k]) is not None else None


def one_of(tok) -> bool:
    """The noun of ``one of the N`` (X is one of the key cytokines): ``one`` stands in the noun's place."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one"


def described(ctx: Context, tok) -> list:
    """The name an agent noun describes: the noun it is in apposition to, the subject of
    ``is`` / ``acts as`` / ``serves as``, or ``the role of X as``."""
    if tok.dep_ == "appos":
        return sides(ctx, tok.head, "subject")
    if one_of(tok):
        return described(ctx, tok.head.head)  # ``X is one of the cytokines involved in Y``
    if tok.dep_ == "attr":
        head, _ = subject_head(ctx, tok.head)
        # (``It is a cytokine…``: what it names)
        return (sides(ctx, head, "subject") or [Side(f) for f in ctx.pronoun(head)]) if head is not None else []
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        governor = tok.head.head
        # ``the role of X as a stimulator of Y`` (``as`` on the role, or on the verb that reports it)
        role = governor if ctx.vocab.kind("role", governor.lemma_) is not None else \
            next((c for c in governor.children if c.dep_ == "dobj" and ctx.vocab.kind("role", c.lemma_) is not None),
                 None)
        if role is not None:  # (``its role as``: what its names)
            return [s for o in pobjs(role, ("of", "for")) for s in sides(ctx, o, "subject")] or \
                [s for c in role.children if c.dep_ == "poss"
                 for s in sides(ctx, c, "subject") or [Side(f) for f in ctx.pronoun(c)]]
        head, _ = subject_head(ctx, governor)
        return sides(ctx, head, "subject") if head is not None else []
    return []


# --- properties: X has anti-inflammatory effects ---------------------------------------

_PROPERTY = re.compile(r"(anti|pro)-?([a-z]{5,})")


@construction("en.dep.property", words=("property_noun",), deps=("acomp",))
def property_of(ctx: Context, tok) -> list[Claim]:
    """X has anti-inflammatory effects / pro-apoptotic functions; X is pro-osteoclastogenic: X
    inhibits (anti-) or promotes (pro-) what the adjective's stem names (``property`` words:
    inflammatory: inflammation)."""
    verb = _having(ctx, tok)
    if verb is not None:
        first = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                 and c.lower_ not in ("-", "anti", "pro")]
        adjectives = [a for c in first for a in [c] + list(c.conjuncts) if a.i < tok.i]
    elif tok.dep_ == "acomp" and tok.head.lemma_ == "be":
        verb, adjectives = tok.head, [tok]
    else:
        return _owned_property(ctx, tok)
    # ``has`` taken for an auxiliary: the subject hangs on the word it helps
    holder = verb.head if verb.dep_ == "aux" else verb
    head = next((c for c in holder.children if c.dep_ == "nsubj"), None) or subject_head(ctx, verb)[0]
    factors = sides(ctx, head, "subject") if head is not None else []
    return _property_claims(ctx, adjectives, factors, verb)


def _owned_property(ctx: Context, tok) -> list[Claim]:
    """``its pro-apoptotic and antiproliferative functions`` / ``IL-10's anti-inflammatory effects``:
    a property noun with a possessive owner says what the owner has (``it`` / ``its``: what the
    pronoun names; before the subject of its clause, that subject)."""
    if ctx.vocab.kind("property_noun", tok.lemma_) is None:
        return []
    owners = [c for c in tok.children if c.dep_ == "poss"]
    factors = [s for c in owners for s in sides(ctx, c, "subject") or [Side(f) for f in ctx.pronoun(c)]]
    first = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "conj") and c.i < tok.i
             and c.lower_ not in ("-", "anti", "pro") and not ctx.vocab.kind("property_noun", c.lemma_)]
    adjectives = sorted({a.i: a for c in first for a in [c] + list(c.conjuncts) if a.i < tok.i}.values(),
                        key=lambda a: a.i)
    return _property_claims(ctx, adjectives, factors, tok)


def _property_claims(ctx: Context, adjectives: list, factors: list[Side], verb) -> list[Claim]:
    """The claims the property adjectives give the factors (negated and hedged as ``verb`` is)."""
    out = []
    for adj in adjectives:
        read = _property(ctx, adj, factors[0].found) if factors else None
        if read is not None:
            effect, target = read
            out.append(Claim("en.dep.property", adj, effect, tuple(factors), (target,), negated(ctx, verb),
                             hedged(ctx, verb)))
    return out


def _having(ctx: Context, tok):
    """The verb by which X has the property noun ``tok`` (has / exerts… effects), also when the
    parser took ``has`` for an auxiliary of the noun; None when there is none."""
    if ctx.vocab.kind("property_noun", tok.lemma_) is None:
        return None
    if tok.dep_ == "dobj" and ctx.vocab.kind("have", tok.head.lemma_) is not None:
        return tok.head
    # ``IL-10 has potent anti-inflammatory effects``: ``has`` hung on the noun or on an adjective before it
    # (or on the adjective the parser made the noun's head: ``has potent`` ROOT, ``effects`` its dobj)
    near = [tok] + [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i] \
        + ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "ADJ" else [])
    return next((c for n in near for c in n.children if c.dep_ == "aux" and ctx.vocab.kind("have", c.lemma_) is not None), None)


def _property(ctx: Context, adj, like: Found):
    """(effect, target side) an adjective ``anti-X`` / ``pro-X`` names, its span the adjective's
    (with ``anti -`` the tokenizer cut off); None when its stem is no property word."""
    tokens = [t for t in adj.subtree if t.i <= adj.i]
    k = tokens[0].i
    while k > 0 and adj.doc[k - 1].lower_ in ("-", "anti", "pro") and k > adj.i - 3:
        k -= 1  # ``anti - inflammatory``: the tokenizer cut the prefix off and the parser hung it elsewhere
    tokens = [adj.doc[i] for i in range(k, tokens[0].i)] + tokens
    if ctx.mention(adj) is not None or any(ctx.mention(t) is not None for t in tokens):
        return _named_property(ctx, ctx.mention(adj))
    a, b = ctx.parsed.span_of(tokens[0].i)[0], ctx.parsed.span_of(adj.i)[1]
    m = _PROPERTY.fullmatch(ctx.parsed.view.clean.text[a:b].lower().replace(" ", ""))
    name = ctx.vocab.kind("property", m.group(2)) if m else None
    terms = ctx.lexicon.lookup(fold(name)) if name else []
    if not terms:
        return None
    concept = ctx.lexicon.concepts[terms[0].concept_id]
    start, end = ctx.parsed.view.clean.source_span(a, b)
    record = replace(like.record, start=start, end=end, surface=ctx.doc.text[start:end], via="property",
                     concept_id=concept.id, concept_name=concept.name, concept_type=concept.type,
                     page=ctx.doc.page_of(start), **box_columns(ctx.doc.bbox(start, end)))
    effect = ctx.vocab.kind("prefix", m.group(1))
    return effect, mention_side(ctx, Found(record, a, b, concept))


def _named_property(ctx: Context, found: Found | None):
    """(effect, target side) of an adjective anti-X / pro-X the dictionary itself names
    (pro-apoptotic: apoptosis): the mention is the target; None for any other mention."""
    m = _PROPERTY.fullmatch(found.record.surface.lower().replace(" ", "")) if found is not None else None
    if m is None or ctx.vocab.kind("property", m.group(2)) is None:
        return None
    return ctx.vocab.kind("prefix", m.group(1)), mention_side(ctx, found)
