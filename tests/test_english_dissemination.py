"""``dissemination`` is an aspect word (dictionaries/relations/aspects.tsv: metastasis, as zh 扩散), not a name
of its own: ``the dissemination of X`` is X's spread, whatever X is (tumour cells, an infection); the
full name ``tumour cell dissemination`` stays a process. Sentences written for the test in the grammar of
reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("TGF-beta promotes the dissemination of tumour cells.",
     {("TGF-β", "promotes", "tumor cell", "metastasis", False, False, "en.dep.active")}),
    ("Neutrophils limit the dissemination of viral infections.",
     {("neutrophil", "inhibits", "viral infection", "metastasis", False, False, "en.dep.active")}),
])
def test_dissemination_is_the_spread_of_its_of_object(resources, text, expected):
    assert parse_read(text, resources) == expected
