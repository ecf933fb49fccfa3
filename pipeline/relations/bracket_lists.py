"""Chinese: a bracketed list of names closed by 等 (etc cue) after a class word lists its examples.

``炎症细胞因子(TNF-α、IL-1、IL-17等)是…`` is ``炎症细胞因子(如TNF-α、IL-1、IL-17)``: the members stand for the
class word before the bracket (SPEC: a class word followed by examples gives the examples as factors), as a
bracket holding only names already does (``items.without_asides``). The final 等 only says the list is open.
"""
from __future__ import annotations


def without_final_etc(inner: list) -> list:
    """The bracket's items without a final 等 that closes a list of two or more names."""
    if len(inner) >= 3 and inner[-1].has("etc") and inner[-2].kind == "ENT" \
            and sum(x.kind == "ENT" for x in inner[:-1]) >= 2:
        return inner[:-1]
    return inner
