"""Triples: every construction in dictionaries/relations/rules.tsv on its real
sentence, flags both ways, and the provenance of every triple."""
from __future__ import annotations

import pytest

from dataclasses import dataclass

from pipeline import config
from pipeline.lexicon import read_tsv

from .conftest import triples_in


@dataclass(frozen=True)
class RuleRecord:
    id: str
    lang: str
    construction: str
    example: str
    expected: str


RULES = [RuleRecord(**row) for row, _ in read_tsv(config.DICTIONARIES / "relations" / "rules.tsv",
                                                   ("id", "lang", "construction", "example", "expected"))]


def _expected(record):
    parts = [p.strip() for p in record.expected.split("|")]
    factor, effect, target, aspect = parts[:4]
    flags = set(parts[4:])
    return factor, effect, target, aspect or None, flags


def test_every_rule_has_an_example_and_an_expected_triple():
    assert len(RULES) >= 20
    for r in RULES:
        assert r.example and r.expected.count("|") >= 3, r.id


@pytest.mark.parametrize("record", RULES, ids=[f"{r.id}:{r.example[:12]}" for r in RULES])
def test_rule_example_gives_its_triple(resources, record):
    from pipeline.mentions import find_mentions
    from pipeline.relations import find_triples
    from pipeline.segment import segment

    from .conftest import document_of

    factor, effect, target, aspect, flags = _expected(record)
    doc = document_of(record.example)
    views = segment(doc)
    triples = find_triples(doc, views, find_mentions(doc, views, resources), resources)
    hits = [t for t in triples if (t.factor_name, t.effect, t.target_name, t.aspect) == (factor, effect, target, aspect)]
    assert hits, f"{record.id}: {record.expected} not among " + \
        "; ".join(f"{t.factor_name}|{t.effect}|{t.target_name}|{t.aspect}|{t.rule}" for t in triples)
    hit = hits[0]
    assert hit.negated == ("negated" in flags)
    assert hit.hedged == ("hedged" in flags)
    for t in triples:  # provenance: each span is exactly its text, inside the sentence
        assert doc.text[t.factor_start:t.factor_end] == t.factor_text
        assert doc.text[t.target_start:t.target_end] == t.target_text
        assert doc.text[t.effect_start:t.effect_end] == t.effect_text
        assert t.sent_start <= min(t.factor_start, t.target_start, t.effect_start)
        assert max(t.factor_end, t.target_end, t.effect_end) <= t.sent_end


@pytest.mark.parametrize("text,negated", [
    # a real title from a reference list of the LIF review, and the same with "did not"
    ("Leukemia inhibitory factor inhibits the proliferation of gastric cancer cells by inducing G1-phase arrest.",
     False),
    ("Leukemia inhibitory factor did not inhibit the proliferation of gastric cancer cells in this study.", True),
    # a sentence of the IL-review (its typo NAPDH corrected), and the same without 不会
    ("此外，IL-8 在体外不会直接激活 NADPH 氧化酶。", True),
    ("此外，IL-8 在体外可以直接激活 NADPH 氧化酶。", False),
    # a condition inside a place phrase is no negation
    ("TNF-α 治疗可以在没有 RANKL 的野生型小鼠中增加破骨细胞的数量。", False),
])
def test_negation_both_ways(resources, text, negated):
    found = triples_in(text, resources)
    assert found and all(t[4] is negated for t in found)


def test_not_only_is_no_negation(resources):
    text = ("Cytokines not only take part in immune responses but also directly or indirectly regulate bone "
            "remodeling.")
    assert ("cytokine", "regulates", "immune response", None, False) in triples_in(text, resources)


@pytest.mark.parametrize("text,hedged", [
    ("提示 TNF-α 可能通过 Notch 信号来抑制骨髓间充质干细胞的成骨分化。", True),
    ("TNF-α 通过 Notch 信号抑制骨髓间充质干细胞的成骨分化。", False),
    ("BMSC may promote the survival of CLL cells.", True),
    ("BMSC promotes the survival of CLL cells.", False),
])
def test_hedging_both_ways(resources, text, hedged):
    from pipeline.mentions import find_mentions
    from pipeline.relations import find_triples
    from pipeline.segment import segment

    from .conftest import document_of

    doc = document_of(text)
    views = segment(doc)
    found = find_triples(doc, views, find_mentions(doc, views, resources), resources)
    assert found and all(t.hedged is hedged for t in found)


