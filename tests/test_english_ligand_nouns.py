"""``CCL19 and CCL21 are ligands for CCR7`` (en.dep.agent_noun with the agent noun ``ligand``, binds): the
ligand binds what it is the ligand of or for; ``the TIE2 ligand ANG1`` (a name before the noun) the same.
Sentences written in the grammar of reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.agent_noun"


@pytest.mark.parametrize("text,expected", [
    ("The chemokines CC-chemokine ligand 19 (CCL19) and CCL21 are ligands for the CC-chemokine receptor 7 (CCR7).",
     {("CCL19", "binds", "CCR7", None, False, False, RULE), ("CCL21", "binds", "CCR7", None, False, False, RULE)}),
    ("Angiopoietin-1 (ANG1), the main TIE2 ligand, stabilizes blood vessels.",
     {("Ang-1", "binds", "Tie2", None, False, False, RULE)}),
])
def test_a_ligand_binds_what_it_is_the_ligand_of(resources, text, expected):
    assert parse_read(text, resources) == expected
