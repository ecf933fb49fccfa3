"""The rule-level reader's active claim on a trigger the parse reader read nothing on, in a sentence it read
other claims in (``english_reader.combine``, ``_unread_partner``): it stands where its factor is the agent
the parse reader read another claim of, and ``english_fallback.stands`` agrees; the factor was read, its
partner on that trigger was lost. Sentences of gold/extra, with the gold's triples."""
from __future__ import annotations

import pytest

from .conftest import read_claims


@pytest.mark.parametrize("text,claim,parsed", [
    # r4en_en_11: the parse reader knows no ``bind with``; estrogen is the agent of its other claims
    ("Estrogen binds with estrogen receptor to promote the expression of osteoprotegerin (OPG), and to suppress "
     "the action of nuclear factor-κβ ligand (RANKL), thus inhibiting osteoclast formation and bone resorptive "
     "activity.",
     ("estrogen", "binds", "estrogen receptor", None, False),
     ("estrogen", "upregulates", "OPG", "expression", False)),
    # r9en_en_05: a means gerund the parse read nothing on; DKK1 is the agent of regulates
    ("Dickkopf-1 (DKK1), a soluble inhibitor of Wnt/β-catenin signaling required for embryonic head development, "
     "regulates Wnt signaling by binding to the Wnt coreceptor lipoprotein-related protein-5 (LRP5)/Arrow.",
     ("DKK1", "binds", "LRP5", None, False),
     ("DKK1", "regulates", "Wnt pathway", "activity", False)),
])
def test_a_lost_partner_of_an_agent_the_parse_read_stands(resources, text, claim, parsed):
    claims, _, _, triples = read_claims(text, resources)
    assert parsed in claims  # the parse reader's own claim of the agent
    assert claim in claims
    assert {t.rule for t in triples if (t.factor_name, t.target_name) == claim[::2][:2]} == {"en.active"}


@pytest.mark.parametrize("text,kept,dropped", [
    # r6en_en_09: bone mass is only named in a phrase (a determinant of bone mass that regulates …): the parse
    # reader read no claim of it; osteoprotegerin's is read
    ("Osteoprotegerin protects bone by inhibiting osteoclastic bone resorption, but no factor has yet been "
     "identified as a local determinant of bone mass that regulates both osteoclasts and osteoblasts.",
     ("OPG", "inhibits", "bone resorption", None, False),
     ("bone mass", "regulates", "osteoclast")),
    # r3en_en_03: CD86 is an object of interacts with, no agent of the parse reader's; CD28 binds CD80 stands
    ("CD28 interacts with the CD80 dimer with relatively high affinity and the CD86 monomer with lower affinity, "
     "mediating T-cell costimulation in conjunction with T-cell receptor (TCR) signals.",
     ("CD28", "binds", "CD80", None, False),
     ("CD86", "induces", "T-cell costimulation")),
])
def test_a_claim_of_a_factor_the_parse_read_no_claim_of_is_dropped(resources, text, kept, dropped):
    claims, _, _, _ = read_claims(text, resources)
    assert kept in claims
    assert dropped[:2] not in {c[:2] for c in claims}
