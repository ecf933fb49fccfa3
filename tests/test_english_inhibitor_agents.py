"""An English inhibitor named by its target (``X inhibitor(s)``, compositions.tsv) acts as itself: SPEC 1 says
that where an inhibitor is the agent, the agent is the factor with the effect as written. Read as its head
before, ``STAT3 inhibitors inhibit …`` gave STAT3 inhibits …, the opposite of what the sentence says of STAT3.
Sentences written for the test, in the field's style."""
from __future__ import annotations

import pytest

from .conftest import triples_in

CASES = [
    ("STAT3 inhibitors inhibit tumor cell proliferation in vitro.", ("STAT3 inhibitor", "inhibits", "tumor cell")),
    ("JAK2 inhibitors reduced the levels of IL-6 in patients with myelofibrosis.",
     ("JAK2 inhibitor", "downregulates", "IL-6")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_unnamed_inhibitor_is_the_factor(resources, text, expected):
    got = [t[:3] for t in triples_in(text, resources)]
    assert expected in got
    head = expected[0].split()[0]
    assert not [t for t in got if t[0] == head]  # the target of the inhibitor is not said to act


def test_an_inhibitor_in_apposition_still_names_its_owner(resources):
    """``inhibitor of X`` keeps its head reading: the apposition says what the name before it does."""
    text = ("Sclerostin, an inhibitor of the Wnt/β-catenin pathway, has anti-anabolic effects on bone formation "
            "by negatively regulating osteoblast differentiation.")
    got = [t[:3] for t in triples_in(text, resources)]
    assert any(f == "sclerostin" and e == "inhibits" and "Wnt" in t for f, e, t in got), got
