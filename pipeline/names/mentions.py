"""Mentions: every name of a factor or target, grounded to one concept.

Reads the sentences of a document (their cleaned views) and writes
``Mention`` records, in three passes:

1. abbreviations the paper defines are resolved to a dictionary concept
   through their long form, or, when the dictionary does not know the term,
   to a concept local to the document (``doc:<doc_id>:<short form>``); they
   hold for the whole paper (``paper_names.py``);
2. dictionary names, leftmost-longest on folded text (``matcher.py``);
   acronyms written in lower case, and ambiguous short forms the paper
   neither defines nor gives context for, are refused; a lone Greek letter
   that completes a shortened coordination (``GROα、β和 γ``), or a part a
   slash joins to a name (``JAK1/2``, ``IL-17A/F``: ``elided_numbers.py``), is
   a mention of the member it names (``elided_members``);
3. name patterns (``dictionaries/patterns.tsv``: miRNAs and the like), then
   a fuzzy fallback for near-misses in English (OCR slips, typos), on the
   text no other pass covered.

``composed_mentions`` adds, for the mentions table, the compositional names
built on a mention (``IL-1β 中和``, ``抗 LIF 抗体``; ``compositions.py``);
they overlap their head's mention. ``reading_mentions`` gives the relation
reader, per sentence, the composed names of constructions read as names
(``read_as`` in ``compositions.tsv``) in place of the heads they span.

After the relation reader has run, ``referent_mentions`` adds the pronouns
it resolved (``它`` = the BMSC of the sentence before) as mentions of their
referents, for the mentions table.

Mentions are found in the abstract, body and headings; front matter,
keywords and references are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .abbreviations import chinese_interruptions, english_interruptions, finished_long_form
from .elided_numbers import elided_numbers, ends_in_part
from ..dictionary.lexicon import AmbiguousName, Concept, Term
from .matcher import Match, find_matches, overlaps_any
from ..memo import OwnedMemo
from .paper_names import SECTIONS, DocumentNames, LocalTerm, all_lower, document_names
from ..records import Document, Mention, box_columns
from ..sentences.segment import SentenceView
from .anaphors import anaphors, without_class_nouns
from .overlapping_phrases import without_overlapping_phrases
from .short_references import short_references
from ..textnorm import HAN, fold, is_cjk


@dataclass(frozen=True)
class Found:
    """A mention with its span in the sentence's cleaned text and its concept."""

    record: Mention
    cstart: int
    cend: int
    concept: Concept


def find_mentions(doc: Document, views: list[SentenceView], resources,
                  names: DocumentNames | None = None) -> list[list[Found]]:
    """Mentions per sentence (same order as ``views``); ``names``: the paper's
    own names when already known (a long paper read in chunks)."""
    names = names or document_names(doc, views, resources)
    out = []
    for view in views:
        if view.sentence.section not in SECTIONS:
            out.append([])
            continue
        out.append(sentence_mentions(doc, view, names, resources))
    return anaphors(doc, views, short_references(doc, views, out, resources), resources)


def sentence_mentions(doc: Document, view: SentenceView, names: DocumentNames, resources) -> list[Found]:
    text = view.clean.text
    lexicon = resources.lexicon

    resolved: dict[tuple[int, int], tuple[str, str]] = {}  # (start, end): what an accepted match names

    def accept(m: Match) -> bool:
        named = _resolve(m, text, names, lexicon)
        if named is None or inside_longer_word(text, m, resources) or behind_a_verb(text, m, resources):
            return False
        resolved[(m.start, m.end)] = named
        return True

    found = []
    for m in find_matches(text, [resources.trie, names.trie], accept):
        concept_id, via = resolved[(m.start, m.end)]
        concept = names.concepts.get(concept_id) or lexicon.concepts[concept_id]
        found.append(found_at(doc, view, m.start, m.end, concept, via, lexicon))
    found = finished_long_forms(doc, view, found, lexicon)
    found = interrupted_long_names(doc, view, found, lexicon)
    for start, end, concept_id in elided_members(text, [(f.cstart, f.cend) for f in found], lexicon,
                                                 _conjunctions(resources)):
        found.append(found_at(doc, view, start, end, lexicon.concepts[concept_id], "dictionary", lexicon))
    covered = [(f.cstart, f.cend) for f in found]
    for start, end, concept in resources.patterns.find(text, covered):
        found.append(found_at(doc, view, start, end, concept, "dictionary", lexicon))
        covered.append((start, end))
    # hyperphosphatemia is no slip of hypophosphatemia (new_names.tsv: opposite)
    no_slip = resources.new_names.opposite_slip if resources.new_names else None
    for start, end, concept in resources.fuzzy.find(text, covered, no_slip):
        found.append(found_at(doc, view, start, end, concept, "fuzzy", lexicon))
        covered.append((start, end))
    found = with_new_names(doc, view, found, covered, resources)
    found.sort(key=lambda f: (f.cstart, -f.cend))
    return found


