"""The claim of a trigger word (stage ``claim``), second part: the constructions that fill the
other slots of a claim (a noun's owner, a role's place, the 对 phrase, a binding partner, a
pronoun or the clause's subject), those that end the claim another way (a binding pair, an
object that becomes the next subject), the claim left incomplete for an example list to fill,
and the construction that states it. The filters that reject a claim are in ``filters.py``.
"""
from __future__ import annotations

from .effect_compounds import effect_noun_next
from .emit import emit
from .engine import GO_ON, Miss, construction
from .groups import Arg, Group, group_before, read_group
from .items import Item, modifier, next_element, trigger_follows, trigger_later
from .objects import find_object
from .state import Claim, Emitted, How, Reader, factors_and_steps, factors_of, is_class_word, is_generic_cell, unresolved


# --- owners, roles and the other slots of a claim ------------------------------------

def owner_de(items: list[Item], i: int, lang: str) -> int:
    """Where the 的 that links a noun trigger to its owner stands: before the
    trigger, past modifiers and short qualifying words with their own 的
    (``B 的重要负调节因子``, ``B 的顶端驱动因素``, ``B 的非常有效的触发因素``, ``B 的中枢性调节因子``)."""
    de = i - 1
    while de > 1 and (items[de].kind == "WORD" and (modifier(items[de], lang) or len(items[de].text) <= 2
                                                    or items[de].is_a("attribute_ending"))
                      or items[de].kind == "DE" and items[de - 1].kind == "WORD" and lang == "zh"
                      or _attribute_stem(items, de, i, lang)):
        de -= 1
    return de


def _attribute_stem(items: list[Item], k: int, i: int, lang: str) -> bool:
    """``Tie2 受体的激活性配体``: an aspect or trigger word that 性 turns into a modifier of the noun
    trigger at ``i`` (激活性, activating): one of its modifiers, not an aspect."""
    suffix = items[k + 1] if k + 1 < i else None  # the bare 性: a word that both opens and ends so (words.tsv)
    return lang == "zh" and suffix is not None and items[k].kind in ("ASP", "TRIG") and suffix.kind == "WORD" \
        and suffix.is_a("attribute_opening") and suffix.is_a("attribute_ending")


def noun_trigger_owner(r: Reader, q: Claim) -> Group | None:
    """The owner before 的 of a noun trigger with no target yet (``A 是 B 的配体``: B), unless it is the subject."""
    c, items = q.c, q.items
    if q.target is not None or q.trig.form != "noun" or c.target_pre is not None:
        return None
    de = owner_de(items, q.i, r.lang)
    if de < 1 or items[de].kind != "DE":
        return None
    owner = group_before(items, de, r.lang)
    if owner is None or (c.subject is not None and owner.start == c.subject.start):
        return None
    return owner


@construction("noun_owner", needs=("form=noun",))
def noun_owner(r: Reader, name: str, q: Claim):
    """``A 是 B 的配体``: the owner before 的 is the target of a noun trigger."""
    owner = noun_trigger_owner(r, q)
    if owner is None:
        return None
    q.target = owner.with_step(name)
    return GO_ON


@construction("zh.copula_owner", needs=("form=noun",))
def copula_owner(r: Reader, name: str, q: Claim):
    """``LIF 作为抗肿瘤免疫潜在抑制因子``: A 是/作为 B (modifiers) noun, with no 的: B is the owner."""
    c, items = q.c, q.items
    if q.target is not None or q.trig.form != "noun" or c.target_pre is not None or c.subject is None:
        return None
    de = owner_de(items, q.i, r.lang)
    if de < 1 or items[de].kind != "ENT" \
            or not any(x.kind == "VERB" and (x.is_a("copula") or x.is_a("copula_as")) for x in items[c.subject.end:de]):
        return None
    owner = group_before(items, de + 1, r.lang)
    if owner is None or owner.start < c.subject.end:
        return None
    q.target = owner.with_step(name)
    return GO_ON


