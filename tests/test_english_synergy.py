"""``X synergizes with Z for Y production`` (en.dep.synergy, pipeline/english/english_synergy.py): a verb of working
together (synergy words) with a partner and a for / in phrase: the subject and the partner each promote
what they work toward. A verb of working together is no co-agent word: with a purpose infinitive (`X
synergizes with Z to induce Y`) only X's claim is read, as held-out text gave three wrong partners that
way. Sentences written in the grammar of reviews; each row gives the exact set of triples, so a dead
reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the for phrase hung by the parser on the partner
    ("Second, IL-18 synergizes with IL-12 for IFN-γ production by NK cells.",
     {("IL-18", "upregulates", "IFN-γ", "expression", False, False, "en.dep.synergy"),
      ("IL-12", "upregulates", "IFN-γ", "expression", False, False, "en.dep.synergy")}),
    # a nominalised target in the in phrase says the effect
    ("TNF-α cooperates with IL-17 in the induction of IL-6 by synovial fibroblasts.",
     {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.synergy"),
      ("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.synergy")}),
])
def test_partners_working_together_each_promote_what_they_work_toward(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_working_together_in_a_place_is_no_claim(resources):
    # ``in patients``: where, not what toward; the clause after keeps its own claim
    assert parse_read("IL-4 cooperates with IL-13 in patients with asthma, and IL-13 induces periostin.",
                      resources) == {("IL-13", "upregulates", "periostin", "expression", False, False, "en.dep.active")}
