"""English constructions on coordinated verbs the parser got wrong.

``X inhibits A and suppresses B``: spaCy's small English model often hangs the
second finite verb on a noun of the first verb's object (a conjunct of A, the
verb tagged as a plural noun). ``en.dep.hung_verb`` reads the second claim (the
first verb's subject acts on what follows the hung verb) and ``before_hung_verb``
keeps the first verb's objects to those before it (``english_reader``).
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_phrases import Context, Side, sides

_VERB_FORMS = ("verb",)

_VERB_ENDINGS = ("es", "s", "ed", "d")


def hung_verb_trigger(ctx: Context, tok):
    """``X inhibits A and suppresses B``: the trigger of a finite verb after ``and`` / ``or`` that
    the parser took for a conjunct of a noun (of the first verb's object: ``suppresses`` as a plural
    noun); None when ``tok`` is none."""
    if tok.dep_ != "conj" or tok.head.pos_ not in ("NOUN", "PROPN") or ctx.mention(tok) is not None:
        return None
    if tok.tag_ not in ("VBZ", "VBP", "VBD", "NNS") or not tok.lower_.endswith(("s", "ed")):
        return None
    k = tok.i - 1
    while k > tok.head.i and tok.doc[k].pos_ == "ADV":
        k -= 1  # ``and also inhibits``
    if k <= tok.head.i or tok.doc[k].lower_ not in ("and", "or", "and/or"):
        return None
    word = tok.lower_
    for stem in [tok.lemma_.lower()] + [word[:-len(e)] for e in _VERB_ENDINGS if word.endswith(e)]:
        t = ctx.vocab.trigger(stem, _VERB_FORMS)
        if t is not None and " " not in t.word:
            return t
    return None


def _verb_above(tok):
    """The nearest verb above ``tok``."""
    head = tok.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _hung_verbs(ctx: Context, verb) -> list:
    """The verbs after ``verb`` hung on a noun of its object (``hung_verb_trigger``)."""
    return [t for t in verb.subtree if t.i > verb.i and hung_verb_trigger(ctx, t) is not None
            and _verb_above(t) is not None and _verb_above(t).i == verb.i]


def _hung_object(tok):
    """What a hung verb acts on: its own object; else the next conjunct of the noun it was hung
    on (``stimulates A and inhibits B``: B); else the noun that one modifies (``inhibits A and
    suppresses B``, A hung on B)."""
    own = [c for c in tok.children if c.dep_ == "dobj"]
    if own:
        return own[0]
    later = [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i]
    if later:
        return later[0]
    noun = tok.head
    if noun.dep_ in ("nmod", "compound", "amod") and noun.head.i > tok.i:
        return noun.head
    return None


def before_hung_verb(ctx: Context, verb, targets: list[Side]) -> list[Side]:
    """The objects of ``verb`` when a second verb was hung on them: those before it only, and the
    noun the parser hung under the second verb's object (``inhibits A and suppresses B``: A)."""
    hung = _hung_verbs(ctx, verb)
    if not hung:
        return targets
    cut = ctx.parsed.span_of(hung[0].i)[0]
    kept = [t for t in targets if t.found.cstart < cut]
    noun = hung[0].head
    if noun.dep_ in ("nmod", "compound", "amod") and noun.head.i > hung[0].i:
        kept += [s for s in sides(ctx, noun) if s.found.cstart < cut]
    return kept


@construction("en.dep.hung_verb")
def hung_verb(ctx: Context, tok) -> list[Claim]:
    """X V1 A and V2 B, V2 hung on A by the parser: X acts on B as V2 says (the subject of V1)."""
    trigger = hung_verb_trigger(ctx, tok)
    verb = _verb_above(tok) if trigger is not None else None
    if verb is None:
        return []
    head, _ = subject_head(verb)
    obj = _hung_object(tok)
    if head is None or obj is None:
        return []
    factors = sides(ctx, head, "subject")
    targets = sides(ctx, obj)
    if not factors or not targets:
        return []
    return [Claim("en.dep.hung_verb", tok, trigger.effect, tuple(factors), tuple(targets), negated(ctx, verb),
                  hedged(ctx, verb), (), trigger.aspect)]


def swallowed_subject(verb):
    """``Once it is activated by danger signals, recruitment of X triggers Y``: a verb with no subject
    after a clause put before it (advcl), whose last noun the parser joined the subject to, as a
    conjunct after a comma. The conjunct whose phrase ends right before the verb is its subject."""
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    if not fronted or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    for t in fronted[-1].subtree:
        if t.dep_ == "conj" and t.i > 0 and t.doc[t.i - 1].text == "," and t.right_edge.i == verb.i - 1:
            return t
    return None



_JOINING = frozenset({"and", "or", "but", "not", "nor", "as", "well", ","})


def suspended_names(ctx: Context, first: int, doc) -> list:
    """``TNFα- but not IL-1-induced activation``, ``IL-6- and TNF-α-induced differentiation``: the names
    before a name that opens a modifier (token ``first``), each left with a hyphen and joined to it
    by and / or / but not: the modifier is theirs too."""
    found, k = [], first - 1
    while True:
        joined = k
        while k >= 0 and doc[k].lower_ in _JOINING:
            k -= 1
        if k == joined or k < 1 or doc[k].text not in ("-", "–") or ctx.mention(doc[k - 1]) is None:
            return found
        found.insert(0, doc[k - 1])
        k -= 2
