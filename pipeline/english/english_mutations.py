"""An activating mutation of a gene as a factor: ``constitutive activation mutations in Mpl contribute to
myeloproliferative disease``.

A name composed of a gene and ``mutation`` (compositions.tsv: ``HGNC:MPL/mutation``) that the sentence
calls activating (words of kind ``gain`` in english_parse_words.tsv before it or inside it: activation,
gain-of-function) raises the gene's own function: the gene acts as written (the gold reads MPL promotes
myeloproliferative disease; gain-of-function mutations for caspase-1 activity: caspase-1 promotes).
A plain mutation is left as the composed name: whether it takes the gene's function away (mutations in
the sclerostin gene lead to sclerosteosis: sclerostin inhibits it) or raises it (KRAS mutations drive
the secretion of LIF) the sentence does not say.
"""
from __future__ import annotations

from dataclasses import replace

from .english_context import MOLECULES
from ..names.mentions import as_concept

MUTATION = "mutation"


def mutated(ctx, claim):
    """The claim with each activating mutation of a gene among its factors read as the gene."""
    factors = tuple(_gene(ctx, s) for s in claim.factors)
    return claim if factors == claim.factors else replace(claim, factors=factors)


def _gene(ctx, side):
    base, _, word = side.found.concept.id.rpartition("/")
    gene = ctx.lexicon.concepts.get(base) if word == MUTATION else None
    if gene is None or gene.type not in MOLECULES or not _activating(ctx, side.found):
        return side
    return replace(side, found=as_concept(side.found, gene))


def _activating(ctx, found) -> bool:
    """A word of kind ``gain`` among the three words before the mention or inside it."""
    parsed = ctx.parsed
    inside = parsed.tokens_within(found)
    if not inside:
        return False
    first = inside[0].i
    words = [t for t in parsed.doc[max(0, first - 3):first]] + [c for t in inside for c in t.children]
    surface = found.record.surface.lower().replace("-", " ").split()
    return any(ctx.vocab.kind("gain", w.lower_) is not None for w in words) or \
        any(ctx.vocab.kind("gain", w) is not None for w in surface)
