"""A known name after classifying adjectives, with other words before them (``fundamental innate antimicrobial
immunity``: an adjective of degree, then more adjectives than a narrowed name holds): the phrase from the
classifying adjectives on is the argument (english_narrowed_names.narrowed_tail), not the bare known name
(immunity). Sentences from the team-annotated passages; each row gives the exact set of triples."""
from __future__ import annotations

import pytest

from .conftest import mentions_in
from .test_english_parse import parse_read

_CGAS = ("Cyclic GMP-AMP synthase (cGAS) and its downstream effector, stimulator of interferon genes (STING), are "
         "involved in mediating fundamental innate antimicrobial immunity by promoting the release of type I "
         "interferons (IFNs) and other inflammatory cytokines.")


def test_the_classifying_tail_is_the_argument(resources):
    got = parse_read(_CGAS, resources)
    targets = {t[2] for t in got if t[0] in ("cGAS", "STING") and t[1] == "induces"}
    assert targets == {"innate antimicrobial immunity"}
    # the sentence's other claims are still read: both release type I interferons
    assert {t[0] for t in got if t[2] == "type I interferon"} == {"cGAS", "STING"}


def test_the_tail_is_a_mention_and_the_longer_phrase_is_not(resources):
    found = mentions_in(_CGAS, resources)
    assert ("innate antimicrobial immunity", "innate antimicrobial immunity", "phrase") in found
    assert not any(surface.startswith("fundamental") for surface, _, _ in found)


@pytest.mark.parametrize("text,target", [
    # all the words before the known name classify it: the whole phrase (narrowed_name), no tail
    ("In these mice, STING promotes innate antimicrobial immunity.", "innate antimicrobial immunity"),
    # an adjective of state before a classifying one: the tail names which inflammation
    ("In these mice, IL-6 promotes chronic intestinal inflammation.", "intestinal inflammation"),
])
def test_the_classifying_words_name_the_kind(resources, text, target):
    assert {t[2] for t in parse_read(text, resources)} == {target}


def test_a_shared_head_conjunct_holds_no_narrower_kind(resources):
    """``arterial, venous and cancer-related thrombosis``: the phrase the first conjuncts make with the shared
    head spans the last conjunct's, which is still the widest phrase of its own kind (overlapping_phrases._widest):
    the narrowed name, not the bare thrombosis, is the target (team-annotated passage)."""
    text = "Neutrophils play a vital role in the formation of arterial, venous and cancer-related thrombosis."
    assert {t[2] for t in parse_read(text, resources)} == {"cancer-related thrombosis"}
    text = "In these patients, IL-6 promotes arterial and venous thrombosis."
    assert {t[2] for t in parse_read(text, resources)} == {"venous thrombosis"}


def test_a_name_hyphenated_to_specific_narrows_a_response(resources):
    """``autoantigen-specific T cell responses``: a name hyphenated to ``specific`` (a ``defining`` row of
    new_names.tsv) says which response; the known name (T cell responses) ends with the head, which names nothing
    alone (``response``, a ``not_alone`` row), and is narrowed as any (team-annotated passage)."""
    text = ("The potential therapeutic application of the OX40–OX40L interaction in autoimmunity diseases and cancer "
            "immunotherapy are further discussed; OX40–OX40L blockade may ameliorate autoantigen-specific T cell "
            "responses and reduce immune activity in autoimmunity diseases.")
    targets = {t[2] for t in parse_read(text, resources)}
    assert "autoantigen-specific T cell response" in targets
    assert "T cell response" not in targets
