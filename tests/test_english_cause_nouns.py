"""``X is the underlying cause of Y`` / ``X, a major cause of Y``: ``cause`` is an agent noun (kind ``agent_noun`` of
english_parse_words.tsv, read by en.dep.agent_noun): what X is the cause of, X induces. A cause that names no agent
(``the cause of Y remains unknown``) states nothing. Sentences written in the grammar of reviews for this file."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.agent_noun"


@pytest.mark.parametrize("text,expected", [
    ("In postmenopausal women, estrogen deficiency is the underlying cause of osteoporosis.",
     {("estrogen deficiency", "induces", "osteoporosis", None, False, False, RULE)}),
    # in apposition, beside the clause's own claim
    ("Excessive RANKL signaling, a major cause of bone loss in rheumatoid arthritis, is blocked by denosumab.",
     {("RANKL", "induces", "bone loss", None, False, False, RULE),
      ("denosumab", "inhibits", "RANKL", "activity", False, False, "en.dep.passive_agent")}),
    # a cause with no agent named is no claim; the clause after it is
    ("The cause of osteoporosis in these patients remains unknown, although IL-6 promotes bone resorption.",
     {("IL-6", "promotes", "bone resorption", None, False, False, "en.dep.active")}),
])
def test_the_cause_of_y_is_what_induces_it(resources, text, expected):
    assert parse_read(text, resources) == expected
