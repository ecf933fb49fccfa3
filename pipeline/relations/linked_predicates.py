"""Chinese: 而 right after a trigger links a second predicate of the same subject (stage ``object_word``).

``肿瘤细胞则会逃过免疫清除而与免疫系统处于相持阶段``: 清除 ends its phrase at 而; what follows (与免疫系统
处于…) is the next predicate, whose partner is no object of 清除. The trigger has no object there.
"""
from __future__ import annotations

from .engine import construction
from .objects import ObjectSearch
from .state import Reader


@construction("zh.linked_predicate", needs=("cause_close",))
def linked_predicate(r: Reader, name: str, s: ObjectSearch):
    """``逃过免疫清除而与免疫系统处于相持阶段``: no object of 清除."""
    if r.lang == "zh" and s.j == s.i + 1 and s.clause[s.j].is_a("cause_close"):
        return None, s.j
    return None
