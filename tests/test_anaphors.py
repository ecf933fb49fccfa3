"""Demonstrative anaphors of both languages (pipeline/names/anaphors.py): 该通路 / 这些细胞 / 二者 / this
cytokine name the nearest name of their class before them, as mentions (via pronoun) the relation
reader reads (sentences written for the test)."""
from __future__ import annotations

import pytest

from .conftest import document_of, mentions_in, triples_in


def anaphors(text, resources):
    """(surface, concept name) of the mentions made for anaphors, with provenance checked."""
    from pipeline.names.mentions import find_mentions
    from pipeline.sentences.segment import segment

    doc = document_of(text)
    out = []
    for fs in find_mentions(doc, segment(doc), resources):
        for f in fs:
            assert doc.text[f.record.start:f.record.end] == f.record.surface
            if f.record.via == "pronoun":
                out.append((f.record.surface, f.concept.name))
    return out


@pytest.mark.parametrize("text, expected", [
    # a singular determiner: the nearest pathway of the sentence before
    ("IL-6可以激活JAK-STAT信号通路。该通路能够促进破骨细胞的分化。", [("该通路", "JAK/STAT pathway")]),
    # a plural determiner: the members of the last list of cell types
    ("CD4+T细胞和B细胞聚集在滑膜组织中。这些细胞被抗原提呈细胞活化。",
     [("这些细胞", "CD4+ T cell"), ("这些细胞", "B cell")]),
    # a family written as the bare class noun (细胞因子): the members of the last list
    ("巨噬细胞分泌TNF-α和IL-6，这些细胞因子促进破骨细胞的分化。",
     [("这些细胞因子", "TNF-α"), ("这些细胞因子", "IL-6")]),
    # 二者: the last two coordinated names, not the receptor named after them
    ("IL-4和IL-13共用IL-4Rα链，二者均可抑制破骨细胞的分化。", [("二者", "IL-4"), ("二者", "IL-13")]),
    # the English words of the same classes: these cells, this pathway, 该病 / this disease
    ("Th17 cells and B cells accumulate in the synovium. These cells produce IL-17.",
     [("These cells", "Th17 cell"), ("These cells", "B cell")]),
    ("IL-6 activates the JAK/STAT pathway. This pathway promotes osteoclast differentiation.",
     [("This pathway", "JAK/STAT pathway")]),
    ("类风湿关节炎是一种慢性炎症性疾病。该病的滑膜中IL-6水平升高。", [("该病", "rheumatoid arthritis")]),
    # a class noun written bare (its receptor: any receptor) is no name an anaphor could stand for
    ("Blocking IL-17A or its receptor confirmed the role of this cytokine in psoriasis.",
     [("this cytokine", "IL-17")]),
])
def test_a_determiner_and_a_class_noun_name_the_nearest_name_of_the_class(resources, text, expected):
    assert anaphors(text, resources) == expected


def test_the_reader_reads_the_anaphor_as_its_referents(resources):
    text = "CD4+T细胞和B细胞聚集在滑膜组织中。这些细胞被抗原提呈细胞活化。"
    assert set(triples_in(text, resources)) >= {
        ("antigen-presenting cell", "activates", "CD4+ T cell", "activity", False),
        ("antigen-presenting cell", "activates", "B cell", "activity", False)}


def test_the_reader_reads_an_english_anaphor_as_its_referent(resources):
    text = "IL-6 activates the JAK/STAT pathway. This pathway promotes osteoclast differentiation."
    assert set(triples_in(text, resources)) == {
        ("IL-6", "activates", "JAK/STAT pathway", "activity", False),
        ("JAK/STAT pathway", "promotes", "osteoclast", "differentiation", False)}
    assert set(triples_in("IL-6可以激活JAK-STAT信号通路。该通路能够促进破骨细胞的分化。", resources)) >= {
        ("IL-6", "activates", "JAK/STAT pathway", "activity", False),
        ("JAK/STAT pathway", "promotes", "osteoclast", "differentiation", False)}


