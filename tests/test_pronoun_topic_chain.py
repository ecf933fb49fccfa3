"""A singular pronoun (它, 其) opening a later clause of a Chinese sentence carries on the topic chain: it
stands for the named subject of the earlier clause even where that clause named other molecules as its
objects (what it said something of is no rival of its subject); a molecule named beside or before the
subject still is, and the pronoun then stands for no one (zh.pronoun_chain)."""
from __future__ import annotations

import pytest

from .conftest import cases, check_construction

CASES = {
    "zh.pronoun_chain": [
        # written for the test: IL-5 and IL-13 are what IL-33 makes the mast cells secrete (objects); after the
        # semicolon 它 is IL-33, the subject the chain carries
        ("IL-33 可诱导肥大细胞分泌IL-5和IL-13,参与过敏性疾病的发展;它也可促进TNF-α的表达。", {
            ('IL-33', 'upregulates', 'IL-5', 'expression', False),
            ('IL-33', 'upregulates', 'IL-13', 'expression', False),
            ('IL-33', 'regulates', 'allergy', None, False),
            ('IL-33', 'upregulates', 'TNF-α', 'expression', False),
        }),
        # written for the test: the oxidase is the object of the negated clause; 但它 goes on with IL-8
        ("IL-8 不能直接激活 NADPH 氧化酶，但它可以促进中性粒细胞的迁移。", {
            ('IL-8', 'activates', 'NADPH oxidase', 'activity', True),
            ('IL-8', 'promotes', 'neutrophil', 'migration', False),
        }),
        # written for the test: IL-6 is the object of the first clause, 它 the subject TNF-α
        ("TNF-α 可促进 IL-6 的表达，它还能激活 NF-κB。", {
            ('TNF-α', 'upregulates', 'IL-6', 'expression', False),
            ('TNF-α', 'activates', 'NF-κB', 'activity', False),
        }),
    ],
}


@pytest.mark.parametrize("name,text,expected", cases(CASES))
def test_pronoun_carries_the_subject_past_the_objects(resources, name, text, expected):
    check_construction(resources, name, text, expected)


@pytest.mark.parametrize("text", [
    # written for the test: IL-6 is named before the subject (a setting, a comparison): 其 might be either, so no one
    "在IL-6存在时,TNF-α可促进RANKL的表达,其还可诱导软骨细胞凋亡。",
    "与IL-6不同,TNF-α可促进RANKL的表达,其还可诱导软骨细胞凋亡。",
])
def test_a_molecule_before_the_subject_leaves_the_pronoun_unresolved(resources, text):
    check_construction(resources, "-zh.pronoun", text, {
        ('TNF-α', 'upregulates', 'RANKL', 'expression', False),
    })
