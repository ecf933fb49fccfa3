"""``X−/− mice are protected from Y`` (en.dep.phenotype, pipeline/english/english_phenotype.py): every way of naming
a knocked-down model (english_models.model_factors: X-deficient mice, mice lacking X, mice deficient in X, X−/− mice,
X KO mice) as the subject of a verb of showing; the knocked-down name acts with the outcome turned round (SPEC 1).
Sentences written in the grammar of reviews of knock-out phenotypes; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.phenotype"


@pytest.mark.parametrize("text,expected", [
    # the knock-out mark on the subject (both spellings the parser splits differently)
    ("IL-6−/− mice are protected from ovariectomy-induced bone loss.",
     {("IL-6", "promotes", "ovariectomy-induced osteoporosis", None, False, False, RULE)}),
    ("IL-10-/- mice develop spontaneous colitis.",
     {("IL-10", "inhibits", "colitis", None, False, False, RULE)}),
    # KO, the abbreviation of knockout
    ("IL-10 KO mice develop spontaneous colitis.",
     {("IL-10", "inhibits", "colitis", None, False, False, RULE)}),
    # mice deficient in X: the knock-down adjective after the model
    ("Mice deficient in IL-17 are resistant to collagen-induced arthritis.",
     {("IL-17", "promotes", "collagen-induced arthritis", None, False, False, RULE)}),
    # the forms read before stay as they were
    ("IL-17-deficient mice are resistant to collagen-induced arthritis.",
     {("IL-17", "promotes", "collagen-induced arthritis", None, False, False, RULE)}),
    ("Mice lacking IL-23 are highly susceptible to colitis.",
     {("IL-23", "inhibits", "colitis", None, False, False, RULE)}),
])
def test_a_model_without_x_shows_what_x_works_against(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_named_subject_that_is_no_model_shows_nothing(resources):
    # T cells developing into a state is no knocked-down model: the sentence's claim is its active clause
    assert parse_read("Regulatory T cells develop colitis resistance, and IL-10 inhibits colitis.", resources) == \
        {("IL-10", "inhibits", "colitis", None, False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    # a fronted in phrase names the model (gold/extra: the CCR7 review); entering a vessel is migration
    ("Furthermore, in Ccr7−/− mice, DCs fail to enter initial afferent lymphatic vessels following inflammatory stimuli.",
     {("CCR7", "promotes", "DCs", "migration", False, False, "en.dep.model_fails")}),
    # the model as the subject
    ("CCR7-deficient dendritic cells fail to migrate to lymph nodes.",
     {("CCR7", "promotes", "dendritic cell", "migration", False, False, "en.dep.model_fails")}),
])
def test_what_a_model_without_x_fails_to_do_x_brings_about(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_cells_that_fail_are_no_model(resources):
    # no knocked-down name: failing says nothing of an agent; the sentence's claim is its second clause
    assert parse_read("Dendritic cells fail to migrate to lymph nodes, and CCR7 promotes dendritic cell migration.",
                      resources) == {("CCR7", "promotes", "dendritic cell", "migration", False, False, "en.dep.active")}


@pytest.mark.parametrize("text,expected", [
    # less prone: the model is spared the disease, so STING promotes it (gold/extra: the STING review)
    ("STING-deficient mice are less prone to cancer development in a cutaneous cancer model.",
     {("STING", "promotes", "tumor", None, False, False, RULE)}),
    # more susceptible keeps the direction
    ("IL-10-deficient mice are more susceptible to colitis.",
     {("IL-10", "inhibits", "colitis", None, False, False, RULE)}),
])
def test_less_turns_the_susceptibility_round(resources, text, expected):
    assert parse_read(text, resources) == expected
