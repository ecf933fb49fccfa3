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


def test_the_symptoms_of_the_patients_are_the_disease_the_claim_is_on(resources):
    # tr_zh_01 (IL-17 in rheumatic disease): 风湿病患者的症状 is read whole as the disease (compositions.tsv
    # symptom; it was zh.compound_modifier's example before the row); the other claims stand
    triples = triples_in("综述IL-17与风湿病的关系及中医药干预研究进展,发现中医药可通过抑制炎症因子、维持免疫细胞平衡、调节IL-17细胞和IL-23/IL-17轴平衡,从而干预IL-17及相关因子表达,进而改善风湿病患者的症状,可为风湿病的治疗及中医药干预提供新的思路。", resources)
    assert set(triples) == {
        ('traditional Chinese medicine', 'regulates', 'IL-17-producing cell', None, False),
        ('traditional Chinese medicine', 'regulates', 'IL-23/IL-17 axis', 'activity', False),
        ('traditional Chinese medicine', 'inhibits', 'inflammatory cytokine', 'activity', False),
        ('traditional Chinese medicine', 'inhibits', 'rheumatic disease', None, False),
        ('traditional Chinese medicine', 'promotes', 'immune homeostasis', None, False),
    }
