"""What a noun phrase names on the English parse (pipeline/english/english_phrases.py): class words and
the names they title, a class word a name owns (its receptors), treatments, examples, lowered
objects, cells produced, the cell a differentiation leads to, a name in apposition to a descriptor, members in brackets after a class word, and what a pronoun stands for. Each case is a real sentence of the train
passages or the sample papers, or one written for the test and marked so, with the exact set of
triples the parse reader gives: (factor, effect, target, aspect, negated, hedged, rule)."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # tr_en_07: the receptors VEGF owns are the VEGF receptor (the dictionary's VEGFR)
    ("Direct and indirect targeting of VEGF and its receptors therefore may provide a potent novel therapeutic "
     "approach to overcome resistance to therapies and thereby improve patient outcome.",
     {("VEGF-A", "promotes", "drug resistance", None, False, True, "en.dep.knockdown_subject"),
      ("VEGFR", "promotes", "drug resistance", None, False, True, "en.dep.knockdown_subject")}),
    # tr_zh_05's English abstract: the receptors of a class word (the dictionary's chemokine receptor)
    ("[Abstract] Chemokines and their receptors are thought to play an important role in tumor metastasis.",
     {("chemokine", "regulates", "tumor", "metastasis", False, True, "en.dep.role"),
      ("chemokine receptor", "regulates", "tumor", "metastasis", False, True, "en.dep.role")}),
    # a reference title of the LIF review: immunization against X and its receptor knocks both down
    ("Immunization against leukemia inhibitory factor and its receptor suppresses tumor formation of breast cancer "
     "initiating cells in BALB/c mouse.",
     {("LIF", "promotes", "tumorigenesis", None, False, False, "en.dep.knockdown_subject"),
      ("LIFR", "promotes", "tumorigenesis", None, False, False, "en.dep.knockdown_subject")}),
    # written for the test: receptors no dictionary concept names are composed (HGNC:CXCL12/receptor)
    ("In these mice, CXCL12 and its receptors promote the migration of hematopoietic stem cells.",
     {("CXCL12", "promotes", "HSC", "migration", False, False, "en.dep.active"),
      ("CXCL12 receptor", "promotes", "HSC", "migration", False, False, "en.dep.active")}),
    # written for the test: a class word, a comma, then the names it titles: the names act, not the class
    ("In these cultures, two other cytokines, IL-4 and IL-13, inhibited osteoclast differentiation.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("IL-13", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active")}),
])
def test_class_words_and_what_they_stand_for(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_composed_receptor_keeps_the_span_it_was_read_from(resources):
    from pipeline.english.english_reader import english_triples
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    from .conftest import document_of

    doc = document_of("[Abstract] Chemokines and their receptors are thought to play an important role in tumor "
                      "metastasis.")
    views = segment(doc)
    triples = english_triples(doc, views, find_mentions(doc, views, resources), resources)
    composed = [t for t in triples if t.factor_name == "chemokine receptor"]
    assert composed and all(doc.text[t.factor_start:t.factor_end] == "receptors" for t in composed)
    assert {t.factor_id for t in composed} == {"local:chemokine_receptor"}  # the dictionary's


@pytest.mark.parametrize("text,expected", [
    # tr_en_05: a co-treatment acts with what it is with, and the name before a split word
    ("Co-treatment with M-CSF augmented RANKL-induced resorption in a concentration-dependent manner with a "
     "(200–300%) stimulation at 25 ng/mL, an effect observed within 4–6 h.",
     {("M-CSF", "promotes", "bone resorption", None, False, False, "en.dep.active"),
      ("RANKL", "induces", "bone resorption", None, False, False, "en.dep.modifier")}),
    ("M-CSF co-treatment also increased number of resorption pits and F-actin sealing zones, but not the number of "
     "OCs or pit size, indicating stimulation of the proportion of OCs activated.",
     {("M-CSF", "upregulates", "resorption pit formation", None, False, False, "en.dep.active"),
      ("M-CSF", "upregulates", "sealing zone formation", None, False, False, "en.dep.active")}),
    # written for the test: a receptor ligated or engaged acts as the verb says
    ("In macrophages, ligation of TLR4 induces secretion of IL-6 and TNF-α.",
     {("TLR4", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("TLR4", "upregulates", "TNF-α", "expression", False, False, "en.dep.active")}),
    ("In dendritic cells, engagement of CD40 induces IL-12 production.",
     {("CD40", "upregulates", "IL-12", "expression", False, False, "en.dep.active")}),
])
def test_a_treatment_acts_with_what_it_is_with(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # written for the test: "such as" the parser hung on the nominalisation belongs to the class it is of
    ("In macrophages, IL-10 mediates the inhibition of pro-inflammatory cytokines such as TNF-α and IL-6.",
     {("IL-10", "inhibits", "TNF-α", "activity", False, False, "en.dep.active"),
      ("IL-10", "inhibits", "IL-6", "activity", False, False, "en.dep.active")}),
    # written for the test: X-induced A as well as the inhibition of B: the modifier is A's only
    ("In arthritis, TNF-α causes osteoclast-induced bone destruction as well as the inhibition of osteoblast "
     "differentiation.",
     {("TNF-α", "induces", "bone destruction", None, False, False, "en.dep.active"),
      ("TNF-α", "inhibits", "osteoblast", "differentiation", False, False, "en.dep.active"),
      ("osteoclast", "induces", "bone destruction", None, False, False, "en.dep.modifier")}),
    # written for the test: after a list, "such as" (hung by the parser on the nominalisation) stands for the
    # class word of the list only (chemokines); the other name of the list (IL-6) stays an object
    ("TNF-α stimulates the release of IL-6 and chemokines such as CCL2 and CCL5 from synovial fibroblasts.",
     {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "CCL2", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "CCL5", "expression", False, False, "en.dep.active")}),
    ("IL-1β stimulates the production of IL-6 and proteases such as MMP-3 and MMP-13 in chondrocytes.",
     {("IL-1β", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("IL-1β", "upregulates", "MMP-3", "expression", False, False, "en.dep.active"),
      ("IL-1β", "upregulates", "MMP-13", "expression", False, False, "en.dep.active")}),
    # written for the test: promoting a reduced thing inhibits it
    ("In skeletal disease, TNF-α promotes reduced bone formation.",
     {("TNF-α", "inhibits", "bone formation", None, False, False, "en.dep.active")}),
    # written for the test: cells produced are cells formed (no expression of a cell)
    ("G-CSF induces the production of mature neutrophils in mice.",
     {("G-CSF", "induces", "neutrophil", "differentiation", False, False, "en.dep.active")}),
])
def test_what_an_object_phrase_names(resources, text, expected):
    assert parse_read(text, resources) == expected

@pytest.mark.parametrize("text,expected", [
    # written for the test: the cell named after towards (a Th17 phenotype) is whose differentiation it is,
    # not the naive cells it starts from (the preposition hung on the of-object)
    ("Several cytokines, including IL-6 and IL-23, support the differentiation of naive CD4+ T cells towards a "
     "Th17 phenotype.",
     {("IL-6", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.active"),
      ("IL-23", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.active")}),
    # written for the test: into / to hung on the verb the aspect word is the object of
    ("IFN-γ promotes the differentiation of monocytes into M1 macrophages.",
     {("IFN-γ", "promotes", "M1 macrophage", "differentiation", False, False, "en.dep.active")}),
    ("IL-4 drives differentiation of naive CD4+ T cells to Th2 cells.",
     {("IL-4", "promotes", "Th2 cell", "differentiation", False, False, "en.dep.active")}),
    # written for the test: with no product named, the cells differentiating are the owner
    ("TNF-α inhibits osteoclast differentiation from precursors.",
     {("TNF-α", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active")}),
])
def test_a_cell_differentiates_into_what_the_product_word_names(resources, text, expected):
    assert parse_read(text, resources) == expected

@pytest.mark.parametrize("text,expected", [
    # written for the test: a descriptor no dictionary knows, then the name after the comma (parsed as a
    # conjunct with no conjunction): the name is the agent
    ("The survival of plasma cells is controlled by a transcription factor, signal transducer and activator of "
     "transcription 3 (STAT3).",
     {("STAT3", "regulates", "plasma cell", "survival", False, False, "en.dep.passive_agent")}),
    # written for the test: a class word with the name in apposition, as agent and as subject
    ("Osteoclast formation is driven by a key cytokine, RANKL.",
     {("RANKL", "promotes", "osteoclast", "differentiation", False, False, "en.dep.passive_agent")}),
    ("A cytokine, IL-6, induces RANKL expression.",
     {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}),
    # written for the test: the name first and the class word in apposition after it: the name, as before
    ("IL-6, a pleiotropic cytokine, induces RANKL expression.",
     {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}),
])
def test_a_descriptor_gives_way_to_the_name_in_apposition(resources, text, expected):
    assert parse_read(text, resources) == expected

@pytest.mark.parametrize("text,expected", [
    # written for the test: the members in brackets after a class word stand for it, as after "such as"
    ("Th2 cytokines (IL-4 and IL-13) induce M2 polarization of macrophages.",
     {("IL-4", "induces", "M2 macrophage", "polarization", False, False, "en.dep.active"),
      ("IL-13", "induces", "M2 macrophage", "polarization", False, False, "en.dep.active")}),
    ("Inflammatory cytokines (IL-1β, IL-6) stimulate RANKL expression.",
     {("IL-1β", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}),
    # written for the test: a name joined after the bracket (the parser hangs it on a member inside) is the
    # class word's conjunct, a subject of its own
    ("Inflammatory cytokines (IL-1β, IL-6) and prostaglandin E2 (PGE2) stimulate RANKL expression in osteoblasts.",
     {("IL-1β", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("PGE2", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}),
])
def test_members_in_brackets_stand_for_their_class_word(resources, text, expected):
    assert parse_read(text, resources) == expected





@pytest.mark.parametrize("text,expected", [
    # 002's English abstract: "it" is the one molecule the sentence named before it; the migration listed
    # after tumor growth is the tumour cells'
    ("In-depth studies on the role of LIF in cancer cells have revealed that it plays an important role in tumor "
     "growth, migration, invasion, maintenance of stem cell stemness and immune evasion.",
     {("LIF", "regulates", "tumor", "growth", False, False, "en.dep.role"),
      ("LIF", "regulates", "tumor cell", "migration", False, False, "en.dep.role"),
      ("LIF", "regulates", "tumor", "invasion", False, False, "en.dep.role"),
      ("LIF", "regulates", "stem cell", "stemness", False, False, "en.dep.role"),
      ("LIF", "regulates", "immune evasion", None, False, False, "en.dep.role")}),
    # a reference title of the BMSC review: "its inhibition" knocks down the subject before it
    ("In chronic lymphocytic leukemia the JAK2/STAT3 pathway is constitutively activated and its inhibition leads to "
     "CLL cell death unaffected by the protective bone marrow microenvironment.",
     {("JAK2/STAT3 pathway", "inhibits", "CLL cell", "apoptosis", False, False, "en.dep.knockdown_subject")}),
    # tr_en_09: "its" on a conjunct is the molecule of the conjunct before (sclerostin), not the subject of the
    # clause before (the synoviocytes)
    ("We report that in chronic TNFα (tumor necrosis factor α)-dependent arthritis, fibroblast-like synoviocytes "
     "constitute a major source of sclerostin and that either the lack of sclerostin or its antibody-mediated "
     "inhibition leads to an acceleration of rheumatoid arthritis (RA)-like disease in human TNFα transgenic "
     "(hTNFtg) mice with enhanced pannus formation and joint destruction.",
     {("sclerostin", "inhibits", "rheumatoid arthritis", None, False, False, "en.dep.knockdown_subject"),
      ("TNF-α", "promotes", "arthritis", None, False, False, "en.dep.modifier")}),
])
def test_what_a_pronoun_stands_for(resources, text, expected):
    assert parse_read(text, resources) == expected
