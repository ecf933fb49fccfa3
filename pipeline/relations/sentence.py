"""Constructions over the sentence rather than one claim: items that stand for others (stage
``items``), where a new clause starts (``split``), what a clause leaves to the clauses after
it (``clause_end``) and readings of the whole sentence once its clauses are read
(``sentence``).
"""
from __future__ import annotations

from dataclasses import replace

from ..names.mentions import as_concept
from ..records import box_columns
from .data import THING_TYPES, Trigger
from .emit import emit
from .engine import GO_ON, Miss, construction
from .groups import Arg, Group, arg_with_aspect, group_before, read_group
from .items import Item, modifier, next_element, trigger_follows
from .state import Clause, Condition, How, Reader, after_bare_topic, at, is_class_word

NEW_CLAUSE = "new clause"  # the item opens a new clause (``split``)
SAME_CLAUSE = "same clause"  # the item, though clause punctuation, does not end the clause


# --- items that stand for others (stage ``items``) -------------------------------

@construction("zh.family_of_owner", needs=("owned", "related"))
def family_of_owner(r: Reader, name: str, out: list[Item], it: Item):
    """``IL-6 及其相关细胞因子``: a class name after X, an ``owned`` cue (及其) and a
    ``related`` cue (相关) names X's family, where the dictionary has one
    (``IL-6 family cytokine``); 相关 goes, the class name now says it."""
    if it.kind != "ENT" or len(out) < 3 or not out[-1].has("related") or not out[-2].has("owned") \
            or out[-3].kind != "ENT" or not is_class_word(r, it.found.concept.id):
        return None
    owner, word = out[-3].found.concept.name, r.data.words_of("family_of", "en")[0]
    family = r.lexicon.concept_named(f"{owner} {word} {it.found.concept.name}") \
        or r.lexicon.concept_named(f"{owner} {word}")
    if family is None:
        return None
    out.pop()
    return Item("ENT", it.start, it.end, it.text, it.pos, found=as_concept(it.found, family), marks=it.marks)


@construction("zh.anaphor", needs=("anaphor",))
def anaphor(r: Reader, name: str, out: list[Item], it: Item):
    """``在 CML 中, BMSC 可以…影响疾病的进程``: a bare class noun (the ``anaphor`` cue: 疾病)
    names the one disease this sentence has named before it; it stays a word when there is
    none, or more than one."""
    if not it.has("anaphor"):
        return None
    before = [x.found for x in out if x.kind == "ENT" and x.found.concept.type == "disease"]
    if not before or len({f.concept.id for f in before}) != 1:
        return None
    return Item("ENT", it.start, it.end, it.text, it.pos, found=at(r, before[-1], it, name), marks=it.marks)


@construction("zh.process_anaphor", needs=("process_anaphor",))
def process_anaphor(r: Reader, name: str, out: list[Item], it: Item):
    """``IL-8、IL-1、IL-6同样能促进血管生成,应用IL-6单抗能部分抑制该过程``: 该过程 / 这一过程
    (cue ``process_anaphor``) names the one process or pathway this sentence has named before
    it; it stays a word when there is none, or more than one."""
    if not it.has("process_anaphor"):
        return None
    before = [x.found for x in out if x.kind == "ENT" and x.found.concept.type in ("process", "pathway")]
    if not before or len({f.concept.id for f in before}) != 1:
        return Miss("no process, or more than one, named before it")
    return Item("ENT", it.start, it.end, it.text, it.pos, found=at(r, before[-1], it, name), marks=it.marks)


