"""An infinitive the parser hung on the object of a verb that acts (``X activates the Y pathway to promote Z``)
is that verb's clause of purpose: it has the verb's subject (X promotes Z), not the object
(pipeline/english/english_clauses.verb_of_object), as where the parser hangs it on the verb; after a verb of no
effect the infinitive says what the noun is for (``has no activity to induce``). Sentences written for the
test in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Neutrophil extracellular traps activate the intrinsic coagulation pathway to promote thrombosis.",
     # (a process before pathway names the pathway: english_narrowed_names.named_by_function)
     {("NET formation", "activates", "coagulation pathway", "activity", False, False, "en.dep.active"),
      ("NET formation", "promotes", "thrombosis", None, False, False, "en.dep.active")}),
    ("IL-6 activates the JAK/STAT3 pathway to promote tumour growth.",
     {("IL-6", "activates", "JAK/STAT3 pathway", "activity", False, False, "en.dep.active"),
      ("IL-6", "promotes", "tumor", "growth", False, False, "en.dep.active")}),
    # a verb of no effect: the infinitive is the noun's, and no activity is no claim of IL-18's
    ("IL-12 induces Th1 cell development, whereas IL-18 has no activity to induce Th1 cell development.",
     {("IL-12", "induces", "Th1 cell", "differentiation", False, False, "en.dep.active")}),
])
def test_purpose_hung_on_the_object_has_the_subject(resources, text, expected):
    assert parse_read(text, resources) == expected
