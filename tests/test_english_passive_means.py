"""The means of a passive verb (pipeline/english/english_clauses.means_subject): ``arthritis is treated by blocking
TNF``: whoever blocks TNF is the passive's agent, not its subject, so with no agent named the gerund has
no factor; with one (``is promoted by RANKL by inducing NFATc1``) the agent does it. An active verb's means
keeps the subject. Sentences written for the test in the grammar of reviews; each row gives the exact set
of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # the active verb's subject does the means
    ("IL-6 promotes tumour growth by inducing VEGF.",
     {("IL-6", "promotes", "tumor", "growth", False, False, "en.dep.active"),
      ("IL-6", "upregulates", "VEGF-A", "expression", False, False, "en.dep.active")}),
    # a passive verb with an agent: the agent does it
    ("Osteoclast differentiation is promoted by RANKL by inducing NFATc1.",
     {("RANKL", "promotes", "osteoclast", "differentiation", False, False, "en.dep.passive_agent"),
      ("RANKL", "upregulates", "NFATc1", "expression", False, False, "en.dep.active")}),
])
def test_means_of_a_verb(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_passive_subject_does_not_do_the_means(resources):
    """``Rheumatoid arthritis is treated by blocking TNF``: the disease blocks nothing."""
    got = parse_read("Rheumatoid arthritis is treated by blocking TNF activity, whereas IL-6 promotes tumour growth.",
                     resources)
    assert ("IL-6", "promotes", "tumor", "growth", False, False, "en.dep.active") in got
    assert not any(f == "rheumatoid arthritis" for f, *_ in got)
