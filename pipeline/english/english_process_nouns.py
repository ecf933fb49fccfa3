"""``neutrophil production, a process that is regulated by G-CSF`` / ``neutrophil release is elevated and
this process is mediated by cytokines``: a general noun (process, event: words of kind ``process_noun`` of
english_parse_words.tsv) that names no thing of its own stands for the process named before it: the noun
phrase it is in apposition to, or, as ``this process``, the subject of the clause it is coordinated with.
Read by ``en.dep.passive_agent`` (english_participles.py) for the subject of a passive trigger."""
from __future__ import annotations

from .english_context import SUBJECTS

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "the"})


def process_referent(ctx, noun):
    """The head of the phrase the process noun ``noun`` stands for, else None."""
    if noun is None or ctx.mention(noun) is not None or ctx.vocab.kind("process_noun", noun.lemma_.lower()) is None:
        return None
    if noun.dep_ == "appos":
        return _before_comma(ctx, noun)
    if noun.dep_ in SUBJECTS and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in noun.children):
        verb = noun.head
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            return next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return None


def _before_comma(ctx, noun):
    """``…the site of neutrophil production, a process that…``: the noun ending the phrase right before the
    comma that opens the apposition (the parser hangs the apposition on the phrase's head instead)."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return None
    before = noun.doc[start - 2]
    return before if before.pos_ in ("NOUN", "PROPN") else None