def with_new_names(doc: Document, view: SentenceView, found: list[Found], covered: list[tuple[int, int]],
                   resources) -> list[Found]:
    """``found`` with the names no dictionary knows (``newnames.py``): gene-shaped
    tokens (``via = "shape"``; one that holds a dictionary name in part, ``MT1-MMP``,
    takes its place), then phrases headed by a biomedical word (``via = "phrase"``),
    which may span the names they hold, and the dictionary names a shared head makes
    (``bone and cartilage damage``: bone damage, ``via = "composed"``)."""
    from .newnames import phrase_mentions
    from .shapes import shape_mentions

    rules = resources.new_names
    if rules is None:
        return found
    text, lexicon = view.clean.text, resources.lexicon
    shapes = [found_at(doc, view, s, e, *glued_name(text, s, e, c, resources))
              for s, e, c in shape_mentions(text, covered, rules, lexicon)]
    found = [f for f in found if not any(g.cstart <= f.cstart and f.cend <= g.cend for g in shapes)] + shapes
    spans = [(f.cstart, f.cend, f.concept) for f in found]
    return found + [found_at(doc, view, s, e, c, via, lexicon)
                    for s, e, c, via in phrase_mentions(text, spans, rules, resources)]


# A Greek letter standing alone after a name that ends in one: the rest of a
# shortened coordination (``GROα、β和 γ``, ``IL-1α 和 β``, ``IFN-α/β``).
_GREEK = "αβγδεκ"


def elided_members(text: str, spans: list[tuple[int, int]], lexicon, conjunctions: frozenset[str]):
    """(start, end, concept id) for the bare Greek letters of a shortened
    coordination: ``生长相关癌基因(GROα、β和 γ)`` names GROα, GROβ and GROγ; and for
    the parts a slash joins to a name (``JAK1/2``, ``IL-17A/F``: ``elided_numbers``).

    After a name ending in a Greek letter, a run of conjunction (``、``, 和,
    ``/``, and…) and lone Greek letter is read; each letter, put in place of
    the name's own, must make a dictionary name (GROβ = CXCL2), else the
    run stops. A letter that goes on into a word (``β-catenin``, ``β细胞``,
    ``β2``) is not alone; one followed by another conjunction is. The letter may keep
    the hyphen it had in the name (``IFN-α and -β``).
    """
    out = []
    for start, end in spans:
        surface = text[start:end]
        if ends_in_part(surface):
            out += elided_numbers(text, surface, end, spans, lexicon)
        if not surface or surface[-1] not in _GREEK:
            continue
        stem, pos = surface[:-1], end
        while True:
            m = re.match(r"\s*([^\s\w]|[\w]+?)\s*-?([" + _GREEK + r"])(?!-)", text[pos:])  # IL-1α and -β
            if not m or m.group(1) not in conjunctions or overlaps_any(pos + m.start(2), pos + m.end(2), spans):
                break
            after = text[pos + m.end():]
            if after[:1].isalnum() and not any(after.startswith(w) for w in conjunctions if w[:1].isalnum()):
                break  # β细胞, β2, βKlotho: the letter begins a word
            terms = lexicon.lookup(fold(stem + m.group(2)))
            if not terms:
                break
            out.append((pos + m.start(2), pos + m.end(2), terms[0].concept_id))
            pos += m.end()
    return out


