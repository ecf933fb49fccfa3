"""Where a study cue reaches (pipeline/relations/study_scope.py, used by the ``study`` record): a
finding reported in a clause before the study cue, or after it by a report cue opening a clause of
its own, is stated; the study's own clause states none."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.role": [
        # written for the test: 研究发现 + a role claim, then a clause describing the review
        ("研究发现CCL2在肿瘤和白血病的发生发展中起到了关键作用,本文就CCL2的最新研究进展进行综述。", {
            ('CCL2', 'regulates', 'tumor', None, False),
            ('CCL2', 'regulates', 'leukemia', None, False),
        }),
    ],
    "-study": [
        # written for the test: a review's clause, then 发现 opening a clause of its own: the finding
        # after it is stated (a verb with no direction, 调节, included), not rejected as the review's own
        ("本文综述IL-17与类风湿关节炎的关系,发现IL-6可调节Th17细胞的分化。", {
            ('IL-6', 'regulates', 'Th17 cell', 'differentiation', False),
        }),
    ],
    "study": [
        # written for the test: the role the review describes is no claim; the finding after it is
        ("本文综述了CCL2在肿瘤发生发展中的作用,CCL2可以促进肿瘤细胞的迁移。", {
            ('CCL2', 'promotes', 'tumor cell', 'migration', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_study_scope_gives_exactly_these_triples(resources, name, text, expected):
    check_construction(resources, name, text, expected)
