"""A sentence as a sequence of items, and the passes that tidy it before it is read.

Reads a sentence's cleaned text and its mentions; gives ``Item`` records: names
(``ENT``), trigger words (``TRIG``), aspect words (``ASP``), cue words (``CUE``), other
verbs (``VERB``) and words (``WORD``), clause punctuation (``SEP``), list marks
(``LIST``), brackets (``OPEN``/``CLOSE``), ``的``/``of`` (``DE``) and the postpositions
that close a place (``LOC``). Chinese words and their parts of speech come from
jieba, which knows every dictionary name and lexicon word; English words from a
regular expression, with multi-word entries matched greedily. Every item carries
its word classes (``marks``, from ``words.tsv``) so that no word is written here.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..memo import OwnedMemo
from ..names.mentions import Found, as_frame
from ..sentences.segment import SentenceView
from .bracket_lists import without_final_etc
from .data import MARK_ONLY, AspectWord, RuleData, Trigger

_EN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’][a-z]+)?|\d+(?:\.\d+)?|\S")
# Item kinds of the punctuation and function word classes of words.tsv, tried in this order.
_CLASS_ITEMS = (("clause_break", "SEP"), ("list_mark", "LIST"), ("open", "OPEN"), ("close", "CLOSE"), ("de", "DE"))


class Item(NamedTuple):
    """One item of a sentence (see the module docstring). Frozen: a named tuple, not a dataclass, as a
    sentence makes one per word and a tuple is made about four times faster; a changed copy is
    ``item._replace(kind=...)``."""

    kind: str  # ENT TRIG ASP CUE SEP LIST DE LOC OPEN CLOSE VERB WORD
    start: int  # offsets in the sentence's cleaned text (an empty item: start == end)
    end: int
    text: str  # the word as looked up (an English phrase or a Latin word may be lower-cased)
    pos: str = ""  # jieba's part of speech (Chinese words), "" otherwise
    found: Found | None = None  # ENT: the mention
    trigger: Trigger | None = None  # TRIG: the trigger word's effect and form
    aspect: AspectWord | None = None  # ASP: the aspect the word names
    cues: frozenset = frozenset()  # the cue kinds of cues.tsv the word is
    process: Found | None = None  # a framed process (凋亡) as the process itself, before framing
    marks: frozenset = frozenset()  # the word classes of words.tsv the text belongs to

    def has(self, cue: str) -> bool:
        return cue in self.cues

    def is_a(self, word_class: str) -> bool:
        return word_class in self.marks


def sentence_items(view: SentenceView, found: list[Found], data: RuleData, resources) -> list[Item]:
    """The sentence as a sequence of items (see the module docstring)."""
    text = view.clean.text
    lang = view.sentence.lang
    ents = [x for f in found for x in _name_items(f, text, lang, data, resources)]
    words = []
    for a, b in _gaps(text, [(f.cstart, f.cend) for f in found]):
        tokens = _negation_parted(_zh_words(text[a:b], resources), data) if lang == "zh" \
            else _en_words(text[a:b], data)
        words += [(w, pos, start + a, end + a) for w, pos, start, end in tokens]
    items = [_word_item(lang, word, pos, start, end, data) for word, pos, start, end in words]
    items = sorted(ents + items, key=lambda it: (it.start, it.end))
    return _origin_as_passive(_aspects_in_place(_shared_spans_listed(items), lang, data))


def _shared_spans_listed(items: list[Item]) -> list[Item]:
    """Names that share one span (``这些细胞`` standing for two cell types: ``anaphors``)
    are the members of a list: an empty list mark stands between them."""
    out: list[Item] = []
    for it in items:
        if out and it.kind == "ENT" and out[-1].kind == "ENT" and (out[-1].start, out[-1].end) == (it.start, it.end):
            out.append(Item("LIST", it.start, it.start, "", marks=frozenset({"list_mark", "gap"})))
        out.append(it)
    return out


def _name_items(f: Found, text: str, lang: str, data: RuleData, resources) -> list[Item]:
    """The items of one mention: the name; for a framed process (``破骨细胞分化``), the
    name it is framed on and an empty aspect item after it."""
    surface = text[f.cstart:f.cend]
    marks = data.marks(lang, surface)
    if f.concept.frame:
        aspect = f.concept.frame[1]
        # ``CLL 凋亡`` / ``肿瘤细胞凋亡``: a process framed on a class word
        # (细胞) after a name is that name's aspect, not a new head
        generic = frozenset({"generic_head"}) if f.concept.frame[0] in data.class_words else frozenset()
        return [Item("ENT", f.cstart, f.cend, surface, found=as_frame(f, resources.lexicon), cues=generic,
                     process=f, marks=marks),
                Item("ASP", f.cend, f.cend, "", aspect=AspectWord(lang, surface, aspect, aspect))]
    # A process named by an aspect word (凋亡, 耐药) can be an aspect of
    # the name before it (肿瘤细胞凋亡); the group decides.
    key = (lang, surface if lang == "zh" else surface.lower())
    return [Item("ENT", f.cstart, f.cend, surface, found=f, aspect=data.aspects.get(key),
                 cues=data.cues.get(key, frozenset()) & {"generic_head", "medium"}, marks=marks)]


def _origin_as_passive(items: list[Item]) -> list[Item]:
    """``由各种诱导剂(如血清、IL-1β和EGF)诱导``: 由 before names (and examples) and then a
    trigger verb (共同 or 协同 between: ``由 IL-6 和 TGF-β 共同诱导``) is the agent's 被, not an origin (``由 Y 分泌``: an expression word ends it)."""
    out = list(items)
    for k, it in enumerate(items):
        if not (it.kind == "CUE" and it.has("origin")):
            continue
        named = False
        for x in items[k + 1:]:
            if x.kind == "TRIG":
                if named and x.trigger.form == "verb" and not x.has("no_claim"):
                    out[k] = it._replace(cues=frozenset({"passive"}))
                break
            named = named or x.kind == "ENT"
            if x.kind in ("ENT", "LIST", "OPEN", "CLOSE") or x.kind == "CUE" and x.cues & {"conj", "example", "word", "together"} \
                    or x.kind == "WORD" and len(x.text) <= 2:
                continue
            break
    return out


