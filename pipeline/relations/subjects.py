"""Constructions read at a group of names (stage ``group``) and at a trigger word before
its claim is read (stage ``trigger``): the role a group plays in its clause, and the
subjects that a trigger word makes or changes.

A group takes the role its cue gave it (place after 在, agent after 被, mediator after
通过, target after 对, partner after 与, examples after 如); a group that no cue
introduces and no verb precedes is the clause's subject. At a trigger, a prefix
(抗 X 作用), an English nominal (``the binding of A to B``) or a change of the subject
itself (``LIF 的阻断``) is read before the trigger is taken for a claim.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .data import MOLECULE_TYPES
from .emit import emit
from .engine import DONE, GO_ON, construction, run
from .groups import Arg, Group, prefixed_args, read_group, without_effect_noun
from .items import Item, is_conj, trigger_follows
from .state import Clause, How, Reader, at, factors_of, plural_referent


@dataclass
class GroupRead:
    """The group at item ``i`` and the role its cue gave it, as the ``group`` stage reads it."""

    group: Group
    role: str | None
    subject: bool = False  # the ``subject`` record made it the clause's subject


@construction("zh.named_agent", "en.named_agent")
def named_agent(r: Reader, name: str, c: Clause, g: GroupRead):
    group = g.group
    if not group.acts_on:
        return None
    emit(r, group.args, group.acts_on, group.agent_word, False, c.hedged, [], How(name))
    return GO_ON


@construction("zh.especially_member", needs=("especially",))
def especially_member(r: Reader, name: str, c: Clause, g: GroupRead):
    """The group after 特别是 / 尤其是 (zh.especially): it and the subject it names a member of
    are the clause's subject; a member of a class (a family, or the same kind of thing as the
    subject) is the subject alone."""
    if g.role != "especially":
        return None
    held = c.subject if c.subject is not None else r.sentence_subject
    if held is None:
        return None
    ids = {a.found.concept.id for a in held.args}
    kinds = {a.found.concept.type for a in g.group.args}
    if all(a.found.concept.type == "family" or a.found.concept.type in kinds for a in held.args):
        # ``非甾体类抗炎药特别是阿司匹林``, ``细胞因子特别是促炎细胞因子``: the class, then the member its claim is
        # chiefly of (same kind, or a family): the member is the subject
        ids = {a.found.concept.id for a in g.group.args}
        held = g.group
    both = held.replaced(list(held.args) + [a for a in g.group.args if a.found.concept.id not in ids]).with_step(name)
    if c.subject is None:
        r.sentence_subject = both  # ``A，尤其是 B，在…中发挥作用``: the clauses after it go on with both
    c.subject = both
    g.role = None
    return DONE


@construction("example_subject", needs=("example",))
def example_subject(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role == "example" and all(x.kind in ("CUE", "WORD") for x in c.items[:g.group.start]) \
            and _stated_after(c, g.group):
        g.role = None  # ``，如 IL-1 是…，可以促进…``: the example is the new subject
        return GO_ON
    return None


def _stated_after(c: Clause, group: Group) -> bool:
    """Something is said of the group: a verb or trigger follows it (before
    a nested example list, which belongs to the examples)."""
    for x in c.items[group.end:]:
        if x.has("example"):
            return False
        if x.kind in ("TRIG", "VERB") or x.is_a("copula"):
            return True
    return False


@construction("example_list", needs=("example",))
def example_list(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "example":
        return None
    run(r, "examples", c.items[c.pending_at], c, g.group, c.pending_at)
    return DONE


@construction("knockdown_named")
def knockdown_named(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "knockdown":
        return None
    first = c.items[g.group.start].found
    g.group, g.role = g.group.replaced([Arg(first, None, True)]).with_step(name), None
    return GO_ON


@construction("place_head", needs=("qualifier", "LOC"))
def place_head(r: Reader, name: str, c: Clause, g: GroupRead):
    """The group closes a place phrase whose first name only qualified it
    (``在 AML 来源的 BMSC 中``): a qualifier cue and 的 between the place read
    so far and the group, and 中/内 right after it."""
    group = g.group
    if g.role is not None or c.place is None or c.subject is not None or group.end >= len(c.items) \
            or c.items[group.end].kind != "LOC":
        return None
    between = c.items[c.place.end:group.start]
    if any(x.has("qualifier") for x in between) and all(x.kind == "DE" or x.has("qualifier") for x in between):
        g.role = "locative"
        return GO_ON
    return None


@construction("place")
def place(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "locative":
        return None
    c.place = g.group
    return DONE


@construction("en.mediator_after", needs=("mediator",))
def mediator_after(r: Reader, name: str, c: Clause, g: GroupRead):
    """``IL-1 promotes osteoclast differentiation via RANKL``: a mediator after the
    target is the mediator of the claim just stated (SPEC 1: A → C, B recorded)."""
    if g.role != "mediator" or r.last is None or c.last_trigger is not r.last.trigger:
        return None
    mediator = g.group.args[0].found.concept.id
    stated = []
    for t in r.last.triples:
        new = replace(t, mediator_id=mediator, steps=t.steps + (name,)) if t.mediator_id is None and t.target_id != mediator else t
        if t in r.triples:
            r.triples[r.triples.index(t)] = new
        stated.append(new)
    r.last.triples = stated
    return GO_ON


@construction("mediator", needs=("mediator",))
def mediator(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "mediator":
        return None
    c.mediators.extend(g.group.args)
    return DONE


@construction("marked_target", needs=("target",))
def marked_target(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "target":
        return None
    c.target_pre = g.group
    return DONE


@construction("passive_agent", needs=("passive",))
def passive_agent(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "passive":
        return None
    c.passive_agent = g.group
    return DONE


@construction("partner", needs=("with|with_its",))
def partner(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "partner":
        return None
    c.partner = g.group
    return DONE


@construction("instrument_subject", needs=("instrument",))
def instrument_subject(r: Reader, name: str, c: Clause, g: GroupRead):
    if g.role != "instrument":
        return None
    c.subject = g.group.with_step(name)
    return DONE


def _may_be_subject(c: Clause, g: GroupRead) -> bool:
    """No role, nothing before it that says the clause has its subject or verb; not names
    that only say between what something happens (``脂肪细胞与乳腺癌细胞之间的相互作用…，
    这促进了…``, ``破骨细胞和成骨细胞活动间的不平衡…导致…``: neither what acts nor what a later
    这 stands for)."""
    group, items, k = g.group, c.items, g.group.end
    # ``A 和 B 活动间的不平衡``: one plain word (their activity) may stand before 之间/间
    between = k < len(items) and (items[k].has("between") or k + 1 < len(items) and items[k].kind in ("VERB", "WORD")
                                  and items[k + 1].has("between"))
    # ``并将 X 呈递给…`` (the 把 construction, disposal of words.tsv): X is handled, it does not act
    handled = group.start > 0 and items[group.start - 1].is_a("disposal")
    # ``A 生成的过程始于…``: A owns the head noun, a process (process_head of words.tsv), which is the subject
    owned = k + 1 < len(items) and items[k].kind == "DE" and items[k + 1].is_a("process_head")
    # ``通过细胞-细胞接触``: a name after a hyphen that joins it to the group before is the
    # second half of one compound, not a new subject
    joined = group.start > 1 and items[group.start - 1].is_a("hyphen") and items[group.start - 2].kind == "ENT"
    return g.role is None and c.last_trigger is None and c.subject is None and not c.seen_verb \
        and not c.pronoun and not between and not handled and not owned and not joined and not _listed(items, group.start)


def _listed(items: list[Item], k: int) -> bool:
    """``在自身免疫性疾病、器官移植免疫耐受、抗肿瘤免疫及过敏性疾病中``: a group after a list mark (、), a plain
    word or two between, is a further member of the list before the mark, whatever role that list has; after
    等 (``对树突细胞、巨噬细胞等免疫细胞具有调节作用``) it is the class the list's examples stand for. Neither a
    list mark nor 等 opens a clause, so the group is no subject."""
    j = k - 1
    while j >= 0 and k - j <= 2 and items[j].kind == "WORD" and not items[j].cues:
        j -= 1
    return j >= 0 and (items[j].kind == "LIST" or items[j].has("etc"))


@construction("zh.adjunct_group")
def adjunct_group(r: Reader, name: str, c: Clause, g: GroupRead):
    """``PV 中仍有…问题``, ``绝经后雌激素缺乏导致…``, ``IL-6 缺乏时…``: a group that a
    postposition of place or time (locative_end, time_end of words.tsv) closes, no 在
    before it, with more of the clause after: where or when, not what acts; a group after
    it may still be the subject."""
    k = g.group.end
    if not _may_be_subject(c, g) or k + 1 >= len(c.items):
        return None
    closer = c.items[k]
    if not (closer.kind == "LOC" or closer.is_a("time_end")) or closer.is_a("respect") or closer.is_a("surface"):
        return None
    if c.items[k + 1].kind == "SEP" and c.items[k + 1].is_a("clause_break"):
        return None
    return DONE


@construction("zh.verbal_process", needs=("clause_link",))
def verbal_process(r: Reader, name: str, c: Clause, g: GroupRead):
    """``NETs 可迅速移行至炎症部位，吞噬并杀灭病原体``: one process name (吞噬, phagocytosis) opening a later
    clause of a topic chain, right before 并 (a clause link that is also a conjunction: it joins predicates, not
    nouns) and a verb trigger: the process word is a verb said of the topic, coordinated with the trigger, not a
    subject; the chain's topic stays the subject."""
    group, items, k = g.group, c.items, g.group.end
    if not _may_be_subject(c, g) or r.sentence_subject is None or not r.sentence_subject.args \
            or len(group.args) != 1 or group.args[0].found.concept.type != "process" \
            or any(x.kind not in ("WORD", "CUE") for x in items[:group.start]) or k + 1 >= len(items):
        return None
    link = items[k]
    if not (link.kind == "CUE" and link.has("clause_link") and link.has("conj")) \
            or items[k + 1].kind != "TRIG" or items[k + 1].trigger.form != "verb":
        return None
    return DONE


