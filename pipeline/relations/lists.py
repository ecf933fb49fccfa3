"""Lists written with a comma where 、 belongs (Chinese, stage ``items``). Their records are in
``dictionaries/relations/constructions.tsv``."""
from __future__ import annotations

from .engine import construction
from .items import Item
from .state import Reader


@construction("zh.aspect_comma_list", needs=("comma|wide_comma",))
def aspect_comma_list(r: Reader, name: str, out: list[Item], it: Item):
    """``调节细胞分化,增殖和凋亡`` / ``促进肿瘤细胞的增殖,迁移和侵袭``: a comma between an aspect word and
    another, when a conjunction (和, 及) and a third aspect (a word, or a name that frames one: 凋亡)
    close the list right after it: the comma is a list mark (、), not a clause break."""
    if it.kind != "ASP" or len(out) < 2 or not (out[-1].is_a("comma") or out[-1].is_a("wide_comma")) \
            or out[-2].kind != "ASP":
        return None
    j = next((m for m, x in enumerate(r.items) if x is it), len(r.items))
    items = r.items
    if j + 2 >= len(items) or not items[j + 1].has("conj") or items[j + 1].has("clause_link") \
            or not (items[j + 2].kind == "ASP" or _framed(items, j + 2)):
        return None
    comma = out.pop()
    out.append(Item("LIST", comma.start, comma.end, comma.text, comma.pos, marks=frozenset({"list_mark", "gap"})))
    return it


def _framed(items: list[Item], k: int) -> bool:
    """A name at ``k`` that frames an aspect (凋亡: the cells' apoptosis), its aspect an item of no
    text right after it."""
    return items[k].kind == "ENT" and k + 1 < len(items) and items[k + 1].kind == "ASP" \
        and not items[k + 1].text and items[k + 1].start == items[k].end
