"""Short references: a bare head word that stands for the one longer name of the paper it ends.

An English review names a process or a disease in full once (``endotoxin tolerance``,
``HSPC retention``) and then by its head word alone, the owner understood: "TNF-α
induces tolerance", "the degree of tolerance", "loss of retention". Read alone, the
word names nothing the dictionary knows; read in its paper, it names the one concept
of the paper whose name, as the paper writes it, ends in that word. Such a word is a
mention of that concept (``via = "abbreviation"``: a shortened name the paper uses,
as a short form in brackets is), so the relation reader reads it as the name.

The word must stand bare: no modifier before it (a noun or an adjective would make
another name: ``drug tolerance``), not inside another mention, not the first part of
a compound (``tolerance-inducing``). The head must name no concept itself, be no word
of the relation lexicons (triggers, cues, aspect words: ``formation``,
``infiltration``) and no stop word, and the paper must hold exactly one such concept
(``immune tolerance`` beside ``endotoxin tolerance``: neither); a class word that names
a thing only after a modifier (``not_alone`` rows of ``dictionaries/new_names.tsv``:
``response``, ``condition``) is none; ``the disease`` of a paper about allergic airway
disease is that disease. Only processes and diseases are read so (a bare
``cells`` for the one cell type of a paper is not).

A process head the field writes bare (an ``alone`` row of new_names.tsv: ``tolerance``,
``retention``), which the new-name pass takes for a name of its own, yields to the paper's
longer names ending in it (``_bare_alone``): their one concept is read there as above, and
beside two of them (``immune tolerance``, ``endotoxin tolerance``) the word is no mention;
it stays a name of its own where no longer name of the paper ends in it.
"""
from __future__ import annotations

import re

from .newnames import modifier_ok
from ..textnorm import depluralize, fold

REFERENT_TYPES = frozenset({"process", "disease"})
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_LAST_WORD = re.compile(r"([a-z]{4,})\s*$")


def short_references(doc, views, found, resources) -> list[list]:
    """``found`` (the mentions of each view) with the bare head words that stand for the
    paper's one longer name of a process or disease ending in them."""
    from .mentions import found_at

    heads, named = _paper_heads(views, found, resources)
    if not named:
        return found
    out = []
    for view, fs in zip(views, found):
        text = view.clean.text
        fs = [f for f in fs if not _bare_alone(text, f, named, resources.new_names)]
        spans = [(f.cstart, f.cend) for f in fs]
        added = [found_at(doc, view, s, e, concept, "abbreviation", resources.lexicon)
                 for s, e, concept in _bare_heads(text, spans, heads, resources)]
        out.append(sorted(fs + added, key=lambda f: (f.cstart, -f.cend)) if added else fs)
    return out


def _bare_alone(text: str, f, named, rules) -> bool:
    """Whether ``f`` is a bare process head the new-name pass took for a name (an ``alone`` row of
    new_names.tsv: ``tolerance``) that ends a longer name of the paper: the paper's one such name
    reads it, or none does (``immune tolerance`` beside ``endotoxin tolerance``)."""
    word = text[f.cstart:f.cend]
    return f.record.via == "phrase" and word.isalpha() and rules is not None \
        and ("en", word.lower()) in rules.alone and depluralize(word.lower()) in named


def _paper_heads(views, found, resources) -> tuple[dict, frozenset]:
    """head word -> the one concept of the paper (a process or disease named in two words
    or more, in English) whose name as written ends in it; and the head words of every such name."""
    concepts: dict[str, dict] = {}
    for view, fs in zip(views, found):
        text = view.clean.text
        for f in fs:
            surface = text[f.cstart:f.cend]
            if f.concept.type not in REFERENT_TYPES or len(surface.split()) < 2 or not surface.isascii():
                continue
            m = _LAST_WORD.search(surface)
            if m:
                concepts.setdefault(depluralize(m.group(1)), {})[f.concept.id] = f.concept
    return {head: next(iter(cs.values())) for head, cs in concepts.items()
            if len(cs) == 1 and _may_stand_alone(head, resources)}, frozenset(concepts)


def _may_stand_alone(head: str, resources) -> bool:
    """A head word no dictionary name, lexicon word or stop word is."""
    data, rules = resources.rules, resources.new_names
    if resources.lexicon.lookup(fold(head)):
        return False
    key = ("en", head)
    return key not in data.triggers and key not in data.cues and key not in data.aspects \
        and (rules is None or (key not in rules.stops and key not in rules.not_alone))


def _bare_heads(text: str, spans, heads: dict, resources):
    """(start, end, concept) of the head words of ``text`` that stand bare."""
    rules, data = resources.new_names, resources.rules
    previous = None
    for m in _WORD.finditer(text):
        word, before = m.group(), previous
        previous = m
        concept = heads.get(depluralize(word.lower())) if word.islower() or word.istitle() else None
        if concept is None or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if text[m.end():m.end() + 1] in ("-", "/"):
            continue
        if before is not None and not text[before.end():m.start()].strip() and rules is not None \
                and modifier_ok(before.group(), rules, data):
            continue  # drug tolerance: a modifier makes another name
        yield m.start(), m.end(), concept

