"""An owner and its process written apart by 的 and a word of how far the process goes (软骨的渐进性破坏,
软骨的进行性破坏: cartilage damage; composition_words.tsv of_owner, tried before 的 alone). Sentence from
the fresh passage r10zh_03; the rest written in the field's style."""
from __future__ import annotations

from .test_chinese_word_formation import mentions_in


def test_de_and_an_extent_word_between_owner_and_process_write_the_name_apart(resources):
    found = mentions_in("类风湿关节炎(rheumatoid arthritis,RA)以持续性滑膜炎和血管生成为特征,导致滑膜增生及骨骼和软骨的"
                        "渐进性破坏,晚期可造成关节变形甚至残疾。", resources, composed=True)
    assert ("软骨的渐进性破坏", "cartilage damage") in found
    assert ("关节变形", "joint deformity") in found


def test_de_alone_still_writes_the_name_apart(resources):
    found = mentions_in("破骨细胞可在骨表面移动并促进骨的吸收。", resources, composed=True)
    assert ("骨的吸收", "bone resorption") in found
    assert ("软骨的进行性破坏", "cartilage damage") in mentions_in("类风湿关节炎导致软骨的进行性破坏。", resources,
                                                                    composed=True)
