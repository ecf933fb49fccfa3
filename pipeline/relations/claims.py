"""The claim of a trigger word (stage ``claim``), first part: constructions that read the
whole claim at once, the steps that change its effect, and the constructions that find
its factor and target (the ``frame``: active, relative, passive, nominal, role…).

``read_claim`` finds the trigger's object (``objects.py``) and walks the claim records in
order over one ``Claim``. A construction that fills a slot records itself: the last one
to name the claim is its ``rule``, the others its ``steps``. ``frames.py`` (and ``filters.py``) hold the rest
of the walk: constructions that end the claim another way, the filters that reject it,
and the one that states it.
"""
from __future__ import annotations

from .data import EFFECTS, INVERSE, PLURAL_TYPES
from .emit import emit
from .engine import GO_ON, Miss, construction, run
from .groups import Arg, Group, group_before, read_group
from .items import Item, de_follows, effect_noun_owned, is_conj, modifier, next_element, passive_cue_before
from .objects import find_object, head_after_participle
from .state import Claim, Clause, Emitted, How, Reader, factors_and_steps, is_generic_cell


def read_claim(r: Reader, c: Clause, i: int) -> int:
    """Read the claim of the trigger at item ``i`` of the clause; the index where reading goes on."""
    target, after = find_object(r, c.items, i)
    q = Claim(c, i, target, after, c.items[i].trigger.effect)
    q.hyphenated = i > 0 and c.items[i - 1].is_a("hyphen")  # ``IL-1-induced``
    # ``A 诱导的 B`` / ``A-induced B``: the name right before the trigger.
    q.relative = q.trig.form == "modifier" or q.hyphenated or de_follows(c.items, i) or \
        (r.lang == "en" and participle_after_name(c.items, i) and head_after_participle(c.items, i) is not None)
    q.association = q.trig.form == "role" and q.it.has("no_claim")
    out = run(r, "claim", q.it, q)
    return out if out is not None else q.after


def participle_after_name(clause: list[Item], i: int) -> bool:
    """``bone formation mediated by osteoblasts``: a participle right after a name."""
    return i > 0 and clause[i - 1].kind in ("ENT", "ASP") and clause[i].is_a("past_ending")


# --- constructions that read the whole claim -------------------------------------

@construction("respect_of_role", needs=("respect_open",))
def respect_of_role(r: Reader, name: str, q: Claim):
    """``在肿瘤生长、迁移、维持干细胞干性等方面发挥重要作用``: the trigger only names one
    of the respects listed; the role word after 方面 states the claim (no direction), unless
    the trigger opens the phrase right after 在 (``在促进组织再生、黏膜愈合方面起作用``): then
    it says what the role does to every respect listed, and the role takes its effect (a later
    trigger of the other direction among them: ``在抑制 B、维持 C 方面``, no one direction)."""
    if q.trig.form == "role" or not _in_respect_of_role(q.items, q.i):
        return None
    c = q.c
    if q.i > 0 and q.items[q.i - 1].is_a("respect_open") and q.trig.effect != "binds":
        c.respect_effect = q.trig.effect
    elif c.respect_effect is not None and EFFECTS[q.trig.effect] != EFFECTS[c.respect_effect]:
        c.respect_effect = "regulates"
    if q.target is not None:
        c.place = c.place.replaced(c.place.args + q.target.args) if c.place is not None else q.target
    return q.after


def _in_respect_of_role(items: list[Item], i: int) -> bool:
    """Item ``i`` lies in a respect phrase (``在 … 方面``) that a role word follows
    (``等方面发挥重要作用``, ``方面均可起着关键作用``): 在 before it, 方面 after it with
    only names, aspects, lists and other triggers between, then only plain words and
    verbs up to the role word."""
    opener = next((k for k in range(i - 1, -1, -1) if items[k].has("locative") or items[k].kind == "LOC"), None)
    if opener is None or items[opener].kind == "LOC" or not items[opener].is_a("respect_open"):
        return False
    close = next((k for k in range(i + 1, len(items)) if items[k].kind == "LOC"), None)
    if close is None or not items[close].is_a("respect") or any(
            x.kind in ("VERB", "SEP") or x.has("mediator") for x in items[opener + 1:close]):
        return False
    for x in items[close + 1:]:
        if x.kind == "TRIG":
            return x.trigger.form == "role"
        if x.kind not in ("WORD", "VERB", "CUE"):
            return False
    return False


