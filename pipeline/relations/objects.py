"""Where a trigger's object is: stages ``object`` (before the search), ``object_group`` (at the
first group after the trigger) and ``object_word`` (at the other items on the way).

The object is the first group after the trigger, unless a construction says otherwise:
a list mark or a conjunction right after it (no object), a relative clause whose head is
the object (``抑制 RANKL 诱导的破骨细胞形成``), a place before it (``降低胰腺癌中…``), an
effect noun that makes it the activity (``逆转了 BMSC 的保护作用``), a pronoun that names
an earlier claim's object (``增强其功能``). ``find_object`` gives the object group (or
None) and the index where reading goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .engine import DONE, GO_ON, construction, run
from .groups import Arg, Group, read_group
from .items import Item, change_after_name, de_follows, effect_noun_owned, ends_clause, is_conj, next_element
from .state import Reader, at

@dataclass
class ObjectSearch:
    """The search for the object of the trigger at ``i``: the clause (which a construction
    may cut short), where the search is, and the group found there."""

    clause: list[Item]
    i: int
    j: int
    group: Group | None = None


def find_object(r: Reader, clause: list[Item], i: int) -> tuple[Group | None, int]:
    """The object of the trigger at ``i`` and the index where reading goes on."""
    s = ObjectSearch(clause, i, i + 1)
    out = run(r, "object", clause[i], s)
    if out is not None:
        return out
    while s.j < len(s.clause):
        it = s.clause[s.j]
        if it.kind in ("ENT", "ASP"):
            s.group = read_group(s.clause, s.j, r.lang)
            if s.group is None:
                return None, s.j + 1
            out = run(r, "object_group", it, s)
            if out is DONE:
                continue  # the search goes on where the construction left it
            return out
        out = run(r, "object_word", it, s)
        if out is not None:
            return out
        s.j += 1
    return None, s.j


def _past_particles(clause: list[Item], j: int, lang: str) -> int:
    """The index after the aspect particles at ``j`` (``调节着与…``)."""
    while lang == "zh" and j < len(clause) and clause[j].is_a("particle"):
        j += 1
    return j


# --- before the search (stage ``object``) --------------------------------------

@construction("change_before_list")
def change_before_list(r: Reader, name: str, s: ObjectSearch):
    if s.j < len(s.clause) and s.clause[s.j].kind == "LIST":
        return None, s.j
    return None


@construction("change_before_conj")
def change_before_conj(r: Reader, name: str, s: ObjectSearch):
    if s.j < len(s.clause) and is_conj(s.clause[s.j]) and change_after_name(s.clause, s.i):
        return None, s.j
    return None


@construction("zh.trigger_before_conj", needs=("conj",))
def trigger_before_conj(r: Reader, name: str, s: ObjectSearch):
    clause, j = s.clause, s.j
    if j + 1 < len(clause) and clause[j].has("conj") and not clause[j].is_a("with") \
            and next_element(clause, j + 1, r.lang) is not None:
        return None, j
    return None


@construction("zh.pronoun_clause", needs=("pronoun", "with|and"))
def pronoun_clause(r: Reader, name: str, s: ObjectSearch):
    clause, j = s.clause, s.j
    if j + 1 < len(clause) and clause[j].has("pronoun") and (clause[j + 1].is_a("with") or clause[j + 1].is_a("and")):
        return None, j
    return None


@construction("zh.association_object", needs=("with",))
def association_object(r: Reader, name: str, s: ObjectSearch):
    clause = s.clause
    j = _past_particles(clause, s.j, r.lang)
    if not (j < len(clause) and clause[j].is_a("with")):
        return None
    close = next((k for k in range(j + 1, len(clause)) if clause[k].has("no_claim")
                  or clause[k].has("coculture")), None)
    if close is None or not de_follows(clause, close):
        return None, j
    head = next((k for k in range(close + 1, len(clause)) if clause[k].kind in ("ENT", "ASP")), None)
    group = read_group(clause, head, r.lang) if head is not None else None
    return (group.with_step(name), group.end) if group is not None else (None, j)


@construction("zh.host_relative", needs=("host",))
def host_relative(r: Reader, name: str, s: ObjectSearch):
    clause, i = s.clause, s.i
    if not (i > 0 and clause[i - 1].has("host")):
        return None
    de = next((k for k in range(s.j, len(clause)) if clause[k].kind in ("DE", "SEP", "TRIG", "VERB")), None)
    if de is not None and clause[de].kind == "DE":
        s.clause = clause[:de]
        return GO_ON
    return None


@construction("zh.pronoun_object", needs=("pronoun",))
def pronoun_object(r: Reader, name: str, s: ObjectSearch):
    """``增加免疫抑制细胞（如调节性 T 细胞）的数量并增强其功能`` / ``增加 Runx2、Osx 的水平，
    而较高浓度的 TNF-α则可降低它们的水平``: a pronoun right after a trigger, owning an
    aspect (其功能, 它们的水平), names what an earlier claim of the sentence acted on:
    a plural one (它们) that claim's objects, a singular one (其) the name nearest before
    it after that claim's trigger that is not its factor."""
    clause = s.clause
    j = _past_particles(clause, s.j, r.lang)
    last = r.last
    if not (j < len(clause) and clause[j].has("pronoun")) or last is None or not last.target_args:
        return None
    aspects, end = _owned_aspects(clause, j)
    if not aspects or end < len(clause) and clause[end].kind == "ENT" and clause[end - 1].kind == "ASP" \
            and clause[end - 1].aspect.aspect == "expression":
        return None  # ``促使其分泌 IL-17``: a pivot; what the referent makes is the object (zh.pivot_product)
    word = clause[j]
    if word.has("plural"):
        named = [a.found for a in last.target_args]
    else:
        factors = {a.found.concept.id for a in last.factors}
        near = [x.found for x in r.items if x.kind == "ENT" and last.trigger.end <= x.start
                and x.end <= word.start and x.found.concept.id not in factors]
        named = near[-1:]
    if not named:
        return None
    args = [Arg(at(r, f, word, name), (a.for_cells if f.concept.type == "cell" else a.aspect))
            for f in named for a in aspects]
    return Group(j, end, tuple(args), pronoun=True), end


