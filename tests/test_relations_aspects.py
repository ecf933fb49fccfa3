"""Aspects, polarity and targets of a claim in the right sentence: the near
misses (one field wrong) that the constructions of rules.tsv do not show."""
from __future__ import annotations

from pipeline import config
from pipeline.relations import load_rule_data

from .conftest import triples_in


def test_a_trigger_can_say_no_aspect():
    data = load_rule_data(config.DICTIONARIES)
    assert data.triggers[("zh", "负调节因子")].aspect == "none"


def test_no_aspect_trigger_overrides_the_default_aspect(resources):
    got = triples_in("LIF 是 p53 的负调节因子。", resources)
    assert ("LIF", "inhibits", "p53", None, False) in got
    assert not [t for t in got if t[2] == "p53" and t[3] is not None]


def test_prefix_effect_noun_is_no_aspect(resources):
    got = triples_in("TNF 具有抗肿瘤活性。", resources)
    assert ("TNF-α", "inhibits", "tumor", None, False) in got
