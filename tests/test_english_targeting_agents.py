"""``inhibitors targeting PD-1 and CTLA-4`` (en.dep.targeting_agent, pipeline/english/english_targeting_agents.py):
a participle or relative clause of aiming on a drug or small RNA, or on a noun of blocking in apposition to
a name: the agent inhibits what it targets. Sentences written in the grammar of reviews; each row gives
the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.targeting_agent"


@pytest.mark.parametrize("text,expected", [
    ("In particular, immune checkpoint inhibitors, targeting PD-1 and CTLA-4, have shown remarkable outcomes.",
     {("immune checkpoint inhibitor", "inhibits", "PD-1", "activity", False, False, RULE),
      ("immune checkpoint inhibitor", "inhibits", "CTLA-4", "activity", False, False, RULE)}),
    # a noun of blocking in apposition to the drug
    ("Tocilizumab, a humanized monoclonal antibody targeting IL-6R, is approved for rheumatoid arthritis.",
     {("tocilizumab", "inhibits", "IL-6R", "activity", False, False, RULE)}),
    # a relative clause on a small RNA
    ("miR-155, which targets SOCS1, is upregulated in activated macrophages.",
     {("miR-155", "inhibits", "SOCS1", "activity", False, False, RULE)}),
    # a drug class in apposition to the drug: both; the clause keeps its own claim
    ("Ruxolitinib, a JAK inhibitor targeting JAK1 and JAK2, reduces splenomegaly.",
     {("JAK inhibitor", "inhibits", "JAK1", "activity", False, False, RULE),
      ("JAK inhibitor", "inhibits", "JAK2", "activity", False, False, RULE),
      ("ruxolitinib", "inhibits", "JAK1", "activity", False, False, RULE),
      ("ruxolitinib", "inhibits", "JAK2", "activity", False, False, RULE),
      ("ruxolitinib", "downregulates", "splenomegaly", None, False, False, "en.dep.active")}),
])
def test_an_agent_inhibits_what_it_targets(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_cytokine_targeting_cells_is_no_blockade(resources):
    # where a cytokine acts is no inhibition of it; the clause's own claim stands
    assert parse_read("IL-6, which targets hepatocytes, induces hepcidin.", resources) == \
        {("IL-6", "upregulates", "hepcidin", "expression", False, False, "en.dep.active")}
