"""Groups: adjacent names and aspect words read as (name, aspect) pairs.

Adjacent names and aspect words, joined by conjunctions and ``的``/``of`` (and
short modifiers), form a group, read as (name, aspect) pairs:
``破骨细胞的分化和活化`` gives (osteoclast, differentiation) and (osteoclast,
activity); ``IL-1α 和 TNF-α`` two names; ``A、B 等细胞因子`` the examples A and B,
not the class word; in ``成骨细胞前体细胞中 RANKL 的表达`` the place before ``中``
is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..names.mentions import Found
from .data import MOLECULE_TYPES, THING_TYPES, AspectWord
from .items import Item, adverb_before_aspect, is_conj, modifier, next_element

_DISEASE_ASPECT = {"infiltration": "invasion"}


@dataclass(frozen=True)
class Arg:
    """One (name, aspect) reading of a group."""

    found: Found
    aspect: str | None
    knocked_down: bool = False
    inverse: bool = False  # the aspect word said the opposite (化疗敏感性): polarity turned round


@dataclass(frozen=True)
class Group:
    start: int  # item index of the first element
    end: int  # item index after the last element
    args: tuple[Arg, ...]
    agents: bool = False  # ``TNF-α 拮抗剂``: the names are what an unnamed agent acts on
    joined_by_with: bool = False  # ``A 与 B``: a binding pair when 结合 follows
    pronoun: bool = False  # ``它``: names an earlier sentence's factor
    acts_on: tuple[Arg, ...] = ()  # ``STAT3 抑制剂 Stattic``: what the named agent acts on
    agent_word: "Item | None" = None  # and the word that says how
    steps: tuple[str, ...] = ()  # the constructions that made the group what it is (a pronoun's referent…)

    def replaced(self, args) -> "Group":
        return Group(self.start, self.end, tuple(args), self.agents, self.joined_by_with, self.pronoun,
                     self.acts_on, self.agent_word, self.steps)

    def with_step(self, step: str) -> "Group":
        return Group(self.start, self.end, self.args, self.agents, self.joined_by_with, self.pronoun,
                     self.acts_on, self.agent_word, self.steps + (step,))


@dataclass
class _Scan:
    """Where ``read_group`` is in its items, and what it has read."""

    items: list[Item]
    lang: str
    j: int
    last: int
    conjuncts: list[list[Item]] = field(default_factory=lambda: [[]])
    with_pair: bool = False
    agents: bool = False


def read_group(items: list[Item], i: int, lang: str) -> Group | None:
    """The group that starts at item ``i`` (a name or aspect word), or None."""
    if items[i].kind not in ("ENT", "ASP"):
        return None
    s = _Scan(items, lang, i, i)
    while s.j < len(items):
        step = _scan_step(s, i)
        if isinstance(step, Group):
            return step
        if not step:
            break
    args = readings([c for c in s.conjuncts if c], lang, s.with_pair)
    if not args:
        return None
    return Group(i, s.last + 1, tuple(args), s.agents, s.with_pair)


def _scan_step(s: _Scan, i: int) -> "Group | bool":
    """Read the item at ``s.j``: True to go on, False to stop, or the whole group when a
    named agent ends it."""
    items, j, it = s.items, s.j, s.items[s.j]
    if it.kind in ("ENT", "ASP"):
        s.conjuncts[-1].append(it)
        s.last, s.j = j, j + 1
        return True
    knockdown = it.kind == "CUE" and it.has("knockdown")  # a trigger word's knock-down is the clause's
    if it.kind == "TRIG" and it.has("knockdown") and _knocked_molecule_joined(items, j, s.conjuncts[-1], s.lang):
        knockdown = True  # ``LIF 阻断或 LIFR 缺失可减缓…``: a knock-down joined to another is the name's own
    if it.kind == "LOC" and it.is_a("respect"):
        return False
    if it.has("aspect_link") and (past := _past_unnamed_relative(items, j + 1)) is not None:
        # ``保护胆管癌细胞免受药物诱导的凋亡``: apoptosis is the cells', whatever unnamed thing induces it
        s.conjuncts[-1].append(it)
        s.j = past
        return True
    if it.kind in ("DE", "LOC") or knockdown or it.has("direction") or it.has("aspect_link"):
        return _linking_word(s, it, knockdown)
    if _null_mark(s, j):
        # ``IL-10−/−小鼠``: the knock-out mark after a name is a knock-down word of it
        s.conjuncts[-1].append(it._replace(kind="CUE", text="".join(x.text for x in items[j:j + 3]),
                                           end=items[j + 2].end, cues=it.cues | {"knockdown"}))
        s.last, s.j = j + 2, j + 3
        return True
    if it.kind == "TRIG" and it.trigger.form == "agent":
        return _agent_word(s, i, it)
    if it.has("etc"):
        _etc(s)
        return False
    if is_conj(it) or (it.kind == "SEP" and it.is_a("comma") and s.lang == "en"):
        return _conjunction(s, it)
    return _modifier_or_qualifier(s, it)


def _linking_word(s: _Scan, it: Item, knockdown: bool) -> bool:
    """的/of, a place word, a knock-down, direction or aspect-link word inside a group:
    kept when another element follows it."""
    items, j = s.items, s.j
    knockdown_next = it.kind == "DE" and j + 1 < len(items) and items[j + 1].kind == "CUE" \
        and items[j + 1].has("knockdown")
    agent_next = it.kind == "DE" and j + 1 < len(items) and items[j + 1].kind == "TRIG" \
        and items[j + 1].trigger.form == "agent"  # ``IL-6 受体的抗体托珠单抗``
    if next_element(items, j + 1, s.lang) is None and not knockdown and not knockdown_next and not agent_next:
        return False
    s.conjuncts[-1].append(it)
    if knockdown:
        s.last = j
    s.j += 1
    return True


def _agent_word(s: _Scan, i: int, it: Item) -> "Group | bool":
    """``CXCR4 拮抗剂 BKT140``: BKT140 is the name, acting on CXCR4; with no name after
    the agent word (``TNF-α 拮抗剂``), the names are what an unnamed agent acts on."""
    items, j = s.items, s.j
    named = read_group(items, j + 1, s.lang) if j + 1 < len(items) and items[j + 1].kind == "ENT" else None
    if named is not None:
        before = readings([c for c in s.conjuncts if c], s.lang)
        return Group(i, named.end, named.args, acts_on=tuple(before), agent_word=it)
    s.agents = True
    s.last, s.j = j, j + 1
    return False


def _etc(s: _Scan) -> None:
    """``A、B 等细胞因子``: the examples stand for the class word after 等; what the class
    word's group says of it (``Th17、Treg 等细胞的分化``: their differentiation) is said of them."""
    items, j = s.items, s.j
    nxt = next_element(items, j + 1, s.lang)
    tail = read_group(items, nxt, s.lang) if nxt is not None and items[nxt].kind == "ENT" else None
    aspects = [it for it in items[nxt:tail.end] if it.kind == "ASP"] if tail is not None else []
    if aspects:
        s.conjuncts.append(aspects)
        s.last = tail.end - 1
    elif nxt is not None and items[nxt].kind == "ENT" and items[nxt].found.concept.type == "family":
        s.last = (tail.end - 1) if tail else nxt
    else:
        s.last = j