@construction("en.role_topic")
def role_topic(r: Reader, name: str, q: Claim):
    """``the pathological roles of different cytokines in bone-related diseases``: a role
    named as a topic; only a verb (``A plays a role in B``) states one."""
    if q.trig.form == "role" and q.i + 1 < len(q.items) and q.items[q.i + 1].kind == "DE":
        return q.after
    return None


@construction("zh.response", needs=("form=response",))
def response(r: Reader, name: str, q: Claim):
    """``痛风、…等常见疾病也对 IL-1β中和有反应``: X responds to A: A, after 对, acts on X."""
    if q.trig.form != "response":
        return None
    c = q.c
    held = c.subject or r.sentence_subject
    if c.target_pre is not None and held is not None:
        emit(r, c.target_pre.args, held.args, q.it, c.negated, c.hedged, [], How(name))
    return q.after


@construction("zh.result", needs=("form=result",))
def result(r: Reader, name: str, q: Claim):
    """``髋部骨折是骨质疏松症最严重的后果``: A 是 B (的) + a result noun (form ``result``: 后果) ending the
    clause: B, the owner after the copula, causes the subject A. (并发症, a complication of B, only classes A:
    no trigger, as the team's gold reads it.)"""
    if q.trig.form != "result":
        return None
    c, items = q.c, q.items
    if c.subject is None:
        return q.after
    copula = next((m for m in range(c.subject.end, q.i) if items[m].kind == "VERB" and items[m].is_a("copula")), None)
    j = next((m for m in range(copula + 1, q.i) if items[m].kind == "ENT"), None) if copula is not None else None
    owner = read_group(items, j, r.lang) if j is not None else None
    if owner is not None and not any(x.kind in ("TRIG", "ENT") or x.is_a("copula") for x in items[owner.end:q.i]):
        emit(r, owner.args, c.subject.args, q.it, c.negated, c.hedged, [], How(name))
    return q.after


@construction("zh.role_content", needs=("role_content",))
def role_content(r: Reader, name: str, q: Claim):
    """``炎症是一个复杂的过程，涉及…``: what a thing involves is no claim, unless the clause
    goes on from a role stated of the sentence's subject (``X 在 B 中的作用非常复杂，既涉及 Y``)."""
    if not q.it.has("role_content"):
        return None
    goes_on = q.c.subject is None and r.sentence_subject is not None and any(
        x.kind == "TRIG" and x.trigger.form == "role" and x.end <= q.it.start for x in r.items)
    return None if goes_on else q.after


@construction("zh.binding_object")
def binding_object(r: Reader, name: str, q: Claim):
    """``刺激 RANKL 与其受体 RANK 结合``: a verb whose object is a binding (A 与 B, then a
    binding word) acts on the binding, not on A and B: A binds B is stated."""
    items, target, after = q.items, q.target, q.after
    if target is None or not target.joined_by_with or len(target.args) < 2 or after >= len(items) \
            or items[after].kind != "TRIG" or items[after].trigger.effect != "binds" \
            or items[after].trigger.form != "verb":
        return None
    emit(r, target.args[:1], target.args[1:], items[after], q.c.negated, q.c.hedged, [], How(name))
    return after + 1


@construction("zh.relative_object")
def relative_object(r: Reader, name: str, q: Claim):
    """A verb whose object is a relative clause with no subject of its own: plain verbs
    (能够) if any, a second trigger verb, its object, 的, then a molecule or cell as the
    head (``诱导能够干扰 M-CSF 和 RANKL 产生的抗破骨细胞因子的合成``, ``调节促进间质胰岛素
    信号传导的 HNF1 的表达``). The first verb acts on the head; the head acts on the
    relative's object by the second verb; and where both verbs have a direction, the
    subject acts on that object with the two multiplied (IL-33 inhibits RANKL)."""
    found = _relative_clause(r, q.items, q.i)
    if found is None:
        return None
    t2, inner, head = found
    c, items = q.c, q.items
    trig, rel = items[q.i], items[t2]
    factors, steps = factors_and_steps(r, c)
    if factors:
        how = How(name, steps)
        emit(r, factors, head.args, trig, c.negated, c.hedged, list(c.mediators), how)
        product = EFFECTS[trig.trigger.effect] * EFFECTS[rel.trigger.effect]
        if product:
            emit(r, factors, inner.args, trig, c.negated, c.hedged, list(c.mediators), how,
                 "promotes" if product > 0 else "inhibits")
    agents = list({a.found.concept.id: Arg(a.found, None) for a in head.args}.values())
    emit(r, agents, inner.args, rel, False, c.hedged, [], How(name, voice="relative"))
    return head.end


