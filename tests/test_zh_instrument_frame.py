"""The means frame 用 X V Y written 可用 (one word) after a place phrase 临床上 (a word the tagger calls a
verb before 上): what is used acts (instrument_subject), not the sentence's subject. Sentences written for
the test in the style of the review papers."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "instrument_subject": [
        ("临床上可用英夫利昔单抗阻断TNF-α的活性。", {
            ('infliximab', 'inhibits', 'TNF-α', 'activity', False),
        }),
        # the topic (TNF-α) is no factor of the means clause
        ("TNF-α是类风湿关节炎的关键致病因子,临床上可用英夫利昔单抗阻断TNF-α的活性。", {
            ('infliximab', 'inhibits', 'TNF-α', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_instrument_frame(resources, name, text, expected):
    check_construction(resources, name, text, expected)
