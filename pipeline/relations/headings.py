"""Headings written into a sentence (stage ``clause_end``): ``免疫调节：刺激T细胞和B细胞的活化与增殖，…``.

A Chinese review lists a molecule's functions under short run-in headings, each a process name and a colon,
the molecule itself left unsaid (the topic of the section). The heading names what the clauses after it are
about, not who acts in them: it is no subject they inherit.
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .groups import Group
from .state import Clause, Reader

# What a run-in heading names: a kind of function or process, never an agent of the clauses after it.
HEADING_TYPES = frozenset({"process"})


@construction("zh.heading", needs=("heading_mark",))
def heading(r: Reader, name: str, c: Clause):
    """``炎症反应：诱导炎症介质的产生，…``: the sentence opens with a clause that is only a group of
    process names, closed by a colon (heading_mark of words.tsv): a heading; the clauses after it that
    have no subject of their own name no factor (the molecule the section is about is left unsaid)."""
    s = c.subject
    if s is None or r.sentence_subject is not None or s.pronoun or not s.args \
            or any(x.kind in ("TRIG", "VERB") for x in c.items) \
            or not all(a.found.concept.type in HEADING_TYPES for a in s.args):
        return None
    end = c.items[-1].end
    mark = next((x for x in r.items if x.start >= end), None)
    if mark is None or not mark.is_a("heading_mark"):
        return None
    r.sentence_subject = Group(0, 0, (), pronoun=True, steps=(name,))
    return GO_ON
