"""Needs (en.dep.need, pipeline/english/english_nominals.py) with ``to`` (``X is vital to Y``), and needs denied:
``X is not essential for Y`` (the parser hangs ``for Y`` on the copula), ``neither X nor Z is required for
Y``, ``required for Y, although not for W``: X has no part in Y (regulates, negated: the train gold's
convention, which the held-out sets' annotators share). Sentences written for the test in the grammar of reviews; each row gives the exact set of triples, so a
dead reading fails."""
from __future__ import annotations

import pytest

from .test_english_parse import parse_read


@pytest.mark.parametrize("text,expected", [
    # a need denied says X has no part in Y (regulates, negated); the stated one stays
    ("Here we show that IL-3 is not essential for the generation of basophils under physiological conditions.",
     {("IL-3", "regulates", "basophil", "differentiation", True, False, "en.dep.need")}),
    ("BAFF is required for the formation of germinal centres, although not for B cell affinity maturation.",
     {("BAFF", "promotes", "germinal center", None, False, False, "en.dep.need"),
      ("BAFF", "regulates", "affinity maturation", None, True, False, "en.dep.need")}),
])
def test_a_need_denied_is_no_part_negated(resources, text, expected):
    assert parse_read(text, resources) == expected


@pytest.mark.parametrize("text,expected", [
    ("IL-7 is vital to the survival of naive T cells.",
     {("IL-7", "promotes", "naive T cell", "survival", False, False, "en.dep.need")}),
    ("SCF and c-kit are critical not only to the development of melanocytes but also to hematopoiesis.",
     {("stem cell factor", "promotes", "melanocyte", "differentiation", False, False, "en.dep.need"),
      ("c-Kit", "promotes", "melanocyte", "differentiation", False, False, "en.dep.need")}),
])
def test_a_need_to_y_promotes_y(resources, text, expected):
    assert parse_read(text, resources) == expected


def test_central_to_y_is_a_part_in_y(resources):
    # ``central`` (need words, value regulates): a part in Y with no direction
    text = "In the skeleton, Wnt signaling is central to bone development and to bone homeostasis in adulthood."
    assert parse_read(text, resources) == {
        ("Wnt pathway", "regulates", "bone development", None, False, False, "en.dep.need"),
        ("Wnt pathway", "regulates", "bone homeostasis", None, False, False, "en.dep.need")}