@construction("zh.comma_list", needs=("comma|wide_comma",))
def zh_comma_list(r: Reader, name: str, out: list[Item], it: Item):
    """``衰老,劳损和外伤等复杂的因素都会影响滑膜`` / ``IL-6,TNF-α和IL-1β可促进…``: a comma
    right before a name, after a clause that so far holds only names, when a conjunction
    (和, 及) closes the names after it and 等 or the list's verb follows: the comma is a list
    mark (、), not a clause break."""
    if it.kind != "ENT" or len(out) < 2 or not (out[-1].is_a("comma") or out[-1].is_a("wide_comma")) \
            or out[-2].kind != "ENT":
        return None
    k = len(out) - 2
    while k >= 0 and (out[k].kind == "ENT" or out[k].is_a("list_mark")):
        k -= 1
    if k >= 0 and out[k].kind != "SEP":
        return None  # the names before the comma do not open their clause
    j = next((m for m, x in enumerate(r.items) if x is it), len(r.items))
    joined = False
    for x in r.items[j + 1:]:
        if x.kind == "ENT" or x.is_a("list_mark"):
            continue
        if x.has("conj") and not x.has("clause_link"):
            joined = True
            continue
        if joined and (x.has("etc") or x.kind in ("TRIG", "VERB")):
            comma = out.pop()
            out.append(Item("LIST", comma.start, comma.end, comma.text, comma.pos, marks=frozenset({"list_mark", "gap"})))
            return it
        return None
    return None


# --- where a new clause starts (stage ``split``) ---------------------------------

@construction("en.new_claim", needs=("conj|clause_link|comma",))
def new_claim(r: Reader, name: str, k: int, clause: list[Item]):
    """``IL-10 inhibits osteoclast differentiation, and TNF-α promotes…``: after a clause that
    has its verb, a conjunction or a clause link (and, whereas) and a group that a finite
    verb trigger follows open a new claim with that group as subject; ``A and B promote C``
    keeps one clause, since no verb stands before the conjunction."""
    items, it = r.items, r.items[k]
    if not (it.has("conj") or it.has("clause_link") or it.is_a("comma")) \
            or not any(x.kind == "TRIG" and x.trigger.form == "verb" for x in clause):
        return None
    j = k + 1
    while j < len(items) and (items[j].has("conj") or items[j].has("clause_link")):
        j += 1
    start = next_element(items, j, r.lang)
    group = read_group(items, start, r.lang) if start is not None else None
    if group is None or not trigger_follows(items, group.end):
        return None
    v = next(m for m in range(group.end, len(items)) if items[m].kind == "TRIG")
    verb = items[v]
    # a finite verb: not ``B-induced``, ``B promoting``, nor ``B mediated by C`` (a reduced relative)
    finite = verb.trigger.form == "verb" and not items[v - 1].is_a("hyphen") and not verb.is_a("gerund_ending") \
        and not (v == group.end and verb.is_a("past_ending") and any(x.is_a("by") for x in items[v + 1:v + 3]))
    return NEW_CLAUSE if finite else None


@construction("en.comma_list", needs=("comma", "conj"))
def comma_list(r: Reader, name: str, k: int, clause: list[Item]):
    """``IL-6, IL-11 and LIF``: a comma between names joins a list: names and commas from
    there on up to an and/or."""
    items = r.items
    if not items[k].is_a("comma") or k == 0 or items[k - 1].kind not in ("ENT", "ASP"):
        return None
    for x in items[k + 1:]:
        if x.has("conj"):
            return SAME_CLAUSE
        if not (x.kind in ("ENT", "ASP", "DE") or x.is_a("comma") or (x.kind == "WORD" and modifier(x, "en"))):
            return None
    return None


# --- what kind of clause it is (stage ``clause_start``) ------------------------------

@construction("zh.gerund_subject")
def gerund_subject(r: Reader, name: str, c: Clause):
    """``，因此抑制FGF2/FGFR2信号通路可能是克服…的有效策略``: a clause that opens (after
    connectives and adverbs) with a trigger whose phrase a copula (是/为) follows: the
    action is the subject; the clause is not said of the sentence's subject."""
    items = c.items
    k = 0
    while k < len(items) and items[k].kind in ("WORD", "CUE") and not items[k].has("pronoun") \
            and not items[k].has("demonstrative"):
        k += 1
    if k >= len(items) or items[k].kind != "TRIG" or items[k].trigger.form != "verb" \
            or not any(x.kind == "VERB" and x.is_a("copula") for x in items[k + 1:]) or after_bare_topic(r, c):
        return None
    c.gerund = True
    return GO_ON


# --- what a clause leaves to the clauses after it (stage ``clause_end``) -----------

