"""以 right after a copula or 表现为 opens the features of the noun after the 的 that closes the phrase
(是以 A 增加为特征的 B): a trigger inside the phrase states a feature, a name's own change, not an act on
that noun (zh.feature_frame); 以 of purpose, after a verb phrase, is read as before."""
from __future__ import annotations

from .conftest import check_construction


def test_a_change_inside_the_features_of_a_disease_acts_on_no_disease(resources):
    # written for the test: osteoporosis is characterised by raised bone resorption, which does not raise the disease
    check_construction(resources, "zh.feature_frame",
                       "糖皮质激素性骨质疏松是一种因外源糖皮质激素所致的、以骨强度下降、骨吸收增加为特征的代谢性骨病,"
                       "RANKL 可促进破骨细胞的分化。", {
                           ('RANKL', 'promotes', 'osteoclast', 'differentiation', False),
                       })


def test_features_after_a_presenting_verb_act_on_no_lesion(resources):
    # written for the test: 表现为 before 以; the synoviocytes' proliferation is the lesion's feature
    check_construction(resources, "zh.feature_frame",
                       "类风湿关节炎表现为以滑膜细胞增殖增加为特征的关节病变,TNF-α 可促进滑膜细胞的增殖。", {
                           ('TNF-α', 'promotes', 'synoviocyte', 'proliferation', False),
                       })


def test_a_purpose_after_a_verb_phrase_is_read(resources):
    # written for the test: 以 of purpose follows the verb phrase, no copula: the purpose shares the subject
    check_construction(resources, "-zh.feature_frame", "IL-6 可增强 STAT3 的活化以促进肿瘤细胞的增殖。", {
        ('IL-6', 'promotes', 'STAT3', 'activity', False),
        ('IL-6', 'promotes', 'tumor cell', 'proliferation', False),
    })