def _relative_clause(r: Reader, items: list[Item], i: int) -> tuple[int, Group, Group] | None:
    """The second verb's index, the relative's object and its head (``relative_object``)."""
    if items[i].trigger.form != "verb":
        return None
    t2 = i + 1
    while t2 < len(items) and items[t2].kind == "VERB":
        t2 += 1
    if t2 >= len(items) or items[t2].kind != "TRIG" or items[t2].trigger.form != "verb":
        return None
    m = t2 + 1
    while m < len(items) and items[m].kind == "WORD" and modifier(items[m], r.lang):
        m += 1
    de = m
    while de < len(items) and (items[de].kind in ("ENT", "ASP", "LIST") or is_conj(items[de])):
        de += 1
    if m >= len(items) or items[m].kind != "ENT" or de + 1 >= len(items) or items[de].kind != "DE" \
            or items[de + 1].kind != "ENT":
        return None
    inner = read_group(items[:de], m, r.lang)  # the relative's object ends at its 的
    head = read_group(items, de + 1, r.lang)
    if inner is None or head is None or not all(a.found.concept.type in PLURAL_TYPES for a in head.args):
        return None  # ``诱导 TRAF3 的自噬降解``: a process after 的 is owned, no relative's head
    if all(is_generic_cell(r, a.found.concept) and a.aspect is not None for a in head.args):
        return None  # ``调控肝细胞的凋亡和增殖``: cells named only by an aspect after 的 are X's aspect, no head
    return t2, inner, head


@construction("zh.effect_object", needs=("target",))
def effect_object(r: Reader, name: str, q: Claim):
    """``X 抵消了 A 对 B 的促进作用``: A's effect on B is stated (A promotes B), and the verb's
    subject acts on B with the two directions multiplied (X inhibits B)."""
    items, it, c = q.items, q.it, q.c
    if it.trigger.form != "verb" or q.target is None or q.after >= len(items) or not items[q.after].has("target"):
        return None
    nxt = next_element(items, q.after + 1, r.lang)
    b = read_group(items, nxt, r.lang) if nxt is not None and items[nxt].kind == "ENT" else None
    if b is None or not effect_noun_owned(items, b.end, any_noun=True):
        return None
    noun = items[b.end + 1]
    factors, steps = factors_and_steps(r, c)
    emit(r, q.target.args, b.args, noun, c.negated, c.hedged, [], How(name))
    product = EFFECTS[it.trigger.effect] * EFFECTS[noun.trigger.effect]
    if factors:
        effect = "promotes" if product > 0 else "inhibits" if product < 0 else "regulates"
        emit(r, factors, b.args, it, c.negated, c.hedged, list(c.mediators), How(name, steps), effect)
    return b.end + 2


@construction("zh.copula_agent")
def copula_agent(r: Reader, name: str, q: Claim):
    """``骨髓增殖性肿瘤是一类由…造血细胞异常增殖引起的疾病`` / ``骨质疏松症是由破骨细胞的激活
    驱动的``: what 由 names causes the subject of 是; the head after 的 only classes it."""
    c = q.c
    agent = _copula_agent(c, q.i, r.lang) if q.trig.form == "verb" else None
    if agent is None:
        return None
    emit(r, agent.args, [Arg(a.found, None, a.knocked_down) for a in c.subject.args], q.it,
         c.negated, c.hedged, [], How(name))
    return q.after if q.target is not None and de_follows(q.items, q.i) else q.i + 1


