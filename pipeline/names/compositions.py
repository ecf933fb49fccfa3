"""Compositional names: a head name with the words around it that make it
name something else (``IL-1β 中和``, ``anti-LIF antibody``, ``IL-10 基因多态性``).

Reviews, and the people who annotate them, name a factor or target by a
phrase built on a known name: the neutralization of IL-1β is not IL-1β, an
anti-X antibody is a drug, an X gene polymorphism is a genotype. Listing
every such phrase in the dictionary would mean one row per head and per
construction; instead ``dictionaries/compositions.tsv`` holds the
constructions, one per line: a regular expression that must end right
before a head mention (``before``), one that must start right after it
(``after``), the types of head it accepts, and the English name of what
results, with ``{name}`` for the head's preferred name.

A composed name is a *derived concept*: its id is the head's id and the
construction's id (``HGNC:IL1B/neutralization``), its name the template
filled (``IL-1β neutralization``), so the same construction in Chinese and
English gives one concept. Where the dictionary already lists the filled
name (``PD-1 blockade`` is a name of ``local:anti_pd1``), that concept is
used instead.

``compose`` is a pure function over one sentence's cleaned text and the
mentions found in it; it returns spans in that text. The composed mention
spans the head and its words, so it overlaps the head's own mention, which
stays in the mentions table. The ``read_as`` column says which of the two
the relation reader reads: the composed name where the construction names a
thing that acts or is acted on in its own right (``抗 IL-17 抗体``, ``针对细胞
因子进行治疗``, ``肿瘤细胞的杀伤作用``), the head where SPEC 1 states the
construction as the head's own effect with the polarity turned round (the
blockade, knockout or knock-down of X).
"""
from __future__ import annotations

import re
import functools
from dataclasses import dataclass
from pathlib import Path

from .composition_words import RequiredWords
from ..dictionary.lexicon import ASPECTS, TYPES, Concept, DictionaryError, read_tsv
from .matcher import on_boundaries
from ..dictionary.new_name_rules import singular_symbol
from ..textnorm import fold
from ..dictionary.word_patterns import composition_words

COMPOSITION_COLUMNS = ("id", "lang", "before", "after", "heads", "name", "type", "read_as", "example", "expected",
                       "note")
# What the relation reader reads where a construction matches: the composed
# name (an anti-X antibody, an X-targeted therapy act as themselves), or the
# head (a knock-down or blockade of X is X's own effect turned round, SPEC 1).
READ_AS = frozenset({"name", "head"})
# ``head:<aspect>``: the head, with that aspect (``p-STAT3`` is STAT3's phosphorylation,
# ``IL-6 mRNA`` its expression); the composed concept is framed on the head.
# Separators of a chain of names that a ``{names}`` construction joins (IL-6/JAK2/STAT3).
CHAIN = re.compile(r"\s*[/\-–—]\s*")
# A head written as a symbol (a digit, two capitals or a Greek letter; no Han
# character, no space) is named as written in a ``{head}`` name: ``anti-IL-17A
# antibody``, not ``anti-IL-17 antibody``; a word (Estrogen) by its preferred name.
SYMBOL = re.compile(r"(?=[^\s\u3400-\u9fff]*(?:\d|[A-Z][^\s\u3400-\u9fff]*[A-Z]|[α-ωΑ-Ω]))[^\s\u3400-\u9fff]{1,20}")
# What a name template may hold: the head's preferred name, the head as written,
# the names of a chain (``IL-6/JAK2/STAT3``), the words ``after`` matched (``V617F``).
PLACEHOLDERS = ("{name}", "{head}", "{names}", "{chain}")
# How far back a ``before`` expression may reach, in characters: the words
# before a head are a few (``针对这些``, ``antibody-mediated inhibition of``), not a clause.
REACH = 40


