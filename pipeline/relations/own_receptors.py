"""Chinese: ``A 及其受体 B`` / ``A 与其配体 B`` / ``A 和其受体 B`` (stage ``sentence``): B is named as A's own
receptor (ligand), so A binds B.

``血管生成素和其受体 Tie2 在血管生成中发挥重要的调节作用``, ``CCL21 及其受体 CCR7 在淋巴转移中的作用``,
``死亡受体 Fas 与其配体 FasL 介导的外源性凋亡途径``: the apposition names the pair a binding joins, whatever the
clause then says of them (which the other records read: here both regulate angiogenesis). The partner word is
one of ``own_partner`` (words.tsv: 受体, 配体), written on its own or at the head of B's name (及其受体 CC 趋化因子
受体 7 型, one mention); a class noun on either side (细胞因子及其受体: no particular pair) names none, and a binding
the sentence already states (A 与其受体 B 结合) is not stated twice. The partner word only names B: a
claim read of it as a noun trigger (配体 taking the relative after B as its object) goes.
"""
from __future__ import annotations

from .emit import emit
from .engine import GO_ON, construction
from .data import Trigger
from .groups import Arg
from .items import Item
from .state import How, Reader

_MOLECULES = ("gene", "family", "complex")


def _own_cue(items: list[Item], k: int) -> int | None:
    """Where the partner word (or B) starts after the owner cue at ``k``: 及其 / 与其 (one cue), or a
    conjunction then 其; None when ``k`` opens no such cue."""
    it = items[k]
    if it.kind == "CUE" and (it.has("owned") or it.is_a("with_its")):
        return k + 1
    if it.kind == "CUE" and it.has("conj") and k + 1 < len(items) and items[k + 1].is_a("owner_pronoun"):
        return k + 2
    return None


def _partner_at(r: Reader, items: list[Item], j: int) -> Item | None:
    """B after the owner cue: the name after a bare partner word (受体 as a name of the class, 配体 as a
    word), or a name written with the partner word at its head."""
    words = r.data.words_of("own_partner", "zh")
    if j >= len(items):
        return None
    it = items[j]
    if it.text in words and j + 1 < len(items) and items[j + 1].kind == "ENT":
        return items[j + 1]
    if it.kind == "ENT" and any(it.text.startswith(w) and len(it.text) > len(w) for w in words):
        return it
    return None


def _named_molecule(r: Reader, it: Item) -> bool:
    """A molecule (a family of a few members too: 血管生成素), not a class noun (细胞因子, 受体: a word of a
    class of words.tsv, generic_class or anaphor_*, or of class_words.tsv)."""
    return it.kind == "ENT" and it.found.concept.type in _MOLECULES and it.found.concept.id not in r.data.class_words \
        and not any(m == "generic_class" or m.startswith("anaphor_") for m in it.marks)


def _drop_claims_of_partner_word(r: Reader, items: list[Item], j: int, partner: Item) -> None:
    """``Fas 与其配体 FasL 介导的…凋亡途径``: the partner word written on its own (配体, a noun trigger
    elsewhere: A 是 B 的配体) only names B here; no claim of it stands (Fas binds apoptosis)."""
    if items[j] is partner or items[j].kind != "TRIG":
        return
    span = r.view.clean.source_span(items[j].start, items[j].end)
    for t in [t for t in r.triples if (t.effect_start, t.effect_end) == span]:
        r.triples.remove(t)


@construction("zh.own_receptor", needs=("owned|with_its|owner_pronoun",))
def own_receptor(r: Reader, name: str):
    """``CCL21 及其受体 CCR7``: CCL21 binds CCR7."""
    if r.lang != "zh":
        return None
    items, stated = r.items, {(t.factor_id, t.target_id) for t in r.triples if t.effect == "binds"}
    made = False
    for k in range(1, len(items)):
        j = _own_cue(items, k)
        owner = items[k - 1]
        if j is None or not _named_molecule(r, owner):
            continue
        partner = _partner_at(r, items, j)
        if partner is None or not _named_molecule(r, partner) \
                or partner.found.concept.id == owner.found.concept.id:
            continue
        _drop_claims_of_partner_word(r, items, j, partner)
        pair = (owner.found.record.concept_id, partner.found.record.concept_id)
        if pair in stated or pair[::-1] in stated:
            continue
        # the owner cue (及其, 与其) says the binding: it is the claim's effect word
        said = items[k]._replace(trigger=Trigger(r.lang, items[k].text, "binds", "noun"))
        emit(r, [Arg(owner.found, None)], [Arg(partner.found, None)], said, False, False, [], How(name))
        stated.add(pair)
        made = True
    return GO_ON if made else None
