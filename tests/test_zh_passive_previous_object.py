"""A Chinese passive with no subject of its own after a clause that ends with its verb's object: the object is
the patient (zh.passive_previous_object); after a clause with no object, or one whose noun follows a noun predicate
(作为), the topic stays the patient (zh.passive). Sentences written for the test, in the field's style, unless said."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.passive_previous_object": [
        # what factor H inactivates is the C3b the protease produced, not the protease
        ("蛋白水解酶缓慢裂解C3,持续产生少量的C3b,一般可被H因子迅速灭活。", {
            ('factor H', 'inhibits', 'C3b', 'activity', False),
        }),
    ],
    "-zh.passive_previous_object": [
        # the clause before ends with no object: LIF, the topic, is what TGF-β downregulates
        ("LIF在肝细胞癌组织中异常升高,并在HCC细胞中被TGF-β下调。", {
            ('TGF-β', 'downregulates', 'LIF', 'expression', False),
        }),
        ("ADAM 蛋白酶不仅能被 IL-1β 激活，也可以被细菌毒素诱导。", {
            ('IL-1β', 'activates', 'ADAM', 'activity', False),
            ('bacterial toxin', 'upregulates', 'ADAM', 'expression', False),
        }),
        # the clause before ends with a noun predicate (作为 …前体细胞), no object: the topic, MSC, is what
        # the Wnt pathway regulates; the place phrase before 受 (在分化的过程中) names no subject of the clause's own
        # (gold/extra, a traditional-character passage, here in simplified characters)
        ("骨髓来源的间充质干细胞(MSC)作为这些细胞的前体细胞,在分化的过程中受Wnt信号通路的调节。", {
            ('Wnt pathway', 'regulates', 'MSC', None, False),
        }),
        ("间充质干细胞作为成骨细胞的前体细胞,受Wnt信号通路的调节。", {
            ('Wnt pathway', 'regulates', 'MSC', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_passive_previous_object(resources, name, text, expected):
    check_construction(resources, name, text, expected)