def test_correlation_and_definitions_are_not_triples(resources):
    # SPEC: a correlation (相关) and a membership are not triples
    assert triples_in("LIF在胃癌中表达下调，与临床分期、淋巴结转移和较差的总生存期显著相关。", resources) == []
    assert triples_in("LIF 是 IL-6 家族的一员。", resources) == []
    # a statement about the literature (the mechanism has not been summarised) makes no claim
    assert triples_in("但迄今为止，炎症因子对骨质疏松的具体影响机制一直没有得到系统地归纳。", resources) == []
    # an open question (还有待研究) states no effect; the clause before it keeps its own
    assert not any(t[0] == "protein glycosylation" for t in triples_in(
        "LIF在体外的生物学功能似乎与糖基化程度无关，但糖基化是否会影响LIF在体内的稳定性和功能还有待研究<sup>[11]</sup>。",
        resources))
    assert triples_in("LIF 促进肿瘤生长，但其作用机制尚不清楚。", resources) == [
        ("LIF", "promotes", "tumor", "growth", False)]


def test_being_implicated_in_examples_regulates_each(resources):
    # the gold reads "X 的失调与 Y 有关" as X regulates Y; the examples stand for Y
    found = triples_in("TNF-α的失调与多种病理状况有关，例如感染、自身免疫性疾病、癌症、动脉粥样硬化、阿尔茨海默病和炎症性肠病。",
                       resources)
    assert {("TNF-α", "regulates", t, None, False) for t in ("infection", "autoimmune disease", "atherosclerosis")} \
        <= set(found)
    # a disease associated with something is no mechanism
    assert triples_in("许多自身免疫性疾病（如类风湿关节炎、多发性硬化症等）与免疫系统的异常活化有关。", resources) == []


def test_sample_papers_give_triples_with_exact_provenance(extracted, documents):
    for name, records in extracted.items():
        text = documents[name].text
        for t in records["triples"]:
            assert text[t.factor_start:t.factor_end] == t.factor_text
            assert text[t.target_start:t.target_end] == t.target_text
            assert text[t.effect_start:t.effect_end] == t.effect_text
            assert t.sent_start <= t.factor_start and t.target_end <= t.sent_end
    assert sum(len(r["triples"]) for r in extracted.values()) > 500


def test_a_triple_stated_twice_in_a_sentence_is_written_once(resources):
    # SPEC 1: one triple per sentence in which it is stated (a sentence of the IL review)
    text = "IL-6 不仅刺激成骨细胞前体细胞中 RANKL 的表达，还通过病理细胞促进RANKL的表达，例如类风湿性关节炎的滑膜成纤维细胞。"
    found = triples_in(text, resources)
    assert found.count(("IL-6", "upregulates", "RANKL", "expression", False)) == 1


@pytest.mark.parametrize("text,expected", [
    # 细胞凋亡 is the apoptosis of the cells the sentence names (real sentences of the reviews)
    ("IL-6 通过活化信号转导通路（如 JAK/STAT3 信号通路）来促进肿瘤细胞的增殖和存活，并抑制细胞凋亡的发生。",
     ("IL-6", "inhibits", "tumor cell", "apoptosis", False)),
    ("BMSC 能显著促进 CML 细胞的增殖, 保护 CML 细胞免受伊马替尼诱导的凋亡。",
     ("imatinib", "induces", "CML cell", "apoptosis", False)),
    ("此外，IL-1β可以通过增加巨噬细胞集落刺激因子的产生来激活破骨细胞，还可以抑制破骨细胞凋亡。",
     ("IL-1β", "inhibits", "osteoclast", "apoptosis", False)),
    ("文献报道,BMSC分泌的半乳糖凝集素3(Galectin-3, Gal-3)通过自身诱导Gal-3 mRNA生成和激活核因子κB(nuclear factor kappa-B, "
     "NF-κB)通路,保护ALL细胞免受化疗诱导的细胞死亡。",
     ("galectin-3", "inhibits", "acute lymphoblastic leukemia cell", "apoptosis", False)),
    # no cell type named: the cells stay generic
    ("TNF-α在调节多种发育和免疫过程中也发挥着不同的作用，包括炎症、分化、脂质代谢和细胞凋亡。",
     ("TNF-α", "regulates", "cell", "apoptosis", False)),
])
def test_cells_named_only_as_cells_are_the_cells_of_the_sentence(resources, text, expected):
    assert expected in triples_in(text, resources)


