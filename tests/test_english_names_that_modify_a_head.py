"""A known name that only modifies the head of a longer phrase (overlapping_phrases.without_overlapping_phrases,
``_names_only_modify``): ``tumor rejection``, ``innate immune cell populations``, ``malignant plasmablastic
cells`` name a process and cells, not the tumor, the immune cells or any cell; the reader reads the whole
phrase (an ungrounded ``phrase`` mention, its offsets those of the phrase). A name before an aspect word
(``tumor growth``), before a head the dictionary names (``liver fibrosis``) or before a receptor a composition
reads stays the name, and a group word before "of" (``populations of T cells``) names the cells after it.
Sentences written for the test in the grammar of reviews; each row gives the exact set of triples, so a dead
reader fails."""
from __future__ import annotations

import pytest

from .conftest import mentions_in
from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("Ectopic expression of NKG2D ligands on tumor cells is sufficient to cause tumor rejection.",
     {("NKG2D ligand", "induces", "tumor rejection", None, False, False, "en.dep.active")}),
    ("TSLP and IL-33 regulate a broad spectrum of innate immune cell populations.",
     {("TSLP", "regulates", "innate immune cell population", None, False, False, "en.dep.active"),
      ("IL-33", "regulates", "innate immune cell population", None, False, False, "en.dep.active")}),
    ("In mice, S1P promotes T cell retention in the lymph nodes.",
     {("S1P", "promotes", "T cell retention", None, False, False, "en.dep.active")}),
    # process heads of new_names.tsv (tolerance, clearance, trafficking...): the phrase, not the cells
    ("In the periphery, IL-10 promotes T cell tolerance.",
     {("IL-10", "promotes", "T cell tolerance", None, False, False, "en.dep.active")}),
    ("In the airways, IL-17 impairs neutrophil clearance.",
     {("IL-17", "inhibits", "neutrophil clearance", None, False, False, "en.dep.active")}),
    # the bare class word (cells) is a name of the dictionary: the phrase names which cells
    ("In these patients, IL-6 acts as a growth factor for malignant plasmablastic cells.",
     {("IL-6", "promotes", "malignant plasmablastic cell", "growth", False, False, "en.dep.factor_for")}),
])
def test_the_whole_phrase_is_the_argument(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # an aspect word after the name: the name is the target, the word its aspect
    ("In these mice, IL-6 promotes tumor growth.",
     {("IL-6", "promotes", "tumor", "growth", False, False, "en.dep.active")}),
    # a group word before "of" (the partitive rows of new_names.tsv): the cells after it are named
    ("In culture, TGF-β promotes the differentiation of inflammatory populations of T cells.",
     {("TGF-β", "promotes", "T cell", "differentiation", False, False, "en.dep.active")}),
    # a word of amount (the stop rows) makes no phrase: the cells are the osteocytes named before
    ("Osteocytes, the most abundant cells in bone, coordinate the function of osteoblasts.",
     {("osteocyte", "regulates", "osteoblast", "activity", False, False, "en.dep.active")}),
    ("In mice, IL-6 strongly induces liver fibrosis.",
     {("IL-6", "induces", "liver fibrosis", None, False, False, "en.dep.active")}),
])
def test_a_name_before_an_aspect_or_a_known_head_stays_the_name(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_the_phrase_mention_spans_the_whole_phrase(resources):
    text = "Ectopic expression of NKG2D ligands on tumor cells is sufficient to cause tumor rejection."
    found = mentions_in(text, resources)
    assert ("tumor rejection", "tumor rejection", "phrase") in found
    assert ("tumor", "tumor", "dictionary") in found  # the name stays a mention of the table


@pytest.mark.parametrize("text,expected", [
    # classifying adjectives before a known name: a narrower process, disease or cell population
    ("The GM-CSF receptor has a nonredundant role in myeloid hematologic malignancies and pulmonary homeostasis.",
     {("GM-CSFRα", "regulates", "myeloid hematologic malignancy", None, False, False, "en.dep.role"),
      ("GM-CSFRα", "regulates", "pulmonary homeostasis", None, False, False, "en.dep.role")}),
    ("In adults, ANG1 maintains vascular homeostasis.",
     {("Ang-1", "promotes", "vascular homeostasis", None, False, False, "en.dep.active")}),
    # a name hyphenated to a defining participle says which cells (defining rows of new_names.tsv)
    ("In arthritis, IL-17-producing T cells promote osteoclastogenesis.",
     {("IL-17-producing T cell", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")}),
    # a name hyphenated to related / associated says which kind of disease (a list the parse reads as one)
    ("In cancer patients, NETs promote arterial thrombosis, venous thrombosis and cancer-related thrombosis.",
     {("NET formation", "promotes", "arterial thrombosis", None, False, False, "en.dep.active"),
      ("NET formation", "promotes", "venous thrombosis", None, False, False, "en.dep.active"),
      ("NET formation", "promotes", "cancer-related thrombosis", None, False, False, "en.dep.active")}),
    # a process before a head of molecules names the molecules that serve it (english_narrowed_names)
    ("In the gut, IL-22 activates anti-apoptotic genes and DNA damage response pathways.",
     {("IL-22", "activates", "anti-apoptotic gene", "activity", False, False, "en.dep.active"),
      ("IL-22", "activates", "DNA damage response pathway", "activity", False, False, "en.dep.active")}),
    # a name hyphenated to type / like says which kind of cells (defining rows too)
    ("In periodontitis, Th1-type T lymphocytes promote alveolar bone loss.",
     {("Th1-type T lymphocyte", "promotes", "alveolar bone loss", None, False, False, "en.dep.active")}),
])
def test_a_name_after_classifying_adjectives_is_read_as_the_phrase(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # an adjective of state (a qualifier row): the thing named is the name's
    ("In rheumatoid arthritis, TNF-α strongly promotes pathological bone remodeling in the joints.",
     {("TNF-α", "promotes", "bone remodeling", None, False, False, "en.dep.active")}),
    # a noun before the name is no classifying adjective: the name stays
    ("In the skin of atopic patients, IL-33 strongly activates tissue mast cells.",
     {("IL-33", "activates", "mast cell", "activity", False, False, "en.dep.active")}),
    # a treatment is no defining participle: the cells are the macrophages
    ("In culture, LPS-activated macrophages strongly promote osteoclastogenesis.",
     {("macrophage", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("LPS", "activates", "macrophage", "activity", False, False, "en.dep.modifier")}),
])
def test_a_name_after_a_state_adjective_or_a_noun_stays_the_name(resources, text, expected):
    assert parse_read(text, resources) == expected