@dataclass(frozen=True)
class Composition:
    """One construction of ``compositions.tsv``."""

    id: str
    lang: str
    before: re.Pattern | None
    after: re.Pattern | None
    heads: frozenset[str]
    name: str  # English name template, ``{name}`` = the head's preferred name
    type: str
    read_as: str  # ``name``, ``head`` or ``head:<aspect>``: what the relation reader reads (READ_AS)
    example: str
    expected: tuple[str, str]  # (surface, name) the example must give
    source: str  # file:line
    anywhere: tuple = ()  # ``before`` and ``after`` unanchored: one must match in a sentence first

    @property
    def aspect(self) -> str | None:
        """The aspect of ``head:<aspect>``: the relation reader reads the head with it."""
        return self.read_as.partition(":")[2] or None

    @functools.cached_property
    def chain(self) -> bool:
        """A construction over a chain of names (``{names}``: one or more, ``{chain}``: two
        or more): IL-6/JAK2/STAT3 pathway."""
        return "{names}" in self.name or "{chain}" in self.name

    def may_match(self, text: str) -> bool:
        """Whether the construction's words occur in ``text`` at all (a cheap test first)."""
        return all(p.search(text) for p in self.anywhere)


def load_compositions(path: Path) -> list[Composition]:
    """The constructions of ``path``; a malformed line raises
    ``DictionaryError("file:line: problem")``."""
    out: list[Composition] = []
    if not path.exists():
        return out
    for row, where in read_tsv(path, COMPOSITION_COLUMNS):
        if not re.fullmatch(r"[a-z0-9_]+", row["id"]):
            raise DictionaryError(f"{where}: id {row['id']!r} must be a slug (a-z, 0-9, _)")
        if row["lang"] not in ("zh", "en"):
            raise DictionaryError(f"{where}: lang must be zh or en, got {row['lang']!r}")
        if not row["before"] and not row["after"]:
            raise DictionaryError(f"{where}: a composition needs words before or after its head")
        heads = frozenset(row["heads"].split("|"))
        if not heads or not heads <= TYPES:
            raise DictionaryError(f"{where}: heads must be types among {', '.join(sorted(TYPES))}; "
                                  f"got {row['heads']!r}")
        if row["type"] not in TYPES:
            raise DictionaryError(f"{where}: unknown type {row['type']!r}")
        read, _, aspect = row["read_as"].partition(":")
        if read not in READ_AS or (aspect and (read != "head" or aspect not in ASPECTS)):
            raise DictionaryError(f"{where}: read_as must be one of {', '.join(sorted(READ_AS))} or head:<aspect> "
                                  f"(an aspect among {', '.join(sorted(ASPECTS))}), got {row['read_as']!r}")
        if not any(p in row["name"] for p in PLACEHOLDERS):
            raise DictionaryError(f"{where}: the name must hold {{name}} (the head's name), {{head}} (the head as "
                                  f"written) or {{names}} (a chain of names)")
        expected = tuple(p.strip() for p in row["expected"].split("|"))
        if not row["example"] or len(expected) != 2 or not all(expected):
            raise DictionaryError(f"{where}: a composition needs an example and its expected 'surface | name'")
        try:
            before = re.compile(f"(?:{row['before']})$", re.IGNORECASE) if row["before"] else None
            after = re.compile(row["after"], re.IGNORECASE) if row["after"] else None
        except re.error as exc:
            raise DictionaryError(f"{where}: bad regular expression: {exc}") from exc
        # unanchored, and without the leading white space or optional words (which make a search slow)
        anywhere = tuple(re.compile(_search_core(x), re.IGNORECASE)
                         for x in (row["before"], row["after"]) if x and not re.compile(x).match(""))
        out.append(Composition(row["id"], row["lang"], before, after, heads, row["name"], row["type"],
                               row["read_as"], row["example"], expected, where, anywhere))
    return out


# What ``_search_core`` takes off the front of a pattern: white space, then optional
# white space, characters or groups (``的?``, ``(?:抗体)?``), none made possessive (``?+``).
_LEAD_SPACE = re.compile(r"^(?:\\s[*+?])+")
_LEAD_OPTIONAL_CHAR = re.compile(r"(?:\\s|[^\\()\[\]{}|.^$*+?])[?*]\??(?!\+)")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _search_core(pattern: str) -> str:
    """``pattern`` without its leading white space, then without its leading optional parts:
    a search finds the rest in a text exactly when it finds the pattern without its white
    space (the parts left off may match nothing), and the search can start from the first
    word that must be there."""
    pattern = _LEAD_SPACE.sub("", pattern)
    if _BACKREFERENCE.search(pattern):
        return pattern
    while True:
        m = _LEAD_OPTIONAL_CHAR.match(pattern)
        end = m.end() if m else _optional_group_end(pattern)
        if not end or end == len(pattern):
            return pattern
        pattern = pattern[end:]


