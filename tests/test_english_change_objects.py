"""A noun of change as the object of a verb of result (english_parse_words.tsv, kind change_effect):
``X leads to an increase in Y`` says X promotes Y, ``… a decrease in Y`` that X inhibits Y; a knocked-down
subject turns it round. Sentences written for the test in the grammar of reviews; each row gives the exact
set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("TNF-α leads to an increase in bone resorption.",
     {("TNF-α", "promotes", "bone resorption", None, False, False, "en.dep.active")}),
    # a result participle shares the clause's subject
    ("TNF-α inhibits osteoblast differentiation, leading to a decrease in bone formation.",
     {("TNF-α", "inhibits", "osteoblast", "differentiation", False, False, "en.dep.active"),
      ("TNF-α", "inhibits", "bone formation", None, False, False, "en.dep.active")}),
    # a knocked-down subject: its polarity turned round
    ("Loss of IL-10 results in a marked increase in IL-6 expression.",
     {("IL-10", "downregulates", "IL-6", "expression", False, False, "en.dep.knockdown_subject")}),
])
def test_a_change_noun_says_the_effect_on_what_changes(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_breakdown_of_y_as_the_object_inhibits_y(resources):
    """``cause a breakdown of Y``: a knock-down noun (breakdown, as disruption and loss) of the object."""
    assert parse_read("In lupus, autoreactive B cells cause a breakdown of peripheral tolerance.", resources) == \
        {("autoreactive B cell", "inhibits", "immune tolerance", None, False, False, "en.dep.active")}