def _conjunction(s: _Scan, it: Item) -> bool:
    """A conjunction, list mark or English comma: a new conjunct starts at the next element."""
    items = s.items
    if it.kind == "SEP" and s.j + 1 < len(items) and is_conj(items[s.j + 1]):
        s.j += 1  # ``A, B, and C``
    nxt = next_element(items, s.j + 1, s.lang)
    if nxt is None and it.kind == "LIST" and (_noun_before_name(items, s.j + 1) or _word_after_enumeration_comma(items, s.j)):
        nxt = s.j + 2  # ``…、器官移植免疫耐受、…``: a plain noun right before a member's name qualifies it
    if nxt is None:
        return False
    s.with_pair = s.with_pair or it.is_a("with") or it.is_a("with_its")
    s.conjuncts.append([])
    s.j = nxt
    return True


def _word_after_enumeration_comma(items: list[Item], j: int) -> bool:
    """``胸腺 T 细胞发育、外周 T 细胞稳态以及…``: after the enumeration comma 、 (which joins only words
    and phrases of one list, never clauses), a plain word (no cue) right before a name belongs to that
    member (Chinese)."""
    return items[j].is_a("enumeration_mark") and j + 2 < len(items) and items[j + 1].kind == "WORD" and not items[j + 1].cues \
        and items[j + 2].kind in ("ENT", "ASP")