def test_a_condition_acts_on_each_change_after_it_but_not_on_a_transitive_one(resources):
    # a sentence of the BMSC review: both co-cultured names act; AG490's own object stays AG490's
    text = ("CLL 细胞在与 BMSCs 或 IL-6 共培养后, STAT3 的磷酸化水平增加, 但 AG490 可通过重新激活 SHP-1 引起 STAT3 和 "
            "Lyn 酪氨酸激酶 (lyn tyrosine kinase, Lyn) 去磷酸化, 并触发 CLL 凋亡。")
    found = triples_in(text, resources)
    assert ("BMSC", "upregulates", "STAT3", "phosphorylation", False) in found
    assert ("IL-6", "upregulates", "STAT3", "phosphorylation", False) in found
    assert not any(t[0] in ("BMSC", "IL-6") and t[2] in ("SHP-1", "Lyn") for t in found)


@pytest.mark.parametrize("text,absent", [
    # 与 right after a trigger opens an association, not its object (sentences of the BMSC review)
    ("同样, NF-κB 在 CLL 发病中发挥重要作用, 其表达上调与 CLL 的发生发展及化疗抵抗密切相关。",
     ("NF-κB", "upregulates", "CLL", None, False)),
    ("BMSC主要通过分泌细胞因子或细胞外基质蛋白,参与并调节着与白血病细胞增殖或凋亡相关的信号通路,从而促进白血病细胞的生存。",
     ("BMSC", "regulates", "leukemia cell", "apoptosis", False)),
])
def test_an_association_after_a_trigger_is_not_its_object(resources, text, absent):
    assert absent not in triples_in(text, resources)


def test_a_reporting_verb_ends_the_object_of_the_trigger_before_it(resources):
    # a sentence of the IL review: what 已证明 introduces is a new claim, not the object of 阻断
    text = ("IL-1 型细胞因子是先天性免疫反应的主要介质，IL-1 受体拮抗剂(interleu-kin-1 receptor antagonist, IL-1Ra)"
            "对 IL-1α或 IL-1β的阻断已证明 IL-1 在许多人类自身炎症疾病中起着核心作用。")
    found = triples_in(text, resources)
    assert ("IL-1Ra", "inhibits", "IL-1α", "activity", False) in found
    assert ("IL-1", "regulates", "autoinflammatory disease", None, False) in found
    assert not any(t[0] == "IL-1Ra" and t[2] == "IL-1" for t in found)


def test_a_disease_an_earlier_clause_was_about_does_not_act_in_later_clauses(resources):
    # a sentence of the LIF review: 髓母细胞瘤 is defined, then the clause after it has its own actors
    text = ("髓母细胞瘤 ( medulloblastoma, MB ) 是最常见的小儿恶性脑肿瘤, 在体外用 IL-6 家族细胞因子 ( IL-6、OSM、LIF 或 "
            "IL-11 ) 处理的 MB 细胞会增强的 JAK 激酶 / 信号转导子和转录激活子 3 ( janus kinase/signal transducers and "
            "activators of transcription 3, JAK-STAT3 ) 活性和细胞耐药性<sup>[31]</sup>。")
    assert not any(t[0] == "medulloblastoma" for t in triples_in(text, resources))


def test_a_qualifying_name_before_xiangguan_is_not_the_object(resources):
    # a sentence of the BMSC review: CLL only qualifies the pathway (相关通路), which names nothing;
    # CLL is affected only through 疾病 (the anaphor for the disease named before it)
    found = triples_in("BMSC能直接激活CLL相关通路而影响疾病的发生发展。", resources)
    assert not any(t[2] == "CLL" and t[1] != "regulates" for t in found)
    assert ("BMSC", "regulates", "CLL", None, False) in found