def _place_target(r: Reader, q: Claim, word_class: str) -> Group | None:
    """``a role in B``; ``an inhibitory effect on B`` (after a noun, ``in B`` is a place);
    else the 对 phrase, else the place (a binding noun binds a partner, never a place;
    cells in general are a setting, not what a role acts on)."""
    after_in = _group_after_word(r, q.items, q.i, word_class) if r.lang == "en" else None
    place = q.c.place if q.trig.effect != "binds" else None
    if place is not None and all(is_generic_cell(r, a.found.concept) and a.aspect is None for a in place.args):
        place = None  # ``在各种细胞类型中表现出不同的作用`` / ``在细胞、分子和转录水平上发挥作用``
    if place is not None and _between_place(q.items, place):
        place = None  # ``在骨髓瘤细胞与骨髓基质细胞之间的相互作用中``: the names only say between what
    return after_in or q.c.target_pre or place


def _between_place(clause: list[Item], place: Group) -> bool:
    """A place whose names stand before 之间 (``在 A 与 B 之间的相互作用中``): the place is
    what happens between them, not they."""
    for it in clause[place.end:]:
        if it.kind == "LOC" or it.kind == "SEP":
            return False
        if it.has("between"):
            return True
    return False


def _group_after_word(r: Reader, clause: list[Item], i: int, word_class: str) -> Group | None:
    for j in range(i + 1, min(i + 4, len(clause))):
        if clause[j].is_a(word_class):
            for k in range(j + 1, min(j + 4, len(clause))):
                if clause[k].kind in ("ENT", "ASP"):
                    return read_group(clause, k, r.lang)
    return None


@construction("zh.role", "en.role", needs=("form=role",))
def role(r: Reader, name: str, q: Claim):
    """``A 在 B 中起重要作用`` / ``A plays a role in B``: a role states no direction
    (regulates) and takes the place, the 对 phrase or the in-phrase as target."""
    if q.trig.form != "role" or q.association:
        return None
    q.target = _place_target(r, q, "role_in")
    if q.c.respect_effect is not None:
        q.effect = q.c.respect_effect  # ``在促进 B 方面起作用``: the trigger opening the respect says how
    q.named(name)
    return GO_ON


@construction("zh.role_of_verb", needs=("form=role", "DE"))
def role_of_verb(r: Reader, name: str, q: Claim):
    """``A 在 D 中具有促进 B 增殖的作用``: a role word that a verb trigger's phrase (the verb
    and its object) and 的 qualify has its content stated by that verb (A promotes B); the
    place D is only where it happens, no role of A on D."""
    items, k = q.items, q.i - 1
    if q.trig.form != "role" or k < 1 or items[k].kind != "DE":
        return None
    start = q.c.place.end if q.c.place is not None else 0
    if not any(x.kind == "TRIG" and x.trigger.form == "verb" and any(y.kind == "ENT" for y in items[j + 1:k])
               for j, x in enumerate(items[:k]) if j >= start):
        return None  # ``对炎症反应的启动起着关键作用``: the verb has no object of its own; the role stands
    return q.after


@construction("zh.role_studied", needs=("form=role", "study_ending"))
def role_studied(r: Reader, name: str, q: Claim):
    """``对 LIF 在癌细胞中的作用进行深入研究`` / ``…的作用成为研究热点``: a role word that a
    study noun (words.tsv) follows in its clause is what is studied; it states no role."""
    if q.trig.form != "role" or not any(x.is_a("study_ending") for x in q.items[q.i + 1:]):
        return None
    if _reason_of_study(q.items, q.i):
        return None
    return q.after


def _reason_of_study(items: list, i: int) -> bool:
    """``ILC2 因在哮喘的发病机制中具有重要作用而被重视``: the role at ``i`` stands between 因/由于
    (cause_open) and 而 (cause_close), and the study noun after 而: the role is the reason the thing is
    studied, which the sentence states; the study is of the subject, not of its role."""
    close = next((k for k in range(i + 1, len(items)) if items[k].is_a("cause_close")), None)
    if close is None or any(x.is_a("study_ending") for x in items[i + 1:close]):
        return False
    return any(x.is_a("cause_open") for x in items[:i]) and any(x.is_a("study_ending") for x in items[close + 1:])