def _noun_before_name(items: list[Item], j: int) -> bool:
    """A plain noun (noun_pos of words.tsv, no cue) at ``j`` with a name right after it (Chinese)."""
    return j + 1 < len(items) and items[j].kind == "WORD" and not items[j].cues and items[j].is_a("noun_pos") \
        and items[j + 1].kind == "ENT"


def _modifier_or_qualifier(s: _Scan, it: Item) -> bool:
    items, j, lang = s.items, s.j, s.lang
    q = j + it.is_a("hyphen")
    head = next_element(items, q + 1, lang) if lang == "en" and q < len(items) and items[q].has("qualifier") \
        else None
    if head is not None and items[head].kind == "ENT":
        # ``tumor-derived LIF``, ``cell-derived exosomal miR-7-5p``: the name before the
        # qualifier only qualifies the head after it
        while s.conjuncts[-1] and s.conjuncts[-1][-1].kind == "ENT":
            s.conjuncts[-1].pop()
        s.j = head
        return True
    if lang == "en" and it.kind == "WORD" and it.is_a("adverb_ending") and s.conjuncts[-1] \
            and s.conjuncts[-1][-1].kind == "ENT":
        return False  # ``FGF2/FGFR2 partially overcomes…``: an adverb after a name opens its predicate
    if it.kind in ("WORD", "CUE") and modifier(it, lang) or adverb_before_aspect(items, j) \
            or _noun_after_member(s, it) or _gene_before_knockdown(s, it):
        s.j += 1
        return True
    return False


_DASHES = frozenset({"-", "−", "–"})


def _null_mark(s: _Scan, j: int) -> bool:
    """A knock-out mark (``−/−``: a dash, a slash and a dash, as the segmenter splits it) right after a name (Chinese)."""
    items = s.items
    return s.lang == "zh" and j + 2 < len(items) and bool(s.conjuncts[-1]) and s.conjuncts[-1][-1].kind == "ENT" \
        and items[j].text in _DASHES and items[j + 1].text == "/" and items[j + 2].text in _DASHES


def _gene_before_knockdown(s: _Scan, it: Item) -> bool:
    """``IL-10 基因敲除小鼠``, ``IL-6 基因缺失的小鼠``: a noun that still names the name before it (same_head of
    words.tsv: 基因, 蛋白) and a knock-down word after it (的 between or not): the knock-down is the name's."""
    items, j = s.items, s.j
    k = j + 1 + (j + 1 < len(items) and items[j + 1].kind == "DE")
    return s.lang == "zh" and it.kind == "WORD" and it.is_a("same_head") and bool(s.conjuncts[-1]) \
        and s.conjuncts[-1][-1].kind == "ENT" and k < len(items) and items[k].kind == "CUE" and items[k].has("knockdown")


def _noun_after_member(s: _Scan, it: Item) -> bool:
    """``骨保护素系统、泛素-蛋白酶体途径``: a plain noun right after a member's name and before a list
    mark with another member after it heads that member (a system, a complex); the list goes on
    (Chinese)."""
    items, j = s.items, s.j
    return s.lang == "zh" and it.kind == "WORD" and not it.cues and it.is_a("noun_pos") \
        and bool(s.conjuncts[-1]) and s.conjuncts[-1][-1].kind == "ENT" \
        and j + 1 < len(items) and items[j + 1].kind == "LIST" and next_element(items, j + 2, s.lang) is not None


