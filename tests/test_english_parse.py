"""English on a dependency parse (pipeline/english/english_parse.py, english_reader.py): every construction
record on its real sentence, constructions by table (real sentences of the train passages or the
sample papers, each with the exact set of triples the parse reader must give), flags, and the
mentions as tokens with exact offsets."""
from __future__ import annotations

import pytest

from pipeline import config
from pipeline.english.english_words import load_english_vocab
from pipeline.relations import load_rule_data

from .conftest import document_of

VOCAB = load_english_vocab(config.DICTIONARIES, load_rule_data(config.DICTIONARIES))
RECORDS = VOCAB.constructions


def parse_read(text: str, resources):
    """(factor, effect, target, aspect, negated, hedged, rule) of the parse reader's triples."""
    from pipeline.english.english_reader import english_triples
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    doc = document_of(text)
    views = segment(doc)
    triples = english_triples(doc, views, find_mentions(doc, views, resources), resources)
    for t in triples:  # provenance: each span is exactly its text
        assert doc.text[t.factor_start:t.factor_end] == t.factor_text
        assert doc.text[t.target_start:t.target_end] == t.target_text
        assert doc.text[t.effect_start:t.effect_end] == t.effect_text
    return {(t.factor_name, t.effect, t.target_name, t.aspect, t.negated, t.hedged, t.rule) for t in triples}


def test_every_construction_has_a_record_and_a_function():
    from pipeline.english.english_claims import REGISTRY, ordered
    from pipeline.english import english_reader  # noqa: F401 - registers the constructions

    assert [name for name, _ in ordered(RECORDS, "english_constructions.tsv")] == [r.name for r in RECORDS]
    assert set(REGISTRY) == {r.name for r in RECORDS}


@pytest.mark.parametrize("record", RECORDS, ids=[r.name for r in RECORDS])
def test_construction_example_gives_its_triple(resources, record):
    parts = [p.strip() for p in record.expected.split("|")]
    factor, effect, target, aspect = parts[:4]
    flags = set(parts[4:])
    found = parse_read(record.example, resources)
    expected = (factor, effect, target, aspect or None, "negated" in flags, "hedged" in flags, record.name)
    assert expected in found, f"{record.name}: {record.expected} not among {sorted(map(str, found))}"