def _optional_group_end(pattern: str) -> int:
    """The end of a leading ``(?:…)?`` or ``(?:…)*`` of ``pattern``, 0 where there is none."""
    if not pattern.startswith("(?:"):
        return 0
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                m = re.compile(r"[?*]\??(?!\+)").match(pattern, i + 1)
                return m.end() if m else 0
        i += 1
    return 0


def compose(text: str, heads: list[tuple[int, int, Concept]], compositions: list[Composition],
            lexicon) -> list[tuple[int, int, Concept]]:
    """(start, end, derived concept) for every construction around a head.

    ``heads`` are the mentions of the sentence as (start, end, concept) in
    ``text``. A construction matches when its ``before`` expression ends
    at the head's start and its ``after`` expression starts at the head's
    end (either may be absent, not both; either may match nothing where the
    other matched something), the head's type is one it accepts, and the
    whole span starts and ends on word boundaries. A ``{names}`` construction
    takes as its head a chain of names joined by ``/`` or ``-`` (``IL-6/JAK2/
    STAT3 信号通路``), or one name. One span gets one derived concept per
    construction id.
    """
    return [(s, e, c) for s, e, c, _ in compose_all(text, heads, compositions, lexicon)]


_CACHE: dict[tuple, tuple] = {}
_CACHE_SIZE = 256


def compose_all(text: str, heads, compositions, lexicon) -> list:
    """``compose``, each span with the construction that made it (None: a chain whose
    last name is a pathway of the dictionary); the last few sentences' are kept, as the
    mentions table and the relation reader ask for the same sentence."""
    key = (text, tuple(heads), id(compositions), id(lexicon))
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is compositions and hit[1] is lexicon:
        return hit[2]
    found = _compose_all(text, heads, compositions, lexicon)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (compositions, lexicon, found)
    return found


_PRESENT: dict[tuple[str, int], tuple] = {}


def _present(text: str, compositions) -> list:
    """The constructions whose words occur in ``text`` (the last few sentences' kept)."""
    key = (text, id(compositions))
    hit = _PRESENT.get(key)
    if hit is None or hit[0] is not compositions:
        if len(_PRESENT) >= _CACHE_SIZE:
            _PRESENT.pop(next(iter(_PRESENT)))
        hit = _PRESENT[key] = (compositions, _words_of(compositions).present(text))
    return hit[1]


_WORDS: dict[int, RequiredWords] = {}


def _words_of(compositions) -> RequiredWords:
    held = _WORDS.get(id(compositions))
    if held is None or held.compositions is not compositions:
        held = _WORDS[id(compositions)] = RequiredWords(compositions)
    return held


def _compose_all(text: str, heads, compositions, lexicon) -> list:
    out: dict[tuple[int, int, str], tuple] = {}
    ordered, defined = _defined_heads(text, sorted(heads, key=lambda h: (h[0], -h[1])))
    types = {h[2].type for h in heads}
    present = [c for c in _present(text, compositions) if not c.heads.isdisjoint(types)]
    for i, (hstart, hend, head) in enumerate(ordered):
        chain = _chain_before(text, ordered, i)
        if any((m[0], m[1]) in defined for m in chain) and _hyphen_joined(text, chain):
            chain = chain[-1:]  # a defined name joins no chain by a hyphen (Hedgehog (Hh)-…(GLI) signaling pathway)
        added: list[tuple[int, int, str]] = []  # the spans this head's constructions make
        for c in present:
            if head.type not in c.heads or (hstart, hend) in defined and c.after is None:
                continue  # (a construction before a defined name takes the name without its bracket)
            members = chain if c.chain else [ordered[i]]
            if c.chain and any(m[2].type not in c.heads for m in members):
                members = members[-1:]
            if ("{chain}" in c.name or c.chain and (hstart, hend) in defined) and len(members) < 2:
                continue  # one name defined in brackets before 信号通路 stays the name (核因子κB (…, NF-κB) 信号通路)
            span = _construction_span(text, members[0][0], hend, c)
            if span is None:
                continue
            start, end = span
            concept = derived_concept(head, c, lexicon, surface=text[hstart:hend], members=members, text=text,
                                      after=text[hend:end])
            if (start, end, c.id) not in out:
                out[(start, end, c.id)] = (start, end, concept, c)
                added.append((start, end, c.id))
        _drop_narrower(out, added)
        if chain[:-1] and head.type == "pathway" and _pathway_word_ends(text[hstart:hend]):
            concept = _pathway_chain(chain, text, lexicon)
            out.setdefault((chain[0][0], hend, "pathway"), (chain[0][0], hend, concept, None))
    return sorted(out.values(), key=lambda x: (x[0], x[1]))


