"""Sections and sentences on the sample papers: offsets, boundaries, labels."""
from __future__ import annotations

import pytest

from pipeline.text.clean import clean_span
from pipeline.sentences.sentence_split import split_sentences

from .conftest import PAPERS, sentence_containing


@pytest.mark.parametrize("paper", PAPERS)
def test_every_sentence_is_exactly_its_source_span(paper, documents, segmented):
    text = documents[paper].text
    previous_end = 0
    for view in segmented[paper]:
        s = view.sentence
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        if s.section != "front":  # front lines a page break dropped into a sentence lie inside it
            assert s.start >= previous_end, "sentences overlap or are out of order"
            previous_end = s.end
        # every cleaned character maps inside the sentence
        assert all(s.start <= a <= b <= s.end for a, b in zip(view.clean.starts, view.clean.ends))


# (paper, the whole cleaned sentence expected): hand-picked boundaries.
BOUNDARIES = [
    # a word broken by a blank line (细\n\n胞因子) after an inline heading
    ("000", "细胞因子与骨髓增殖性肿瘤存在一定的关联性。"),
    # full-width citation ［1-2］ removed, sentence ends at 。
    ("000", "在骨髓增殖性肿瘤中，细胞因子参与了病变细胞的增殖、纤维化、免疫调节等过程，对肿瘤的发生发展具有重要的调控作用。"),
    # English words hyphenated across lines
    ("001", "But so far, the specific mechanism of inflammatory factors on osteoporosis has not been systematically summarized."),
    # a citation left a second 。 behind ("减少骨吸收量。[64]。"): no empty sentence
    ("001", "此外，IL-33 还间接作用于骨骼，诱导能够干扰 M-CSF 和 RANKL 产生的抗破骨细胞因子的合成。"),
    # <sup>[21]</sup> removed
    ("002", "LIF促进了癌细胞的侵袭。"),
    # LaTeX Greek: TNF- $\alpha$ and PKC- $\beta$
    ("004", "BMSC 中 PKC-β 的上调导致线粒体去极化增加, 并导致代谢转向氧化磷酸化。"),
    # English glued without spaces (web text): "osteoclasts.In recent years"
    ("003", "The equilibrium of bone homeostasis is crucial for sustaining skeletal health,which depends on the precise "
            "regulation between bone formation mediated by osteoblasts and bone resorption mediated by osteoclasts."),
    # English sentence glued to a Chinese label: "disorders.关键词"
    ("003", "关键词"),
    # a heading run into its paragraph, ended by an ideographic space
    ("000", "1.1.1 促进肿瘤细胞增殖和存活"),
    ("000", "如造血干细胞因子可以刺激骨髓中的肿瘤细胞分裂和增殖，从而促进肿瘤发展。"),
    # a heading broken across two lines before its ideographic space
    ("000", "1.2 细胞因子在骨髓增殖性肿瘤中的表达及临床意义"),
    # a bold Markdown heading run into its paragraph
    ("004", "2.4 BMSC 对 CML 的作用"),
    # Chinese with half-width commas, sentence ends at 。
    ("004", "BMSC 能显著促进 CML 细胞的增殖, 保护 CML 细胞免受伊马替尼诱导的凋亡。"),
]


@pytest.mark.parametrize("paper,expected", BOUNDARIES)
def test_sentence_boundaries(paper, expected, segmented):
    name = next(p for p in PAPERS if p.startswith(paper))
    cleaned = [v.clean.text for v in segmented[name]]
    assert expected in cleaned


def test_sentence_interrupted_by_a_page_break_is_kept_whole(segmented, documents):
    name = next(p for p in PAPERS if p.startswith("002"))
    view = sentence_containing(segmented[name], "都发挥着重要作用")
    assert view.clean.text.startswith("LIF 在胚胎发育")
    assert "DOI" not in view.clean.text
    assert "DOI: 10.12173" in view.sentence.text  # the source span covers the interruption
    assert view.sentence.section == "body"


def test_english_abbreviations_decimals_and_variants_do_not_end_sentences():
    text = ("As shown by Li et al. in 2019, LIF promotes invasion (Fig. 2). The JAK2 p.V617F mutation "
            "drives MPN vs. controls at 2.5 times the rate, i.e. more often. IL-6 signals via gp130.")
    clean = clean_span(text, 0, len(text))
    sentences = [clean.text[a:b] for a, b in split_sentences(clean.text)]
    assert sentences == [
        "As shown by Li et al. in 2019, LIF promotes invasion (Fig. 2).",
        "The JAK2 p.V617F mutation drives MPN vs. controls at 2.5 times the rate, i.e. more often.",
        "IL-6 signals via gp130.",
    ]


