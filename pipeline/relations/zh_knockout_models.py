"""Chinese: a model knocked out of a name, as a clause's subject (``IL-17 敲除小鼠…``, ``IL-6 基因缺失的小鼠…``).

``zh.knockout_model`` (stage ``clause_end``): a subject group whose names are knocked out (敲除, 缺失, 缺乏, 缺陷…) and
that an animal word ends (``model`` of words.tsv: 小鼠, 大鼠), the word alone or after 的, is the model the
clause speaks of: its knocked-out names are the condition of what the sentence says after the animal word, as
``在 IL-10 敲除小鼠中，…`` is (knockout_condition). The changes after it (``中性粒细胞募集减少``) are then read
by zh.condition, the knocked-out name acting with its polarity turned round (SPEC 1).

``zh.model_phenotype`` (stage ``sentence``): after such a model, a verb of showing (``phenotype`` of words.tsv:
出现, 发生, 表现出) or of being spared (``spared``: 免受, 免于) and the disease or process it names
(``IL-10 敲除小鼠出现自发性结肠炎``): what a model without X shows is what X works against; what it is spared, X
brings about (IL-10 inhibits colitis; 免受骨丢失: IL-6 promotes bone loss). A change word after the name is
zh.condition's (``表现出破骨细胞形成减少``).
"""
from __future__ import annotations

from .data import Trigger
from .emit import emit
from .engine import GO_ON, construction
from .groups import Arg
from .items import Item
from .state import Clause, Condition, How, Reader

_SHOWN_TYPES = frozenset({"disease", "process", "phenotype"})


def _model_end(c: Clause) -> int | None:
    """The end offset of the animal word that ends the clause's subject group, or that follows it after the
    knock-down word, 基因 or 的 (``IL-10 基因敲除小鼠``, ``IL-6 基因缺失的小鼠``)."""
    held, items = c.subject, c.items
    for k in range(held.start, len(items)):
        if items[k].is_a("model"):
            return items[k].end
        if k >= held.end and not (items[k].kind == "DE" or items[k].has("knockdown") or items[k].is_a("same_head")):
            return None
    return None


@construction("zh.knockout_model")
def knockout_model(r: Reader, name: str, c: Clause):
    held = c.subject
    if held is None or r.condition is not None or not any(a.knocked_down for a in held.args):
        return None
    end = _model_end(c)
    if end is None:
        return None
    r.condition = Condition(tuple(a for a in held.args if a.knocked_down), end, model=True)
    return GO_ON


@construction("zh.model_phenotype")
def model_phenotype(r: Reader, name: str):
    if r.condition is None or not r.condition.model:
        return None
    items = r.items
    k = next((m for m, x in enumerate(items) if x.start >= r.condition.end_offset
              and (x.is_a("phenotype") or x.is_a("spared"))), None)
    if k is None:
        return None
    j = k + 1
    while j < len(items) and (items[j].kind in ("WORD", "DE") and items[j].found is None or items[j].is_a("phenotype")):
        j += 1  # modifiers: ``自发性``, ``严重的``; a verb of showing after 免于 (``免于发生``)
    shown = items[j] if j < len(items) else None
    if shown is None or shown.kind != "ENT" or shown.found.concept.type not in _SHOWN_TYPES \
            or _changed_after(items, j):
        return None
    effect = "inhibits" if items[k].is_a("spared") else "induces"
    said = Item("TRIG", items[k].start, items[k].end, items[k].text, items[k].pos,
                trigger=Trigger(r.lang, items[k].text, effect, "verb"))
    negated = k > 0 and items[k - 1].has("negation")
    emit(r, r.condition.args, [Arg(shown.found, None)], said, negated, r.hedged_sentence, [], How(name))
    return GO_ON


def _changed_after(items: list[Item], j: int) -> bool:
    """A change word follows the shown name (``破骨细胞形成减少``): the change is zh.condition's."""
    return j + 1 < len(items) and items[j + 1].kind in ("TRIG", "ASP")
