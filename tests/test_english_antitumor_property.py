"""``X has an antitumor (antitumour, protumor) effect`` (pipeline/english/english_nominals.py ``property``, property rows of
dictionaries/relations/english_parse_words.tsv): the noun ``tumor`` as the stem of the adjective, as
``anti-inflammatory`` names inflammation. Sentences written for the test in the grammar of reviews; each row
gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In addition, IL-37 has a potential antitumor effect.",
     {("IL-37", "inhibits", "tumor", None, False, False, "en.dep.property")}),
    ("In addition, IL-37 has a potent anti-inflammatory effect in macrophages.",
     {("IL-37", "inhibits", "inflammation", None, False, False, "en.dep.property")}),
])
def test_anti_tumor_effect_inhibits_the_tumor(resources, text, expected):
    assert parse_read(text, resources) == expected