def glued_name(text: str, start: int, end: int, concept: Concept, resources) -> tuple[Concept, str, object]:
    """A gene-shaped token made of a known name and a construction's words, written
    without a space (``pSTAT3``, ``JAK2V617F``), is that construction (``via =
    "composed"``); any other is the new name it is (``via = "shape"``)."""
    from .compositions import compose

    token, lexicon = text[start:end], resources.lexicon
    for k in range(1, len(token)):
        for a, b in ((start + k, end), (start, start + k)):
            terms = lexicon.lookup(fold(text[a:b]))
            if not terms or (b - a) < 2:
                continue
            head = lexicon.concepts[terms[0].concept_id]
            for cstart, cend, composed in compose(text, [(a, b, head)], resources.compositions, lexicon):
                if (cstart, cend) == (start, end):
                    return composed, "composed", lexicon
    return concept, "shape", lexicon


def _conjunctions(resources) -> frozenset[str]:
    """The words that join names (``conj`` in the relation cues: 和, 、, /, and…), built
    once per cue table (every sentence asks)."""
    cues = resources.rules.cues
    held = _CONJUNCTIONS.get(id(cues))
    if held is None or held[0] is not cues:
        held = _CONJUNCTIONS[id(cues)] = (cues, frozenset(w for (_, w), kinds in cues.items() if "conj" in kinds))
    return held[1]


_CONJUNCTIONS: dict[int, tuple] = {}  # id of a cue table: (the table, its conjunctions)


def finished_long_forms(doc: Document, view: SentenceView, found: list[Found], lexicon) -> list[Found]:
    """``interleukin (IL) 6``: a long form its short form interrupts, then finished, is one
    mention of the name it spells (IL-6), not of its first words (interleukin) and the short form;
    words after the short form that only restate what the long form names (``(RANK) receptor``)
    are no mention of their own (the generic receptor)."""
    out = found
    for f in found:
        for end, spellings, by_words in finished_long_form(view.clean.text, f.cstart, f.cend):
            terms = lexicon.lookup(fold(spellings[0])) or by_words and lexicon.lookup(fold(spellings[1]))
            if terms and by_words and terms[0].concept_id == f.concept.id:
                # (RANK) receptor: the words restate what the long form names; they are no name apart
                close = min(i for i in (view.clean.text.find(c, f.cend) for c in ")）") if i >= 0)
                out = [g for g in out if not (close < g.cstart and g.cend <= end)]
                break
            if terms and not by_words:
                out = [g for g in out if not (f.cstart <= g.cstart and g.cend <= end)]
                out.append(found_at(doc, view, f.cstart, end, lexicon.concepts[terms[0].concept_id], "dictionary",
                                  lexicon))
                break
    return out


def interrupted_long_names(doc: Document, view: SentenceView, found: list[Found], lexicon) -> list[Found]:
    """``自然杀伤(NK)细胞``, ``白细胞介素(IL)-6``, ``helper T (Th) cells``: a long form its bracketed short form
    interrupts, finished after it, is one mention of the name it spells without the short form
    (NK cell, IL-6), in place of its pieces. Words after the bracket join only where they finish
    the name the words before it already name (``调节性T(Treg)细胞``) or those words name nothing:
    ``破骨细胞(OC)分化`` and ``osteoclast (OC) differentiation`` name the cell and its process apart."""
    text = view.clean.text
    if "(" not in text and "（" not in text:
        return found
    out, done = found, set()
    for start, bracket, end, joined, by_words in [*chinese_interruptions(text), *english_interruptions(text)]:
        terms = bracket not in done and lexicon.lookup(fold(joined))
        if not terms or any(g.cstart < bracket < g.cend for g in out):
            continue
        concept = lexicon.concepts[terms[0].concept_id]
        if by_words and any(g.cend == bracket and g.concept.id != concept.id for g in out) \
                and not _short_spelling_names(text, bracket, end, concept.id, lexicon):
            continue
        done.add(bracket)
        out = [g for g in out if not (start <= g.cstart and g.cend <= end)]
        out.append(found_at(doc, view, start, end, concept, "dictionary", lexicon))
    return out


def _short_spelling_names(text: str, bracket: int, end: int, concept_id: str, lexicon) -> bool:
    """Whether the short form with the words after it names ``concept_id`` too: ``natural killer
    (NK) cells`` is one name even where the paper made ``natural killer`` a name of its own, since
    ``NK cells`` names the same cell; ``osteoclast (OC) differentiation`` stays two names."""
    close = max(text.rfind(")", bracket, end), text.rfind("）", bracket, end))
    opening = max(text.rfind("(", bracket, close), text.rfind("（", bracket, close))
    if opening < 0 or close < 0:
        return False
    short, tail = text[opening + 1:close].strip(), text[close + 1:end].strip()
    spelled = f"{short} {tail}" if tail[:1].isascii() else short + tail
    return any(t.concept_id == concept_id for t in lexicon.lookup(fold(spelled)))