@construction("zh.compared_with", needs=("contrast",))
def compared_with(r: Reader, name: str, c: Clause, g: GroupRead):
    """``IL-6 与 TNF-α 不同，它可以…`` / ``A 与 B 相比，…``: a group A 与 B right before a contrast word
    (contrast of words.tsv: 不同, 相比): B is only what A is compared with; A alone is the subject, and the
    clauses after it are about A."""
    group, items, k = g.group, c.items, g.group.end
    if g.role is not None or not group.joined_by_with or k >= len(items) or not items[k].is_a("contrast"):
        return None
    link = next((x for x in items[group.start:group.end] if x.is_a("with")), None)
    if link is None:
        return None
    own = [a for a in group.args if a.found.cstart < link.start]
    if not own or len(own) == len(group.args):
        return None
    g.group = replace(group, args=tuple(own), joined_by_with=False).with_step(name)
    return GO_ON


def compared_away(items: list[Item], found) -> bool:
    """The name ``found`` stands after 与 in a group that a contrast word closes (``IL-6 与 TNF-α 不同``):
    only what the subject is compared with, no rival for a pronoun after it (zh.compared_with)."""
    k = next((m for m, x in enumerate(items) if x.kind == "ENT" and x.found is found), None)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and (items[j].kind in ("ENT", "LIST") or is_conj(items[j])) and not items[j].is_a("with"):
        j -= 1
    m = k + 1
    while m < len(items) and (items[m].kind in ("ENT", "LIST") or is_conj(items[m])):
        m += 1
    return j >= 1 and items[j].is_a("with") and items[j - 1].kind == "ENT" and m < len(items) \
        and items[m].is_a("contrast")


