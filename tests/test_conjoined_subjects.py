"""Chinese: A 与 B (A 与其 B) as the subject of a modal verb phrase (zh.with_pair_modal): both act.

A modal (可, 能够) after the pair says what both do; without it, or with a binding verb, the reading is
left as it was (A acts, B is what A is with; A binds B)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.with_pair_modal": [
        # written for the test, in the style of the bone-metabolism reviews: the pair goes on as the
        # subject of the chained clause (进而调节血糖水平)
        ("ESP 基因与胰岛素信号可调节骨钙素的活性，进而调节血糖水平。", {
            ('ESP', 'regulates', 'OCN', 'activity', False),
            ('insulin signaling pathway', 'regulates', 'OCN', 'activity', False),
            ('ESP', 'regulates', 'glucose homeostasis', None, False),
            ('insulin signaling pathway', 'regulates', 'glucose homeostasis', None, False),
        }),
        # written for the test: 与其 + words describing the second member (下游信号转导蛋白) + its names,
        # then a modal and two verbs of opposite directions
        ("TGF-β1与其下游信号转导蛋白Smad2/3可促进或抑制破骨细胞分化。", {
            ('TGF-β1', 'regulates', 'osteoclast', 'differentiation', False),
            ('Smad2/3', 'regulates', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: a modal with an adverb
        ("在破骨细胞前体中，TNF-α与IL-1β也能够促进破骨细胞分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
            ('IL-1β', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: the hedge 可能 in the modal's place: both act, hedged
        ("在绝经后骨质疏松中，IL-6 与 TNF-α 可能抑制成骨细胞分化。", {
            ('IL-6', 'inhibits', 'osteoblast', 'differentiation', False),
            ('TNF-α', 'inhibits', 'osteoblast', 'differentiation', False),
        }),
    ],
    "-zh.with_pair_modal": [
        # written for the test: no modal: A acts, B is what A is with (as before)
        ("TNF-α 与 IL-1β 促进破骨细胞分化。", {
            ('TNF-α', 'promotes', 'osteoclast', 'differentiation', False),
        }),
        # written for the test: the pair owns a noun (A 与 B 的接触: A's contact with B): A acts, as before
        ("巨噬细胞与肿瘤细胞的接触可促进肿瘤细胞的侵袭。", {
            ('macrophage', 'promotes', 'tumor cell', 'invasion', False),
        }),
        # written for the test: a binding verb after the pair: A binds B, and A goes on
        ("RANKL与RANK结合可促进破骨细胞分化。", {
            ('RANKL', 'binds', 'RANK', None, False),
            ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_pair_joined_by_with_before_a_modal(resources, name, text, expected):
    check_construction(resources, name, text, expected)