def _resolve(m: Match, text: str, names: DocumentNames, lexicon) -> tuple[str, str] | None:
    """The concept a match names, and how (``dictionary`` or ``abbreviation``)."""
    surface = text[m.start:m.end]
    local = [p for p in m.payloads if isinstance(p, LocalTerm) and not (p.acronym and all_lower(surface))]
    if local:
        return local[0].concept_id, "abbreviation"
    terms = [p for p in m.payloads if isinstance(p, Term)]
    for term in terms:
        if term.acronym and all_lower(surface):
            continue
        return term.concept_id, "dictionary"
    for amb in (p for p in m.payloads if isinstance(p, AmbiguousName)):
        if amb.key in names.ambiguous_ok and not all_lower(surface):
            return amb.concept_id, "abbreviation" if amb.key in names.defined else "dictionary"
    return None


def inside_longer_word(text: str, m: Match, resources) -> bool:
    """A Chinese name inside a longer word of the relation lexicons (``化疗`` in
    ``化疗敏感性``, ``化疗耐药``; ``细胞`` in ``干细胞性``): the longer word is what is meant."""
    if text[m.start] not in resources.rules.zh_word_chars():
        return False  # no such word holds the name's first character (an English name)
    for s in range(max(0, m.start - _LONGEST_INSIDE), m.start + 1):
        for w in resources.rules.zh_words_from(text[s]):
            if s + len(w) >= m.end and len(w) > m.end - m.start and text.startswith(w, s):
                return True
    return False


def behind_a_verb(text: str, m: Match, resources) -> bool:
    """A two-character Chinese name whose first character ends a two-character trigger or cue
    word of the relation lexicons, whose own first character is none (``造成骨破坏``: 造成 +
    骨破坏, not 成骨; ``降低氧化应激``: 降低 + 氧化应激, not 低氧): the word is what is meant.
    ``促成骨`` stays 促 + 成骨, since 促 alone is a trigger."""
    if m.end - m.start != 2 or m.start == 0 or not is_cjk(text[m.start - 1]):
        return False
    word, rules = ("zh", text[m.start - 1:m.start + 1]), resources.rules
    return (word in rules.triggers or word in rules.cues) and ("zh", word[1][0]) not in rules.triggers


_LONGEST_INSIDE = 4  # how far before a name a lexicon word holding it may start


def surface_language(surface: str) -> str:
    """``zh`` for a name holding a Han character (``IL-6受体``), else ``en``."""
    return "en" if surface.isascii() or not HAN.search(surface) else "zh"


_NO_BOX = box_columns(None)  # the box columns of a span with no box (every span of a text file)


def found_at(doc: Document, view: SentenceView, cstart: int, cend: int, concept: Concept, via: str,
           lexicon=None) -> Found:
    start, end = view.clean.source_span(cstart, cend)
    surface = doc.text[start:end]
    frame = lexicon.concepts[concept.frame[0]] if concept.frame and lexicon else None
    box = doc.bbox(start, end)
    return Found(
        Mention(doc_id=doc.doc_id, start=start, end=end, surface=surface, concept_id=concept.id,
                concept_name=concept.name, concept_type=concept.type,
                lang=surface_language(surface), via=via,
                page=doc.page_of(start), sent_id=view.sentence.sent_id,
                frame_id=frame.id if frame else None, frame_name=frame.name if frame else None,
                frame_aspect=concept.frame[1] if frame else None,
                **(_NO_BOX if box is None else box_columns(box))),
        cstart, cend, concept)


def as_frame(found: Found, lexicon) -> Found:
    """The mention of a framed process as a mention of the concept it is a
    property of: ``破骨细胞分化`` as the osteoclast (its aspect goes apart)."""
    return as_concept(found, lexicon.concepts[found.concept.frame[0]])


def as_concept(found: Found, concept: Concept) -> Found:
    """The same span, read as naming ``concept``."""
    record = replace(found.record, concept_id=concept.id, concept_name=concept.name, concept_type=concept.type)
    return Found(record, found.cstart, found.cend, concept)


