"""Examples the parser hangs past a class word's exclusion phrase.

``IL-13 affects a wide range of cells beyond B cells, including fibroblasts and macrophages``: the
parser hangs ``including …`` on the nearest noun, the object of ``beyond``. A name set apart by
beyond / besides (words of kind ``exclusion`` in english_parse_words.tsv) is no class of what follows:
the examples stand for the class word the exclusion phrase modifies (SPEC 1), as they would right after
it. ``english_phrases._examples`` reads them with the class word's own example phrases.
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
                out += example_phrases(obj)
    return out
