"""What a clause hands the clauses after it as their topic (stage ``clause_end``), beside ``chain``.

A run-in heading (``免疫调节：刺激T细胞和B细胞的活化与增殖，…``): a Chinese review lists a molecule's functions
under short headings, each a process name and a colon, the molecule itself left unsaid; the heading names what
the clauses after it are about, not who acts in them. A clause that only says its subject's level falls
(``雌激素水平下降，导致 IL-6 产生增加``) hands on its subject knocked down. A clause whose own subject is a
compound no dictionary names (``，骨骼系统会随着免疫应答做出相应调整，从而导致骨质疏松``) takes the topic over:
the clauses after it go on about that compound, not about the topic of the clauses before it. A semicolon
parts coordinate clauses, each with its own subject: the topic is not carried past it.
"""
from __future__ import annotations

from .engine import DONE, GO_ON, construction
from .groups import Arg, Group
from .frames import unnamed_compound_subject
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


@construction("zh.fallen_topic", needs=("fall",))
def fallen_topic(r: Reader, name: str, c: Clause):
    """``绝经后，雌激素水平下降，导致 IL-6 产生增加``: a clause that says only that its subject's level falls
    (the subject, an aspect word or none, adverbs, then a word of falling: fall of words.tsv, 下降) hands the
    clauses after it a topic that is knocked down: what it then causes, it causes by its fall (polarity
    turned round: estrogen downregulates IL-6)."""
    s = c.subject
    items = c.items
    if s is None or s.pronoun or not s.args or s.end >= len(items) or not items[-1].is_a("fall"):
        return None
    between = items[s.end:len(items) - 1]
    if not all(x.kind == "ASP" or x.kind == "WORD" and (x.pos[:1] == "d" or x.is_a("degree_adverb")) for x in between):
        return None
    r.sentence_subject = s.replaced(Arg(a.found, None, True) for a in s.args).with_step(name)
    return DONE  # the topic chain goes on with the fallen subject


@construction("zh.unnamed_topic", needs=("noun_pos",))
def unnamed_topic(r: Reader, name: str, c: Clause):
    """``适应性免疫…有利于调节骨骼系统，…，骨骼系统会随着免疫应答做出相应调整，从而导致骨质疏松``: a clause with no
    named subject that opens (connectives and adverbs aside) with a compound no dictionary names (a name only
    qualifying the plain noun after it: 骨骼系统) and then its verb has that compound as its own subject; the
    clauses after it that have none of their own go on about the compound, which names no factor: the topic of
    the clauses before it does not act there."""
    items = c.items
    if c.subject is not None or c.pronoun:
        return None
    verb = next((k for k, x in enumerate(items) if x.kind in ("VERB", "TRIG")), None)
    if verb is None or not unnamed_compound_subject(items, verb):
        return None
    r.sentence_subject = Group(0, 0, (), pronoun=True, steps=(name,))
    return GO_ON


@construction("zh.semicolon_topic", needs=("topic_break",))
def semicolon_topic(r: Reader, name: str, c: Clause):
    """``A 促进 X；…，抑制 Y``: a semicolon (topic_break of words.tsv) parts coordinate clauses (并列分句), each
    with its own subject; the topic of the clauses before it (their subject, which ``chain`` hands on) is not
    the subject of a clause after it that names none: the topic chain starts again there. A pronoun opening a
    clause after it (``IL-33 主要诱导…；它也可作为致炎因子…``) still names that topic (zh.pronoun_chain)."""
    if not c.items:
        return None
    end = max(x.end for x in c.items)  # an aspect item may close the clause with no span of its own
    mark = next((x for x in r.items if x.start >= end and x.end > x.start), None)
    if mark is None or not mark.is_a("topic_break") or r.sentence_subject is None:
        return None
    r.parted_topic, r.sentence_subject = r.sentence_subject, None
    return GO_ON
