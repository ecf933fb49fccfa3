"""``immune checkpoint inhibitors, targeting PD-1 and CTLA-4``: an agent named by what it targets.

- ``en.dep.targeting_agent``: a participle or relative clause of aiming (words of kind ``aiming`` of
  english_parse_words.tsv: targeting, that target) hung on a drug or small RNA (``inhibitors targeting
  JAK1``, ``miR-155, which targets SOCS1``), or on a noun of blocking (an agent noun or trigger noun
  that inhibits: antibodies, antagonists) in apposition to a name (``tocilizumab, an antibody targeting
  IL-6R``): the agent inhibits each thing it targets (SPEC 1: where an agent is named, the agent is the
  factor with the effect as written). A name that is no agent (``IL-6 targeting hepatocytes``) states
  nothing here: what a cytokine targets is where it acts.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated
from .english_context import Context
from .english_phrases import sides

_AGENTS = frozenset({"drug", "ncrna"})


@construction("en.dep.targeting_agent", words=("aiming",))
def targeting_agent(ctx: Context, tok) -> list[Claim]:
    if ctx.vocab.kind("aiming", tok.lower_) is None or tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl"):
        return []
    if tok.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children):
        return []  # ``the genes IL-6 targets``: the noun is the object, not the agent
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [d for o in objects for d in o.subtree if d.dep_ == "conj" and d.i > o.i]
    targets = [s for o in objects if ctx.mention(o) is not None for s in sides(ctx, o)]
    factors = _agents(ctx, tok.head)
    if not targets or not factors:
        return []
    return [Claim("en.dep.targeting_agent", tok, "inhibits", tuple(factors), tuple(targets),
                  negated(ctx, tok), hedged(ctx, tok))]


def _agents(ctx: Context, noun) -> list:
    """The drugs or small RNAs a noun names, or that a noun of blocking is in apposition to."""
    if ctx.mention(noun) is not None:
        named = _unknocked(ctx, noun, _AGENTS)
        if named and noun.dep_ == "appos" and ctx.mention(noun.head) is not None:
            # ``ruxolitinib, a JAK inhibitor targeting JAK1``: the drug the class word describes too
            named += _unknocked(ctx, noun.head, _AGENTS)
        return named
    if noun.dep_ == "appos" and _blocking(ctx, noun) and ctx.mention(noun.head) is not None:
        return _unknocked(ctx, noun.head)
    return []


def _unknocked(ctx: Context, tok, types=None) -> list:
    """The subject sides a word names that are not knocked down (of the given concept types, if any)."""
    return [s for s in sides(ctx, tok, "subject")
            if not s.knocked and (types is None or s.found.concept.type in types)]


def _blocking(ctx: Context, noun) -> bool:
    """An agent noun or trigger noun that inhibits (antibody, antagonist, inhibitor)."""
    trigger = ctx.vocab.trigger(noun.lemma_, ("noun",))
    return ctx.vocab.kind("agent_noun", noun.lemma_) == "inhibits" or trigger is not None and trigger.effect == "inhibits"
