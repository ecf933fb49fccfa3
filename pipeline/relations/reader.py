"""Reading one sentence: its items split into clauses, each clause read item by item, each
item handed to the stage of the engine that its kind calls for.

Clause punctuation splits the sentence (stage ``split`` says where a comma joins a list, or
a conjunction opens a new claim). In a clause, a cue word goes to stage ``cue``, a plain
verb to ``verb``, an aspect word to ``word`` and then, like a name, to ``group``, a trigger
word to ``trigger`` and then, unless a construction there settled it, to the ``claim``
walk (``claims.read_claim``). A clause that ends leaves its subject and place to the
clauses after it (``clause_end``); once every clause is read, the ``sentence`` stage
reads the whole sentence (a condition, a likeness).
"""
from __future__ import annotations

from .claims import read_claim
from .emit import dedupe
from .engine import run
from .groups import read_group
from .items import Item
from .sentence import NEW_CLAUSE, SAME_CLAUSE
from .state import Clause, Reader, targets_of
from .subjects import GroupRead


def read_sentence(r: Reader) -> list:
    """The triples of the sentence ``r`` holds (see the module docstring)."""
    r.items = _stood_for(r, r.items)
    r.study = any(it.has("study") for it in r.items)
    clause: list[Item] = []
    splits = "split" in r.walks  # a language whose clauses only punctuation ends asks no record
    for k, it in enumerate(r.items):
        split = run(r, "split", it, k, clause) if splits else None
        if split == NEW_CLAUSE:
            read_clause(r, clause)  # ``…differentiation, and TNF-α promotes…``: a new subject
            clause = [] if it.kind == "SEP" else [it]
        elif it.kind == "SEP" and split != SAME_CLAUSE:
            read_clause(r, clause)
            clause = []
        else:
            clause.append(it)
    read_clause(r, clause)
    run(r, "sentence", None)
    return dedupe(r.triples, r.lexicon)


def _stood_for(r: Reader, items: list[Item]) -> list[Item]:
    """The items, each name, aspect or cue word replaced by what it stands for where a construction
    of stage ``items`` says so (a class noun for the disease named before it)."""
    out: list[Item] = []
    for it in items:
        out.append(run(r, "items", it, out, it) or it if it.kind in ("ENT", "ASP") or it.cues else it)
    return out


def read_clause(r: Reader, items: list[Item]) -> None:
    """Read one clause item by item; then what it leaves to the clauses after it."""
    if not items:
        return
    c = Clause(items, hedged=r.hedged_sentence)
    c.place, r.carried_place = r.carried_place, None
    c.no_claim = any(it.has("no_claim") and _only_fillers_after(items, k) for k, it in enumerate(items))
    c.unknown = any(it.has("unknown") for it in items)
    run(r, "clause_start", items[0], c)
    i = 0
    while i < len(items):
        i = _read_item(r, c, i)
    run(r, "clause_end", items[-1], c)
    if c.subject is not None and c.subject.args and not c.subject.pronoun:
        r.named_subject = c.subject


def _only_fillers_after(items: list[Item], k: int) -> bool:
    return all(x.kind == "WORD" and len(x.text) <= 2 for x in items[k + 1:])


def _read_item(r: Reader, c: Clause, i: int) -> int:
    """Read the item at ``i``; the index of the next item to read."""
    it = c.items[i]
    if it.kind == "CUE":
        run(r, "cue", it, c, it, i)
        return i + 1
    if it.kind == "LOC":
        if c.pending == "locative":
            c.pending = None  # 在 X 中: the place phrase is closed
        return i + 1
    if it.kind == "VERB":
        return run(r, "verb", it, c, i)
    if it.kind == "ASP" and (nxt := run(r, "word", it, c, i)) is not None:
        return nxt
    if it.kind in ("ENT", "ASP"):
        return _read_group(r, c, i)
    if it.kind == "TRIG":
        nxt = run(r, "trigger", it, c, i)
        return nxt if nxt is not None else _read_trigger(r, c, i)
    return i + 1


def _read_group(r: Reader, c: Clause, i: int) -> int:
    group = read_group(c.items, i, r.lang)
    if group is None:
        return i + 1
    g = GroupRead(group, c.pending)
    c.pending = None
    run(r, "group", c.items[i], c, g)
    return g.group.end


def _read_trigger(r: Reader, c: Clause, i: int) -> int:
    """The claim of the trigger at ``i``, and what it leaves to the rest of the clause."""
    it = c.items[i]
    nxt = read_claim(r, c, i)
    if c.in_mediator and r.last and r.last.trigger is it:
        # ``A 通过激活 M 促进 C``: what the trigger inside the mediator phrase acted on mediates
        c.mediators.extend(a for t in r.last.triples for a in targets_of(r, t))
        # ``LIF 被 TGF-β 上调，…，通过上调细胞内的 LIF 可抑制细胞生长``: the carried subject is what the
        # means acts on, so it is not what acts through it; the clause names no factor
        if c.subject is None and not r.last.triples and {a.found.concept.id for a in r.last.factors} \
                & {a.found.concept.id for a in r.last.target_args}:
            c.gerund = True
    c.last_trigger = None if c.modifier_only else it
    c.modifier_only = False
    c.in_mediator = False
    c.pending = None
    c.negated = False
    return nxt