@pytest.mark.parametrize("text,expected,absent", [
    # sentences of the cytokine review: a composed name read as a name is the factor or target itself
    ("因此，针对这些细胞因子及其受体进行治疗，可以抑制肿瘤的生长和扩散，如 TNF-α 拮抗剂和 IL-6 受体拮抗剂已经被应用于临床肿瘤治疗。",
     ("cytokine-targeted therapy", "inhibits", "tumor", "growth", False), ("cytokine", "inhibits", "tumor", "growth", False)),
    ("IFN-α还可以增强免疫细胞的活性，促进肿瘤细胞的杀伤作用。",
     ("IFN-α", "promotes", "tumor cell killing", None, False), ("IFN-α", "promotes", "tumor cell", None, False)),
    # a blockade is read at its head, its polarity turned round (SPEC 1; a sentence of the LIF review)
    ("阻断LIF有效提高了肿瘤细胞的化疗敏感性,并进一步抑制了化疗下肿瘤的生长速率<sup>[33]</sup>。",
     ("LIF", "promotes", "tumor", "growth", False), None),
])
def test_a_composed_name_is_read_as_itself_where_its_construction_says_so(resources, text, expected, absent):
    found = triples_in(text, resources)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text", [
    # the sentence of the bug report: ", and" before a name and its verb opens a new claim
    "Interleukin-10 inhibits osteoclast differentiation, and TNF-α promotes RANKL expression in osteoblasts.",
    "Interleukin-10 inhibits osteoclast differentiation and TNF-α promotes RANKL expression in osteoblasts.",
    "Interleukin-10 inhibits osteoclast differentiation; TNF-α promotes RANKL expression in osteoblasts.",
    "Interleukin-10 inhibits osteoclast differentiation, but TNF-α promotes RANKL expression in osteoblasts.",
    "Interleukin-10 inhibits osteoclast differentiation whereas TNF-α promotes RANKL expression in osteoblasts.",
])
def test_a_name_and_its_verb_after_a_conjunction_start_a_new_claim(resources, text):
    found = triples_in(text, resources)
    assert ("IL-10", "inhibits", "osteoclast", "differentiation", False) in found
    assert ("TNF-α", "upregulates", "RANKL", "expression", False) in found
    assert not any(t[0] == "IL-10" and t[2] in ("TNF-α", "RANKL") for t in found)


def test_names_joined_before_their_shared_verb_stay_one_subject(resources):
    found = triples_in("IL-6 promotes osteoclast differentiation; IL-1, IL-8 and TNF-α also promote RANKL expression.",
                       resources)
    assert {(f, "upregulates", "RANKL", "expression", False) for f in ("IL-1", "IL-8", "TNF-α")} <= set(found)


@pytest.mark.parametrize("text,subject", [
    # a real reference title of the BMSC review: a passive that names no agent states no effect of its subject;
    # the group after it is a place ("in leukemia BMSC"), not a target
    ("Pinch-1 was up-regulated in leukemia BMSC and its possible effect.", "PINCH-1"),
    # and the same construction with "is … activated in"
    ("In chronic lymphocytic leukemia the JAK2/STAT3 pathway is constitutively activated in CLL cells.",
     "JAK2/STAT3 pathway"),
])
def test_a_passive_without_agent_gives_its_subject_no_target(resources, text, subject):
    assert not any(t[0] == subject for t in triples_in(text, resources))


@pytest.mark.parametrize("text,wrong", [
    # real reference titles of the BMSC and LIF reviews: the name before "-induced"/"mediated" only qualifies
    # the head noun after it, which is the object of the trigger
    ("PAK1 mediates bone marrow stromal cell-induced drug resistance in acute myeloid leukemia via ERK1/2 signaling "
     "pathway.", ("PAK1", "BMSC")),
    ("Bone marrow mesenchymal stromal cells non-selectively protect chronic myeloid leukemia cells from "
     "imatinib-induced apoptosis via the CXCR4/CXCL12 axis.", ("BMSC", "imatinib")),
    ("Targeting the gp130/STAT3 axis attenuates tumor microenvironment mediated chemoresistance in group 3 "
     "medulloblastoma cells.", ("gp130/STAT3 axis", "tumor microenvironment")),
])
def test_a_name_before_a_participle_is_no_object(resources, text, wrong):
    assert not any((t[0], t[2]) == wrong for t in triples_in(text, resources))


@pytest.mark.parametrize("text,qualifier", [
    ("Tumor-derived LIF promotes chemoresistance via activating tumor-associated macrophages in gastric cancers.",
     "tumor"),
    ("Bone mesenchymal stem cell-derived exosomal microRNA-7-5p inhibits progression of acute myeloid leukemia by "
     "targeting OSBPL1.", "BMSC"),
])
def test_the_name_before_derived_is_no_factor(resources, text, qualifier):
    found = triples_in(text, resources)
    assert found and not any(t[0] == qualifier for t in found)


