"""``X-dependent Y`` as the direct object of another agent's trigger verb names the route by which that agent
acts on Y, no claim of X's own (pipeline/english/english_vetoes.dependence_in_object); the agent's claim stands, and
an X-dependent disease elsewhere is X's. Sentences written for the test in the grammar of reviews; each row
gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Leptin suppresses bone mass by acting in the brainstem to reduce serotonin-dependent sympathetic signaling.",
     {("leptin", "inhibits", "bone mass", None, False, False, "en.dep.active"),
      ("leptin", "downregulates", "sympathetic signaling", None, False, False, "en.dep.active")}),
    ("STING also activates NF-κB-dependent cytokine signaling to mediate the anti-tumor response.",
     {("STING", "activates", "cytokine signaling pathway", "activity", False, False, "en.dep.active"),
      # the infinitive of purpose has the verb's subject (english_clauses.verb_of_object)
      ("STING", "induces", "antitumor immunity", None, False, False, "en.dep.active")}),
    # what something else is important for: the route, no claim of X's own
    ("ERK signals are important for IL-3-dependent mast cell proliferation, and IL-3 promotes basophil survival.",
     {("IL-3", "promotes", "basophil", "survival", False, False, "en.dep.active")}),
    # not the object of another's verb: the disease is X's
    ("In chronic TNFα-dependent arthritis, synoviocytes constitute a major source of sclerostin.",
     {("TNF-α", "promotes", "arthritis", None, False, False, "en.dep.modifier")}),
])
def test_dependence_in_another_agents_object(resources, text, expected):
    assert parse_read(text, resources) == expected
