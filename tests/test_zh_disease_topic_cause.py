"""A disease carried by a topic chain causes what a later clause's causal verb names (zh.disease_topic_cause).
Sentences written for the test, in the style of the readable sets."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.disease_topic_cause": [
        # the clause before says what RA is marked by; 导致 opens the next clause: RA causes the hyperplasia
        ("类风湿关节炎以持续性滑膜炎和血管生成为特征,导致滑膜增生。", {
            ('rheumatoid arthritis', 'induces', 'synovial hyperplasia', None, False),
        }),
        # 并 links a second predicate of the fracture: it causes pain and deformity
        ("骨折在非外伤或轻度外伤的情况下即可发生,常累及髋骨、股骨和脊柱等部位并导致疼痛、畸形。", {
            ('fracture', 'induces', 'pain', None, False),
            ('fracture', 'induces', 'deformity', None, False),
        }),
        # a time word (晚期) and a modal before the verb; 甚至 (and even) joins the second name to the list
        # (r10zh). The 导致 clause gives nothing yet: zh.object_loss reads 破坏 as a loss of the whole object list
        # and turns it round, and the disease is carried only into causal claims (a known gap, not a wanted absence)
        ("类风湿关节炎以持续性滑膜炎和血管生成为特征,导致滑膜增生及骨骼和软骨的渐进性破坏,晚期可造成关节变形甚至残疾。", {
            ('rheumatoid arthritis', 'induces', 'joint deformity', None, False),
            ('rheumatoid arthritis', 'induces', 'disability', None, False),
        }),
    ],
    "-zh.disease_topic_cause": [
        # the later clause has a subject of its own (IL-6 的表达): the tumour is only the setting
        ("甲状腺髓样癌是一种内分泌系统肿瘤,IL-6的表达可以诱导细胞凋亡。", {
            ('IL-6', 'induces', 'cell', 'apoptosis', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_disease_topic_cause(resources, name, text, expected):
    check_construction(resources, name, text, expected)
