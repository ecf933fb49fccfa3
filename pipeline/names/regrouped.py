"""Dictionary names the sentence writes apart: the words of one name put back together.

A review often writes a name of the dictionary with other words between its
parts, by the grammar of its language, not as the name:

- the owner and the process apart, with 的 between (``肿瘤的进展``: tumour
  progression; ``骨的吸收``: bone resorption), or with ``of`` and the order
  turned round (``progression of tumours``, ``retention and mobilization of
  HSPCs``: HSPC retention, HSPC mobilization);
- the owner and its part with a possessive between (``VEGF and its receptors``:
  VEGFR; ``趋化因子及其受体``: chemokine receptor);
- the short form in brackets between the name's first words and its last
  (``细胞外基质(ECM)沉积``: ECM deposition; ``osteoclast (OC) differentiation``);
- a head shared by two conjuncts (``肝脏和肾脏纤维化``: liver fibrosis beside renal
  fibrosis; ``髋部和脊柱骨折``: hip fracture), a modifier shared by two heads
  (``bone mass and strength``: bone strength), the class word after 等 shared by the
  words of the list it closes (``遗传、免疫及感染等多种因素``: genetic factor, immune factor).

Each is a mention of the dictionary concept the joined words name (``via =
"composed"``); only a name the dictionary knows is made, so nothing is guessed.
Where the words of the name stand together the mention spans them (``肿瘤的进展``,
``mobilization of HSPCs``); where a conjunct or a possessive leaves a word that
stands for the whole name, the mention is that word (``肝脏`` of ``肝脏和肾脏纤维化``,
``strength`` of ``bone mass and strength``, ``retention`` of ``retention and
mobilization of HSPCs``, ``receptors`` of ``VEGF and its receptors``), as a
pronoun's mention is the pronoun. The relation reader reads such a name in place
of the mentions it spans (``mentions.reading_mentions``), unless the name is a
process framed on its owner (``osteoclast (OC) differentiation``), which the
reader reads as the owner and the aspect already.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..dictionary.lexicon import Concept
from ..memo import OwnedMemo
from ..textnorm import depluralize, fold, is_cjk
from ..dictionary.word_patterns import composition_words

# A short form (or long form) in brackets right after a name: 细胞外基质(ECM)…, osteoclast (OC) …
_BRACKET = re.compile(r"\s*[(（][^()（）\n]{1,40}[)）]\s*")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_LATIN_AT = re.compile(r"\s*[A-Za-z0-9]")  # a symbol right after a Chinese word (调节 IL-17)
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9-]*\+?[ \t]*$")  # a Latin word (a marker: CD4+) before a conjunction
# A marker and the cells' letter it qualifies before a conjunction (CD4+T of CD4+T、CD8+T细胞)
_MARKED_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9+-])[A-Za-z][A-Za-z0-9-]*\+[ \t]*[A-Za-z][A-Za-z0-9-]*\+?[ \t]*$")


@dataclass(frozen=True)
class _Gaps:
    """The words between the parts of a name written apart (``dictionaries/composition_words.tsv``:
    conjunction, of_owner, possessive, bound_start), as patterns."""

    zh_conj: re.Pattern  # 和, 、 … after a part
    zh_conj_before: re.Pattern  # the same, ending where a name starts
    en_conj: re.Pattern  # and, or, a comma
    en_conj_before: re.Pattern  # one English word (and the word before it) and then and / or, ending where a name starts
    en_of: re.Pattern  # "A of (the) X", "A and B of X": the words before the owner
    of_owner: re.Pattern  # 的
    possessive: re.Pattern  # 及其, and its
    bound_start: frozenset  # 性, 型: no shared head begins so
    list_end: re.Pattern  # 等, 等多种: closes a list before the class word its words share


@functools.cache
def _gaps() -> _Gaps:
    words = composition_words().patterns
    zh = "|".join(p for p in words["conjunction"] if not p.isascii())
    en = "|".join(p for p in words["conjunction"] if p.isascii())
    return _Gaps(
        zh_conj=re.compile(rf"\s*(?:{zh})\s*"),
        zh_conj_before=re.compile(rf"(?:{zh})\s*$"),
        en_conj=re.compile(rf"\s*(?:,\s*)?(?:{en})\s+|\s*,\s*", re.I),
        en_conj_before=re.compile(rf"(?:\b([A-Za-z][A-Za-z0-9-]*)\s+)?\b([A-Za-z][A-Za-z0-9-]*\+?),?\s+(?:{en})\s+$",
                                  re.I),
        en_of=re.compile(rf"([A-Za-z][A-Za-z-]*)(?:(?:\s*,\s*|\s+)(?:{en})\s+([A-Za-z][A-Za-z-]*))?\s+of\s+(?:the\s+)?$",
                         re.I),
        of_owner=re.compile(rf"\s*(?:{'|'.join(words['of_owner'])})\s*"),
        possessive=re.compile(rf"\s*(?:{'|'.join(p for p in words['possessive'] if not p.isascii())})\s*"
                              rf"|\s+(?:{'|'.join(p for p in words['possessive'] if p.isascii())})\s+", re.I),
        bound_start=frozenset(words["bound_start"]),
        list_end=re.compile("|".join(words["list_end"])))


MAX_ZH_PART = 8  # characters of a Chinese part looked up after the owner
_OWNER_VIAS = frozenset({"dictionary", "abbreviation"})
_GUESSED_VIAS = frozenset({"phrase"})  # a new name guessed from its head word: a conjunct may cut it (慢性细菌 of 慢性细菌和病毒感染)


def regrouped_mentions(text: str, spans: list[tuple[int, int, Concept, str]], lexicon,
                       memo: dict | None = None) -> list[tuple]:
    """(start, end, concept, kind) of each dictionary name ``text`` writes apart; ``spans``
    are the sentence's mentions so far as (start, end, concept, via). ``kind`` is how the
    words stand apart: ``de`` (肿瘤的进展), ``bracket``, ``possessive``, ``of``,
    ``shared`` (a head or a modifier two conjuncts share) or ``shared_modifier`` (a
    shared head before 的: the pair qualifies the noun after it)."""
    owners = [(s, e, c) for s, e, c, via in spans if via in _OWNER_VIAS]
    taken = {(s, e, c.id) for s, e, c, _ in spans}
    out: dict[tuple[int, int, str], Concept] = {}
    for start, end, concept in owners:
        for s, e, found, kind in _owner_parts(text, start, end, concept, lexicon, memo) \
                + _shared_head(text, start, end, concept, spans, lexicon):
            if found.id != concept.id and (s, e, found.id) not in taken:
                out.setdefault((s, e, found.id), (found, kind))
    for s, e, found, kind in _bare_owner_parts(text, spans, lexicon) + _list_before_list_end(text, spans,
                                                                                               lexicon):
        if (s, e, found.id) not in taken:
            out.setdefault((s, e, found.id), (found, kind))
    return [(s, e, c, kind) for (s, e, _), (c, kind) in sorted(out.items(), key=lambda x: x[0])]


def _owner_parts(text: str, start: int, end: int, concept: Concept, lexicon, memo: dict | None) -> list:
    """``_after_owner`` then ``_before_owner`` of the owner ``text[start:end]``: they depend
    on the sentence's text and the owner alone (not on the other mentions), so ``memo``
    (one paper's, see ``mentions.regrouped``) keeps them for the second reading of the
    sentence."""
    key = (text, start, end, concept.id)
    parts = memo.get(key) if memo is not None else None
    if parts is None:
        parts = []
        if _may_have_parts(text, start, end):  # the owner's forms only where a part may join them
            forms = _NameIndex.of(lexicon).forms(text[start:end], concept)
            parts = _after_owner(text, start, end, forms, lexicon) + _before_owner(text, start, end, forms, lexicon)
        if memo is not None:
            memo[key] = parts
    return list(parts)


# The types of name a bare owner and its process make (骨的吸收: bone resorption)
_BARE_OWNER_TYPES = frozenset({"process", "disease"})


def _bare_owner_parts(text: str, spans, lexicon) -> list:
    """``骨的吸收``, ``骨的形成``: a Han character that is no mention's, alone before 的 (骨 is
    a word of names, 骨吸收, but no name itself), with the process after 的, a word of two characters
    (成 of 形成的骨 with 骨 is no 成骨), that makes a dictionary process or disease with it; kind
    ``bare_de``: no owner's mention is there to read with an aspect, so the relation reader reads the name."""
    out, de = [], _gaps().of_owner
    for m in de.finditer(text):
        i = m.start()
        if i < 1 or not is_cjk(text[i - 1]) or de.match(text, i - 1) \
                or any(a <= i - 1 < b for a, b, _, _ in spans):
            continue
        out += [(s, e, c, "bare_de") for s, e, c, kind in _after_owner(text, i - 1, i, [text[i - 1]], lexicon)
                if kind == "de" and c.type in _BARE_OWNER_TYPES and e - s >= 4]
    return out


