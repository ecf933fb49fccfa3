"""Triples: factor → effect → target, from the mentions of a sentence.

Reads a sentence's cleaned text and its mentions; writes ``Triple`` records. The language
data (trigger, aspect, cue and function words, default aspects) and the construction
records live in ``dictionaries/relations/``; this package is the machinery that applies
them. How a sentence is read, in both languages:

1. **Items** (``items.py``). The sentence becomes a sequence of items: names (mentions),
   trigger words, aspect words, cue words, other verbs, clause punctuation and brackets.
2. **Groups** (``groups.py``). Adjacent names and aspect words, joined by conjunctions
   and ``的``/``of``, form a group, read as (name, aspect) pairs.
3. **Constructions** (``engine.py``). Each construction is one record of
   ``constructions.tsv`` with a small function registered under its name. The reader
   (``reader.py``) walks the clause item by item and at each item asks the engine for the
   records of one stage (at a cue, at a group, at a trigger, for a trigger's object and
   claim…), tried in their order; the order of application is the records' order.
4. **Triples** (``emit.py``). A claim is written one triple per factor and target; the
   ``rule`` column names the construction that read it, ``steps`` the constructions that
   shaped it and the rewrites of its target and aspect (owner cell, default aspect…).

``python -m pipeline explain "SENTENCE"`` shows the items, every record tried and the
triples; ``docs/constructions.md`` lists the records.
"""
from __future__ import annotations

from .data import EFFECTS, INVERSE, AspectWord, Construction, RuleData, Trigger, english_forms, load_rule_data
from .document import find_triples

__all__ = ["EFFECTS", "INVERSE", "AspectWord", "Construction", "RuleData", "Trigger", "english_forms",
           "find_triples", "load_rule_data"]
