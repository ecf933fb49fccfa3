"""Which constructions of ``compositions.tsv`` may match in a sentence, found cheaply.

Every sentence asks which constructions (``compositions.Composition``) may match in it: a
construction whose ``anywhere`` expressions do not all match cannot. Searching the expressions
of every construction, one by one, in every sentence cost more than composing; so each
expression is read once (``required_clauses``) for the words any match of it must hold, and a
sentence is first searched for those words, lower-cased, each with ``in`` (one pass in C per
word); only the constructions whose words are there have their expressions searched.

A *clause* is a set of words of which one at least must occur in a match: a run of characters
outside any group, repeat or alternative (``blockade``, ``免疫疗法``) is a clause of one word;
a group that is one alternative at the top of the expression (``(?:抗性|耐药性?)``,
``(?:levels?|concentrations?)``) gives a clause of one word per alternative, when each
alternative holds such a run (its longest). Only ASCII or Han characters count: no other
character changes case differently in ``re`` (``re.IGNORECASE``) and in ``str.lower``.

The words a sentence holds are found in one pass over it (an Aho-Corasick automaton of the
words, pyahocorasick: the matcher's dependency), and each construction one of them needs is
tested once.
"""
from __future__ import annotations

import re

import ahocorasick

# The characters other than ASCII letters that an ASCII letter matches without regard to case
# (``re.IGNORECASE``) and whose ``lower()`` is not that letter: İ, ı, ſ. A text holding one is
# searched without the substring test (``case_safe_lower``).
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def case_safe_lower(text: str) -> str | None:
    """``text.lower()``, in which every run of ASCII or Han characters that an expression
    matches without regard to case is found lower-cased; None where a character of
    ``_ODD_CASE`` would break that."""
    return None if _ODD_CASE.search(text) else text.lower()


def required_clauses(pattern: re.Pattern) -> frozenset[frozenset[str]]:
    """The clauses (see the module docstring) every match of ``pattern`` satisfies, lower-cased:
    the longest run of characters at its top level, and one clause for each group there that
    is one alternative (or for the expression, when it is one); none where there is none."""
    from re import _constants, _parser

    items = list(_parser.parse(pattern.pattern, pattern.flags))
    out = set()
    run = _longest_run(items)
    if run:
        out.add(frozenset([run]))
    for op, value in items:
        if op is _constants.SUBPATTERN and len(value[3]) == 1 and value[3][0][0] is _constants.BRANCH:
            op, value = value[3][0]
        if op is _constants.BRANCH:
            alternatives = [_longest_run(list(alternative)) for alternative in value[1]]
            if all(alternatives):
                out.add(frozenset(alternatives))
    return frozenset(out)


def _longest_run(items: list) -> str:
    """The longest run of ASCII or Han characters, lower-cased, among parsed ``items`` (one after
    another, outside any group, repeat or alternative); '' where there is none."""
    from re import _constants

    best = run = ""
    for op, value in items:
        if op is _constants.LITERAL and (value < 128 or 0x4E00 <= value <= 0x9FFF):
            run += chr(value).lower()
            if len(run) > len(best):
                best = run
        else:
            run = ""
    return best


class RequiredWords:
    """The clauses of the constructions of a tuple (``required_clauses`` of their ``anywhere``
    expressions), their words looked for in a sentence lower-cased: a construction with a clause
    none of whose words is there cannot match, and its expressions are not searched."""

    def __init__(self, compositions):
        self.compositions = compositions
        self.clauses = [frozenset().union(*map(required_clauses, c.anywhere)) for c in compositions]
        self.words = sorted({w for clauses in self.clauses for clause in clauses for w in clause})
        # the constructions to test when a word is found (by their index), and those that need none
        self.needing = {w: tuple(i for i, clauses in enumerate(self.clauses) if any(w in cl for cl in clauses))
                        for w in self.words}
        self.unconditional = frozenset(i for i, clauses in enumerate(self.clauses) if not clauses)
        self._automaton = _automaton_of(self.words)

    def found(self, lowered: str) -> set[str]:
        """The words that occur in ``lowered`` (``{w for w in self.words if w in lowered}``)."""
        return {word for _, word in self._automaton.iter(lowered)} if self.words else set()

    def present(self, text: str) -> list:
        """The constructions that may match in ``text`` (``Composition.may_match``), in order:
        only those whose clauses all hold are tested, each expression searched once."""
        lowered = case_safe_lower(text) if self.words else None
        if lowered is None:
            return [c for c in self.compositions if c.may_match(text)]
        found = self.found(lowered)
        compositions, clauses, needing = self.compositions, self.clauses, self.needing
        candidates = set(self.unconditional)
        for word in found:
            candidates.update(needing[word])
        searched: dict = {}  # expression: whether it matches in ``text``

        def matches(pattern) -> bool:
            hit = searched.get(pattern)
            if hit is None:
                hit = searched[pattern] = pattern.search(text) is not None
            return hit
        return [compositions[i] for i in sorted(candidates)
                if all(not found.isdisjoint(cl) for cl in clauses[i]) and all(map(matches, compositions[i].anywhere))]


def _automaton_of(words: list[str]):
    """An Aho-Corasick automaton of ``words``, each its own payload (None without words)."""
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton
