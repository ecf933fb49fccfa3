"""``Y is impaired in X-deficient mice`` (en.dep.changed_in_model, pipeline/english/english_models.py): a trigger
participle with no agent whose ``in`` phrase names a knocked-down model (X acts with the trigger's polarity
turned round, SPEC 1) or a treated one (X acts as the trigger says). Sentences written in the grammar of
reviews; each row gives the exact set of triples, so a dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read

RULE = "en.dep.changed_in_model"


@pytest.mark.parametrize("text,expected", [
    # a coordinated subject, a knock-down adjective before the model noun
    ("Parasite expulsion and mast-cell development are impaired even more severely in IL-3-deficient mice.",
     {("IL-3", "promotes", "parasite expulsion", None, False, False, RULE),
      ("IL-3", "promotes", "mast cell", "differentiation", False, False, RULE)}),
    # mice lacking X: a fall in a model without X says X raises it
    ("Osteoclastogenesis is markedly reduced in mice lacking IL-17A.",
     {("IL-17", "upregulates", "osteoclast", "differentiation", False, False, RULE)}),
    ("Th17 cell differentiation is impaired in the absence of IL-6.",
     {("IL-6", "promotes", "Th17 cell", "differentiation", False, False, RULE)}),
    # a treated model: the treatment acts as the trigger says
    ("RANKL expression was enhanced in mice treated with IL-1β.",
     {("IL-1β", "upregulates", "RANKL", "expression", False, False, RULE)}),
    # the model fronted on the copula, its adjective coordinated with another model
    ("In CCR7-deficient and plt/plt mice, T cells are impaired in lymph-node homing via high endothelial venules.",
     {("CCR7", "promotes", "T cell", None, False, False, RULE)}),
    # the knock-out mark, the knock-down adjective after the model, a named cell model knocked down
    ("Bone loss is reduced in IL-6−/− mice after ovariectomy.",
     {("IL-6", "upregulates", "bone loss", None, False, False, RULE)}),
    ("Osteoclast formation was markedly decreased in mice deficient in RANKL.",
     {("RANKL", "upregulates", "osteoclast", "differentiation", False, False, RULE)}),
    ("Th17 differentiation is abolished in STAT3-deficient T cells.",
     {("STAT3", "promotes", "Th17 cell", "differentiation", False, False, RULE)}),
    # denied
    ("Bone loss was not reduced in TNF-deficient mice.",
     {("TNF-α", "upregulates", "bone loss", None, True, False, RULE)}),
])
def test_a_change_in_a_model_is_the_models_factor_acting(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_a_place_that_is_no_model_states_nothing(resources):
    # patients with a disease are where the change is seen, not what makes it; the by-agent of the
    # sentence after still reads
    assert parse_read("IL-6 levels are increased in patients with rheumatoid arthritis and IL-6 is induced by TNF-α.",
                      resources) == {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.passive_agent")}


def test_a_named_cell_that_is_no_model_states_nothing(resources):
    # osteoclasts are where the change is seen; the by-agent of the clause after still reads
    assert parse_read("IL-6 levels are increased in osteoclasts, and IL-6 is induced by TNF-α.", resources) == \
        {("TNF-α", "upregulates", "IL-6", "expression", False, False, "en.dep.passive_agent")}
