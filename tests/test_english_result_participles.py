"""A participle of result (``thereby`` / ``thus`` / ``hence`` V-ing: words of kind ``result_adverb``) states what
the clause before it brings about: its subject is that clause's (pipeline/english/english_clauses._result_clause),
wherever the parser hung the participle (on the last noun of the clause, or with that noun as its own
subject). Sentences written for the test in the grammar of reviews; each row gives the exact set of triples,
so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the parser hung the participle on the last noun of the list (acl): the copula's subject promotes
    ("Regulatory T cells (Tregs) are CD4+ cells with potent suppressive capacity against anti-tumour effectors "
     "such as natural killer cells (NK cells) and CD8+ T cells thereby promoting tumour initiation and progression.",
     {("Treg", "promotes", "tumor progression", None, False, False, "en.dep.active"),
      ("Treg", "promotes", "tumorigenesis", None, False, False, "en.dep.active")}),
    # the participle on the clause's verb keeps the clause's subject, as before
    ("TGF-β suppresses effector T cells, thus promoting tumour immune evasion.",
     {("TGF-β", "inhibits", "effector T cell", None, False, False, "en.dep.active"),
      ("TGF-β", "promotes", "immune evasion", None, False, False, "en.dep.active")}),
    ("IL-10 acts on dendritic cells and macrophages, thereby limiting T cell activation.",
     {("IL-10", "inhibits", "T cell", "activity", False, False, "en.dep.active")}),
])
def test_result_participle_has_the_clause_subject(resources, text, expected):
    assert parse_read(text, resources) == expected
