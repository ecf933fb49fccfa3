"""Examples the parser hangs on the wrong noun.

- Past a class word's exclusion phrase: ``IL-13 affects a wide range of cells beyond B cells,
  including fibroblasts and macrophages``: the parser hangs ``including …`` on the nearest noun, the
  object of ``beyond``. A name set apart by beyond / besides (words of kind ``exclusion`` in
  english_parse_words.tsv) is no class of what follows: the examples stand for the class word the
  exclusion phrase modifies (SPEC 1), as they would right after it.
- After a relative clause: ``macrophages secrete cytokines that drive Th17 differentiation, such as
  IL-6 and IL-23``: set off by a comma after the relative clause, the examples name things of
  another kind than the noun that ends the clause (IL-6 is no Th17 cell): they are examples of the
  clause's antecedent (cytokines, or an unnamed noun: molecules, factors), which they stand for as
  subject of the clause, as they would right after it. With no comma only where the noun that ends the
  clause is a name of another kind than the examples and the antecedent a name of theirs (``autoimmune
  diseases that depend on cellular immune responses such as multiple sclerosis``).

``english_phrases._examples`` reads them with the class word's own example phrases.
"""
from __future__ import annotations

from .english_coordination import example_phrases


def examples_past_exclusion(ctx, tok) -> list:
    """The example phrases hung on the object of an exclusion preposition after ``tok``."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i or ctx.vocab.kind("exclusion", prep.lower_) is None:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out += example_phrases(ctx, obj)
    return out


def examples_after_relative(ctx, tok, is_class_word) -> list:
    """The example phrases hung on a noun inside ``tok``'s relative clause that are ``tok``'s."""
    out = []
    for clause in tok.children:
        if clause.dep_ != "relcl" or clause.i < tok.i:
            continue
        for inner in clause.subtree:
            out += [p for p in example_phrases(ctx, inner) if _antecedent_owns(ctx, tok, inner, p, is_class_word)]
    return out


def lent_to_antecedent(ctx, tok, phrase, is_class_word) -> bool:
    """Whether the example phrase hung on ``tok`` is the antecedent's of the relative clause ``tok`` ends."""
    antecedent = _antecedent(tok)
    return antecedent is not None and _antecedent_owns(ctx, antecedent, tok, phrase, is_class_word)


def _antecedent(tok):
    """The noun whose relative clause holds ``tok`` (the nearest one up the tree), else None."""
    up = tok
    while up.head.i != up.i:
        if up.dep_ == "relcl":
            return up.head
        up = up.head
    return None


def _antecedent_owns(ctx, antecedent, inner, phrase, is_class_word) -> bool:
    doc = phrase.doc
    if inner.i == antecedent.i or phrase.left_edge.i < 1:
        return False
    if phrase.i < antecedent.i or not any(t.dep_ == "relcl" for t in _path(inner, antecedent)):
        return False
    named = [ctx.mention(t) for t in phrase.subtree if t.i != phrase.i and ctx.mention(t) is not None]
    if not named:
        return False
    kinds = {f.concept.type for f in named}
    inner_found = ctx.mention(inner)
    if doc[phrase.left_edge.i - 1].text != ",":
        # right after its noun, with no comma: that noun's, but for a named noun of another kind than
        # the examples, whose kind is the named antecedent's (``autoimmune diseases that depend on
        # cellular immune responses such as multiple sclerosis``: diseases, no responses)
        owner = ctx.mention(antecedent)
        return inner_found is not None and owner is not None and kinds == {owner.concept.type} \
            and inner_found.concept.type != owner.concept.type
    if inner_found is not None and kinds == {inner_found.concept.type}:
        return False  # ``cytokines that attract immune cells, such as macrophages``: the cells'
    owner = ctx.mention(antecedent)
    if owner is None:
        return antecedent.pos_ == "NOUN"  # ``molecules that regulate…, such as OPG and RANKL``
    return is_class_word(ctx, owner) or kinds == {owner.concept.type}


def _path(inner, antecedent) -> list:
    """The tokens from ``inner`` up to (not including) ``antecedent``; empty if it is not below it."""
    path, up = [], inner
    while up.i != antecedent.i:
        path.append(up)
        if up.head.i == up.i:
            return []
        up = up.head
    return path