def _copula_agent(c: Clause, i: int, lang: str) -> Group | None:
    """``Y 是(一类)由 X 引起的 Z`` / ``Y 是由 X 的激活驱动的``: the subject, the copula
    是 and plain words (一类), then 由 and names (with their places, aspects and
    modifiers) up to the trigger at ``i``: the agent group X, or None. The first
    name after 由 that no place word (中) closes is the agent."""
    items = c.items
    if c.subject is None or c.last_trigger is not None:
        return None
    cue = next((k for k in range(i - 1, c.subject.end - 1, -1)
                if items[k].kind == "CUE" and items[k].cues & {"origin", "passive"}), None)
    if cue is None or not any(x.kind == "VERB" and x.is_a("copula") for x in items[c.subject.end:cue]) \
            or any(x.kind not in ("VERB", "WORD") for x in items[c.subject.end:cue]):
        return None
    if any(x.kind in ("TRIG", "SEP", "CUE") or x.kind == "VERB" and x.is_a("copula") for x in items[cue + 1:i]):
        return None
    for k in range(cue + 1, i):
        if items[k].kind == "ENT" and not (k + 1 < i and items[k + 1].kind == "LOC"):
            group = read_group(items, k, lang)
            return group if group is not None and group.end <= i else None
    return None


# --- the construction a trigger's form names by default ---------------------------

@construction("zh.agent_word", needs=("form=agent",))
def agent_word(r: Reader, name: str, q: Claim):
    """``RANKL 及其生理抑制剂 OPG``: an agent word (抑制剂, 拮抗剂, 激动剂: a noun) between the
    subject and a name is no verb: the name after it is the agent, acting on the subject as
    the word says (zh.named_agent reads the word written right between them)."""
    if q.trig.form != "agent":
        return None
    if q.target is not None and q.c.subject is not None and q.c.subject.args:
        emit(r, q.target.args, [Arg(a.found, None, False) for a in q.c.subject.args], q.it, q.c.negated,
             q.c.hedged, [], How(name))
    return q.after


@construction("zh.active", "en.active")
def active(r: Reader, name: str, q: Claim):
    """``A 促进 B``: a trigger with its subject and its object (any trigger that is no noun,
    until a later construction names the claim otherwise)."""
    if q.trig.form == "noun":
        return None
    q.named(name)
    return GO_ON


@construction("zh.noun", "en.noun", needs=("form=noun",))
def noun(r: Reader, name: str, q: Claim):
    """``A 是 B 的配体``: a noun trigger; its target takes no default aspect."""
    if q.trig.form != "noun":
        return None
    q.named(name, aspects=False)
    return GO_ON


# --- steps that change the effect -------------------------------------------------

@construction("opposite_effects")
def opposite_effects(r: Reader, name: str, q: Claim):
    """``刺激或抑制`` / ``stimulate or inhibit``: opposite directions joined by a conjunction
    state no direction (regulates); with no object, no claim at all."""
    items, i, trig = q.items, q.i, q.trig
    for j in (i - 2, i + 2):
        if 0 <= j < len(items) and items[j].kind == "TRIG" and items[min(i, j) + 1].has("conj") \
                and items[j].trigger.polarity * trig.polarity < 0:
            if q.target is None:
                return i + 1
            q.effect = "regulates"
            q.steps.append(name)
            return GO_ON
    return None


@construction("zh.after_negative_verb")
def after_negative_verb(r: Reader, name: str, q: Claim):
    """``不利于支持 X`` / ``阻止激活 X``: a verb right after a verb of the negative
    direction (which has no object of its own) states the opposite of its effect."""
    before = q.items[q.i - 1] if q.i > 0 else None
    # ``LIFR 沉默和 Mcl-1 阻断恢复了…``: a knock-down word already read as the subject's own change
    # (subject_knockdown) turns the effect round once, as knockdown_reversed; not a second time here
    knocked = before is not None and before.has("knockdown") and q.c.subject is not None \
        and any(a.knocked_down for a in q.c.subject.args)
    if before is not None and before.kind == "TRIG" and before.trigger.form == "verb" and not knocked \
            and EFFECTS[before.trigger.effect] < 0 and EFFECTS[q.effect] != 0:
        q.effect = INVERSE[q.effect]
        q.steps.append(name)
        return GO_ON
    return None