@pytest.mark.parametrize("text,expected", [
    # 002 (a reference's title): the second verb hung on the first one's object by the parser; the
    # first verb keeps the object before it
    ("Leukemia inhibitory factor downregulates human papillomavirus-16 oncogene expression and inhibits the "
     "proliferation of cervical carcinoma cells.",
     {("LIF", "downregulates", "HPV", "expression", False, False, "en.dep.active"),
      ("LIF", "inhibits", "cervical cancer cell", "proliferation", False, False, "en.dep.active")}),
    # tr_en_06: a partner of the subject (together with Y) acts as the subject does; the relative clause is
    # on the noun the as phrase says IL-6R is produced as: IL-6R's
    ("However, IL-6R is also produced as a soluble, secreted protein that, together with IL-6, can stimulate all "
     "gp130-expressing cells by a process termed IL-6 trans-signaling.",
     {("IL-6", "activates", "gp130-expressing cell", "activity", False, False, "en.dep.co_agent"),
      ("IL-6R", "activates", "gp130-expressing cell", "activity", False, False, "en.dep.relative")}),
    ("IL-6 acts through a membrane-bound IL-6 receptor (mIL-6R), which, together with a second receptor, glycoprotein "
     "130 (gp130), leads to the initiation of intracellular signaling (classic signaling).",
     {("IL-6", "binds", "IL-6R", None, False, False, "en.dep.receptor"),  # acts through a receptor: binds it
      ("IL-6R", "activates", "intracellular signaling", "activity", False, False, "en.dep.relative"),
      ("gp130", "activates", "intracellular signaling", "activity", False, False, "en.dep.co_agent")}),
    # tr_en_04: the subject after a fronted clause (Once …, X triggers Y), which the parser joined to that
    # clause's last noun; the processing of a cytokine is its activation, its release its expression
    ("Once it is activated by a variety of danger signals, recruitment and assembly of NLRP3, ASC, and pro-caspase-1 "
     "trigger the processing and release of pro-inflammatory cytokines including interleukin-1β (IL-1β) and IL-18.",
     {(f, e, t, a, False, False, "en.dep.active") for f in ("NLRP3", "PYCARD", "caspase-1") for t in ("IL-1β", "IL-18")
      for e, a in (("activates", "activity"), ("upregulates", "expression"))}),
    # tr_en_10: coordination of verbs, each with its own object; "the resorptive capacity of X" is X's activity
    # (aspects.tsv: capacity)
    ("We found that IL-4 inhibited the differentiation of osteoclasts from bone marrow precursors in an irreversible "
     "manner and also inhibited the resorptive capacity of mature osteoclasts.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("IL-4", "inhibits", "osteoclast", "activity", False, False, "en.dep.active")}),
    # tr_en_02: three coordinated verbs share the subject and the modal (hedged); a purpose clause too
    ("Moreover, it IFN-γ may inhibit angiogenesis in tumor tissue, induce regulatory T-cell apoptosis, and/or "
     "stimulate the activity of M1 proinflammatory macrophages to overcome tumor progression.",
     {("IFN-γ", "inhibits", "angiogenesis", None, False, True, "en.dep.active"),
      ("IFN-γ", "induces", "Treg", "apoptosis", False, True, "en.dep.active"),
      ("IFN-γ", "activates", "M1 macrophage", "activity", False, True, "en.dep.active"),
      ("IFN-γ", "inhibits", "tumor progression", None, False, True, "en.dep.active")}),
    # tr_en_01: a need denied is no direction denied; the role after it is stated
    ("In vivo, IL-17A is not required for normal bone homeostasis but plays an important role in bone loss notably "
     "in an ovariectomized mouse model of osteoporosis.",
     {("IL-17", "regulates", "bone homeostasis", None, True, False, "en.dep.need"),
      ("IL-17", "regulates", "bone loss", None, False, False, "en.dep.role")}),
    # tr_en_09: an agent noun in apposition, an effect noun with a prefix, a means with an adverb
    ("Sclerostin, an inhibitor of the Wnt/β-catenin pathway, has anti-anabolic effects on bone formation by "
     "negatively regulating osteoblast differentiation.",
     {("sclerostin", "inhibits", "Wnt/β-catenin pathway", "activity", False, False, "en.dep.agent_noun"),
      ("sclerostin", "inhibits", "bone formation", None, False, False, "en.dep.effect_on"),
      ("sclerostin", "inhibits", "osteoblast", "differentiation", False, False, "en.dep.active")}),
    # tr_en_10: the effect noun's "on" hung on the verb
    ("Previous studies, performed using complex coculture systems, demonstrated the effects of IL-4 on osteoblasts "
     "and osteoclasts.",
     {("IL-4", "regulates", "osteoblast", None, False, False, "en.dep.effect_on"),
      ("IL-4", "regulates", "osteoclast", None, False, False, "en.dep.effect_on")}),
    # 003's English abstract: a relative clause on a class word after the copula
    ("Cytokines are a class of protein molecules that mediate intercellular interactions and regulate immune "
     "responses.", {("cytokine", "regulates", "immune response", None, False, False, "en.dep.relative")}),
    # a reference title of the LIF review: a means through a nominalisation, and the verb's own object
    ("Arsenic trioxide induces differentiation of cancer stem cells in hepatocellular carcinoma through inhibition "
     "of LIF/JAK1/STAT3 and NF-κB signaling pathways synergistically.",
     {("arsenic trioxide", "induces", "cancer stem cell", "differentiation", False, False, "en.dep.active"),
      ("arsenic trioxide", "inhibits", "LIF/JAK1/STAT3 pathway", "activity", False, False, "en.dep.means")}),
    # a reference title of the LIF review: a gerund subject knocks its object down
    ("Targeting the gp130/STAT3 axis attenuates tumor microenvironment mediated chemoresistance in group 3 "
     "medulloblastoma cells.",
     {("gp130/STAT3 axis", "promotes", "drug resistance", None, False, False, "en.dep.knockdown_subject")}),
    # tr_en_01: a property adjective after the copula (pro-osteoclastogenic); the effect noun after it is the
    # effect_on construction's, which its possessive pronoun keeps from reading here
    ("At the cellular level, IL-17A is proosteoclastogenic whereas its effects on osteoblasts depend on the stage "
     "of differentiation of these cells.",
     {("IL-17", "promotes", "osteoclast", "differentiation", False, False, "en.dep.property")}),
    # written for the test: property adjectives of an effect noun, each with its own prefix (and the effect noun's
    # own target after "on")
    ("IFN-γ exerts pro-apoptotic and antiproliferative effects on tumor cells.",
     {("IFN-γ", "promotes", "tumor cell", None, False, False, "en.dep.effect_on"),
      ("IFN-γ", "promotes", "tumor cell", "apoptosis", False, False, "en.dep.property"),
      ("IFN-γ", "inhibits", "tumor cell", "proliferation", False, False, "en.dep.property")}),
    # written for the test: "has" the parser hung on the adjective before the noun as an auxiliary
    ("Conversely, IL-10 has potent anti-inflammatory effects in these mice.",
     {("IL-10", "inhibits", "inflammation", None, False, False, "en.dep.property")}),
    # tr_en_02: a property noun owned by "its" in a phrase before the subject (Based on its…functions, X is…):
    # the possessive owns the properties as "has" would; the pronoun names the clause's subject; with no cells
    # named the processes are themselves, no aspect (relations bare_process, as the gold writes them)
    ("Based on its cytostatic, pro-apoptotic and antiproliferative functions, IFN-γ is considered potentially "
     "useful for adjuvant immunotherapy for different types of cancer.",
     {("IFN-γ", "promotes", "apoptosis", None, False, False, "en.dep.property"),
      ("IFN-γ", "inhibits", "cell proliferation", None, False, False, "en.dep.property")}),
    # written for the test: a named possessive owner of a property noun
    ("In these mice, IL-10's anti-tumorigenic activity was reported.",
     {("IL-10", "inhibits", "tumorigenesis", None, False, False, "en.dep.property")}),
    # written for the test: Y responds to X: X regulates Y (its activity); denied, negated; "responded" too
    ("In these mice, osteoclasts did not respond to RANKL.",
     {("RANKL", "regulates", "osteoclast", "activity", True, False, "en.dep.response")}),
    ("Osteoclast precursors from these mice responded normally to M-CSF and RANKL.",
     {("M-CSF", "regulates", "osteoclast precursor", "activity", False, False, "en.dep.response"),
      ("RANKL", "regulates", "osteoclast precursor", "activity", False, False, "en.dep.response")}),
    # written for the test: one name and property adjectives are worth parsing
    ("IL-6 has pro-inflammatory and anti-inflammatory activities.",
     {("IL-6", "promotes", "inflammation", None, False, False, "en.dep.property"),
      ("IL-6", "inhibits", "inflammation", None, False, False, "en.dep.property")}),
    # tr_en_09: what a knocked-down model shows, its knock-down adjective hung elsewhere by the parser, a
    # parenthesis between (increased bone mass: sclerostin downregulates it; and strength: bone strength, the
    # modifier shared, regrouped.py)
    ("Mutations in the human sclerostin gene (SOST) lead to sclerosteosis with progressive skeletal overgrowth, "
     "whereas sclerostin-deficient (Sost(-/-)) mice exhibit increased bone mass and strength.",
     {("sclerostin mutation", "induces", "sclerosteosis", None, False, False, "en.dep.active"),
      ("sclerostin", "downregulates", "bone mass", None, False, False, "en.dep.phenotype"),
      ("sclerostin", "downregulates", "bone strength", None, False, False, "en.dep.phenotype")}),
    # written for the test: a model lacking the name shows a disease (the knock-down turns induces round), and
    # a phrase that says its own change (reduced bone loss: IL-6 promotes it)
    ("Mice lacking IL-17 develop severe arthritis.",
     {("IL-17", "inhibits", "arthritis", None, False, False, "en.dep.phenotype")}),
    ("IL-6-deficient mice showed reduced bone loss after ovariectomy.",
     {("IL-6", "promotes", "bone loss", None, False, False, "en.dep.phenotype")}),
    # a reference title of the LIF review: what a verb of protection guards cells against is their aspect; the
    # means with the name before the nominalisation (Mcl-1 activation)
    ("Leukemia inhibitory factor protects cholangiocarcinoma cells from drug-induced apoptosis via a "
     "PI3K/AKT-dependent Mcl-1 activation.",
     {("LIF", "inhibits", "cholangiocarcinoma cell", "apoptosis", False, False, "en.dep.active"),
      ("PI3K/AKT pathway", "activates", "Mcl-1", "activity", False, False, "en.dep.modifier"),
      ("LIF", "activates", "Mcl-1", "activity", False, False, "en.dep.means")}),
    # written for the test: the same with the from-phrase the parser hangs on the object
    ("Parathyroid hormone protects osteoblasts from apoptosis.",
     {("PTH", "inhibits", "osteoblast", "apoptosis", False, False, "en.dep.active")}),
    # tr_en_05: what the subject is dependent on acts on it (the presence of X: X)
    ("Resorption was entirely dependent on the presence of RANKL.",
     {("RANKL", "promotes", "bone resorption", None, False, False, "en.dep.dependent")}),
    # written for the test: what a knocked-down model is protected from, resistant or susceptible to
    ("Mice lacking RANKL are protected from bone loss.",
     {("RANKL", "promotes", "bone loss", None, False, False, "en.dep.phenotype")}),
    ("IL-10-deficient mice are highly susceptible to colitis.",
     {("IL-10", "inhibits", "colitis", None, False, False, "en.dep.phenotype")}),
    # tr_en_06: a preposition coordinated with the effect noun's own (effects on X and on Y): both targets; the
    # modifier before "and" shares the head of the name after it (adaptive: the adaptive immune response)
    ("IL-6 has major effects on the adaptive and innate immune system and on mesenchymal and stromal responses "
     "during inflammation.",
     {("IL-6", "regulates", "innate immune response", None, False, False, "en.dep.effect_on"),
      ("IL-6", "regulates", "adaptive immune response", None, False, False, "en.dep.effect_on"),
      ("IL-6", "regulates", "mesenchymal response", None, False, False, "en.dep.effect_on")}),
    # tr_en_09: a name with its other form in brackets before the hyphen of X-dependent Y
    ("We report that in chronic TNFα (tumor necrosis factor α)-dependent arthritis, fibroblast-like synoviocytes "
     "constitute a major source of sclerostin and that either the lack of sclerostin or its antibody-mediated "
     "inhibition leads to an acceleration of rheumatoid arthritis (RA)-like disease in human TNFα transgenic "
     "(hTNFtg) mice with enhanced pannus formation and joint destruction.",
     {("TNF-α", "promotes", "arthritis", None, False, False, "en.dep.modifier"),
      ("sclerostin", "inhibits", "rheumatoid arthritis", None, False, False, "en.dep.knockdown_subject")}),
    # tr_en_03: a head word after the name (ECM components: ECM), as gene / pathway
    ("Continuous and/or persistent TGF-β signaling induces sustained production of ECM components and of tissue "
     "inhibitor of metalloproteinase synthesis.",
     {("TGF-β pathway", "upregulates", "extracellular matrix", "expression", False, False, "en.dep.active"),
      ("TGF-β pathway", "upregulates", "tissue inhibitor of metalloproteinase", "expression", False, False,
       "en.dep.active")}),
    # tr_en_05: a noun trigger (augmentation) with its by-agent under a verb that blocks it
    ("The mitogen-activated protein kinase kinase (MEK) 1 inhibitor PD98059 partially blocked augmentation of "
     "resorption by M-CSF.",
     {("PD98059", "inhibits", "MEK", "activity", False, False, "en.dep.agent_noun"),
      ("PD98059", "inhibits", "bone resorption", None, False, False, "en.dep.active"),
      ("M-CSF", "promotes", "bone resorption", None, False, False, "en.dep.nominal")}),
])
def test_constructions_give_exactly_these_triples(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # tr_en_07: a molecule's long name (vascular endothelial growth factor) reads as one proper noun; verb
    # phrases after semicolons share the subject the parser hung on the first; "inhibits" tagged as a noun; "its"
    # in the phrase put before the subject names that subject (its role as a regulator of angiogenesis); a process
    # named by an aspect word with a cell before it is the cell's aspect (osteoclast chemotaxis: its migration); "leukemia" before
    # "and multiple myeloma cells" shares their head (leukemia cells)
    ("Besides its role as an essential regulator of physiologic and pathologic angiogenesis, vascular endothelial "
     "growth factor (VEGF) triggers growth, survival, and migration of leukemia and multiple myeloma cells; plays a "
     "pivotal role in hematopoiesis; inhibits maturation of dendritic cells; and increases osteoclastic "
     "bone-resorbing activity as well as osteoclast chemotaxis.",
     {("VEGF-A", "activates", "leukemia cell", "growth", False, False, "en.dep.active"),
      ("VEGF-A", "activates", "leukemia cell", "survival", False, False, "en.dep.active"),
      ("VEGF-A", "activates", "leukemia cell", "migration", False, False, "en.dep.active"),
      ("VEGF-A", "activates", "myeloma cell", "growth", False, False, "en.dep.active"),
      ("VEGF-A", "activates", "myeloma cell", "survival", False, False, "en.dep.active"),
      ("VEGF-A", "activates", "myeloma cell", "migration", False, False, "en.dep.active"),
      ("VEGF-A", "regulates", "hematopoiesis", None, False, False, "en.dep.role"),
      ("VEGF-A", "inhibits", "dendritic cell", "maturation", False, False, "en.dep.active"),
      ("VEGF-A", "upregulates", "bone resorption", None, False, False, "en.dep.active"),
      ("VEGF-A", "upregulates", "osteoclast", "migration", False, False, "en.dep.active"),
      ("VEGF-A", "regulates", "angiogenesis", None, False, False, "en.dep.agent_noun")}),
    # written for the test: a short clause the parser read as a noun phrase (stimulates as a compound)
    ("In these cultures, TNF-α stimulates osteoclast differentiation, but not survival.",
     {("TNF-α", "activates", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("TNF-α", "activates", "osteoclast", "survival", True, False, "en.dep.active")}),
    # written for the test: the first subject hung on its verb as a compound (right-node raising)
    ("IL-6 promotes and IL-10 inhibits osteoclast differentiation in these mice.",
     {("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("IL-10", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.active")}),
    # written for the test: the means' gerund the parser hung on its object as an adjective
    ("In these mice, IL-10 limits inflammatory responses by inhibiting macrophage activation.",
     {("IL-10", "inhibits", "inflammatory response", None, False, False, "en.dep.active"),
      ("IL-10", "inhibits", "macrophage", "activity", False, False, "en.dep.active")}),
    # written for the test: a participle with its agent read as the main verb is a passive; "but not by" denies
    ("Osteoclastogenesis induced by IL-6 was inhibited by an anti-gp130 antibody but not by osteoprotegerin.",
     {("IL-6", "induces", "osteoclast", "differentiation", False, False, "en.dep.passive_agent"),
      ("anti-gp130 antibody", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.passive_agent"),
      ("OPG", "inhibits", "osteoclast", "differentiation", True, False, "en.dep.passive_agent")}),
    # tr_en_01: the agent of a nominalisation the parser hung on the object of "of"
    ("The prevention of structural damage by anti-IL-17A therapies has been demonstrated in several pivotal clinical "
     "trials.", {("anti-IL-17A therapy", "inhibits", "structural damage", None, False, False, "en.dep.nominal")}),
    # written for the test: the same, the nominalisation as the subject of a passive
    ("Inhibition of osteoclast formation by IL-4 was observed in these cultures.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.nominal")}),
    # written for the test: two verbs before one object (right-node raising) share it
    ("TGF-β can either suppress or promote tumor growth depending on the stage.",
     {("TGF-β", "inhibits", "tumor", "growth", False, False, "en.dep.active"),
      ("TGF-β", "promotes", "tumor", "growth", False, False, "en.dep.active")}),
    # written for the test: a rare verb after a coordinated subject, tagged as an adjective
    ("Both IL-17 and TNF-α upregulate IL-6 expression in fibroblasts.",
     {("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.active")}),
    # written for the test: a molecule before -mediated is a claim (tr_en_09: TNF-mediated chronic inflammation)
    # (and what the process requires promotes it: en.dep.requirement)
    ("RANKL-mediated osteoclastogenesis requires NFATc1 in these cells.",
     {("RANKL", "induces", "osteoclast", "differentiation", False, False, "en.dep.modifier"),
      ("NFATc1", "promotes", "osteoclast", "differentiation", False, False, "en.dep.requirement")}),
    # written for the test: the overexpression of X as a subject is X, its polarity kept (a knock-down turns it)
    ("Overexpression of SOCS3 inhibited STAT3 activation in these cells.",
     {("SOCS3", "inhibits", "STAT3", "activity", False, False, "en.dep.active")}),
    # tr_en_04: a participle on the noun after the copula acts on the copula's subject (here the noun is the
    # paper's own name of gout); deposition of X and X crystals name X
    ("Gout is an autoinflammatory disorder induced by deposition of monosodium urate (MSU) crystals in the "
     "articular joints and periarticular structures.",
     {("monosodium urate", "induces", "gout", None, False, False, "en.dep.passive_agent")}),
    # written for the test: the noun after the copula names nothing: what is caused is the subject
    ("Sepsis is a life-threatening condition caused by a dysregulated host response to infection.",
     {("host response", "induces", "sepsis", None, False, False, "en.dep.passive_agent")}),
    # written for the test: a second verb hung on the first one's object (conj of osteoclastogenesis), whose
    # own object the first verb must not take
    ("TNF-α stimulates osteoclastogenesis and inhibits osteoblast differentiation.",
     {("TNF-α", "activates", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("TNF-α", "inhibits", "osteoblast", "differentiation", False, False, "en.dep.active")}),
    # written for the test: the same, the first object hung on the second as a modifier, "suppresses" a noun
    ("IL-10 inhibits macrophage activation and suppresses inflammation.",
     {("IL-10", "inhibits", "macrophage", "activity", False, False, "en.dep.active"),
      ("IL-10", "inhibits", "inflammation", None, False, False, "en.dep.active")}),
    # tr_en_09 (cut short): a name left with a hyphen before another one's modifier shares it; "but not" denies
    # the blocking, not the induction
    ("Sclerostin effectively blocked TNFα- but not interleukin-1-induced activation of p38.",
     {("TNF-α", "activates", "p38 MAPK", "activity", False, False, "en.dep.modifier"),
      ("IL-1", "activates", "p38 MAPK", "activity", False, False, "en.dep.modifier"),
      ("sclerostin", "inhibits", "p38 MAPK", "activity", False, False, "en.dep.active")}),
    # written for the test: the same with "and"
    ("IL-6- and TNF-α-induced osteoclast differentiation was suppressed by IL-4.",
     {("IL-6", "induces", "osteoclast", "differentiation", False, False, "en.dep.modifier"),
      ("TNF-α", "induces", "osteoclast", "differentiation", False, False, "en.dep.modifier"),
      ("IL-4", "inhibits", "osteoclast", "differentiation", False, False, "en.dep.passive_agent")}),
    # written for the test: a partner on the verb whose purpose the trigger is
    ("IL-17 acts synergistically with TNF-α to induce IL-6 expression.",
     {("IL-17", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.co_agent")}),
    # 002 (a reference's title): the means with the name before the nominalisation (through STAT3 activation)
    ("Leukemia inhibitory factor inhibits neuronal terminal differentiation through STAT3 activation.",
     {("LIF", "activates", "STAT3", "activity", False, False, "en.dep.means")}),
    # 004 (a reference's title): the downregulation of X as a subject knocks X down; as an object it is a trigger
    ("Downregulation of stromal syntenin sustains AML development.",
     {("syntenin", "inhibits", "AML", None, False, False, "en.dep.knockdown_subject")}),
    ("TNF-α induces the downregulation of OPG in osteoblasts.",
     {("TNF-α", "downregulates", "OPG", "expression", False, False, "en.dep.active")}),
    # 002 (a reference's title): a name whose stand-in the model read as the verb (adipocytes/VBZ) is parsed
    # again as the plain noun of its kind (cells)
    ("Cancer-associated adipocytes promote the invasion and metastasis in breast cancer through LIF/CXCLs "
     "positive feedback loop.",
     {("cancer-associated adipocyte", "promotes", "tumor", "invasion", False, False, "en.dep.active"),
      ("cancer-associated adipocyte", "promotes", "tumor", "metastasis", False, False, "en.dep.active")}),
    # r5en (S1PR1 review): a name's stand-in (process) the model read as an infinitive, ``to`` its aux (tagged a
    # noun): parsed again, ``contributes to`` has its object
    ("S1PR1 in T and B cells as well as Spns2 in endothelial cells contributes to lymphocyte trafficking.",
     {("S1PR1", "promotes", "lymphocyte trafficking", None, False, False, "en.dep.active")}),
    # r5en (IL-22 review): the verb after a name read as a noun the name qualifies (IL6 functions), the root:
    # parsed again with a pronoun no reader resolves in the name's place, the verb heads the sentence
    ("IL-22 functions as a unique messenger from immune system to tissue epithelial cells and to regulate "
     "homeostasis of epithelia.",
     {("IL-22", "regulates", "epithelium homeostasis", None, False, False, "en.dep.active")}),
    # r5en (PTHrP review): the same with a process's stand-in (turnover results)
    ("Bone turnover results in the release of growth factors such as TGFβ.",
     {("bone turnover", "upregulates", "TGF-β", "expression", False, False, "en.dep.active")}),
    # written for the test: the partner's "with" hung on the verb, after "in concert"
    ("IL-17 acts in concert with TNF-α to promote inflammation.",
     {("IL-17", "promotes", "inflammation", None, False, False, "en.dep.active"),
      ("TNF-α", "promotes", "inflammation", None, False, False, "en.dep.co_agent")}),
    # written for the test: responsible for is a need
    ("IL-6 is responsible for the acute phase response in these patients.",
     {("IL-6", "promotes", "acute-phase response", None, False, False, "en.dep.need")}),
])
def test_clauses_the_parser_misreads(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # PMC6708973 (Treg cells and NK cells): a knock-down gerund the parser hung on the name (a compound) or on
    # the verb (csubj) still knocks the name down: blocking NKG2D lowers cytotoxicity, so NKG2D raises it
    ("Blocking NKG2D decreased NK cell cytotoxicity, IFN-γ production and CD107a expression.",
     {("NKG2D", "upregulates", "cytotoxicity", None, False, False, "en.dep.knockdown_subject"),
      ("NKG2D", "upregulates", "IFN-γ", "expression", False, False, "en.dep.knockdown_subject"),
      ("NKG2D", "upregulates", "CD107a", "expression", False, False, "en.dep.knockdown_subject")}),
    ("Moreover, blocking TGF-β and IL-10 substantially increased the NKG2D expression in NK and Treg cell "
     "cocultures.",
     {("TGF-β", "downregulates", "NKG2D", "expression", False, False, "en.dep.knockdown_subject"),
      ("IL-10", "downregulates", "NKG2D", "expression", False, False, "en.dep.knockdown_subject")}),
    # ASH Hematology 2010 (anemia of inflammation): examples hung on a name of one process are another noun's
    # (the etiologies'), not the subject's; on a class word they stand for it (SPEC 1)
    ("Inflammation arising from various etiologies, including infection, autoimmune disorders, chronic diseases, "
     "and aging, can promote anemia.",
     {("inflammation", "promotes", "anemia", None, False, False, "en.dep.active")}),
    ("Inflammatory cytokines, including IL-6 and TNF-α, promote bone resorption.",
     {("IL-6", "promotes", "bone resorption", None, False, False, "en.dep.active"),
      ("TNF-α", "promotes", "bone resorption", None, False, False, "en.dep.active")}),
    # written for the test: a relative clause hung on a role or property noun is about the name it is of
    ("Here we highlight the roles of cytokines that promote the development of Th17 cells.",
     {("cytokine", "promotes", "Th17 cell", "differentiation", False, False, "en.dep.relative")}),
    ("We discuss the functions of IL-6 that promote the survival of plasma cells.",
     {("IL-6", "promotes", "plasma cell", "survival", False, False, "en.dep.relative")}),
])
def test_subjects_the_parser_hangs_elsewhere(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # written for the test: the second verb of "promotes A and inhibits B", hung on B as an adjective, has
    # its own effect on B (not the first verb's)
    ("IL-6 promotes osteoclast differentiation and inhibits osteoblast differentiation.",
     {("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active"),
      ("IL-6", "inhibits", "osteoblast", "differentiation", False, False, "en.dep.active")}),
    # litmetric (sclerostin abstract): the same with the second verb tagged as a plural noun and the
    # first object hung on the last noun; "their" before a fate only cells have names the cells
    ("Sclerostin, which is primarily produced by the osteocytes, inhibits the canonical Wnt pathway and thereby "
     "the osteoblasts and stimulates RANKL release by the osteocytes and thereby osteoclast recruitment.",
     {("sclerostin", "inhibits", "Wnt/β-catenin pathway", "activity", False, False, "en.dep.active"),
      ("sclerostin", "inhibits", "osteoblast", None, False, False, "en.dep.active"),
      ("sclerostin", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("sclerostin", "activates", "osteoclast", "activity", False, False, "en.dep.active")}),
    ("Wnt signalling in osteoblast precursors promotes their differentiation and suppresses adipogenesis.",
     {("Wnt pathway", "promotes", "osteoblast precursor", "differentiation", False, False, "en.dep.active"),
      ("Wnt pathway", "inhibits", "adipocyte", "differentiation", False, False, "en.dep.active")}),
    ("IL-6 and TNF-α stimulate osteoclasts. IL-4 inhibits their differentiation.",
     {("IL-6", "activates", "osteoclast", "activity", False, False, "en.dep.active"),
      ("TNF-α", "activates", "osteoclast", "activity", False, False, "en.dep.active")}),
    # Ivanov et al. 2007 (Th17 review, figure legend): a relative clause is about the names before it, not a
    # conjunct after it
    ("Retinoic acid (RA), which promotes Treg development, and TGF-β by itself, which induces Foxp3 expression, "
     "decrease Th17 differentiation.",
     {("retinoic acid", "promotes", "Treg", "differentiation", False, False, "en.dep.relative"),
      ("TGF-β", "upregulates", "Foxp3", "expression", False, False, "en.dep.relative")}),
    # written for the test: a verb in -s is about the singular noun a participle modifies, not its plural agent
    ("Sclerostin is a glycoprotein secreted by osteocytes that inhibits bone formation by osteoblasts.",
     {("sclerostin", "inhibits", "bone formation", None, False, False, "en.dep.relative")}),
    # BMB Reports 2013 (IL-17 in bone): a conjunct with a modifier of its own is outside the first modifier's
    ("The balance between osteoblast-dependent bone formation and osteoclast-dependent bone resorption maintains "
     "bone homeostasis.",
     {("osteoblast", "promotes", "bone formation", None, False, False, "en.dep.modifier"),
      ("osteoclast", "promotes", "bone resorption", None, False, False, "en.dep.modifier")}),
    # written for the test: with an owner after "of", "in" names a place; a therapy of a disease is no agent
    ("Loss of SOCS3 in myeloid cells enhances STAT3 activation.",
     {("SOCS3", "inhibits", "STAT3", "activity", False, False, "en.dep.knockdown_subject")}),
    ("Current therapies of osteoporosis decrease bone resorption, whereas PTH stimulates bone formation.",
     {("PTH", "activates", "bone formation", None, False, False, "en.dep.active")}),
])
def test_each_clause_and_conjunct_keeps_its_own_arguments(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # written for the test: a name composed with a knock-down word (IL-10 deficiency, compositions.tsv) as a
    # subject is the name knocked down (SPEC 1), as "mice lacking IL-10" is
    ("Mice lacking IL-10 develop severe colitis, and IL-10 deficiency increases TNF-alpha production by "
     "macrophages.",
     {("IL-10", "inhibits", "colitis", None, False, False, "en.dep.phenotype"),
      ("IL-10", "downregulates", "TNF-α", "expression", False, False, "en.dep.knockdown_subject")}),
    ("In mice, IL-17 deficiency did not affect bone mass under physiological conditions.",
     {("IL-17", "regulates", "bone mass", None, True, False, "en.dep.knockdown_subject")}),
    # written for the test: "whether" asks of both verbs it opens, not the first only; the clause after states
    ("Whether IL-27 promotes or inhibits tumour growth is unclear, although IL-27 inhibits Th17 differentiation.",
     {("IL-27", "inhibits", "Th17 cell", "differentiation", False, False, "en.dep.active")}),
])
def test_knocked_down_and_asked_subjects(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # AJCEI 2013 (Th17 vs Treg abstract): "this cytokine" names the cytokine the clause before had as subject
    ("Whereas TGF-β suppresses Th1 and Th2 cell differentiation, this cytokine promotes Th9, Th17 and Foxp3+ "
     "regulatory T cells depending upon the presence of other cytokines.",
     {("TGF-β", "inhibits", "Th1 cell", None, False, False, "en.dep.active"),
      ("TGF-β", "inhibits", "Th2 cell", "differentiation", False, False, "en.dep.active"),
      ("TGF-β", "promotes", "Th9 cell", None, False, False, "en.dep.active"),
      ("TGF-β", "promotes", "Th17 cell", None, False, False, "en.dep.active"),
      ("TGF-β", "promotes", "Treg", None, False, False, "en.dep.active")}),
    # written for the test: "these cytokines" names the cytokines the sentence before was about
    ("IL-1 and TNF are elevated in arthritis. These cytokines stimulate RANKL expression.",
     {("IL-1", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("TNF-α", "upregulates", "RANKL", "expression", False, False, "en.dep.active")}),
])
def test_a_class_word_after_this_or_these_names_what_it_refers_to(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # Ivanov et al. 2007 (Th17 review, figure legend): "Th1 and Th2 inducing cytokines" is Th1-inducing
    # cytokines (no hyphen): the class word heads the subject, its examples act; the names before the gerund
    # neither act nor are acted on by the main verb
    ("In addition, Th1 and Th2 inducing cytokines, such as IL-4, IFNγ, and IL-25 also inhibit Th17 "
     "differentiation by unknown mechanisms.",
     {("IL-4", "inhibits", "Th17 cell", "differentiation", False, False, "en.dep.active"),
      ("IFN-γ", "inhibits", "Th17 cell", "differentiation", False, False, "en.dep.active"),
      ("IL-25", "inhibits", "Th17 cell", "differentiation", False, False, "en.dep.active")}),
    # written for the test: a plural name before the gerund is its subject (cells that produce cytokines)
    ("Macrophages producing IL-6 promote tumor growth.",
     {("macrophage", "promotes", "tumor", "growth", False, False, "en.dep.active")}),
])
def test_a_gerund_between_a_name_and_a_class_word_is_an_adjective(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # litmetric (sclerostin abstract): a nominal the parser hung under the first nominal's "of" keeps its own
    # effect (inhibition of resorption), turned round with the knocked-down subject
    ("Inhibition of sclerostin therefore causes stimulation of bone formation and inhibition of resorption.",
     {("sclerostin", "inhibits", "bone formation", None, False, False, "en.dep.knockdown_subject"),
      ("sclerostin", "promotes", "bone resorption", None, False, False, "en.dep.knockdown_subject")}),
    # JCI 2006 (stem cell niches, written shorter): cells that interact bind no molecule (SPEC 1: binds is
    # molecular binding); molecules do
    ("HSCs interact not only with osteoblasts but also with other stromal cells, whereas CXCL12 binds to CXCR4 "
     "on HSCs.",
     {("CXCL12", "binds", "CXCR4", None, False, False, "en.dep.active")}),
    # written for the test: what a verb prevents its object from doing is no claim of the subject's; the
    # apposition (a decoy receptor for RANKL) says RANKL binds OPG (en.dep.receptor)
    ("Osteoprotegerin, a decoy receptor for RANKL, prevents RANKL from binding to RANK on osteoclast "
     "precursors.",
     {("OPG", "inhibits", "RANKL", "activity", False, False, "en.dep.active"),
      ("RANKL", "binds", "OPG", None, False, False, "en.dep.receptor")}),
])
def test_nominals_bindings_and_prevented_actions(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # written for the test: a subject the sentence denies ("but not", "neither … nor") states the claim negated
    ("IL-17A, but not IL-17F, induced the expression of CXCL1 in keratinocytes.",
     {("IL-17", "upregulates", "CXCL1", "expression", False, False, "en.dep.active"),
      ("IL-17F", "upregulates", "CXCL1", "expression", True, False, "en.dep.active")}),
    ("Neither IL-4 nor IL-13 affected the survival of mature osteoclasts.",
     {("IL-4", "regulates", "osteoclast", "survival", True, False, "en.dep.active"),
      ("IL-13", "regulates", "osteoclast", "survival", True, False, "en.dep.active")}),
    # written for the test: a need denied by its subjects, or for one phrase only ("although not for"), is
    # no role there (regulates, negated); the need stated stays a need
    ("In contrast, neither IL-7 nor IL-15 is required for the survival of memory B cells.",
     {("IL-7", "regulates", "memory B cell", "survival", True, False, "en.dep.need"),
      ("IL-15", "regulates", "memory B cell", "survival", True, False, "en.dep.need")}),
    ("IL-7 is required for survival of naive T cells, although not for T cell activation.",
     {("IL-7", "promotes", "naive T cell", "survival", False, False, "en.dep.need"),
      ("IL-7", "regulates", "T cell", "activity", True, False, "en.dep.need")}),
    # written for the test (after r5en FLT3-ITD): a that-clause of a verb coordinated with an inquiry states a
    # finding, not a question; "but not X" denies X where the parser hangs "not" as a conjunct of its own
    ("We compared both receptors and show that IL-4 but not IL-13 uses STAT6 to induce arginase-1.",
     {("IL-4", "upregulates", "Arg1", "expression", False, False, "en.dep.active"),
      ("IL-13", "upregulates", "Arg1", "expression", True, False, "en.dep.active")}),
])
def test_denied_subjects(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    # Wikipedia (tumor-associated macrophage, written shorter): what cells are made to produce is what the
    # subject raises; the cells are where it happens
    ("TAMs produce WNT7B, which induces endothelial cells to produce VEGF-A.",
     {("Wnt7b", "upregulates", "VEGF-A", "expression", False, False, "en.dep.relative")}),
    # written for the test: a fate the cells are made to undergo is their aspect; a purpose clause after an
    # owned aspect (tr_en_02: stimulate the activity of M1 macrophages to overcome…) stays the verb's own
    ("TNF-alpha induces osteoblasts to undergo apoptosis.",
     {("TNF-α", "induces", "osteoblast", "apoptosis", False, False, "en.dep.active")}),
    # a verb of stimulating (stimulation words) acts on the cells as well (r5en_en_02, r10en_en_02 and r9en_en_01
    # of gold/extra: IL-18 activates mast cells, TL1A activates T cells, TSLP activates dendritic cells)
    ("IL-6 stimulates osteoblasts to increase RANKL expression.",
     {("IL-6", "upregulates", "RANKL", "expression", False, False, "en.dep.active"),
      ("IL-6", "activates", "osteoblast", "activity", False, False, "en.dep.active")}),
    # written for the test: the to-clause the parser hangs on the last of coordinated cells is the verb's
    ("IL-33 stimulates mast cells and basophils to produce IL-6 and IL-13.",
     {("IL-33", "upregulates", "IL-6", "expression", False, False, "en.dep.active"),
      ("IL-33", "upregulates", "IL-13", "expression", False, False, "en.dep.active"),
      ("IL-33", "activates", "mast cell", "activity", False, False, "en.dep.active"),
      ("IL-33", "activates", "basophil", "activity", False, False, "en.dep.active")}),
    # gold/extra r10en_en_02 and r9en_en_01: the cells a verb of stimulating acts on, and what they are made to do
    # (the second reads the name T helper of "T helper (Th) 2 immune responses": a name kind, left as it is)
    ("TL1A costimulates T cells to produce a wide variety of cytokines.",
     {("TL1A", "activates", "T cell", "activity", False, False, "en.dep.active"),
      ("TL1A", "upregulates", "cytokine", "expression", False, False, "en.dep.active")}),
    ("Current studies provide compelling evidence that TSLP is capable of activating dendritic cells (DCs) to "
     "promote T helper (Th) 2 immune responses.",
     {("TSLP", "activates", "dendritic cell", "activity", False, False, "en.dep.active"),
      ("TSLP", "promotes", "T helper", None, False, False, "en.dep.active")}),
])
def test_what_cells_are_made_to_do(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,claim", [
    # tr_en_10: inquiry states nothing ("to test the effect", "we analyzed the ability of X to regulate Y")
    ("To directly test the effect of IL-4 on osteoclasts, we took advantage of a simplified system using recombinant "
     "receptor activator of nuclear factor κB ligand (RANKL) as the osteoclast differentiation factor.", None),
    # written for the test: the same effect noun stated by a report verb is a claim
    ("These studies demonstrated the effect of IL-4 on osteoclasts.",
     ("IL-4", "regulates", "osteoclast", None, False, False, "en.dep.effect_on")),
    # tr_en_02: a review's topic ("discusses the roles of X in Y") is no claim
    ("This review discusses the current knowledge concerning the roles of IFN-γ in the TME as a part of the complex "
     "immune response to cancer.", None),
    # association and production are no triples (SPEC 1), a trigger beside them is
    ("Serum IL-6 levels are associated with bone loss in these patients, and IL-6 is produced by osteoblasts.", None),
    ("Serum IL-6 levels are associated with bone loss in these patients, and IL-6 promotes osteoclast "
     "differentiation.", ("IL-6", "promotes", "osteoclast", "differentiation", False, False, "en.dep.active")),
    # written for the test: a cell before -mediated names the kind of the process, not a claim; the verb's is
    # (no "these": a demonstrative class word with nothing before it to name is no argument)
    ("Cytokines enhance T cell-mediated immunity against tumors.",
     ("cytokine", "promotes", "cellular immunity", None, False, False, "en.dep.active")),
    ("IL-17 promotes neutrophil-mediated inflammation in the skin.",
     ("IL-17", "promotes", "inflammation", None, False, False, "en.dep.active")),
    # written for the test: a verb of protection whose object names nothing acts on what it guards against
    ("In these studies, estrogen protected the women from osteoporosis.",
     ("estrogen", "inhibits", "osteoporosis", None, False, False, "en.dep.active")),
])
def test_what_states_no_claim_gives_none(resources, text, claim):
    found = parse_read(text, resources)
    if claim is None:
        assert found == set()
    else:
        assert found == {claim}