_CLASS_WORD_LENGTHS = (2, 3, 4)  # characters of the class word after 等 tried, shortest first (因素 of 因素的影响)


def _list_before_list_end(text: str, spans, lexicon) -> list:
    """``遗传、免疫及感染等多种因素``, ``激素、环境和营养等因素``: the words of a list closed by 等 share the
    class word after it, where each makes a dictionary name with it (遗传 of 遗传因素: the genetic factor;
    免疫因素); a word of the list that is a name itself (感染) stays its own and the list goes on before
    it; any other word ends the list. Kind ``shared``: the word stands for the name, as 肝脏 of
    肝脏和肾脏纤维化 does."""
    out = []
    for m in _gaps().list_end.finditer(text):
        if m.start() < 1 or not is_cjk(text[m.start() - 1]):
            continue
        for h in _CLASS_WORD_LENGTHS:
            head = text[m.end():m.end() + h]
            if len(head) == h and all(is_cjk(ch) for ch in head):
                found = _list_sharing(text, m.start(), head, spans, lexicon)
                if found:
                    out += found
                    break
    return out


def _list_sharing(text: str, end: int, head: str, spans, lexicon) -> list:
    """The words of the list ending at ``end`` that make a dictionary name with ``head``, walking back over
    its conjunctions (``_list_before_list_end``); none unless two words at least are joined."""
    found, at, joined = [], end, 0
    while at > 0:
        first = _zh_first(text, at, head, spans, lexicon)
        own = next(((a, c) for a, b, c, via in spans if b == at and via in _OWNER_VIAS), None)
        if own is not None:
            at = own[0]  # 感染 of 遗传、免疫及感染等, 激素 of 激素、环境和营养等: a name of its own in the list
        elif first is not None:
            found.append((first[0], at, first[1], "shared"))
            at = first[0]
        else:
            break
        conj = _gaps().zh_conj_before.search(text, max(0, at - 4), at)
        if conj is None or conj.end() != at:
            break
        at, joined = conj.start(), joined + 1
    return found if joined else []