@construction("knockout_condition")
def knockout_condition(r: Reader, name: str, c: Clause):
    """``在 IL-10 敲除小鼠中，…`` / ``敲低 Pinch-1 后，…``: a clause that only names
    knocked-out names sets the condition of the clauses after it."""
    held = c.place or c.subject
    if held is None or r.condition is not None or any(x.kind == "TRIG" for x in c.items) \
            or not any(a.knocked_down for a in held.args):
        return None
    r.condition = Condition(tuple(a for a in held.args if a.knocked_down), c.items[-1].end)
    return GO_ON


@construction("place_clause", needs=("locative",))
def place_clause(r: Reader, name: str, c: Clause):
    """``在骨髓增殖性肿瘤的发生和发展过程中，细胞因子起到了重要的作用``: a clause that is only
    a place is the place of the clause after it."""
    if c.place is not None and c.subject is None and c.items[0].has("locative") \
            and not any(x.kind == "TRIG" for x in c.items):
        r.carried_place = c.place
        return GO_ON
    return None


@construction("chain")
def chain(r: Reader, name: str, c: Clause):
    """``A 激活 B，进而促进 C``: a clause's subject stays the subject of the clauses after it
    that have none of their own (a Chinese topic chain; an aspect word may be the clause's verb: 这些细胞在肿瘤中分化为
    TAM). A clause that says nothing of its
    first group (``，如 MAPK、JNK 和 AP-1，``) does not make it the topic; nor does a clause opening with
    由 + a group (the ``origin`` cue: ``X 是…细胞，由造血干细胞分化而来，能够…``), which says where the topic
    comes from: the topic goes on."""
    if c.subject is not None and r.sentence_subject is not None and _origin_opened(c):
        return None
    if c.subject is not None and (r.sentence_subject is None or any(x.kind in ("TRIG", "VERB") for x in c.items)
                                  or r.lang == "zh" and _aspect_predicate(c)):
        r.sentence_subject = c.subject.with_step(name)
        return GO_ON
    return None


def _aspect_predicate(c: Clause) -> bool:
    """``，这些细胞在肿瘤中分化为 TAM，促进…``: an aspect word after the subject, right after a place phrase
    (its postposition), a modal or an adverb, is the clause's verb: the clause says something of its subject,
    which becomes the topic of the clauses after it (an aspect after 的 or a noun is a name's own: no verb)."""
    items = c.items
    return any(x.kind == "ASP" and (items[k - 1].kind == "LOC" or items[k - 1].is_a("modal")
                                    or items[k - 1].kind == "WORD" and items[k - 1].pos[:1] == "d")
               for k, x in enumerate(items) if k > c.subject.end)


def _origin_opened(c: Clause) -> bool:
    """The clause's subject group follows an ``origin`` cue (由) that only connectives and adverbs precede."""
    k = c.subject.start
    return k > 0 and c.items[k - 1].has("origin") \
        and all(x.kind in ("WORD", "CUE") and not x.has("origin") for x in c.items[:k - 1])


@construction("unresolved_pronoun")
def unresolved_pronoun(r: Reader, name: str, c: Clause):
    """``…来缓解，因为它可以切割 IL-1R2，从而导致…``: a pronoun that stands for no one is
    what the clauses after it go on about; they name no factor either."""
    if c.subject is None and c.pronoun and any(x.kind in ("TRIG", "VERB") for x in c.items):
        r.sentence_subject = Group(0, 0, (), pronoun=True)
        return GO_ON
    return None


# --- readings of the whole sentence (stage ``sentence``) --------------------------

