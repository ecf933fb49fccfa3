"""A noun phrase narrowed after a comma: ``advanced tumours, particularly melanomas``, ``bone modeling,
particularly osteoclastogenesis``, ``innate cells, especially APCs such as dendritic cells``,
``cytokine production, primarily of IFN-γ``.

A comma right after a noun, then a narrowing adverb (words of kind ``narrowing`` in
english_parse_words.tsv: particularly, especially, notably, mainly, in particular) and a noun phrase:
the phrase names the case of the noun the claim holds most for, and the claim is stated of it too
(the annotators keep both: VEGF regulates hematologic malignancy and multiple myeloma). The parser
hangs the narrowed phrase anywhere (an apposition of the verb's object, of a role noun, a preposition
of the clause), so it is found by its place after the noun, not by its head.

With ``of`` after the adverb the phrase names the owner of a process the noun names
(``cytokine production, primarily of IFN-γ``: the production of IFN-γ), its aspect the noun's last
word's (production: expression).
"""
from __future__ import annotations

from dataclasses import replace

# The longest narrowing word, in tokens (in particular).
_MAX_WORDS = 2


def narrowed_phrase(ctx, tok):
    """(the head token of the phrase that narrows the noun ``tok``, its ``of`` or None), or None."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    for width in range(_MAX_WORDS, 0, -1):
        words = doc[k + 1:k + 1 + width]
        if len(words) == width and ctx.vocab.kind("narrowing", " ".join(w.lower_ for w in words)) is not None:
            at = k + 1 + width
            break
    else:
        return None
    of = doc[at] if at < len(doc) and doc[at].lower_ == "of" else None
    at += 1 if of is not None else 0
    if at >= len(doc) or doc[at].pos_ not in ("NOUN", "PROPN"):
        return None
    head = doc[at]
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head  # ``particularly multiple myeloma cells``: the phrase's head noun
    return head, of


def with_narrowed(ctx, listed: list, out: list, role: str, sides, is_class_word) -> list:
    """``out``, the sides of the list ``listed`` (english_phrases.sides), with the phrases that narrow its
    nouns: added, or in the noun's place where they name the owner of its process (``cytokine production,
    primarily of IFN-γ``) or the noun is a class word (english_descriptors.is_class_word)."""
    for tok in listed:
        narrowed, in_place = narrowed_sides(ctx, tok, role, sides)
        if not narrowed:
            continue
        found = ctx.mention(tok)
        if found is not None and (in_place or is_class_word(ctx, found)):
            out = [s for s in out if s.found.cstart != found.cstart]
        out = out + narrowed
    return out


def narrowed_sides(ctx, tok, role: str, sides) -> tuple[list, bool]:
    """(the sides the phrase narrowing ``tok`` names, whether they stand in ``tok``'s place) (``sides``:
    english_phrases.sides). With ``of`` they stand in its place, each with the aspect of ``tok``'s last
    word (none: no sides); else they are added to it."""
    got = narrowed_phrase(ctx, tok)
    if got is None:
        return [], False
    head, of = got
    named = sides(ctx, head, role)
    if of is None or not named:
        return named, False
    found = ctx.mention(tok)
    words = found.record.surface.split() if found is not None else [tok.lower_]
    aspect = ctx.vocab.aspect(words[-1].lower()) if words else None
    if aspect is None:
        return [], False
    return [s if s.aspect is not None else replace(s, aspect=aspect) for s in named], True