# --- what the relation reader resolved --------------------------------------

def referent_mentions(doc: Document, triples, found: list[list[Found]], lexicon,
                      composed: list[Mention] = ()) -> list[Mention]:
    """Pronouns and demonstratives the relation reader resolved, as mentions
    of their referents (``via = "pronoun"``).

    ``它可以与白血病细胞…`` names the BMSC of the sentence before: the triple
    points at ``它`` grounded to BMSC. The mention stage cannot know that
    (it reads names, not reference), so the mentions table would lack the
    factor the triple names. A factor or target span of a triple that is no
    mention's span is such a resolved word (the reader makes no other spans;
    ``relations.SentenceReader._at``); it is recorded once per span and
    concept. An empty span would name nothing and is left out, and so is a composed
    name (``composed``: ``IL-1β 中和``, ``肿瘤的进展``) the reader read, which the
    mentions table holds already.
    """
    spans = {(f.record.start, f.record.end) for fs in found for f in fs}
    named = {(m.start, m.end, m.concept_id) for m in composed}
    concepts = {f.concept.id: f.concept for fs in found for f in fs}
    out: dict[tuple[int, int, str], Mention] = {}
    for t in triples:
        for start, end, cid, name in ((t.factor_start, t.factor_end, t.factor_id, t.factor_name),
                                      (t.target_start, t.target_end, t.target_id, t.target_name)):
            if start >= end or (start, end) in spans or (start, end, cid) in out or (start, end, cid) in named:
                continue
            concept = concepts.get(cid) or lexicon.concepts.get(cid) or Concept(cid, "other", name)
            surface = doc.text[start:end]
            out[(start, end, cid)] = Mention(
                doc_id=doc.doc_id, start=start, end=end, surface=surface, concept_id=cid,
                concept_name=name, concept_type=concept.type,
                lang=surface_language(surface), via="pronoun",
                page=doc.page_of(start), sent_id=t.sent_id, **box_columns(doc.bbox(start, end)))
    return sorted(out.values(), key=lambda m: (m.start, m.concept_id))


def composed_mentions(doc: Document, views: list[SentenceView], found: list[list[Found]],
                      resources) -> list[Mention]:
    """Compositional names around the mentions of each sentence, ``via = "composed"``
    (``dictionaries/compositions.tsv``, ``compositions.compose_all``), with the names before and / or
    that share an English composition's words (``english_shared_compositions.py``: the Src and Syk
    signalling cascades) or a Chinese one's (``chinese_shared_compositions.py``: PI3K、AKT和mTOR抑制剂), and
    the dictionary names written apart (``regrouped``); then the dictionary names written inside a longer
    one (``nested.py``, ``via = "nested"``)."""
    from .chinese_shared_compositions import shared_compositions as zh_shared_compositions
    from .compositions import compose_all
    from .english_shared_compositions import shared_compositions
    from .nested import nested

    out = []
    for view, fs in zip(views, found):
        heads = [(f.cstart, f.cend, f.concept) for f in fs]
        made = compose_all(view.clean.text, heads, resources.compositions, resources.lexicon) \
            if resources.compositions else []
        shared = shared_compositions(view.clean.text, heads, made, resources.lexicon) \
            + zh_shared_compositions(view.clean.text, heads, made, resources.lexicon)
        for cstart, cend, concept in [m[:3] for m in made] + shared:
            out.append(found_at(doc, view, cstart, cend, concept, "composed", resources.lexicon).record)
        out += [f.record for f in regrouped(doc, view, fs, resources.lexicon)]
        out += [f.record for f in nested(doc, view, fs, resources)]
    return out


def regrouped(doc: Document, view: SentenceView, found: list[Found], lexicon, kinds=None) -> list[Found]:
    """The dictionary names the sentence writes apart (``regrouped.py``: ``肿瘤的进展``,
    ``肝脏和肾脏纤维化``, ``VEGF and its receptors``), ``via = "composed"``; only those of
    ``kinds``, when given."""
    from .regrouped import regrouped_mentions

    spans = tuple((f.cstart, f.cend, f.concept, f.record.via) for f in found)
    memo = _REGROUPED_MEMO.of(doc)
    held = memo.get((id(view), spans))
    if held is None or held[0] is not view or held[1] is not lexicon:
        made = tuple((found_at(doc, view, s, e, c, "composed", lexicon), kind)
                     for s, e, c, kind in regrouped_mentions(view.clean.text, list(spans), lexicon, _owner_memo(doc)))
        held = memo[(id(view), spans)] = (view, lexicon, made)
    return [f for f, kind in held[2] if kinds is None or kind in kinds]


