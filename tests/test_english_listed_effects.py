"""``The effects of X on Y include A, B and C`` (english_vetoes.listed_effects): the effects are the ones
listed, not a regulating of Y besides them; the effects of X on Y stated alone stand. Sentences written for
the test in the grammar of reviews."""
from __future__ import annotations

from .test_english_parse import parse_read


def test_effects_that_are_listed_are_no_claim_of_their_own(resources):
    listed = parse_read("In mice, the effects of vitamin D on T cells include inhibition of T cell proliferation "
                        "and induction of IL-4.", resources)
    assert not any(rule == "en.dep.effect_on" for *_, rule in listed)
    alone = parse_read("In mice, the effects of vitamin D on T cells have been described in detail.", resources)
    assert alone == {("vitamin D", "regulates", "T cell", None, False, False, "en.dep.effect_on")}
