"""Chinese names made by word formation on known names (nameszh21): a ligand and its receptor joined by
/ or - and followed by 复合物 or 相互作用 name the complex or the signal they make together, not either
member. Sentences written in the field's style."""
from __future__ import annotations

from .conftest import triples_in


def test_a_ligand_receptor_interaction_is_the_factor_not_one_member(resources):
    triples = triples_in("OX40/OX40L相互作用可为T细胞提供共刺激信号,促进T细胞增殖和分化。", resources)
    assert ("OX40/OX40L interaction", "promotes", "T cell", "proliferation", False) in triples
    assert not any(t[0] in ("OX40", "OX40L") for t in triples)


def test_a_complex_of_two_names_joined_by_a_hyphen_is_one_complex(resources):
    triples = triples_in("在这些细胞中, IL-11-IL-11RA复合物与gp130结合并诱导其二聚化。", resources)
    assert ("IL-11/IL-11RA complex", "binds", "gp130", None, False) in triples
