"""Chinese: a fronted 作为 phrase naming what the subject is to another name (stage ``sentence``).

``作为 Wnt 通路的抑制剂之一，DKK-1 的表达可能与…相关`` / ``作为 RANKL 的诱饵受体，OPG 可…``: a clause that
opens with 作为 (fronted_as of words.tsv; adverbs before it: 因此) + B + 的 + a noun trigger (抑制剂, 诱饵受体, 负调节因子) and, at
most, 之一, closed by a comma; the name that opens the next clause (before its 的, its verb or its modal)
is what the noun names: it acts on B as the noun says (DKK-1 inhibits the Wnt pathway). The claim is
stated once, whatever the next clause says of the subject.
"""
from __future__ import annotations

from .emit import emit
from .engine import GO_ON, construction
from .groups import Arg
from .items import Item, clause_before
from .state import How, Reader

_NOUN_FORMS = ("noun", "agent")


def _fronted_at(items: list[Item], k: int) -> int | None:
    """The index of the comma closing ``作为 B 的 N (之一)`` when 作为 at ``k`` opens a clause, else None."""
    if not items[k].is_a("fronted_as"):
        return None
    if not all(x.kind in ("WORD", "CUE") and not x.has("report") for x in clause_before(items, k)):
        return None
    j = k + 1
    if j >= len(items) or items[j].kind != "ENT":
        return None
    while j < len(items) and items[j].kind in ("ENT", "ASP"):
        j += 1
    if j + 1 >= len(items) or items[j].kind != "DE" or items[j + 1].kind != "TRIG" \
            or items[j + 1].trigger.form not in _NOUN_FORMS:
        return None
    n = j + 2
    if n < len(items) and items[n].is_a("one_of"):
        n += 1
    return n if n < len(items) and items[n].kind == "SEP" and items[n].is_a("comma") else None


@construction("zh.fronted_role", needs=("fronted_as", "DE"))
def fronted_role(r: Reader, name: str):
    if r.lang != "zh":
        return None
    items, made = r.items, False
    for k, it in enumerate(items):
        comma = _fronted_at(items, k)
        if comma is None or comma + 1 >= len(items) or items[comma + 1].kind != "ENT":
            continue
        subject, owner, noun = items[comma + 1], items[k + 1], items[comma - 1]
        if noun.is_a("one_of"):
            noun = items[comma - 2]
        if subject.found is None or owner.found is None or subject.found.concept.id == owner.found.concept.id:
            continue
        stated = {(t.factor_id, t.target_id) for t in r.triples}
        if (subject.found.record.concept_id, owner.found.record.concept_id) in stated:
            continue
        emit(r, [Arg(subject.found, None)], [Arg(owner.found, None)], noun, False, False, [], How(name))
        made = True
    return GO_ON if made else None
