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
  (``bone mass and strength``: bone strength).

Each such run is a mention of the dictionary concept the joined words name
(``via = "composed"``), spanning the words it joins; only a name the dictionary
knows is made, so nothing is guessed. The mention overlaps the mentions of its
parts; as every composed name over dictionary names, it is a name of the
mentions table, and the relation reader reads the parts
(``mentions.without_overlapping_phrases``).
"""
from __future__ import annotations

import re

from .lexicon import Concept
from .textnorm import depluralize, fold, is_cjk

# Words that join two conjuncts (Chinese and English).
_ZH_CONJ = re.compile(r"\s*(?:和|与|及|以及|或|、)\s*")
_ZH_CONJ_BEFORE = re.compile(r"(?:和|与|及|或|、)\s*$")
_EN_CONJ = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")
# Between a Chinese owner and its process: 的 (之).
_ZH_OF = re.compile(r"\s*[的之]\s*")
# A name and its own part: "VEGF and its receptors", "趋化因子及其受体".
_POSSESSIVE = re.compile(r"\s*(?:及其|和其|与其|以及其|及它们的|和它们的)\s*|\s+(?:and|or)\s+(?:its|their)\s+(?:own\s+)?")
# A short form (or long form) in brackets right after a name: 细胞外基质(ECM)…, osteoclast (OC) …
_BRACKET = re.compile(r"\s*[(（][^()（）\n]{1,40}[)）]\s*")
# "A of (the) X", "A and B of X": the words before the owner, read backwards.
_EN_OF = re.compile(r"([A-Za-z][A-Za-z-]*)(?:(?:\s*,\s*|\s+)(?:and|or)\s+([A-Za-z][A-Za-z-]*))?\s+of\s+(?:the\s+)?$")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
MAX_ZH_PART = 8  # characters of a Chinese part looked up after the owner
_OWNER_VIAS = frozenset({"dictionary", "abbreviation"})


def regrouped_mentions(text: str, spans: list[tuple[int, int, Concept, str]], lexicon) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each dictionary name ``text`` writes apart; ``spans`` are the
    sentence's mentions so far as (start, end, concept, via)."""
    names = _NameIndex.of(lexicon)
    owners = [(s, e, c) for s, e, c, via in spans if via in _OWNER_VIAS]
    taken = {(s, e) for s, e, _, _ in spans}
    out: dict[tuple[int, int, str], Concept] = {}
    for start, end, concept in owners:
        forms = names.forms(text[start:end], concept)
        for s, e, found in _after_owner(text, start, end, forms, lexicon) + _before_owner(text, start, end, forms, lexicon):
            if found.id != concept.id and (s, e) not in taken:
                out.setdefault((s, e, found.id), found)
        for s, e, found in _shared_head(text, start, end, concept, spans, lexicon):
            if (s, e) not in taken:
                out.setdefault((s, e, found.id), found)
    return [(s, e, c) for (s, e, _), c in sorted(out.items(), key=lambda x: x[0])]


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
    terms = lexicon.lookup(fold(name))
    return lexicon.concepts[terms[0].concept_id] if terms else None


def _zh_part(text: str, pos: int, forms: list[str], lexicon) -> tuple[int, Concept] | None:
    """The longest run of Han characters at ``pos`` that, written after one of the
    owner's forms, makes a dictionary name: (its end, the concept)."""
    n = 0
    while pos + n < len(text) and n < MAX_ZH_PART and is_cjk(text[pos + n]):
        n += 1
    for k in range(n, 0, -1):
        for form in forms:
            found = _known(form + text[pos:pos + k], lexicon)
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
    out = []
    for gap in (_ZH_OF, _BRACKET, _POSSESSIVE):
        m = gap.match(text, end)
        if not m:
            continue
        pos = m.end()
        while True:
            part = _zh_part(text, pos, forms, lexicon) if pos < len(text) and is_cjk(text[pos]) \
                else _en_part(text, pos, forms, lexicon) if gap is not _ZH_OF else None
            if part is None:
                break
            out.append((start, part[0], part[1]))
            conj = (_ZH_CONJ if is_cjk(text[pos]) else _EN_CONJ).match(text, part[0])
            if not conj:
                break
            pos = conj.end()
    return out


def _before_owner(text: str, start: int, end: int, forms: list[str], lexicon) -> list:
    """``progression of tumours``, ``retention and mobilization of HSPCs``: a process, or
    two conjoined, of the owner: the owner's name with the process after it."""
    m = _EN_OF.search(text, max(0, start - 80), start)
    if not m or m.end() != start:
        return []
    out = []
    for k in (1, 2):
        word = m.group(k)
        if not word:
            continue
        found = next((c for c in (_known(f"{form} {word}", lexicon) for form in forms[:2]) if c), None)
        if found is not None:
            out.append((m.start(k), end, found))
    return out


def _shared_head(text: str, start: int, end: int, concept: Concept, spans, lexicon) -> list:
    """``肝脏和肾脏纤维化``: a Chinese name after a conjunction shares its last characters
    (its head) with the word before the conjunction, when the two make a dictionary name;
    ``bone mass and strength``: an English name of two words or more shares its first
    words with the word after the conjunction."""
    surface = text[start:end]
    out = []
    if is_cjk(surface[-1:]):
        conj = _ZH_CONJ_BEFORE.search(text, max(0, start - 4), start)
        if conj and conj.end() == start:
            before = conj.start()
            for h in range(len(surface) - 1, 0, -1):
                head = surface[-h:]
                found = _zh_first(text, before, head, spans, lexicon)
                if found is not None and found[1].id != concept.id:
                    out.append((found[0], end, found[1]))
                    break
    words = surface.split()
    conj = _EN_CONJ.match(text, end)
    if len(words) >= 2 and surface.isascii() and conj:
        m = _EN_WORD.match(text, conj.end())
        if m:
            found = _known(" ".join(words[:-1] + [m.group()]), lexicon)
            if found is not None and found.id != concept.id:
                out.append((start, m.end(), found))
    return out


def _zh_first(text: str, before: int, head: str, spans, lexicon) -> tuple[int, Concept] | None:
    """The longest run of Han characters ending at ``before`` that, with ``head``, makes a
    dictionary name, and does not cut a mention: (its start, the concept)."""
    n = 0
    while before - n > 0 and n < MAX_ZH_PART and is_cjk(text[before - n - 1]):
        n += 1
    for k in range(n, 0, -1):
        s = before - k
        if any(a < s < b for a, b, _, _ in spans):
            continue
        found = _known(text[s:before] + head, lexicon)
        if found is not None:
            return s, found
    return None
