"""``X causes A, the B of C, and D``: the last members of a verb's object list, which the parser hung elsewhere.

- ``en.dep.stray_conjunct``: an active trigger verb read with its subject and object (``en.dep.active``,
  ``relative``, ``pronoun``, ``knockdown_subject``: ``english_verbs``), whose object phrase is followed,
  past a comma or a conjunction alone (``, and``), by a noun phrase the parser made a conjunct or an
  apposition of a noun before the verb (the subject, the antecedent of the relative clause: ``DKK1 has
  been implicated in causing erosive arthritis, the osteolytic phenotypes of multiple myeloma, and …``:
  the second member hung on DKK1), and that phrase (with its own conjuncts) runs to the end of the
  sentence (``.`` or ``;``): it is one more member of the object list, and the verb acts on it as on
  the first. Where the first member is a nominal trigger (``leads to the activation of A, and B``), the
  member after it is that nominal's too (activates B). A phrase followed by more words is a clause of
  its own (``X, which induces A, and Y inhibit B``: Y is a subject) and states nothing here.
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim, construction
from .english_context import Context
from .english_phrases import sides
from .english_verbs import verb_claim, verb_trigger

_HUNG = frozenset({"conj", "appos", "npadvmod"})  # (npadvmod: a noun hung on the verb before)
_LINKS = frozenset({",", "and", "or"})
_ENDS = frozenset({".", ";"})
_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_CLOSERS = {"(": ")", "[": "]"}


@construction("en.dep.stray_conjunct")
def stray_conjunct(ctx: Context, tok) -> list[Claim]:
    how, claim = verb_claim(ctx, tok)  # (a verb's one reading)
    if claim is None:
        return []
    last = _object_end(tok, claim, ctx)
    if last is None:
        return []
    strays = _strays(ctx, tok, last)
    if not strays:
        return []
    named = {s.found for s in claim.targets} | {s.found for s in claim.factors}
    effects = {s.effect for s in claim.targets}
    shared = next(iter(effects)) if len(effects) == 1 else None
    targets = [s if s.effect or shared is None else replace(s, effect=shared)
               for t in strays for s in sides(ctx, t) if s.found not in named]
    if not targets:
        return []
    return [replace(claim, rule="en.dep.stray_conjunct", targets=tuple(_distinct(targets)))]


def _object_end(verb, claim: Claim, ctx: Context):
    """The last token of the verb's object phrase: the right edge of the phrase whose tokens name the claim's
    last target; None where that phrase is not the verb's object (or is not after the verb)."""
    last = max(claim.targets, key=lambda s: s.found.cstart)
    tokens = ctx.parsed.tokens_within(last.found)
    if not tokens:
        return None
    node = tokens[-1]
    while node.head.i != node.i and node.i != verb.i and node.head.i != verb.i:
        node = node.head
    if node.head.i != verb.i or node.i < verb.i:
        return None
    return node.right_edge


def _strays(ctx: Context, verb, last) -> list:
    """The phrases after ``last`` (past links alone) that the parser hung on a noun before the verb, each
    running with the ones after it to the end of the sentence; none with a verb of its own (a relative clause,
    a finite verb, or a trigger verb the parser read as a word of the phrase: ``…, and upregulate BMP signaling``)."""
    doc = verb.doc
    out: list = []
    end = last.i
    while True:
        nxt = next((t for t in doc[end + 1:] if t.dep_ in _HUNG and t.head.i < verb.i
                    and t.left_edge.i > end), None)
        if nxt is None or not all(t.lower_ in _LINKS for t in doc[end + 1:nxt.left_edge.i]) \
                or nxt.left_edge.i == end + 1:
            break
        if any(t.dep_ == "relcl" or t.tag_ in _FINITE or verb_trigger(ctx, t)[0] is not None for t in nxt.subtree):
            return []  # ``between A, which favors X, and B, which favors Y``: a member with a clause of its own
        out.append(nxt)
        end = nxt.right_edge.i
    if not out or not all(t.text in _ENDS for t in doc[_past_brackets(doc, end + 1):]):
        return []
    return out


def _past_brackets(doc, k: int) -> int:
    """Where the sentence goes on after a bracketed remark at ``k`` (a citation: ``(Walport 2001)``, ``[1, 2]``)."""
    if k >= len(doc) or doc[k].text not in _CLOSERS:
        return k
    closer = _CLOSERS[doc[k].text]
    return next((t.i + 1 for t in doc[k + 1:] if t.text == closer), k)


def _distinct(sides_: list) -> list:
    seen, out = set(), []
    for s in sides_:
        key = (s.found.cstart, s.aspect, s.effect)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
