"""``which`` that takes up the clause before it (pipeline/english/english_which.py): a verb in -s after a plural
noun (``releasing cytokines which leads to…``), or a relative clause after a place (``released into the
bone marrow, which results in…``): the clause's subject acts, not the noun. Sentences written for the test in
the grammar of reviews."""
from __future__ import annotations

from .conftest import triples_in
from .test_english_parse import parse_read


def test_a_singular_verb_after_a_plural_noun_is_the_clause_s(resources):
    text = "Macrophages attack host tissues by releasing cytokines which leads to systemic inflammation."
    got = {(f, e, t) for f, e, t, *_ in parse_read(text, resources)}
    assert ("macrophage", "induces", "systemic inflammation") in got
    assert not any(f == "cytokine" for f, _, _ in got)


def test_a_plural_verb_after_a_plural_noun_is_the_noun_s(resources):
    """(A named kind of molecule: a bare class word made by the subject acts as its maker, english_producers.)"""
    text = "Macrophages release prostaglandins which induce systemic inflammation."
    got = {(f, e, t) for f, e, t, *_ in parse_read(text, resources)}
    assert ("prostaglandin", "induces", "systemic inflammation") in got
    assert not any(t == "systemic inflammation" and f == "macrophage" for f, _, t in got)


def test_a_place_before_which_does_nothing(resources):
    """The rule-level reader's reading of the place stands no more where the parse reads nothing."""
    text = "Growth factors stored in the matrix are released into the bone marrow microenvironment, which " \
           "results in the recruitment of mesenchymal stem cells."
    got = triples_in(text, resources)
    assert ("growth factor", "induces", "MSC", "recruitment", False) in got  # the clause's subject acts
    assert not any("microenvironment" in f for f, *_ in got)


def test_a_time_before_which_does_nothing(resources):
    """``following X`` (a preposition of time the parser reads as a participle with an object), like a place:
    ``which`` after it takes up the clause, whose subject acts (english_clauses._antecedent)."""
    text = "IL-3 was first purified from the culture media of mouse spleen cells following LPS injection, " \
           "which triggered the proliferation of mast cells."
    got = {(f, e, t) for f, e, t, *_ in parse_read(text, resources)}
    assert ("IL-3", "activates", "mast cell") in got
    assert not any(f == "LPS" for f, _, _ in got)
