"""Publishers' hyphens inside words (U+2010 hyphen, U+2011 non-breaking hyphen) are read as the ASCII
hyphen by the clean stage, one character for one, so names are found whole and offsets stay exact."""
from __future__ import annotations

from pipeline.text.clean import clean_span

from .conftest import mentions_in

NB = "\u2011"


def test_unicode_hyphens_become_ascii_hyphens_with_exact_offsets():
    text = f"M1{NB}like macrophages secrete IL\u20106 and long{NB}term TNF-α."
    clean = clean_span(text, 0, len(text))
    assert clean.text == "M1-like macrophages secrete IL-6 and long-term TNF-α."
    assert len(clean.text) == len(text)
    for i in range(len(text)):
        assert clean.source_span(i, i + 1) == (i, i + 1)


def test_a_phrase_written_with_non_breaking_hyphens_is_found_whole(resources):
    text = (f"Epigenetic silencing, preventing the secretion of M1{NB}like TAM{NB}associated molecules, is an "
            "important immune evasion mechanism during tumor progression.")
    found = {(surface, name) for surface, name, _ in mentions_in(text, resources)}
    assert (f"M1{NB}like TAM{NB}associated molecules", "M1-like TAM-associated molecule") in found
    assert ("Epigenetic silencing", "epigenetic silencing") in found