def _owned_aspects(clause: list[Item], j: int) -> tuple[list, int]:
    """The aspect words the pronoun at ``j`` owns (其功能, 它们的水平) and where they end."""
    k = j + 1 + (j + 1 < len(clause) and clause[j + 1].kind == "DE")
    aspects, end = [], k
    while end < len(clause) and clause[end].kind == "ASP":
        aspects.append(clause[end].aspect)
        end += 1
        if end + 1 < len(clause) and (clause[end].has("conj") or clause[end].kind == "LIST") \
                and clause[end + 1].kind == "ASP":
            end += 1
    return aspects, end


# --- at the first group after the trigger (stage ``object_group``) ---------------

@construction("zh.associated_partner", needs=("with", "no_claim"))
def associated_partner(r: Reader, name: str, s: ObjectSearch):
    """``通过激活 STAT3 与肿瘤的发生发展相关``: a group joined by 与 and closed by a no-claim
    cue (相关, 有关, 一致; plain words such as 密切 between): 与 introduces what the clause is associated with, so only the names
    before 与 are the object; the association after it states nothing (association_after)."""
    clause, group, k = s.clause, s.group, s.group.end
    w = next((m for m in range(group.start + 1, k) if clause[m].is_a("with")), None)
    while k < len(clause) and clause[k].kind == "WORD":  # 密切相关, 显著相关
        k += 1
    if w is None or k >= len(clause) or not clause[k].has("no_claim"):
        return None
    before = [a for a in group.args if a.found.cstart < clause[w].start]
    if not before:
        return None
    return replace(group, end=w, args=tuple(before)).with_step(name), w


@construction("zh.with_pair_outcome")
def with_pair_outcome(r: Reader, name: str, s: ObjectSearch):
    clause, k = s.clause, s.group.end
    if s.group.joined_by_with and k + 1 < len(clause) and clause[k].kind == "VERB" and clause[k + 1].kind == "ENT":
        head = read_group(clause, k + 1, r.lang)
        return (head.with_step(name), head.end) if head is not None else (None, k + 1)
    return None