def test_reference_numbers_glued_after_a_full_stop_end_the_sentence():
    # written for the test: references glued to the stop (``costimulation.4,5``) belong to the sentence before;
    # a decimal after a number and a stop glued inside a name (``CD28.6,7`` at the end) do not split
    text = ("CTLA-4 acts as an antagonist of CD28-mediated costimulation.4,5  These interactions take place at "
            "the synapse.12-14 The dose was 2.5 Gy in all mice. CTLA-4 competes with CD28.6,7")
    clean = clean_span(text, 0, len(text))
    assert [clean.text[a:b] for a, b in split_sentences(clean.text)] == [
        "CTLA-4 acts as an antagonist of CD28-mediated costimulation.4,5",
        "These interactions take place at the synapse.12-14",
        "The dose was 2.5 Gy in all mice.", "CTLA-4 competes with CD28.6,7"]


def test_reference_numbers_after_a_closing_bracket_end_the_sentence():
    # written for the test in the style of reviews: references glued after ``(AML).`` end the sentence, so the
    # gerund that opens the next one (``Activating mutations``) is no verb of the name before
    text = ("FLT3 is expressed on blast cells in acute myeloid leukemia (AML).1  Activating mutations of FLT3 are "
            "found in 30% of patients. VEGF binds placenta growth factor (PlGF).13,14 The dose was (2).5 mg.")
    clean = clean_span(text, 0, len(text))
    assert [clean.text[a:b] for a, b in split_sentences(clean.text)] == [
        "FLT3 is expressed on blast cells in acute myeloid leukemia (AML).1",
        "Activating mutations of FLT3 are found in 30% of patients.",
        "VEGF binds placenta growth factor (PlGF).13,14", "The dose was (2).5 mg."]


def test_a_capital_closing_a_name_after_a_bracket_ends_the_sentence():
    # written for the test: ``(Ig)G.`` is the end of a name, not an initial; ``J. Smith`` still is one
    text = "Blockade lowers serum immunoglobulin (Ig)G. In contrast, J. Smith found no change in IgM."
    clean = clean_span(text, 0, len(text))
    assert [clean.text[a:b] for a, b in split_sentences(clean.text)] == [
        "Blockade lowers serum immunoglobulin (Ig)G.", "In contrast, J. Smith found no change in IgM."]


def test_chinese_full_stop_written_as_a_period_ends_the_sentence_before_a_latin_name():
    # written for the test: some Chinese journals end sentences with "." and the next sentence may open
    # with a Latin name glued to it; a decimal or a name like p.V617F still does not end a sentence
    text = "IL-6可提高破骨细胞的活性.TNF-α激活NF-κB,其浓度为2.5倍.JAK2 p.V617F突变导致骨髓增殖."
    clean = clean_span(text, 0, len(text))
    assert [clean.text[a:b] for a, b in split_sentences(clean.text)] == [
        "IL-6可提高破骨细胞的活性.", "TNF-α激活NF-κB,其浓度为2.5倍.", "JAK2 p.V617F突变导致骨髓增殖."]


def test_chinese_sentence_ends_after_closing_quote_and_not_inside_brackets():
    text = "“间充质干细胞(mesenchymal stem cells, MSC。)”的定义一直存在争议。前者指干细胞群体！"
    clean = clean_span(text, 0, len(text))
    assert [clean.text[a:b] for a, b in split_sentences(clean.text)] == [
        "“间充质干细胞(mesenchymal stem cells, MSC。)”的定义一直存在争议。", "前者指干细胞群体！"]


def test_sections_of_the_lif_and_bmsc_reviews(segmented):
    for prefix, first_reference in [("002", "Nicola NA, Babon JJ."), ("004", "Konopleva MY, Jordan CT.")]:
        name = next(p for p in PAPERS if p.startswith(prefix))
        views = segmented[name]
        ref = sentence_containing(views, first_reference)
        assert ref.sentence.section == "references"
        after = [v.sentence.section for v in views if v.sentence.start > ref.sentence.start]
        assert set(after) <= {"references", "front"}
        assert after.count("references") > 20


