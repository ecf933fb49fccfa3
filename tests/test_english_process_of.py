"""A process head of no relation lexicon with ``of`` and a known name (english_process_of): ``the clearance of
bacteria``, ``the elimination of various pathogens`` name one process, the name's (``<name> <head>``, the
dictionary's concept where it holds that name); an aspect word before ``of`` (``the recruitment of
neutrophils``) stays the relation reader's aspect of the name. Sentences written for the test in the grammar of
reviews; each row gives the exact set of triples, so a dead reader fails."""
from __future__ import annotations

import pytest

from .conftest import mentions_in
from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In the lung, IL-22 promotes the clearance of bacteria.",
     {("IL-22", "promotes", "bacteria clearance", None, False, False, "en.dep.active")}),
    # the dictionary holds the process under another name: its concept
    ("In the gut, IL-22 promotes the elimination of various pathogens.",
     {("IL-22", "promotes", "pathogen clearance", None, False, False, "en.dep.active")}),
    ("In the bone marrow, G-CSF promotes the mobilization of HSPCs.",
     {("G-CSF", "promotes", "HSPC mobilization", None, False, False, "en.dep.active")}),
])
def test_a_process_of_a_name_is_one_process(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_an_aspect_word_of_a_name_stays_the_aspect(resources):
    assert parse_read("In these mice, IL-17 promotes the recruitment of neutrophils.", resources) == \
        {("IL-17", "promotes", "neutrophil", "recruitment", False, False, "en.dep.active")}


def test_the_phrase_spans_head_to_name(resources):
    found = mentions_in("In the lung, IL-22 promotes the clearance of bacteria.", resources)
    assert ("clearance of bacteria", "bacteria clearance", "phrase") in found
    assert ("bacteria", "bacterium", "dictionary") in found  # the name stays a mention of the table


@pytest.mark.parametrize("text,expected", [
    # a name of several words after ``of``, with words after it: the whole name is the process's owner
    ("In mice, leptin increases the remodeling of trabecular bone in the vertebrae.",
     {("leptin", "upregulates", "trabecular bone remodeling", None, False, False, "en.dep.active")}),
    ("During infection, IL-22 maintains the homeostasis of epithelial cells in the gut.",
     {("IL-22", "promotes", "epithelial cell homeostasis", None, False, False, "en.dep.active")}),
])
def test_a_process_of_a_name_of_several_words_is_one_process(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_substance_after_of_is_the_name_the_claim_is_about(resources):
    # deposition of MSU crystals: the crystals induce gout, no "MSU crystal deposition" swallows them
    text = ("Gout is an autoinflammatory disorder induced by deposition of monosodium urate (MSU) crystals "
            "in the articular joints.")
    assert {(s, n) for s, n, _ in mentions_in(text, resources)} >= {("monosodium urate (MSU) crystals",
                                                                     "monosodium urate")}
    assert not any(s.startswith("deposition of") for s, _, _ in mentions_in(text, resources))
    from .conftest import triples_in
    assert ("monosodium urate", "induces", "gout", None, False) in triples_in(text, resources)