@pytest.mark.parametrize("text,expected", [
    # tr_en_05 (written shorter): "but not" denies the conjunct after it, not the verb
    ("M-CSF facilitated the activation of c-fos, but not NFATc1.",
     {("M-CSF", "activates", "c-Fos", "activity", False, False, "en.dep.active"),
      ("M-CSF", "activates", "NFATc1", "activity", True, False, "en.dep.active")}),
    # written for the test: did not / failed to / suggest
    ("IL-4 treatment did not inhibit osteoclast development.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", True, False, "en.dep.active")}),
    ("These data suggest that IL-4 inhibits osteoclast differentiation.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", False, True, "en.dep.active")}),
    ("IL-4 failed to inhibit osteoclast differentiation.",
     {("IL-4", "inhibits", "osteoclast", "differentiation", True, False, "en.dep.active")}),
])
def test_negation_and_hedges(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_cell_adjective_before_differentiation_is_what_cells_become(resources):
    # written for the test after tr_en_03 ("promoting activation and myofibroblastic differentiation of hepatic
    # stellate cells"): myofibroblastic differentiation is no differentiation of myofibroblasts
    assert parse_read("In the lung, TGF-β induces fibrosis and promotes myofibroblastic differentiation.",
                      resources) == {("TGF-β", "induces", "fibrosis", None, False, False, "en.dep.active")}


def test_mentions_are_single_tokens_with_exact_spans(resources):
    from pipeline.english.english_parse import parse_sentences
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    text = "Bone marrow stromal cells promote IL-17A-induced RANKL expression in osteoblasts."
    doc = document_of(text)
    views = segment(doc)
    found = find_mentions(doc, views, resources)[0]
    parsed = parse_sentences([(0, views[0], found)])[0]
    clean = views[0].clean.text
    assert {clean[slice(*parsed.span_of(i))] for i in parsed.mention_at} == {f.record.surface for f in found}
    assert all(parsed.span_of(i) == (f.cstart, f.cend) for i, f in parsed.mention_at.items())
    assert len(parsed.doc) == len(parsed.spans)
    # the hyphen after a name is a token of its own: the participle reads as X-induced
    claim = ("IL-17", "upregulates", "RANKL", "expression", False, False, "en.dep.modifier")
    assert claim in parse_read(text, resources)


def test_only_english_sentences_with_two_names_and_a_trigger_are_parsed(resources):
    from pipeline.english.english_parse import worth_parsing
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    text = ("IL-6 is a cytokine. IL-6 promotes osteoclast differentiation. IL-6 and RANKL are found in serum. "
            "IL-6 促进破骨细胞分化。")
    doc = document_of(text)
    views = segment(doc)
    mentions = find_mentions(doc, views, resources)
    assert [worth_parsing(v, m, VOCAB.trigger_words) for v, m in zip(views, mentions)] == [False, True, False, False]


def test_a_pronoun_names_the_subject_of_the_sentence_before(resources):
    # tr_en_06: "It" is IL-6, the subject of the last clause before it, not IL-6 trans-signaling
    found = parse_read("IL-6 trans-signaling can be blocked without affecting IL-6 classic signaling through mIL-6R. "
                       "IL-6 has major effects on the adaptive and innate immune system. It promotes the maturation of "
                       "B lymphocytes.", resources)
    assert ("IL-6", "promotes", "B cell", "maturation", False, False, "en.dep.pronoun") in found
    assert not any(t[0] == "IL-6 trans-signaling" and t[2] == "B cell" for t in found)


def test_a_construction_record_without_a_function_is_an_error(tmp_path):
    import shutil

    from pipeline.english.english_claims import ordered
    from pipeline.dictionary.lexicon import DictionaryError

    shutil.copytree(config.DICTIONARIES / "relations", tmp_path / "relations")
    path = tmp_path / "relations" / "english_constructions.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "en.dep.unknown\t999\tx\tAn example.\ta | b | c | d\n",
                    encoding="utf-8")
    vocab = load_english_vocab(tmp_path, VOCAB.rules)
    with pytest.raises(DictionaryError, match="en.dep.unknown"):
        ordered(vocab.constructions, str(path))


