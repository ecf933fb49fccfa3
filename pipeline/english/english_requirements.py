"""``Th17 differentiation requires IL-6``: a process that needs a name, or that goes on without it.

- ``en.dep.requirement``: a verb of needing (kind ``requirement`` of english_parse_words.tsv: require,
  need) in the active, its subject a name or a process of one (the differentiation of Th17 cells, IL-6
  signalling, or a nominal trigger of a name: MMP-1 induction, IL-1 induction of MMP-13, whose effect it
  takes: X upregulates MMP-1), its object a name (with its partners: ``requires notch signalling along with IL-6``): the
  object promotes the subject (the passive, ``X is required for Y``, is en.dep.need's); a relative clause
  of needing (``osteoclasts are cells that require M-CSF``) is about its antecedent, and cells that need
  the object for aspects alone (``for their survival and differentiation``) need it for each. Denied (``does not
  require X``), X has no part in Y: regulates, negated.
- Y is independent of X (kind ``independence``: an adjective, the complement of be): X regulates Y,
  negated (the reverse of en.dep.dependent's ``Y is dependent on X``).
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context
from .english_phrases import sides, with_aspect
from .english_verbs import co_agents


@construction("en.dep.requirement", words=("requirement", "independence"))
def requirement(ctx: Context, tok) -> list[Claim]:
    if tok.pos_ == "VERB" and ctx.vocab.kind("requirement", tok.lemma_) is not None:
        return _required(ctx, tok)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and ctx.vocab.kind("independence", tok.lower_) is not None:
        return _independent(ctx, tok)
    return []


def _required(ctx: Context, verb) -> list[Claim]:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ == "acl":
        return []
    targets = _for_aspects(ctx, verb, _needing(ctx, verb, relative=True))
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    factors = [s for o in objects for s in sides(ctx, o, "subject")] + (_partners(ctx, verb) if objects else [])
    factors = [s for s in factors if s.found not in {t.found for t in targets}]
    if not targets or not factors:
        return []
    denied = negated(ctx, verb)
    # (``FGF23 requires Klotho``: what a molecule needs another for is its activity; ``MMP-1 induction does
    # not require JNK``: a process that is itself an effect says what is, or is not, needed for it: JNK
    # upregulates MMP-1, denied)
    process = all(t.effect for t in targets)
    return [Claim("en.dep.requirement", verb, "regulates" if denied and not process else "promotes", tuple(factors),
                  tuple(targets), denied, hedged(ctx, verb), aspect=None if process else "activity")]


def _for_aspects(ctx: Context, verb, targets: list) -> list:
    """``cells that require M-CSF for their survival and differentiation``: what the object is needed for, aspect
    words alone (no name of their own), is what of the cells needs it: each cell once with each aspect."""
    words = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > verb.i
             for o in p.children if o.dep_ == "pobj" for t in [o, *o.conjuncts]]
    aspects = [ctx.vocab.aspect(t.lower_) if ctx.mention(t) is None else None for t in words]
    if not words or None in aspects or any(c.dep_ == "prep" for t in words for c in t.children):
        return targets
    if not all(s.found.concept.type == "cell" and s.aspect is None for s in targets):
        return targets
    return [with_aspect(ctx, s, a) for s in targets for a in aspects]


def _partners(ctx: Context, verb) -> list:
    """What is needed along with the object (``requires X along with Y``, ``together with Y``; the parser
    hangs ``with`` on the verb or on the partner word)."""
    withs = [w for c in verb.children if c.dep_ == "prep" and ctx.vocab.kind("co_agent", c.lower_) is not None
             for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
    named = [o for w in withs for o in w.children if o.dep_ == "pobj"]
    named += [d for o in named for d in o.subtree if d.dep_ == "conj" and d.i > o.i]
    return [s for o in named for s in sides(ctx, o, "subject")] + co_agents(ctx, verb)


def _independent(ctx: Context, adj) -> list[Claim]:
    factors = [s for p in adj.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > adj.i
               for o in p.children if o.dep_ == "pobj" for s in sides(ctx, o, "subject")]
    targets = _needing(ctx, adj)
    if not targets or not factors:
        return []
    return [Claim("en.dep.requirement", adj, "regulates", tuple(factors), tuple(targets), True, hedged(ctx, adj))]


def _needing(ctx: Context, tok, relative: bool = False) -> list:
    """What needs (or does without): the subject, where it is a name or a process of one; with ``relative``,
    also what a relative clause of needing is about."""
    head, how = subject_head(ctx, tok)
    if relative and head is not None and how == "relative":
        # ``osteoclasts are cells that … require M-CSF``: what the clause is about (before the clause)
        opening = ctx.parsed.span_of(min(t.i for t in tok.subtree))[0]
        return [s for s in sides(ctx, head) if s.found.cstart < opening]
    if head is None or how != "own":
        return []
    named = ctx.mention(head) is not None or ctx.vocab.kind("head", head.lower_) is not None and \
        any(c.dep_ == "compound" and ctx.mention(c) is not None for c in head.children)  # (IL-6 signalling)
    return sides(ctx, head) if named or names_a_process(ctx, head) else []


def names_a_process(ctx: Context, head) -> bool:
    """A head word that names a process of the names it is of: an aspect word (differentiation of Th17 cells)
    or a nominal trigger (MMP-1 induction, IL-1 induction of MMP-13)."""
    return ctx.vocab.aspect(head.lower_) is not None or ctx.vocab.trigger(head.lower_, ("noun",)) is not None
