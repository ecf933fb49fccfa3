"""Chinese arguments named by the phrase around a name: X 缺乏 as the agent is X's own effect turned round
(SPEC: a knockout or deficiency of X with no agent named; compositions.tsv deficiency zh read as the head),
and the symptoms of a disease (X (患者)的(临床)症状) are the disease the claim is on (compositions.tsv
symptom). Sentences written in the field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_a_deficient_cytokine_acts_with_its_effect_turned_round(resources):
    triples = triples_in("IL-18缺乏会加重小鼠的代谢综合征。", resources)
    assert ("IL-18", "inhibits", "metabolic syndrome", None, False) in triples
    assert not any(t[0] == "IL-18 deficiency" for t in triples)


def test_the_symptoms_of_a_disease_are_the_disease(resources):
    triples = triples_in("IL-6 可加重类风湿关节炎患者的临床症状。", resources)
    assert ("IL-6", "promotes", "rheumatoid arthritis", None, False) in triples
    assert not any(t[2] == "symptom" for t in triples)