@pytest.mark.parametrize("text", [
    # nothing of the class before it: no anaphor (the names around it are still found)
    "IL-6可以促进破骨细胞的分化。该通路还能够抑制成骨细胞的分化。",
    # the paragraph named the class itself before: the phrase names the class (determiner_phrase)
    "细胞因子可以调节破骨细胞的分化。巨噬细胞分泌TNF-α和IL-6，这些细胞因子促进破骨细胞的分化。",
    # 细胞群 is a longer noun (a population), not the class noun 细胞
    "骨髓间充质干细胞和ALL细胞共同存在于骨髓中。这一细胞群能够促进破骨细胞的分化。",
])
def test_no_anaphor_without_a_name_of_its_class_before_it(resources, text):
    assert anaphors(text, resources) == []
    assert ("破骨细胞", "osteoclast", "dictionary") in mentions_in(text, resources)


def test_this_cytokine_names_the_molecule_the_sentence_before_names(resources):
    text = ("IL-17 is needed to eliminate extracellular bacteria. "
            "This cytokine also induces the production of IL-6 by fibroblasts.")
    assert anaphors(text, resources) == [("This cytokine", "IL-17")]
    triples = triples_in(text, resources)
    assert ("IL-17", "upregulates", "IL-6", "expression", False) in triples
    assert not any(f == "cytokine" for f, *_ in triples)  # the class noun is read as the anaphor


def test_this_cytokine_names_the_molecule_of_its_own_sentence_first(resources):
    text = ("IL-17 is needed to eliminate bacteria. "
            "Blocking IL-23 shows the importance of this cytokine for the production of IL-6.")
    assert anaphors(text, resources) == [("this cytokine", "IL-23")]


@pytest.mark.parametrize("text, real", [
    # a singular factor after two different molecules: which one is not said
    ("TNF-α and IL-6 promote the differentiation of osteoclasts. This cytokine also activates macrophages.",
     ("TNF-α", "promotes", "osteoclast")),
    # this cytokine family is the family, a longer noun: no anaphor
    ("IL-10 is the founding member of this cytokine family and inhibits the activation of macrophages.",
     ("IL-10", "inhibits", "macrophage")),
    ("IL-10是该细胞因子家族的创始成员，能够抑制巨噬细胞的活化。", ("IL-10", "inhibits", "macrophage")),
    # a singular pathway after two pathways: which one is not said
    ("IL-6可以激活JAK-STAT通路和MAPK通路。该通路能够促进破骨细胞的分化。", ("IL-6", "activates", "MAPK pathway")),
])
def test_no_anaphor_where_the_referent_is_not_said(resources, text, real):
    assert anaphors(text, resources) == []
    assert real in {t[:3] for t in triples_in(text, resources)}


@pytest.mark.parametrize("text, word, antecedent", [
    ("IL-6可以激活JAK-STAT信号通路。该通路能够促进破骨细胞的分化。", "该通路", "JAK/STAT pathway"),
    ("IL-17 is needed to eliminate extracellular bacteria. "
     "This cytokine also induces the production of IL-6 by fibroblasts.", "This cytokine", "IL-17"),
])
def test_a_triple_made_through_an_anaphor_says_so(resources, text, word, antecedent):
    """The triple's span is the anaphor as written, its concept the antecedent, and its steps say
    an anaphor named it (record ``anaphor``)."""
    from .conftest import read_claims

    _, _, doc, triples = read_claims(text, resources)
    through = [t for t in triples if word in (t.factor_text, t.target_text)]
    assert through and all("anaphor" in t.steps for t in through)
    assert all(antecedent in (t.factor_name, t.target_name) for t in through)
    assert all("anaphor" not in t.steps for t in triples if t not in through)


def test_a_demonstrative_never_names_its_own_clauses_subject(resources):
    """``IL-6 促进该细胞因子的表达``: the factor is another, named before (its own subject would be 其)."""
    text = "TNF-α可以激活巨噬细胞。IL-6可以促进该细胞因子在巨噬细胞中的表达。"
    assert anaphors(text, resources) == [("该细胞因子", "TNF-α")]
    assert ("IL-6", "upregulates", "TNF-α", "expression", False) in triples_in(text, resources)


