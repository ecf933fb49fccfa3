"""Chinese: a trigger written against 性 is an attribute, no verb (stage ``trigger``).

``维持性血液透析患者`` (maintenance haemodialysis), ``呈诱导性表达`` (inducible expression): the segmenter
parts 维持 | 性, but 维持性 is one attribute word (as 抑制性, which it keeps whole) that qualifies the noun
after it; the trigger states no claim and takes no object (a name after it only heads the noun phrase).
"""
from __future__ import annotations

from .engine import construction
from .state import Clause, Reader


@construction("zh.attribute_trigger", needs=("attribute_opening",))
def attribute_trigger(r: Reader, name: str, c: Clause, i: int):
    """``血浆中高水平的FGF23能预测维持性血液透析患者病死率``: FGF23 maintains no blood."""
    items = c.items
    if r.lang != "zh" or i + 1 >= len(items) or items[i].trigger.form != "verb":
        return None
    nxt = items[i + 1]
    if nxt.kind == "WORD" and nxt.is_a("attribute_opening") and items[i].end == nxt.start:
        return i + 2
    return None
