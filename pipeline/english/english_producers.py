"""What a named cell or molecule makes acts as its maker: ``TAMs secrete cytokines, chemokines and proteases, which
promote Y``, ``they release cytokines that inhibit effector T cells``, ``NK cells … releasing additional cytokines
which leads to a cytokine storm``.

A relative clause (en.dep.relative) whose antecedent names only a class of molecules (words that name no member:
cytokines, chemokines, proteases, growth factors: ``english_descriptors.is_class_word``), where that class is the
direct object of a verb of making (words of kind ``production`` in english_parse_words.tsv: produce, secrete,
release, express, synthesize), states what the maker brings about through what it makes: the claim's factor is
the making verb's subject (as the gold reads such sentences: the cells that release cytokines cause the storm),
not the class word, which names no particular agent; each class word of a list would multiply one claim into
as many that name none. Examples of the class (``cytokines such as IL-6, which…``) are read before
(``english_class_words``) and are named agents: the claim keeps them. Binding is of molecules (SPEC 1):
``stromal cells express chemokine receptors that bind CXCL12`` keeps the receptors.
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim
from .english_clauses import subject_head
from .english_descriptors import is_class_word
from .english_phrases import sides


def made_by_maker(ctx, claim: Claim) -> Claim:
    """The claim with the maker as factor where its factors are only a made class of molecules, else as it is."""
    if claim.rule != "en.dep.relative" or claim.effect == "binds" or not claim.factors \
            or not all(is_class_word(ctx, f.found) for f in claim.factors):
        return claim
    verb = _making_verb(ctx, claim.trigger)
    if verb is None:
        return claim
    head, how = subject_head(ctx, verb)
    if head is None or how != "own":
        return claim
    makers = tuple(s for s in sides(ctx, head, "subject") if not is_class_word(ctx, s.found))
    return replace(claim, factors=makers) if makers else claim


def _making_verb(ctx, trigger):
    """The verb of making whose direct object (or a conjunct of it) the trigger's relative clause hangs on."""
    clause = _relative_clause(trigger)
    if clause is None:
        return None
    noun = clause.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or ctx.vocab.kind("production", verb.lemma_.lower()) is None:
        return None
    return verb


def _relative_clause(verb):
    """The relative clause (relcl) the verb heads or is a conjunct of, else None."""
    tok, steps = verb, 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and steps < 6:
        tok, steps = tok.head, steps + 1
    return tok if tok.dep_ == "relcl" else None