@construction("zh.condition", "en.condition")
def condition(r: Reader, name: str):
    """``与 BMSC 共同培养后, TCL1 的表达显著增加`` / ``在 IL-10 敲除小鼠中…RANKL 水平升高``: a
    name's own rise or fall (a change word with no object; a rise word of words.tsv: 增强) after a condition is the effect
    of the condition's names; a knocked-out name acts with its polarity turned round."""
    if r.condition is None:
        return None
    items, end = r.items, r.condition.end_offset
    stated = False
    for k, it in enumerate(items):
        if it.kind != "TRIG" or it.start < end or not (it.has("raised") or it.has("knockdown") or it.is_a("rise")):
            continue
        if k + 1 < len(items) and items[k + 1].kind not in ("SEP", "LIST", "CLOSE") and not items[k + 1].has("conj"):
            continue  # ``降低了 X``: transitive, read by the clause
        j = k
        while j > 0 and items[j - 1].kind == "WORD" and (items[j - 1].pos.startswith("d")
                                                         or items[j - 1].is_a("degree_adverb")):
            j -= 1  # adverbs: ``显著增加``, ``明显增加``
        changed = group_before(items, j, r.lang)
        args = changed.args if changed is not None else _bare_aspect_owned(r, j, end)
        if not args or changed is not None and items[changed.start].start < end:
            continue
        emit(r, r.condition.args, args, it, False, r.hedged_sentence, [], How(name))
        stated = True
    return GO_ON if stated else None


@construction("zh.condition_agent")
def condition_agent(r: Reader, name: str):
    """``巨噬细胞在 IFN-γ 的刺激下活化`` / ``破骨细胞前体在 RANKL 的作用下分化``: the clause's subject,
    then a condition (在 A 的作用下/刺激下), then a process word or a trigger with no object of its own:
    A brings about that change of the subject (分化为 B: of B, the cells formed)."""
    if r.condition is None:
        return None
    items = r.items
    k = next((m for m, x in enumerate(items) if x.has("condition") and x.end == r.condition.end_offset), None)
    if k is None or k + 1 >= len(items) or k < 3 or items[k - 1].kind != "DE":
        return None
    change = items[k + 1]
    changed = _subject_before(r, k)
    if changed is None or not (change.kind == "ASP" and change.aspect is not None
                               and change.aspect.aspect != "expression" or change.kind == "TRIG"
                               and change.trigger.form == "verb" and not change.has("raised")):
        return None
    j = k + 2
    while j < len(items) and (items[j].kind in ("WORD", "DE") or items[j].kind == "ASP" and items[j].is_a("modifier_pos")):
        j += 1  # ``分化为成熟的破骨细胞``: modifiers
    after = items[j] if j < len(items) else None
    if after is not None and after.kind == "ENT":
        if change.kind != "ASP" or change.aspect.aspect != "differentiation":
            return None  # a trigger with its own object: the clause reads it
        changed = (after.found,)  # ``分化为成熟破骨细胞``: the cells formed
    aspect = change.aspect.aspect if change.kind == "ASP" else None
    said = change if change.kind == "TRIG" else Item(
        "TRIG", change.start, change.end, change.text, change.pos, trigger=Trigger(r.lang, change.text, "promotes", "verb"))
    emit(r, r.condition.args, [Arg(f, aspect, False) for f in changed], said, False, r.hedged_sentence, [], How(name))
    return GO_ON


def _subject_before(r: Reader, k: int) -> tuple | None:
    """The names of the first group of the clause holding the condition cue at ``k``, when
    it stands before the condition's 在 and is a cell type (what changes)."""
    start = max((m + 1 for m in range(k) if r.items[m].kind == "SEP"), default=0)
    opener = next((m for m in range(k - 1, start - 1, -1) if r.items[m].is_a("respect_open")), None)
    first = next((m for m in range(start, opener) if r.items[m].kind == "ENT"), None) if opener is not None else None
    if first is None or (first > start and r.items[first - 1].kind == "CUE"):
        return None
    group = read_group(r.items, first, r.lang)
    if group is None or any(a.found.concept.type != "cell" for a in group.args):
        return None
    return tuple(a.found for a in group.args)


def _bare_aspect_owned(r: Reader, j: int, end: int) -> tuple:
    """``敲低 Pinch-1 后, ALL 细胞表现为增殖减少、迁移减少``: an aspect word with no
    name right before a change word is the aspect of the thing the clause named
    last before it (after the condition, in the same clause)."""
    items = r.items
    if j == 0 or items[j - 1].kind != "ASP" or items[j - 1].aspect is None:
        return ()
    for k in range(j - 2, -1, -1):
        it = items[k]
        if it.start < end or it.kind == "SEP":
            return ()
        if it.kind == "ENT" and not it.aspect and it.found.concept.type in THING_TYPES \
                and not is_class_word(r, it.found.concept.id):
            return (arg_with_aspect(it.found, items[j - 1].aspect, False),)
    return ()


