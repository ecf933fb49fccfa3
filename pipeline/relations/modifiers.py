"""Constructions where a trigger word only modifies a name (stage ``claim``, Chinese): it states no
claim of the clause's subject. Their records are in ``dictionaries/relations/constructions.tsv``."""
from __future__ import annotations

from .engine import GO_ON, construction
from .items import is_conj
from .state import Claim, Reader


@construction("zh.participle_member")
def participle_member(r: Reader, name: str, q: Claim):
    """``调节性T细胞、活化的巨噬细胞和树突状细胞也能分泌…``: a participle (V 的) right after a list
    mark or conjunction opens the next member of a list of names (the activated macrophages); the
    names before it are its fellow members, not its agents, and the subject does not act on it. Only
    before the clause's first trigger: in an object list (``促进 B 的分化及减弱的氧化应激``) the
    participle says what the verb does to the member."""
    items, i = q.items, q.i
    if q.c.last_trigger is not None or i == 0 or i + 2 >= len(items) or items[i + 1].kind != "DE" or items[i + 2].kind != "ENT":
        return None
    if not (items[i - 1].kind == "LIST" or is_conj(items[i - 1])):
        return None
    q.emit = False
    return GO_ON
