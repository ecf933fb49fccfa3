"""The English parse reader on real sentences of reviews and abstracts outside the train set (each row
names its paper): word kinds of ``dictionaries/relations/english_parse_words.tsv`` and constructions of
``english_constructions.tsv`` first written from them. Each row gives the exact set of triples, so a dead
word kind or construction fails its row."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # polarity ``negative``: a negative effect of X on Y / a negative regulator (Le Goff et al. 2010, Joint
    # Bone Spine, IL-6 in rheumatoid arthritis)
    ("Nevertheless, results from studies in animal models and humans support a negative effect of IL-6 on bone.",
     {("IL-6", "inhibits", "bone", None, False, False, "en.dep.effect_on")}),
    # filler ``manifestation``: the manifestations of a disease are the disease (same review)
    ("Interleukin-6 (IL-6) plays a key role in the local and systemic manifestations of rheumatoid arthritis (RA).",
     {("IL-6", "regulates", "rheumatoid arthritis", None, False, False, "en.dep.role")}),
    # quantity ``population``: populations of T cells, the examples standing for them ("TGF-β in T cell
    # biology: implications for cancer immunotherapy", Cancers 2018, abstract)
    ("Paradoxically, recent studies provided evidence that TGF-β can also promote differentiation of certain "
     "inflammatory populations of T cells, such as Th17, Th9, and resident-memory T cells (Trm), which have been "
     "associated with improved tumor control in several models.",
     {("TGF-β", "promotes", t, "differentiation", False, False, "en.dep.active")
      for t in ("Th17 cell", "Th9 cell", "tissue-resident memory T cell")}),
    # a demonstrative class word with nothing before it to name (these cytokines) is no argument: not
    # "phagocytosis upregulates cytokines"; filler ``extent``: the extent of osteoclast formation (Sabokbar et al.)
    ("Particle phagocytosis (which is known to stimulate the release of these cytokines) did not influence the "
     "extent of osteoclast formation.",
     {("phagocytosis", "regulates", "osteoclast", "differentiation", True, False, "en.dep.active")}),
])
def test_word_kinds_on_unseen_reviews(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # en.dep.ability: the ability of X to V Y: X Vs Y (Udagawa et al. 1995, J Exp Med, abstract); the
    # signal transduction mediated by IL-6R is IL-6R's to activate
    ("These results clearly indicate that the ability of IL-6 to induce osteoclast differentiation depends on "
     "signal transduction mediated by IL-6R expressed on osteoblastic cells but not on osteoclast progenitors.",
     {("IL-6", "induces", "osteoclast", "differentiation", False, False, "en.dep.ability"),
      ("IL-6R", "induces", "signaling pathway", "activity", False, False, "en.dep.passive_agent")}),
    # en.dep.nominal: a name right before a nominalisation with an of-object is its agent (Sabokbar et al.
    # 1999, HIP International, abstract: IL-1β stimulation of / TNFα inhibition of osteoclast formation)
    ("IL-1β stimulation of osteoclast formation may in part account for the increase in bone resorption associated "
     "with this inflammatory cytokine; TNFα inhibition of osteoclast formation may be due to interruption of the "
     "interaction between osteoblasts and osteoclast precursors.",
     {("IL-1β", "activates", "osteoclast", "differentiation", False, False, "en.dep.nominal"),
      ("TNF-α", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.nominal")}),
    # en.dep.means: a passive's by-agent is no means: not "STAT1 activates IL-6" (an abstract on IL-6 and JAK2/STAT3
    # in multiple myeloma, Blood 2006)
    ("Also phosphorylation of Stat1 and Stat3 was increased by IL-6 stimulation.",
     {("IL-6", "upregulates", t, "phosphorylation", False, False, "en.dep.passive_agent") for t in ("STAT1", "STAT3")}),
    # en.dep.factor_for: X is a growth (and survival) factor for Y (Brocke-Heidrich et al. 2004, Blood; Frassanito
    # et al. 2001, Blood: two abstracts on IL-6 in myeloma)
    ("Interleukin 6 (IL-6) is a growth and survival factor for multiple myeloma cells.",
     {("IL-6", "promotes", "myeloma cell", a, False, False, "en.dep.factor_for") for a in ("growth", "survival")}),
    ("Interleukin 6 (IL-6), a pleiotropic cytokine produced by a variety of cells, is the most important growth factor "
     "for human multiple myeloma (MM).",
     {("IL-6", "promotes", "multiple myeloma", "growth", False, False, "en.dep.factor_for")}),
    # a verb the parser hung inside the object (a headline reading) past an adverb: its subject is the names before
    # the adverb, from the first one, not the phrase put before the clause (Lam et al. 2000, J Clin Invest)
    ("Mirroring their synergistic effects on osteoclast differentiation, TNF-α and RANKL markedly potentiate NF-κB "
     "and stress-activated protein kinase/c-Jun NH2-terminal kinase activity, two signaling pathways essential for "
     "osteoclastogenesis.",
     {(f, "upregulates", t, "expression", False, False, "en.dep.active") for f in ("TNF-α", "RANKL")
      for t in ("NF-κB", "JNK")}),
    # en.dep.ability in two more papers: the ability of X to V / X has the capacity to V (Doodes et al. 2008,
    # J Immunol, abstract; Lubberts et al. 2003, Arthritis Res Ther, review abstract)
    ("Although high levels of IFN-gamma are secreted in CIA and EAE, disease is exacerbated in IFN-gamma- or "
     "IFN-gamma receptor-deficient mice due to the ability of IFN-gamma to suppress IL-17 secretion.",
     {("IFN-γ", "downregulates", "IL-17", "expression", False, False, "en.dep.ability")}),
    ("Moreover, IL-17 has the capacity to induce joint destruction in an IL-1-independent manner and can bypass "
     "TNF-dependent arthritis.",
     {("IL-17", "induces", "joint destruction", None, False, False, "en.dep.ability"),
      ("TNF-α", "promotes", "arthritis", None, False, False, "en.dep.modifier")}),
    # en.dep.dependent (written from one sample paper) on another: Y is dependent on the production of X
    # (Doodes et al. 2008)
    ("However, in proteoglycan-induced arthritis (PGIA), severe arthritis is dependent on the production of "
     "IFN-gamma.",
     {("IFN-γ", "promotes", "arthritis", None, False, False, "en.dep.dependent")}),
    # en.dep.knockdown_agent: targeting / inhibition of X with Y names the agent Y, which inhibits X and is the
    # clause's subject (SPEC 1), not X turned round (Ohsugi 2008, Expert Opin Biol Ther, abstract; a 2020 study
    # of signalling inhibitors in human osteoclasts, Mol Biol Rep, introduction)
    ("Targeting IL-6 with the humanized anti IL-6 receptor antibody tocilizumab was effective in several "
     "placebo-controlled clinical studies in RA.",
     {("tocilizumab", "inhibits", "IL-6", "activity", False, False, "en.dep.knockdown_agent")}),
    ("Inhibition of p38 with SB203580 decreases the number of murine osteoclasts and blocks the effect of external "
     "stimulation of osteoclastogenesis.",
     {("SB203580", "inhibits", "p38 MAPK", "activity", False, False, "en.dep.knockdown_agent"),
      ("SB203580", "downregulates", "osteoclast", None, False, False, "en.dep.active")}),
    # the knocked-down name before the noun, the agent a treatment with a drug (a 2021 review of long-term
    # denosumab in osteoporosis, Adv Ther, key summary points): not "bone turnover inhibits denosumab"
    ("Long-term bone turnover inhibition with denosumab treatment for up to 10 years demonstrated a favorable "
     "benefit/risk profile when comparing fractures prevented per skeletal adverse event (e.g., osteonecrosis of "
     "the jaw and atypical femoral fracture) observed.",
     {("denosumab", "inhibits", "bone turnover", None, False, False, "en.dep.knockdown_agent")}),
])
def test_constructions_on_unseen_reviews(resources, text, expected):
    assert parse_read(text, resources) == expected