@construction("zh.association")
def association(r: Reader, name: str, q: Claim):
    """``A 与 B 有关``: a role word that is also an association word states an association,
    which is no triple (SPEC 1, conventions: association only is not a triple)."""
    if not q.association:
        return None
    return q.after


@construction("zh.nominal", "en.nominal", needs=("form=noun",))
def nominal(r: Reader, name: str, q: Claim):
    """``A 对 B 具有抑制作用`` / ``an inhibitory effect on B``: a noun trigger with no object
    takes the on-phrase, the 对 phrase or the place as target."""
    if q.trig.form != "noun" or q.target is not None:
        return None
    q.target = _place_target(r, q, "effect_on")
    q.named(name)
    return GO_ON


@construction("zh.split_target", needs=("form=noun|form=role",))
def split_target(r: Reader, name: str, q: Claim):
    """``对上皮组织来源的肿瘤，例如肠道肿瘤、胃癌、食道癌等，具有一定的化疗预防作用``: a noun or role
    trigger with no target, in a clause with no 对 of its own, after clauses that hold only a
    对 phrase (and then only its examples): the 对 phrase, split off by commas, is its target,
    and its examples stand for it."""
    if q.target is not None or q.trig.form not in ("noun", "role") or r.lang != "zh":
        return None
    items = r.items
    k = next((m for m, x in enumerate(items) if x.start == q.it.start), None)
    if k is None:
        return None
    s = k
    while s > 0 and items[s - 1].kind != "SEP":
        s -= 1
    if any(x.kind == "TRIG" or x.has("target") for x in items[s:k]):
        return None
    examples, e = None, s - 1
    while e > 0:
        b = e
        while b > 0 and items[b - 1].kind != "SEP":
            b -= 1
        clause = items[b:e]
        if not clause or any(x.kind in ("TRIG", "VERB") for x in clause):
            return None
        heads = [m for m in range(b, e) if items[m].kind == "ENT"]
        if clause[0].has("example") and examples is None and heads:
            examples, e = read_group(items, heads[0], r.lang), b - 1
            continue
        t = next((m for m in range(b, e) if items[m].has("target")), None)
        if t is None or not heads or heads[-1] < t or any(
                x.kind not in ("ENT", "LIST") and not x.has("conj") for x in items[b:t]):
            return None  # ``(A) 对 B``: only the subject may stand before 对
        j = heads[-1]
        while j > t + 1 and (items[j - 1].kind == "ENT" or items[j - 1].is_a("list_mark")):
            j -= 1
        found = examples or read_group(items, j, r.lang)
        if found is None:
            return None
        q.target = Group(0, 1, found.args, steps=(name,))
        q.named(name)
        return GO_ON
    return None


@construction("zh.target_marker")
def target_marker(r: Reader, name: str, q: Claim):
    """``A 对 B 的抑制``: 对 marks the target of a trigger with no object after it."""
    if q.target is not None or q.c.target_pre is None or q.trig.form in ("role", "noun"):
        return None
    if _role_follows(q.items, q.i):
        return None  # ``A 对 B 的启动起着重要的作用``: the verb names what the role is in; the role word's claim
    q.target = q.c.target_pre
    q.named(name)
    return GO_ON


def _role_follows(items: list[Item], i: int) -> bool:
    """A role word after the trigger at ``i`` with only plain verbs and words between
    (``启动起着重要的作用``), no name, cue or other trigger."""
    for x in items[i + 1:]:
        if x.kind == "TRIG":
            return x.trigger.form == "role"
        if x.kind not in ("VERB", "WORD", "DE"):
            return False
    return False


@construction("zh.nominal_owner")
def nominal_owner(r: Reader, name: str, q: Claim):
    """``…可能会补充 IL-1β对 IL-1R 的激活``: A 对 B 的 V after a verb (A in its object's place, not the
    clause's subject): A, the group right before 对, acts on B."""
    target = q.c.target_pre
    if q.rule != "zh.target_marker" or q.factors is not None or target is None or target.start < 2 \
            or not q.items[target.start - 1].has("target"):
        return None
    owner = group_before(q.items, target.start - 1, r.lang)
    if owner is None or owner.start == 0 or q.items[owner.start - 1].kind not in ("VERB", "TRIG") \
            or any(x.kind == "ASP" for x in q.items[owner.start:owner.end]):
        return None
    q.factors = list(owner.args)
    q.steps.append(name)
    return GO_ON