def test_after_two_names_the_sentence_befores_topic(resources):
    """Two molecules in the sentence before, one of them opening a clause (the sentence is about
    it): that one; a list opening the clause (``TNF-α and IL-6 promote…``) names none (above)."""
    text = ("During infection, IL-17 is needed to eliminate bacteria by inducing antimicrobial peptides. "
            "This cytokine also induces the production of IL-6 by fibroblasts.")
    assert anaphors(text, resources) == [("This cytokine", "IL-17")]
    assert ("IL-17", "upregulates", "IL-6", "expression", False) in triples_in(text, resources)


@pytest.mark.parametrize("text, expected, claims", [
    # an English plural class noun after these: the members of the last list of its class
    ("Macrophages secrete TNF-α and IL-6. These cytokines promote the differentiation of osteoclasts.",
     [("These cytokines", "TNF-α"), ("These cytokines", "IL-6")],
     {("TNF-α", "promotes", "osteoclast", "differentiation", False),
      ("IL-6", "promotes", "osteoclast", "differentiation", False)}),
    # the knocked-down anaphor: each referent knocked down (the parse reader reads every referent of the span)
    ("IL-17 and TNF-α are produced in the inflamed synovium. Blocking these cytokines reduces bone erosion.",
     [("these cytokines", "IL-17"), ("these cytokines", "TNF-α")],
     {("IL-17", "upregulates", "bone destruction", None, False),
      ("TNF-α", "upregulates", "bone destruction", None, False)}),
])
def test_the_parse_reader_reads_each_referent_of_a_plural_anaphor(resources, text, expected, claims):
    """The English parse reader takes its demonstratives from anaphors.py (one policy): the span is
    one token of its parse, and every referent made there is an argument."""
    assert anaphors(text, resources) == expected
    assert set(triples_in(text, resources)) >= claims


def test_a_pronoun_opening_its_sentence_names_the_subject_of_the_sentence_before(resources):
    """``It promotes…``: nothing in its own sentence it could name; the parse reader reads the
    mention anaphors.py made (the span is the pronoun, the record the pronoun construction's)."""
    from .conftest import read_claims

    text = ("IL-6 has major effects on the adaptive immune system. It promotes the maturation of B lymphocytes "
            "in these patients.")
    assert anaphors(text, resources) == [("It", "IL-6")]
    _, _, _, triples = read_claims(text, resources)
    through = [t for t in triples if t.factor_text == "It"]
    assert [(t.factor_name, t.effect, t.target_name, t.aspect, t.rule) for t in through] == [
        ("IL-6", "promotes", "B cell", "maturation", "en.dep.pronoun")]
    assert all("anaphor" in t.steps for t in through)


@pytest.mark.parametrize("text, expected, claims", [
    # they: the list that opens the sentence before
    ("Th17 cells and γδ T cells accumulate in the inflamed synovium. They promote the differentiation of "
     "osteoclasts.",
     [("They", "Th17 cell"), ("They", "γδ T cell")],
     {("Th17 cell", "promotes", "osteoclast", "differentiation", False),
      ("γδ T cell", "promotes", "osteoclast", "differentiation", False)}),
    # its opening a clause after however names the subject of the clause after that; it the one before it
    ("Several studies have shown that IL-17 is elevated in the synovium of patients with arthritis. However, its "
     "role in bone erosion remains unclear. It promotes the expression of RANKL by osteoblasts.",
     [("its", "IL-17"), ("It", "IL-17")],
     {("IL-17", "upregulates", "RANKL", "expression", False)}),
    # they after a sentence that opens with one thing: the last name written in the plural there
    ("RANKL is expressed by osteoblasts and synovial fibroblasts. They promote the differentiation of osteoclasts.",
     [("They", "osteoblast"), ("They", "synovial fibroblast")],
     {("osteoblast", "promotes", "osteoclast", "differentiation", False)}),
])
def test_a_pronoun_names_the_name_of_its_number_that_opens_a_clause_before(resources, text, expected, claims):
    assert anaphors(text, resources) == expected
    assert set(triples_in(text, resources)) >= claims