def _may_have_parts(text: str, start: int, end: int) -> bool:
    """Whether 的, a bracket or a possessive follows the owner (what ``_after_owner`` reads
    on from), or ``of`` stands before it (``_before_owner``): else neither finds a part."""
    gaps = _gaps()
    return any(gap.match(text, end) for gap in (gaps.of_owner, _BRACKET, gaps.possessive)) or _after_of(text, start)


class _NameIndex:
    """The names of each concept as a reader joins them to a part: its surface, its
    English preferred name, its Chinese names (built once per dictionary)."""

    _cache: dict[int, tuple] = {}

    def __init__(self, lexicon):
        self.zh: dict[str, list[str]] = {}
        for terms in lexicon.terms.values():
            for t in terms:
                if t.lang == "zh":
                    self.zh.setdefault(t.concept_id, []).append(t.text)

    @classmethod
    def of(cls, lexicon) -> "_NameIndex":
        cached = cls._cache.get(id(lexicon))
        if cached is None or cached[0] is not lexicon:
            cached = (lexicon, cls(lexicon))
            cls._cache[id(lexicon)] = cached
        return cached[1]

    def forms(self, surface: str, concept: Concept) -> list[str]:
        """The owner's forms to join a part to: as written (an English plural made
        singular), its preferred name, its Chinese names."""
        written = re.sub(r"\s+", " ", surface).strip()
        words = written.split(" ")
        if words[-1].isascii() and words[-1].isalpha():
            words[-1] = words[-1][:-1] if _symbol_plural(words[-1]) else depluralize(words[-1].lower()) \
                if words[-1].islower() else words[-1]
        out = [" ".join(words), concept.name] + self.zh.get(concept.id, [])
        return list(dict.fromkeys(out))


