"""An adjective name on a noun with an owner of its own (english_vetoes.owned_quality): ``modulation of their
immunosuppressive activity`` is about their (the cells') activity, not about immunosuppression as an argument;
an unowned one stands (``promote immunosuppressive activity``), and so does a prefixed one, whose prefix
states its owner's effect (``alleviate their pro-tumourigenic functions``). Sentences written for the test in
the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


def test_an_adjective_on_an_owned_noun_is_no_argument(resources):
    owned = parse_read("In culture, MSCs express toll-like receptors that are activated by the inflamed environment, "
                       "thus leading to modulation of their immunosuppressive activity.", resources)
    assert owned == set()
    unowned = parse_read("In culture, toll-like receptors promote immunosuppressive activity in MSCs.", resources)
    assert unowned == {("TLR", "promotes", "immunosuppression", None, False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    ("In tumours, MDSC can be a therapeutic target to alleviate their pro-tumourigenic functions.",
     {("MDSC", "promotes", "tumorigenesis", None, False, False, "en.dep.active")}),
])
def test_a_prefixed_adjective_states_its_owners_effect(resources, text, expected):
    assert parse_read(text, resources) == expected
