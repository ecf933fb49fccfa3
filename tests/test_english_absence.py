"""``RANKL-deficient mice lack osteoclasts`` (en.dep.absence, pipeline/english/english_absence.py): what a knocked-down
model lacks, the knocked-down name makes (X promotes Y, SPEC 1). Sentences written in the grammar of reviews of
knock-out phenotypes; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.absence"


@pytest.mark.parametrize("text,expected", [
    # the verb lack, a knock-down adjective on the model
    ("RANKL-deficient mice completely lack osteoclasts and show a severe defect of bone resorption.",
     {("RANKL", "promotes", "osteoclast", None, False, False, RULE)}),
    # the knock-out mark; depleted of, and a second absence coordinated with it
    ("M-CSF−/− mice are severely depleted of tissue macrophages and completely lack osteoclasts throughout life.",
     {("M-CSF", "promotes", "macrophage", None, False, False, RULE),
      ("M-CSF", "promotes", "osteoclast", None, False, False, RULE)}),
    # a part of the model speaks for it; devoid of
    ("Lymph nodes of CCR7-deficient mice are devoid of regulatory T cells.",
     {("CCR7", "promotes", "Treg", None, False, False, RULE)}),
    # mice deficient in X (the knock-down adjective after the model); the phenotype it displays is en.dep.phenotype's
    ("Mice deficient in RANKL completely lack osteoclasts and display severe osteopetrosis.",
     {("RANKL", "promotes", "osteoclast", None, False, False, RULE),
      ("RANKL", "inhibits", "osteopetrosis", None, False, False, "en.dep.phenotype")}),
])
def test_what_a_model_without_x_lacks_x_makes(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_subject_that_is_no_model_states_nothing(resources):
    # osteoclasts lacking a molecule is no effect; the active clause after still reads
    assert parse_read("Mature osteoclasts lack RANK receptors in this model, and RANKL activates osteoclast precursors.", resources) == \
        {("RANKL", "activates", "osteoclast precursor", "activity", False, False, "en.dep.active")}