@construction("zh.especially_members")
def especially_members(r: Reader, name: str):
    """``基质金属蛋白酶(MMPs)通过降解…,进而启动…,尤其是MMP2、MMP-9、MT1-MMP``: a clause of 特别是 / 尤其是
    and names only, ending the sentence, names the members that its claims of a class (a family whose name
    each member's name holds: MMP in MMP-2, MT1-MMP) were chiefly said of: the claims are stated of them."""
    items = r.items
    k = next((m for m in range(len(items) - 1, -1, -1) if items[m].has("especially")), None)
    if k is None or k == 0 or items[k - 1].kind != "SEP":
        return None
    rest = items[k + 1:]
    members = [x for x in rest if x.kind == "ENT"]
    if not members or any(x.kind not in ("ENT", "LIST", "SEP") and not x.has("conj") and not x.has("etc") for x in rest):
        return None
    made = []
    for t in list(r.triples):
        cls = r.lexicon.concepts.get(t.factor_id)
        if cls is None or cls.type != "family" or not all(
                cls.name.lower() in m.found.concept.name.lower() and m.found.concept.id != cls.id for m in members):
            continue
        r.triples.remove(t)
        for m in members:
            rec = m.found.record
            box = r.doc.bbox(min(rec.start, t.effect_start, t.target_start), max(rec.end, t.effect_end, t.target_end)) \
                if r.doc.page_of(rec.start) == t.page else None
            made.append(replace(t, factor_id=rec.concept_id, factor_name=rec.concept_name, factor_text=rec.surface,
                                factor_start=rec.start, factor_end=rec.end, steps=t.steps + (name,), **box_columns(box)))
    r.triples.extend(made)
    return GO_ON if made else None


@construction("zh.likeness", needs=("with|and", "likeness"))
def likeness(r: Reader, name: str):
    """``与 IL-6 类似，TNF-α 可以…调节骨代谢``: a sentence opening with 与 A + a likeness word
    (类似, 一样: as A does) and a comma states of A what it states of its subject."""
    items = r.items
    if len(items) < 4 or not (items[0].is_a("with") or items[0].is_a("and")) or items[1].kind != "ENT":
        return None
    like = read_group(items, 1, r.lang)
    if like is None or like.end + 1 >= len(items) or not items[like.end].has("likeness") \
            or items[like.end + 1].kind != "SEP":
        return None
    after = r.view.clean.source_span(items[like.end].start, items[like.end].end)[1]  # in the document's offsets
    subject = next((t.factor_id for t in r.triples if t.factor_start > after), None)
    shared = [replace(t, factor_id=a.found.record.concept_id, factor_name=a.found.record.concept_name,
                      factor_text=a.found.record.surface, factor_start=a.found.record.start,
                      factor_end=a.found.record.end, rule=name, steps=(t.rule,) + t.steps)
              for t in r.triples if t.factor_id == subject for a in like.args if a.found.record.concept_id != t.target_id]
    r.triples.extend(shared)
    return GO_ON if shared else None


@construction("zh.target_nominal", needs=("DE", "target"))
def target_nominal(r: Reader, name: str, out: list[Item], it: Item):
    """``TNF-α 对 NF-κB 的激活导致…``: a verb trigger that is also an aspect word, after 对 B 的
    and before the clause's verb (or its end), is the claim made a noun (A's activation of B), not
    B's aspect: it stays the trigger, and 对 B names its target (zh.target_marker)."""
    trigger = r.data.triggers.get(("zh", it.text)) if it.kind == "ASP" and r.lang == "zh" else None
    if trigger is None or trigger.form != "verb" or len(out) < 3 or out[-1].kind != "DE":
        return None
    k = len(out) - 2
    while k > 0 and (out[k].kind == "ENT" or out[k].is_a("list_mark") or out[k].has("conj")):
        k -= 1
    if k == len(out) - 2 or not out[k].has("target") or out[k + 1].kind != "ENT":
        return None
    j = next((m for m, x in enumerate(r.items) if x is it), len(r.items))
    nxt = r.items[j + 1] if j + 1 < len(r.items) else None
    if nxt is not None and (nxt.kind in ("ENT", "ASP", "DE") or nxt.is_a("effect_ending")):
        return Miss("a name, aspect or effect noun after it: B's aspect, or an effect noun")
    return Item("TRIG", it.start, it.end, it.text, it.pos, trigger=trigger, marks=it.marks)


