"""Short references (pipeline/names/short_references.py): a bare head word that stands for the one longer
name of a process or disease its paper writes (sentences written for the test)."""
from __future__ import annotations

import pytest

from .conftest import mentions_in, triples_in


def test_a_bare_head_names_the_papers_one_process_ending_in_it(resources):
    text = ("Repeated exposure to LPS induces endotoxin tolerance in monocytes. "
            "IL-10 is required for the induction of tolerance.")
    found = mentions_in(text, resources)
    assert ("endotoxin tolerance", "endotoxin tolerance", "dictionary") in found
    assert ("tolerance", "endotoxin tolerance", "abbreviation") in found


def test_the_short_reference_is_read_as_the_name(resources):
    text = ("CXCL12 mediates HSPC retention in the bone marrow. "
            "G-CSF reduces retention by cleaving CXCL12.")
    assert ("retention", "HSPC retention", "abbreviation") in mentions_in(text, resources)
    assert ("G-CSF", "downregulates", "HSPC retention", None, False) in \
        [(f, e, t, None, n) for f, e, t, _, n in triples_in(text, resources)]


@pytest.mark.parametrize("text,long_name", [
    # a head after another modifier names another thing (drug tolerance is no endotoxin tolerance)
    ("Repeated exposure to LPS induces endotoxin tolerance in monocytes. Opioids cause drug tolerance in patients.",
     "endotoxin tolerance"),
    # two names with one head: the bare head names neither
    ("LPS induces endotoxin tolerance, and Tregs maintain immune tolerance. IL-10 is required for tolerance.",
     "immune tolerance"),
    # a class word that names a thing only after a modifier (not_alone of new_names.tsv) is no short reference
    ("In neutrophils, LPS triggers an inflammatory response. The response is weaker without TLR4.",
     "inflammatory response"),
])
def test_a_bare_head_that_names_no_one_longer_name_is_no_mention(resources, text, long_name):
    found = mentions_in(text, resources)
    assert (long_name, long_name, "dictionary") in found
    bare = long_name.split()[-1]
    assert not any(surface == bare for surface, _, _ in found)


def test_the_disease_names_the_papers_one_disease(resources):
    text = ("IL-23 drives inflammatory bowel disease in mice. "
            "The disease is milder without IL-23R.")
    assert ("disease", "inflammatory bowel disease", "abbreviation") in mentions_in(text, resources)


def test_a_bare_process_head_names_itself_where_the_paper_names_it_in_full_nowhere(resources):
    # an "alone" row of new_names.tsv (tolerance): the bare head is a name of its own only where no longer
    # name of the paper ends in it (written for the test)
    text = "IL-2 maintains regulatory T cells and thereby mediates tolerance to self antigens."
    assert ("tolerance", "tolerance", "phrase") in mentions_in(text, resources)
