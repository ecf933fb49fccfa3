"""Constructions read at a cue word (stage ``cue``), at a plain verb (``verb``) and at an
aspect word that may be a verb (``word``).

A cue word (``cues.tsv``) says something of its clause: that the claim is negated or
hedged, that a pronoun or demonstrative holds the subject's place, that the next group
has a role (agent after 被, mediator after 通过, target after 对, place after 在, examples
after 如), that a reporting verb opens a new claim. Each handler is one construction
record of ``constructions.tsv``; the engine tries them in the records' order.
"""
from __future__ import annotations

from .data import PLURAL_TYPES, Trigger
from .emit import emit
from .engine import DONE, GO_ON, Miss, construction
from .groups import Arg, Group, group_before, read_group
from .items import Item, is_conj, next_element
from .subjects import compared_away
from .state import Clause, Condition, How, Reader, at, factors_of, inside_place, is_class_word, molecules_before, \
    plural_referent, referent_in_sentence

_ROLE_CUES = ("example", "passive", "mediator", "target", "locative")


def _opens(c: Clause) -> bool:
    """No subject and no trigger yet in the clause."""
    return c.subject is None and c.last_trigger is None


@construction("condition_cue", needs=("condition",))
def condition_cue(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not it.has("condition") or r.condition is not None:
        return None
    k = i - 1 if i > 0 and c.items[i - 1].kind == "DE" else i  # ``在 TNF-α 的作用下``: the owner before 的
    before = group_before(c.items, k, r.lang)
    if before is None:
        return None
    r.condition = Condition(before.args, it.end)
    return GO_ON


@construction("report_inside", needs=("report",))
def report_inside(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.has("report") and c.subject is not None and c.last_trigger is None \
            and _no_group_before_trigger(c.items, i + 1):
        return DONE
    return None


def _no_group_before_trigger(items: list[Item], j: int) -> bool:
    """A trigger comes next, with no name or aspect before it."""
    for x in items[j:]:
        if x.kind == "TRIG":
            return True
        if x.kind in ("ENT", "ASP", "SEP") or x.has("pronoun") or x.has("demonstrative") or x.is_a("complementizer"):
            return False  # a new subject: ``revealed that it plays…``
    return False


@construction("zh.report_modifier", needs=("report", "DE"))
def report_modifier(r: Reader, name: str, c: Clause, it: Item, i: int):
    """``是近年来发现的一种重要的细胞因子``: a reporting verb right before 的 modifies the noun
    after it (the factor discovered in recent years); so does one right before 于 (found_in:
    ``肥大细胞发现于 1878 年``, discovered in): it opens no claim, and the clause keeps its subject."""
    if it.has("report") and i + 1 < len(c.items) and (c.items[i + 1].kind == "DE" or c.items[i + 1].is_a("found_in")):
        return DONE
    return None


@construction("report", needs=("report",))
def report(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not it.has("report"):
        return None
    # ``尚无证据表明 X 可抑制 Y`` / ``未发现 X 促进 Y``: a report negated before it negates what it reports
    negated = c.negated and c.last_trigger is None
    c.subject, c.seen_verb, c.pending, c.place, c.target_pre = None, False, None, None, None
    c.last_trigger, c.pronoun, c.negated = None, False, negated
    # ``…促进了干细胞的形成，此外，结果表明，激活 X 可以增加 Y``: the reported claim has its own
    # subject; the topic of the clauses before the report does not go on into it. A passive report
    # (``X 是一种化合物，已被证实具有…``) is said of the topic, which goes on.
    if not (i > 0 and c.items[i - 1].has("passive")):
        r.reported_over, r.sentence_subject = r.sentence_subject, None
    return DONE


@construction("negation", needs=("negation",))
def negation(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.has("negation") and not inside_place(c, i):
        c.negated = True
        return GO_ON
    return None


@construction("hedge", needs=("hedge",))
def hedge(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not it.has("hedge"):
        return None
    c.hedged = True
    if c.last_trigger is None:
        r.hedged_sentence = True
    return GO_ON


@construction("demonstrative", needs=("demonstrative",))
def demonstrative(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not (it.has("demonstrative") and _opens(c) and not c.seen_verb):
        return None
    c.pronoun = True
    held = r.sentence_subject
    # ``细胞凋亡减少，这与…有关``: a bare class word (细胞 of 细胞凋亡) is no referent
    if held is not None and not all(a.found.concept.id in r.data.class_words for a in held.args):
        c.subject = Group(i, i + 1, tuple(Arg(at(r, a.found, it, name), None) for a in held.args), pronoun=True)
    return DONE


@construction("en.which")
def which(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not (it.has("relative") and _opens(c)):
        return None
    items = r.items
    k = next((m for m, x in enumerate(items) if x is it), 0)
    before = group_before(items, k - 1, r.lang) if k >= 2 and items[k - 1].kind == "SEP" else None
    if before is not None and before.start > 0 and items[before.start - 1].has("locative"):
        before = None  # ``…in osteoblasts, which promotes…``: a place; the clause goes on as before
    if before is None:
        return Miss("no name right before the comma (or it is a place)")
    c.subject = Group(i, i + 1, tuple(Arg(a.found, None, a.knocked_down) for a in before.args), steps=(name,))
    return DONE


@construction("zh.latter_former", needs=("latter|former",))
def latter_former(r: Reader, name: str, c: Clause, it: Item, i: int):
    """``IL-6 促进 STAT3 的磷酸化，后者诱导 MMP-9 的表达``: 后者 (the latter) opening a clause
    stands for the later of the two names just before it, 前者 (the former) for the earlier."""
    if not ((it.is_a("latter") or it.is_a("former")) and _opens(c) and not c.seen_verb):
        return None
    named = _last_two_named(r, it)
    if len(named) < 2:
        return Miss("fewer than two names before it in the sentence")
    referent = named[1] if it.is_a("latter") else named[0]
    c.pronoun = True
    c.subject = Group(i, i + 1, (Arg(at(r, referent, it, name), None),), pronoun=True)
    return DONE


def _last_two_named(r: Reader, it: Item) -> list:
    """The two names ``it`` chooses from: the last pair joined by a conjunction (A 和 B) with no
    trigger after it (``TNF-α 和 IL-10 均由巨噬细胞分泌，前者…``), else the last two different
    concepts named before ``it`` in the sentence, in their order."""
    before = [(k, x) for k, x in enumerate(r.items) if x.kind == "ENT" and x.end <= it.start]
    for k, x in reversed(before):
        if any(y.kind == "TRIG" for y in r.items[k:] if y.end <= it.start):
            break
        if k >= 2 and is_conj(r.items[k - 1]) and r.items[k - 2].kind == "ENT" \
                and r.items[k - 2].found.concept.id != x.found.concept.id:
            return [r.items[k - 2].found, x.found]
    seen: list = []
    for _, x in reversed(before):
        if all(f.concept.id != x.found.concept.id for f in seen):
            seen.insert(0, x.found)
        if len(seen) == 2:
            break
    return seen


@construction("pronoun_owner", needs=("pronoun",))
def pronoun_owner(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.has("pronoun") and _opens(c) and not c.seen_verb and _owner_only(c, i):
        c.pronoun = True
        return DONE
    return None


def _owner_only(c: Clause, i: int) -> bool:
    """The pronoun at ``i`` owns the clause's subject: before the clause's first trigger,
    a 的 and then a plain noun (``其连接的不同变体导致产生…``) or a report noun (``它的发现``: its
    discovery), or a place word right after it (``其上附着多种蛋白酶``: on it); the subject is that
    noun, which names nothing known."""
    items = c.items
    if i + 1 < len(items) and items[i + 1].kind == "LOC":
        return True  # ``其上附着…`` / ``其内含有…``: a place on or in it; the clause is about what is there
    for k in range(i + 1, len(items)):
        if items[k].kind == "TRIG" and k == i + 1:
            return _owns_relative_phrase(items, k)
        if items[k].kind in ("TRIG", "SEP", "ENT", "ASP") or items[k].kind == "CUE":
            return False
        if items[k].kind == "DE":
            rest = items[k + 1:]
            if rest and rest[0].kind == "CUE" and rest[0].has("report"):
                return True  # ``它的发现为…提供了靶点``: its discovery (a report noun) is the subject
            nouns = [x for x in rest if x.kind == "WORD" and x.pos.startswith("n")]
            stop = next((m for m, x in enumerate(rest) if x.kind != "WORD"), len(rest))
            return bool(nouns) and stop < len(rest) and rest[stop].kind == "TRIG" \
                and any(x.pos.startswith("n") for x in rest[:stop])
    return False


def _owns_relative_phrase(items: list[Item], k: int) -> bool:
    """``其恢复体内平衡的功能就会丧失``: a relative (the verb at ``k`` and its object) on a
    plain noun, and a verb of the noun's own after it (就会丧失): the phrase is the subject."""
    j = k + 1
    while j < len(items) and (items[j].kind in ("ENT", "ASP") or is_conj(items[j])):
        j += 1
    if not (j > k + 1 and j + 1 < len(items) and items[j].kind == "DE"
            and (items[j + 1].kind == "ASP" or items[j + 1].kind == "WORD" and items[j + 1].pos.startswith("n"))):
        return False
    rest = items[j + 2:]
    end = next((m for m, x in enumerate(rest) if x.kind == "SEP"), len(rest))
    return any(x.kind in ("VERB", "TRIG") for x in rest[:end])


@construction("zh.pronoun_chain", needs=("pronoun",))
def pronoun_chain(r: Reader, name: str, c: Clause, it: Item, i: int):
    """``而肿瘤相关巨噬细胞是肿瘤微环境的重要组成部分，它影响肿瘤的生长`` / ``TGF-β 是一种…的生长
    因子，其在…中扮演重要角色``: a singular pronoun opening a clause stands for the named
    subject an earlier clause of the same sentence left (the topic chain goes on through it),
    not for the names that clause said something of; right after a report (研究显示其…), the subject the
    report set aside (the reported claim is said of it); after a semicolon, the topic the clauses before it left
    (zh.semicolon_topic ends the chain for clauses with no subject, not for a pronoun that names it)."""
    held = r.sentence_subject
    if held is None and i > 0 and c.items[i - 1].has("report"):
        held = r.reported_over  # ``髓样细胞是…细胞，研究显示其在…中具有重要作用``: the topic the report set aside
    if held is None:
        held = r.parted_topic  # ``IL-33 主要诱导…；它也可…``: the pronoun names the topic the semicolon ended
    if not (it.has("pronoun") and not it.has("plural") and _opens(c) and not c.seen_verb) \
            or held is None or not held.args or held.pronoun or held.agents:
        return None
    named = {a.found.concept.id for a in held.args}
    # a class named as an object (分泌炎症介质, cytokines in general) is no rival of the named subject
    others = [f for f in molecules_before(r, it) if f.concept.id not in named and not is_class_word(r, f.concept.id)
              and not compared_away(r.items, f)]  # ``A 与 B 不同，它…``: B is only compared (zh.compared_with)
    if others and not _described(r, held) and not _objects_only(r, held, others):
        return Miss("other molecules before it beside the subject, and the earlier clause does not describe it with a copula")
    c.pronoun = True
    c.subject = Group(i, i + 1, tuple(Arg(at(r, a.found, it, name), None) for a in held.args), pronoun=True)
    return DONE


def _objects_only(r: Reader, held: Group, others: list) -> bool:
    """The other molecules named before the pronoun all stand after the held subject's verb
    (``IL-33 诱导…分泌 IL-5、IL-13，…；它也可…`` / ``IL-8 不会直接激活 NAPDH 氧化酶，但它…``): what
    the earlier clauses said something of, not rivals of their subject, which the topic chain carries
    on; a name beside the subject (``COX-2 抑制剂如塞来昔布和罗非昔布等…，其…``: a member it left
    out) still is."""
    items = r.items
    k = _last_subject_item(r, held)
    if k is None:
        return False
    verb = next((m for m in range(k + 1, len(items)) if items[m].kind in ("TRIG", "VERB", "SEP")), None)
    if verb is None or items[verb].kind == "SEP":
        return False
    rivals = {f.concept.id for f in others}
    return not any(x.kind == "ENT" and x.found.concept.id in rivals for x in items[:verb])


def _last_subject_item(r: Reader, held: Group) -> int | None:
    """The index of the item of the held subject's last name in the sentence, or None."""
    last = held.args[-1].found
    return next((m for m, x in enumerate(r.items) if x.kind == "ENT" and x.found is last), None)


def _described(r: Reader, held: Group) -> bool:
    """The subject ``held`` is followed by a copula (``X 是/为 …``, adverbs between): the
    clause says what it is, and the names after the copula only describe it."""
    k = _last_subject_item(r, held)
    if k is None:
        return False
    k += 1
    while k < len(r.items) and r.items[k].kind == "WORD" and r.items[k].pos.startswith("d"):
        k += 1
    return k < len(r.items) and r.items[k].kind == "VERB" and r.items[k].is_a("copula")


@construction("pronoun", needs=("pronoun",))
def pronoun(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not (it.has("pronoun") and _opens(c) and not c.seen_verb):
        return None
    c.pronoun = True
    if it.is_a("latter") or it.is_a("former"):
        referent = None  # 后者 / 前者 the sentence does not resolve (zh.latter_former): never the topic
    elif it.has("plural"):
        referent = plural_referent(r, PLURAL_TYPES)
    else:
        referent = referent_in_sentence(r, it) or (r.topic if not molecules_before(r, it) else None)
    if referent:
        c.subject = Group(i, i + 1, tuple(Arg(at(r, f, it, name), None) for f in referent), pronoun=True)
    return DONE


@construction("partner_cue", needs=("with|with_its",))
def partner_cue(r: Reader, name: str, c: Clause, it: Item, i: int):
    if (it.is_a("with") or it.is_a("with_its")) and (c.subject is not None or r.sentence_subject is not None) \
            and c.last_trigger is None:
        c.pending = "partner"
        return DONE
    return None


@construction("knockdown_object", needs=("knockdown",))
def knockdown_object(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.has("knockdown") and c.target_pre is not None and _opens(c) \
            and all(x.kind in ("VERB", "WORD") and len(x.text) <= 2 for x in c.items[c.target_pre.end:i]):
        c.subject = c.target_pre.replaced(Arg(a.found, a.aspect, True) for a in c.target_pre.args).with_step(name)
        c.target_pre = None
        return DONE
    return None


@construction("en.knockdown_opening")
def knockdown_opening(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.has("knockdown") and _opens(c) and (nxt := next_element(c.items, i + 1, r.lang)) is not None \
            and c.items[nxt].kind == "ENT":
        c.pending, c.pending_at = "knockdown", i
        return DONE
    return None


@construction("knockdown_carrier", needs=("knockdown",))
def knockdown_carrier(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.kind == "CUE" and it.has("knockdown") and i + 1 < len(c.items) and c.items[i + 1].kind == "ENT" \
            and _opens(c):
        c.pending, c.pending_at = "knockdown", i
        return DONE
    return None


@construction("instrument", needs=("instrument",))
def instrument(r: Reader, name: str, c: Clause, it: Item, i: int):
    if not it.has("instrument"):
        return None
    nxt = next_element(c.items, i + 1, r.lang)
    if _opens(c) and not c.seen_verb and nxt is not None and c.items[nxt].kind == "ENT":
        c.pending, c.pending_at = "instrument", i  # ``使用 X 阻断 Y``: what is used acts
    else:
        c.seen_verb = True  # ``使用类器官…将 A 鉴定为``: a verb like any other
    return DONE


@construction("agent_examples", needs=("example",))
def agent_examples(r: Reader, name: str, c: Clause, it: Item, i: int):
    if it.has("example") and c.pending == "passive" and i > c.pending_at + 1 \
            and not any(x.kind == "ENT" for x in c.items[c.pending_at + 1:i]):
        return DONE
    return None


@construction("zh.especially", needs=("especially",))
def especially(r: Reader, name: str, c: Clause, it: Item, i: int):
    """``非甾体类抗炎药特别是阿司匹林，对…`` / ``骨髓微环境，尤其是其中的骨髓基质细胞，在…``: 特别是 /
    尤其是 right after the subject (or opening the clause after it), before any trigger, names a
    member of it: the group after the cue is the subject too (group stage: zh.especially_member)."""
    if not it.has("especially") or c.last_trigger is not None:
        return None
    held = c.subject if c.subject is not None else (r.sentence_subject if i == 0 else None)
    if held is None or held.pronoun or not held.args:
        return None
    if c.subject is not None and any(x.kind == "ENT" or x.has("locative") for x in c.items[c.subject.end:i]):
        return None  # ``Wnt 信号通路在骨稳态特别是成骨细胞新骨形成中…``: a member of the place, not of the subject
    c.pending, c.pending_at = "especially", i
    return DONE


@construction("role_cue", needs=("|".join(_ROLE_CUES),))
def role_cue(r: Reader, name: str, c: Clause, it: Item, i: int):
    for role in _ROLE_CUES:
        if it.has(role) and not (role == "passive" and r.lang == "en"):
            # ``B 受…``: the passive right after the subject (no other name between)
            c.passive_cue = c.passive_cue or (role == "passive" and c.subject is not None and not any(
                x.kind == "ENT" for x in c.items[c.subject.end:i]))
            c.pending, c.pending_at = role, i
            c.in_mediator = c.in_mediator or role == "mediator"
            return DONE
    return None


# --- at a plain verb (stage ``verb``) and an aspect word (stage ``word``) --------

@construction("zh.causative", needs=("causative",))
def causative(r: Reader, name: str, c: Clause, i: int):
    items = c.items
    j = i + 1
    while j < len(items) and (items[j].kind == "CUE" and items[j].has("filler")
                              or items[j].kind == "DE" and j > i + 1 and items[j - 1].has("filler")):
        j += 1  # ``使患者高血压…风险显著升高`` / ``使患者的 CRP 水平升高``: the patients' own
    if not items[i].has("causative") or c.last_trigger is not None or j >= len(items) \
            or items[j].kind != "ENT":
        return None
    group = read_group(items, j, r.lang)
    if group is None:
        return None
    k = group.end
    while k < len(items) and (items[k].kind == "WORD" or items[k].kind == "VERB" and (
            items[k].pos.startswith("d") or items[k].is_a("aspect_adverb"))):
        k += 1  # adverbs: ``大量``, ``显著``, ``持续``
    change = k < len(items) and items[k].kind == "TRIG" and items[k].trigger.form == "verb" \
        and (items[k].has("raised") or items[k].has("knockdown"))
    # ``炎症基因大量表达``: an expression word after the adverbs is the group's own
    verb_aspect = k < len(items) and k > group.end and items[k].kind == "ASP" and items[k].aspect is not None \
        and items[k].aspect.aspect == "expression"
    used = change or verb_aspect
    # ``使破骨细胞活化`` / ``使 STAT3 磷酸化``: a process word right after the group, ending the clause, is
    # the group's own change, which the factor brings about
    processed = [a for a in group.args if a.aspect not in (None, "expression")] \
        if not used and k == group.end else _aspects_after_adverb(items, group, k) if not used else []
    if processed and k > group.end:
        k = next((m for m in range(k, len(items)) if items[m].kind == "SEP"), len(items))
    ends = k + used >= len(items) or items[k + used].kind == "SEP"
    expressed = [Arg(a.found, "expression", a.knocked_down) for a in group.args] if verb_aspect \
        else [a for a in group.args if a.aspect == "expression"] if not change else []
    if not ends or not (change or expressed or processed):
        return None
    factors = factors_of(r, c)
    if not factors:
        return None
    if change:
        emit(r, factors, group.args, items[k], c.negated, c.hedged, [], How(name))
    for effect, args in (() if change else (("upregulates", expressed), ("promotes", processed))):
        said = Item("TRIG", items[i].start, items[i].end, items[i].text, items[i].pos,
                    trigger=Trigger(r.lang, items[i].text, effect, "verb"))
        if args:
            emit(r, factors, args, said, c.negated, c.hedged, [], How(name))
    c.last_trigger = items[k] if change else items[i]
    return k + used


def _aspects_after_adverb(items: list[Item], group: Group, k: int) -> list[Arg]:
    """``使 B 细胞持续存活和增殖``: process words (joined by 和/、) after an adverb, ending the
    clause, are the changes of the group's names that have no aspect of their own."""
    aspects, m = [], k
    while m < len(items) and items[m].kind == "ASP" and items[m].aspect is not None \
            and items[m].aspect.aspect != "expression":
        aspects.append(items[m].aspect.aspect)
        m += 1
        if m + 1 < len(items) and (is_conj(items[m]) or items[m].kind == "LIST") and items[m + 1].kind == "ASP":
            m += 1
    if k == group.end or not aspects or m < len(items) and items[m].kind != "SEP":
        return []
    return [Arg(a.found, aspect, a.knocked_down) for aspect in aspects for a in group.args if a.aspect is None]


@construction("plain_verb")
def plain_verb(r: Reader, name: str, c: Clause, i: int):
    # ``一个特征是 TNFR-I 介导…``: a copula with no subject before it introduces the clause's
    # real subject; so does an existential 有 (``也有部分细胞因子…在 X 中具有抑制作用``).
    it = c.items[i]
    if r.lang == "zh" and c.subject is None and i + 1 < len(c.items) and c.items[i + 1].kind == "DE":
        return i + 1  # ``持续的肝损伤会导致…``: V 的 + a name is an attributive, not the clause's verb
    if r.lang == "zh" and i + 1 < len(c.items) and c.items[i + 1].is_a("surface"):
        return i + 1  # ``临床上可用 X 阻断 Y``: a word the tagger calls a verb before 上 is a noun (in respect of)
    head = _relative_head(c, i) if r.lang == "zh" else None
    if head is not None:
        return head  # ``；包含核酸的免疫复合物与…结合是…``: V + its object + 的 qualifies the name after it
    c.seen_verb = not ((it.is_a("copula") or it.has("existential")) and c.subject is None) \
        or _function_before(c.items, i) \
        or r.lang == "zh" and it.is_a("copula") \
        and (_verb_phrase_topic(c, i) or _unnamed_topic(c.items, i) or _chained_copula(r, c, i))
    return i + 1


def _chained_copula(r: Reader, c: Clause, i: int) -> bool:
    """``IL-6 主要由巨噬细胞分泌，是一种多效性细胞因子，可促进…`` / ``…，是 ST2 的配体``: a copula opening a
    later clause (only adverbs and connectives before it) while an earlier clause of the sentence left a named
    subject: the topic chain goes on, the copula says what that subject is, and the names after it are the
    predicate (the clauses after it are still about the subject), not a new subject."""
    held = r.sentence_subject
    if c.subject is not None or c.pending is not None or held is None or not held.args or held.pronoun:
        return False
    return all(x.kind == "WORD" and not x.cues and not x.is_a("noun_pos")
               or x.kind == "CUE" and not x.cues - {"conj", "clause_link"} for x in c.items[:i])


def _verb_phrase_topic(c: Clause, i: int) -> bool:
    """``使用 X 是…``, ``环磷酸鸟苷…合成酶是重要的…受体，激活…``: a copula after the clause's verb and a name it
    took as its object: the verb phrase is what the copula speaks of (a topic, or a word the tagger split off a
    name), so the names after the copula are its predicate, no new subject of the clause or of the clauses after it."""
    return c.seen_verb and c.last_trigger is None and any(x.kind == "ENT" for x in c.items[:i])


def _relative_head(c: Clause, i: int) -> int | None:
    """``；包含核酸的免疫复合物与 FcγR 结合是…``: a plain verb opening the clause (connectives and adverbs
    before it), its object (a noun or a name, with plain words, plain verbs and list marks: 携带 KRAS 突变的) and then 的 + a name: the verb and its object
    only qualify that name, which is the clause's own subject (a new topic, not the one the clauses
    before it left); reading goes on at the name."""
    items = c.items
    if c.subject is not None or c.last_trigger is not None or c.pending is not None \
            or any(x.kind not in ("WORD", "CUE") or x.cues - {"conj", "clause_link"} for x in items[:i]):
        return None
    j = i + 1
    while j < len(items) and (items[j].kind in ("WORD", "ENT", "LIST") or is_conj(items[j])
                              or items[j].kind == "VERB" and not items[j].is_a("copula")
                              or _place_word(items, i, j)) and not items[j].cues - {"conj", "locative"}:
        j += 1
    if j + 1 >= len(items) or items[j].kind != "DE" or items[j + 1].kind != "ENT" or not any(
            x.kind == "ENT" or x.is_a("noun_pos") and not x.is_a("modifier_pos") for x in items[i + 1:j]):
        return None  # ``具有一定的化疗预防作用``: no object, only a modifier before 的: the verb is the clause's
    return j + 1


def _place_word(items: list, i: int, j: int) -> bool:
    """``广泛存在于 TME 中的 MDSC 是…``: the verb's place (于/在 right after it, 中 closing it) is part of the
    verb phrase that qualifies the name after 的."""
    return items[j].kind == "CUE" and items[j].has("locative") and j == i + 1 \
        or items[j].kind == "LOC" and any(x.kind == "CUE" and x.has("locative") for x in items[i + 1:j])


def _unnamed_topic(items: list, i: int) -> bool:
    """``甲状旁腺是由 84 个氨基酸构成的肽类激素，作用于…``: a copula right after a plain noun the
    dictionaries do not name (noun_pos, no function noun), its clause ending in 的 + a name with no trigger
    after the copula: the clause's subject is that noun; the name after 的 says what it is (a predicate
    noun), no subject of its own, and the clauses after it are not about it. ``一个特征是 TNFR-I 介导…``
    (a trigger after): the copula introduces the real subject."""
    before = items[i - 1] if i > 0 else None
    if before is None or before.kind != "WORD" or not before.is_a("noun_pos") or before.is_a("function_noun"):
        return False
    end = next((k for k in range(i + 1, len(items)) if items[k].kind == "SEP"), len(items))
    rest = items[i + 1:end]
    return len(rest) >= 2 and rest[-1].kind == "ENT" and any(x.kind == "DE" for x in rest) \
        and not any(x.kind == "TRIG" for x in rest)


def _function_before(items: list, i: int) -> bool:
    """``（其）主要功能是 A``: a copula right after a function noun (function_noun of words.tsv,
    之一 between) says what the topic's function is; A is no new subject."""
    k = i - 1
    if k >= 0 and items[k].is_a("one_of"):
        k -= 1
    return k >= 0 and items[k].is_a("function_noun")


@construction("zh.forms_verb")
def forms_verb(r: Reader, name: str, c: Clause, i: int):
    items = c.items
    it = items[i]
    before = items[i - 1] if i > 0 else None
    if not (it.has("forms") and i + 1 < len(items) and items[i + 1].kind == "ENT" and (
            before is None or before.kind in ("VERB", "WORD") or before.kind == "CUE" and bool(
            before.cues & {"conj", "clause_link", "hedge"}))):
        return None
    items[i] = it._replace(kind="TRIG", trigger=Trigger(r.lang, it.text, "induces", "verb"), aspect=None,
                       cues=frozenset())
    return i


@construction("zh.passive_verb")
def passive_verb(r: Reader, name: str, c: Clause, i: int):
    """``NLRP3 炎症小体首先被 Martinon 等描述为…``, ``被称为…``: a verb after 被 with no name
    between: the passive is that verb's (described, thought), and names no agent of a claim;
    a name after the verb is no agent."""
    if c.pending != "passive" or any(x.kind == "ENT" for x in c.items[c.pending_at + 1:i]):
        return None
    c.pending = None
    return GO_ON