@construction("zh.binding_partner")
def binding_partner(r: Reader, name: str, q: Claim):
    """``与 LIF 竞争…的结合`` / ``LIF 首先与 LIFR 结合``: 与 names the binding partner."""
    c = q.c
    if q.trig.effect != "binds" or q.target is not None or c.partner is None \
            or any(x.kind in ("VERB", "TRIG") for x in q.items[c.partner.end:q.i]):
        return None
    q.target = c.partner
    q.named(name)
    return GO_ON


@construction("zh.pronoun", "en.pronoun")
def pronoun_claim(r: Reader, name: str, q: Claim):
    """``它可以…`` / ``it plays a role in…``: a claim whose subject a pronoun holds (the
    pronoun stands for a name of an earlier clause or sentence)."""
    held = q.c.subject or r.sentence_subject
    if q.factors is not None or held is None or not held.pronoun or not factors_of(r, q.c):
        return None
    q.named(name)
    return GO_ON


@construction("zh.together")
def together(r: Reader, name: str, q: Claim):
    """``TNF-α 与 IL-1β 协同促进…`` / ``VEGF 是…，与 bFGF 相互协同刺激…``: a together cue (协同, 共同)
    right before the trigger, after A 与 B or after 与 B in a clause that goes on with A: A and B
    act together, so both are factors (a binding pair is zh.binding_pair's). So does a both word
    (均, 都: cues.tsv kind both) after a subject A 与 B (``Th9 细胞与 IL-9 均加重结肠炎症``)."""
    c, items, i = q.c, q.items, q.i
    if q.factors is not None or q.trig.effect == "binds":
        return None
    held = c.subject if c.subject is not None and c.subject.joined_by_with else c.partner
    carried = held is None and c.subject is None and r.sentence_subject is not None \
        and r.sentence_subject.joined_by_with  # ``A 与 B 具有协同作用，共同促进 X``: the chained A 与 B
    if not carried and (held is None or held.end >= i):
        return None
    gap = items[:i] if carried else items[held.end:i]
    if not any(x.has("together") or x.has("both") and held is c.subject for x in gap) \
            or any(x.kind not in ("WORD", "VERB", "CUE") for x in gap):
        return None
    if carried:
        factors = list(r.sentence_subject.args)
    elif held is c.subject:
        factors = list(held.args)
    else:
        factors = factors_of(r, c)
        if not factors:
            return None
        factors = factors + [a for a in held.args if all(a.found.concept.id != f.found.concept.id for f in factors)]
    named = [a for a in factors if not _unspecific_class(r, items, a)]
    q.factors = named or factors  # ``IL-18 与其他细胞因子协同激活…``: the other cytokines are no agent the text names
    q.steps.append(name)
    return GO_ON


def _unspecific_class(r: Reader, items: list[Item], arg) -> bool:
    """The arg is a class word (a family, or class_words.tsv) right after a word that names no particular member
    (unspecific of cues.tsv: 其他, 多种), as an item or as the two characters written before it."""
    k = next((m for m, x in enumerate(items) if x.kind == "ENT" and x.found is arg.found), None)
    if k is None or k == 0 or not is_class_word(r, arg.found.concept.id):
        return False
    # the word as written right before the name: the segmenter may cut it across a cue (与其 | 他)
    start = items[k].start
    return items[k - 1].has("unspecific") or "unspecific" in r.data.cues.get((r.lang, r.view.clean.text[start - 2:start]), ())


@construction("clause_subject")
def clause_subject(r: Reader, name: str, q: Claim):
    """The factor is the clause's subject, or else (a topic chain) the subject an earlier
    clause of the sentence left."""
    if q.factors is not None:
        return None
    if r.lang == "zh" and q.c.subject is None and unnamed_compound_subject(q.c.items, q.i):
        return Miss("the clause opens with a compound no dictionary names (a name only qualifies its head)")
    q.factors, steps = factors_and_steps(r, q.c)
    q.steps.extend(steps)
    return GO_ON if q.factors else Miss("no subject: none in the clause or before it, or a pronoun for no one")


