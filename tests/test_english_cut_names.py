"""Names cut from a longer name (pipeline/english/english_cut_names.py): a class word whose name-shaped modifier no
mention covers (``Tγδ17 cells`` is now read whole, the phrase in place of the class word), and, for the
rule-level reader's claims in a sentence the parse read nothing in (english_fallback), a name that is only
the modifier of a process noun the reader does not know (``cause tumor eradication``, ``induces bone
decalcification``). Sentences written for the test in the grammar of reviews; each row with an absence states
the sentence's real claim, or its twin with a whole name, so a dead reader fails."""
from __future__ import annotations

import pytest

from .conftest import read_claims
from .test_english_parse import parse_read


def test_a_class_word_after_an_unknown_name_is_read_with_it(resources):
    """``Tγδ17 cells``: the phrase (a mention of the new-name pass) is read in place of the class word
    (overlapping_phrases._names_only_modify), so the claim is the named cells', not every cell's."""
    cut = parse_read("In psoriatic skin, Tγδ17 cells promote keratinocyte proliferation, whereas IL-10 inhibits "
                     "Th17 cells.", resources)
    assert cut == {("Tγδ17 cell", "promotes", "keratinocyte", "proliferation", False, False, "en.dep.active"),
                   ("IL-10", "inhibits", "Th17 cell", None, False, False, "en.dep.active")}


@pytest.mark.parametrize("cut,cut_claim,whole,whole_claim", [
    # the name is what an unknown process noun acts on: tumor eradication, bone decalcification (tumor rejection,
    # a phrase of a process head, is read whole: test_english_names_that_modify_a_head.py)
    ("In mice, ectopic expression of RAE-1 on tumor cells is sufficient to cause tumor eradication.",
     ("RAE-1", "induces", "tumor", None, False),
     "In mice, ectopic expression of RAE-1 on tumor cells is sufficient to cause tumor regression.",
     ("RAE-1", "induces", "tumor regression", None, False)),
    ("Prolonged glucocorticoid usage, which induces bone decalcification, was tested in several models.",
     ("glucocorticoid", "induces", "bone", None, False),
     "Prolonged glucocorticoid usage, which induces osteoporosis, was tested in several models.",
     ("glucocorticoid", "induces", "osteoporosis", None, False)),
])
def test_the_other_readers_claim_on_a_cut_name_does_not_stand(resources, cut, cut_claim, whole, whole_claim):
    rule_only, _, _, _ = read_claims(cut, resources, rule_only=True)
    claims, _, _, _ = read_claims(cut, resources)
    assert cut_claim in rule_only  # the rule-level reader reads it ...
    assert cut_claim not in claims  # ... and it does not stand
    claims, _, _, _ = read_claims(whole, resources)
    assert whole_claim in claims  # with the whole name, it does


def test_the_second_name_of_a_split_slash_pair_is_no_argument(resources):
    """``hypophosphatemic rickets/osteomalacia`` in the subject's modifier: the parser made the second name the
    verb's subject (english_vetoes.slash_split); the twin without the pair states its real agent."""
    split = parse_read("The genes mutated in autosomal dominant hypophosphatemic rickets/osteomalacia are expressed "
                       "in osteocytes and act as regulators of the production of FGF23.", resources)
    assert split == set()
    twin = parse_read("The genes mutated in autosomal dominant hypophosphatemic rickets are expressed in osteocytes, "
                      "whereas PHEX acts as a regulator of the production of FGF23.", resources)
    assert twin == {("PHEX", "regulates", "FGF23", "expression", False, False, "en.dep.agent_noun")}


@pytest.mark.parametrize("text,dropped,twin,kept", [
    # the rule-level reader's claim (the parse reads nothing here) on a substrate written onto its enzyme
    ("In the kidney, PTH induces the expression of 25-hydroxyvitamin D-1α-hydroxylase in the proximal tubule.",
     ("PTH", "upregulates", "vitamin D", "expression", False),
     "In the kidney, PTH induces the expression of CYP27B1 in the proximal tubule.",
     ("PTH", "upregulates", "CYP27B1", "expression", False)),
    # the parse reader's claim (english_vetoes.cut_substrate)
    ("In the placenta, an elevated level of maternal FGF23 induces the expression of 25-hydroxyvitamin "
     "D-24-hydroxylase.",
     ("FGF23", "upregulates", "vitamin D", "expression", False),
     "In the placenta, an elevated level of maternal FGF23 induces the expression of CYP24A1.",
     ("FGF23", "upregulates", "CYP24A1", "expression", False)),
])
def test_a_substrate_written_onto_its_enzyme_is_no_argument(resources, text, dropped, twin, kept):
    claims, _, _, _ = read_claims(text, resources)
    assert dropped not in claims
    claims, _, _, _ = read_claims(twin, resources)
    assert kept in claims
