"""Class words written beside names: the names are the arguments (SPEC 1: a class word followed by
examples gives the examples, never the class word).

A construction reads the noun the parser gave it; where that noun is in common words (a peptide
hormone, the related cytokines) and only describes names written beside it, the argument is those names:

- ``described``: the head of an indefinite apposition after a name (``PTH, an 84-amino acid peptide hormone
  synthesized by the parathyroid glands, is essential for…``), which the parser made the subject instead
  of the name: an indefinite class word right after ``NAME ,`` is that name;
- ``titled``: a class word (``english_phrases.is_class_word``) with names in apposition right after it, no
  comma between (``GM-CSF and the related cytokines IL-3 and IL-5 regulate…``, where the parser hung the
  names on the class word): the names, with their conjuncts;
- ``called``: a noun in common words with a participle of naming after it whose object predicate is a name (``FGF23
  requires a transmembrane protein named αKlotho``, ``a cytokine termed IL-37``): the name;
- ``among_which``: a noun in common words followed by ``, among which`` (or ``among whom``) and a name that
  is the subject of the clause it opens (``FGF23 expression is controlled by systemic factors, among which
  1,25(OH)2D appears to be a principal regulator``; ``induced by several cytokines, among which IL-6 is the
  most potent``): the class word is exemplified, the name (with its conjuncts) is the argument, however the
  parser hung the clause;
- ``bracketed_members``: a plural noun in common words with two or more names of its own type, none of them
  itself, listed in brackets right after it (``lymphocytes (CD8+ T cells, CD4+ T cells and natural killer
  cells)``, ``antigen presenting cells (macrophages and dendritic cells)``), however the parser hung them: the
  members are the arguments (SPEC 1: a class followed by its examples gives the examples); an abbreviation in
  brackets (``osteoclasts (OCs)``) is the noun itself and changes nothing;
- ``owned_pathway``: a pathway class word (signaling pathway) after a molecule's name the parser hung on it
  with brackets between (``the Hedgehog (Hh)-… (GLI) signaling pathway``): that name.

``named_beside`` is run by ``english_vetoes.vetted`` on every argument before the vetoes.
"""
from __future__ import annotations

from .english_context import MOLECULES, Side
from .english_descriptors import common_words
from .english_phrases import is_class_word, mention_side

_INDEFINITE = frozenset({"a", "an"})


def named_beside(ctx, side) -> list:
    """The sides of the names a class-word argument describes, or [side] itself."""
    tok = _token(ctx, side)
    if tok is None or not common_words(side.found.record.surface):
        return [side]
    classy = is_class_word(ctx, side.found) or side.found.concept.id in ctx.vocab.rules.class_words
    names = _described(ctx, tok) or _among_which(ctx, tok) or _bracketed_members(ctx, tok, side) or _called(ctx, tok) \
        or (_titled(ctx, tok) or _owned_pathway(ctx, tok, side) if classy else [])
    return [_as_argument(ctx, f, side) for f in names] or [side]


def _token(ctx, side):
    """The parse token of a one-token mention (the parser reads each mention as one word)."""
    inside = ctx.parsed.tokens_within(side.found)
    return inside[0] if len(inside) == 1 else None


def _described(ctx, tok) -> list:
    """``NAME, a/an … CLASS``: the name the indefinite class word describes."""
    first = min(t.i for t in tok.subtree)
    doc = tok.doc
    if first < 2 or doc[first].lower_ not in _INDEFINITE or doc[first].head.i != tok.i:
        return []
    if doc[first - 1].text != ",":
        return []
    name = ctx.mention(doc[first - 2])
    return [name] if name is not None and not is_class_word(ctx, name) else []


def _titled(ctx, tok) -> list:
    """``the related cytokines IL-3 and IL-5``: names in apposition right after the class word."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ != "appos" or nxt.head.i != tok.i:
        return []
    listed = [nxt] + [c for c in nxt.conjuncts if c.i > nxt.i]
    names = [ctx.mention(t) for t in listed]
    if any(f is None or is_class_word(ctx, f) for f in names):
        return []
    return names


def _called(ctx, tok) -> list:
    """``a transmembrane protein named αKlotho``: the name a participle of naming on the class word gives
    as its object predicate (oprd: named, termed, called X)."""
    for part in tok.children:
        if part.dep_ == "acl" and part.tag_ == "VBN":
            names = [ctx.mention(c) for c in part.children if c.dep_ == "oprd"]
            if names and all(f is not None and not is_class_word(ctx, f) for f in names):
                return names
    return []


def _among_which(ctx, tok) -> list:
    """``CLASS (adverb) , among which NAME V…``: the name (and its conjuncts) that is the clause's subject."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _AMONG \
            or doc[i + 2].lower_ not in _RELATIVE:
        return []
    first = doc[i + 3]
    named = ctx.mention(first)
    if named is None or is_class_word(ctx, named) or not first.dep_.startswith("nsubj"):
        return []
    return [named] + [f for c in first.conjuncts if c.i > first.i for f in [ctx.mention(c)] if f is not None]


_AMONG = frozenset({"among", "amongst"})
_RELATIVE = frozenset({"which", "whom"})


def _bracketed_members(ctx, tok, side) -> list:
    """``NOUNS (A, B and C)``: the names in the brackets right after a plural noun, all of its type."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
        return []
    close = next((t.i for t in doc[tok.i + 2:] if t.text in (")", "(")), None)
    if close is None or doc[close].text != ")":
        return []
    inside = [(t, ctx.mention(t)) for t in doc[tok.i + 2:close]]
    if any(f is None and t.lower_ not in _LISTING for t, f in inside):
        return []
    named = [f for _, f in inside if f is not None]
    concept = side.found.concept
    if any(f.concept.type != concept.type or f.concept.id == concept.id or is_class_word(ctx, f) for f in named):
        return []
    return named if len({f.concept.id for f in named}) >= 2 else []


_LISTING = frozenset({",", "and", "or", "/"})


def _owned_pathway(ctx, tok, side) -> list:
    """``The Hedgehog (Hh)-glioma-associated oncogene homolog (GLI) signaling pathway``: a pathway class word
    whose modifier before it (compound or nmod, only brackets or hyphens between) is a molecule's name:
    that molecule's pathway, read as the name (as ``X signaling pathway`` is where the parser keeps it whole)."""
    if side.found.concept.type != "pathway":
        return []
    for c in tok.children:
        named = ctx.mention(c) if c.dep_ in ("compound", "nmod") and c.i < tok.i else None
        if named is None or is_class_word(ctx, named) or named.concept.type not in MOLECULES:
            continue
        last = max(t.i for t in c.subtree)
        if all(t.is_punct for t in tok.doc[last + 1:tok.i]):
            return [named]
    return []


def _as_argument(ctx, found, like: Side) -> Side:
    """The name as an argument, with the flags and aspect the class word had."""
    side = mention_side(ctx, found)
    return Side(side.found, side.aspect or like.aspect, like.knocked, like.negated, like.effect)
