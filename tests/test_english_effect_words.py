"""The English parse reader on kinds of error found in sentences written in the style of reviews:
words of effect (triggers.tsv, english_parse_words.tsv: blunt, favor, evoke, raise, instrumental, a pathogenic
role, the reduction of Y by X, nouns of change, forms of a molecule such as oligomers), sentences the model
misparses (a plural name read as a singular, a trigger verb read as a noun, ``signaling`` read as a gerund, a
reduced relative participle read as the clause's verb, a fronted place read as the verb's preposition),
and readings (a knock-down gerund with an of-object, a passive relative clause on a predicate noun, a cell
process of cells, respectively, cells treated with X). Each row gives the exact set of triples, so a dead
reading fails; every sentence was written for the test."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    ("In arthritic joints, glucocorticoids suppress IL-1β expression in macrophages.",
     {("glucocorticoid", "downregulates", "IL-1β", "expression", False, False, "en.dep.active")}),
    ("In osteoclast precursors, statins reduce RANKL-induced NFATc1 expression.",
     {("statin", "downregulates", "NFATc1", "expression", False, False, "en.dep.active"),
      ("RANKL", "upregulates", "NFATc1", "expression", False, False, "en.dep.modifier")}),
])
def test_a_molecule_named_by_a_plural_word_keeps_its_verb(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    ("In breast cancer cells, silencing of STAT3 reduced the invasion of tumor cells.",
     {("STAT3", "upregulates", "tumor cell", "invasion", False, False, "en.dep.knockdown_subject")}),
])
def test_a_knockdown_gerund_with_an_of_object_knocks_its_owner_down(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    ("In osteoblasts, sclerostin blunts Wnt signaling within hours.",
     {("sclerostin", "inhibits", "Wnt pathway", "activity", False, False, "en.dep.active")}),
    ("In the inflamed gut, IL-6 favors the differentiation of Th17 cells.",
     {("IL-6", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.active")}),
    ("In synovial fibroblasts, TNF-α evokes IL-6 secretion.",
     {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}),
    ("In hepatocytes, IL-6 raises the expression of hepcidin.",
     {("IL-6", "upregulates", "hepcidin", "expression", False, False, "en.dep.active")}),
    ("In the gut, IL-6 is instrumental in the differentiation of Th17 cells.",
     {("IL-6", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.need")}),
    ("In mice, Th17 cells play a pathogenic role in collagen-induced arthritis.",
     {("Th17 cell", "promotes", "collagen-induced arthritis", None, False, False, "en.dep.role")}),
    ("In cultured macrophages, the reduction of IL-6 expression by dexamethasone was rapid.",
     {("dexamethasone", "downregulates", "IL-6", "expression", False, False, "en.dep.nominal")}),
])
def test_words_of_effect(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # the relative clause is about the predicate noun, which the copula says is its subject
    ("In the matrix, TGF-β is a latent growth factor which is activated by integrins.",
     {("integrin", "activates", "TGF-β", "activity", False, False, "en.dep.passive_agent")}),
    ("In macrophages, the NLRP3 inflammasome is a multiprotein platform that is activated by danger signals.",
     {("DAMP", "activates", "NLRP3 inflammasome", "activity", False, False, "en.dep.passive_agent")}),
])
def test_a_passive_relative_clause_after_a_copula_is_about_its_subject(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of change (english_parse_words.tsv, kind change) names its verb's effect
    ("In macrophages, IL-4 leads to an increase in arginase-1 expression.",
     {("IL-4", "upregulates", "Arg1", "expression", False, False, "en.dep.active")}),
    ("In the serum, an increase in IL-6 promotes hepcidin expression.",
     {("IL-6", "upregulates", "hepcidin", "expression", False, False, "en.dep.active")}),
    # a decrease of a name as a subject is that name knocked down
    ("In the gut, a decrease in IL-10 promotes colitis.",
     {("IL-10", "inhibits", "colitis", None, False, False, "en.dep.knockdown_subject")}),
    ("In arthritis, the elevation of IL-6 by TNF-α drives joint inflammation.",
     {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.nominal"),
      ("IL-6", "promotes", "joint inflammation", None, False, False, "en.dep.active")}),
])
def test_nouns_of_change_name_their_effect(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # the parser read the participle of a reduced relative clause as the that-clause's verb
    ("We show that IL-6 secreted by cancer-associated fibroblasts promotes tumor cell invasion.",
     {("IL-6", "promotes", "tumor cell", "invasion", False, False, "en.dep.active")}),
    ("Our results demonstrate that exosomal miR-155 derived from tumor cells promotes the polarization of "
     "macrophages.",
     {("miR-155", "promotes", "macrophage", "polarization", False, False, "en.dep.active")}),
])
def test_a_reduced_relative_participle_leaves_the_verb_its_subject(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a process named by a cell aspect, with a cell as its of-object, is that cell's aspect,
    # not the aspect of the cell the sentence names nearest before it
    ("In joints, TNF-α produced by macrophages induces apoptosis of chondrocytes.",
     {("TNF-α", "induces", "chondrocyte", "apoptosis", False, False, "en.dep.active")}),
    ("In the marrow, macrophages secrete IL-6, which induces apoptosis of T cells.",
     {("IL-6", "induces", "T cell", "apoptosis", False, False, "en.dep.relative")}),
])
def test_a_cell_process_of_cells_is_theirs(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # a fronted place phrase is no preposition of the verb's trigger (result in, lead to, contribute to)
    ("In chondrocytes, IL-1β stimulation resulted in increased MMP-13 expression.",
     {("IL-1β", "upregulates", "MMP-13", "expression", False, False, "en.dep.active")}),
    ("In synovial fibroblasts, TNF-α treatment resulted in the activation of NF-κB.",
     {("TNF-α", "activates", "NF-κB", "activity", False, False, "en.dep.active")}),
])
def test_a_fronted_preposition_is_not_the_verbs_own(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # as many factors as targets, with respectively: in order, one each
    ("In macrophages, IL-4 and IL-13 induce arginase-1 and CD206, respectively.",
     {("IL-4", "upregulates", "Arg1", "expression", False, False, "en.dep.active"),
      ("IL-13", "upregulates", "CD206", "expression", False, False, "en.dep.active")}),
    # without it, each factor acts on each target
    ("In macrophages, IL-4 and IL-13 induce arginase-1 and CD206.",
     {(f, "upregulates", t, "expression", False, False, "en.dep.active")
      for f in ("IL-4", "IL-13") for t in ("Arg1", "CD206")}),
])
def test_respectively_pairs_factors_and_targets_in_order(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # the named molecule in another form (kind head): amyloid-β oligomers, fibrils
    ("In the brain, amyloid-β oligomers activate microglia through TLR4.",
     {("amyloid-β", "activates", "microglia", "activity", False, False, "en.dep.active")}),
    ("In the plaque, amyloid-β fibrils induce IL-1β release from microglia.",
     {("amyloid-β", "upregulates", "IL-1β", "expression", False, False, "en.dep.active")}),
])
def test_a_form_of_a_named_molecule_is_that_molecule(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # cells treated with X show a change: X acts as the change says (not turned round)
    ("In vitro, TNF-α-treated chondrocytes showed increased MMP-13 expression.",
     {("TNF-α", "upregulates", "MMP-13", "expression", False, False, "en.dep.phenotype")}),
    ("In culture, macrophages treated with LPS exhibited increased IL-6 secretion.",
     {("LPS", "upregulates", "IL-6", "expression", False, False, "en.dep.phenotype")}),
    # the treatment acting on the cells it prepared is no claim (english_vetoes.treated_cells)
    ("In culture, LPS-stimulated macrophages exhibited reduced IL-10 production.",
     {("LPS", "downregulates", "IL-10", "expression", False, False, "en.dep.phenotype")}),
])
def test_treated_cells_show_what_the_treatment_does(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # ``signaling`` after a name is its pathway, not a gerund with the name for its subject
    ("In osteoclasts, IFN-γ strongly inhibits RANKL signaling.",
     {("IFN-γ", "inhibits", "RANKL", "activity", False, False, "en.dep.active")}),
    ("In cells, SOCS3 blocks JAK2 signaling.",
     {("SOCS3", "inhibits", "JAK2", "activity", False, False, "en.dep.active")}),
])
def test_signaling_after_a_name_is_a_noun(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_signaling_keeps_its_span(resources):
    from .conftest import document_of
    from pipeline.english.english_parse import parse_sentences
    from pipeline.names.mentions import find_mentions, reading_mentions
    from pipeline.sentences.segment import segment

    text = "In cells, SOCS3 blocks JAK2 signaling."
    doc = document_of(text)
    views = segment(doc)
    found = find_mentions(doc, views, resources)
    chosen = [(k, v, reading_mentions(doc, v, f, resources)) for k, (v, f) in enumerate(zip(views, found)) if f]
    parsed = parse_sentences(chosen)[0]
    i = next(t.i for t in parsed.doc if t.text == "pathway")
    a, b = parsed.span_of(i)
    assert parsed.view.clean.text[a:b] == "signaling"


@pytest.mark.parametrize("text,expected", [
    # the model read the trigger verb as a noun or adjective, and the sentence had no verb at all
    ("In tumors, Tregs suppress CD8+ T cell proliferation.",
     {("Treg", "inhibits", "CD8+ T cell", "proliferation", False, False, "en.dep.active")}),
    ("In mice, IL-4 impairs osteoclast formation.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active")}),
])
def test_a_trigger_read_as_a_noun_in_a_sentence_with_no_verb_is_a_verb(resources, text, expected):
    assert parse_read(text, resources) == expected