@construction("qualifier_head", needs=("qualifier", "DE"))
def qualifier_head(r: Reader, name: str, c: Clause, g: GroupRead):
    k = g.group.end
    if _may_be_subject(c, g) and k + 2 < len(c.items) and c.items[k].has("qualifier") \
            and c.items[k + 1].kind == "DE" and c.items[k + 2].kind == "ENT":
        return DONE
    return None


@construction("subject")
def subject(r: Reader, name: str, c: Clause, g: GroupRead):
    if not _may_be_subject(c, g):
        return None
    c.subject, g.subject = g.group, True
    return GO_ON


@construction("determiner_phrase", needs=("determiner",))
def determiner_phrase(r: Reader, name: str, c: Clause, g: GroupRead):
    """``上述细胞因子``, ``两种细胞因子``, ``该细胞因子``: a determiner (cue ``determiner``)
    right before a class name makes a noun phrase that names what an earlier clause of the
    sentence, or else the paragraph's last sentence, was about, where those fit the class;
    a singular determiner (not also ``plural``) needs exactly one. With none, the class name
    stays as written (这些细胞因子: cytokines)."""
    group, k = g.group, g.group.start
    if not g.subject or k == 0 or not c.items[k - 1].has("determiner") or len(group.args) != 1:
        return None
    head = group.args[0].found.concept
    if head.type == "cell" and head.id in r.data.class_words:
        fits = frozenset({"cell"})
    elif head.type == "family":
        fits = MOLECULE_TYPES
    else:
        return None  # ``这些成骨细胞``: a name, not a class
    det = c.items[k - 1]
    if r.sentence_subject is None and head.id in r.topics_named:
        # ``某些细胞因子（如 IL-2、IL-12 等）可以…。因此，将这些细胞因子用于…``: the paragraph
        # named the class itself before; its members are examples, the phrase names the class
        return None
    referent = [f for f in plural_referent(r, fits) if f.concept.id != head.id]
    if not referent or (not det.has("plural") and len({f.concept.id for f in referent}) != 1):
        return None
    phrase = Item("ENT", det.start, c.items[k].end, det.text + c.items[k].text)
    c.subject = Group(group.start, group.end, tuple(Arg(at(r, f, phrase, name), group.args[0].aspect)
                                                    for f in referent), pronoun=True)
    return GO_ON