def _symbol_plural(word: str) -> bool:
    """``HSPCs``, ``OCs``: a symbol's plural."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _known(name: str, lexicon) -> Concept | None:
    """The concept the dictionary names ``name``, if any. The regrouping readers ask for the
    same few names (an owner's forms with the characters after it) in sentence after
    sentence: the answers for the last few thousand are kept."""
    known = _KNOWN.of(lexicon)
    concept = known.get(name, _UNASKED)
    if concept is _UNASKED:
        terms = lexicon.lookup(fold(name))
        concept = known[name] = lexicon.concepts[terms[0].concept_id] if terms else None
    return concept


_UNASKED = object()  # ``_known``'s mark of a name not asked about yet (None: asked, and unknown)


_KNOWN = OwnedMemo(50_000)


def _zh_part(text: str, pos: int, forms: list[str], lexicon) -> tuple[int, Concept] | None:
    """The longest run of Han characters at ``pos`` that, written after one of the
    owner's forms, makes a dictionary name: (its end, the concept)."""
    n = 0
    while pos + n < len(text) and n < MAX_ZH_PART and is_cjk(text[pos + n]):
        n += 1
    for k in range(n, 0, -1):
        part = text[pos:pos + k]
        for form in forms:
            found = _known(form + part, lexicon)
            if found is not None:
                return pos + k, found
    return None


def _en_part(text: str, pos: int, forms: list[str], lexicon) -> tuple[int, Concept] | None:
    """The English word at ``pos`` that, after one of the owner's forms, makes a
    dictionary name."""
    m = _EN_WORD.match(text, pos)
    if not m:
        return None
    for form in forms:
        found = _known(f"{form} {m.group()}", lexicon)
        if found is not None:
            return m.end(), found
    return None


def _after_owner(text: str, start: int, end: int, forms: list[str], lexicon) -> list:
    """``肿瘤的进展和转移``, ``细胞外基质(ECM)沉积``, ``osteoclast (OC) differentiation``,
    ``VEGF and its receptors``, ``趋化因子及其受体``: the owner, 的, a bracket or a
    possessive, then its process or part (and those conjoined to it)."""
    out, gaps = [], _gaps()
    for kind, gap in (("de", gaps.of_owner), ("bracket", _BRACKET), ("possessive", gaps.possessive)):
        m = gap.match(text, end)
        if not m:
            continue
        pos = m.end()
        first = kind != "possessive"  # "VEGF and its receptors": the part alone names VEGFR
        while True:
            part = _zh_part(text, pos, forms, lexicon) if pos < len(text) and is_cjk(text[pos]) \
                else _en_part(text, pos, forms, lexicon) if kind != "de" else None
            if part is None and first and kind == "de":
                # 肿瘤的生长和进展: a first conjunct that makes no name with the owner (an aspect
                # word, read by the relation reader) leaves the next its owner
                skip = gaps.zh_conj.match(text, pos + _zh_run(text, pos, MAX_ZH_SKIP))
                if skip and 0 < skip.start() - pos:
                    pos, first = skip.end(), False
                    continue
            if part is None:
                break
            out.append((start if first else pos, part[0], part[1], kind))
            first = False  # 肿瘤的进展和转移: the second conjunct names the tumour's metastasis
            conj = (gaps.zh_conj if is_cjk(text[pos]) else gaps.en_conj).match(text, part[0])
            if not conj:
                break
            pos = conj.end()
    return out


MAX_ZH_SKIP = 3  # characters of a first conjunct passed over after 的 (生长 of 肿瘤的生长和进展)


def _zh_run(text: str, pos: int, limit: int) -> int:
    """How many Han characters (at most ``limit``) stand at ``pos``, up to a conjunction."""
    n = 0
    while pos + n < len(text) and n < limit and is_cjk(text[pos + n]) and not _gaps().zh_conj.match(text, pos + n):
        n += 1
    return n


def _before_owner(text: str, start: int, end: int, forms: list[str], lexicon) -> list:
    """``progression of tumours``, ``retention and mobilization of HSPCs``: a process, or
    two conjoined, of the owner: the owner's name with the process after it."""
    if not _after_of(text, start):
        return []
    m = _gaps().en_of.search(text, max(0, start - 80), start)
    if not m or m.end() != start:
        return []
    out = []
    for k in (1, 2):
        word = m.group(k)
        if not word:
            continue
        found = next((c for c in (_known(f"{form} {word}", lexicon) for form in forms[:2]) if c), None)
        if found is not None:
            # the last word with the owner (mobilization of HSPCs); a word before it alone (retention)
            out.append((m.start(k), end if k == 2 or not m.group(2) else m.end(k), found, "of"))
    return out


def _after_of(text: str, start: int) -> bool:
    """Whether white space stands before ``start`` and ``of`` or ``the`` before it (any case),
    as wherever ``en_of`` can end at ``start``: the test that spares its search elsewhere."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i < start and text[max(0, i - 3):i].lower().endswith(("of", "the"))


def _shared_head(text: str, start: int, end: int, concept: Concept, spans, lexicon) -> list:
    """``肝脏和肾脏纤维化``: a Chinese name after a conjunction shares its last characters
    (its head) with the word before the conjunction, when the two make a dictionary name;
    ``bone mass and strength``: an English name of two words or more shares its first
    words with the word after the conjunction."""
    surface = text[start:end]
    out = []
    if is_cjk(surface[-1:]):
        conj = _gaps().zh_conj_before.search(text, max(0, start - 4), start)
        if conj and conj.end() == start:
            before = conj.start()
            for h in range(len(surface) - 1, 0, -1):
                head = surface[-h:]
                if head[0] in _gaps().bound_start:
                    continue  # 感染、自身免疫性疾病: 性疾病 is no head
                found = _zh_first(text, before, head, spans, lexicon)
                if found is not None and found[1].id != concept.id \
                        and _alike(text, (found[0], before), (start, end - h), lexicon):
                    # 肝脏 of 肝脏和肾脏纤维化 names liver fibrosis; before 的 and a name the pair only
                    # qualifies that name (先天性和适应性免疫的炎症反应): "shared_modifier"; before 的 and
                    # a word of their own (炎症性及自身免疫性疾病的发病过程) each is what the word is of
                    kind = "shared_modifier" if _names_after_de(text, end, spans) else "shared"
                    out.append((found[0], before, found[1], kind))
                    out += _zh_listed_before(text, found[0], head, found[1].type, kind, spans, lexicon)
                    break
        out += _zh_list_sharing_modifier(text, end, surface, concept, spans, lexicon)
    words = surface.split()
    if len(words) >= 2 and surface.isascii():
        out += _en_list_sharing_modifier(text, end, words[:-1], concept, lexicon)
    return out + _en_modifier_sharing_head(text, start, end, concept, lexicon)


def _zh_list_sharing_modifier(text: str, end: int, surface: str, concept: Concept, spans, lexicon) -> list:
    """``组织重塑、修复``, ``细胞增殖、分化和迁移``: each word of the list after a Chinese name
    shares the name's first characters (组织修复, 细胞分化, 细胞迁移), the longest that make a
    dictionary name with it; a word that is a name of its own (凋亡) keeps its own reading, and
    a word with a name or a symbol right after it is a verb and its object (免疫细胞平衡、调节
    IL-17 细胞: 调节 is no 免疫调节)."""
    out = []
    while (conj := _gaps().zh_conj.match(text, end)) and (n := _zh_run(text, conj.end(), MAX_ZH_PART)) >= 2:
        pos = conj.end()
        part = text[pos:pos + n]
        if _known(part, lexicon) is not None:
            break
        found = next(((k, c) for k in range(n, 1, -1) for h in range(len(surface) - 1, 0, -1)
                      if is_cjk(surface[h - 1]) and (c := _known(surface[:h] + part[:k], lexicon)) is not None), None)
        if found is None or found[1].id == concept.id:
            break
        end = pos + found[0]
        if any(s == end for s, _, _, _ in spans) or _LATIN_AT.match(text, end):
            break
        out.append((pos, end, found[1], "shared"))
    return out


def _en_list_sharing_modifier(text: str, end: int, modifier: list[str], concept: Concept, lexicon) -> list:
    """``bone mass and strength``: the word after the conjunction shares the name's first words
    (bone strength); so does each word of the list that goes on (``cell proliferation, survival,
    migration and invasion``: cell survival, cell migration, cell invasion), while each makes a
    dictionary name with them."""
    out = []
    while (conj := _gaps().en_conj.match(text, end)) and (m := _EN_WORD.match(text, conj.end())):
        found = _known(" ".join(modifier + [m.group()]), lexicon)
        if found is None or found.id == concept.id:
            break
        out.append((m.start(), m.end(), found, "shared"))
        end = m.end()
    return out


def _names_after_de(text: str, end: int, spans) -> bool:
    """Whether 的 follows ``end`` and a dictionary name follows 的 (免疫的炎症反应)."""
    de = _gaps().of_owner.match(text, end)
    return de is not None and any(s == de.end() and via in _OWNER_VIAS for s, _, _, via in spans)


def _en_modifier_sharing_head(text: str, start: int, end: int, concept: Concept, lexicon) -> list:
    """``innate and adaptive immune responses``, ``liver and kidney fibrosis``: an English name of two
    words or more after and / or shares its last words (its head) with the one word before the
    conjunction, when the two make a dictionary name (innate immune response, liver fibrosis): that
    word stands for it, as 肝脏 of 肝脏和肾脏纤维化 does. So do a marker (``CD4+`` of ``CD4+ and CD8+
    T cells``), two words (``Type I`` of ``Type I and type II interferons``) and a prefix whose hyphen
    is left hanging (``pro-`` of ``pro- and anti-inflammatory cytokines``: the rest of the name's
    first word after its own prefix)."""
    surface = text[start:end]
    words = surface.split()
    if len(words) < 2 or not surface.isascii() or not text[start - 1:start].isspace():
        return []  # en_conj_before ends in white space, at the owner
    conj = _gaps().en_conj_before.search(text, max(0, start - 40), start) or _conj_before_own_modifiers(text, start)
    if conj is None:
        return []
    firsts = [(conj.start(2), conj.end(2), range(len(words) - 1, 0, -1))]
    if conj.group(1) and len(words) >= 3:
        # two words stand for two words (Type I and type II interferons) or for the modifier of the head
        # they share (marginal zone and follicular B cells: marginal zone B cells)
        # (the two-for-two reading first: "Type I" + "II interferons" would fold to type III interferons)
        firsts.append((conj.start(1), conj.end(2), [len(words) - 2, *(h for h in range(len(words) - 1, 0, -1)
                                                                        if h != len(words) - 2)]))
    for a, b, heads in firsts:
        word = text[a:b]
        if word.endswith("-"):
            found = _known(word + " ".join([words[0].split("-", 1)[-1]] + words[1:]), lexicon) \
                if "-" in words[0] else None
            if found is not None and found.id != concept.id:
                return [(a, b, found, "shared")]
            continue
        for h in heads:
            found = _known(" ".join([word] + words[-h:]), lexicon)
            modifier_end = start + len(" ".join(words[:-h]))
            if found is not None and found.id != concept.id and _alike(text, (a, b), (start, modifier_end), lexicon):
                return [(a, b, found, "shared")] + _listed_before(text, a, words[-h:], found.type, lexicon)
    return []


_OWN_MODIFIER = re.compile(r"\b[a-z][a-z-]*\s+$")
MAX_OWN_MODIFIERS = 2  # words the last conjunct may put before the name it shares the head of


def _conj_before_own_modifiers(text: str, start: int) -> re.Match | None:
    """``marginal zone and mature naive B cells``: the last conjunct's own modifiers (one or two
    words in lower case, ``mature``) stand between the conjunction and the name whose head the
    conjuncts share; the conjunction before them, as ``en_conj_before`` finds it at the name."""
    at = start
    for _ in range(MAX_OWN_MODIFIERS):
        word = _OWN_MODIFIER.search(text, max(0, at - 30), at)
        if word is None:
            return None
        at = word.start()
        conj = _gaps().en_conj_before.search(text, max(0, at - 40), at)
        if conj is not None and conj.end() == at:
            return conj
    return None


_LISTED = re.compile(r"\b([A-Za-z][A-Za-z0-9-]*\+?)\s*,\s*$")


def _listed_before(text: str, at: int, head: list[str], ctype: str, lexicon) -> list:
    """``late transitional, marginal zone and follicular B cells``: the words of the list before the
    one that shares the head (each after a comma) share it too, while each makes a dictionary name
    of the same type with it (transitional B cell)."""
    out = []
    while (m := _LISTED.search(text, max(0, at - 40), at)) is not None:
        found = _known(" ".join([m.group(1)] + head), lexicon)
        if found is None or found.type != ctype:
            break
        out.append((m.start(1), m.end(1), found, "shared"))
        at = m.start(1)
    return out


def _zh_listed_before(text: str, at: int, head: str, ctype: str, kind: str, spans, lexicon) -> list:
    """``肝脏、肾脏和肺纤维化``, ``钙、磷和骨代谢紊乱``: the words of the list before the one that shares
    the head (each before 、) share it too, while each makes a dictionary name of the same type with
    it (liver fibrosis beside renal fibrosis), as ``_listed_before`` reads an English list."""
    out = []
    while at > 1 and text[at - 1] == "、":
        found = _zh_first(text, at - 1, head, spans, lexicon)
        if found is None or found[1].type != ctype:
            break
        out.append((found[0], at - 1, found[1], kind))
        at = found[0]
    return out


def _alike(text: str, first: tuple[int, int], second: tuple[int, int], lexicon) -> bool:
    """Whether two conjuncts can share a head: not when each is a dictionary name, of two
    types (免疫系统、炎症反应: a system and a process, no shared head; 肝脏和肾脏: two organs)."""
    types = [_known(text[a:b], lexicon) for a, b in (first, second)]
    return None in types or types[0].type == types[1].type


def _zh_first(text: str, before: int, head: str, spans, lexicon) -> tuple[int, Concept] | None:
    """The longest run of Han characters ending at ``before`` that, with ``head``, makes a
    dictionary name, and does not cut a mention: (its start, the concept); or the Latin word
    that ends there (``DNA`` of ``DNA和组蛋白甲基化``: DNA methylation)."""
    latin = _LATIN_BEFORE.search(text, max(0, before - MAX_ZH_PART * 2), before)
    marked = _MARKED_LATIN_BEFORE.search(text, max(0, before - MAX_ZH_PART * 2), before)
    if marked is not None and _known(marked.group() + head, lexicon) is not None:
        latin = marked  # CD4+T of CD4+T、CD8+T细胞: the CD4+ T cells, not the T cells
    if latin is not None:
        found = _known(latin.group() + head, lexicon)
        inside = any(a < latin.start() < b for a, b, _, via in spans if via not in _GUESSED_VIAS)
        return (latin.start(), found) if found is not None and not inside else None
    n = 0
    while before - n > 0 and n < MAX_ZH_PART and is_cjk(text[before - n - 1]):
        n += 1
    for k in range(n, 0, -1):
        s = before - k
        found = _known(text[s:before] + head, lexicon)  # mostly None: asked before the spans are walked
        if found is not None and not any(a < s < b for a, b, _, via in spans if via not in _GUESSED_VIAS):
            return s, found
    return None