def _knocked_molecule_joined(items: list[Item], j: int, conjunct: list[Item], lang: str) -> bool:
    """``LIF 阻断或 LIFR 缺失``: the knock-down word at ``j`` follows a molecule and a
    conjunction joins another molecule after it: the word is the molecule's own knock-down."""
    if not conjunct or conjunct[-1].kind != "ENT" or conjunct[-1].found.concept.type not in MOLECULE_TYPES \
            or j + 1 >= len(items) or not is_conj(items[j + 1]):
        return False
    nxt = next_element(items, j + 2, lang)
    return nxt is not None and items[nxt].kind == "ENT" and items[nxt].found.concept.type in MOLECULE_TYPES


def _past_unnamed_relative(items: list[Item], j: int) -> int | None:
    """``药物诱导的凋亡``: a relative clause whose agent is a plain word (no name), or
    drugs given as a treatment (``阿糖胞苷和依托泊苷治疗引起的细胞毒性``), then 的 and a
    name or aspect; the index of that name or aspect, else None."""
    k = j
    while k < len(items) and k < j + 2 and items[k].kind == "WORD":
        k += 1
    if k == j:
        k = _past_drug_treatment(items, j)
    if k == j or k + 2 >= len(items) or items[k].kind != "TRIG" or items[k + 1].kind != "DE" \
            or items[k + 2].kind not in ("ENT", "ASP"):
        return None
    return k + 2


def _past_drug_treatment(items: list[Item], j: int) -> int:
    """``阿糖胞苷和依托泊苷治疗``: drug names joined by conjunctions and a short verb after
    them (the treatment); the index after the verb, else ``j``."""
    k = j
    while k < len(items) and (items[k].kind == "ENT" and items[k].found.concept.type == "drug"
                              or k > j and is_conj(items[k])):
        k += 1
    if k == j or items[k - 1].kind != "ENT" or k >= len(items) or items[k].kind != "VERB" or len(items[k].text) > 2:
        return j
    return k + 1


def group_before(clause: list[Item], i: int, lang: str) -> Group | None:
    """The group that ends right before item ``i``."""
    k = i - 1
    while k >= 0 and clause[k].kind == "WORD" and (modifier(clause[k], lang) or clause[k].is_a("hyphen")):
        k -= 1
    if k < 0 or clause[k].kind not in ("ENT", "ASP"):
        return None
    first = k
    while first - 1 >= 0 and (clause[first - 1].kind in ("ENT", "ASP", "DE", "LIST")
                              or clause[first - 1].has("conj") or clause[first - 1].has("filler")):
        first -= 1
    while first < k and clause[first].kind not in ("ENT", "ASP"):
        first += 1
    group = read_group(clause, first, lang)
    return group if group and group.end > k else None


# --- readings: (name, aspect) pairs of a group's conjuncts ---------------------

@dataclass
class _Pending:
    """What ``readings`` holds while it walks the conjuncts."""

    args: list[Arg] = field(default_factory=list)
    names: list[tuple[Found, bool]] = field(default_factory=list)
    aspects: list[AspectWord] = field(default_factory=list)
    current: list[tuple[Found, bool]] = field(default_factory=list)