@construction("combination", needs=("combination",))
def combination(r: Reader, name: str, c: Clause, g: GroupRead):
    group = g.group
    if not g.subject or not (group.end < len(c.items) and c.items[group.end].has("combination")):
        return None
    # ``ATO 和 5-FU/顺铂联合治疗显著增强了…``: a combination acts as its first name, the
    # drug the others are combined with
    first = group.args[0].found.concept.id
    c.subject = group.replaced(a for a in group.args if a.found.concept.id == first).with_step(name)
    return GO_ON


# --- at a trigger word, before its claim (stage ``trigger``) -------------------

@construction("zh.prefix_as_object", needs=("form=prefix",))
def prefix_as_object(r: Reader, name: str, c: Clause, i: int):
    """``阻断…破骨细胞分化和促骨吸收活性`` / ``增强了这种促肿瘤活性``: the prefixed phrase
    at ``i`` is the object of a trigger verb before it (the nearest verb of the
    clause is a trigger, not 具有/有着), so it states no effect of the subject."""
    if c.items[i].trigger.form != "prefix":
        return None
    for x in reversed(c.items[:i]):
        if x.kind == "TRIG" and x.trigger.form == "verb":
            return i + 1
        if x.kind == "VERB":
            return None
    return None


def _effect_word(it: Item) -> bool:
    """作用/活性/特性 after a prefixed name, or a role word."""
    return it.is_a("effect_word") or (it.kind == "TRIG" and it.trigger.form == "role")


@construction("zh.prefix", needs=("form=prefix",))
def prefix(r: Reader, name: str, c: Clause, i: int):
    items = c.items
    if items[i].trigger.form != "prefix" or not (i + 2 < len(items) and items[i + 1].kind == "ENT"
                                                 and _effect_word(items[i + 2])):
        return None
    factors = factors_of(r, c)
    target = read_group(items, i + 1, r.lang)
    if factors and target is not None:
        emit(r, factors, without_effect_noun(prefixed_args(items, target), items[i + 2]), items[i],
             c.negated, c.hedged, [], How(name))
    return i + 3


