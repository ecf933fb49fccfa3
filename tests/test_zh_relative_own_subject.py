"""Chinese relative clauses in a verb's object whose own subject is a noun no dictionary names
(zh.unnamed_relative_object, zh.examples_relative_object): ``抑制多种因素诱导的炎症反应``. The head
after 的 is the object of the first verb; the relative's verb (诱导, 导致) is said of its own subject,
neither of the sentence's subject (which made IL-10 induce the inflammation) nor of the names that 等
gives as examples of that subject. A relative inside an enumeration binds only its neighbours
(zh.enumerated_relative). Sentences written for the test in the field's style."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.unnamed_relative_object": [
        # 因素 is the relative's subject: IL-10 inhibits the response, it does not induce it
        ("IL-10 可抑制多种因素诱导的炎症反应。", {
            ('IL-10', 'inhibits', 'inflammatory response', None, False),
        }),
    ],
    "zh.examples_relative_object": [
        # 病毒感染 is an example of 原因, the causes; the object of 抑制 is the response
        ("IL-10 可抑制病毒感染等原因诱导的炎症反应。", {
            ('IL-10', 'inhibits', 'inflammatory response', None, False),
        }),
        # 改善 (ameliorate) a disease: the disease is inhibited; chemotherapy is neither improved nor the agent
        ("GM-CSF 可改善化疗等原因导致的骨髓抑制。", {
            ('GM-CSF', 'inhibits', 'myelosuppression', None, False),
        }),
    ],
    # a relative clause in the middle of an enumeration modifies one member: its agent is the member right
    # before its verb, not the whole list (CD8+ T cells do not activate NK cells)
    "zh.enumerated_relative": [
        ("IL-15 可促进CD8+ T细胞、IL-2激活的NK细胞、NKT细胞等的增殖。", {
            ('IL-15', 'promotes', 'NK cell', None, False),
            ('IL-15', 'promotes', 'NKT cell', None, False),
            ('IL-2', 'activates', 'NK cell', 'activity', False),
        }),
    ],
    # a list of agents before a relative whose head ends the object: every agent acts (TNF-α and IL-1)
    "-zh.enumerated_relative": [
        ("IL-6可抑制TNF-α、IL-1诱导的骨吸收。", {
            ('IL-6', 'inhibits', 'bone resorption', None, False),
            ('TNF-α', 'induces', 'bone resorption', None, False),
            ('IL-1', 'induces', 'bone resorption', None, False),
        }),
    ],
    # a named agent right before the relative's verb: its own claim, read as before (relative_head_object)
    "-zh.unnamed_relative_object": [
        ("IL-10可抑制LPS诱导的炎症反应。", {
            ('IL-10', 'inhibits', 'inflammatory response', None, False),
            ('LPS', 'induces', 'inflammatory response', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_relative_with_its_own_subject(resources, name, text, expected):
    check_construction(resources, name, text, expected)