@construction("zh.cause_opposite_changes")
def cause_opposite_changes(r: Reader, name: str, q: Claim):
    """``会引起 BAFF 因子的相对升高及降低``: a cause, then the object's own changes of opposite
    directions joined by a conjunction (plain words and 的 may stand before them): the cause
    changes the object with no one direction (regulates)."""
    trig, items = q.trig, q.items
    if trig.form != "verb" or trig.effect != "induces" or q.target is None:
        return None
    k = q.after
    while k < len(items) and (items[k].kind == "DE" or items[k].kind == "WORD"):
        k += 1
    if not (change_of_head(items, k) and k + 2 < len(items) and is_conj(items[k + 1])
            and change_of_head(items, k + 2)
            and items[k].trigger.polarity * items[k + 2].trigger.polarity < 0):
        return None
    q.effect, q.after = "regulates", k + 3
    q.steps.append(name)
    return GO_ON


@construction("zh.cause_then_change")
def cause_then_change(r: Reader, name: str, q: Claim):
    """``造成免疫耐受性破坏`` / ``导致 X 减少``: a cause, then the object's own change (a
    trigger with no object): the cause acts on the object as the change says."""
    trig, items = q.trig, q.items
    if trig.form == "verb" and trig.effect == "induces" and q.target is not None \
            and len({a.found.concept.id for a in q.target.args}) == 1 and change_of_head(items, q.after) \
            and items[q.after].trigger.form == "verb":
        q.effect = items[q.after].trigger.effect
        q.after += 1
        q.steps.append(name)
        return GO_ON
    return None


def change_of_head(items: list[Item], k: int) -> bool:
    """A trigger with a direction at ``k``, right after a name, that has no object of its own
    and heads no relative of its own (``细胞迁移抑制所必需的``, ``免疫耐受性破坏的原因``, not
    ``BMSC 诱导的耐药``): it names the name's change."""
    return k < len(items) and items[k].kind == "TRIG" and items[k].trigger.polarity != 0 \
        and items[k].trigger.form in ("verb", "noun") \
        and not (k + 1 < len(items) and items[k + 1].kind in ("ENT", "ASP")) \
        and not (k + 2 < len(items) and items[k + 1].kind == "DE" and items[k + 2].kind in ("ENT", "ASP"))


# --- relatives and passives ------------------------------------------------------

@construction("zh.relative_role_noun", needs=("form=noun|form=role", "DE"))
def relative_role_noun(r: Reader, name: str, q: Claim):
    """``起支持和调节作用的细胞``: the name after an effect noun and 的 is what has the
    effect, not its object; with no name before the noun, nothing is said to act on it."""
    items, i = q.items, q.i
    if q.relative and q.trig.form in ("noun", "role") and group_before(items, i, r.lang) is None \
            and i + 1 < len(items) and items[i + 1].kind == "DE":
        return q.after
    return None


def _before_relative(r: Reader, q: Claim) -> tuple[Group | None, bool]:
    """The group right before a relative trigger, and whether it is other than the subject."""
    before = group_before(q.items, q.i, r.lang) if q.relative else None
    c = q.c
    return before, before is not None and (c.subject is None or before.start != c.subject.start)


@construction("zh.relative", "en.relative")
def relative(r: Reader, name: str, q: Claim):
    """``A 诱导的 B`` / ``A-induced B``: A acts on B (the head after the relative)."""
    before, other = _before_relative(r, q)
    if not other:
        return Miss("no group right before the relative trigger, or it is the clause's subject") if q.relative \
            else None
    q.factors = list(before.args)
    q.named(name, voice="relative")
    return GO_ON


@construction("zh.relative_change")
def relative_change(r: Reader, name: str, q: Claim):
    """``TGF-β 介导的细胞迁移抑制``: the head is a change of the name (its inhibition); the
    relative states that change, its direction multiplied."""
    items = q.items
    if q.voice != "relative" or q.target is None or len({a.found.concept.id for a in q.target.args}) != 1 \
            or not change_of_head(items, q.after):
        return None
    q.effect = INVERSE[q.effect] if items[q.after].trigger.polarity < 0 else q.effect
    q.after += 1
    q.steps.append(name)
    return GO_ON


