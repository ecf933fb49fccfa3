"""Anaphora: which factor a pronoun, a demonstrative or an anaphoric noun phrase
stands for (SPEC: the nearest preceding factor of the paragraph where that is
unambiguous, else no triple)."""
from __future__ import annotations

from .conftest import triples_in


def _factors(text, resources):
    return {t[0] for t in triples_in(text, resources)}


def test_pronoun_after_several_molecules_names_no_earlier_topic(resources):
    # 001: 它 follows IL-1R2, IL-1α and caspase-1: ambiguous, so it does not stand for the
    # inflammasome that the sentence before was about, and nor does the clause after it
    # (the last clause made to name a known target: 导致 IL-1α的释放)
    text = ("炎症小体能通过诱导细胞焦亡来促进 IL-1α的分泌。IL-1R2 对 IL-1α活性的抑制可以通过活性 caspase-1 来缓解，"
            "因为它可以切割 IL-1R2，从而导致 IL-1α的释放。")
    found = triples_in(text, resources)
    assert ("inflammasome", "upregulates", "IL-1α", "expression", False) in found  # the sentence before
    assert [t for t in found if t[2] == "IL-1α" and t[0] == "inflammasome"] == \
        [("inflammasome", "upregulates", "IL-1α", "expression", False)]


def test_unresolved_pronoun_leaves_no_factor_to_an_example_list(resources):
    # 001: 它 after many molecules; 包括 lists kinds of the place, not factors
    text = ("IL-6 放大器是通过 STAT3 和 NF-κB 之间的协同相互作用产生更多的 IL-6 及多种其他细胞因子和趋化因子，"
            "它也在炎症性疾病中发挥关键作用，包括细胞因子风暴综合征、自身免疫性疾病和癌症。")
    found = triples_in(text, resources)
    assert not [t for t in found if t[2] == "inflammatory disease"]


def test_determiner_phrase_names_the_class_when_the_sentence_before_named_it(resources):
    # 000: the sentence before names 细胞因子 and gives IL-2 and IL-12 as its examples:
    # 这些细胞因子 is the class, not its examples
    text = ("某些细胞因子（如 IL-2、IL-12 等）可以增强免疫细胞的活性和功能，促进免疫应答。因此，将这些细胞因子用于"
            "治疗某些感染性疾病、肿瘤或免疫缺陷病等，可以增强机体的免疫力，提高治疗效果。")
    found = triples_in(text, resources)
    assert ("cytokine", "promotes", "immunity", None, False) in found
    assert not [t for t in found if t[2] == "immunity" and t[0] != "cytokine"]


def test_determiner_phrase_keeps_its_provenance(resources):
    from pipeline.mentions import find_mentions
    from pipeline.relations import find_triples
    from pipeline.segment import segment

    from .conftest import document_of

    doc = document_of("TNF 和 IL-1 最初参与不同的信号通路。因此，两种细胞因子的串扰效应抑制成骨细胞功能。")
    views = segment(doc)
    triples = find_triples(doc, views, find_mentions(doc, views, resources), resources)
    named = [t for t in triples if t.factor_text == "两种细胞因子"]
    assert {t.factor_name for t in named} == {"TNF-α", "IL-1"}
    for t in named:
        assert doc.text[t.factor_start:t.factor_end] == "两种细胞因子"


def test_singular_determiner_needs_one_referent(resources):
    # 该 (singular) after a sentence with two factors: no referent; the class name stays
    text = "TNF 和 IL-1 最初参与不同的信号通路。该细胞因子可以抑制成骨细胞功能。"
    found = triples_in(text, resources)
    assert ("cytokine", "inhibits", "osteoblast", "activity", False) in found


def test_object_pronoun_points_at_itself(resources):
    from pipeline.mentions import find_mentions
    from pipeline.relations import find_triples
    from pipeline.segment import segment

    from .conftest import document_of

    doc = document_of("同时，一些细胞因子还与肿瘤血管生成密切相关，可能影响肿瘤的供血和营养，促进其生长和扩散。")
    views = segment(doc)
    triples = find_triples(doc, views, find_mentions(doc, views, resources), resources)
    owned = [t for t in triples if t.target_text == "其"]
    assert {(t.target_name, t.aspect) for t in owned} == {("tumor", "growth"), ("tumor", "metastasis")}
    for t in owned:
        assert doc.text[t.target_start:t.target_end] == "其"