def readings(conjuncts: list[list[Item]], lang: str, with_pair: bool = False) -> list[Arg]:
    """(name, aspect) pairs of a group's conjuncts.

    A conjunct is read head-last in Chinese (``X 的 Y``: Y) and, around
    ``of``, head-first in English (``RANK of osteoclasts``: RANK;
    ``differentiation of osteoclasts``: osteoclast, differentiation). Names
    without an aspect share the aspects of the conjunct that follows
    (``E1 和 E2 的表达``); aspects without a name take the names before
    them (``破骨细胞的分化和活化``) or, in English, after them
    (``differentiation and activation of osteoclasts``).
    """
    p = _Pending()
    for conjunct in conjuncts:
        names, aspects = _conjunct(conjunct, lang)
        _before_conjunct(p, conjunct)
        lone = [it for it in conjunct if it.kind == "ENT"]
        if names and not aspects and p.current and len(lone) == 1 and lone[0].aspect:
            # ``AML 细胞的增殖、存活和耐药``: a process named by an aspect word,
            # listed among aspects, is one more aspect of the same name
            names, aspects = [], [lone[0].aspect]
        if lang == "zh" and not with_pair and p.names and not p.aspects and _owned_process(conjunct, names):
            # ``刺激中性粒细胞和单核细胞的氧化代谢``: a process named after 的 is the head of every
            # conjunct before it; the bare names listed before are its owners too, no targets (not
            # after 与: ``BMSC 与 CLL 细胞的黏附`` is BMSC's own adhesion to the cells)
            p.names = []
        if lang == "zh" and _producer_clause(conjunct):
            # ``增加成骨细胞和滑膜细胞释放 RANK-L``: the cells listed before the cells that
            # release the molecule release it too; they are no target
            p.names = [(name, kd) for name, kd in p.names if name.concept.type != "cell"]
        if names and aspects:
            for name, kd in p.names + names:
                p.args += [_arg(name, a, kd) for a in p.aspects + aspects]
            p.current = p.names + names
            p.names, p.aspects = [], []
        elif names:
            _names_only(p, conjunct, names, lang)
        elif aspects:
            _aspects_only(p, aspects, lang)
    p.args += [_arg(name, None, kd) for name, kd in p.names]
    return p.args


def _owned_process(conjunct: list[Item], names: list[tuple[Found, bool]]) -> bool:
    """``单核细胞的氧化代谢``: a conjunct whose one head is a process's name after an owner and 的."""
    return len(names) == 1 and names[0][0].concept.type == "process" and len(conjunct) >= 3 \
        and conjunct[-2].kind == "DE" and conjunct[-1].kind == "ENT" and conjunct[0].kind == "ENT"


def _producer_clause(conjunct: list[Item]) -> bool:
    """``滑膜细胞释放 RANK-L``: cells, an expression word right after them (no 的) and the
    molecule they make: a clause of its own inside the group, whose head is the molecule."""
    return any(a.kind == "ENT" and a.found.concept.type == "cell" and b.kind == "ASP" and b.text
               and b.aspect.aspect == "expression" and c.kind == "ENT"
               for a, b, c in zip(conjunct, conjunct[1:], conjunct[2:]))


def _before_conjunct(p: _Pending, conjunct: list[Item]) -> None:
    """What a conjunct says of the names listed before it: a place they share, or a
    process of its own on the class word that they do not share."""
    places = _places(conjunct)
    if places and not p.aspects:
        # ``T 淋巴细胞、B 淋巴细胞和巨噬细胞上的受体``: the place closed by 上/中/表面
        # is shared by the bare names of its kind listed right before it: they are places
        # too (``IL-1β 与其 T 淋巴细胞…上的受体``: IL-1β, of another kind, stays)
        while p.names and p.names[-1][0].concept.type in places:
            p.names.pop()
    if p.names and not p.aspects and len(conjunct) > 1 and conjunct[0].has("generic_head") \
            and conjunct[1].kind == "ASP" and not conjunct[1].text:
        # ``免疫系统、炎症反应以及细胞增殖和分化``: a process named on the class word (细胞增殖)
        # is a name of its own; the names listed before it do not share its aspect
        p.args += [_arg(name, None, kd) for name, kd in p.names]
        p.names = []


def _names_only(p: _Pending, conjunct: list[Item], names: list[tuple[Found, bool]], lang: str) -> None:
    owner = _process_owner(conjunct, lang)
    if owner is not None and not p.aspects:
        # ``ALL 细胞的黏附、迁移、增殖``: a process owned through 的 is a
        # target in itself, and the aspects listed after it are its owner's
        p.args += [_arg(name, None, kd) for name, kd in p.names + names]
        p.names, p.current = [], [(owner.found, names[0][1])]
        return
    if p.aspects and (lang == "en" or not p.args):
        # ``differentiation of osteoclasts``; ``诱导产生 IL-5`` (the production of IL-5)
        for name, kd in names:
            p.args += [_arg(name, a, kd) for a in p.aspects]
        p.aspects, p.current = [], names
    else:
        p.names.extend(names)


