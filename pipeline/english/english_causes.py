"""A clause and the cause it names: ``in response to X`` (the English dependency reader's
``en.dep.in_response``).

``In response to X, cells make Y`` / ``Y is expressed in response to X`` / ``Y occurs in response to X``:
X acts on what the clause says is made, or happens. The noun (``response``) and the preposition that
names the cause after it (``to``) are words of kind ``cause`` of ``english_parse_words.tsv``; what the
clause's verb does to its target:

- a verb of making a molecule (kind ``production``: express, produce, secrete): X upregulates what is
  made (the passive's subject, or the active verb's object);
- a trigger verb in the passive (``TGF-β is activated in response to injury``): X acts on its subject
  as the trigger says;
- a verb of happening with no object (kind ``happening``: occur, proliferate, migrate): X promotes its
  subject, in the aspect the word gives (``T cells proliferate``: proliferation).

An active trigger verb has its own agent (``osteoblasts upregulate RANKL in response to PTH``): the cause
is upstream of it and the construction says nothing there.
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import Context
from .english_nominals import aspect_word
from .english_phrases import sides, with_aspect
from .english_verbs import VERB_FORMS, passive


@construction("en.dep.in_response", words=("cause",))
def in_response(ctx: Context, tok) -> list[Claim]:
    """``in response to X`` on a verb: X acts on what the clause makes or says happens."""
    word = ctx.vocab.kind("cause", tok.lemma_.lower())
    prep = tok.head
    opens = ctx.vocab.kind("cause_opening", prep.lower_) is not None  # in response to X, upon stimulation with X
    if word is None or tok.dep_ != "pobj" or not opens or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return []
    factors = [s for c in tok.children if c.dep_ == "prep" and c.lower_ == word and c.i > tok.i
               for o in c.children if o.dep_ == "pobj" for s in sides(ctx, o, "subject")]
    swallowed = _swallowed(tok, verb)
    if swallowed is not None:  # the clause's subject, not a second cause
        opening = ctx.parsed.span_of(swallowed.left_edge.i)[0]
        factors = [s for s in factors if s.found.cstart < opening]
    caused = _caused(ctx, verb, swallowed) if factors else None
    if caused is None:
        return []
    effect, targets, aspect = caused
    if not targets:
        return []
    return [Claim("en.dep.in_response", tok, effect, tuple(factors), tuple(targets), negated(ctx, verb),
                  hedged(ctx, verb), aspect=aspect)]


def _caused(ctx: Context, verb, swallowed=None):
    """(effect, targets, aspect) of what the clause of ``verb`` makes or says happens; None when it
    says neither."""
    lemma = verb.lemma_.lower()
    is_passive = passive(verb)
    made = ctx.vocab.kind("production", lemma)
    if made is not None:
        heads = [_subject(ctx, verb) or swallowed] if is_passive else [c for c in verb.children if c.dep_ == "dobj"]
        return "upregulates", [s for h in heads if h is not None for s in sides(ctx, h)], made or None
    trigger = ctx.vocab.trigger(lemma, VERB_FORMS)
    if trigger is not None:
        head = (_subject(ctx, verb) or swallowed) if is_passive else None
        return (trigger.effect, sides(ctx, head), trigger.aspect) if head is not None else None
    happening = ctx.vocab.kind("happening", lemma)
    if happening is None or is_passive or any(c.dep_ == "dobj" for c in verb.children):
        return None
    head = _subject(ctx, verb) or swallowed
    if head is None:
        return None
    aspect = aspect_word(ctx, happening)
    return "promotes", [with_aspect(ctx, s, aspect) if aspect else s for s in sides(ctx, head)], None


def _swallowed(tok, verb):
    """``In response to X, Y is expressed``: the subject the parser joined to the cause as a conjunct after
    a comma, its phrase ending right before the verb (past its auxiliaries and adverbs)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for t in tok.subtree:
        if t.dep_ == "conj" and t.doc[t.i - 1].text == "," and t.right_edge.i < verb.i and all(
                x.dep_ in ("aux", "auxpass", "advmod", "neg") for x in t.doc[t.right_edge.i + 1:verb.i]):
            return t
    return None


def _subject(ctx: Context, verb):
    head, how = subject_head(ctx, verb)
    return head if how == "own" and ctx.mention(head) is not None else None
