"""What a verb of protecting keeps safe is no target (``english_vetoes.protected_object``; for the rule-level
reader's claim, ``english_fallback_doubts``): ``X protects B from Y`` / ``X protects B by inhibiting Y``: X inhibits
Y, not B. Sentences written for the test in the grammar of reviews."""
from __future__ import annotations

from .conftest import read_claims
from .test_english_parse import parse_read


def test_the_protected_object_is_no_target_and_the_means_stands(resources):
    text = "Osteoprotegerin protects bone by inhibiting osteoclastic bone resorption."
    assert {t[:3] for t in parse_read(text, resources)} == {("OPG", "inhibits", "bone resorption")}


def test_the_rule_level_reader_s_protected_object_does_not_stand(resources):
    text = "IL-22 protects intestinal epithelial cells against injury."
    rule_only, _, _, _ = read_claims(text, resources, rule_only=True)
    claims, _, _, _ = read_claims(text, resources)
    assert ("IL-22", "inhibits", "intestinal epithelial cell") in {c[:3] for c in rule_only}  # read ...
    assert ("IL-22", "inhibits", "intestinal epithelial cell") not in {c[:3] for c in claims}  # ... not kept
    # what is kept safe from, an aspect of the protected cells, stands (so a reader that reads nothing fails)
    claims, _, _, _ = read_claims("IL-22 protects hepatocytes against apoptosis and injury.", resources)
    assert ("IL-22", "inhibits", "hepatocyte", "apoptosis", False) in claims