@pytest.mark.parametrize("paper,fragment,section", [
    ("000", "细胞因子是一类介导细胞间相互作用和调节免疫应答的蛋白质分子。", "abstract"),
    ("000", "Cytokines are a class of protein molecules", "abstract"),
    ("000", "常见的骨髓增殖性肿瘤类型有", "body"),
    ("001", "骨质疏松症是一种全身性骨骼疾病", "body"),
    ("002", "白血病抑制因子；肿瘤；信号通路；治疗", "keywords"),
    ("002", "College of Life Sciences, Fujian Normal University", "front"),
    ("002", "基金项目", "front"),
    ("004", "[收稿日期]", "front"),
    ("004", "白血病是一种常见的血液系统恶性肿瘤", "abstract"),
    ("004", "白血病是一类造血干细胞的恶性克隆性疾病", "body"),
])
def test_section_labels(paper, fragment, section, segmented):
    name = next(p for p in PAPERS if p.startswith(paper))
    assert sentence_containing(segmented[name], fragment).sentence.section == section


def test_language_per_sentence(segmented):
    name = next(p for p in PAPERS if p.startswith("000"))
    assert sentence_containing(segmented[name], "Cytokines are a class").sentence.lang == "en"
    assert sentence_containing(segmented[name], "IL-6 能促进白血病细胞").sentence.lang == "zh"


# --- list items and subheadings of real text ------------------------------

def _sentences(text: str) -> list[tuple[str, str]]:
    """(section, text) of every sentence the splitter reads from ``text``."""
    from pipeline.records import Document
    from pipeline.sentences.segment import segment

    doc = Document(doc_id="t", source="t.txt", sha256="", format="txt", lang=None, n_chars=len(text),
                   n_pages=None, encoding="utf-8", text=text)
    return [(v.sentence.section, v.sentence.text) for v in segment(doc)]


def test_subheadings_of_a_review_abstract_stand_alone():
    """``Background`` / ``Main body`` / ``Conclusion`` lines of a structured abstract
    (train passage tr_en_02) are headings, never the first words of the sentence
    after them."""
    text = ("Abstract\n\nBackground\n\nInterferon-γ (IFN-γ) plays a key role in activation of cellular immunity.\n\n"
            "Main body\n\nSome researchers believe it has anti-tumorigenic properties.\n\n"
            "Conclusion\n\nSignificant research efforts are required.\n")
    got = _sentences(text)
    assert ("heading", "Background") in got and ("heading", "Main body") in got and ("heading", "Conclusion") in got
    assert ("abstract", "Interferon-γ (IFN-γ) plays a key role in activation of cellular immunity.") in got
    assert ("abstract", "Some researchers believe it has anti-tumorigenic properties.") in got


def test_introduction_heading_starts_the_body_and_a_short_title_stands_alone():
    """``Introduction`` then an unnumbered title (``VEGF``) after an abstract
    (train passage tr_en_07): the title is a heading and the body begins."""
    text = ("Abstract\nVEGF triggers growth of leukemia cells.\nIntroduction\nVEGF\n"
            "The original peptide growth factor VEGF was identified in 1983.\n")
    got = _sentences(text)
    assert ("abstract", "VEGF triggers growth of leukemia cells.") in got
    assert ("heading", "Introduction") in got and ("heading", "VEGF") in got
    assert ("body", "The original peptide growth factor VEGF was identified in 1983.") in got


def test_structured_abstract_label_before_a_colon_is_a_heading():
    got = _sentences("Abstract\nBackground: IL-6 promotes osteoclast differentiation.\n")
    assert ("heading", "Background:") in got
    assert ("abstract", "IL-6 promotes osteoclast differentiation.") in got


def test_a_wrapped_chinese_line_is_no_title():
    """Chinese text converted from PDFs breaks lines at a fixed width: a short
    line after a finished sentence is the next paragraph's first line."""
    text = "摘要\n骨髓增殖性肿瘤是一类血液系统疾病。\n在骨髓增殖性肿瘤中，细胞因子参与了病变细胞的\n增殖和纤维化。\n"
    got = _sentences(text)
    assert ("abstract", "在骨髓增殖性肿瘤中，细胞因子参与了病变细胞的\n增殖和纤维化。") in got


