"""How the evidence report words a claim: escaping, labels of roles and polarities, plurals,
``claim_title`` and whether a claim is on a class word."""
from __future__ import annotations

import html
from typing import Mapping

from . import network


ROLE_LABEL = {"factor": "factor", "effect": "trigger", "target": "target"}
POLARITY_LABEL = {1: "+1 ↑", -1: "−1 ↓", 0: "0 ·"}
POLARITY_NAME = {1: "positive", -1: "negative", 0: "neutral"}


def esc(value) -> str:
    """Text or attribute value, escaped (quotes too)."""
    return html.escape("" if value is None else str(value), quote=True)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def is_class(c: Mapping) -> bool:
    """A claim with a class word (cytokine, cell, receptor) on either side."""
    return bool(c.get("factor_is_class") or c.get("target_is_class"))


VERBS = network.WORDS


def claim_title(c: Mapping) -> str:
    """``IL-6 increases osteoclast (differentiation)``: a claim in words."""
    aspect = f" ({c['aspect']})" if c["aspect"] else ""
    return f"{c['factor_name']} {VERBS[c['polarity'], c['negated']]} {c['target_name']}{aspect}"