@construction("zh.relative_head", "en.relative_head")
def relative_head(r: Reader, name: str, q: Claim):
    """``IL-1-induced JAK-STAT signaling is antagonized by…`` / ``TGF-β 介导的 LIF 表达…导致
    p21 的转录激活``: A acts on B, and the head noun B, not the modifier, is what the
    clause is about."""
    before, other = _before_relative(r, q)
    c = q.c
    if before is None or other or q.target is None or c.last_trigger is not None or not (
            q.hyphenated or r.lang == "zh" and any(x.kind == "TRIG" and x.trigger.form == "verb"
                                                   for x in q.items[q.after:])):
        return None
    emit(r, before.args, q.target.args, q.it, c.negated, c.hedged, [], How(name, voice="relative"))
    c.subject = q.target.with_step(name)
    c.modifier_only = True
    return q.after


@construction("en.passive_by")
def passive_by(r: Reader, name: str, q: Claim):
    """``B is inhibited by A`` / ``B mediated by A``: the agent after by acts on B."""
    items, i, c = q.items, q.i, q.c
    if not ((q.trig.form == "modifier" or after_be(items, i) or participle_after_name(items, i))
            and any(it.is_a("by") for it in items[i + 1:i + 3])):
        return None
    agent = _by_agent(r, items, i)
    before = group_before(items, i, r.lang) or c.subject
    if before is not None and participle_after_name(items, i):
        before = before.replaced(before.args[-1:])  # ``A and B mediated by C``: the participle is B's alone
    if agent is not None and before is not None:
        emit(r, agent.args, before.args, q.it, c.negated, c.hedged, [], How(name, voice="passive"), q.effect)
    return _past_group(r, items, i)


def after_be(clause: list[Item], i: int) -> bool:
    """``is antagonized``: a participle after a form of *be* (adverbs between)."""
    k = i - 1
    while k >= 0 and clause[k].is_a("adverb_ending"):
        k -= 1
    return k >= 0 and clause[k].is_a("be") and clause[i].is_a("be_participle_ending")


def _by_agent(r: Reader, clause: list[Item], i: int) -> Group | None:
    """The group after ``by``; a last conjunct that a participle follows
    belongs to the next phrase (``by osteoblasts and bone resorption mediated by``)."""
    for j in range(i + 1, min(i + 4, len(clause))):
        if clause[j].is_a("by"):
            for k in range(j + 1, min(j + 4, len(clause))):
                if clause[k].kind in ("ENT", "ASP"):
                    group = read_group(clause, k, r.lang)
                    if group and len(group.args) > 1 and group.end < len(clause) \
                            and clause[group.end].kind == "TRIG":
                        group = group.replaced(group.args[:-1])
                    return group
    return None


def _past_group(r: Reader, clause: list[Item], i: int) -> int:
    agent = None
    for j in range(i + 1, min(i + 6, len(clause))):
        if clause[j].kind in ("ENT", "ASP"):
            agent = read_group(clause, j, r.lang)
            break
    return agent.end if agent else i + 1


@construction("en.passive_no_agent")
def passive_no_agent_en(r: Reader, name: str, q: Claim):
    """``Pinch-1 was up-regulated in leukemia BMSC``: a passive that names no agent; the
    subject is what is acted on, the group after it a place (an example list after the
    clause may name the agents)."""
    c = q.c
    if q.factors is not None or not after_be(q.items, q.i):
        return None
    r.last = Emitted(q.it, [], How(name, voice="passive"), [], c.negated, c.hedged, list(c.mediators),
                     c.items[-1].end, list(c.subject.args) if c.subject else [])
    return q.after


@construction("zh.passive")
def passive(r: Reader, name: str, q: Claim):
    """``B 被 A 抑制`` / ``B 受 A 调控``: the agent after 被/受 acts on B (the subject, or the
    head right before 被 after a relative clause, or the sentence's subject in a clause
    that goes on with it)."""
    c, items = q.c, q.items
    if q.factors is not None or c.passive_agent is None:
        return None
    q.factors = list(c.passive_agent.args)
    q.named(name, voice="passive")
    cue = passive_cue_before(items, c.passive_agent.start)
    if q.target is None and c.subject is not None:
        q.target = c.subject
        patient = group_before(items, cue, r.lang) if cue > c.subject.end else None
        if patient is not None and patient.start > c.subject.start and items[patient.start - 1].kind == "DE":
            q.target = patient  # ``使用 T 细胞转染的癌症免疫疗法诱导的细胞因子风暴被托珠单抗所抵消``
    elif q.target is None and r.sentence_subject is not None and not any(
            x.kind == "WORD" and x.pos[:1] in ("n", "r") for x in _outside_places(items[:cue])):
        # ``LIF 在 HCC 组织中升高，并在 HCC 细胞中被 SM 下调``: a clause that goes on with the
        # sentence's subject says what is done to it; one with a subject of its own that names
        # nothing known (``该基因可以被…阻断``) does not. A noun inside a place phrase is no
        # subject (``MSC 作为…前体细胞，在分化的过程中受 Wnt 信号通路的调节``)
        q.target = r.sentence_subject
    return GO_ON


