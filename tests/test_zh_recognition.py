"""识别 (a receptor or an antibody recognises a molecule) states binding (triggers.tsv), as a verb
and as the noun of A 对 B 的识别."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.active": [
        # written for the test: the verb, then the chain goes on with the subject
        ("TLR4可以识别脂多糖,进而激活NF-κB信号通路。", {
            ('TLR4', 'binds', 'LPS', None, False),
            ('TLR4', 'activates', 'NF-κB pathway', 'activity', False),
        }),
        # written for the test: an antibody that recognises its target
        ("贝利尤单抗可特异性识别BLyS,从而抑制B细胞的存活。", {
            ('belimumab', 'binds', 'BAFF', None, False),
            ('belimumab', 'inhibits', 'B cell', 'survival', False),
        }),
    ],
    "zh.target_marker": [
        # written for the test: A 对 B 的识别, the claim made a noun
        ("TLR4对LPS的识别依赖于CD14。", {
            ('TLR4', 'binds', 'LPS', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_recognition_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