def test_a_bad_word_kind_names_file_and_line(tmp_path):
    import shutil

    from pipeline.dictionary.lexicon import DictionaryError

    shutil.copytree(config.DICTIONARIES / "relations", tmp_path / "relations")
    path = tmp_path / "relations" / "english_parse_words.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "colour\tred\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"english_parse_words.tsv:\d+: unknown kind 'colour'"):
        load_english_vocab(tmp_path, VOCAB.rules)


def test_a_name_read_as_a_verb_under_both_stand_ins_is_read_as_a_name(resources):
    # tr_en_02: the model reads ``to tumor growth and progression`` as an infinitive, and the plain noun of the
    # name's kind (``to disease growth``) too: the name is parsed a third time as a gene-like name, so that
    # ``contributes to`` has its object (the pronoun's claim is read where the sentence has its antecedent)
    from pipeline.english.english_parse import parse_sentences
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    text = ("Some researchers believe it has anti-tumorigenic properties, while others suggest that it contributes "
            "to tumor growth and progression.")
    doc = document_of(text)
    views = segment(doc)
    found = find_mentions(doc, views, resources)[0]
    parsed = parse_sentences([(0, views[0], found)])[0]
    tumor = next(i for i, f in parsed.mention_at.items() if f.record.surface == "tumor")
    assert not parsed.doc[tumor].tag_.startswith("VB")
    assert parsed.doc[tumor].head.lower_ == "growth" and parsed.doc[tumor].head.head.lower_ == "to"