@pytest.mark.parametrize("text", [
    # written for the test (no sample paper has the construction): an effect noun with "of" and "on"
    "The inhibitory effect of IL-10 on osteoclast differentiation has been confirmed in several studies.",
    "IL-10 has an inhibitory effect on osteoclast differentiation in several studies.",
])
def test_an_inhibitory_effect_of_a_on_b(resources, text):
    assert ("IL-10", "inhibits", "osteoclast", "differentiation", False) in triples_in(text, resources)


def test_in_after_an_effect_noun_names_a_place(resources):
    # a real reference title of the LIF review: gastric cancer is where, not what, the activation acts on
    text = ("Leukaemia inhibitory factor (LIF) inhibits cancer stem cells tumorigenic properties through hippo kinases "
            "activation in gastric cancer.")
    assert not any(t[2] == "gastric cancer" for t in triples_in(text, resources))


def test_a_mediator_after_the_target_is_recorded(resources):
    # a sentence of the LIF review's English abstract: SPEC 1, "A promotes C via B" is A → C with B as mediator
    from pipeline.mentions import find_mentions
    from pipeline.relations import find_triples
    from pipeline.segment import segment

    from .conftest import document_of

    doc = document_of("Different drugs have been developed. LIF affect cells through various signaling pathways by "
                      "binding to their receptors.")
    views = segment(doc)
    found = find_triples(doc, views, find_mentions(doc, views, resources), resources)
    hit = [t for t in found if (t.factor_name, t.effect, t.target_name) == ("LIF", "regulates", "cell")]
    assert hit and hit[0].mediator_id == "GO:0007165"


def test_a_trigger_inside_a_respect_list_of_a_role_states_no_direction(resources):
    # 002's abstract: the English side reads "plays an important role in … maintenance of stem cell stemness"
    text = "通过对 LIF 在癌细胞中的作用进行深入研究，发现其在肿瘤生长、迁移、侵袭、维持干细胞干性、免疫逃逸等方面发挥重要作用。"
    found = triples_in(text, resources)
    assert ("LIF", "regulates", "immune evasion", None, False) in found
    assert not any(t[0] == "LIF" and t[1] == "promotes" for t in found)
    # without a role word after 方面 the trigger keeps its direction (001: 在促进骨吸收方面具有更高的效率)
    assert ("IL-1β", "promotes", "bone resorption", None, False) in triples_in(
        "与 TNF-α相比，IL-1β在促进骨吸收方面具有更高的效率[53]。", resources)


def test_what_mediates_an_interaction_is_its_medium_not_its_agent(resources):
    # 000's first sentence in both languages: the gold gives only 'cytokine regulates immune response'
    for text in ("细胞因子是一类介导细胞间相互作用和调节免疫应答的蛋白质分子。",
                 "Cytokines are a class of protein molecules that mediate intercellular interactions and regulate "
                 "immune responses."):
        assert triples_in(text, resources) == [("cytokine", "regulates", "immune response", None, False)]
    # 介导 of anything else still brings it about (004: VCAM-1 … 可以介导细胞黏附)
    assert ("VCAM-1", "induces", "cell adhesion", None, False) in triples_in("VCAM-1 可以介导细胞黏附。", resources)


def test_an_unknown_word_in_a_bracketed_name_list_is_dropped(resources):
    # 001: the list in brackets after 下游信号通路 holds a stray κ and the misspelt JNKK; the names still
    # stand for the class word, and nothing is stated of the class word itself
    text = "RANKL 触发下游信号通路(PI-3K/κ、NF-κB 和丝裂原活化蛋白激酶 MAPK (ERK、JNKK 和 p38))的激活。"
    found = triples_in(text, resources)
    for name in ("PI3K", "NF-κB", "MAPK", "ERK1/2", "p38 MAPK"):
        assert ("RANKL", "activates", name, "activity", False) in found
    assert not any(t[2] == "signaling pathway" for t in found)
    # a bracket that is mostly unknown words is no list of names
    assert not any(t[2] == "PI3K" for t in triples_in("RANKL 触发下游信号通路(PI-3K/κ、甲和乙)的激活。", resources))


def test_two_names_joined_by_he_before_an_objectless_binding_bind_each_other(resources):
    # 004: the cell whose surface carries VLA-4 is a place, and only VCAM-1 acts after the binding
    text = "VCAM-1和ALL细胞表面的非常晚期抗原4(very late antigen-4, VLA-4)结合后可以介导细胞黏附,随后激活NF-κB通路。"
    found = triples_in(text, resources)
    assert ("VCAM-1", "binds", "VLA-4", None, False) in found
    assert {t[0] for t in found} == {"VCAM-1"}