@pytest.mark.parametrize("text, real", [
    # an impersonal it: nothing named
    ("IL-6 is elevated in the serum of patients with arthritis. It was reported that TNF-α promotes osteoclast "
     "differentiation.", ("TNF-α", "promotes", "osteoclast", "differentiation", False)),
    # no name opens a clause of the sentence before (the review does): the grammar does not say
    ("This review discusses the effects of IL-6 on bone. It also describes how TNF-α promotes osteoclast "
     "differentiation.", ("TNF-α", "promotes", "osteoclast", "differentiation", False)),
    # a pronoun in a phrase before its clause's subject is the parse reader's (that subject), not the sentence before's
    ("IL-1β is a pleiotropic cytokine. Besides its role in angiogenesis, VEGF promotes the migration of osteoclasts.",
     ("VEGF-A", "promotes", "osteoclast", "migration", False)),
    # it cannot name a name written in the plural
    ("Osteoclasts resorb bone in these mice. It was blocked by OPG, which inhibits osteoclast differentiation.",
     ("OPG", "inhibits", "osteoclast", "differentiation", False)),
])
def test_no_pronoun_referent_where_the_grammar_does_not_say_it(resources, text, real):
    assert anaphors(text, resources) == []
    assert real in triples_in(text, resources)


@pytest.mark.parametrize("text, expected, claim", [
    # the latter / the former: the second / the first of the last two coordinated names
    ("RANKL binds to RANK and OPG. The latter inhibits osteoclast differentiation.",
     [("The latter", "OPG")], ("OPG", "inhibits", "osteoclast", "differentiation", False)),
    ("IL-4 and IL-13 share a receptor chain, but the former is more potent in inhibiting osteoclast differentiation.",
     [("the former", "IL-4")], ("IL-4", "inhibits", "osteoclast", "differentiation", False)),
])
def test_the_former_and_the_latter_name_one_of_the_last_two_names(resources, text, expected, claim):
    assert anaphors(text, resources) == expected
    assert claim in triples_in(text, resources)


def test_the_latter_before_a_noun_is_no_anaphor(resources):
    text = "IL-4 and IL-13 inhibit osteoclasts, and the latter cells are unable to resorb bone."
    assert anaphors(text, resources) == []
    assert ("IL-4", "inhibits", "osteoclast", None, False) in triples_in(text, resources)


@pytest.mark.parametrize("text, expected, claim", [
    # 与其受体 / 结合其受体: the receptor the dictionaries name by the ligand's name (IL-27受体, LIF receptor)
    ("IL-27与其受体结合后可激活STAT1。", [("其受体", "IL-27Rα")], ("IL-27", "binds", "IL-27Rα")),
    ("LIF通过结合其受体激活JAK-STAT信号通路。", [("其受体", "LIFR")], ("LIF", "binds", "LIFR")),
])
def test_its_receptor_is_the_receptor_named_by_the_ligand(resources, text, expected, claim):
    assert anaphors(text, resources) == expected
    assert claim in {t[:3] for t in triples_in(text, resources)}


@pytest.mark.parametrize("text, real", [
    # the receptor is named right after: that one, no anaphor
    ("TPO通过与其受体c-mpl结合激活JAK2。", ("thrombopoietin", "binds", "MPL")),
    # a family's receptors are many: the generic receptor stays
    ("趋化因子与其受体结合后促进肿瘤细胞迁移。", ("chemokine", "promotes", "tumor cell")),
])
def test_its_receptor_stays_generic_when_named_or_of_a_family(resources, text, real):
    assert anaphors(text, resources) == []
    assert real in {t[:3] for t in triples_in(text, resources)}