@pytest.mark.parametrize("bullet", ["• ", "▪ ", "- ", "(1) ", "1) ", "① "])
def test_list_items_end_sentences(bullet):
    """A bulleted list without end punctuation: each item is read on its own,
    so no claim runs from one item into the next."""
    text = (f"Abstract\nIL-17 acts on several cells:\n{bullet}IL-17 activates neutrophils\n"
            f"{bullet}IL-17 induces RANKL expression in osteoblasts\n")
    got = [t for _, t in _sentences(text)]
    assert "IL-17 activates neutrophils" in got
    assert "IL-17 induces RANKL expression in osteoblasts" in got


def test_unnumbered_chinese_title_inside_the_body_is_a_heading():
    """Written for the test (web text, one paragraph a line): a short Chinese title line with no clause
    punctuation, after a line that ended a sentence and before a much longer one, heads what follows;
    it is not read into the next sentence."""
    from pipeline.text.blocks import blocks_of

    text = ("前言\n巨噬细胞是先天免疫的重要组成部分，可以分泌多种细胞因子。\n"
            "巨噬细胞来源的细胞因子\n"
            "活化的巨噬细胞分泌IL-1β、TNF-α和IL-6，这些细胞因子进一步促进炎症反应的发生和发展。\n")
    blocks = blocks_of(text)
    titles = [text[a:b] for blk in blocks if blk.heading for a, b in blk.pieces]
    assert "巨噬细胞来源的细胞因子" in titles
    body = [text[blk.pieces[0][0]:blk.pieces[-1][1]] for blk in blocks if not blk.heading and blk.section == "body"]
    assert any(t.startswith("活化的巨噬细胞分泌") for t in body)


def test_chinese_line_broken_at_a_fixed_width_is_no_title():
    """Written for the test (PDF-like text broken at a fixed width): a paragraph's first line without
    punctuation is as long as the line after it, so it stays in its paragraph."""
    from pipeline.text.blocks import blocks_of

    text = ("前言\n巨噬细胞是先天免疫的重要组成部分。\n"
            "活化的巨噬细胞分泌白细胞介素与肿瘤坏死因子\n"
            "等多种细胞因子并促进炎症反应的发生和发展。\n")
    blocks = blocks_of(text)
    assert not any(blk.heading for blk in blocks if blk.section == "body")
    body = [text[blk.pieces[0][0]:blk.pieces[-1][1]] for blk in blocks if blk.section == "body"]
    assert any("分泌白细胞介素与肿瘤坏死因子\n等多种细胞因子" in t for t in body)


# --- paragraph breaks and label lines -----------------------------------------

def test_a_blank_line_ends_a_sentence_left_without_its_stop():
    """Web text, one paragraph a line and a blank line between paragraphs: a paragraph that ends on
    a citation without 。 (or an English one without its full stop) does not run into the next."""
    text = ("前言\n因此，研究安全有效的靶向治疗方法十分必要，并有重要的临床意义[10]\n\n"
            "IL-2是免疫调节的重要细胞因子，主要由活化的T细胞产生。\n\n"
            "Cell therapy with regulatory T cells suppresses additional mediators\n\n"
            "The first phase of GVHD starts before the transplantation.\n")
    got = [t for _, t in _sentences(text)]
    assert "IL-2是免疫调节的重要细胞因子，主要由活化的T细胞产生。" in got
    assert any(t.startswith("因此，研究") and t.rstrip().endswith(("意义", "[10]")) for t in got)
    assert "The first phase of GVHD starts before the transplantation." in got
    assert "Cell therapy with regulatory T cells suppresses additional mediators" in got


def test_blank_lines_between_every_line_of_a_pdf_conversion_are_wraps():
    """Text converted from a PDF with a blank line after every printed line (as sample paper 000):
    a sentence broken across them (a line ends on a comma, the next goes on) is one sentence, so blank
    lines there tell nothing and the sentence ``…的表达\\n\\n及其临床意义…`` stays whole."""
    text = ("摘要\n细胞因子是一类介导细胞间相互作用的蛋白质分子。在骨髓增殖性肿瘤中，\n\n"
            "细胞因子参与了多种关键的生物学过程。该文综述细胞因子的表达\n\n及其临床意义。\n")
    got = [t for _, t in _sentences(text)]
    assert "在骨髓增殖性肿瘤中，\n\n细胞因子参与了多种关键的生物学过程。" in got
    assert "该文综述细胞因子的表达\n\n及其临床意义。" in got


