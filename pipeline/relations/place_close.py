"""Chinese place phrases closed before the subject (stage ``group``): ``在骨髓微环境中RANKL通过…诱导…``.

A group read right after 在 (the locative cue) ends at the postposition that closes the place
(locative_end: 中, 内, 上) when a name follows that postposition directly: the name after it is the
clause's subject, not part of the place (``A 中 B 的表达`` is B's only inside a group no 在 opens).
Without the cut the subject is swallowed by the place and the clause reads the next name it meets
(a binding partner, a mediator) as its subject.
"""
from __future__ import annotations

from .engine import DONE, GO_ON, construction
from .groups import read_group
from .state import Clause, Reader
from .subjects import GroupRead


def _closing(c: Clause, g: GroupRead) -> int | None:
    """The index of the postposition inside the group that closes the place, a name right after it."""
    items = c.items
    for k in range(g.group.start + 1, g.group.end - 1):
        it = items[k]
        if it.kind == "LOC" and it.is_a("locative_end") and not it.is_a("respect") and items[k + 1].kind == "ENT":
            return k
    return None


@construction("zh.place_closed", needs=("locative", "LOC"))
def place_closed(r: Reader, name: str, c: Clause, g: GroupRead):
    """``在骨髓微环境中RANKL通过与RANK受体结合,诱导破骨细胞分化``: the place is 骨髓微环境; RANKL,
    after 中, starts the clause's subject (read as the next group)."""
    if r.lang != "zh" or g.role != "locative":
        return None
    k = _closing(c, g)
    if k is None:
        return None
    place = read_group(c.items[:k], g.group.start, r.lang)
    if place is None or not place.args:
        return None
    g.group = place.with_step(name)
    return GO_ON


@construction("zh.surface_partner", needs=("with|with_its", "LOC"))
def surface_partner(r: Reader, name: str, c: Clause, g: GroupRead):
    """``RANKL 通过与破骨细胞前体细胞上的 RANK 受体结合`` / ``它与 B 细胞等 APC 表面的 B7 分子结合``: a group after
    与 closed by a surface postposition (surface of words.tsv: 上, 表面) and 的 names where the partner sits;
    the partner is the group after 的 (read as the next group), none when no name stands there."""
    items, k = c.items, g.group.end
    if r.lang != "zh" or g.role != "partner":
        return None
    while k < len(items) and (items[k].kind in ("WORD", "ENT", "OPEN", "CLOSE") or items[k].has("etc")):
        k += 1  # ``B 细胞等 APC 表面``, ``破骨细胞(OC)前体细胞上``: the rest of the place's name
    if k + 1 >= len(items) or not (items[k].kind == "LOC" and items[k].is_a("surface") and items[k + 1].kind == "DE"):
        return None
    c.pending = "partner"
    g.role = "surface"
    return DONE