def unnamed_compound_subject(items: list[Item], i: int) -> bool:
    """``…水平下降，E2 替代治疗可有效阻止骨丢失``: the clause opens (connectives and adverbs aside) with a
    name that only qualifies the plain noun after it (zh.noun_head_modifier, zh.compound_modifier left it
    a plain word) and no other name or pronoun stands before the trigger at ``i``: the clause has its own
    subject, that compound, which no dictionary names; the topic of the clauses before it does not act here."""
    k = 0
    while k < i and (items[k].kind == "WORD" and items[k].pos.startswith(("d", "c")) or items[k].kind == "CUE"
                     and not items[k].cues - {"conj", "clause_link"}):
        k += 1
    if not (k + 1 < i and items[k].kind == "WORD" and items[k].found is not None
            and items[k + 1].kind == "WORD" and items[k + 1].is_a("noun_pos")):
        return False
    return not any(x.kind in ("ENT", "SEP") or x.has("pronoun") for x in items[k + 2:i])


# --- constructions that end the claim another way --------------------------------------

@construction("zh.binding_pair")
def binding_pair(r: Reader, name: str, q: Claim):
    """``A 与 B 结合`` / ``A 和 B 的结合``: A binds B, and A is what acts next."""
    c, items, i = q.c, q.items, q.i
    held = c.subject
    if q.trig.effect != "binds" or held is None or len(held.args) <= 1 \
            or not (q.target is None or q.target is c.target_pre) \
            or any(x.kind in ("VERB", "TRIG") for x in items[held.end:i]):
        return None
    # ``A 和 B 的结合``: a binding noun owned by two names joins them as 与 does
    owned = [x.kind for x in items[held.end:i]] == ["DE"]
    # ``VCAM-1 和 ALL 细胞表面的 VLA-4 结合后``: two names joined by 和 right before a 结合
    # that has no object of its own bind each other, as with 与
    paired = q.target is None and r.lang == "zh" and len(held.args) == 2 and held.end == i \
        and any(x.is_a("and") or x.is_a("as_well_as") for x in items[held.start:held.end])
    if not (held.joined_by_with or owned or paired):
        return None
    first, rest = held.args[:1], held.args[1:]
    emit(r, first, rest, q.it, c.negated, c.hedged, [], How(name, tuple(q.steps)), q.effect)
    c.subject = held.replaced(first)
    return q.after


@construction("object_as_subject")
def object_as_subject(r: Reader, name: str, q: Claim):
    """``增加 IL-1 水平可以上调 RANKL``: raising (or blocking) X is what acts next: X becomes
    the subject, its polarity turned round when blocked; ``抑制了 LIF 在促进…方面的功能``:
    what X does in a respect (在 … 方面) is X's own."""
    c, items, after = q.c, q.items, q.after
    if q.factors is not None or q.target is None or c.subject is not None or not trigger_follows(items, after) \
            or r.lang == "zh" and effect_noun_next(items, after):  # ``…和肿瘤刺激作用``: a noun, not a verb
        return None
    if c.pronoun or any(x.kind == "CUE" and x.has("mediator") for x in items[:q.i]):
        return None  # ``它们通过刺激血管生成…促进肿瘤生长``: a pronoun holds the subject; X only mediates
    gap = next((items[after:k] for k in range(after, len(items)) if items[k].kind == "TRIG"), [])
    if r.lang == "zh" and any(x.is_a("sequence_link") for x in gap):
        return None  # ``，激活 X 进而诱导 Y``: 进而 joins two predicates of one subject; X is only the first one's object
    nxt = items[after + len(gap)] if after + len(gap) < len(items) else None
    if r.lang == "zh" and not gap and nxt is not None and (nxt.has("raised") or nxt.is_a("fall")):
        return None  # ``引起血管扩张、通透性增加``: a change word right after the object is its own change, no verb it heads
    turned = q.trig.polarity < 0 and not (r.lang == "zh" and any(x.has("locative") for x in gap))
    c.subject = q.target.replaced(Arg(a.found, None, turned) for a in q.target.args).with_step(name)
    c.modifier_only = True
    return after


