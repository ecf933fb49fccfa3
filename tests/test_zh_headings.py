"""zh.heading: a run-in heading (a process name and a colon) opening a sentence names what the clauses after
it are about, not who acts in them (免疫调节：刺激 T 细胞…: the molecule of the section is left unsaid).
Sentences written for the test, in the style of a review's list of a cytokine's functions."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.heading": [
        # the clause after the heading names its own subject: it acts, and the next clause goes on with it
        ("免疫调节：IL-1 可刺激 T 细胞的活化，促进免疫应答。", {
            ('IL-1', 'activates', 'T cell', 'activity', False),
            ('IL-1', 'promotes', 'immune response', None, False),
        }),
        # the heading's own clauses name no factor; the clause that names IL-1 still states its claim
        ("炎症反应：诱导前列腺素和一氧化氮的产生，而 IL-1 还可促进血管生成。", {
            ('IL-1', 'promotes', 'angiogenesis', None, False),
        }),
    ],
    # a molecule before the colon is the topic the clauses after it speak of
    "-zh.heading": [
        ("IL-1β：主要由单核巨噬细胞产生，可激活 T 细胞。", {
            ('IL-1β', 'activates', 'T cell', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_heading(resources, name, text, expected):
    check_construction(resources, name, text, expected)