def _drop_narrower(out: dict, added: list) -> None:
    """Of the spans one head's constructions added, those that end where a wider span of the same
    construction on that head ends (``IL-6R antibodies`` of ``anti-IL-6R antibodies``): the wider
    one covers what it names."""
    for key in added:
        if any(k[2] == key[2] and k[1] == key[1] and k[0] < key[0] for k in added):
            out.pop(key, None)


# A name's definition in brackets right after it: ``异柠檬酸脱氢酶2(Isocitrate dehydrogenase 2, IDH2)``.
_DEFINITION = re.compile(r"[ \t]*[(（]([^()（）]{1,80})[)）]")


def _defined_heads(text: str, ordered: list) -> tuple[list, dict]:
    """The heads with a name defined in brackets right after it read as one head with its
    bracket, so that a construction after the bracket takes it (``核仁磷酸蛋白1(Nucleophosmin 1,
    NPM1)突变``: NPM1 mutation; ``…配体(RANKL)/…蛋白(RANK)信号通路``: a chain); the names inside
    the bracket are no heads of their own there; the composed name shows the head's preferred name
    (``IDH2 mutation``), with the spans of such heads. A pathway word after one such head alone leaves
    it the name it is (``核因子κB(nuclear factor-κB, NF-κB)信号通路``: NF-κB), as before the bracket was read."""
    fused, inside, defined = [], set(), set()
    for k, (s, e, concept) in enumerate(ordered):
        m = _DEFINITION.match(text, e)
        if m is None or (s, e) in inside:
            continue
        same = [h for h in ordered if m.start(1) <= h[0] and h[1] <= m.end(1) and h[2].id == concept.id]
        if not same:
            continue
        inside.update((h[0], h[1]) for h in ordered if m.start(1) <= h[0] and h[1] <= m.end(1))
        fused.append((s, m.end(), concept))
        defined.add((s, m.end()))
    if not fused:
        return ordered, defined
    rest = [h for h in ordered if (h[0], h[1]) not in inside]
    return sorted(rest + fused, key=lambda h: (h[0], -h[1])), defined


def _construction_span(text: str, hstart: int, hend: int, c: Composition) -> tuple[int, int] | None:
    """The span of ``c`` around the head at ``hstart:hend``, or None where it does not match."""
    start, end = hstart, hend
    if c.before is not None:
        window = max(0, hstart - REACH)
        m = c.before.search(text[window:hstart])
        if m is None:
            return None
        start = window + m.start()
    if c.after is not None:
        m = c.after.match(text, hend)
        if m is None:
            return None
        end = m.end()
    if (start, end) == (hstart, hend) or not on_boundaries(text, start, end):
        return None
    return start, end


def _hyphen_joined(text: str, chain) -> bool:
    """Some names of ``chain`` joined by a hyphen, not a slash: ``Hedgehog (Hh)-glioma-associated oncogene
    homolog (GLI) signaling pathway`` is the first name's pathway; ``…配体(RANKL)/…蛋白(RANK)信号通路``, joined
    by a slash, is a pathway of both."""
    return any("/" not in text[a[1]:b[0]] for a, b in zip(chain, chain[1:]))


