"""A name that says what another factor of the claim is for is no factor (``english_vetoes.purpose_of_factor``).
Sentences written for the test in the grammar of reviews."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_what_a_listed_factor_is_for_is_no_factor(resources):
    """``(T-bet for Th1 cells and GATA3 for Th2 cells) control Y`` (english_vetoes.purpose_of_factor): the cells
    after ``for`` say what each factor serves, they are no agents of the clause."""
    text = "Lineage-specifying transcription factors (T-bet for Th1 cells and GATA3 for Th2 cells) control the " \
           "production of IL-4."
    assert {t[:3] for t in parse_read(text, resources)} == {("T-bet", "regulates", "IL-4"), ("GATA3", "regulates", "IL-4")}
