"""A relative clause whose verb is singular (in -s, or with ``was`` / ``is`` / ``has`` as itself or its
auxiliary) is not about the plural agent of a participle the parser hung it on, but about the noun the
participle modifies (english_clauses._agreeing, singular_verb): ``a cytokine produced by macrophages that was
… a major mediator of septic shock``: the cytokine (MIF), not the macrophages. Sentence of a fresh readable set."""
from __future__ import annotations

from .test_english_parse import parse_read

_MIF = ("In the mid-1990s, studies led by Richard Bucala demonstrated that migration inhibitory factor (MIF) was a "
        "proinflammatory cytokine produced by macrophages that was not only required to mount innate immune "
        "responses but also was a major mediator of septic shock (1).")


def test_a_singular_auxiliary_names_the_participles_noun(resources):
    got = parse_read(_MIF, resources)
    assert ("MIF", "promotes", "septic shock", None, False, False, "en.dep.agent_noun") in got
    assert not any(t[0] == "macrophage" for t in got)
