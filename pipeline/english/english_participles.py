"""The participle constructions of the English parse reader: what a participle or a shown
phenotype says.

``en.dep.passive_agent``: B is inhibited by A / B, induced by A / the B activated by A.
``en.dep.modifier``: X-induced Y / X-mediated Y / X-dependent Y.
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim, construction
from .english_clauses import hedged, mediators, negated, subject_head
from .english_process_nouns import process_referent
from .english_context import Context, Side
from .english_coordination import modified_noun, suspended_names
from .english_phrases import agents_of, knocked_with, sides
from .english_verbs import bare_participle, passive, verb_trigger

def treated_with(ctx: Context, cells) -> list[Side]:
    """``TNF-α-treated chondrocytes`` / ``macrophages treated with LPS`` (a treatment participle of
    english_parse_words.tsv, kind treated): what the named cells were treated with, which then
    acts as itself on the change they show (TNF-α upregulates MMP-13)."""
    out = []
    for c in cells.children:
        if ctx.vocab.kind("treated", c.lower_) is None or c.dep_ not in ("amod", "acl"):
            continue
        named = [o for o in c.children if o.dep_ in ("npadvmod", "compound", "nmod") and o.i < c.i] + \
            [o for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        out += [f for o in named if ctx.mention(o) is not None for f in sides(ctx, o, "subject")]
    return out


def knocked_before(ctx: Context, head) -> list[Side]:
    """``sclerostin-deficient (Sost(-/-)) mice``, the knock-down adjective hung elsewhere by the
    parser: the name joined to the knock-down word right before the subject (a parenthesis between)."""
    i, depth = head.i - 1, 0
    while i >= 0 and (depth or head.doc[i].text == ")"):
        depth += {")": 1, "(": -1}.get(head.doc[i].text, 0)
        i -= 1
    word = head.doc[i] if i >= 1 else None
    if word is None or not ctx.vocab.cue("knockdown", word.lower_):
        return []
    name = head.doc[i - 2] if i >= 2 and head.doc[i - 1].text in ("-", "–") else head.doc[i - 1]
    if ctx.mention(name) is None:
        return []
    return [replace(s, knocked=True) for s in sides(ctx, name, "subject")]


@construction("en.dep.passive_agent", words=("trigger",))
def passive_agent(ctx: Context, tok) -> list[Claim]:
    """B is inhibited by A / B, induced by A / the B activated by A: A → B."""
    trigger, _ = verb_trigger(ctx, tok)
    if trigger is None or not passive(tok):
        return []
    agents = [replace(s, negated=s.negated or _denied(c)) for c in tok.children
              if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for s in agents_of(ctx, c)]
    routed = not agents
    if routed:  # ``Y is activated via X``: with no by-agent, what it comes about through acts
        agents = [s for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                  and ctx.vocab.kind("means", c.lower_) == "mediator" for s in agents_of(ctx, c)]
    if not agents:
        return []
    if tok.dep_ == "acl":
        target_head = modified_noun(tok)
    else:
        target_head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if target_head is None:
            target_head, _ = subject_head(ctx, tok)
        elif target_head.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            # the noun the clause is about; after a copula its subject (``X is a platform that is activated by Y``)
            target_head, _ = subject_head(ctx, tok)
    target_head = process_referent(ctx, target_head) or target_head  # (``this process is mediated by X``)
    targets = sides(ctx, target_head) if target_head is not None else []
    if not targets and tok.dep_ == "acl" and target_head is not None:
        target_head = _copula_subject(ctx, target_head)
        targets = sides(ctx, target_head) if target_head is not None else []
    if tok.dep_ == "acl":
        # ``those mediated by X, and Y``: the participle is about the names before it only
        targets = [t for t in targets if t.found.cstart < ctx.parsed.span_of(tok.i)[0]]
    if not targets:
        return []
    denied = negated(ctx, tok)
    meds = () if routed else tuple(mediators(ctx, tok))
    return [Claim("en.dep.passive_agent", tok, trigger.effect, tuple(group), tuple(targets), denied or neg,
                  hedged(ctx, tok), meds, trigger.aspect)
            for neg in (False, True) if (group := [a for a in agents if a.negated == neg])]


def _bracketed_name(ctx: Context, doc, close: int) -> list:
    """``TNFα (tumor necrosis factor α)-dependent arthritis``: a name and its other form in brackets
    before the hyphen, which the parser hangs elsewhere: the name before the bracket (else the one in it)."""
    if close < 1 or doc[close].text != ")":
        return []
    i = close - 1
    while i > 0 and doc[i].text not in ("(", ")"):
        i -= 1
    if doc[i].text != "(":
        return []
    before, inside = doc[i - 1], doc[i + 1]
    return [t for t in (before, inside) if ctx.mention(t) is not None][:1]


def _copula_subject(ctx: Context, noun):
    """``Gout is an autoinflammatory disorder induced by X``: a noun that names nothing, after the
    copula, is its subject (what is induced is gout)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or ctx.mention(noun) is not None:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _denied(by) -> bool:
    """``…inhibited by X but not by Y``: a by-phrase the sentence denies."""
    return any(c.dep_ == "neg" for c in by.children)