@construction("zh.place_before_object")
def place_before_object(r: Reader, name: str, s: ObjectSearch):
    clause, k = s.clause, s.group.end
    if k + 1 < len(clause) and clause[k].kind == "LOC" and not clause[k].is_a("respect") \
            and not clause[k].is_a("surface") and clause[k + 1].kind != "SEP" \
            and not any(x.has("locative") for x in clause[:k]):
        s.j = k + 1
        return DONE
    return None


@construction("qualified_object", needs=("qualifier",))
def qualified_object(r: Reader, name: str, s: ObjectSearch):
    clause, k = s.clause, s.group.end
    if not (k < len(clause) and clause[k].has("qualifier") and not ends_clause(clause, k)):
        return None
    h = next((m for m in range(k + 1, min(k + 4, len(clause))) if clause[m].kind in ("ENT", "ASP")
              or clause[m].kind not in ("DE", "WORD")), None)
    head = read_group(clause, h, r.lang) if h is not None and clause[h].kind in ("ENT", "ASP") else None
    return (head.with_step(name), head.end) if head is not None else (None, k + 1)


@construction("zh.copula_relative_object")
def copula_relative_object(r: Reader, name: str, s: ObjectSearch):
    """``IL-10 是一种可抑制巨噬细胞活化的细胞因子``: a trigger in a relative clause after a copula
    (A 是 (一种) (可) V B 的 N, N ending the clause): N only classes the subject A; B, before the
    last 的, is the object."""
    clause, g = s.clause, s.group
    de = next((m for m in range(g.end - 1, g.start, -1) if clause[m].kind == "DE"), None)
    if de is None or clause[g.end - 1].kind != "ENT" or not ends_clause(clause, g.end) \
            or not _after_copula(clause, s.i):
        return None
    owner = read_group(clause[:de], g.start, r.lang)
    return (owner.with_step(name), g.end) if owner is not None else None


def _after_copula(clause: list[Item], i: int) -> bool:
    """The trigger at ``i`` follows a copula after a subject, with only plain words (一种) and
    modals (可, 能够) between them."""
    for m in range(i - 1, 0, -1):
        it = clause[m]
        if it.kind == "VERB" and it.is_a("copula"):
            return clause[m - 1].kind in ("ENT", "ASP", "CLOSE")
        if not (it.kind == "WORD" or it.kind == "VERB" and it.is_a("modal")):
            return False
    return False


@construction("relative_head_object")
def relative_head_object(r: Reader, name: str, s: ObjectSearch):
    clause, k = s.clause, s.group.end
    while k + 1 < len(clause) and clause[k].is_a("hyphen") and clause[k + 1].kind == "ENT":
        k += 2  # ``激活 MyD88-IRAK4 介导的 NF-κB 通路``: a chain of names joined by hyphens is one agent
    k += k + 1 < len(clause) and clause[k].is_a("relative_particle") and clause[k + 1].kind == "TRIG"  # A 所引起的 B
    if not (k < len(clause) and (clause[k].kind == "TRIG" and de_follows(clause, k)
                                 or clause[k].kind == "WORD" and clause[k].is_a("relative_particle"))):
        return None  # ``抑制 RANKL 诱导的破骨细胞形成``, ``减轻 LPS 所致(的)肺损伤``
    # the head after 的, past a filler word (诱导的小鼠急性肺损伤: the mice only say where)
    h = next((m for m in range(k + 1, min(k + 4, len(clause)))
              if clause[m].kind != "DE" and not clause[m].has("filler")), None)
    head = read_group(clause, h, r.lang) if h is not None and clause[h].kind in ("ENT", "ASP") else None
    return (head.with_step(name), k) if head is not None else None


@construction("en.participle_head_object")
def participle_head_object(r: Reader, name: str, s: ObjectSearch):
    h = head_after_participle(s.clause, s.group.end)
    if h is None:
        return None
    head = read_group(s.clause, h, r.lang)
    return (head.with_step(name) if head is not None else None), s.group.end