@pytest.mark.parametrize("text, expected", [
    # the sentence before says its topic is one of the class (X 是一种…信号通路): the anaphor names it
    ("哺乳动物雷帕霉素靶蛋白(mTOR)是一种重要的能量代谢信号通路。此通路能够促进T细胞的增殖。",
     [("此通路", "mTOR")]),
])
def test_a_singular_anaphor_names_the_topic_the_sentence_before_calls_one_of_its_class(resources, text, expected):
    assert anaphors(text, resources) == expected
    assert ("T细胞", "T cell", "dictionary") in mentions_in(text, resources)


@pytest.mark.parametrize("text", [
    # the sentence before calls its topic something else (a cytokine): the pathway is not said
    "IL-6是一种多效性细胞因子。该通路能够促进破骨细胞的分化。",
    # the class noun is not what the copula says the topic is (a pathway's component)
    "STAT3是JAK-STAT信号通路的关键转录因子。该通路能够促进破骨细胞的分化。",
])
def test_no_classed_topic_where_the_sentence_before_does_not_call_it_so(resources, text):
    found = anaphors(text, resources)
    assert ("该通路", "IL-6") not in found and ("该通路", "STAT3") not in found
    assert ("破骨细胞", "osteoclast", "dictionary") in mentions_in(text, resources)


def table_mentions(text):
    """(surface, concept name, via) of the mentions table ``extract`` writes for ``text``, offsets checked."""
    from pipeline.runtime.batch import extract

    doc = document_of(text)
    out = extract(doc)
    assert all(doc.text[m.start:m.end] == m.surface for m in out["mentions"])
    return [(m.surface, m.concept_name, m.via) for m in out["mentions"]], out["triples"]


@pytest.mark.parametrize("text, expected, named", [
    # 它 opening a sentence with no name before it: the name opening a clause of the sentence before
    ("IL-5是一种功能高度特化的细胞因子,主要作用是调控嗜酸性粒细胞的生成。它的生物学效应主要由一类独特的受体系统介导。",
     [("它", "IL-5", "anaphor")], ("嗜酸性粒细胞", "eosinophil")),
    # 其 after a report verb, the sentence opening its paragraph: the topic of the paragraph before
    ("Notch 信号通路是一条影响细胞命运的信号转导通路,在调节细胞分化中起重要作用。\n"
     "目前研究涉及其在神经元功能的发挥、血管生成等方面。",
     [("其", "Notch pathway", "anaphor")], ("血管生成", "angiogenesis")),
    # no name opens a clause of the sentence before: the one thing it names
    ("近年来越来越多的学者开始研究维生素 D 在免疫系统中的作用。因为其除了可以调节骨代谢外,还能影响 T 细胞的增殖。",
     [("其", "vitamin D", "anaphor")], ("T 细胞", "T cell")),
    # 它们: the last list of the sentence before, each member's aside in brackets part of it; a second 它们 too
    ("在脊椎动物中发现了三种Hh配体,包括音猬因子(sonic hedgehog,SHh)、印度刺猬(Indian hedgehog,IHh)和沙漠刺猬"
     "(desert hedgehog,DHh)。它们在不同组织中具有不同的分布,但它们都可以与Ptch结合。",
     [("它们", "Shh", "anaphor"), ("它们", "Ihh", "anaphor"), ("它们", "Dhh", "anaphor")] * 2, ("Ptch", "PTCH1")),
])
def test_a_chinese_pronoun_no_triple_read_is_a_mention_of_the_topic_before(resources, text, expected, named):
    found, _ = table_mentions(text)
    assert [m for m in found if m[2] == "anaphor"] == expected
    assert (*named, "dictionary") in found


