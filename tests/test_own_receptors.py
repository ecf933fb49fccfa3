"""Chinese: A 及其受体 B / A 与其配体 B (zh.own_receptor): B is named as A's own receptor or ligand, A binds B;
the clause then says what it says of them (read by the other records)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.own_receptor": [
        # written for the test, in the style of the angiogenesis reviews: 和其受体 + a name; both act in the clause
        ("血管生成素(angiopoietins)和其受体Tie2在血管生成中发挥重要的调节作用。", {
            ('angiopoietin', 'binds', 'Tie2', None, False),
            ('angiopoietin', 'regulates', 'angiogenesis', None, False),
            ('Tie2', 'regulates', 'angiogenesis', None, False),
        }),
        # written for the test: 与其配体 + a name inside a relative clause (…介导的外源性凋亡途径)
        ("死亡受体Fas与其配体FasL介导的外源性凋亡途径是细胞凋亡的主要途径之一。", {
            ('Fas', 'binds', 'FasL', None, False),
            ('FasL', 'induces', 'extrinsic apoptotic pathway', 'activity', False),
        }),
    ],
    "-zh.own_receptor": [
        # written for the test: class nouns (细胞因子及其受体) name no particular pair
        ("细胞因子及其受体在骨髓增殖性肿瘤中具有多重作用。", {
            ('cytokine', 'regulates', 'myeloproliferative neoplasm', None, False),
            ('receptor', 'regulates', 'myeloproliferative neoplasm', None, False),
        }),
        # written for the test: the binding stated by its verb is not stated twice
        ("TPO通过与其受体c-mpl结合并激活多种信号通路从而发挥其生物学作用。", {
            ('thrombopoietin', 'binds', 'MPL', None, False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_own_receptor_named_after_its_ligand(resources, name, text, expected):
    check_construction(resources, name, text, expected)