def _outside_places(items: list[Item]) -> list[Item]:
    """The items not inside a place phrase (在 … 中/内/过程中: from a locative cue to the postposition closing it)."""
    out, inside = [], False
    for x in items:
        if x.kind == "CUE" and x.has("locative"):
            inside = True
        elif inside and x.kind == "LOC":
            inside = False
        elif not inside:
            out.append(x)
    return out


@construction("zh.passive_by_cause")
def passive_by_cause(r: Reader, name: str, q: Claim):
    """``B 在 A 的作用下被活化`` / ``B 因 A 的刺激而被激活``: a passive with nothing between 被 and
    the verb, its agent named right before 被 by a condition (在 A 的作用下) or a cause (因 A 的
    刺激而): A acts on B, the subject, as the verb after 被 says."""
    c, items = q.c, q.items
    if q.factors is not None or c.passive_agent is not None or q.target is not None or q.trig.form != "verb" \
            or q.i == 0 or not items[q.i - 1].has("passive"):
        return None
    held = c.subject or r.sentence_subject
    agent = _cause_before_passive(r, items, q.i - 1, held) if held is not None and held.args else None
    if not agent:
        return None
    emit(r, agent, [Arg(a.found, a.aspect, a.knocked_down) for a in held.args], q.it, c.negated, c.hedged, [],
         How(name, voice="passive"))
    return q.after


def _cause_before_passive(r: Reader, items: list[Item], k: int, held: Group) -> tuple:
    """The agents named right before the passive cue at ``k`` (a 而 between them aside): the
    condition that a condition cue (作用下) closes there, or the owner of a trigger word after
    a cause word (因 A 的刺激): its args, after the subject ``held``; () if none."""
    j = k - 1
    if j >= 0 and items[j].kind == "WORD" and items[j].is_a("cause_close"):
        j -= 1
    if j < 1:
        return ()
    after = max(a.found.cend for a in held.args)
    if items[j].has("condition") and r.condition is not None and r.condition.end_offset == items[j].end:
        agent = r.condition.args
    elif items[j].kind == "TRIG" and items[j - 1].kind == "DE":
        agent = _cause_names(items, j - 1)
    else:
        return ()
    return tuple(a for a in agent if a.found.cstart >= after)


def _cause_names(items: list[Item], de: int) -> tuple:
    """``因一些细胞因子、脂多糖等的刺激``: the names of the list between a cause word and the 的
    at ``de`` (words the dictionary does not know among them aside); () if no cause word opens it."""
    for m in range(de - 1, -1, -1):
        it = items[m]
        if it.kind == "WORD" and it.is_a("cause_open"):
            return tuple(Arg(x.found, None, False) for x in items[m + 1:de] if x.kind == "ENT")
        if it.kind not in ("ENT", "WORD", "LIST") and not it.has("etc") and not is_conj(it):
            return ()
    return ()


@construction("zh.passive_no_agent")
def passive_no_agent(r: Reader, name: str, q: Claim):
    """``IL-8 的表达受多种刺激的调节，包括 TNF-α…``: a passive that names no agent; the
    subject is what is acted on, and an example list after the clause may name the agents."""
    c = q.c
    if q.factors is not None or c.passive_agent is not None or not c.passive_cue or q.target is not None \
            or c.subject is None:
        return None
    r.last = Emitted(q.it, [], How(name, voice="passive"), [], c.negated, c.hedged, list(c.mediators),
                     c.items[-1].end, list(c.subject.args))
    return q.after
