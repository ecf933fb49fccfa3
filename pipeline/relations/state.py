"""What the reader holds while it reads a sentence, and small questions asked of it.

``Reader`` is one sentence's state: its items, the triples stated so far, the subject an
earlier clause left, the last claim (which an example list may refine), the condition a
clause set. ``Clause`` is what has been read of the current clause; ``Claim`` what has
been found of the claim of the trigger being read. The construction handlers read and
change these; nothing here knows a word of either language.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..names.mentions import Found
from ..records import Document, Triple, box_columns
from ..sentences.segment import SentenceView
from .data import MOLECULE_TYPES, SETTING_TYPES, RuleData, Trigger
from .groups import Arg, Group
from .items import Item


@dataclass(frozen=True)
class Condition:
    """Names a sentence sets as the experimental condition, and where it ends."""

    args: tuple[Arg, ...]
    end_offset: int
    model: bool = False  # ``IL-17 敲除小鼠…``: a knocked-out model the clause's subject names (zh_knockout_models)


@dataclass(frozen=True)
class How:
    """How a claim was read: the construction that names it (``rule``, a record of
    constructions.tsv), the steps that shaped it (records too), and what a later reading
    needs to know of it."""

    rule: str
    steps: tuple[str, ...] = ()
    voice: str | None = None  # ``passive`` or ``relative`` when a construction of that voice read it
    aspects: bool = True  # the target may take the default aspect of its type (a role noun's may not)
    examples: bool = False  # examples stood in for what the claim named

    def with_step(self, step: str, examples: bool = False) -> "How":
        return replace(self, steps=self.steps + (step,), examples=self.examples or examples)


@dataclass
class Emitted:
    """What the last trigger stated, so a following example list can refine it."""

    trigger: Item
    factors: list[Arg]
    how: How
    triples: list[Triple]
    negated: bool
    hedged: bool
    mediators: list[Arg]
    target_end: int  # offset (cleaned text) where its target group ends
    targets: list[Arg] = field(default_factory=list)  # when no factor was found
    listed_factors: bool = False  # its factors were an example list (``包括 A、B``)
    target_args: list[Arg] = field(default_factory=list)  # what its triples were stated of


@dataclass
class Clause:
    """What has been read of the current clause."""

    items: list[Item]
    subject: Group | None = None
    seen_verb: bool = False
    pending: str | None = None  # the cue that introduces the next group
    pending_at: int = 0  # and where it stands
    mediators: list[Arg] = field(default_factory=list)
    target_pre: Group | None = None  # 对 B
    partner: Group | None = None  # 与 B (binding partner)
    passive_agent: Group | None = None  # 被 A
    passive_cue: bool = False  # 被/受 seen after the subject, agent or not
    place: Group | None = None  # 在 B 中
    respect_effect: str | None = None  # 在促进 B 方面起作用: the effect of the trigger opening the respect
    negated: bool = False
    hedged: bool = False
    pronoun: bool = False
    in_mediator: bool = False
    last_trigger: Item | None = None
    modifier_only: bool = False  # the last trigger only modified a name
    unknown: bool = False  # the clause says the effect is not yet known (还有待研究, 尚不清楚)
    gerund: bool = False  # ``因此抑制 X 可能是…的策略``: the clause's subject is an action, not the topic
    no_claim: bool = False  # a no-claim cue ends the clause (``与 B 有关``)


@dataclass
class Claim:
    """What the ``claim`` stage has found for the trigger at ``i`` of the clause ``c``."""

    c: Clause
    i: int
    target: Group | None
    after: int  # where reading goes on
    effect: str
    factors: list[Arg] | None = None
    rule: str | None = None  # the construction that reads the claim (a record name)
    voice: str | None = None
    steps: list[str] = field(default_factory=list)
    relative: bool = False  # the trigger heads a relative clause (A 诱导的 B, A-induced B)
    hyphenated: bool = False
    association: bool = False  # a role word that is also an association word (与 B 有关)
    aspects: bool = True  # the target may take the default aspect of its type
    emit: bool = True  # the claim is stated (a participle that only describes a name is not)

    def how(self) -> How:
        return How(self.rule, tuple(self.steps), self.voice, self.aspects)

    def named(self, rule: str, voice: str | None = None, aspects: bool = True) -> None:
        """The construction ``rule`` now names the claim (what a later reading needs to know
        of it goes with the name: its voice, whether its target takes a default aspect)."""
        self.rule, self.voice, self.aspects = rule, voice, aspects

    def without(self, factors=(), targets=()) -> bool:
        """Drops the factor args ``factors`` and the target args ``targets`` (names that are no arguments
        here); False, dropping nothing, when that would leave no factor or no target: the claim is none."""
        if factors and len(factors) == len(self.factors) \
                or self.target is not None and len(targets) == len(self.target.args):
            return False
        if factors:
            self.factors = [a for a in self.factors if a not in factors]
        if targets:
            self.target = self.target.replaced([a for a in self.target.args if a not in targets])
        return True

    it: Item = None  # the trigger's item, its trigger and the clause's items (set from c and i)
    trig: Trigger = None
    items: list[Item] = None

    def __post_init__(self):
        self.items = self.c.items
        self.it = self.items[self.i]
        self.trig = self.it.trigger


@dataclass
class Reader:
    """One sentence being read (see the module docstring)."""

    doc: Document
    view: SentenceView
    items: list[Item]
    data: RuleData
    lexicon: object
    grammar: object
    topic: list[Found] | None  # the paragraph's one factor of its last sentence that had one
    topics: list[Found]  # the factors of the paragraph's last sentence that had any
    topics_named: set[str]  # every concept the paragraph's earlier sentences named
    events: list | None = None  # the trace of the records tried (``explain``), or None
    triples: list[Triple] = field(default_factory=list)
    sentence_subject: Group | None = None
    named_subject: Group | None = None  # the last clause subject that names something
    reported_over: Group | None = None  # the topic a report (研究显示) set aside: a pronoun right after it names it
    parted_topic: Group | None = None  # the topic a semicolon ended (zh.semicolon_topic): a pronoun after it names it
    hedged_sentence: bool = False
    last: Emitted | None = None
    before_last: Emitted | None = None  # the claim stated before ``last``
    condition: Condition | None = None  # ``在 LIF 刺激下`` / ``IL-10 敲除小鼠中``: what later changes answer
    carried_place: Group | None = None  # ``在 X 中，Y 起到了重要的作用``: a place clause before
    study: bool = False  # the sentence is about the study itself (本文, this review)
    resolved: dict[tuple[int, int], str] = field(default_factory=dict)  # a word's span -> what resolved it
    lang: str = ""
    walks: dict = field(default_factory=dict)  # stage -> (name, handler) pairs the engine walks
    present: frozenset = frozenset()  # the words records need that the sentence has (engine.Grammar.walks_for)
    compositions: tuple = ()  # compositions.tsv's constructions (zh.unnamed_agent_subject names an unnamed agent)

    def __post_init__(self):
        self.lang = self.view.sentence.lang
        self.present = needed_present(self.items, self.grammar.need_words)
        self.walks = self.grammar.walks_for(self.lang, self.present)

    def trace_into(self, events: list) -> None:
        """Record every record tried in ``events`` (``explain``): the walks hold every record,
        and the engine notes those whose needs the sentence lacks as skipped."""
        self.events = events
        self.walks = self.grammar.stages_of[self.lang]


def needed_present(items: list, need_words: frozenset) -> frozenset:
    """The needed words (cues, word classes, item kinds, ``form=`` a trigger's form) that some
    item of ``items`` has."""
    seen: set[str] = set()
    for it in items:
        seen.add(it.kind)
        seen |= it.cues
        seen |= it.marks
        if it.trigger is not None:
            seen.add(f"form={it.trigger.form}")
    return need_words & seen


def at(r: Reader, found: Found, it: Item, step: str) -> Found:
    """``found``'s concept, named by the word ``it`` of this sentence (a pronoun): the
    triple points at the pronoun, grounded to its referent; ``step`` (the construction
    that resolved it) is recorded for the triples that use it."""
    start, end = r.view.clean.source_span(it.start, it.end)
    record = replace(found.record, start=start, end=end, surface=r.doc.text[start:end],
                     sent_id=r.view.sentence.sent_id, via="pronoun", page=r.doc.page_of(start),
                     **box_columns(r.doc.bbox(start, end)))
    r.resolved[(it.start, it.end)] = step
    return Found(record, it.start, it.end, found.concept)


def subject_of(r: Reader, c: Clause) -> Group | None:
    """The clause's own subject, else the one an earlier clause of the sentence left."""
    return c.subject or r.sentence_subject


def factors_of(r: Reader, c: Clause) -> list[Arg] | None:
    """The factors of a claim of the clause: its subject's names (or the sentence's)."""
    if c.subject is None and c.gerund:
        return None  # the action is what the clause is about; the sentence's subject does not act here
    if c.pronoun and c.subject is None:
        return None  # a pronoun with no single referent: no factor is named
    group = c.subject or r.sentence_subject
    if group is None:
        return None
    if group.agents:
        return None
    args = list(group.args[:1]) if group.joined_by_with else list(group.args)  # ``A 与 B 的接触激活 C``: A acts
    if c.subject is None:
        # ``髓母细胞瘤是最常见的…肿瘤，在体外用…处理的 MB 细胞会增强…``: a disease that an
        # earlier clause was about is the setting of the clauses after it, not what acts in them
        # (a disease that was itself the factor of the claim just stated goes on acting: ``肝损伤会导致肝纤维化，
        # 进而引起肝硬化``)
        acted = {a.found.concept.id for a in r.last.factors} if r.last is not None and r.last.triples else set()
        if not after_bare_topic(r, c):  # ``长期的高糖环境，导致…``: a bare topic is what acts
            args = [a for a in args if a.found.concept.type not in SETTING_TYPES or a.found.concept.id in acted]
    return args or None


def after_bare_topic(r: Reader, c: Clause) -> bool:
    """``长期的高糖环境，导致 B 而使 C 是 D 的主要原因``: the clause before is only a topic (names,
    plain words, no verb, no cue): the trigger is the topic's, not an action standing as subject."""
    if r.lang != "zh" or not c.items:
        return False
    start = c.items[0].start
    before = [x for x in r.items if x.end <= start]
    if not before or before[-1].kind != "SEP":
        return False
    k = len(before) - 1
    while k > 0 and before[k - 1].kind != "SEP":
        k -= 1
    topic = before[k:-1]
    return any(x.kind == "ENT" for x in topic) and all(x.kind in ("ENT", "WORD", "DE") for x in topic)


def factors_and_steps(r: Reader, c: Clause) -> tuple[list[Arg] | None, tuple[str, ...]]:
    """``factors_of`` and the steps of the group they come from (its pronoun, knock-down…)."""
    factors = factors_of(r, c)
    group = c.subject or r.sentence_subject
    return factors, (group.steps if factors and group is not None else ())


def unresolved(r: Reader, c: Clause) -> bool:
    """The clause is about a pronoun that stands for no one (its own, or the sentence's)."""
    held = c.subject or r.sentence_subject
    return (c.pronoun and c.subject is None) or (held is not None and held.pronoun and not held.args)


def is_class_word(r: Reader, concept_id: str) -> bool:
    """A name for a class of things that examples can stand for: a family
    (细胞因子, 受体) or a concept listed in ``relations/class_words.tsv`` (信号通路, 细胞)."""
    concept = r.lexicon.concepts.get(concept_id)
    return concept is not None and (concept.type == "family" or concept_id in r.data.class_words)


def is_generic_cell(r: Reader, concept) -> bool:
    """The concept named only as cells (细胞, cells): ``cells_of`` of words.tsv is its name."""
    return concept.name in r.data.words_of("cells_of", "en")


def adjacent(r: Reader, end: int, start: int) -> bool:
    """Only punctuation, spaces or a short word between two offsets (``gap`` of words.tsv)."""
    gaps = r.data.words_of("gap", r.lang)
    gap = r.view.clean.text[end:start]
    return sum(1 for ch in gap if not ch.isspace() and ch not in gaps) <= 2


def no_clause_break(r: Reader, start: int, end: int) -> bool:
    """No clause punctuation between two offsets of the sentence."""
    return not any(x.kind == "SEP" and start <= x.start < end for x in r.items)


def molecules_before(r: Reader, pronoun: Item) -> list[Found]:
    """The molecules this sentence names before the pronoun. Several of them make
    the pronoun ambiguous (``…通过活性 caspase-1 来缓解，因为它可以切割 IL-1R2``): it
    then stands for none, not for the paragraph's topic (SPEC: no triple)."""
    return [x.found for x in r.items if x.kind == "ENT" and x.end <= pronoun.start
            and x.found.concept.type in MOLECULE_TYPES]


def referent_in_sentence(r: Reader, pronoun: Item) -> list[Found]:
    """``the role of LIF in cancer cells … revealed that it plays``: the one
    molecule named before the pronoun in this sentence, if there is one."""
    before = molecules_before(r, pronoun)
    return before[-1:] if len({f.concept.id for f in before}) == 1 else []


def plural_referent(r: Reader, fits: frozenset) -> list[Found]:
    """What a plural pronoun or an anaphoric noun phrase names: the subject of an earlier
    clause of this sentence, else the factors of the paragraph's last sentence, those of
    the types that fit."""
    held = r.sentence_subject
    if held is not None and held.args:
        named = [a.found for a in held.args]
    else:
        named = list(r.topics)
    named = [f for f in named if f.concept.type in fits]
    return list({f.concept.id: f for f in named}.values())


def targets_of(r: Reader, triple: Triple) -> list[Arg]:
    return [Arg(it.found, None) for it in r.items if it.kind == "ENT" and it.found.record.start == triple.target_start]


def inside_place(c: Clause, i: int) -> bool:
    """``在没有 RANKL 的小鼠中``: the word at ``i`` lies in a place phrase
    that 中/内 closes before the next trigger; it qualifies the place."""
    if c.pending != "locative":
        return False
    for x in c.items[i + 1:]:
        if x.kind == "TRIG":
            return False
        if x.kind == "LOC":
            return True
    return False
