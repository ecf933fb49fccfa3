"""An attribute noun and its owner: ``the cytotoxic activity of NK cells``, ``NK cell cytotoxic activity``.

A process name that ends in a word of activity (aspects.tsv rows of aspect ``activity``: activity,
function, capacity) after an adjective (``cytotoxic activity``, a dictionary name) says what cells do:
with a cell as its of-object or right before it, the claim is of the cells' activity (IL-12 enhances the
cytotoxic activity of NK cells: IL-12 promotes NK cell, activity), as the Chinese reader reads
增强 NK 细胞的细胞毒活性; alone it stays the process (``english_phrases._cells_of_aspect`` asks).
"""
from __future__ import annotations


def process_aspect(ctx, found):
    """The aspect a process name says of its cells: the name's own (chemotaxis), or where the name ends in
    a word of activity, that word's; None otherwise."""
    surface = found.record.surface
    aspect = ctx.vocab.aspect(surface)
    if aspect is not None or " " not in surface:
        return aspect
    last = ctx.vocab.aspect(surface.rsplit(" ", 1)[1])
    return last if last is not None and last.aspect == "activity" else None
