"""Chinese: a reporting verb inside a cause phrase reports nothing (stage ``cue``).

``TSLP 是一类 IL-7 样细胞因子，因在胸腺基质细胞培养基中发现而得名，具有促进 T 细胞增殖的作用``: 发现
(found) between 因 / 由于 (cause_open of words.tsv) and 而 (cause_close) says why the thing is named
or changed, not what a study reported; no reported claim starts there, and the topic of the clauses
before it (TSLP) goes on to the clauses after it. As zh.report_modifier for 发现的 / 发现于.
"""
from __future__ import annotations

from .engine import DONE, construction
from .items import Item
from .state import Clause, Reader


@construction("zh.report_in_cause", needs=("report",))
def report_in_cause(r: Reader, name: str, c: Clause, it: Item, i: int):
    items = c.items
    if r.lang != "zh" or not it.has("report") or i + 1 >= len(items) or not items[i + 1].is_a("cause_close"):
        return None
    if not any(x.is_a("cause_open") for x in items[:i]):
        return None
    return DONE