@construction("en.dep.modifier", words=("trigger",))
def modifier(ctx: Context, tok) -> list[Claim]:
    """X-induced Y / X-mediated Y / X-dependent Y: X acts on Y (the head the participle modifies)."""
    trigger = ctx.vocab.trigger(tok.lower_, ("modifier",))
    if trigger is not None and bare_participle(ctx, tok):
        factors = sides(ctx, tok.doc[tok.i - 1], "subject")
        targets = [s for o in tok.children if o.dep_ == "dobj" for s in sides(ctx, o)]
        return [Claim("en.dep.modifier", tok, trigger.effect, tuple(factors), tuple(targets))] \
            if factors and targets else []
    if trigger is None or tok.dep_ not in ("amod", "acl", "compound", "nmod") or tok.head.i == tok.i:
        return []
    if any(c.dep_ == "agent" for c in tok.children):
        return []  # ``induced by X``: the passive reads it
    hyphen = tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–")
    names = [c for c in tok.children if c.i < tok.i and c.dep_ in ("npadvmod", "compound", "nmod", "advmod", "amod",
                                                                   "dep", "punct") and ctx.mention(c) is not None]
    if not names and hyphen:
        names = _bracketed_name(ctx, tok.doc, tok.i - 2)
    if not names or not hyphen and not all(c.i == tok.i - 1 for c in names[-1:]):
        return []
    factors = [s for c in names for s in sides(ctx, c, "subject")]
    if ctx.vocab.kind("kind_of", tok.lower_) is not None:
        # ``T cell-mediated immunity``: a cell before it names the kind of the process
        factors = [s for s in factors if s.found.concept.type != "cell"]
    head = tok.head
    if ctx.vocab.kind("role", head.lemma_) is not None:
        # ``the NLRP3 inflammasome-induced pathogenic role in gout``: what the role is in
        targets = [s for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                   for o in p.children if o.dep_ == "pobj" for s in sides(ctx, o)]
    else:
        targets = sides(ctx, head, premodified=True)
    if not factors or not targets:
        return []
    # ``TNFα- but not IL-1-induced activation``: TNFα too (the ``not`` denies what is said of the activation)
    factors = [s for c in suspended_names(ctx, min(c.i for c in names), tok.doc) for s in sides(ctx, c, "subject")] \
        + factors
    return [Claim("en.dep.modifier", tok, trigger.effect, tuple(factors), tuple(targets), negated(ctx, tok.head),
                  hedged(ctx, tok.head), (), trigger.aspect)]


@construction("en.dep.knockdown_agent", words=("knockdown",))
def knockdown_agent(ctx: Context, tok) -> list[Claim]:
    """Targeting / blocking X with Y, blockade of X using Y: Y, the named agent, inhibits X (SPEC 1)."""
    agents, knocked = knocked_with(ctx, tok)
    if not agents:
        return []
    return [Claim("en.dep.knockdown_agent", tok, "inhibits", tuple(agents), tuple(knocked), negated(ctx, tok),
                  hedged(ctx, tok))]
