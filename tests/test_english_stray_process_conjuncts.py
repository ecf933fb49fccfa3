"""``X promotes tumor growth, development of metastases, and…`` / ``a key role in activation of A and
subsequently, stimulation of B`` (pipeline/english/english_coordination.py ``stray_conjuncts``): a process noun
with its ``of`` phrase right after a list of process nouns, which the parser hung higher (a second
object of a verb above, a conjunct of the clause's verb), is one more item of the list. Sentences
written for the test in the grammar of reviews; each row gives the exact set of triples, so a dead
reading fails."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_process_noun_hung_on_the_clause_verb_is_in_the_role(resources):
    got = parse_read("IL-12 plays a key role in activation of NK cells and subsequently, stimulation of "
                     "antitumor immunity.", resources)
    assert ("IL-12", "activates", "NK cell", "activity", False, False, "en.dep.role") in got
    assert ("IL-12", "activates", "antitumor immunity", None, False, False, "en.dep.role") in got


def test_a_new_subject_after_the_list_is_no_item(resources):
    # a process noun that is the subject of its own clause (``…, and activation of B promotes C``) stays its own
    got = parse_read("IL-6 promotes tumor growth, and activation of STAT3 promotes angiogenesis.", resources)
    assert ("IL-6", "promotes", "tumor", "growth", False, False, "en.dep.active") in got
    assert not any(t[0] == "IL-6" and t[2] == "angiogenesis" for t in got)


def test_list_item_hung_on_a_prepositional_verb_is_its_object(resources):
    # ``contribute to A, B, and C``: the parser makes B a direct object of contribute, which has none
    got = parse_read("IL-7 does contribute to increased numbers of B cells, enhanced thymocyte production, "
                     "and immunity in infected mice.", resources)
    assert {t[:3] for t in got} >= {("IL-7", "promotes", "B cell"), ("IL-7", "promotes", "thymocyte"),
                                    ("IL-7", "promotes", "immunity")}