def _chain_before(text: str, heads: list[tuple[int, int, Concept]], i: int) -> list[tuple[int, int, Concept]]:
    """The names joined to ``heads[i]`` by ``/`` or ``-`` before it, and it: ``IL-6/JAK2/STAT3``."""
    chain = [heads[i]]
    for k in range(i - 1, -1, -1):
        prev = heads[k]
        if prev[1] > chain[0][0]:
            continue  # a name inside another
        if any(h[0] == prev[0] and prev[1] < h[1] <= chain[0][0] for h in heads[max(0, k - 2):k]):
            continue  # a long form whose definition in brackets follows: the name with its bracket joins
        if not CHAIN.fullmatch(text[prev[1]:chain[0][0]]):
            break
        chain.insert(0, prev)
    return chain


def _pathway_word_ends(surface: str) -> bool:
    return bool(re.search(_PATHWAY_END, surface, re.I))


# The words that end a pathway's name, and an axis's, are dictionaries/composition_words.tsv's.
_PATHWAY_END = r"(?:" + composition_words().alternation("pathway_end") + r")$"
_AXIS_END = r"(?:" + composition_words().alternation("axis_end") + r")$"


def _pathway_chain(chain, text: str, lexicon) -> Concept:
    """``IL-6/JAK2/STAT3 信号通路`` read as IL-6 and the JAK2/STAT3 pathway: one pathway
    of all three (the dictionary's, where it lists the name)."""
    *members, (a, b, last) = chain
    word = "axis" if re.search(_AXIS_END, text[a:b], re.I) else "pathway"
    core = re.sub(r"\s+(?:pathway|axis)$", "", last.name)
    name = "/".join([_display(text[a:b], c) for a, b, c in members] + [core]) + f" {word}"
    terms = lexicon.lookup(fold(name))
    if terms:
        return lexicon.concepts[terms[0].concept_id]
    return Concept("+".join(c.id for _, _, c in chain) + "/pathway", "pathway", name)


def _display(surface: str, concept: Concept) -> str:
    """A head as a composed name writes it: as written when a symbol (a symbol's plural made
    singular: TLRs 信号通路 is the TLR pathway), else its preferred name."""
    surface = " ".join(surface.split())
    return singular_symbol(surface) if SYMBOL.fullmatch(surface) else concept.name


def derived_concept(head: Concept, c: Composition, lexicon, surface: str | None = None, members=(),
                    text: str = "", after: str = "") -> Concept:
    """The concept a construction makes of ``head``: the dictionary's, where
    it lists the filled name, else ``<head id>/<construction id>`` (a chain:
    its members' ids joined by ``+``). ``head:<aspect>`` constructions frame
    it on the head (p-STAT3: STAT3, phosphorylation)."""
    names = "/".join(_display(text[a:b], m) for a, b, m in members) if len(members) > 1 else \
        _display(surface or head.name, head)
    after = re.sub(r"^[\s-]+", "", " ".join(after.split()))
    name = c.name.replace("{name}", head.name).replace("{head}", _display(surface or head.name, head)) \
        .replace("{names}", names).replace("{chain}", names).replace("{after}", after)
    terms = lexicon.lookup(fold(name))
    if terms:
        return lexicon.concepts[terms[0].concept_id]
    cid = "+".join(m.id for _, _, m in members) if len(members) > 1 else head.id
    frame = (head.id, c.aspect) if c.aspect and head.id in lexicon.concepts else None
    # a construction that names what it matched (JAK2 V617F) is one concept per such name
    return Concept(f"{cid}/{after}" if "{after}" in c.name else f"{cid}/{c.id}", c.type, name, frame)


def sharable(text: str, heads, composed, lang: str) -> list[tuple[Composition, int, str]]:
    """The composed names of ``lang`` in ``composed`` (``compose_all``'s (start, end, concept, construction)) whose
    construction's words follow the last name (``JAK1 and TYK2 inhibitors``, ``PI3K、AKT和mTOR抑制剂``), words that
    names joined before it may share: (construction, start of the last name, the words after it). ``heads`` are
    the sentence's mentions as (start, end, concept)."""
    out = []
    for start, end, _, c in composed:
        if c is None or c.lang != lang or c.before is not None or c.after is None or "{chain}" in c.name:
            continue
        head_end = next((b for a, b, _ in heads if a == start and (m := c.after.match(text, b)) and m.end() == end),
                        None)
        if head_end is not None:
            out.append((c, start, text[head_end:end]))
    return out
