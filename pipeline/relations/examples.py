"""What a list of examples stands for (stage ``examples``): ``细胞因子（如 IL-2）可以…``,
``促进…产生多种细胞因子，如 IL-1、IL-8``, ``受多种刺激的调节，包括 TNF-α…``.

Examples right after a subject, partner, agent or 对-target stand for it; after a claim
whose target (or agent) is a class word, they stand for that word and the claim is
stated of each of them instead; after a claim that named no factor, they are its
factors; elsewhere they name what the next clauses are about, or kinds, not targets.
Handlers get the clause, the example group and the index of the cue (如, 包括, such as).
"""
from __future__ import annotations

from dataclasses import replace

from .data import MOLECULE_TYPES
from .emit import emit
from .engine import DONE, construction
from .groups import Group
from .items import Item, de_follows
from .state import Clause, Reader, adjacent, is_class_word, no_clause_break


def _includes(c: Clause, cue_index: int) -> bool:
    """``X 包括 Y``: a membership, not examples standing for X."""
    return c.items[cue_index].is_a("includes")


def _remove(r: Reader, triples) -> None:
    for t in triples:
        if t in r.triples:
            r.triples.remove(t)


@construction("examples_subject")
def examples_subject(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``细胞因子（如 IL-2）可以…``: examples right after the subject stand for it."""
    cue_at = c.items[cue_index].start
    if c.subject is None or c.last_trigger is not None or _includes(c, cue_index) \
            or not adjacent(r, c.items[c.subject.end - 1].end, cue_at):
        return None
    c.subject = group.with_step(name)
    return DONE


@construction("zh.bracket_members")
def bracket_members(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``TGF(包括TGF-α和TGF-β)、TNF-α同样是…``: 包括 opening brackets right after the subject
    lists the members the subject's name covers (an aside, not a statement that X includes
    Y): they stand for it, with the names listed after the brackets."""
    cue_at = c.items[cue_index].start
    if c.subject is None or c.last_trigger is not None or not _includes(c, cue_index) \
            or not adjacent(r, c.items[c.subject.end - 1].end, cue_at):
        return None
    opens = r.data.words_of("open", r.lang)
    if not any(ch in opens for ch in r.view.clean.text[c.items[c.subject.end - 1].end:cue_at]):
        return None
    c.subject = group.with_step(name)
    return DONE


@construction("examples_slot")
def examples_slot(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``与其受体（DR4 和 DR5）``: examples of a partner, 对-target or agent stand for it."""
    cue_at = c.items[cue_index].start
    for role in ("partner", "target_pre", "passive_agent"):
        held = getattr(c, role)
        if held is not None and held.end <= group.start and not _includes(c, cue_index) \
                and adjacent(r, c.items[held.end - 1].end, cue_at):
            kept = _members_before_bracket(r, c, held, cue_index)
            setattr(c, role, group.replaced(kept + group.args).with_step(name) if kept else group.with_step(name))
            return DONE
    return None


def _members_before_bracket(r: Reader, c: Clause, held: Group, cue_index: int) -> tuple:
    """``受缺氧、上皮生长因子（EGF）等的调控``: a bracket right after a list stands for its last member
    only; the members before the list's last mark stay (none when the bracket follows one member)."""
    at = c.items[cue_index].start
    if not r.view.clean.text[at - 1:at + 1].strip().startswith(("(", "（")):
        return ()  # the opening bracket is the cue (its words are the examples)
    joins = [k for k in range(held.start, held.end) if c.items[k].kind == "LIST" or c.items[k].has("conj")]
    if not joins:
        return ()
    last_join = c.items[joins[-1]].start
    return tuple(a for a in held.args if a.found.cend <= last_join)


@construction("examples_agent")
def examples_agent(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``ADAM 蛋白酶能被其他细胞因子激活，例如 IL-1β 或 TNF-α``: the examples stand for the
    agent (a class word) of the passive just stated."""
    last = r.last
    if last is None or last.how.voice != "passive" or not last.factors \
            or not adjacent(r, last.trigger.end, c.items[cue_index].start) \
            or not all(is_class_word(r, a.found.concept.id) for a in last.factors):
        return None
    _remove(r, last.triples)
    emit(r, group.args, last.target_args, last.trigger, last.negated, last.hedged, last.mediators,
         last.how.with_step(name, examples=True))
    return DONE


@construction("examples_topic")
def examples_topic(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``肿瘤细胞分泌或过度表达某些细胞因子，如 TNF 和 IL-6，导致…``: with no claim stated yet
    (what is secreted is no effect), the examples of a class word right before them name
    what the next clauses are about."""
    if r.last is not None:
        return None
    cue = c.items[cue_index]
    k = next((m for m, x in enumerate(r.items) if x is cue), 0) - 1
    while k >= 0 and r.items[k].kind == "SEP":
        k -= 1
    held = r.items[k] if k >= 0 else None
    if held is not None and held.kind == "ENT" and adjacent(r, held.end, cue.start) \
            and is_class_word(r, held.found.concept.id) and r.sentence_subject is not None \
            and not _includes(c, cue_index):
        r.sentence_subject = group.with_step(name)
    return DONE


@construction("examples_more")
def examples_more(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``受多种刺激的调节，包括炎症信号(例如 TNF-α)、…和类固醇激素(例如雄激素、雌激素)``: a
    later example list of the same clause names more of the listed factors."""
    last, cue_at = r.last, c.items[cue_index].start
    if not (last.listed_factors and not _includes(c, cue_index) and last.how.examples
            and no_clause_break(r, last.target_end, cue_at) and not adjacent(r, last.target_end, cue_at)):
        return None
    emit(r, group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
         last.how.with_step(name), target_end=c.items[group.end - 1].end)
    r.last.targets, r.last.listed_factors = list(last.targets), True
    return DONE


def _next_to_last(r: Reader, c: Clause, cue_index: int) -> bool:
    """The examples stand right after what the last claim was stated of."""
    return adjacent(r, r.last.target_end, c.items[cue_index].start)


@construction("examples_factors")
def examples_factors(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``多种物质的刺激可以介导 IL-1 的产生，包括内毒素…``: a claim that had a target but no
    factor takes the examples as its factors; not examples inside the clause after its trigger
    (``讨论 S1P 参与 T 细胞进出免疫器官如淋巴结、胸腺的机制``): they stand in the object's phrase for
    the noun before them, no agent; nor when the sentence opens on its verb (``诱导炎症介质的产生,
    如前列腺素、一氧化氮…``): its agent is the topic left unsaid, the examples are kinds of the object."""
    last = r.last
    if not _next_to_last(r, c, cue_index) or last.factors or not last.targets or last.trigger.start == 0 \
            or last.trigger.end <= c.items[cue_index].start < last.target_end:
        return None
    emit(r, group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
         last.how.with_step(name, examples=True), target_end=c.items[group.end - 1].end)
    r.last.targets, r.last.listed_factors = list(last.targets), True
    return DONE


@construction("examples_of_factor")
def examples_of_factor(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``受多种刺激的调节，包括炎症信号（例如 TNF-α、IL-1β）``: examples of the last listed
    factor stand for it."""
    last = r.last
    if not _next_to_last(r, c, cue_index) or not last.listed_factors or _includes(c, cue_index):
        return None
    named = last.factors[-1].found.concept.id
    _remove(r, [t for t in last.triples if t.factor_id == named])
    emit(r, group.args, last.targets, last.trigger, last.negated, last.hedged, last.mediators,
         last.how.with_step(name), target_end=c.items[group.end - 1].end)
    r.last.targets, r.last.listed_factors = list(last.targets), True
    return DONE


def _class_target(r: Reader) -> bool:
    return any(is_class_word(r, t.target_id) for t in r.last.triples)


@construction("examples_kinds")
def examples_kinds(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``…引起的肿瘤，包括 MM、PMF``: after a claim with no factor, or a relative clause on a
    head that is no class word, the list names kinds of the head, not targets."""
    last = r.last
    if _next_to_last(r, c, cue_index) and (not last.factors or last.how.voice == "relative" and not _class_target(r)):
        return DONE
    return None


@construction("zh.examples_kinds_head")
def examples_kinds_head(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``是一类由…异常增殖引起的疾病，包括 MM、PMF``: kinds of the head noun after 的 too."""
    last = r.last
    at = next((m for m, x in enumerate(r.items) if x is last.trigger), None)
    if _next_to_last(r, c, cue_index) and not last.triples and at is not None and de_follows(r.items, at):
        return DONE
    return None


@construction("examples_same_kind")
def examples_same_kind(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``慢性炎症可以促进不同类型癌症的发生，如结肠癌、前列腺癌和肝癌`` / ``它也在炎症性疾病中
    发挥关键作用，包括细胞因子风暴综合征、自身免疫性疾病和癌症``: a list of examples that opens
    its own clause (after the comma), of the very kind of thing the claim just stated was said of
    (diseases after a disease), though no class word: they name what it was said of, and the
    claim is stated of each of them instead."""
    last = r.last
    role = last.trigger.trigger is not None and last.trigger.trigger.form == "role" \
        and adjacent(r, last.trigger.end, c.items[cue_index].start)  # ``在 B 中发挥作用，包括 …``
    if not (_next_to_last(r, c, cue_index) or role) or not last.triples or not last.factors \
            or cue_index > 0:
        return None  # ``免疫抑制细胞（如调节性 T 细胞）的数量``: an aside inside the clause; the claim stays on the kind
    kinds = {r.lexicon.concepts[t.target_id].type for t in last.triples if t.target_id in r.lexicon.concepts}
    listed = {a.found.concept.type for a in group.args}
    targets = {t.target_id for t in last.triples}
    if len(kinds) != 1 or listed != kinds or any(a.found.concept.id in targets for a in group.args):
        return None
    return _stated_of_examples(r, name, c, group)


@construction("examples_class_factors")
def examples_class_factors(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``也有部分成员可以抑制炎症，如 IL-37、IL-1Ra`` / ``有些细胞因子可以抑制炎症，如 IL-10 和
    TGF-β``: examples right after a claim whose factors are all class words (a family, 细胞因子),
    of the kind the class holds (molecules for a family, cells for a class of cells): they are
    the factors the class word stood for, and the claim is stated of each of them instead."""
    last = r.last
    if not _next_to_last(r, c, cue_index) or not last.triples or not last.factors or _class_target(r) \
            or not all(is_class_word(r, a.found.concept.id) for a in last.factors) or _includes(c, cue_index) \
            or _said_of_after(r, c.items[group.end - 1]):
        return None
    targets = {t.target_id for t in last.triples}
    kinds = {"cell"} if all(a.found.concept.type == "cell" for a in last.factors) else MOLECULE_TYPES
    if any(a.found.concept.type not in kinds or a.found.concept.id in targets for a in group.args):
        return None
    _remove(r, last.triples)
    emit(r, group.args, last.target_args, last.trigger, last.negated, last.hedged, last.mediators,
         last.how.with_step(name, examples=True), target_end=c.items[group.end - 1].end)
    r.last.listed_factors = True
    return DONE


def _said_of_after(r: Reader, last_example: Item) -> bool:
    """The clause after the examples opens with its predicate (``，均可刺激…``): they are what
    it is about, the subject it lacks."""
    k = next((m for m, x in enumerate(r.items) if x is last_example), None)
    if k is None or k + 2 >= len(r.items) or r.items[k + 1].kind != "SEP" or not r.items[k + 1].is_a("comma") \
            and not r.items[k + 1].is_a("wide_comma"):
        return False
    return r.items[k + 2].kind in ("WORD", "VERB", "TRIG")


@construction("examples_next_topic")
def examples_next_topic(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``促进肿瘤的生长，如 IL-6、G-CSF 和 IFN-γ，均可…``: the list does not stand for the
    target (no class word); it names what the next clauses are about."""
    if _next_to_last(r, c, cue_index) and not _class_target(r) and r.last.triples:
        r.sentence_subject = group.with_step(name)
        return DONE
    return None


@construction("examples_targets")
def examples_targets(r: Reader, name: str, c: Clause, group: Group, cue_index: int):
    """``促进…产生多种细胞因子，如 IL-1、IL-8`` / ``激活受 RANKL 调控的多条信号通路，如 MAPK、
    JNK``: examples after a class word target stand for it, in the claim just stated (and in
    the relative clause's claim on the same head); an example with no aspect of its own
    takes the class word's (``调节受体的表达/活性，包括 FXR``)."""
    if not _next_to_last(r, c, cue_index):
        return None
    return _stated_of_examples(r, name, c, group)


def _stated_of_examples(r: Reader, name: str, c: Clause, group: Group):
    """The last claim (and the relative clause's claim on the same head) stated of each example instead."""
    last, before = r.last, r.before_last
    stated = [last]
    if before is not None and before.target_end == last.target_end and before.factors and before.triples \
            and all(is_class_word(r, t.target_id) for t in before.triples):
        stated.insert(0, before)
    for e in stated:
        _remove(r, e.triples)
        aspects = list(dict.fromkeys(t.aspect for t in e.triples)) or [None]
        args = [a if a.aspect is not None else replace(a, aspect=x) for a in group.args for x in
                (aspects if a.aspect is None else [a.aspect])]
        emit(r, e.factors, args, e.trigger, e.negated, e.hedged, e.mediators, e.how.with_step(name, examples=True),
             target_end=c.items[group.end - 1].end)
    return DONE