def test_a_label_line_before_its_text_is_a_heading_of_its_own():
    """``免疫调节:`` on a line of its own, its text on the next line: the label is a heading, the text
    a sentence of its own, each span exactly its source."""
    text = ("前言\nIL-1是炎症反应中的关键调节因子。\n免疫调节:\n刺激T细胞和B细胞的活化与增殖，促进免疫应答。\n"
            "Clinical features:\nIL-1 induces fever in patients.\n")
    got = _sentences(text)
    assert ("heading", "免疫调节:") in got and ("heading", "Clinical features:") in got
    assert ("body", "刺激T细胞和B细胞的活化与增殖，促进免疫应答。") in got
    assert ("body", "IL-1 induces fever in patients.") in got


def test_a_sentence_ended_by_a_colon_at_the_end_of_its_line_ends_there():
    """A sentence that leads into a list (``其特征如下:``) ends at its colon: the list's first item is a
    sentence of its own. A line that a PDF broke after a colon inside a sentence, the next going on in
    lower case, is still joined."""
    text = ("前言\nIL-5R由一个特异性的α链和一个共用的β链组成，其特征如下:\n"
            "高亲和力受体:IL-5首先与特异的α链结合，随后招募共用的β链。\n"
            "IL-5 binds two chains of its receptor with the ratio 1:\nthe α chain first, then the β chain.\n")
    got = [t for _, t in _sentences(text)]
    assert "IL-5R由一个特异性的α链和一个共用的β链组成，其特征如下:" in got
    assert "高亲和力受体:IL-5首先与特异的α链结合，随后招募共用的β链。" in got
    assert "IL-5 binds two chains of its receptor with the ratio 1:\nthe α chain first, then the β chain." in got


def test_a_pdf_line_wrapped_inside_a_sentence_is_joined():
    """A single line break inside a sentence (a printed line's end) joins the two lines."""
    text = ("Abstract\nIL-6 is a pleiotropic cytokine of the immune system. It promotes the differentiation of\n"
            "Th17 cells and inhibits regulatory T cells.\n")
    got = [t for _, t in _sentences(text)]
    assert "It promotes the differentiation of\nTh17 cells and inhibits regulatory T cells." in got


def test_a_sentence_that_opens_on_a_small_greek_letter_starts_after_the_stop():
    """``… immune response. γδT cells sense …``: a name opening on a small Greek letter starts a
    sentence as a capital does; ``e.g. α-SMA`` (after an abbreviation) does not."""
    text = ("γδT cells are specialized T cells that regulate the immune response. "
            "γδT cells sense early environmental signals. Myofibroblasts express markers, e.g. α-SMA and desmin.")
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["γδT cells are specialized T cells that regulate the immune response.",
                   "γδT cells sense early environmental signals.",
                   "Myofibroblasts express markers, e.g. α-SMA and desmin."]


def test_a_text_of_short_sentences_is_its_own_body(resources):
    """A text of a few short sentences, one a line (a user's note, a quick test), has no running text
    long enough to start the body; it has no front matter either, so each sentence is read. A line
    without a sentence end before them stays a title."""
    from .conftest import triples_in

    got = _sentences("IL-17 in bone\nIL-17 promotes osteoclastogenesis.\nTNF activates NF-κB.\n")
    assert ("body", "IL-17 promotes osteoclastogenesis.") in got
    assert ("body", "TNF activates NF-κB.") in got
    assert ("front", "IL-17 in bone") in got
    assert ("IL-17", "promotes", "osteoclast") in [t[:3] for t in triples_in("IL-17 promotes osteoclastogenesis.\n", resources)]
def test_a_keyword_line_without_its_heading_is_no_part_of_the_next_sentence():
    from pipeline.sentences.segment import segment

    from .conftest import document_of

    text = ("细胞因子信号转导抑制因子是一类可由多种细胞因子诱导产生的蛋白质分子。\n"
            "SOCS;固有免疫;炎症\n"
            "细胞因子在骨髓细胞及淋巴细胞的发育、分化以及发挥功能等几个方面起着重要的作用。\n")
    views = segment(document_of(text))
    assert [v.sentence.section for v in views if v.clean.text == "SOCS;固有免疫;炎症"] == ["keywords"]
    assert any(v.clean.text.startswith("细胞因子在骨髓细胞") and v.sentence.section == "body" for v in views)


def test_a_sentence_with_semicolons_and_clause_marks_stays_running_text():
    from pipeline.sentences.segment import segment

    from .conftest import document_of

    text = "IL-6促进炎症；TNF-α促进骨吸收；IL-10抑制炎症，保护关节。\n"
    views = segment(document_of(text))
    assert all(v.sentence.section == "body" for v in views)
