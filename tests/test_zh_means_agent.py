"""zh.means_agent: a clause opening with 通过 + a name and a verb trigger, with no subject named anywhere in
the sentence: the means acts on the object. Sentences from the team-annotated passages (gold/extra), and
one written for the test (the subject named: the subject acts, the means mediates)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.means_agent": [
        # the cGAS-STING pathway activates the immune cells of the tumour microenvironment
        ("通过cGAS-STING信号通路活化肿瘤微环境内的免疫细胞,启动抗肿瘤免疫应答已成为近年来的研究热点。", {
            ('cGAS-STING pathway', 'activates', 'immune cell', 'activity', False),
        }),
        # in mast cells the FcεRI pathway induces IL-33 expression (the place clause names no subject)
        ("在肥大细胞,通过FcεRI信号通路可诱导IL-33表达。", {
            ('FcεRI pathway', 'upregulates', 'IL-33', 'expression', False),
        }),
    ],
    "-zh.means_agent": [
        # IL-6 is named: IL-6 acts, the JAK/STAT3 pathway only mediates (written for the test)
        ("IL-6通过JAK/STAT3信号通路促进肿瘤细胞增殖。", {
            ('IL-6', 'promotes', 'tumor cell', 'proliferation', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_means_agent(resources, name, text, expected):
    check_construction(resources, name, text, expected)