@pytest.mark.parametrize("text, named", [
    # a name before it in its sentence: the relation reader's (its own clause), no mention here
    ("IL-6是一种多效性细胞因子。TNF-α可以促进其表达。", ("TNF-α", "TNF-α")),
    # a word holding the pronoun's character (其他, 尤其) is no pronoun
    ("IL-6是一种多效性细胞因子。其他细胞因子如TNF-α也能促进破骨细胞分化。", ("TNF-α", "TNF-α")),
    # the sentence before is about a process: no molecule or cell to name
    ("炎症在传统上被定义为身体对有害刺激的自然反应。它还参与针对病原体的免疫反应。", ("病原体", "pathogen")),
    # another pronoun after the first may name what the first one said (或其进展: the disease's)
    ("炎症因子包括IL-1α和IL-6。它们可用作监测疾病或其进展的生物标志物。", ("IL-6", "IL-6")),
])
def test_no_chinese_pronoun_mention_where_the_topic_is_not_said(resources, text, named):
    found, _ = table_mentions(text)
    assert [m for m in found if m[2] == "anaphor" and m[0] != "它们"] == []
    assert (*named, "dictionary") in found


def test_a_pronoun_a_triple_resolves_is_the_readers_mention_not_an_anaphor():
    text = ("已有文献报道 BMSC可通过分泌细胞因子影响白血病细胞增殖。"
            "它可以与白血病细胞发生直接作用,调控肿瘤生长。")
    found, triples = table_mentions(text)
    assert ("它", "BMSC", "pronoun") in found and not [m for m in found if m[2] == "anaphor"]
    assert any(t.factor_name == "BMSC" and t.factor_text == "它" for t in triples)


def test_it_after_a_sentence_no_name_opens_names_its_one_molecule(resources):
    text = ("However, new data suggest that the scope of CCL2's functions may extend beyond chemotaxis. "
            "Emerging evidence shows that it can promote the survival of macrophages.")
    assert anaphors(text, resources) == [("it", "CCL2")]
    assert ("CCL2", "promotes", "macrophage", "survival", False) in triples_in(text, resources)


@pytest.mark.parametrize("text, expected, claim", [
    # a receptor noun names the nearest receptor before it in its paragraph, past a sentence naming none
    ("I型IL-4受体：由IL-4Rα链与共用γ链组成。主要表达于淋巴细胞和髓系细胞。IL-4与该受体结合，诱导B细胞的增殖。",
     [("该受体", "type I IL-4 receptor")], ("IL-4", "binds", "type I IL-4 receptor", None, False)),
    # an anaphor resolved in the sentence before counts as a name of its class: 此通路, then 此信号通路
    ("哺乳动物雷帕霉素靶蛋白(mTOR)是一种重要的细胞能量代谢信号通路。此通路能够整合营养信号。"
     "雷帕霉素可以抑制此信号通路的活化。",
     [("此通路", "mTOR"), ("此信号通路", "mTOR")], ("rapamycin", "inhibits", "mTOR", "activity", False)),
])
def test_a_determiner_phrase_names_the_nearest_name_of_its_class_in_its_paragraph(resources, text, expected, claim):
    assert anaphors(text, resources) == expected
    assert claim in triples_in(text, resources)


def test_a_receptor_noun_never_names_a_ligand(resources):
    # IL-4 and IL-13 are genes but no receptors: 该受体 names nothing, the ligands' own claim stays
    text = "IL-4和IL-13由Th2细胞分泌。该受体的表达受到多种因素的调节。IL-4可以促进B细胞的增殖。"
    assert anaphors(text, resources) == []
    assert ("IL-4", "promotes", "B cell", "proliferation", False) in triples_in(text, resources)


def test_these_cells_after_a_shared_head_coordination_name_both_conjuncts(resources):
    # myeloid and lymphoid cells: the name composed over the coordination hides neither conjunct
    text = ("CCL2 drives the chemotaxis of myeloid and lymphoid cells. These cells then promote the "
            "differentiation of osteoclasts.")
    assert anaphors(text, resources) == [("These cells", "myeloid cell"), ("These cells", "lymphoid cell")]
    assert ("lymphoid cell", "promotes", "osteoclast", "differentiation", False) in triples_in(text, resources)