def test_object_pronoun_needs_an_earlier_claim(resources):
    # 介导其信号传导 is the first claim of its sentence: 其 names nothing here
    text = "LIF与LIFR和gp130组成的膜受体复合物介导其信号传导。"
    assert not [t for t in triples_in(text, resources) if t[2] == "gp130"]


def test_names_before_zhijian_are_no_subject_for_a_later_demonstrative(resources):
    # 002: 这 does not stand for the cells between which the interaction happens
    text = ("脂肪细胞与乳腺癌细胞之间的相互作用依赖于LIF和趋化因子(C-X-C motif chemokine ligands, CXCLs)间的正反馈"
            "循环，这促进了乳腺癌的侵袭和转移<sup>[17]</sup>。")
    assert not [t for t in triples_in(text, resources) if t[0] in ("adipocyte", "breast cancer cell")]


def test_a_clause_about_an_action_is_not_said_of_the_topic(resources):
    # 004: 抑制 FGF2/FGFR2 信号通路 is the subject of 是; 该因子 (FGF2) does not inhibit it
    text = ("T-ALL来源的BMSC分泌成纤维细胞生长因子2(fibroblast growth factor 2, FGF2),该因子与T-ALL细胞上的"
            "成纤维生长因子受体2(fibroblast growth factor receptor 2, FGFR2)结合,因此抑制FGF2/FGFR2信号通路可能是"
            "克服BMSC介导的T-ALL进展的有效策略。")
    found = triples_in(text, resources)
    assert ("FGF2", "binds", "FGFR2", None, False) in found
    assert not [t for t in found if t[0] == "FGF2" and t[1] == "inhibits"]


def test_an_action_after_a_reporting_verb_is_not_said_of_the_topic(resources):
    # 002: 说明 is a reporting verb; 靶向 LIF 或其通路 is the subject of 是, so LIF does not raise the therapies
    text = ("进一步证明了 LIF 作为抗肿瘤免疫潜在抑制因子的作用, 说明靶向 LIF 或其通路可能是提高癌症免疫疗法与免疫检查点阻断 "
            "(immune checkpoint blockade, ICB) 联用疗效的一种有效方法<sup>[53]</sup>。")
    assert not [t for t in triples_in(text, resources) if t[0] == "LIF" and t[1] == "upregulates"]


def test_possessive_pronoun_owns_the_subject(resources):
    # 001: 其连接的不同变体 (its splice variants) is the subject; ST2 does not produce sST2
    text = ("ST2 主要由先天免疫细胞、肥大细胞和 Th2 淋巴细胞表达，其连接的不同变体导致产生不同的受体形式，"
            "包括可溶性形式(sST2)，它通过结合细胞外 IL-33 充当诱饵受体。")
    assert not [t for t in triples_in(text, resources) if t[0] == "ST2"]


def test_pronoun_owning_a_relative_phrase_subject(resources):
    # 001: 其恢复体内平衡的功能 (its function of restoring homeostasis) is the subject of 丧失
    text = "炎症因子可以促进炎症反应。如果炎症持续存在，其恢复体内平衡的功能就会丧失，逐渐进展为慢性炎症[10]。"
    found = triples_in(text, resources)
    assert ("inflammatory cytokine", "promotes", "inflammatory response", None, False) in found
    assert not [t for t in found if t[2] == "homeostasis"]


def test_pronoun_subject_of_a_plain_clause_still_acts(resources):
    # the same pronoun as a plain subject: 其 (LIF) regulates what follows
    text = "通过对 LIF 在癌细胞中的作用进行深入研究，发现其在肿瘤生长、迁移、侵袭等方面发挥重要作用。"
    assert [t for t in triples_in(text, resources) if t[0] == "LIF"]
