"""A singular common noun ending a long name no dictionary knows, with a bracket that names one molecule
(``the action of osteoclast differentiation factor ligand (RANKL)``): the name in the bracket is the
argument (english_descriptors._one_molecule_in_bracket, read by english_phrases._members_in_brackets); a
bracket that goes on into a longer name (``(RANKL)-osteoprotegerin system``) is not. Sentences written
for the test in the grammar of reviews; each gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Estrogen suppresses the action of osteoclast differentiation factor ligand (RANKL) in bone.", {
        ("estrogen", "inhibits", "RANKL", "activity", False, False, "en.dep.active")}),
    ("Osteocytes secrete a corresponding ligand (stem cell factor, SCF) that is critical to mast cell "
     "development.", {
        ("stem cell factor", "promotes", "mast cell", "differentiation", False, False, "en.dep.need")}),
])
def test_the_name_in_the_bracket_is_the_argument(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_bracket_going_on_into_a_longer_name_is_no_argument(resources):
    got = parse_read("PTH stimulates the receptor activator of NF-kB ligand (RANKL)-osteoprotegerin system, "
                     "and induces bone resorption.", resources)
    assert ("PTH", "induces", "bone resorption", None, False, False, "en.dep.active") in got
    assert not any(t[2] == "RANKL" for t in got)
