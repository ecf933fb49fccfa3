"""Names before and / or that share what follows the last one (sentences written in the field's style for the
test): a composition's words (``names/english_shared_compositions.py``: the ITAM and RhoA signalling pathways)
and a phrase's modifiers (``english_shared_heads.shared_modifier_heads``: β-adrenergic agonists and antagonists)."""
from __future__ import annotations

from .conftest import composed_in, triples_in
from .test_mentions import spans


def test_a_paper_short_form_shares_the_pathway_words(resources):
    text = ("Sema3A inhibited osteoclast differentiation by inhibiting the immunoreceptor tyrosine-based "
            "activation motif (ITAM) and RhoA signalling pathways.")
    found = composed_in(text, resources)
    at = text.index("ITAM)")
    assert (at, at + 4, "ITAM", "ITAM signalling pathway") in found, found
    assert any(m[2] == "RhoA signalling pathways" for m in found)
    assert ("Sema3A", "inhibits", "osteoclast", "differentiation", False) in triples_in(text, resources)


def test_a_known_name_shares_the_cascade_words(resources):
    text = "TNF-α induces the Src and Syk signalling cascades in neutrophils."
    found = composed_in(text, resources)
    assert (18, 21, "Src", "Src signalling cascade") in found, found
    assert (18, 21, "Src", "Src") in spans(text, resources)


def test_a_second_head_shares_the_modifiers(resources):
    from .conftest import mentions_in

    text = "Beta-adrenergic agonists and antagonists have major effects on bone in mice."
    found = mentions_in(text, resources)
    assert ("Beta-adrenergic agonists", "Beta-adrenergic agonist", "phrase") in found
    assert ("Beta-adrenergic agonists and antagonists", "Beta-adrenergic antagonist", "phrase") in found


def test_a_second_head_that_modifies_a_word_of_its_own_shares_nothing(resources):
    from .conftest import mentions_in

    text = "IFN-γ disrupts the generation of common myeloid progenitors and lineage differentiation."
    found = mentions_in(text, resources)
    assert ("common myeloid progenitors", "common myeloid progenitor", "dictionary") in found
    assert not [m for m in found if "lineage" in m[1]]
