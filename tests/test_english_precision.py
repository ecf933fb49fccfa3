"""English precision by kind of false positive (the parse reader, pipeline/english/english_reader.py): sentences in
the field's style where a reading would state what the sentence does not, each with the claim the
sentence does state (so a dead reader fails the test)."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,kept,gone", [
    # set-ups: what stands under "defining" / "understanding" / "to elucidate" is asked, not stated
    ("These findings have led to an interest in defining the impact of IL-27 on innate immunity, and IL-27 "
     "inhibits Th17 differentiation.",
     ("IL-27", "inhibits", "Th17 cell", "differentiation", False, False, "en.dep.active"), "innate immunity"),
    ("A better understanding of how TNF-α affects osteoblasts will be needed, since TNF-α promotes osteoclast "
     "differentiation.",
     ("TNF-α", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active"), "osteoblast"),
])
def test_set_ups_state_no_claim(resources, text, kept, gone):
    got = parse_read(text, resources)
    assert kept in got
    assert not [t for t in got if t[2] == gone]


@pytest.mark.parametrize("text,kept,gone", [
    # a receptor named by the class word alone, unowned, is no argument (english_vetoes.unnamed_receptor)
    ("IL-27 signals via a heterodimeric receptor composed of WSX-1 and gp130, and IL-27 inhibits Th17 "
     "differentiation.",
     ("IL-27", "inhibits", "Th17 cell", "differentiation", False, False, "en.dep.active"), "receptor"),
])
def test_unnamed_receptors_are_no_arguments(resources, text, kept, gone):
    got = parse_read(text, resources)
    assert kept in got
    assert not [t for t in got if gone in (t[0], t[2])]


def test_an_owned_receptor_stays(resources):
    # written for the test: "its receptors" are the factor's own
    got = parse_read("LIF inhibits the differentiation of embryonic stem cells by binding to its receptors.", resources)
    assert ("LIF", "binds", "receptor", None, False, False, "en.dep.active") in got
    assert ("LIF", "inhibits", "embryonic stem cell", "differentiation", False, False, "en.dep.active") in got


@pytest.mark.parametrize("text,kept,gone", [
    # a class word followed by "for example" / "for instance" X: the examples stand for it (SPEC 1)
    ("IL-17 contributes to the pathogenesis of several autoimmune diseases, for example rheumatoid arthritis.",
     ("IL-17", "promotes", "rheumatoid arthritis", None, False, False, "en.dep.active"), "autoimmune disease"),
    ("TNF-α promotes the development of chronic inflammatory diseases, for instance psoriasis.",
     ("TNF-α", "promotes", "psoriasis", None, False, False, "en.dep.active"), "chronic inflammatory disease"),
])
def test_for_example_gives_the_examples(resources, text, kept, gone):
    got = parse_read(text, resources)
    assert kept in got
    assert not [t for t in got if t[2] == gone]


def test_a_therapeutic_target_acts_turned_round(resources):
    # written for the test: what targeting IL-6 is to reduce, IL-6 itself raises (SPEC 1, blockade with no agent)
    got = parse_read("IL-6 is an attractive therapeutic target to reduce bone loss in rheumatoid arthritis.", resources)
    assert ("IL-6", "upregulates", "bone loss", None, False, False, "en.dep.active") in got
    assert not [t for t in got if t[1] in ("downregulates", "inhibits")]


def test_the_subject_of_a_passive_is_no_actor_through_its_means(resources):
    # written for the test: what "is caused by the inhibition of X" is the outcome, it does not inhibit X
    got = parse_read("The clinical efficacy of IL-6 blockade in arthritis may be caused both by the decline in the "
                     "number of inflammatory cells and by the inhibition of osteoclast differentiation, whereas "
                     "IL-6 induces RANKL expression.", resources)
    assert [t for t in got if t[:3] == ("IL-6", "upregulates", "RANKL") and t[6] == "en.dep.active"]
    assert not [t for t in got if t[6] == "en.dep.means"]


@pytest.mark.parametrize("text,kept,gone", [
    # a name with its examples in brackets is a class: the examples act, not it (SPEC 1)
    ("Osteoclast formation is induced in vitro by several agents, such as cytokines (e.g. RANKL) and small molecules "
     "(e.g. the PPARγ agonist rosiglitazone).",
     ("RANKL", "induces", "osteoclast", "differentiation", False, False, "en.dep.passive_agent"), "small molecule"),
    # a class word coordinated with a noun a name owns is that name's (TGF-β's pathways): not an argument alone
    ("Aberrant TGF-β expression and signaling pathways contribute to the progression of liver fibrosis.",
     ("TGF-β", "promotes", "liver fibrosis", None, False, False, "en.dep.active"), "signaling pathway"),
    ("Dysregulation of IL-6 expression and signaling pathways therefore plays an important role in the pathogenesis "
     "of multiple myeloma.",
     ("IL-6", "regulates", "multiple myeloma", None, False, False, "en.dep.role"), "signaling pathway"),
])
def test_class_words_that_are_not_arguments(resources, text, kept, gone):
    got = parse_read(text, resources)
    assert kept in got
    assert not [t for t in got if t[0] == gone]


def test_an_activating_mutation_is_the_gene_acting(resources):
    # written for the test: a gain-of-function mutation raises the gene's own function (the gene acts as written);
    # a plain mutation stays the composed name (which way it acts the sentence does not say)
    got = parse_read("Gain-of-function mutations in JAK2 promote the proliferation of erythroid progenitors, and "
                     "mutations in STAT3 cause hyper-IgE syndrome.", resources)
    assert [t for t in got if t[:2] == ("JAK2", "promotes") and t[3] == "proliferation"]
    assert not [t for t in got if t[0] == "STAT3"]


def test_examples_after_a_quantity_head_stand_for_its_class(resources):
    # written for the test: "including" hung on "forms" (a quantity head); the class word is a conjunct of its object
    got = parse_read("IL-1β is involved in many forms of acute and chronic inflammatory diseases including gout and "
                     "rheumatoid arthritis.", resources)
    assert ("IL-1β", "regulates", "gout", None, False, False, "en.dep.involved") in got
    assert not [t for t in got if t[2] == "chronic inflammatory disease"]


@pytest.mark.parametrize("text,kept,gone", [
    # a topic the review sets up (english_setups): what it presents without a direction is no claim
    ("This review focuses on the actions of IL-6 on osteoclasts, and IL-6 promotes RANKL expression.",
     ("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active"), "osteoclast"),
    ("Here, we provide an overview of the effects of TNF-α on macrophages, since TNF-α induces IL-6 "
     "expression.",
     ("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active"), "macrophage"),
    ("The mechanisms by which IL-17 regulates osteoblasts are reviewed, and IL-17 induces RANKL expression.",
     ("IL-17", "upregulates", "RANKL", "expression", False, False, "en.dep.active"), "osteoblast"),
])
def test_a_set_up_without_a_direction_is_no_claim(resources, text, kept, gone):
    got = parse_read(text, resources)
    assert kept in got
    assert not [t for t in got if t[2] == gone]


def test_a_direction_in_a_set_up_stands(resources):
    # written for the test: a modifier states its direction even in the review's set-up (the train gold
    # reads 'This review discusses … the IL-1-induced inflammatory cascade' so); a finding in a
    # that-clause is stated
    got = parse_read("This review discusses the IL-1-induced inflammatory cascade.", resources)
    assert [t for t in got if t[:2] == ("IL-1", "induces") and t[6] == "en.dep.modifier"]
    got = parse_read("We review evidence that IL-6 regulates osteoclasts.", resources)
    assert ("IL-6", "regulates", "osteoclast", None, False, False, "en.dep.active") in got


def test_a_clause_opened_by_where_borrows_no_subject(resources):
    # written for the test: the parser hangs 'where blocking STAT3 …' on 'effects'; the place or case a
    # 'where' clause is about blocks nothing (english_vetoes.borrowed_subject)
    got = parse_read("The effects of IL-6 on tumours where blocking STAT3 reduces growth are discussed, and IL-6 "
                     "activates STAT3.", resources)
    assert ("IL-6", "activates", "STAT3", "activity", False, False, "en.dep.active") in got
    assert not [t for t in got if t[6] == "en.dep.relative"]


@pytest.mark.parametrize("text,kept,gone", [
    # written for the test: a class word that describes names beside it is read as those names
    # (english_class_words): the names in apposition after it ...
    ("IL-17 and the related cytokines IL-6 and IL-1β induce RANKL expression.",
     ("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active"), "cytokine"),
    # ... and the name an indefinite apposition describes, where the parser made the apposition the subject
    ("PTH, an 84-amino acid peptide hormone synthesized by the parathyroid glands, is essential for the "
     "maintenance of calcium homeostasis.",
     ("PTH", "promotes", "calcium homeostasis", None, False, False, "en.dep.need"), "hormone"),
    # ... and the molecule a pathway class word is hung on, with brackets between
    ("The Hedgehog (Hh)-glioma-associated oncogene homolog (GLI) signaling pathway is highly conserved, with "
     "crucial roles in regulating embryonic development.",
     ("Hedgehog pathway", "regulates", "embryonic development", None, False, False, "en.dep.active"),
     "signaling pathway"),
])
def test_a_class_word_beside_names_is_read_as_the_names(resources, text, kept, gone):
    got = parse_read(text, resources)
    assert kept in got
    assert not [t for t in got if t[0] == gone]