def _aspects_only(p: _Pending, aspects: list[AspectWord], lang: str) -> None:
    owners = p.current or (p.names if lang == "zh" else [])
    if owners:
        for name, kd in owners:
            p.args += [_arg(name, a, kd) for a in aspects]
        p.current, p.names = owners, ([] if owners is p.names else p.names)
    else:
        p.aspects.extend(aspects)


def _places(items: list[Item]) -> set[str]:
    """The types of the names a conjunct gives as a place before its head (``巨噬细胞上的受体``)."""
    last = max((k for k, it in enumerate(items) if it.kind == "LOC" and any(x.kind == "ENT" for x in items[k + 1:])),
               default=None)
    if last is None:
        return set()
    return {it.found.concept.type for it in items[:last] if it.kind == "ENT"}


def _conjunct(items: list[Item], lang: str) -> tuple[list[tuple[Found, bool]], list[AspectWord]]:
    """The head name and the aspect words of one conjunct."""
    knocked = any(it.kind in ("CUE", "TRIG") and it.has("knockdown") for it in items)
    # A place or owner before 中 is not the head: ``A 中 B 的表达`` is B's.
    cut = 0
    for k, it in enumerate(items):
        if it.kind == "LOC" and any(x.kind == "ENT" for x in items[k + 1:]):
            cut = k + 1
    items = items[cut:]
    # ``向 X 分化``: X is where the differentiation leads, not whose it is.
    direction = next((k for k, it in enumerate(items) if it.has("direction")), None)
    if direction is not None:
        items = [it for k, it in enumerate(items) if k < direction or it.kind == "ASP"]
    ents, aspects = _heads_and_aspects(items, lang)
    if not ents:
        return [], aspects
    knock = next((k for k, it in enumerate(items) if it.kind == "CUE" and it.has("knockdown")), None)
    if lang == "zh" and knocked and len(ents) > 1 and knock is not None:
        # ``缺乏 syntenin 的 BMSC`` / ``PKC-β 缺乏的 BMSC``: the missing name is
        # what acts, its polarity turned round; the carrier is not the factor
        near = min(ents, key=lambda e: abs(items.index(e) - knock))
        return [(near.found, True)], aspects
    if lang == "zh":
        head = ents[-1]
    else:
        of_at = next((k for k, it in enumerate(items) if it.kind == "DE"), None)
        before_of = [it for it in items[:of_at] if it.kind == "ENT"] if of_at is not None else []
        head = before_of[0] if before_of else ents[0] if of_at is not None else ents[-1]
    return [(head.found, knocked)], aspects


def _heads_and_aspects(items: list[Item], lang: str) -> tuple[list[Item], list[AspectWord]]:
    """The candidate head names of a conjunct and its aspect words. A name that is an
    aspect word, after another name, is its aspect: ``肿瘤细胞凋亡`` is (tumor cell, apoptosis)."""
    ents, aspects = [], []
    for k, it in enumerate(items):
        if it.kind == "ENT" and it.has("generic_head") and ents:
            if lang == "zh" and items[k - 1].kind == "DE" and ents[-1].found.concept.type in ("cell", "anatomy") \
                    and not aspects:
                # ``肿瘤细胞的信号通路``: a cell's pathway is the head, the cell its owner
                # (``细胞死亡的信号通路``, a process's, keeps the process; ``免疫系统的各种炎症因子``:
                # a body system's cytokines are cytokines)
                ents, aspects = [it], []
            continue  # ``NF-κB 信号通路``: NF-κB stays the head
        if it.kind == "ENT" and it.aspect and ents:
            aspects.append(it.aspect)
        elif it.kind == "ENT":
            ents.append(it)
        elif it.kind == "ASP" and not _occurrence_of_aspect(items, k, aspects) \
                and not (lang == "zh" and _describes_name(items, k)):
            aspects.append(it.aspect)
    return ents, aspects


