"""An organ's function (english_vetoes.organ_function): ``regulates kidney function``, ``a role in brain
function`` name a physiological process, not the organ's activity. Sentences written for the test in the
grammar of reviews; each row gives the exact set of triples (the sentence's other claim with it), so a dead
reader fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In patients, IL-6 regulates kidney function and promotes kidney fibrosis.",
     {("IL-6", "promotes", "renal fibrosis", None, False, False, "en.dep.active")}),
    ("In mice, TREM-2 plays a role in brain function and in osteoclast differentiation.",
     {("TREM2", "regulates", "osteoclast", "differentiation", False, False, "en.dep.role")}),
])
def test_an_organs_function_is_no_activity_of_the_organ(resources, text, expected):
    assert parse_read(text, resources) == expected
