"""Chinese lists whose words share what follows the last one: the class word after 等 (遗传、免疫及感染等多种因素:
genetic and immune factors, regrouped._list_before_list_end) and a composition's words after the last name
(PI3K、AKT和mTOR小分子抑制剂: three inhibitors, chinese_shared_compositions). Sentences from the fresh passages
r10zh (05, 07) and gold/extra (r2zh_04)."""
from __future__ import annotations

from .test_chinese_word_formation import mentions_in


def test_the_words_of_a_list_closed_by_a_list_end_share_its_class_word(resources):
    found = mentions_in("银屑病是一种由遗传、免疫及感染等多种因素诱发的慢性自身免疫性皮肤疾病[1], 俗称牛皮癣, 病程较长, "
                        "易复发。", resources, composed=True)
    assert ("遗传", "genetic factor") in found and ("免疫", "immune factor") in found
    assert ("感染", "infection") in found  # a name of its own in the list stays its own
    assert ("银屑病", "psoriasis") in found


def test_a_word_of_the_list_that_is_a_name_keeps_its_name(resources):
    found = mentions_in("骨重建是一个紧密耦合的过程:骨吸收先于骨形成,这个过程中受到激素、环境和营养等因素的影响。",
                        resources, composed=True)
    assert ("环境", "environmental factor") in found and ("营养", "nutritional factor") in found
    assert ("激素", "hormone") in found and ("激素", "hormonal factor") not in found


def test_a_list_end_before_a_class_word_no_word_makes_a_name_with_adds_nothing(resources):
    # the examples before 等细胞因子 are the factors (SPEC 1), not a new name each
    found = mentions_in("IL-6、TNF-α等细胞因子可促进破骨细胞分化。", resources, composed=True)
    assert ("IL-6", "IL-6") in found and ("TNF-α", "TNF-α") in found
    assert not any(name.endswith("factor") for _, name in found if _ in ("IL-6", "TNF-α"))


def test_names_before_a_conjunction_share_the_composition_after_the_last(resources):
    found = mentions_in("目前,PI3K、AKT和mTOR小分子抑制剂的出现可以作为白血病干细胞和早期白血病前体的促存活因子,"
                        "对AML患者预后有积极作用[6]。", resources, composed=True)
    assert ("PI3K", "PI3K inhibitor") in found and ("AKT", "AKT inhibitor") in found
    assert ("mTOR小分子抑制剂", "mTOR inhibitor") in found