@construction("zh.prefix_list", needs=("form=prefix",))
def prefix_list(r: Reader, name: str, c: Clause, i: int):
    """``具有抗炎和抗凋亡的作用``: prefixed names joined by 和/、, then 的 and the effect word."""
    items = c.items
    if items[i].trigger.form != "prefix":
        return None
    groups, k = [], i
    while k + 1 < len(items) and items[k + 1].kind == "ENT":
        group = read_group(items, k + 1, r.lang)
        if group is None:
            return None
        groups.append((items[k], group))  # each name with its own prefix (促炎和抗炎)
        m = group.end
        if m + 1 < len(items) and is_conj(items[m]) and items[m + 1].kind == "TRIG" \
                and items[m + 1].trigger.form == "prefix":
            k = m + 1
            continue
        if not (len(groups) > 1 or (m < len(items) and items[m].kind == "DE")):
            return None
        m += m < len(items) and items[m].kind == "DE"
        if not (m < len(items) and _effect_word(items[m])):
            return None
        factors = factors_of(r, c)
        if factors:
            for word, g in groups:
                emit(r, factors, prefixed_args(items, g), word, c.negated, c.hedged, [], How(name))
        return m + 1
    return None


@construction("zh.prefix_word", needs=("form=prefix",))
def prefix_word(r: Reader, name: str, c: Clause, i: int):
    return i + 1 if c.items[i].trigger.form == "prefix" else None  # part of a word


def _nominal_of(r: Reader, c: Clause, i: int) -> Group | None:
    """``The binding of RANKL…``: a noun trigger before any subject, then of and a group:
    that group; None otherwise."""
    items, it = c.items, c.items[i]
    if it.trigger.form not in ("noun", "role") or c.subject is not None or c.last_trigger is not None \
            or i + 2 >= len(items) or items[i + 1].kind != "DE" or items[i + 2].kind not in ("ENT", "ASP"):
        return None
    return read_group(items, i + 2, r.lang)


def _after_articles(items: list[Item], k: int) -> int:
    while k < len(items) and items[k].kind == "WORD" and items[k].is_a("article"):
        k += 1
    return k


def _group_within(r: Reader, items: list[Item], k: int) -> Group | None:
    """The group that starts within three items after ``k``."""
    j = next((m for m in range(k + 1, min(k + 4, len(items))) if items[m].kind in ("ENT", "ASP")), None)
    return read_group(items, j, r.lang) if j is not None else None


@construction("en.nominal_partner")
def nominal_partner(r: Reader, name: str, c: Clause, i: int):
    """``The binding of RANKL to RANK promotes…``: RANKL binds RANK, and RANKL is the subject."""
    agent = _nominal_of(r, c, i)
    if agent is None:
        return None
    k = _after_articles(c.items, agent.end)
    partner = _group_within(r, c.items, k) if k < len(c.items) and c.items[k].is_a("nominal_partner") else None
    if partner is None:
        return None
    c.subject = agent
    emit(r, agent.args, partner.args, c.items[i], c.negated, c.hedged, [], How(name))
    return partner.end


@construction("en.nominal_agent")
def nominal_agent(r: Reader, name: str, c: Clause, i: int):
    """``the inhibition of STAT3 by Stattic reduces…``: the named agent acts (SPEC 1)."""
    agent = _nominal_of(r, c, i)
    if agent is None:
        return None
    k = _after_articles(c.items, agent.end)
    by = _group_within(r, c.items, k) if k < len(c.items) and c.items[k].is_a("by") else None
    if by is None:
        return None
    emit(r, by.args, agent.args, c.items[i], c.negated, c.hedged, [], How(name))
    c.subject = by
    return by.end


@construction("en.nominal_knockdown")
def nominal_knockdown(r: Reader, name: str, c: Clause, i: int):
    """``Blockade of LIF slowed…`` / ``Inhibition of STAT3 reduces…``: what is blocked
    acts, its polarity turned round (SPEC 1)."""
    agent = _nominal_of(r, c, i) if c.items[i].has("knockdown") else None
    if agent is None:
        return None
    c.subject = agent.replaced(Arg(a.found, a.aspect, not a.knocked_down) for a in agent.args).with_step(name)
    return agent.end


@construction("en.nominal_subject")
def nominal_subject(r: Reader, name: str, c: Clause, i: int):
    agent = _nominal_of(r, c, i)
    if agent is None:
        return None
    c.subject = agent
    return agent.end


