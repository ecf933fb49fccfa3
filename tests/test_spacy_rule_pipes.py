"""spaCy's attribute ruler and lemmatizer read once per kind of token (pipeline/english/spacy_rule_pipes.py):
every token's form, tag, part of speech, morphology, lemma, label and head equal to what spaCy's own
components give, on the English sentences the pipeline parses (the sample papers and gold/extra, as the
parse reader builds them) and on plain sentences, with the patterns of two tokens (``there is``) among them."""
from __future__ import annotations

import re

import pytest

from pipeline import config

pytest.importorskip("spacy")

_ATTRS = ("ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")


@pytest.fixture(scope="module")
def models():
    """(the pipeline's model, spaCy's model as shipped), loaded apart."""
    from pipeline.english.english_parse import MODEL, UNUSED, english_model
    from pipeline.english.spacy_import import import_spacy

    return english_model(), import_spacy().load(MODEL, exclude=list(UNUSED))


def _arrays(nlp, inputs) -> list:
    from spacy import attrs

    wanted = [getattr(attrs, a) for a in _ATTRS]
    return [doc.to_array(wanted) for doc in nlp.pipe(inputs, batch_size=64)]


def _same(a, b) -> bool:
    return a.shape == b.shape and bool((a == b).all())


def test_the_pipeline_uses_the_faster_components(models):
    fast, _ = models
    assert [type(p).__name__ for _, p in fast.pipeline][-2:] == ["RuleAttributes", "RuleLemmas"]


def test_plain_sentences_are_annotated_as_spacy_does(models):
    fast, slow = models
    texts = ["There is evidence that IL-6 promotes osteoclast formation.",
             "There are two receptors of TNF, and they're expressed on T cells.",
             "Let's see: IL-17 doesn't inhibit RANKL, but it isn't inactive either.",
             "Sclerostin, an inhibitor of the Wnt pathway, reduces bone formation in mice that got ta eat."]
    for _ in range(2):  # the second time, every kind of token is known
        for a, b in zip(_arrays(fast, texts), _arrays(slow, texts)):
            assert _same(a, b)


def test_the_parsed_sentences_are_annotated_as_spacy_does(models, resources):
    """The sentences as ``parse_sentences`` builds them (a mention one token), from the sample papers and the
    English passages of gold/extra."""
    from pipeline.english.english_parse import _tokens, _without_overlaps, worth_parsing
    from pipeline.english.english_reader import readings
    from pipeline.names.mentions import find_mentions
    from pipeline.reading.read import read_document
    from pipeline.sentences.segment import segment

    fast, slow = models
    vocab = readings(resources)[0]
    paths = sorted(config.RAW.glob("*.txt")) + sorted((config.ROOT / "gold" / "extra" / "texts").glob("r[1-4]en_*.txt"))
    words = []
    for path in paths:
        doc = read_document(path)
        views = segment(doc)
        for view, found in zip(views, find_mentions(doc, views, resources)):
            if worth_parsing(view, found, vocab.trigger_words):
                built, _, _ = _tokens(view.clean.text, _without_overlaps(found), fast)
                words.append(([t.text for t in built], [bool(t.whitespace_) for t in built]))
    assert len(words) > 300

    from spacy.tokens import Doc

    def docs(nlp):
        return [Doc(nlp.vocab, words=w, spaces=s) for w, s in words]

    for a, b in zip(_arrays(fast, docs(fast)), _arrays(slow, docs(slow))):
        assert _same(a, b)


def test_a_ruler_with_other_patterns_keeps_its_own_class():
    from spacy.lang.en import English

    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "il"}, {"ORTH": "-"}, {"LIKE_NUM": True}]], {"POS": "PROPN"}, index=0)
    ruler.add([[{"IS_TITLE": True}]], {"POS": "PROPN"})
    from pipeline.english.spacy_rule_pipes import faster

    faster(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    doc = nlp("IL - 6 Is here")
    assert [t.pos_ for t in doc][:4] == ["PROPN", "", "", "PROPN"]


def test_the_lemmatizer_reads_the_index_as_a_set(models):
    """``rule_lemmatize`` is the subclass's (its index a set), with the same lemmas as spaCy's own, word by word,
    on words that take each branch: an index word (cells: cell), an exception (mice: mouse), a form no rule
    turns into an index word (osteoclastogenesis), a non-alphabetic one (IL-6s), a base form."""
    fast, slow = models
    lemmatizer = fast.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize.__func__ is type(lemmatizer).rule_lemmatize
    text = "Mice lacking cells showed reduced osteoclastogenesis, IL-6s and TNFs were studied; it inhibits bones."
    for _ in range(2):
        assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in slow(text)]
    assert [t.lemma_ for t in fast("Mice lacking cells")] == ["mouse", "lack", "cell"]