def head_after_participle(clause: list[Item], k: int) -> int | None:
    """``RANKL-induced osteoclast differentiation`` / ``tumor microenvironment
    mediated chemoresistance``: where a participle trigger at ``k`` (after a
    hyphen or not) makes the name before it a modifier of the name after it,
    the index of that head name; None otherwise (``B mediated by C`` is a passive)."""
    p = k + 1 if k < len(clause) and clause[k].is_a("hyphen") else k
    if p + 1 >= len(clause) or clause[p].kind != "TRIG" or not clause[p].is_a("participle_ending"):
        return None
    if p + 3 < len(clause) and clause[p + 1].has("filler") and clause[p + 2].kind == "DE" \
            and clause[p + 3].kind == "ENT":
        return p + 3  # ``BMSC mediated progression of T-ALL``: the progression of T-ALL is T-ALL
    return p + 1 if clause[p + 1].kind in ("ENT", "ASP") else None


@construction("zh.effect_noun_object")
def effect_noun_object(r: Reader, name: str, s: ObjectSearch):
    if not effect_noun_owned(s.clause, s.group.end):
        return None
    group = s.group.replaced([Arg(a.found, "activity", a.knocked_down, a.inverse)
                              if a.aspect is None else a for a in s.group.args])
    return group.with_step(name), s.group.end + 2


@construction("zh.pivot_product")
def pivot_product(r: Reader, name: str, s: ObjectSearch):
    """``诱导 Th2 细胞、肥大细胞等免疫细胞分泌 IL-5、IL-13``, ``刺激巨噬细胞产生 IL-6``: a trigger
    whose object is cells followed by a verb of making (an expression word: 分泌, 产生, 释放,
    表达) and the names it makes (a pivot, 兼语): the trigger acts on the expression of those
    names; the cells only say where they are made, they are not what is acted on."""
    clause, group = s.clause, s.group
    if clause[group.start].kind != "ENT" or clause[group.start].found.concept.type != "cell":
        return None
    # ``诱导 CD4+ T 细胞大量分泌 IFN-γ``: a word of amount or manner may stand before the verb of making
    k = next((m for m in range(group.start, min(group.end + 3, len(clause)))
              if clause[m].kind == "ASP" and clause[m].aspect.aspect == "expression"
              and m + 1 < len(clause) and clause[m + 1].kind == "ENT"), None)
    if k is None or any(x.kind not in ("ENT", "LIST", "CUE", "WORD") or x.kind == "CUE" and not (is_conj(x) or x.has("etc"))
                        for x in clause[group.start:k]):
        return None
    made = read_group(clause, k + 1, r.lang)
    if made is None or any(a.found.concept.type == "cell" for a in made.args):
        return None
    product = made.replaced(Arg(a.found, "expression", a.knocked_down, a.inverse) for a in made.args)
    return product.with_step(name), made.end


@construction("zh.differentiation_result", needs=("result",))
def differentiation_result(r: Reader, name: str, s: ObjectSearch):
    """``促进成熟造血干细胞分化为破骨细胞`` / ``抑制邻近细胞分化为经典激活的巨噬细胞``:
    a differentiation followed by 为/成 (cues.tsv kind result) and a cell type is the
    differentiation of that cell type, what is formed, not of the cells that change."""
    clause, group, k = s.clause, s.group, s.group.end
    if k + 1 >= len(clause) or not clause[k].has("result") or clause[k + 1].kind != "ENT" \
            or clause[k + 1].found.concept.type != "cell" \
            or not any(a.aspect == "differentiation" for a in group.args):
        return None
    formed = read_group(clause, k + 1, "zh")
    if formed is None:
        return None
    cells = {a.found.concept.id: a for a in formed.args if a.found.concept.type == "cell"}
    if not cells:
        return None
    result = formed.replaced(Arg(a.found, "differentiation", a.knocked_down) for a in cells.values())
    return result.with_step(name), result.end


@construction("group_object")
def group_object(r: Reader, name: str, s: ObjectSearch):
    return s.group, s.group.end


# --- at other items after the trigger (stage ``object_word``) --------------------