def _change_of_subject(c: Clause, i: int) -> bool:
    """The trigger at ``i`` names a change of the subject itself: only 的 or aspect words
    between them, and no name after it before the next trigger (``Stattic 减少了 X`` is
    transitive)."""
    if c.subject is None or c.last_trigger is not None:
        return False
    gap = c.items[c.subject.end:i]
    after = [x for x in c.items[i + 1:] if x.kind != "WORD"]
    return all(x.kind in ("DE", "ASP") for x in gap) and not (after and after[0].kind != "TRIG")


@construction("zh.inhibition_subject")
def inhibition_subject(r: Reader, name: str, c: Clause, i: int):
    """``抑制 NLRP3 炎症小体的活化可减轻关节炎症`` / ``干预 X 从而抑制 Y``: a clause that opens with
    a verb of the negative direction and its object, then (a modal and) another verb: the
    verb phrase is the subject (inhibiting X does it), so X is knocked down and acts, turned
    round (as after 阻断, knockdown_carrier)."""
    items, it = c.items, c.items[i]
    if it.trigger.form != "verb" or it.trigger.polarity >= 0 or c.subject is not None \
            or c.last_trigger is not None or c.seen_verb or c.pending is not None \
            or any(x.kind in ("ENT", "ASP", "TRIG") for x in items[:i]) or i + 1 >= len(items):
        return None
    group = read_group(items, i + 1, r.lang)
    if group is None or items[i + 1].kind != "ENT":
        return None
    k = group.end
    while k < len(items) and (items[k].kind == "VERB" or items[k].kind == "WORD" and len(items[k].text) <= 2):
        k += 1  # 可, 可以, 能够, 从而
    if k == group.end or k >= len(items) or items[k].kind != "TRIG" or items[k].trigger.form != "verb":
        return None
    c.pending, c.pending_at = "knockdown", i
    return i + 1


@construction("zh.means_list")
def means_list(r: Reader, name: str, c: Clause, i: int):
    """``中医药可通过抑制炎症因子、维持免疫细胞平衡、调节 IL-17 细胞和 IL-23/IL-17 轴平衡，从而…``:
    verbs listed (、, 和, 及, 并) inside one 通过 phrase are means side by side, each of the
    subject's own; none is the main verb the earlier ones mediate."""
    if c.in_mediator or not c.mediators or i == 0 \
            or not (c.items[i - 1].is_a("list_mark") or c.items[i - 1].has("conj")):
        return None
    for x in reversed(c.items[:i - 1]):
        if x.kind == "CUE" and x.has("mediator"):
            c.in_mediator = True  # read as the first means verb was: its targets mediate what follows
            return GO_ON
        if not (x.kind in ("ENT", "ASP", "TRIG", "DE", "LIST", "WORD") or x.kind == "CUE" and x.has("conj")):
            return None
    return None


@construction("subject_raised", needs=("raised",))
def subject_raised(r: Reader, name: str, c: Clause, i: int):
    if c.items[i].has("raised") and _change_of_subject(c, i):
        return i + 1  # ``BMSC 中 UBE2O 上调，促进了…``: the subject's own rise; it acts as itself
    return None


@construction("subject_knockdown", needs=("knockdown",))
def subject_knockdown(r: Reader, name: str, c: Clause, i: int):
    if not (c.items[i].has("knockdown") and _change_of_subject(c, i)):
        return None
    # ``LIFR 沉默和 Mcl-1 阻断恢复了…``: the knock-down word after the last name
    # knocks that name down; a name knocked down by its own word stays knocked down
    c.subject = c.subject.replaced(Arg(a.found, a.aspect, True) for a in c.subject.args).with_step(name)
    return i + 1


@construction("en.possessive_knockdown")
def possessive_knockdown(r: Reader, name: str, c: Clause, i: int):
    """``the JAK2/STAT3 pathway is constitutively activated and its inhibition leads to CLL cell
    death``: a knock-down noun owned by a pronoun (its) is the subject's own knock-down; the
    subject acts on what the next trigger names, its polarity turned round."""
    items = c.items
    held = c.subject or r.sentence_subject
    if not items[i].has("knockdown") or i == 0 or not items[i - 1].has("pronoun") or held is None \
            or not trigger_follows(items, i + 1):
        return None
    c.subject = held.replaced(Arg(a.found, a.aspect, not a.knocked_down) for a in held.args).with_step(name)
    c.last_trigger, c.negated, c.pending = None, False, None
    return i + 1
