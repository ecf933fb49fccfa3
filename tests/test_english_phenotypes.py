"""``X-deficient mice have reduced Y`` (en.dep.phenotype, pipeline/english/english_participles.py): ``have`` is a
verb of showing (phenotype words), which the parser reads as the auxiliary of the participle of change after it;
what the model has is that participle's object, changed as the participle says, with the knocked-down X turned
round (SPEC 1), and the nouns coordinated with the participle, each changed as its own participle says. A model
that has something unchanged states nothing. Sentences written in the grammar of reviews for this file."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.phenotype"


@pytest.mark.parametrize("text,expected", [
    ("In the skeleton, sclerostin-deficient mice have increased bone mass and bone strength.",
     {("sclerostin", "downregulates", "bone mass", None, False, False, RULE),
      ("sclerostin", "downregulates", "bone strength", None, False, False, RULE)}),
    ("In addition, the leptin-deficient mouse has reduced bone mineral content of long bones but increased "
     "vertebral trabecular bone.",
     {("leptin", "upregulates", "bone density", None, False, False, RULE),
      ("leptin", "downregulates", "trabecular bone", None, False, False, RULE)}),
    # nothing changed: no claim of the model's; the clause after it states its own
    ("IL-6-deficient mice have a normal number of osteoclasts, although IL-6 promotes bone resorption in vitro.",
     {("IL-6", "promotes", "bone resorption", None, False, False, "en.dep.active")}),
])
def test_a_model_has_what_its_missing_name_works_against(resources, text, expected):
    assert parse_read(text, resources) == expected