@construction("zh.passive_relative_object")
def passive_relative_object(r: Reader, name: str, s: ObjectSearch):
    """``激活受 RANKL 调控的多条信号通路``: the head of the relative clause is the object;
    the relative's own trigger (调控), read next, states RANKL's effect on it."""
    clause, j = s.clause, s.j
    if j != s.i + 1 or not clause[j].has("passive"):
        return None
    k = j + 1
    if k >= len(clause) or clause[k].kind not in ("ENT", "ASP"):
        return None
    agent = read_group(clause, k, r.lang)
    t = agent.end if agent is not None else len(clause)
    if t >= len(clause) or clause[t].kind != "TRIG" or not de_follows(clause, t):
        return None
    h = next((m for m in range(t + 2, min(t + 5, len(clause))) if clause[m].kind in ("ENT", "ASP")), None)
    if h is None or any(x.kind not in ("DE", "WORD") for x in clause[t + 1:h]):
        return None
    head = read_group(clause, h, r.lang)
    return (head.with_step(name), t) if head is not None else None


@construction("zh.one_word_relative")
def one_word_relative(r: Reader, name: str, s: ObjectSearch):
    clause, j, it = s.clause, s.j, s.clause[s.j]
    if not (j == s.i + 1 and it.kind == "VERB" and len(it.text) <= 2 and j + 2 < len(clause)
            and clause[j + 1].kind == "DE" and clause[j + 2].kind == "ENT"):
        return None
    group = read_group(clause, j + 2, r.lang)
    if group is not None and ends_clause(clause, group.end - 1):
        return group.with_step(name), group.end
    return None, j


@construction("zh.past_relative_verb")
def past_relative_verb(r: Reader, name: str, s: ObjectSearch):
    """A plain verb right after the trigger: ``增加循环中破骨细胞前体的数量`` (verb + 中: a
    place; the search goes on after it) / ``降低了遭受…骨质疏松症的大鼠的 IL-8 水平`` (a
    relative clause, verb + names + 的: the head after 的 is the object). None otherwise."""
    clause, j = s.clause, s.j
    if clause[j].kind != "VERB" or not all(x.kind == "WORD" for x in clause[s.i + 1:j]):
        return None
    if j + 2 < len(clause) and clause[j + 1].kind == "LOC" and not clause[j + 1].is_a("respect") \
            and clause[j + 2].kind in ("ENT", "ASP"):
        group = read_group(clause, j + 2, r.lang)
        return (group.with_step(name), group.end) if group is not None else None
    if j + 1 < len(clause) and clause[j + 1].kind == "ENT":
        group = read_group(clause, j + 1, r.lang)
        if group is not None and any(x.kind == "DE" for x in clause[j + 1:group.end]):
            return group.with_step(name), group.end
    return None


@construction("object_stop")
def object_stop(r: Reader, name: str, s: ObjectSearch):
    it = s.clause[s.j]
    if it.kind in ("TRIG", "SEP", "VERB") or it.has("mediator") or it.has("passive") or it.has("target") \
            or it.has("report"):
        return None, s.j  # ``X 的阻断已证明 IL-1…``: a reporting verb starts a new claim
    return None


@construction("zh.destination")
def destination(r: Reader, name: str, s: ObjectSearch):
    """``被招募至肿瘤部位`` / ``引导至炎症方向``: a word of direction (destination of words.tsv)
    right after the trigger: the name after it is where the thing moves to, not what is
    acted on; the trigger has no object."""
    if s.j == s.i + 1 and s.clause[s.j].is_a("destination"):
        return None, s.j
    return None


@construction("zh.time_after")
def time_after(r: Reader, name: str, s: ObjectSearch):
    """``其活化后可分泌 TNF-α`` / ``被激活后释放…``: a postposition of time (time_end of words.tsv)
    right after the trigger closes a clause of time (after being activated): the trigger has no
    object, and a name after it is what a later verb acts on."""
    if s.j == s.i + 1 and s.clause[s.j].is_a("time_end"):
        return None, s.j
    return None


@construction("en.place_after_noun")
def place_after_noun(r: Reader, name: str, s: ObjectSearch):
    if s.clause[s.j].has("locative") and s.clause[s.i].trigger.form == "noun":
        return None, s.j  # ``hippo kinases activation in gastric cancer``: a place, not an object
    return None


@construction("between_no_object", needs=("between",))
def between_no_object(r: Reader, name: str, s: ObjectSearch):
    if s.clause[s.j].has("between"):
        return None, s.j  # ``the regulation between bone formation and bone resorption``: no direction
    return None
