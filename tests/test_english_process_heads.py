"""A process head the dictionary also names alone (senescence, cell adhesion) right after a known name
(english_process_heads): the phrase names that name's process and is read in place of both; a name joined
by more than a hyphen (``RANKL-induced resorption``) keeps its own claim. Sentences written for the test in
the grammar of reviews; each gives the triples read, so a dead reader fails."""
from __future__ import annotations

import pytest

from .conftest import mentions_in, triples_in


@pytest.mark.parametrize("text,triple", [
    ("IL-1 promotes neutrophil adhesion to endothelial cells.",
     ("IL-1", "promotes", "neutrophil adhesion", None, False)),
    ("Loss of p53 prevents fibroblast senescence and promotes tumor growth.",
     ("p53", "promotes", "fibroblast senescence", None, False)),
])
def test_a_process_head_after_a_name_is_the_names_process(resources, text, triple):
    assert triple in triples_in(text, resources)


def test_a_name_that_acts_on_the_process_keeps_its_claim(resources):
    text = "Co-treatment with M-CSF augmented RANKL-induced resorption in a concentration-dependent manner."
    assert ("RANKL", "induces", "bone resorption", None, False) in triples_in(text, resources)
    assert ("M-CSF", "promotes", "bone resorption", None, False) in triples_in(text, resources)


def test_a_disease_head_keeps_its_names(resources):
    text = "TGF-β promotes liver fibrosis in mice."
    assert ("liver fibrosis", "liver fibrosis", "dictionary") in mentions_in(text, resources)
    assert ("TGF-β", "promotes", "liver fibrosis", None, False) in triples_in(text, resources)