# What ``regrouped`` made of a sentence's mentions in the paper being read: the relation reader
# (``reading_mentions``) and the mentions table (``composed_mentions``) ask again for the same
# view with the same mentions in about a third of the sentences (what it makes depends on the
# view, its mentions and the dictionary alone); kept with the view itself, so that its id names it.
_REGROUPED_MEMO = OwnedMemo(20_000)


# What ``regrouped`` found around each owner in the paper being read: the relation reader
# and the mentions table regroup each sentence in turn (a paper's memo, never another's).
_OWNER_MEMO = OwnedMemo(20_000)  # owners kept, at most (a longer paper starts over: it only costs time)


def _owner_memo(doc: Document) -> dict:
    return _OWNER_MEMO.of(doc)


# The regrouped names the relation reader reads in place of their parts: a word that stands
# for a whole name in a coordination (肝脏 of 肝脏和肾脏纤维化: liver fibrosis, not the liver).
READ_REGROUPED = frozenset({"shared", "bare_de"})


def reading_mentions(doc: Document, view: SentenceView, found: list[Found], resources) -> list[Found]:
    """The mentions the relation reader reads in one sentence: a composed name
    whose construction is read as a name (``抗 IL-17 抗体``, ``针对这些细胞因子
    及其受体进行治疗``, ``肿瘤细胞的杀伤作用``) stands in place of the mentions it
    spans, longest first; one that cuts through a mention is not read."""
    from .compositions import compose_all

    found = as_what_they_describe(view.clean.text, without_overlapping_phrases(view.clean.text,
                                                                               without_class_nouns(found),
                                                                               resources.new_names,
                                                                               resources.rules.class_words,
                                                                               resources.compositions),
                                  resources.new_names)
    found = in_place_of_parts(found, [f for f in regrouped(doc, view, found, resources.lexicon, READ_REGROUPED)
                                      if f.concept.frame is None])
    if not resources.compositions or not found:
        return found
    heads = [(f.cstart, f.cend, f.concept) for f in found]
    composed = sorted(((s, e, c) for s, e, c, how in compose_all(view.clean.text, heads, resources.compositions,
                                                                  resources.lexicon)
                       if how is None or how.read_as == "name" or how.aspect), key=lambda x: x[0] - x[1])
    return in_place_of_parts(found, [found_at(doc, view, s, e, c, "composed", resources.lexicon)
                                     for s, e, c in composed], need_parts=True)


def in_place_of_parts(found: list[Found], names: list[Found], need_parts: bool = False) -> list[Found]:
    """``found`` with each of ``names``, longest first, in place of the mentions it spans;
    one that cuts through a mention (or, with ``need_parts``, spans none) is left out."""
    out = list(found)
    for name in sorted(names, key=lambda f: f.cstart - f.cend):
        inside = [f for f in out if name.cstart <= f.cstart and f.cend <= name.cend]
        if (need_parts and not inside) or any(f.cstart < name.cend and name.cstart < f.cend and f not in inside
                                              for f in out):
            continue
        out = [f for f in out if f not in inside] + [name]
    return sorted(out, key=lambda f: (f.cstart, f.cend))


def as_what_they_describe(text: str, found: list[Found], rules) -> list[Found]:
    """A phrase that says what the name before it is (``Gout is an autoinflammatory
    disorder induced by…``, ``IL-6 是一种多效性细胞因子``: the ``copula`` rows of
    ``new_names.tsv``) read as that name: what the phrase does or undergoes, the name
    does or undergoes."""
    if rules is None:
        return found
    out: list[Found] = []
    for f in found:
        before = out[-1] if out else None
        if f.record.via == "phrase" and before is not None and before.record.via not in ("phrase", "shape") \
                and before.cend <= f.cstart and rules.is_copula(text[before.cend:f.cstart]):
            f = as_concept(f, before.concept)
        out.append(f)
    return out