@construction("en.shared_object")
def shared_object(r: Reader, name: str, q: Claim):
    """``IL-6 promotes and IL-10 inhibits osteoclast differentiation``: a verb with no object,
    then a conjunction, another subject and its verb: both verbs share the object."""
    c = q.c
    if q.target is not None or not q.factors or q.trig.form != "verb" or q.i != len(c.items) - 1:
        return None
    shared = _shared_object(r, q.it)
    if shared is None:
        return None
    emit(r, q.factors, shared.args, q.it, c.negated, c.hedged, c.mediators, q.how().with_step(name), q.effect)
    return q.after


def _shared_object(r: Reader, verb: Item) -> Group | None:
    """The object of the second verb, which the first (``verb``) shares; None otherwise."""
    items = r.items
    k = next((m for m, x in enumerate(items) if x is verb), None)
    if k is None or k + 1 >= len(items) or not items[k + 1].has("conj"):
        return None
    start = next_element(items, k + 2, r.lang)
    group = read_group(items, start, r.lang) if start is not None else None
    if group is None or not trigger_follows(items, group.end):
        return None
    v = next(m for m in range(group.end, len(items)) if items[m].kind == "TRIG")
    if items[v].trigger.form != "verb":
        return None
    shared, _ = find_object(r, items, v)
    return shared


@construction("en.participle_subject")
def participle_subject_en(r: Reader, name: str, q: Claim):
    """``Elevated expression of LIF predicts a poor prognosis and promotes…``: a participle
    before a name opening the clause names the name's own change; the name acts on what a
    later verb names (its polarity turned round when lowered: ``Reduced IL-10 levels promote…``)."""
    c, items, i = q.c, q.items, q.i
    if q.factors is not None or q.target is None or c.subject is not None or c.seen_verb \
            or c.last_trigger is not None or not q.it.is_a("past_ending") \
            or items[i + 1].kind not in ("ENT", "ASP") or not trigger_later(items, q.after):
        return None
    c.subject = q.target.replaced(Arg(a.found, None, q.trig.polarity < 0) for a in q.target.args).with_step(name)
    c.modifier_only = True
    return q.after


@construction("incomplete")
def incomplete(r: Reader, name: str, q: Claim):
    """``参与了多种生物学过程，包括…`` / ``多种物质可以介导 IL-1 的产生，包括…``: a claim with
    no factor or no target; an example list after the clause may fill the missing slot (not
    where a pronoun with no referent holds the subject's place: ``它也在炎症性疾病中发挥关键
    作用，包括细胞因子风暴综合征…`` lists kinds of the place, not factors)."""
    c = q.c
    if q.factors is not None and q.target is not None:
        return None
    if q.target is None and q.i + 1 < len(q.items) and q.items[q.i + 1].is_a("time_end"):
        return q.after  # ``其活化后可分泌…，如 TNF-α``: a clause of time (zh.time_after) has no slot to fill
    targets = list(q.target.args) if q.target and not unresolved(r, c) else []
    r.last = Emitted(q.it, q.factors or [], q.how(), [], c.negated, c.hedged, list(c.mediators),
                     _slot_end(c.items, q), targets)
    return q.after


def _slot_end(items: list[Item], q: Claim) -> int:
    """Where an example list must stand to fill the incomplete claim's slot: the clause's end, unless the
    trigger's phrase is a relative clause (的 after it) with the clause's own verb after that
    (``人们对 X 导致 Y 的途径有了诸多认识，包括…``): the trigger only qualifies a noun, and only a list right
    after its own phrase fills it."""
    k = q.target.end if q.target is not None else q.i + 1
    de = next((m for m in range(k, len(items)) if items[m].kind == "DE"), None)
    if de is None or not any(x.kind == "VERB" for x in items[de + 1:]):
        return items[-1].end
    return items[k - 1].end


# --- the claim stated, and what it leaves to the rest of the clause ----------------

