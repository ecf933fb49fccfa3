"""``for example`` / ``for instance`` opens an example phrase as ``such as`` does
(english_coordination._is_example_phrase, words of kinds example_phrase and example_mark of
english_parse_words.tsv): the examples stand for the class word before them (SPEC 1).
Sentences written for the test in the grammar of reviews; each row gives the exact set of triples, so a
dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Consequently, IL-17A contributes to the pathogenesis of certain inflammatory diseases for example psoriasis.",
     {("IL-17", "promotes", "psoriasis", None, False, False, "en.dep.active")}),
    ("IL-23 drives several autoimmune diseases for instance multiple sclerosis.",
     {("IL-23", "promotes", "multiple sclerosis", None, False, False, "en.dep.active")}),
])
def test_for_example_names_the_examples_of_the_class(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    ("IL-23 drives several autoimmune diseases such as multiple sclerosis.",
     {("IL-23", "promotes", "multiple sclerosis", None, False, False, "en.dep.active")}),
    ("IL-23 drives several autoimmune diseases including multiple sclerosis.",
     {("IL-23", "promotes", "multiple sclerosis", None, False, False, "en.dep.active")}),
    ("IL-23 drives several autoimmune diseases (e.g. multiple sclerosis).",
     {("IL-23", "promotes", "multiple sclerosis", None, False, False, "en.dep.active")}),
    ("IL-23 drives several autoimmune diseases, e.g. multiple sclerosis and psoriasis.",
     {("IL-23", "promotes", "multiple sclerosis", None, False, False, "en.dep.active"),
      ("IL-23", "promotes", "psoriasis", None, False, False, "en.dep.active")}),
    ("IL-23 drives several autoimmune diseases (eg multiple sclerosis).",
     {("IL-23", "promotes", "multiple sclerosis", None, False, False, "en.dep.active")}),
])
def test_example_words_of_the_dictionary_open_examples(resources, text, expected):
    """The words of kinds example_phrase (a preposition) and example_mark (in an apposition) of
    english_parse_words.tsv: the examples, not the class word, are the target."""
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a class name of several words, read by the parser as one proper noun, gets its ``such as`` hung on the
    # verb right after it (english_coordination.example_phrases): the examples are still the object's
    ("TNF-α promotes inflammatory cytokines such as IL-6 and IL-8.",
     {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "IL-8", "expression", False, False, "en.dep.active")}),
    ("IL-17 induces inflammatory cytokines such as IL-6 and TNF-α in fibroblasts.",
     {("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("IL-17", "upregulates", "TNF-α", "expression", False, False, "en.dep.active")}),
])
def test_examples_hung_on_the_verb_after_a_class_name_are_the_objects(resources, text, expected):
    assert parse_read(text, resources) == expected
