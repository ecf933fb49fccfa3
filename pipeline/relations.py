"""Triples: factor → effect → target, from the mentions of a sentence.

Reads a sentence's cleaned text and its mentions; writes ``Triple`` records.
The language data (trigger words, aspect words, cue words, and the rule
records with their example sentences) lives in ``dictionaries/relations/``;
this module is the machinery that applies it.

How a sentence is read, in both languages:

1. **Items.** The sentence becomes a sequence of items: names (mentions),
   trigger words, aspect words, cue words (negation, hedging, passive,
   mediator, ``对``/``on``, locatives, conjunctions, examples, pronouns),
   clause punctuation and brackets. Chinese words come from jieba, which
   knows every dictionary name and lexicon word; English words from a
   regular expression, with multi-word entries matched greedily.
2. **Groups.** Adjacent names and aspect words, joined by conjunctions and
   ``的``/``of``, form a group, read as (name, aspect) pairs:
   ``破骨细胞的分化和活化`` gives (osteoclast, differentiation) and
   (osteoclast, activity); ``IL-1α 和 TNF-α`` gives two names; in
   ``成骨细胞前体细胞中 RANKL 的表达`` the place before ``中`` is dropped.
3. **Clauses.** Clause punctuation splits the sentence. In each clause the
   first group not introduced by a cue is the subject; a clause without
   one takes the subject of the clause before it (a Chinese topic chain:
   ``A 激活 B，进而促进 C`` gives A → B and A → C). Each trigger takes the
   first group after it as its target; the rule records say which roles
   the other constructions give (passive ``被``/``受``/``by``, ``对 B 的…作用``,
   ``A-induced B``, mediators ``通过``/``via``, examples ``如``).
4. **Flags.** A negation cue between the subject and the trigger sets
   ``negated``; a hedging cue before the trigger sets ``hedged``; a
   knock-down cue on the factor (``LIF 敲低``) turns the polarity round.

The ``rule`` column names the construction that fired; every construction
has a record in ``dictionaries/relations/rules.tsv`` with an example
sentence and the triple it must give, and a test runs them all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .lexicon import DictionaryError, read_tsv
from .mentions import Found
from .records import Document, Triple
from .segment import SentenceView

EFFECTS = {
    "promotes": 1, "activates": 1, "upregulates": 1, "induces": 1,
    "inhibits": -1, "downregulates": -1, "binds": 0, "regulates": 0,
}
# What an effect becomes when the factor is knocked down, deleted or blocked.
INVERSE = {
    "promotes": "inhibits", "activates": "inhibits", "induces": "inhibits", "upregulates": "downregulates",
    "inhibits": "promotes", "downregulates": "upregulates", "binds": "binds", "regulates": "regulates",
}
CUE_KINDS = frozenset({"negation", "hedge", "passive", "mediator", "target", "locative", "conj", "example",
                       "pronoun", "no_claim", "knockdown", "agent_of"})
FORMS = frozenset({"verb", "noun", "modifier"})
SECTIONS = frozenset({"abstract", "body"})

_CLAUSE_PUNCT = set("，；：;:。！？!?")
_LIST_PUNCT = set("、/")
_OPEN = set("(（〔[【")
_CLOSE = set(")）〕]】")
_DE = {"zh": {"的", "之"}, "en": {"of"}}
# Chinese postpositions that close a place phrase: 在 X 中, X 内.
_LOCATIVE_END = {"中", "内", "里", "上", "下", "时", "期间", "方面", "过程中", "当中", "之中", "中的"}
_EN_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:\.\d+)?|\S")
_BE = {"is", "are", "was", "were", "be", "been", "being"}


# --- language data ----------------------------------------------------------

@dataclass(frozen=True)
class Trigger:
    lang: str
    word: str
    effect: str
    form: str

    @property
    def polarity(self) -> int:
        return EFFECTS[self.effect]


@dataclass(frozen=True)
class AspectWord:
    lang: str
    word: str
    aspect: str | None
    for_cells: str | None


@dataclass(frozen=True)
class RuleRecord:
    id: str
    lang: str
    construction: str
    example: str
    expected: str


@dataclass
class RuleData:
    triggers: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    aspects: dict[tuple[str, str], AspectWord] = field(default_factory=dict)
    cues: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    rules: list[RuleRecord] = field(default_factory=list)
    longest_en: int = 1

    def chinese_words(self) -> list[str]:
        """Chinese lexicon words, so the segmenter keeps them whole."""
        words = [w for (lang, w) in list(self.triggers) + list(self.aspects) + list(self.cues) if lang == "zh"]
        return sorted(set(words))

    def lookup(self, lang: str, word: str):
        key = (lang, word if lang == "zh" else word.lower())
        return self.triggers.get(key), self.aspects.get(key), self.cues.get(key, frozenset())


def load_rule_data(folder: Path) -> RuleData:
    """Read ``relations/*.tsv`` under ``folder``; errors name file and line."""
    base = folder / "relations"
    data = RuleData()
    from .lexicon import ASPECTS

    for row, where in read_tsv(base / "triggers.tsv", ("lang", "word", "effect", "form", "note")):
        _check_lang(row, where)
        if row["effect"] not in EFFECTS:
            raise DictionaryError(f"{where}: unknown effect {row['effect']!r}; one of {', '.join(EFFECTS)}")
        if row["form"] not in FORMS:
            raise DictionaryError(f"{where}: unknown form {row['form']!r}; one of {', '.join(sorted(FORMS))}")
        forms = english_forms(row["word"], row["form"]) if row["lang"] == "en" else [row["word"]]
        for word in forms:
            data.triggers.setdefault((row["lang"], word), Trigger(row["lang"], word, row["effect"], row["form"]))
    for row, where in read_tsv(base / "aspects.tsv", ("lang", "word", "aspect", "for_cells", "note")):
        _check_lang(row, where)
        for value in (row["aspect"], row["for_cells"]):
            if value and value != "none" and value not in ASPECTS:
                raise DictionaryError(f"{where}: unknown aspect {value!r}; one of {', '.join(sorted(ASPECTS))}, none")
        aspect = None if row["aspect"] == "none" else row["aspect"]
        for_cells = (None if row["for_cells"] == "none" else row["for_cells"]) if row["for_cells"] else aspect
        words = [row["word"]] + ([row["word"] + "s"] if row["lang"] == "en" else [])
        for word in words:
            data.aspects[(row["lang"], word.lower() if row["lang"] == "en" else word)] = \
                AspectWord(row["lang"], row["word"], aspect, for_cells)
    for row, where in read_tsv(base / "cues.tsv", ("kind", "lang", "word", "note")):
        _check_lang(row, where)
        if row["kind"] not in CUE_KINDS:
            raise DictionaryError(f"{where}: unknown cue kind {row['kind']!r}; one of {', '.join(sorted(CUE_KINDS))}")
        key = (row["lang"], row["word"] if row["lang"] == "zh" else row["word"].lower())
        data.cues[key] = data.cues.get(key, frozenset()) | {row["kind"]}
    rules = base / "rules.tsv"
    if rules.exists():
        for row, where in read_tsv(rules, ("id", "lang", "construction", "example", "expected")):
            data.rules.append(RuleRecord(**row))
    data.longest_en = max([len(w.split()) for (lang, w) in list(data.triggers) + list(data.aspects)
                           + list(data.cues) if lang == "en"] or [1])
    return data


def _check_lang(row: dict, where: str) -> None:
    if row["lang"] not in ("zh", "en"):
        raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
    if not row["word"]:
        raise DictionaryError(f"{where}: empty word")


def english_forms(word: str, form: str) -> list[str]:
    """``promote`` to promote, promotes, promoted, promoting (first word of a phrase)."""
    if form != "verb":
        return [word.lower()]
    head, _, rest = word.lower().partition(" ")
    tail = f" {rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") else head
    third = head + "es" if head.endswith(("s", "sh", "ch", "x")) else head + "s"
    return [head + tail, third + tail, stem + "ed" + tail, stem + "ing" + tail]


# --- items --------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    kind: str  # ENT TRIG ASP CUE SEP LIST DE LOC OPEN CLOSE WORD
    start: int
    end: int
    text: str
    found: Found | None = None
    trigger: Trigger | None = None
    aspect: AspectWord | None = None
    cues: frozenset = frozenset()


def sentence_items(view: SentenceView, found: list[Found], data: RuleData, resources) -> list[Item]:
    """The sentence as a sequence of items (see the module docstring)."""
    text = view.clean.text
    lang = view.sentence.lang
    items = [Item("ENT", f.cstart, f.cend, text[f.cstart:f.cend], found=f) for f in found]
    taken = [(f.cstart, f.cend) for f in found]
    words = _zh_words(text, resources) if lang == "zh" else _en_words(text, data)
    for word, start, end in words:
        if any(start < b and a < end for a, b in taken):
            continue
        items.append(_word_item(lang, word, start, end, data))
    items.sort(key=lambda it: it.start)
    return [it for it in items if it is not None]


def _zh_words(text: str, resources):
    for word, start, end in resources.segmenter.tokenize(text):
        if not word.strip():
            continue
        if re.fullmatch(r"[A-Za-z]+", word):
            yield word.lower(), start, end
        else:
            yield word, start, end


def _en_words(text: str, data: RuleData):
    tokens = [(m.group(), m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        # The longest lexicon entry starting here (``lead to``, ``such as``).
        for n in range(min(data.longest_en, len(tokens) - i), 1, -1):
            phrase = " ".join(t[0].lower() for t in tokens[i:i + n])
            if any(k in data.triggers or k in data.aspects or k in data.cues
                   for k in [("en", phrase)]):
                yield phrase, tokens[i][1], tokens[i + n - 1][2]
                i += n
                break
        else:
            yield tokens[i][0], tokens[i][1], tokens[i][2]
            i += 1


def _word_item(lang: str, word: str, start: int, end: int, data: RuleData) -> Item:
    if word in _CLAUSE_PUNCT or word == ",":
        return Item("SEP", start, end, word)
    if word in "，":
        return Item("SEP", start, end, word)
    if word in _LIST_PUNCT:
        return Item("LIST", start, end, word)
    if word in _OPEN:
        return Item("OPEN", start, end, word)
    if word in _CLOSE:
        return Item("CLOSE", start, end, word)
    if word in _DE[lang]:
        return Item("DE", start, end, word)
    if lang == "zh" and word in _LOCATIVE_END:
        return Item("LOC", start, end, word)
    trigger, aspect, cues = data.lookup(lang, word)
    if lang == "en" and word.lower() in _BE:
        return Item("WORD", start, end, word.lower(), cues=frozenset({"be"}))
    if trigger and not (aspect and trigger.form == "noun" and lang == "en" and word.lower() in ("activation",)):
        return Item("TRIG", start, end, word, trigger=trigger, cues=cues)
    if aspect:
        return Item("ASP", start, end, word, aspect=aspect)
    if cues:
        return Item("CUE", start, end, word, cues=cues)
    return Item("WORD", start, end, word)


# --- groups -------------------------------------------------------------------

@dataclass(frozen=True)
class Arg:
    """One (name, aspect) reading of a group."""

    found: Found
    aspect: str | None
    knocked_down: bool = False


@dataclass(frozen=True)
class Group:
    start: int  # item index of the first element
    end: int  # item index after the last element
    args: tuple[Arg, ...]
    examples: tuple[Arg, ...] = ()


def read_group(items: list[Item], i: int, lang: str) -> Group | None:
    """The group that starts at item ``i`` (a name or aspect word), or None."""
    if items[i].kind not in ("ENT", "ASP"):
        return None
    conjuncts: list[list[Item]] = [[]]
    j = i
    last = i
    while j < len(items):
        it = items[j]
        if it.kind in ("ENT", "ASP"):
            conjuncts[-1].append(it)
            last = j
            j += 1
            continue
        if it.kind in ("DE", "LOC") or (it.kind == "CUE" and "knockdown" in it.cues):
            conjuncts[-1].append(it)
            j += 1
            continue
        if _is_conj(it) or (it.kind == "SEP" and it.text in ",，" and lang == "en"):
            nxt = _next_element(items, j + 1, lang)
            if nxt is None:
                break
            conjuncts.append([])
            j = nxt
            continue
        if it.kind == "WORD" and _skippable(items, j, lang):
            j += 1
            continue
        break
    group_items = [x for c in conjuncts for x in c]
    if not any(x.kind == "ENT" for x in group_items) and not any(x.kind == "ASP" for x in group_items):
        return None
    args = _readings([c for c in conjuncts if c], lang)
    return Group(i, last + 1, tuple(args))


def _is_conj(it: Item) -> bool:
    return it.kind == "LIST" or (it.kind == "CUE" and "conj" in it.cues)


def _next_element(items: list[Item], j: int, lang: str) -> int | None:
    """After a conjunction: the index of the next name or aspect, skipping a
    modifier word or two; None if the conjunction joins something else."""
    for k in range(j, min(j + 3, len(items))):
        if items[k].kind in ("ENT", "ASP"):
            return k
        if items[k].kind != "WORD" or not _skippable(items, k, lang):
            return None
    return None


def _skippable(items: list[Item], j: int, lang: str) -> bool:
    """A short word between parts of a group: ``多种``, ``the``, ``mature``."""
    it = items[j]
    if lang == "zh":
        return len(it.text) <= 3 and not re.search(r"[，。；：]", it.text) and it.text not in ("是", "为", "有")
    return it.text.lower() not in ("is", "are", "was", "were", "that", "which", "to", "by", "with", "via",
                                   "through", "in", "on", "as") and it.text.isalpha()


def _readings(conjuncts: list[list[Item]], lang: str) -> list[Arg]:
    """(name, aspect) pairs of a group's conjuncts.

    A conjunct is read head-last in Chinese (``X 的 Y``: Y) and, around
    ``of``, head-first in English (``RANK of osteoclasts``: RANK;
    ``differentiation of osteoclasts``: osteoclast, differentiation). Names
    without an aspect share the aspects of the conjunct that follows
    (``E1 和 E2 的表达``); aspects without a name take the names before
    them (``破骨细胞的分化和活化``) or, in English, after them
    (``differentiation and activation of osteoclasts``).
    """
    parsed = [_conjunct(c, lang) for c in conjuncts]
    args: list[Arg] = []
    pending_names: list[tuple[Found, bool]] = []
    pending_aspects: list[AspectWord | None] = []
    current: list[tuple[Found, bool]] = []
    for names, aspects in parsed:
        if names and aspects:
            for name, kd in pending_names + names:
                for a in pending_aspects + aspects:
                    args.append(_arg(name, a, kd))
            current = pending_names + names
            pending_names, pending_aspects = [], []
        elif names:
            if pending_aspects and lang == "en":
                for name, kd in names:
                    for a in pending_aspects:
                        args.append(_arg(name, a, kd))
                pending_aspects = []
                current = names
            else:
                pending_names.extend(names)
        elif aspects:
            if current:
                for name, kd in current:
                    for a in aspects:
                        args.append(_arg(name, a, kd))
            elif pending_names and lang == "zh":
                for name, kd in pending_names:
                    for a in aspects:
                        args.append(_arg(name, a, kd))
                current, pending_names = pending_names, []
            else:
                pending_aspects.extend(aspects)
    for name, kd in pending_names:
        args.append(_arg(name, None, kd))
    return args


def _conjunct(items: list[Item], lang: str) -> tuple[list[tuple[Found, bool]], list[AspectWord]]:
    """The head name(s) and aspect words of one conjunct."""
    knocked = any(it.kind == "CUE" and "knockdown" in it.cues for it in items)
    # A place or owner before 中 / 的 is not the head: ``A 中 B 的表达`` is B's.
    cut = 0
    for k, it in enumerate(items):
        if it.kind == "LOC" and any(x.kind == "ENT" for x in items[k + 1:]):
            cut = k + 1
    items = items[cut:]
    ents = [it for it in items if it.kind == "ENT"]
    aspects = [it.aspect for it in items if it.kind == "ASP"]
    if not ents:
        return [], aspects
    if lang == "zh":
        head = ents[-1]
    else:
        of_at = next((k for k, it in enumerate(items) if it.kind == "DE"), None)
        before_of = [it for it in items[:of_at] if it.kind == "ENT"] if of_at is not None else ents
        head = before_of[0] if before_of else ents[-1]
        if of_at is not None and not before_of:
            head = ents[0]
    return [(head.found, knocked)], aspects


def _arg(found: Found, aspect: AspectWord | None, knocked: bool) -> Arg:
    concept = found.concept
    if aspect is None:
        return Arg(found, None, knocked)
    value = aspect.for_cells if concept.type == "cell" else aspect.aspect
    return Arg(found, value, knocked)


# --- clauses and triples ------------------------------------------------------

@dataclass
class ClauseState:
    subject: Group | None = None
    pending: str | None = None  # the cue that introduces the next group
    mediators: list[Arg] = field(default_factory=list)
    target_pre: Group | None = None
    passive_agent: Group | None = None


def find_triples(doc: Document, views: list[SentenceView], mentions: list[list[Found]], resources) -> list[Triple]:
    """Triples of a whole document, sentence by sentence."""
    data = resources.rules
    out: list[Triple] = []
    topic: dict[int, list[Arg]] = {}  # paragraph -> factors of its last sentence with one
    for view, found in zip(views, mentions):
        if view.sentence.section not in SECTIONS or not found:
            continue
        items = sentence_items(view, found, data, resources)
        previous = topic.get(view.paragraph)
        triples = sentence_triples(doc, view, items, previous)
        out.extend(triples)
        factors = {(t.factor_id) for t in triples}
        if len(factors) == 1:
            first = next(t for t in triples)
            topic[view.paragraph] = [f for f in found if f.concept.id == first.factor_id][:1]
    return out


def sentence_triples(doc: Document, view: SentenceView, items: list[Item], previous_topic) -> list[Triple]:
    lang = view.sentence.lang
    items = _without_brackets(items)
    triples: list[Triple] = []
    clauses = _clauses(items)
    sentence_subject: Group | None = None
    hedged_sentence = False
    for clause in clauses:
        found, subject, hedged_sentence = _clause_triples(doc, view, clause, lang, sentence_subject,
                                                          previous_topic, hedged_sentence)
        triples.extend(found)
        if subject is not None:
            sentence_subject = subject
    return _dedupe(triples)


def _without_brackets(items: list[Item]) -> list[Item]:
    """Drop what brackets hold (definitions, asides), except examples:
    ``细胞因子（如 IL-2、IL-12）`` keeps ``如 IL-2、IL-12``."""
    out: list[Item] = []
    depth = 0
    keep = False
    for it in items:
        if it.kind == "OPEN":
            depth += 1
            if depth == 1:
                keep = False
                nxt = items[items.index(it) + 1] if items.index(it) + 1 < len(items) else None
                keep = bool(nxt and nxt.kind == "CUE" and "example" in nxt.cues)
            continue
        if it.kind == "CLOSE":
            depth = max(0, depth - 1)
            continue
        if depth == 0 or keep:
            out.append(it)
    return out


def _clauses(items: list[Item]) -> list[list[Item]]:
    clauses: list[list[Item]] = [[]]
    for k, it in enumerate(items):
        if it.kind == "SEP" and not _comma_in_list(items, k):
            clauses.append([])
        else:
            clauses[-1].append(it)
    return [c for c in clauses if c]


def _comma_in_list(items: list[Item], k: int) -> bool:
    """A comma between two names (``IL-6, IL-11 and LIF``) joins a list."""
    if items[k].text not in ",，":
        return False
    before = items[k - 1] if k else None
    after = items[k + 1] if k + 1 < len(items) else None
    return bool(before and after and before.kind in ("ENT",) and after.kind in ("ENT",)
                and items[k].text == ",")


def _clause_triples(doc, view, clause: list[Item], lang: str, inherited: Group | None, previous_topic,
                    hedged_sentence: bool):
    state = ClauseState()
    triples: list[Triple] = []
    subject: Group | None = None
    neg = False
    hedged = hedged_sentence
    pronoun = False
    no_claim = any(it.kind == "CUE" and "no_claim" in it.cues for it in clause)
    last_trigger: Item | None = None
    i = 0
    while i < len(clause):
        it = clause[i]
        if it.kind == "CUE":
            cues = it.cues
            if "negation" in cues:
                neg = True
            if "hedge" in cues:
                hedged = True
                if last_trigger is None:
                    hedged_sentence = True
            if "pronoun" in cues and subject is None and last_trigger is None:
                pronoun = True
            for role in ("passive", "mediator", "target", "locative", "example"):
                if role in cues:
                    state.pending = _pending_role(role, it, clause, i, lang, last_trigger)
                    break
            i += 1
            continue
        if it.kind == "LOC":
            if state.pending == "locative":
                state.pending = None
            i += 1
            continue
        if it.kind in ("ENT", "ASP"):
            group = read_group(clause, i, lang)
            if group is None:
                i += 1
                continue
            role = state.pending
            state.pending = None
            if role == "example" and subject is not None and last_trigger is None:
                subject = Group(subject.start, group.end, subject.args, examples=group.args)
            elif role == "locative":
                pass
            elif role == "mediator":
                state.mediators.extend(group.args)
            elif role == "target":
                state.target_pre = group
            elif role == "passive":
                state.passive_agent = group
            elif last_trigger is None and subject is None:
                subject = group
            i = group.end
            continue
        if it.kind == "TRIG":
            last_trigger = it
            in_mediator = state.pending == "mediator"
            target, after = _target_after(clause, i, lang)
            factor = _factor_for(it, subject, inherited, state, pronoun, previous_topic, clause, i, lang)
            rule = _rule_name(it, lang, state, subject is None and inherited is not None, pronoun)
            if it.trigger.form == "modifier" and lang == "en" and _passive_by(clause, i):
                factor_group, _ = _by_agent(clause, i, lang)
                target_group = _group_before(clause, i, lang)
                if factor_group and target_group:
                    triples += _emit(doc, view, factor_group.args, target_group.args, it, neg, hedged, [],
                                     "en.passive.by")
                i = after
                continue
            if target is None and state.target_pre is not None:
                target = state.target_pre
                rule = rule.replace("active", "target_marker")
            if target is None and state.passive_agent is not None and subject is not None:
                target, factor = subject, state.passive_agent.args
                rule = f"{lang}.passive"
            if factor and target and not (no_claim and it.trigger.polarity == 0):
                mediators = [] if in_mediator else state.mediators
                triples += _emit(doc, view, factor, target.args, it, neg, hedged, mediators, rule)
            if in_mediator and target is not None:
                state.mediators.extend(target.args)
                state.pending = None
            neg = False
            i = after
            continue
        i += 1
    return triples, subject or inherited, hedged_sentence


def _pending_role(role: str, it: Item, clause: list[Item], i: int, lang: str, last_trigger) -> str | None:
    if role == "passive" and lang == "en":
        return None  # ``by`` is read with the participle before it
    if role == "mediator" and lang == "en" and it.text.lower() == "by":
        return "mediator"
    return role


def _target_after(clause: list[Item], i: int, lang: str) -> tuple[Group | None, int]:
    """The first group after the trigger at ``i``; a relative clause
    (``抑制 RANKL 诱导的破骨细胞形成``) hands on to the head noun."""
    j = i + 1
    while j < len(clause):
        it = clause[j]
        if it.kind in ("ENT", "ASP"):
            group = read_group(clause, j, lang)
            if group is None:
                return None, j + 1
            k = group.end
            if (k + 1 < len(clause) and clause[k].kind == "TRIG" and clause[k + 1].kind == "DE"
                    and k + 2 < len(clause) and clause[k + 2].kind in ("ENT", "ASP")):
                head = read_group(clause, k + 2, lang)
                if head is not None:
                    return head, k
            return group, group.end
        if it.kind == "TRIG" or it.kind == "SEP":
            return None, j
        if it.kind == "CUE" and ({"mediator", "passive"} & it.cues) and lang == "en":
            return None, j
        j += 1
    return None, j


def _factor_for(trigger: Item, subject: Group | None, inherited: Group | None, state: ClauseState,
                pronoun: bool, previous_topic, clause: list[Item], i: int, lang: str) -> list[Arg] | None:
    # ``A 诱导的 B`` / ``A-induced B``: the name just before a modifier trigger.
    if trigger.trigger.form == "modifier" or (i + 1 < len(clause) and clause[i + 1].kind == "DE"):
        before = _group_before(clause, i, lang)
        if before is not None and (subject is None or before.start != subject.start):
            return list(before.args)
    if state.passive_agent is not None:
        return list(state.passive_agent.args)
    group = subject or inherited
    if group is None:
        if pronoun and previous_topic:
            return [Arg(f, None) for f in previous_topic]
        return None
    if group.examples:
        return list(group.examples)
    return [a for a in group.args if a.found.concept.type != "process" or a.aspect is None] or list(group.args)


def _group_before(clause: list[Item], i: int, lang: str) -> Group | None:
    """The group that ends right before item ``i`` (at most one word between)."""
    for start in range(i - 1, max(-1, i - 8), -1):
        if clause[start].kind in ("ENT", "ASP"):
            # find the group's first element
            first = start
            while first - 1 >= 0 and clause[first - 1].kind in ("ENT", "ASP", "DE", "LIST") or \
                    (first - 1 >= 0 and _is_conj(clause[first - 1])):
                first -= 1
            while first < start and clause[first].kind not in ("ENT", "ASP"):
                first += 1
            group = read_group(clause, first, lang)
            if group and group.end >= start:
                return group
            return None
        if clause[start].kind in ("TRIG", "SEP"):
            return None
    return None


def _passive_by(clause: list[Item], i: int) -> bool:
    return any(it.text.lower() == "by" for it in clause[i + 1:i + 3])


def _by_agent(clause: list[Item], i: int, lang: str) -> tuple[Group | None, int]:
    for j in range(i + 1, min(i + 4, len(clause))):
        if clause[j].text.lower() == "by":
            for k in range(j + 1, min(j + 4, len(clause))):
                if clause[k].kind in ("ENT", "ASP"):
                    return read_group(clause, k, lang), k
    return None, i + 1


def _rule_name(trigger: Item, lang: str, state: ClauseState, inherited: bool, pronoun: bool) -> str:
    if trigger.trigger.form == "noun":
        return f"{lang}.nominal"
    if trigger.trigger.form == "modifier":
        return f"{lang}.modifier"
    if pronoun:
        return f"{lang}.pronoun"
    if state.mediators:
        return f"{lang}.mediator"
    return f"{lang}.active.chain" if inherited else f"{lang}.active"


def _emit(doc: Document, view: SentenceView, factors: list[Arg], targets: tuple[Arg, ...] | list[Arg],
          trigger: Item, negated: bool, hedged: bool, mediators: list[Arg], rule: str) -> list[Triple]:
    out = []
    sent = view.sentence
    clean = view.clean
    e_start, e_end = clean.source_span(trigger.start, trigger.end)
    mediator_id = mediators[0].found.concept.id if mediators else None
    for f in factors:
        effect = trigger.trigger.effect
        if f.knocked_down:
            effect = INVERSE[effect]
        for t in targets:
            target_found, aspect = t.found, t.aspect
            concept = target_found.concept
            if concept.frame and aspect is None:
                aspect = concept.frame[1]
            if concept.id == f.found.concept.id:
                continue
            polarity = EFFECTS[effect]
            final = effect
            if aspect == "expression" and polarity:
                final = "upregulates" if polarity > 0 else "downregulates"
            fr, tr = f.found.record, target_found.record
            out.append(Triple(
                doc_id=doc.doc_id, lang=sent.lang, sent_start=sent.start, sent_end=sent.end,
                factor_id=fr.concept_id, factor_name=fr.concept_name, factor_text=fr.surface,
                factor_start=fr.start, factor_end=fr.end,
                effect=final, polarity=EFFECTS[final], effect_text=doc.text[e_start:e_end],
                effect_start=e_start, effect_end=e_end,
                target_id=tr.concept_id, target_name=tr.concept_name, target_text=tr.surface,
                target_start=tr.start, target_end=tr.end,
                aspect=aspect, negated=negated, hedged=hedged, mediator_id=mediator_id, rule=rule,
                page=sent.page, sent_id=sent.sent_id,
            ))
    return out


def _dedupe(triples: list[Triple]) -> list[Triple]:
    seen = set()
    out = []
    for t in triples:
        key = (t.factor_id, t.factor_start, t.polarity, t.target_id, t.target_start, t.aspect, t.negated)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


__all__ = ["find_triples", "load_rule_data", "RuleData", "Trigger", "replace"]
