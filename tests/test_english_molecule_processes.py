"""What happens to a molecule, named after it or before ``of`` it (``compositions.tsv``, membrane_process and its
``of`` rows): TLR4 endocytosis, internalization of EGFR, the proteasomal degradation of IκBα; a process the field
names alone (endocytosis). A knockout written with the minus sign (Il6−/−). Sentences written for the test."""
from __future__ import annotations

from .conftest import composed_in, triples_in
from .test_mentions import spans


def test_a_molecule_process_after_the_name(resources):
    text = "The course of the LPS-induced response depends on the rates of TLR4 endocytosis."
    found = spans(text, resources)
    assert (63, 67, "TLR4", "TLR4") in found
    assert (63, 79, "TLR4 endocytosis", "TLR4 endocytosis") in composed_in(text, resources)


def test_a_molecule_process_before_of_and_the_name(resources):
    text = "TNF-α induces the proteasomal degradation of IκBα in macrophages."
    assert (0, 5, "TNF-α", "TNF-α") in spans(text, resources)
    assert (18, 49, "proteasomal degradation of IκBα", "IκBα degradation") in composed_in(text, resources)
    text = "Internalization of EGFR attenuates its signalling in tumour cells."
    assert (19, 23, "EGFR", "EGFR") in spans(text, resources)
    assert (0, 23, "Internalization of EGFR", "EGFR internalization") in composed_in(text, resources)


def test_a_process_named_alone(resources):
    found = spans("Endocytosis of the receptor terminates MyD88-dependent signalling.", resources)
    assert (0, 11, "Endocytosis", "endocytosis") in found
    assert any(m[3] == "MyD88" for m in found)


def test_the_molecule_process_is_read_as_the_target(resources):
    triples = triples_in("TNF-α induces the proteasomal degradation of IκBα in macrophages.", resources)
    assert ("TNF-α", "induces", "IκBα degradation", None, False) in triples, triples


def test_a_knockout_written_with_the_minus_sign(resources):
    text = "Il6−/− mice are protected from the bone loss that follows ovariectomy."
    assert (0, 3, "Il6", "IL-6") in spans(text, resources)
    assert (0, 6, "Il6−/−", "IL-6 knockout") in composed_in(text, resources)


def test_phagocytosis_of_a_microbe_is_its_process(resources):
    from .conftest import mentions_in

    text = "TLR4-induced inflammation caused by LPS or phagocytosis of E. coli depends on endosomal proteins."
    found = mentions_in(text, resources)
    assert ("phagocytosis of E. coli", "E. coli phagocytosis", "phrase") in found
    assert ("LPS", "LPS", "dictionary") in found