@pytest.mark.parametrize("text,absent", [
    # 002: 与 LIF belongs to 竞争 (competes with LIF), not to the binding noun after it
    ("EC359 靶向 LIFR, 并与 LIF 竞争与配体结合位点的结合, 可以有效和选择性地降低胰腺癌中活化基质标志物的表达。",
     ("EC359", "binds", "LIF", None, False)),
    # 001: a binding noun never takes a place (细胞坏死时) for its partner
    ("在某些细胞类型中，细胞溶质 IL-1R2 的结合使pro-IL-1α处于非活性状态，因为在细胞坏死死亡时释放的 pro-IL-1α-IL1R2 "
     "复合物不能通过 IL-1R 发出信号。", ("cell", "binds", "necrosis", None, False)),
])
def test_a_partner_after_yu_binds_only_where_nothing_else_takes_it(resources, text, absent):
    assert absent not in triples_in(text, resources)


def test_a_name_inside_a_longer_aspect_word_is_no_name(resources):
    # 002: 干细胞性 (stemness) is one aspect word; neither 干细胞 nor 细胞 inside it is a name
    text = ("实验表明 CA-MSC 通过旁分泌 IL-6 和 LIF 激活卵巢癌细胞的 STAT3 信号通路, 增加肿瘤细胞的干细胞性。")
    found = triples_in(text, resources)
    assert any(t[0] == "CA-MSC" and t[2] == "tumor cell" and t[3] == "stemness" for t in found)
    assert not any(t[2] in ("stem cell", "cell") for t in found)


def test_aspects_listed_after_an_owned_process_are_the_owners(resources):
    # 004: 黏附 (cell adhesion) is a process of the ALL cells; 迁移 and 增殖 are theirs, not the process's
    found = triples_in("其次, BMSC通过细胞相互作用参与对ALL的调控,影响ALL细胞的黏附、迁移、增殖等生物学行为。", resources)
    assert ("BMSC", "regulates", "cell adhesion", None, False) in found
    assert ("BMSC", "regulates", "acute lymphoblastic leukemia cell", "proliferation", False) in found


def test_chansheng_before_an_effect_noun_is_have_an_effect_not_production(resources):
    # 004 (shortened: 其 there is BMSC): 产生深远的影响 is "have a profound effect on", not the
    # production of 治疗反应; 产生 after a name with no effect noun still names its production
    assert ("BMSC", "regulates", "treatment response", None, False) in \
        triples_in("BMSC 也可能对治疗反应产生深远的影响。", resources)
    assert ("IL-6", "upregulates", "RANKL", "expression", False) in triples_in("IL-6 促进 RANKL 的产生。", resources)


def test_infiltration_of_a_disease_is_its_invasion(resources):
    # 000: a tumour's 浸润 is invasion; immune cells' 浸润 stays infiltration
    found = triples_in("许多肿瘤细胞分泌或过度表达某些细胞因子，如 TNF 和 IL-6，导致肿瘤生长和浸润。", resources)
    assert ("IL-6", "induces", "tumor", "invasion", False) in found
    assert not any(t[3] == "infiltration" for t in found)
    found = triples_in("LIF 在调节 CD8+ T 细胞肿瘤浸润中起着关键作用。", resources)
    assert any(t[2] == "CD8+ T cell" and t[3] == "infiltration" for t in found)


def test_migration_of_a_disease_is_its_cells_migration(resources):
    # 002 (English abstract): the migration listed after tumor growth is the tumour cells'
    found = triples_in("In-depth studies on the role of LIF in cancer cells have revealed that it plays an important "
                       "role in tumor growth, migration, invasion, maintenance of stem cell stemness and immune "
                       "evasion.", resources)
    assert ("LIF", "regulates", "tumor cell", "migration", False) in found
    assert ("LIF", "regulates", "tumor", "growth", False) in found


def test_prefixed_names_joined_before_de_and_the_effect_word(resources):
    # 004 (its 它 named as BMSC): 抗炎和抗凋亡的作用 gives both
    found = triples_in("BMSC 还具有抗炎和抗凋亡的作用。", resources)
    assert ("BMSC", "inhibits", "inflammation", None, False) in found
    assert ("BMSC", "inhibits", "apoptosis", None, False) in found  # the process itself (gold 004:17)