def _describes_name(items: list[Item], k: int) -> bool:
    """``成熟造血干细胞分化为破骨细胞`` / ``形成成熟的破骨细胞`` / ``支持 CLL 生长的微环境的形成``:
    an aspect word right before a name with another aspect word after that name, or before 的
    and a name with another aspect word anywhere in the conjunct, describes the name (mature,
    growth-supporting); it is no aspect."""
    if k + 1 < len(items) and items[k + 1].kind == "ENT":
        return any(x.kind == "ASP" and x.text for x in items[k + 2:])
    return k + 2 < len(items) and items[k + 1].kind == "DE" and items[k + 2].kind == "ENT" \
        and any(x.kind == "ASP" and x.text for m, x in enumerate(items) if m != k)


def _occurrence_of_aspect(items: list[Item], k: int, aspects: list[AspectWord]) -> bool:
    """``细胞凋亡的发生``: an aspect word that names no aspect of its own (发生, occurrence),
    after 的 and another aspect, is that aspect's occurrence: it adds none (not 发生 after a
    cell type, differentiation)."""
    return bool(aspects) and items[k].aspect.aspect is None and k > 0 and items[k - 1].kind == "DE"


def _process_owner(items: list[Item], lang: str) -> Item | None:
    """``ALL 细胞的黏附``: the thing (not a process) whose process the conjunct's
    head is, named right before 的; None otherwise (Chinese only)."""
    ents = [k for k, it in enumerate(items) if it.kind == "ENT"]
    if lang != "zh" or len(ents) < 2 or items[ents[-1]].found.concept.type != "process":
        return None
    k = ents[-1]
    if items[k - 1].kind != "DE" or k - 2 != ents[-2]:
        return None
    owner = items[ents[-2]]
    return owner if owner.found.concept.type in THING_TYPES else None


def _arg(found: Found, aspect: AspectWord | None, knocked: bool) -> Arg:
    if aspect is None:
        return Arg(found, None, knocked)
    value = aspect.for_cells if found.concept.type == "cell" else aspect.aspect
    if found.concept.type == "disease":
        # ``肿瘤生长和浸润``: a tumour does not infiltrate (cells do); its 浸润 is invasion
        value = _DISEASE_ASPECT.get(value, value)
    return Arg(found, value, knocked, aspect.inverse_for_cells if found.concept.type == "cell" else aspect.inverse)


def arg_with_aspect(found: Found, aspect: AspectWord | None, knocked: bool) -> Arg:
    """The reading of ``found`` with the aspect word ``aspect`` (as in a group)."""
    return _arg(found, aspect, knocked)


def disease_aspect(aspect: str | None) -> str | None:
    """What an aspect is for a disease (or its cells): a tumour's 浸润 is its invasion."""
    return _DISEASE_ASPECT.get(aspect, aspect)


def is_disease_aspect(aspect: str | None) -> bool:
    return aspect in _DISEASE_ASPECT


def without_effect_noun(args, effect_word: Item) -> list[Arg]:
    """``具有抗肿瘤活性``: the 活性 after a prefixed name is the effect's noun
    (anti-tumour activity), not the tumour's activity; the name keeps no aspect
    from it."""
    if effect_word.kind != "ASP":
        return list(args)
    return [replace(a, aspect=None) if a.aspect == effect_word.aspect.aspect else a for a in args]


def prefixed_args(items: list[Item], group: Group) -> list[Arg]:
    """``抗凋亡的作用``: a process framed on a class word (凋亡: a cell's apoptosis) right
    after the prefix, with no owner named, is the process itself, as 抗炎 is inflammation."""
    first = items[group.start]
    if len(group.args) == 1 and first.process is not None and first.has("generic_head"):
        return [Arg(first.process, None, group.args[0].knocked_down)]
    return list(group.args)
