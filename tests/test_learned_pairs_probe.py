"""tools/dev/learned_pairs_probe.py: candidates of a sentence no reader states anything in, and the
count of what a learned reading would add (the best candidate of each pair, each gold triple once)."""
from __future__ import annotations

import importlib.util
import sys

from pipeline import config
from pipeline.reading.read import read_document

spec = importlib.util.spec_from_file_location("learned_pairs_probe",
                                              config.ROOT / "tools" / "dev" / "learned_pairs_probe.py")
probe = importlib.util.module_from_spec(spec)
sys.modules["learned_pairs_probe"] = probe  # its dataclasses look their module up
spec.loader.exec_module(probe)


def _collected(tmp_path, text: str):
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    probe.relations_document.combine = probe._collecting_combine
    try:
        probe.collected.clear()
        records = probe.extract(read_document(path, "p.txt"), min_confidence=0.0)
    finally:
        probe.relations_document.combine = probe._combine
    return records["triples"], list(probe.collected)


def test_an_association_sentence_is_read_empty_and_gives_candidates(tmp_path):
    # an association states no triple (SPEC): both readers leave it empty, the probe proposes pairs
    triples, collected = _collected(tmp_path, "血清IL-6水平与类风湿关节炎患者RANKL的升高相关。")
    assert triples == []
    named = {(c.items[c.factor].text, c.items[c.trigger].text, c.items[c.target].text): (c, written)
             for c, written in collected}
    candidate, written = named[("IL-6", "升高", "RANKL")]
    assert candidate.features["zh.order=FTE"] == 1.0 and candidate.features["zh.ET.dist=1"] == 1.0  # RANKL 的 升高
    assert [(t.factor_name, t.effect, t.target_name, t.rule) for t in written] == [
        ("IL-6", "upregulates", "RANKL", "zh.learned_pair")]


def _example(pair, order, gold, strict=()):
    return probe.Example("p", "gold/extra", "zh", (1,) + pair, order, {}, gold, strict)


def test_added_at_keeps_the_best_candidate_of_each_pair_and_counts_each_gold_once():
    examples = [_example(("a", "b"), (0, 1, 2), (0,), (0,)),  # right
                _example(("a", "b"), (0, 3, 2), ()),  # the same pair, lower: not kept
                _example(("c", "b"), (4, 1, 2), (0,)),  # the same gold triple again: wrong
                _example(("d", "b"), (5, 1, 2), ())]  # below the threshold
    probs = [0.9, 0.8, 0.7, 0.1]
    assert probe.added_at(examples, probs, 0.5) == (1, 1, 1)
    assert probe.added_at(examples, probs, 0.05) == (1, 2, 1)
