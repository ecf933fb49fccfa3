"""Claims of a reader of another kind, written as this package writes its own triples.

A reader that proposes claims for a sentence by construction name (the English reader on
a dependency parse, ``english_reader.py``, with the records of
``english_constructions.tsv``) writes them here, so both readers write the same kind of
triple: ``writer`` holds one sentence as this package sees it (its items), and ``write``
states a claim through the ``output`` records (knock-down reversal, owner cells, a
disease's cells, default aspects, expression as up/down regulation…, each recorded in
the triple's ``steps``), its ``rule`` the other reader's construction name. The document's
triples of both readers are combined by the hook at the end of ``document.find_triples``.
"""
from __future__ import annotations

from dataclasses import replace

from ..names.mentions import Found
from ..records import Triple
from .data import AspectWord, Trigger
from .emit import dedupe, emit
from .groups import Arg, arg_with_aspect
from .items import Item, sentence_items
from .state import How, Reader

__all__ = ["arg", "dedupe", "trigger_item", "write", "writer"]


def writer(doc, view, found: list[Found], resources) -> Reader:
    """A sentence to write claims of: its items, with no paragraph topic carried in."""
    data = resources.rules
    items = sentence_items(view, found, data, resources)
    return Reader(doc, view, items, data, resources.lexicon, data.grammar, None, [], set())


def arg(found: Found, aspect: AspectWord | None, knocked_down: bool) -> Arg:
    """A name as a factor or target, with the aspect word said of it (if any)."""
    return arg_with_aspect(found, aspect, knocked_down)


def trigger_item(start: int, end: int, text: str, trigger: Trigger, effect: str) -> Item:
    """The word that states the claim (offsets in the sentence's cleaned text)."""
    return Item("TRIG", start, end, text, trigger=replace(trigger, effect=effect))


def write(r: Reader, factors: list[Arg], targets: list[Arg], trigger: Item, negated: bool, hedged: bool,
          mediators: list[Arg], rule: str, effect: str) -> None:
    """State ``factors`` → ``targets`` as construction ``rule`` read it; the triples are
    added to ``r.triples``."""
    emit(r, factors, targets, trigger, negated, hedged, mediators, How(rule), effect=effect)


def written(r: Reader) -> list[Triple]:
    """The triples written for the sentence, each claim once."""
    return dedupe(r.triples, r.lexicon)
