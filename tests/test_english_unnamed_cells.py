"""The bare class word for cells as a factor names no agent (english_vetoes.unnamed_cells; for the
rule-level reader's claims, english_cut_names.generic_cells at english_fallback): ``several cells in the
immune system promote…``. As a target it stands (``LIF affects cells``). Sentences written for the test in
the grammar of reviews; each absence is set beside its twin with a named cell, so a dead reader fails."""
from __future__ import annotations

import pytest

from .conftest import read_claims


@pytest.mark.parametrize("bare,dropped,named,kept", [
    ("In lupus, several cells in the immune system promote the IFN production by pDCs.",
     ("cell", "upregulates", "interferon", "expression", False),
     "In lupus, plasmacytoid dendritic cells in the immune system promote the IFN production.",
     ("plasmacytoid dendritic cell", "upregulates", "interferon", "expression", False)),
    # the rule-level reader's claim in a sentence the parse read nothing in
    ("In lupus, several cells of the innate immune system were studied, thereby enhancing the IFN signature.",
     ("cell", "promotes", "interferon signature", None, False),
     "In lupus, plasmacytoid dendritic cells were studied, thereby enhancing the IFN signature.",
     ("plasmacytoid dendritic cell", "promotes", "interferon signature", None, False)),
])
def test_bare_cells_are_no_agent(resources, bare, dropped, named, kept):
    rule_only, _, _, _ = read_claims(bare, resources, rule_only=True)
    claims, _, _, _ = read_claims(bare, resources)
    assert dropped in rule_only and dropped not in claims
    claims, _, _, _ = read_claims(named, resources)
    assert kept in claims


def test_bare_cells_stand_as_a_target(resources):
    claims, _, _, _ = read_claims("In tumours, LIF affects cells through various signaling pathways by binding to "
                                  "their receptors.", resources)
    assert ("LIF", "regulates", "cell", None, False) in claims