@construction("zh.mediator", "en.mediator")
def mediator_claim(r: Reader, name: str, q: Claim):
    """``A 通过 (激活) M 促进 C`` / ``A promotes C via M``: A → C with M as mediator."""
    if not q.c.mediators or q.c.in_mediator:
        return None
    q.named(name)
    return GO_ON


def _participle_opening(r: Reader, q: Claim) -> bool:
    """A participle (V 的) with no name before it in its clause."""
    c, items, i = q.c, q.items, q.i
    return q.relative and c.subject is None and c.last_trigger is None and i + 1 < len(items) \
        and items[i + 1].kind == "DE"


@construction("zh.participle")
def participle(r: Reader, name: str, q: Claim):
    """``从活化的 CD4+ T 辅助细胞中纯化`` / ``随后激活的 LIF/STAT3 信号传导``: a participle
    (V 的) with no name before it in its clause only describes the name after it; the
    subject of an earlier clause is not said to act on it."""
    if _participle_opening(r, q) and q.voice != "relative":
        q.emit = False
        return GO_ON
    return None


@construction("zh.ameliorate", needs=("ameliorate",))
def ameliorate(r: Reader, name: str, q: Claim):
    """``中药可改善类风湿关节炎`` / ``改善小鼠的肺损伤`` / ``改善风湿病患者的症状``: 改善 (ameliorate cue), a
    promoting verb, on a disease or a harm (``harm`` of words.tsv: a word of the name, as injury, pain, bone
    loss) lessens it: inhibits; the symptoms of a disease's patients (X 患者的症状, ``ailment`` of words.tsv)
    are the disease's. On what is neither (生存率, 骨密度) it promotes, as the trigger says."""
    if not q.it.has("ameliorate") or q.target is None or q.factors is None or not q.target.args:
        return None
    if not all(_is_harm(r, a.found.concept) for a in q.target.args):
        return None
    q.effect = "inhibits"
    ailments = r.data.words_of("ailment", "en")
    if all(a.found.concept.name in ailments for a in q.target.args):
        owner = [x for x in q.items[q.i + 1:q.target.start] if x.found is not None and x.found.concept.type == "disease"]
        if len(owner) == 1:
            q.target = Group(0, q.target.end, (Arg(owner[0].found, None),), steps=q.target.steps)
    q.steps.append(name)
    return GO_ON


def _is_harm(r: Reader, concept) -> bool:
    """A disease, or a concept whose English name holds a harm word (lung injury, bone loss, symptom)."""
    words = concept.name.lower().split()
    return concept.type == "disease" or any(w in words for w in r.data.words_of("harm", "en"))


@construction("state_claim")
def state_claim(r: Reader, name: str, q: Claim):
    """A claim with a factor and a target is stated, named by the construction that read it."""
    if not q.emit:
        return Miss("a participle that only describes the name after it (zh.participle)")
    c, target = q.c, q.target
    how = q.how()
    for step in target.steps:
        how = how.with_step(step)
    emit(r, q.factors, target.args, q.it, c.negated, c.hedged, [] if c.in_mediator else c.mediators, how,
         q.effect, target_end=c.items[max(target.end - 1, 0)].end)
    return GO_ON


@construction("zh.participle_subject")
def participle_subject(r: Reader, name: str, q: Claim):
    """``随后激活的 LIF/STAT3 信号传导促进胶质瘤的增殖``: a participle opening the clause
    (激活的) says what was done to the name after it; that name acts on what the later
    verb names."""
    in_place = q.after < len(q.items) and q.items[q.after].kind == "LOC"  # ``在 A 驱动的 B 期间``: B is a place
    if _participle_opening(r, q) and trigger_later(q.items, q.after) and not in_place:
        q.c.subject = q.target.with_step(name)
        q.c.modifier_only = True
        return GO_ON
    return None


@construction("relative_place")
def relative_place(r: Reader, name: str, q: Claim):
    """``在 BMSC 介导的 TKI 耐药中发挥作用``: the place is the head of the relative clause
    (the resistance), not its agent."""
    c, items = q.c, q.items
    if q.relative and c.place is not None and c.place.end == q.i and q.after < len(items) \
            and items[q.after].kind == "LOC":
        c.place = q.target
        return GO_ON
    return None
