"""Chinese pronouns no triple read, as mentions of what the sentence before was about.

The relation reader resolves the pronouns of the clauses it reads (``relations/cues.py``); the
spans its triples use are mentions already (``mentions.referent_mentions``). A pronoun it left,
with no name before it in its sentence, is resolved here by the policy of ``anaphors.py`` for the
English ``it``: the name or list that opens a clause in the sentence before, else the one thing it
names (``via = "anaphor"``, for the mentions table only: ``confidence.py`` leaves these rows out).
"""
from __future__ import annotations

import re

from .anaphors import before_sentence, pronoun_referents


def pronoun_mentions(doc, views, found, triples, resources) -> list:
    """The Chinese pronouns (``它`` / ``其``: one; ``它们``: several; ``anaphor_pronoun(_plural)`` of
    words.tsv) that no triple resolved, as mentions of their referents for the mentions table
    (``via = "anaphor"``; the relation reader resolves the pronouns of the clauses it reads itself,
    ``relations/cues.py``, and its triples' spans are mentions already: ``mentions.referent_mentions``).
    One that has no name it could stand for before it in its sentence (``它的生物学效应…``,
    ``目前研究涉及其在…``, ``因为其除了可以…``, ``它们都可以与 Ptch 结合``) names what the sentence
    before was about: as the English ``it`` (``anaphors.pronoun_referents``), the name or list of its number
    that opens a clause there, else the one thing it names (one name, or for ``它们`` its last list).
    A word the pronoun's character begins or ends (``其他``, ``尤其``: ``anaphor_pronoun_compound``)
    is none."""
    from .mentions import found_at

    data = resources.rules
    if data is None or not data.words_of("anaphor_pronoun", "zh"):
        return []
    read = {(t.factor_start, t.factor_end) for t in triples} | {(t.target_start, t.target_end) for t in triples}
    pattern = _zh_pronoun_pattern(data)
    out, chained = [], [list(fs) for fs in found]
    for i, view in enumerate(views):
        if view.sentence.lang != "zh" or view.sentence.section == "heading":
            continue
        text, fs, first = view.clean.text, found[i], None
        for m in pattern.finditer(text):
            if any(f.cstart < m.end() for f in fs) or _in_compound(text, m, data):
                continue  # a name before it in its sentence: the reader's, who knows its clauses
            if first is not None and first.group() != m.group():
                break  # 它们…或其进展: another pronoun after the first may name what that one said
            referents = pronoun_referents(m, fs, text, before_sentence(views, chained, i, pronoun=True), data, "zh",
                                           opening=False)
            first = first or m
            added = [found_at(doc, view, m.start(), m.end(), c, "anaphor", resources.lexicon) for c in referents]
            chained[i] += added
            out += [f.record for f in added if (f.record.start, f.record.end) not in read]
    return out


def _zh_pronoun_pattern(data):
    """The Chinese pronouns, the longest first."""
    words = data.words_of("anaphor_pronoun_plural", "zh") + data.words_of("anaphor_pronoun", "zh")
    return re.compile("(?P<pron>" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")")


def _in_compound(text: str, m, data) -> bool:
    """The pronoun of ``m`` is a character of a longer word (``其他``, ``尤其``, ``极其``)."""
    w = m.group()
    for c in data.words_of("anaphor_pronoun_compound", "zh"):
        k = c.find(w)
        if k >= 0 and text[m.start() - k:m.start() - k + len(c)] == c:
            return True
    return False