@pytest.mark.parametrize("text, expected, claim", [
    # the definite article before a singular molecule noun, standing alone: the one such name before
    ("IL-6 binds IL-6R on hepatocytes. The receptor then recruits gp130 and activates STAT3.",
     [("The receptor", "IL-6R")], ("IL-6R", "activates", "STAT3", "activity", False)),
    ("IL-17 is produced by Th17 cells. The cytokine promotes osteoclast differentiation.",
     [("The cytokine", "IL-17")], ("IL-17", "promotes", "osteoclast", "differentiation", False)),
])
def test_the_receptor_names_the_one_molecule_of_its_class_before(resources, text, expected, claim):
    assert anaphors(text, resources) == expected
    assert claim in triples_in(text, resources)


@pytest.mark.parametrize("text, real", [
    # a name right after it: the name is the one meant (apposition)
    ("IL-17 is produced by Th17 cells. The cytokine IL-6 promotes osteoclast differentiation.",
     ("IL-6", "promotes", "osteoclast", "differentiation", False)),
    # a plural or a cell noun after the: any of them
    ("IL-6 activates Th17 cells. The cells then promote osteoclast differentiation through RANKL.",
     ("IL-6", "activates", "Th17 cell", "activity", False)),
    # a predicate (is the cytokine that…) and a noun before another noun (the chemokine stromal…): no anaphor
    ("Thrombopoietin is the cytokine that promotes megakaryocyte differentiation.",
     ("thrombopoietin", "promotes", "megakaryocyte", "differentiation", False)),
])
def test_the_definite_article_is_no_anaphor_where_it_names_no_one_thing_before(resources, text, real):
    assert anaphors(text, resources) == []
    assert real in triples_in(text, resources)


@pytest.mark.parametrize("text, expected, claims", [
    # both before a verb of being or a modal: the last two coordinated names, each a factor
    ("IL-4 and IL-13 share the IL-4Rα chain, and both can inhibit osteoclast differentiation.",
     [("both", "IL-4"), ("both", "IL-13")],
     {("IL-4", "inhibits", "osteoclast", "differentiation", False),
      ("IL-13", "inhibits", "osteoclast", "differentiation", False)}),
    # both before names or a preposition is no pronoun (both IL-6 and TNF-α; both in vitro and in vivo)
    ("Both IL-6 and TNF-α promote osteoclast differentiation both in vitro and in vivo.", [],
     {("IL-6", "promotes", "osteoclast", "differentiation", False),
      ("TNF-α", "promotes", "osteoclast", "differentiation", False)}),
])
def test_both_names_the_last_two_names_only_as_a_subject(resources, text, expected, claims):
    assert anaphors(text, resources) == expected
    assert set(triples_in(text, resources)) >= claims


def test_its_receptor_on_cells_named_between_is_the_ligands_receptor(resources):
    # 与其 <cells> 上的受体结合: the place between the pronoun and the noun is no part of the mention
    text = "IL-27与其 T淋巴细胞和巨噬细胞表面的受体结合，激活 STAT1。"
    assert anaphors(text, resources) == [("受体", "IL-27Rα")]
    assert {("IL-27", "binds", "IL-27Rα", None, False),
            ("IL-27", "activates", "STAT1", "activity", False)} <= set(triples_in(text, resources))


@pytest.mark.parametrize("text, anaphor, name, triple", [
    # the English class nouns of 通路 / 途径 and 复合物 (written for the test in the style of a cytokine review;
    # the claim of the second sentence is read on the anaphor's name)
    ("IL-6 activates the JAK2/STAT3 axis. This axis promotes tumor growth.", "This axis", "JAK2/STAT3 pathway",
     ("JAK2/STAT3 pathway", "promotes", "tumor", "growth", False)),
    ("IL-6 binds IL-6R. This complex then activates STAT3.", "This complex", "IL-6R",
     ("IL-6R", "activates", "STAT3", "activity", False)),
])
def test_english_axis_and_complex_name_what_the_sentence_before_names(resources, text, anaphor, name, triple):
    assert (anaphor, name) in anaphors(text, resources)
    assert triple in triples_in(text, resources)
