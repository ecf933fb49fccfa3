"""Set-ups: what a review says it presents is no claim of the review's (SPEC 1: study descriptions
without an effect are not triples).

``This review focuses on the actions of PTH on bone``, ``Here, we provide an overview of the effects of
CCL2 on myeloid cells``, ``The mechanisms by which vitamin D regulates T cells are reviewed``, ``This
review … discusses how the concept of osteocyte-driven bone resorption impacts…``: the trigger stands
under a verb (or noun) of presenting (words of kind ``presentation`` in english_parse_words.tsv: review,
discuss, focus, overview…) whose subject is the text itself or its authors (kind ``self_reference``: this
review, we), or which is a passive with no agent (``are reviewed``, ``is presented``). What such a
sentence presents is a topic; the findings are stated elsewhere. As the relation reader's ``study`` record
(constructions.tsv) reads such sentences, only a claim without a direction goes (X regulates Y, the effects
of X on Y): a direction stated in a name's modifier stands (``This review discusses … the IL-1-induced
inflammatory cascade``: IL-1 induces inflammation, as the train passages' gold reads it).

A finding the set-up reports in a that-clause (``we review evidence that X promotes Y``) is stated: the
walk up from the trigger stops at a clause opened by ``that``.
"""
from __future__ import annotations

from .english_clauses import subject_head

_STEPS = 12


def presented(ctx, claim) -> bool:
    """A claim without a direction whose trigger stands under a set-up of the text itself."""
    from ..relations import EFFECTS  # (the relation stage imports the English reader)

    directionless = all(EFFECTS[claim.effect_on(s)] == 0 for s in claim.targets)
    return directionless and presenting_word(ctx, claim.trigger) is not None


def presenting_word(ctx, tok):
    """The word of presenting above ``tok`` whose clause is about the text itself, or None."""
    head, steps = tok, 0
    while head.head.i != head.i and steps < _STEPS:
        if _stated_that(ctx, head):
            return None
        head, steps = head.head, steps + 1
        if ctx.vocab.kind("presentation", head.lemma_) is not None and _about_the_text(ctx, head):
            return head
    return None


def _stated_that(ctx, tok) -> bool:
    """A clause opened by ``that`` (``complementizer`` of words.tsv: a finding reported, not a topic set up)."""
    return tok.dep_ in ("ccomp", "acl", "relcl", "advcl") and any(
        c.dep_ == "mark" and "complementizer" in ctx.vocab.rules.marks("en", c.text) for c in tok.children)


def _about_the_text(ctx, word) -> bool:
    """A verb of presenting with the text or its authors as subject, or passive with no agent; a noun of
    presenting (an overview of) under such a subject's verb."""
    verb = word
    if word.pos_ not in ("VERB", "AUX"):
        verb = word.head if word.dep_ in ("dobj", "attr", "nsubj") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
    if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "conj" and any(
            c.dep_ == "nsubjpass" for c in verb.head.children):
        return not any(c.dep_ == "agent" for c in verb.children)
    subject, _ = subject_head(ctx, verb)
    return subject is not None and ctx.vocab.kind("self_reference", subject.lower_) is not None
