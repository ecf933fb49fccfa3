"""Which constructions may match in a sentence (``composition_words``): the words any match of an
expression must hold, and the constructions found with them the same as searching every one."""
from __future__ import annotations

import re

import pytest

from pipeline import config
from pipeline.names.composition_words import RequiredWords, required_clauses
from pipeline.reading.read import read_document
from pipeline.sentences.segment import segment


@pytest.mark.parametrize("pattern, clauses", [
    (r"\s*(?:抗性|耐药性?)", {frozenset({"抗性", "耐药"})}),
    (r"\s+blockade", {frozenset({"blockade"})}),
    (r"[- ](?:KO|knock-out)(?=\s+(?:mice|mouse))", {frozenset({"ko", "knock-out"})}),
    (r"(?:(?<![A-Za-z0-9-])p-?|phospho-|phosphorylated\s+)", {frozenset({"p", "phospho-", "phosphorylated"})}),
    (r"的识别(?:作用)?", {frozenset({"的识别"})}),
    (r"(?:levels?|)", set()),  # an alternative that may match nothing: no clause
    (r"[- ]?[ACDEFGHIKLMNPQRSTVWY]\d{1,4}[ACDEFGHIKLMNPQRSTVWY]", set()),
])
def test_required_clauses(pattern, clauses):
    assert required_clauses(re.compile(pattern, re.IGNORECASE)) == clauses


def test_constructions_found_are_those_whose_expressions_all_match(resources):
    """On every sentence of the sample papers, in upper case too, and on texts holding a character
    whose case ``re`` and ``str.lower`` read differently: the constructions ``present`` gives are
    exactly those ``Composition.may_match`` accepts, in order."""
    compositions = resources.compositions
    words = RequiredWords(compositions)
    texts = [v.clean.text for path in sorted(config.RAW.glob("*.txt")) for v in segment(read_document(path))]
    texts += [t.upper() for t in texts] + ["İL-6 KO mice", "IL-6 KNOCK-OUT mice", "TNF-α 抗性", ""]
    found = 0
    for text in texts:
        present = words.present(text)
        assert present == [c for c in compositions if c.may_match(text)]
        found += len(present)
    assert found > 100 and not words.unconditional >= set(range(len(compositions)))


def test_words_found_in_one_pass_are_those_the_text_holds(resources):
    """The automaton's words of a sentence (``RequiredWords.found``) are exactly the words ``in`` finds
    in it, lower-cased, on every sentence of the sample papers and on words that overlap."""
    words = RequiredWords(resources.compositions)
    texts = [v.clean.text.lower() for path in sorted(config.RAW.glob("*.txt")) for v in segment(read_document(path))]
    texts += ["anti-il-6 antibody", "il-6-/- mice", "monoclonal antibodies", ""]
    found = 0
    for text in texts:
        assert words.found(text) == {w for w in words.words if w in text}
        found += len(words.found(text))
    assert found > 1000
