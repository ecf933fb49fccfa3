"""English clauses and coordinations the parser got wrong: a subject swallowed by a fronted
clause, names left with a hyphen before another name's modifier. (A second finite verb hung on the
first verb's object, ``X inhibits A and suppresses B``, is ``english_phrases.and_verb``.)
"""
from __future__ import annotations

from .english_phrases import Context


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
