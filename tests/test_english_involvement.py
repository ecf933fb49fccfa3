"""``the involvement of X in Y has been proposed`` / ``X is involved in the pathophysiology of Y`` (en.dep.role,
en.dep.involved; pipeline/english_nominals.py): an involvement noun is a role noun (a reporting verb states it),
also where the parser hangs ``in Y`` on the name; the pathophysiology of a disease is the disease (as its
pathogenesis). Sentences written in the grammar of reviews; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the in-phrase hung on the name the involvement is of
    ("In recent years, the involvement of the IL-23/IL-17 axis in the pathogenesis of psoriasis has been widely "
     "proposed.",
     {("IL-23/IL-17 axis", "regulates", "psoriasis", None, False, False, "en.dep.role")}),
    ("Several studies have demonstrated the involvement of IL-6 in rheumatoid arthritis.",
     {("IL-6", "regulates", "rheumatoid arthritis", None, False, False, "en.dep.role")}),
    # the pathophysiology of a disease: the disease
    ("We hypothesized that IFN-γ may be directly involved in the pathophysiology of aplastic anemia.",
     {("IFN-γ", "regulates", "aplastic anemia", None, False, True, "en.dep.involved")}),
])
def test_an_involvement_in_y_regulates_y(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_an_involvement_named_as_a_topic_states_nothing(resources):
    # no verb reports it: a topic; the active clause after keeps its claim
    assert parse_read("This review discusses the involvement of IL-6 in rheumatoid arthritis, and IL-6 induces "
                      "RANKL expression in synovial fibroblasts.", resources) == \
        {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}
