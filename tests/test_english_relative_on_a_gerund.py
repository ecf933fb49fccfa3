"""A relative clause the parser hangs on a gerund (``by recruiting adaptors such as MyD88, which leads to the
activation of Y``) is about the gerund's object (english_clauses._antecedent), here the example it names: it acts
on what the clause names. Sentences written in the grammar of signalling reviews; each gives the exact set of
triples, so a dead reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_which_after_a_gerunds_object_is_that_object(resources):
    assert parse_read("Upon ligand binding, IL-1 signaling is mediated by recruiting adaptor molecules such as myeloid "
                      "differentiation primary response 88 (MyD88), which leads to the activation of IRAK4.",
                      resources) == {("MyD88", "activates", "IRAK4", "activity", False, False, "en.dep.relative")}
