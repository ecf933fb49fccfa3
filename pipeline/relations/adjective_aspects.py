"""Chinese: an aspect word written before the name it qualifies is an adjective of that name, not what
changes, where the name has its own aspect after it (stage ``claim``).

``抑制成熟OC凋亡`` / ``抑制成熟的破骨细胞的凋亡``: mature osteoclasts' apoptosis is inhibited, not their
maturation; the aspect after the name (凋亡) says what changes, 成熟 (an adjective: modifier_pos of words.tsv)
only says which cells. ``促进破骨细胞的成熟``, with the aspect after the name, is untouched.
"""
from __future__ import annotations

from .engine import GO_ON, construction
from .state import Claim, Reader


def _adjective_aspect(items: list, start: int, end: int) -> str | None:
    """The aspect of an adjective aspect word opening the group at ``start`` (then, maybe 的, a name), where
    another aspect word follows the name inside the group; None otherwise."""
    first = items[start]
    if first.kind != "ASP" or first.aspect is None or first.aspect.aspect is None or not first.is_a("modifier_pos"):
        return None
    k = start + 1
    if k < end and items[k].kind == "DE":
        k += 1
    if k >= end or items[k].kind != "ENT":
        return None
    later = {x.aspect.aspect for x in items[k + 1:end] if x.kind == "ASP" and x.aspect is not None}
    later.discard(None)
    return first.aspect.aspect if later - {first.aspect.aspect} else None


@construction("zh.adjective_aspect", needs=("modifier_pos",))
def adjective_aspect(r: Reader, name: str, q: Claim):
    """``RANKL抑制成熟OC凋亡``: RANKL inhibits the osteoclasts' apoptosis only."""
    if r.lang != "zh" or q.target is None:
        return None
    aspect = _adjective_aspect(q.items, q.target.start, q.target.end)
    if aspect is None:
        return None
    adjectives = [a for a in q.target.args if a.aspect == aspect]
    if not adjectives:
        return None
    return GO_ON if q.without(targets=adjectives) else q.after
