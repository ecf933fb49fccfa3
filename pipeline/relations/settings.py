"""Constructions that read a name as the setting of a claim, not a party to it (Chinese). Their
records are in ``dictionaries/relations/constructions.tsv``."""
from __future__ import annotations

from .engine import DONE, construction
from .state import Clause, Reader
from .subjects import GroupRead


@construction("zh.origin_from", needs=("origin_open",))
def origin_from(r: Reader, name: str, c: Clause, g: GroupRead):
    """``被趋化因子由骨髓招募到外周血`` / ``由骨髓迁移至肿瘤部位``: 由 A before a trigger with a word of
    direction after it (到, 至), or after a passive that already names its agent, says where from:
    A is the origin of the movement, not the agent of the passive."""
    items, start, end = c.items, g.group.start, g.group.end
    if g.role != "passive" or start == 0 or not items[start - 1].is_a("origin_open"):
        return None
    moves = end + 1 < len(items) and items[end].kind == "TRIG" and items[end + 1].is_a("destination")
    return DONE if moves or c.passive_agent is not None else None