def _state_of(r: Reader, it: Item, k: int) -> bool:
    """``干细胞状态`` (a cell's state), or ``缺氧状态下`` (a condition's state as a place): the name
    only qualifies the head; ``高糖状态可以抑制…``: the condition's state is the condition."""
    after = r.items[k + 1] if k + 1 < len(r.items) else None
    return it.found.concept.type == "cell" or (after is not None and after.kind == "LOC")


@construction("zh.compound_modifier", needs=("compound_head|cell_compound_head|attribute_opening",))
def compound_modifier(r: Reader, name: str, out: list[Item], it: Item):
    """``维持干细胞状态`` / ``骨髓源血管调控因子`` / ``缺血性损伤``: a name written right before a compound
    head (``compound_head`` of words.tsv: 状态, 源, 患者, 膜…; or a word opening with 性, attribute_opening)
    only qualifies it; the compound names nothing known, so the name is a plain word here, neither subject
    nor object."""
    if it.kind != "ENT":
        return None
    k = next((m for m, x in enumerate(r.items) if x is it), None)
    after = r.items[k + 1] if k is not None and k + 1 < len(r.items) else None
    if after is None or after.kind not in ("WORD", "CUE") or after.start != it.end or not (
            after.is_a("compound_head") or after.is_a("attribute_opening")
            or after.is_a("cell_compound_head") and _state_of(r, it, k + 1)):
        return None  # ``高糖状态可以抑制…`` (cell_compound_head after a condition): the condition itself acts
    return Item("WORD", it.start, it.end, it.text, it.pos, found=it.found, marks=it.marks)  # what it named (zh.ameliorate)


@construction("zh.noun_head_modifier")
def noun_head_modifier(r: Reader, name: str, out: list[Item], it: Item):
    """``肠黏膜通透性增加`` / ``减少肝脏糖异生`` / ``导致肝脏大面积纤维化``: a name written right before a
    plain noun (noun_pos of words.tsv, no cue, no name, no aspect, no idiom) heads a compound the
    dictionaries do not know; the name only qualifies that head, so, as before a known compound head
    (zh.compound_modifier), it is a plain word there, neither subject nor object. A noun that still names
    the name (same_head of words.tsv: 蛋白, 基因, 大量) heads nothing new; 状态 is zh.compound_modifier's."""
    if it.kind != "ENT" or r.lang != "zh":
        return None
    k = next((m for m, x in enumerate(r.items) if x is it), None)
    after = r.items[k + 1] if k is not None and k + 1 < len(r.items) else None
    if after is None or not _plain_head(after) or r.view.clean.text[it.end:after.start].strip():
        return None
    before = r.items[k - 1] if k > 0 else None
    if before is not None and before.kind == "TRIG" and before.trigger.form == "prefix":
        return None  # ``具有抗肿瘤特性``: 抗/促 + a name + its noun are zh.prefix's to read
    then = r.items[k + 2] if k + 2 < len(r.items) else None
    if then is not None and then.pos.startswith("u") and then.kind != "DE":
        return None  # ``IL-10 代表了…``: a verb the tagger took for a noun (了, 着, 过 follow verbs)
    if then is not None and (then.kind == "LIST" or then.has("conj")):
        return None  # ``骨保护素系统、Wnt 信号通路和…``: a list member's head names the member (noun_pos)
    return Item("WORD", it.start, it.end, it.text, it.pos, found=it.found, marks=it.marks)


def _plain_head(x: Item) -> bool:
    """A plain noun that may head a compound: jieba's noun tags, not an idiom (l), no cue, no word class
    that says it still names the name before it or that zh.compound_modifier reads."""
    return x.kind == "WORD" and not x.cues and x.is_a("noun_pos") and not x.pos.startswith("l") \
        and not (x.is_a("same_head") or x.is_a("cell_compound_head") or x.is_a("compound_head"))