def _gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` between the mentions: words are read there
    only, so no word straddles a name."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _aspects_in_place(items: list[Item], lang: str, data: RuleData) -> list[Item]:
    """A trigger word that is also an aspect word names an aspect where an
    aspect stands: after 的/of (``NF-κB 的激活``) or joined to another aspect
    (``分化和活化``, ``differentiation and activation of``)."""
    out: list[Item] = []
    for k, it in enumerate(items):
        if lang == "en" and it.kind == "TRIG" and it.trigger.form == "verb" and out and out[-1].is_a("article"):
            # ``the binding of``: a verb form after an article is a noun.
            it = it._replace(trigger=Trigger("en", it.text.lower(), it.trigger.effect, "noun", it.trigger.aspect))
        aspect = data.aspects.get((lang, it.text if lang == "zh" else it.text.lower()))
        if it.kind == "TRIG" and aspect and out and _names_an_aspect(items, k, out, lang):
            it = it._replace(kind="ASP", trigger=None, aspect=aspect, cues=frozenset())
        if lang == "zh" and it.kind == "ASP" and it.is_a("have") and _effect_noun_after(items, k):
            # ``对治疗反应产生深远的影响``: 产生 … 影响 is "have an effect on", a verb, not
            # the production of the name before it
            it = Item("VERB", it.start, it.end, it.text, it.pos, cues=it.cues, marks=it.marks)
        out.append(it)
    return out


def _names_an_aspect(items: list[Item], k: int, out: list[Item], lang: str) -> bool:
    """The trigger word at ``k``, also an aspect word, stands where an aspect stands (``out``:
    the items before it, as read)."""
    prev = out[-1]
    # ``分化和活化`` joins two aspects; ``IL-8 信号还激活 p38``: a conjunction between
    # clauses (clause_link: 还, 并, 同时) puts a verb after it, not an aspect.
    joined = (prev.kind == "LIST" or (prev.has("conj") and not prev.has("clause_link"))) \
        and len(out) > 1 and out[-2].kind == "ASP"
    # ``增加了 A549 细胞中的 STAT3 磷酸化。``: right after a name and with nothing after it
    # to act on, the word names the name's aspect
    # (not after a passive: ``被其他细胞因子激活，`` is the verb)
    last = lang == "zh" and prev.kind == "ENT" and (k + 1 == len(items) or items[k + 1].kind == "SEP") \
        and not any(x.has("passive") for x in clause_so_far(out))
    # ``炎症小体激活和随后的细胞焦亡`` / ``在炎症小体激活期间``: right after a name and before
    # a conjunction (not a second verb) or a place word, the word names the name's aspect
    nxt = items[k + 1] if k + 1 < len(items) else None
    noun = lang == "zh" and prev.kind == "ENT" and nxt is not None and (
        nxt.kind == "LOC" or nxt.kind == "CUE" and nxt.has("conj") and not nxt.has("clause_link")
        and k + 2 < len(items) and items[k + 2].kind not in ("TRIG", "ASP"))
    # ``TLR4 激活会诱导 NF-κB``, ``STAT3 活化促进…``, ``NLRP3 活化后…``, ``STAT3 磷酸化在…中``:
    # right after a name and before a modal, another verb, a time word or 在, the word names the name's aspect (the subject
    # of the verb after it), not a verb of its own
    subject = lang == "zh" and prev.kind == "ENT" and nxt is not None and (
        nxt.is_a("modal") or nxt.is_a("time_end") or nxt.kind == "TRIG" and nxt.trigger.form == "verb"
        or nxt.kind == "CUE" and nxt.has("locative")) \
        and not any(x.has("passive") for x in clause_so_far(out))
    # ``促进 ILC2 活化并分泌 IL-5`` / ``促进 NF-κB 激活从而诱导…``: right after the object of a verb and
    # before a conjunction (并, 和, 从而: what follows is the object's next change, or the outcome), the
    # word names the object's aspect
    object_change = lang == "zh" and prev.kind == "ENT" and len(out) > 1 and out[-2].kind == "TRIG" \
        and out[-2].trigger.form == "verb" and nxt is not None \
        and (is_conj(nxt) or nxt.kind == "WORD" and nxt.pos.startswith("c"))
    # ``NF-κB 的持续激活``: an aspect adverb (持续, 过度, 异常) between 的 and the word
    after_de = prev.kind == "DE" or (prev.is_a("aspect_adverb") and len(out) > 1 and out[-2].kind == "DE")
    return after_de or joined or last or noun or subject or object_change


def _effect_noun_after(items: list[Item], k: int) -> bool:
    """``产生 (深远 的) 影响/作用``: the modifiers then an effect noun (影响, …作用)."""
    for it in items[k + 1:k + 5]:
        if it.kind == "TRIG":
            return it.is_a("effect_noun") or it.is_a("effect_ending")
        if it.kind not in ("WORD", "DE"):
            return False
    return False


def _zh_words(text: str, resources):
    """(word, part of speech, start, end) from jieba's tagger."""
    pos = 0
    for word, flag in resources.pos_tag(text):
        start, pos = pos, pos + len(word)
        if word.strip():
            yield (word.lower() if word.isascii() and word.isalpha() else word), flag, start, pos


def _negation_parted(tokens, data: RuleData):
    """``βc链不直接结合 IL-5``: jieba glues a negation (negation_suffix of words.tsv: 不) to the noun before
    it (链不); a word so ending that the dictionaries do not know whole is the noun, then the negation."""
    suffixes = data.words_of("negation_suffix", "zh")
    for word, flag, start, end in tokens:
        if not word.endswith(suffixes):  # most words: no suffix to look for (one test, in C)
            yield word, flag, start, end
            continue
        cut = next((s for s in suffixes if len(word) > len(s) and word.endswith(s)), None)
        if cut is None or ("zh", word) in data.cues or ("zh", word) in data.triggers:
            yield word, flag, start, end
            continue
        yield word[:-len(cut)], flag, start, end - len(cut)
        yield cut, "d", end - len(cut), end


def _en_words(text: str, data: RuleData):
    tokens = [(m.group(), m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        # The longest lexicon entry starting here (``lead to``, ``such as``).
        for n in range(min(data.longest_en, len(tokens) - i), 1, -1):
            phrase = " ".join(t[0].lower() for t in tokens[i:i + n])
            key = ("en", phrase)
            if key in data.triggers or key in data.aspects or key in data.cues:
                yield phrase, "", tokens[i][1], tokens[i + n - 1][2]
                i += n
                break
        else:
            yield tokens[i][0], "", tokens[i][1], tokens[i][2]
            i += 1


def _word_item(lang: str, word: str, pos: str, start: int, end: int, data: RuleData) -> Item:
    """The item of one word (its kind, trigger, aspect, cues and classes, from ``data``): the
    same word with the same part of speech always makes the same item but for its place, so
    the last few thousand words' items are kept (的, 和, 在 recur in every sentence of a paper)."""
    items = _WORD_ITEMS.of(data)
    it = items.get((lang, word, pos))
    if it is None:
        it = items[lang, word, pos] = _new_word_item(lang, word, pos, data)
    return Item(it.kind, start, end, word, pos, None, it.trigger, it.aspect, it.cues, None, it.marks)


_WORD_ITEMS = OwnedMemo(20_000)


def _new_word_item(lang: str, word: str, pos: str, data: RuleData) -> Item:
    start = end = 0  # the kept item's place: _word_item gives each use its own
    marks = data.marks(lang, word)
    if pos_marks := data.pos_marks(lang, pos):
        marks = marks | pos_marks
    for word_class, kind in _CLASS_ITEMS:
        if word_class in marks:
            return Item(kind, start, end, word, pos, marks=marks)
    if lang == "zh" and "locative_end" in marks:
        return Item("LOC", start, end, word, pos, marks=marks)
    trigger, aspect, cues = data.lookup(lang, word)
    if trigger:
        return Item("TRIG", start, end, word, pos, trigger=trigger, cues=cues, marks=marks)
    if aspect:
        return Item("ASP", start, end, word, pos, aspect=aspect, cues=cues & {"forms"}, marks=marks)
    if cues and not cues <= MARK_ONLY:
        return Item("CUE", start, end, word, pos, cues=cues, marks=marks)
    if lang == "zh" and pos.startswith("v"):
        return Item("VERB", start, end, word, pos, cues=cues, marks=marks)
    return Item("WORD", start, end, word, pos, cues=cues, marks=marks)


# --- small predicates over items, used by every stage --------------------------

def clause_so_far(items: list[Item]) -> list[Item]:
    """The items after the last clause separator."""
    k = len(items)
    while k > 0 and items[k - 1].kind != "SEP":
        k -= 1
    return items[k:]


def is_conj(it: Item) -> bool:
    return it.kind == "LIST" or it.has("conj")


def modifier(it: Item, lang: str) -> bool:
    """A word that may sit inside a group: ``多种``, ``恶性``, ``the``, ``mature``."""
    if it.has("filler"):
        return True
    if lang == "zh":
        return it.is_a("modifier_pos") and len(it.text) <= 4
    return it.text.isalpha() and not it.is_a("break")


def next_element(items: list[Item], j: int, lang: str) -> int | None:
    """After a connective: the index of the next name or aspect, skipping a
    modifier or two; None if the connective joins something else."""
    for k in range(j, min(j + 3, len(items))):
        if items[k].kind in ("ENT", "ASP"):
            return k
        if items[k].kind == "DE" or (items[k].kind in ("WORD", "CUE") and modifier(items[k], lang)) \
                or adverb_before_aspect(items, k):
            continue
        return None
    return None


def adverb_before_aspect(items: list[Item], k: int) -> bool:
    """``NF-κB 的持续激活``: an aspect adverb after 的 (or after a conjunction joining it to
    another aspect: ``分化和大量增殖``) and before an aspect word."""
    if not (items[k].is_a("aspect_adverb") and k > 0 and k + 1 < len(items) and items[k + 1].kind == "ASP"):
        return False
    prev = items[k - 1]
    return prev.kind == "DE" or (prev.kind == "LIST" or prev.has("conj")) and k > 1 and items[k - 2].kind == "ASP"


def passive_cue_before(clause: list[Item], k: int) -> int:
    """The index of the passive cue (被, 由) last before ``k``; ``k`` if none: what comes
    after the cue (``由各种诱导剂``) belongs to the agent, not to a subject."""
    return next((m for m in range(k - 1, -1, -1) if clause[m].has("passive")), k)


def effect_noun_owned(clause: list[Item], k: int, any_noun: bool = False) -> bool:
    """``X 的保护作用`` from the 的 at ``k``: an effect noun (…作用; with ``any_noun`` any
    trigger word, a verb after 的 being a noun: ``对免疫反应的调节``) owned by the group
    before it, and nothing after it in the clause."""
    return k + 1 < len(clause) and clause[k].kind == "DE" and clause[k + 1].kind == "TRIG" \
        and (any_noun and clause[k + 1].trigger.form in ("noun", "verb")
             or clause[k + 1].trigger.form == "noun" and clause[k + 1].is_a("effect_ending")) \
        and (k + 2 == len(clause) or clause[k + 2].kind == "SEP")


def de_follows(items: list[Item], i: int) -> bool:
    """的 right after item ``i``, or after one short word (``刺激后的``)."""
    if i + 1 < len(items) and items[i + 1].kind == "DE":
        return True
    return i + 2 < len(items) and items[i + 1].kind in ("WORD", "LOC") and len(items[i + 1].text) == 1 \
        and items[i + 2].kind == "DE"


def ends_clause(items: list[Item], k: int) -> bool:
    """Nothing but filler words after item ``k``: ``与炎症性疾病相关``, not
    ``相关细胞因子`` (a modifier)."""
    return all(x.kind == "WORD" and len(x.text) <= 2 for x in items[k + 1:])


def last_index(items: list[Item], word_class: str) -> int:
    """Index of the last item of ``word_class`` (past the end when there is none)."""
    found = [k for k, x in enumerate(items) if x.is_a(word_class)]
    return found[-1] if found else len(items)


def change_after_name(items: list[Item], i: int) -> bool:
    """The trigger at ``i`` is a change word (a ``raised`` or ``knockdown`` cue) right
    after a name or an aspect word: ``迁移减少``, ``骨形成较少``, something's own change,
    not a verb with an object."""
    it = items[i]
    return i > 0 and items[i - 1].kind in ("ASP", "ENT") and (it.has("raised") or it.has("knockdown"))


def trigger_follows(items: list[Item], j: int) -> bool:
    """Another trigger comes next, with only modals or adverbs before it."""
    for x in items[j:]:
        if x.kind == "TRIG":
            return True
        if x.kind not in ("WORD", "CUE") or x.has("conj"):
            return False
    return False


def trigger_later(items: list[Item], j: int) -> bool:
    """A verb trigger comes later in the clause: the head noun before it is its subject."""
    return any(x.kind == "TRIG" and x.trigger.form == "verb" for x in items[j:])


def index_of(items: list[Item], it: Item) -> int | None:
    """The index of the very item ``it`` (not an equal one) in ``items``."""
    return next((m for m, x in enumerate(items) if x is it), None)


def clause_before(items: list[Item], k: int) -> list[Item]:
    """The items before ``k`` back to the separator before them (SEP: a comma, a clause break): the
    clause ``items[k]`` stands in, up to it, or the one a separator at ``k`` closes."""
    j = k
    while j > 0 and items[j - 1].kind != "SEP":
        j -= 1
    return items[j:k]


# --- passes over a sentence's items before it is read --------------------------

def tidied(items: list[Item]) -> list[Item]:
    """The items with asides, drug qualifiers and descriptions dropped (each pass below)."""
    return without_descriptions(without_drug_qualifiers(without_asides(items)))


def without_asides(items: list[Item]) -> list[Item]:
    """Drop what brackets hold (definitions, citations, asides), except
    examples (``细胞因子（如 IL-2、IL-12）``) and lists of other names that
    stand for the word before (``受体（DR4 和 DR5）``), which stay, marked
    as examples."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind != "OPEN":
            out.append(it)
            k += 1
            continue
        close, depth = k + 1, 1
        while close < len(items) and depth:
            depth += {"OPEN": 1, "CLOSE": -1}.get(items[close].kind, 0)
            close += 1
        inner = items[k + 1:close - 1]
        before = out[-1] if out else None
        if inner and inner[0].has("example"):
            # ``（例如，TNF-α、IL-1β）``: a comma right after the cue ends no clause; brackets
            # inside the examples are asides of their own (``(如干扰素调节因子 8 (Recombinant
            # Interferon Regulatory Factor 8, IRF-8))``: the definition goes, and its comma with it)
            out.extend(without_asides([x for m, x in enumerate(inner) if not (m == 1 and x.kind == "SEP")]))
        elif _is_name_list(inner := _commas_listing(_without_unknown_members(without_final_etc(inner)))) \
                and before is not None and before.kind == "ENT" \
                and all(x.found.concept.id != before.found.concept.id for x in inner if x.kind == "ENT"):
            out.append(Item("CUE", inner[0].start, inner[0].start, "", cues=frozenset({"example"})))
            # nested brackets become list separators: ``MAPK(ERK、p38)`` lists MAPK, ERK, p38
            out.extend(x._replace(kind="LIST") if x.kind == "OPEN" else x for x in inner if x.kind != "CLOSE")
        k = close
    return out


def without_descriptions(items: list[Item]) -> list[Item]:
    """``下调受体蛋白 IL-1R1 表达`` / ``抗凋亡蛋白 BCL-2`` / ``细胞死亡执行者 GSDMD``: a
    description ending in a title word (蛋白, 执行者: the ``title`` cue) right before a
    name says what the name is; the name is the head. The title word and the class
    names, aspects and prefix words of the description before it are dropped."""
    out: list[Item] = []
    for k, it in enumerate(items):
        if it.has("title") and k + 1 < len(items) and items[k + 1].kind == "ENT":
            m = len(out)
            while m > 0 and (out[m - 1].kind in ("ENT", "ASP")
                             or out[m - 1].kind == "TRIG" and out[m - 1].trigger.form == "prefix"):
                m -= 1
            if m < len(out) and any(x.kind == "ENT" for x in out[m:]):
                del out[m:]
                continue
            if it.kind != "ENT" and (not out or out[-1].kind == "LOC"):
                continue  # ``CML 细胞中原癌基因 BCL6 的表达``: a bare title after a place says what the name is
        out.append(it)
    return out


def without_drug_qualifiers(items: list[Item]) -> list[Item]:
    """``脊索瘤细胞对紫杉醇和硼替佐米的化学抗性`` / ``胃肿瘤对化疗药物的耐药性``: the
    drugs between a name and its drug-resistance word (对 D 的) say which
    resistance; they are neither a target nor the head, so they are dropped and
    the name owns the aspect (脊索瘤细胞 … 化学抗性: drug_resistance)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.has("target") and out and out[-1].kind == "ENT":
            j = k + 1
            drugs = 0
            while j < len(items) and (items[j].kind == "ENT" and items[j].found.concept.type == "drug"
                                      or drugs and is_conj(items[j])):
                drugs += items[j].kind == "ENT"
                j += 1
            word = items[j + 1] if drugs and j + 1 < len(items) and items[j].kind == "DE" else None
            if word is not None and word.kind in ("ASP", "ENT") and word.aspect is not None \
                    and word.aspect.aspect == "drug_resistance":
                k = j + 1
                continue
        out.append(it)
        k += 1
    return out


def _without_unknown_members(inner: list[Item]) -> list[Item]:
    """``(PI-3K/κ、NF-κB 和 MAPK (ERK、JNKK 和 p38))``: in a bracketed list of names, a
    member that is one unknown word (a stray letter, a misspelt name) between list
    punctuation is dropped with the separator after it; the other names still list.
    Unchanged unless the names outnumber such words."""
    def edge(y: Item) -> bool:
        return y.kind in ("LIST", "OPEN", "CLOSE") or y.has("conj")

    def member(k: int) -> bool:
        x = inner[k]
        return x.kind == "WORD" and (k == 0 or edge(inner[k - 1])) and (k + 1 == len(inner) or edge(inner[k + 1]))
    unknown = [k for k in range(len(inner)) if member(k)]
    if not unknown or sum(x.kind == "ENT" for x in inner) <= len(unknown):
        return inner
    drop = set(unknown) | {k + 1 for k in unknown if k + 1 < len(inner) and inner[k + 1].kind != "CLOSE"}
    return [x for k, x in enumerate(inner) if k not in drop]


def _commas_listing(inner: list[Item]) -> list[Item]:
    """``JAK激酶(JAK1,JAK2,JAK3以及Tyk2)``: commas between names only, in a bracket of two names or more,
    each a different concept, list them as 、 does (the list separator); a bracket of one concept's names
    (``(interleukin-6, IL-6)``: a definition) or with other words (``(Smith, 2010)``) is left as it is."""
    commas = [k for k, x in enumerate(inner) if x.is_a("comma") or x.is_a("wide_comma")]
    if not commas or inner[0].kind != "ENT":
        return inner
    names = [x.found.concept.id for x in inner if x.kind == "ENT"]
    between = all(0 < k < len(inner) - 1 and inner[k - 1].kind == "ENT" and inner[k + 1].kind == "ENT" for k in commas)
    if len(names) < 2 or len(set(names)) != len(names) or not between:
        return inner
    return [x._replace(kind="LIST", marks=frozenset()) if k in commas else x for k, x in enumerate(inner)]


def _is_name_list(inner: list[Item]) -> bool:
    """Only names, list punctuation and conjunctions (nested brackets allowed:
    ``(PI-3K、NF-κB 和 MAPK(ERK、JNK 和 p38))``)."""
    kinds = [x.kind for x in inner]
    return "ENT" in kinds and all(x.kind in ("ENT", "LIST", "OPEN", "CLOSE") or x.has("conj") for x in inner) \
        and not any(x.is_a("comma") or x.is_a("wide_comma") for x in inner)
