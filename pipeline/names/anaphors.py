"""Anaphors of both languages: a determiner and a class noun, or a pronoun, standing for a name before.

``IL-6 激活 JAK-STAT 通路。该通路促进…`` (the pathway), ``CD4+ T 细胞被募集到滑膜。这些细胞…``
(the cells), ``IL-4 和 IL-13 共用受体链，二者…`` (both), ``IL-17 is needed to clear bacteria.
This cytokine also induces…`` (IL-17). One policy, written from what the determiner says in
either language:

- the definite article before a singular noun of a molecule class standing alone (``The receptor then
  recruits gp130``; not ``the cells``, ``the cytokine IL-6``, ``is the cytokine that``) is a singular
  determiner;
- a determiner (``该`` / ``此`` / ``这一`` / ``this``: one; ``这些`` / ``上述``: several) before a
  class noun (``通路``, ``细胞``, ``cytokine``, ``receptor``…) names a name of that class
  (``CLASS_TYPES``) before it: in its own sentence, else in the sentence before (same paragraph);
- never the subject of its own clause (``IL-6 促进该细胞因子的表达``: another factor, named before;
  the clause's own subject would be ``其`` / ``its``);
- a singular one names the one such name; after two different names of its class or more
  (``该细胞因子`` after IL-6 and TNF-α, ``该通路`` after two pathways) it names none (which one is
  not said), unless they are in the sentence before and one of them opens a clause there: that
  sentence's topic, the one nearest its end (``IL-17 is needed to clear bacteria by inducing
  antimicrobial peptides. This cytokine…``: IL-17); a complex (``该复合物``) is what the names
  before it formed: the last;
- a plural one names the members of the last list of such names (``A、B 和 C``);
- ``二者`` / ``两者`` name the last two coordinated names, ``the former`` / ``the latter`` the first /
  the second of them (not before a noun it qualifies: ``the latter cells``);
- a pronoun (``it`` / ``its``; ``they`` / ``their``) that opens its clause with no name it could
  stand for before it in its sentence (``It promotes…``, ``Once it is activated…``, ``However, its
  role…``) names the subject of the sentence before: the name or list of its number nearest that
  sentence's end that opens a clause there (``IL-6 has major effects on… It promotes…``; a pronoun
  resolved there too); ``they`` after a sentence that opens with one thing (``TLR4 belongs to the
  family of PRRs. They…``) names the last list or plural name there; an impersonal ``it`` (``it was reported that…``) names nothing, and a
  pronoun after names of its own sentence is the English parse reader's (``english_context``:
  only the parse says which of them);
- a class noun that names a concept of its own (``促炎因子``, a named class; after a plural
  determiner, a family the paragraph named as itself before: ``促炎因子…。这些细胞因子``) is that
  concept, no anaphor; with nothing of the class before it, the phrase stays as it was.

The words are data, English and Chinese side by side (``dictionaries/relations/words.tsv``:
``anaphor_det``, ``anaphor_det_plural``, ``anaphor_pair``, ``anaphor_former`` / ``anaphor_latter``
and one ``anaphor_CLASS`` kind per class noun; ``anaphor_compound``: a character that makes a longer Chinese noun, ``这一细胞群``;
``anaphor_join``: what stands between two members of a list; ``anaphor_pronoun(_plural)``,
``anaphor_opener``, ``anaphor_subordinator``, ``anaphor_break``: what opens a clause;
``anaphor_impersonal(_verb)``: the impersonal ``it``).

The phrase becomes a mention of each referent (``via = "pronoun"``), its span the phrase as
written (provenance: the determiner and the class noun, or the pronoun); the mention of the class
noun alone (the generic ``细胞`` / ``cytokine``) stays in the mentions table, and the relation
reader reads the anaphor in its place (``without_class_nouns``); so does the English parse reader,
whose parse holds the phrase as one token (``english_context.Context.anaphor``: each referent; a
pronoun stays the pronoun for the parser). The pronouns the Chinese relation reader resolves while
reading a clause (``它`` / ``其``: ``relations/cues.py``) are its own: they need the clause's
subject, which only the reader knows. Those no triple read, with no name before them in their
sentence, are resolved after the reader for the mentions table (``anaphor_pronouns.py``, ``via =
"anaphor"``) as the English pronoun is: the topic of the sentence before, else the one thing it names.
"""
from __future__ import annotations

import re

# What each anaphor class names: the concept types its referent may have.
CLASS_TYPES = {
    "anaphor_cell": frozenset({"cell"}),
    "anaphor_pathway": frozenset({"pathway"}),
    "anaphor_disease": frozenset({"disease"}),
    "anaphor_factor": frozenset({"gene", "family"}),
    "anaphor_receptor": frozenset({"gene", "family"}),
    "anaphor_complex": frozenset({"gene", "family"}),
}
# The class a singular determiner names the last of even after two different names of it: a complex
# is what the names before it formed (IL-6 与 IL-6R 结合。该复合物…), no choice between them.
FORMED_CLASSES = frozenset({"anaphor_complex"})
# The classes whose noun after the definite article (the receptor, the cytokine) names a molecule before.
DEFINITE_CLASSES = frozenset({"anaphor_factor", "anaphor_receptor", "anaphor_pathway", "anaphor_complex"})
PAIR_TYPES = frozenset({"gene", "family", "cell", "drug", "disease", "pathway", "ncrna"})
# What a pronoun (it / its / they / their) may name: a molecule, a pathway, a cell type.
PRONOUN_TYPES = frozenset({"gene", "family", "pathway", "cell", "ncrna", "drug"})
LANGS = ("zh", "en")
EARLIER = 3  # how many sentences before it in its paragraph a determiner phrase looks for its name
_EN_WORD = re.compile(r"\s+([A-Za-z]+)")
_BRACKETED = re.compile(r"^[(（][^)）]*[)）]\s*")


def anaphors(doc, views, found, resources) -> list[list]:
    """``found`` (the mentions of each view) with the demonstrative anaphors resolved, and ``其受体``
    (``own_receptors``)."""
    from .own_receptors import own_receptors

    data = resources.rules
    if data is None:
        return found
    patterns = {lang: _pattern(data, lang) for lang in LANGS}
    out, seen, paragraph = [], set(), None
    for i, view in enumerate(views):
        fs = found[i]
        if view.paragraph != paragraph:
            seen, paragraph = set(), view.paragraph
        pattern = patterns.get(view.sentence.lang)
        if pattern is not None:
            before = (_earlier(views, out, i), before_sentence(views, out, i, pronoun=True))
            fs = _resolved(doc, view, fs, before, pattern, data, resources, seen)
            fs = own_receptors(doc, view, fs, data, resources)
        seen |= {f.concept.id for f in found[i]}
        out.append(fs)
    return out


def _earlier(views, found: list, i: int) -> list[tuple]:
    """The mentions and text of the sentences before view ``i`` in its paragraph, the nearest first
    (``EARLIER`` of them: a determiner phrase names the nearest name of its class, ``I型IL-4受体：由…组成。
    主要表达于…。IL-4与该受体结合``)."""
    out = []
    for k in range(i - 1, max(i - 1 - EARLIER, -1), -1):
        if views[k].paragraph != views[i].paragraph:
            break
        out.append((found[k], views[k].clean.text))
    return out or [([], "")]


def before_sentence(views, found: list, i: int, pronoun: bool = False) -> tuple:
    """The mentions and text of the sentence before view ``i`` in its paragraph; for a pronoun
    (``pronoun``) of a sentence opening its paragraph, the last sentence of the paragraph before
    (no heading: ``Notch 信号通路是…。`` / ``目前研究涉及其在…``: a paragraph goes on with its topic)."""
    if not i or views[i - 1].paragraph != views[i].paragraph and (
            not pronoun or views[i - 1].sentence.section == "heading" or views[i].sentence.section == "heading"):
        return [], ""
    return found[i - 1], views[i - 1].clean.text


def parse_reader_words(data, lang: str = "en") -> dict[str, dict[str, str]]:
    """This policy's words for the English parse reader, by its kinds: ``pronoun`` (it, its, they…)
    and ``demonstrative`` (this, these), each word's number (``sing`` / ``plural``)."""
    def numbered(singular: str, plural: str) -> dict[str, str]:
        return {**{w.lower(): "sing" for w in data.words_of(singular, lang)},
                **{w.lower(): "plural" for w in data.words_of(plural, lang)}}

    return {"pronoun": numbered("anaphor_pronoun", "anaphor_pronoun_plural"),
            "demonstrative": numbered("anaphor_det", "anaphor_det_plural")}


def without_class_nouns(found: list) -> list:
    """The mentions the relation reader reads: the class noun inside a resolved anaphor
    (细胞 of 这些细胞) stays a mention of the table, but the reader reads the anaphor."""
    spans = [(f.cstart, f.cend) for f in found if f.record.via == "pronoun"]
    return [f for f in found if f.record.via == "pronoun"
            or not any(a <= f.cstart and f.cend <= b and (a, b) != (f.cstart, f.cend) for a, b in spans)]


def _pattern(data, lang: str):
    """The anaphors of ``lang``: a determiner right before a class noun (a space between in
    English, whole words), or a pair word."""
    dets = data.words_of("anaphor_det", lang) + data.words_of("anaphor_det_plural", lang) \
        + data.words_of("anaphor_det_definite", lang)
    nouns = [w for kind in CLASS_TYPES for w in data.words_of(kind, lang)]
    pairs = data.words_of("anaphor_pair", lang)
    # the Chinese pronouns are the relation reader's while it reads (anaphor_pronouns.py: those it left)
    pronouns = data.words_of("anaphor_pronoun", lang) + data.words_of("anaphor_pronoun_plural", lang) \
        if lang == "en" else ()
    ordinals = data.words_of("anaphor_former", lang) + data.words_of("anaphor_latter", lang)
    if not (dets and nouns) and not pairs and not pronouns and not ordinals:
        return None
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))
    gap, left, right = (r"\s+", r"(?<![A-Za-z])", r"(?![A-Za-z-])") if lang == "en" else ("", "", "")
    parts = [f"{left}(?P<det>{alt(dets)}){gap}(?P<noun>{alt(nouns)}){right}"] if dets and nouns else []
    parts += [f"{left}(?P<pair>{alt(pairs)}){right}"] if pairs else []
    parts += [f"{left}(?P<pron>{alt(pronouns)}){right}"] if pronouns else []
    parts += [f"{left}(?P<ordinal>{alt(ordinals)}){right}"] if ordinals else []
    return re.compile("|".join(parts), re.IGNORECASE if lang == "en" else 0)


def _resolved(doc, view, fs, before: tuple, pattern, data, resources, seen: set) -> list:
    """``fs`` with the anaphors of ``pattern`` in ``view`` resolved; ``before``: the sentence before for a
    determiner phrase, and for a pronoun (``before_sentence``)."""
    from .mentions import found_at

    text = view.clean.text
    compound = data.words_of("anaphor_compound", view.sentence.lang)
    for m in pattern.finditer(text):
        if m.groupdict().get("noun") and _next_word(text, m.end(), view.sentence.lang) in compound:
            continue  # 这一细胞群, this cytokine family: a longer noun
        if m.groupdict().get("noun") and any(f.cstart >= m.end() and not text[m.end():f.cstart].strip() for f in fs):
            continue  # the cytokine IL-6, 该受体 gp130: the name after it is the one meant
        if m.groupdict().get("det") and not _definite_ok(m, data, view.sentence.lang) \
                or _definite(m, data, view.sentence.lang) and not _stands_alone(text, m.end(), fs, data, view.sentence.lang):
            continue  # the cells; the chemokine stromal derived factor-1: a definite article names one thing, alone
        inside = [f for f in fs if m.start() <= f.cstart and f.cend <= m.end()]
        if any(f.cstart < m.end() and m.start() < f.cend and f not in inside for f in fs):
            continue  # the phrase is part of a longer name
        if m.groupdict().get("ordinal") and not _stands_alone(text, m.end(), fs, data, view.sentence.lang):
            continue  # the latter process: an adjective of a noun after it
        if m.groupdict().get("pair") and view.sentence.lang == "en" and not _subject_before_verb(text, m.end(), data):
            continue  # both IL-6 and TNF-α, both in vitro and in vivo: no pronoun
        named = seen | {g.concept.id for g in fs if g.cend <= m.start()}
        if any(not _generic(f, m, data, view.sentence.lang, named) for f in inside):
            continue  # the class noun names a concept of its own (促炎因子: a named class)
        lang = view.sentence.lang
        referents = pronoun_referents(m, fs, text, before[1], data, lang) if m.groupdict().get("pron") else \
            _referents(m, data, lang, ([f for f in fs if f.cend <= m.start()], text), before[0])
        if not referents:
            continue
        fs = fs + [
            found_at(doc, view, m.start(), m.end(), c, "pronoun", resources.lexicon) for c in referents]
        fs.sort(key=lambda f: (f.cstart, -f.cend))
    return fs


def _definite_ok(m, data, lang: str) -> bool:
    """A determiner phrase ``m`` may be an anaphor: a demonstrative, or the definite article
    (``anaphor_det_definite``: the) before a singular class noun of a molecule (``the receptor``, ``the
    cytokine``, ``the pathway``; ``DEFINITE_CLASSES``), not the plural or a cell or disease word
    (``the cells``, ``the disease``: any of them, or the paper's, ``short_references.py``)."""
    noun = m.group("noun").lower()
    if not _definite(m, data, lang):
        return True
    kinds = [k for k in DEFINITE_CLASSES if noun in {w.lower() for w in data.words_of(k, lang)}]
    before = re.findall(r"[A-Za-z]+", m.string[max(0, m.start() - 20):m.start()])
    copulas = {w.lower() for w in data.words_of("be", lang)}
    # TPO is the cytokine that…: a predicate, no anaphor
    return bool(kinds) and not noun.endswith("s") and not (before and before[-1].lower() in copulas)


def _subject_before_verb(text: str, at: int, data) -> bool:
    """An English pair word ending at ``at`` (``both``) is a subject: a verb of being or a modal follows
    it (``anaphor_subject_verb``: both are produced by…, both can induce…)."""
    word = _EN_WORD.match(text, at)
    return word is not None and word.group(1).lower() in {w.lower() for w in data.words_of("anaphor_subject_verb", "en")}


def _definite(m, data, lang: str) -> bool:
    """``m`` is a phrase of the definite article (``the receptor``)."""
    det = m.groupdict().get("det")
    return bool(det) and det.lower() in {w.lower() for w in data.words_of("anaphor_det_definite", lang)}


def _names_one(f, data, lang: str) -> bool:
    """``f`` names something an anaphor can stand for: no class word (class_words.tsv), and no class
    noun written bare (``IL-17A or its receptor``: any receptor, no name of one)."""
    nouns = {n.lower() for kind in CLASS_TYPES for n in data.words_of(kind, lang)}
    return f.concept.id not in data.class_words and f.record.surface.lower() not in nouns


def _stands_alone(text: str, at: int, fs: list, data, lang: str) -> bool:
    """``the latter`` ending at ``at`` is a noun phrase of its own (``…, the latter promotes…``),
    not an adjective of a noun after it (``the latter cells``, ``the latter IL-6``): what follows
    is a mark, a function word (``break`` of words.tsv: is, can, also…) or a verb in -s that is no
    class noun and no name."""
    word = _EN_WORD.match(text, at) if lang == "en" else None
    if word is None:
        return True
    w = word.group(1).lower()
    nouns = {n.lower() for kind in CLASS_TYPES for n in data.words_of(kind, lang)}
    if w in {b.lower() for b in data.words_of("break", lang)}:
        return True
    return w.endswith("s") and w not in nouns and not any(f.cstart == word.start(1) for f in fs)


def _next_word(text: str, at: int, lang: str) -> str:
    """What follows a class noun ending at ``at``: its next character (zh), its next word (en)."""
    if lang != "en":
        return text[at:at + 1]
    m = _EN_WORD.match(text, at)
    return m.group(1).lower() if m else ""


def _generic(f, m, data, lang: str, named: set) -> bool:
    """The mention ``f`` of the class noun of ``m`` names only the class: a class word
    (class_words.tsv), or a family written as the bare noun (细胞因子) that the paragraph has not
    named itself before (``促炎因子 …。这些细胞因子``: the class it named; a singular determiner
    names one member whatever the paragraph said: ``IL-17 is a cytokine… this cytokine``)."""
    if f.concept.id in data.class_words:
        return True
    bare = bool(m.groupdict().get("noun")) and f.record.surface.lower() == m.group("noun").lower()
    return f.concept.type == "family" and bare and (f.concept.id not in named or not _plural(m, data, lang))


def _referents(m, data, lang: str, same: tuple, earlier: list) -> list:
    """The concepts the anaphor ``m`` stands for: from its sentence, else the nearest sentence before
    in its paragraph that names one of its class (each a pair of the mentions and the text they are
    in); there an anaphor of the same class noun resolved before counts as a name of the class
    (``此通路能够…。雷帕霉素为此信号通路的主要抑制剂``); a receptor noun names a receptor (``_receptor``)."""
    before = earlier[0]
    pair = m.groupdict().get("pair") or m.groupdict().get("ordinal")
    if pair:
        kind, types, plural = None, PAIR_TYPES, True
    else:
        noun = m.group("noun").lower()
        kind = next(k for k in CLASS_TYPES if noun in {w.lower() for w in data.words_of(k, lang)})
        types = CLASS_TYPES[kind]
        plural = _plural(m, data, lang)
    joins = data.words_of("anaphor_join", lang)
    for fs, text in (same, *earlier):
        own, fs = fs is same[0], _first_conjuncts(fs, text, data, lang)
        named = outermost([f for f in fs if f.concept.type in types and _names_one(f, data, lang)
                            and f.record.via != "pronoun"
                            or not own and kind and _chained(f, kind, data, lang)])
        if kind == "anaphor_receptor":
            nouns = {w.lower() for language in LANGS for w in data.words_of(kind, language)}
            named = [f for f in named if _receptor(f, nouns)]
        if own and not pair:
            # IL-6 促进该细胞因子的表达: a demonstrative never names its own clause's subject
            named = [f for f in named if not _opens_clause(f, m, text, data, lang)]
        if not named:
            continue
        if pair:
            members = _last_pair(named, fs, text, joins)
            if members and m.groupdict().get("ordinal"):
                # the former / the latter: the first / the second of the two
                latter = pair.lower() in {w.lower() for w in data.words_of("anaphor_latter", lang)}
                return members[1:] if latter else members[:1]
            return members
        if not plural:
            # a singular one after two names of its class or more (该细胞因子 after IL-6 and TNF-α,
            # 该通路 after two pathways): which one is not said, no referent
            many = kind not in FORMED_CLASSES and len({f.concept.id for f in named}) > 1
            if many and not own:
                named = _topic(named, text, data, lang)  # the sentence before: its topic, if it has one
                many = not named
            return [] if many else [named[-1].concept]
        return _unique([f.concept for f in _last_list(named, fs, text, joins)])
    if not pair and not plural:
        return _classed(m.group("noun"), before, data, lang)
    return []


def _chained(f, kind: str, data, lang: str) -> bool:
    """``f`` is an anaphor resolved before whose class noun is of ``kind`` (此通路, for 此信号通路)."""
    if f.record.via != "pronoun":
        return False
    surface = f.record.surface.lower()
    return any(surface.endswith(w.lower()) for w in data.words_of(kind, lang))


_RECEPTOR_SYMBOL = re.compile(r"[A-Z0-9]R\d*[α-ω]?\d*$")


def _receptor(f, nouns: set) -> bool:
    """``f`` names a receptor: its name or the words it is written in say so (a receptor noun of either
    language, ``nouns``: receptor, 受体), or a symbol ending in R, a number or a Greek letter does
    (``IL-6R``, ``CXCR4``, ``IL-4Rα``)."""
    return any(any(w in n.lower() for w in nouns) or _RECEPTOR_SYMBOL.search(n)
               for n in (f.concept.name, f.record.surface))


def _classed(noun: str, before: tuple, data, lang: str) -> list:
    """With no name of its class before it, a singular anaphor names the name the sentence before
    says is one: its topic, a copula after it in its clause and the class noun before that clause's
    end (``mTOR 是一种重要的细胞能量代谢信号通路。此通路能够整合…``: mTOR, a kinase the sentence
    calls a pathway)."""
    fs, text = before
    copulas = data.words_of("copula", lang)
    breaks = {w for kind in ("clause_break", "comma", "wide_comma") for w in data.words_of(kind, lang)}
    named = outermost([f for f in fs if f.concept.type in PAIR_TYPES and _names_one(f, data, lang)
                        and f.record.via != "pronoun"])
    topic = _topic(named, text, data, lang)
    if not topic or not copulas:
        return []
    f = topic[-1]
    end = next((k for k in range(f.cend, len(text)) if text[k] in breaks), len(text))
    # the copula right after the name (its short form in brackets aside), the noun ending the clause
    said = _BRACKETED.sub("", text[f.cend:end].strip(), count=1).rstrip("。.;； ")
    return [f.concept] if any(said.startswith(c) for c in copulas) and said.endswith(noun) else []



def pronoun_referents(m, fs: list, text: str, before: tuple, data, lang: str, opening: bool = True) -> list:
    """What a pronoun (``it`` / ``its``, ``they`` / ``their``) names where the grammar says it
    without a parse: one that opens its clause (``It promotes…``, ``Once it is activated…``,
    ``However, its role…``) with no name it could stand for before it in its sentence names the
    subject of the sentence before, the name or list of its number (``it``: one thing; ``they``: a
    list, or a name written in the plural) nearest its end that opens a clause there. An
    impersonal ``it`` (``it was reported that…``) names nothing; a pronoun after names of its own
    sentence is the parse reader's (``english_context``: the subject before it, ``Besides its
    role…, VEGF…``)."""
    if any(f.cend <= m.start() and f.concept.type in PRONOUN_TYPES for f in fs) \
            or opening and not _opens_at(text, m.start(), data, lang) or _impersonal(text, m, data, lang):
        return []
    plural = m.group("pron").lower() in {w.lower() for w in data.words_of("anaphor_pronoun_plural", lang)}
    fs, text = before
    named = outermost([f for f in fs if f.concept.type in PRONOUN_TYPES and _names_one(f, data, lang)])
    groups = [g for g in _lists(named, fs, text, data.words_of("anaphor_join", lang))
              if (len({f.concept.id for f in g}) > 1 or _written_plural(g[0], data, lang)) == plural]
    subjects = _subjects(groups, text, data, lang) or (
        groups[-1:] if plural and (lang != "en" or _one_subject(named, text, data, lang)) else [])
    if not subjects and not plural and len({f.concept.id for f in named}) == 1 \
            and (lang != "en" or _in_subject(named[-1], text, data, lang)):
        subjects = [named[-1:]]  # no name opens a clause there: the one thing it names (``the scope of CCL2's functions``)
    return _unique([f.concept for f in subjects[-1]]) if subjects else []


def _in_subject(f, text: str, data, lang: str) -> bool:
    """``f`` stands in the subject phrase of its clause (``the scope of CCL2's functions may extend…``):
    no verb of being or modal (``anaphor_subject_verb``) between the clause's start and it, and one
    after it before the clause ends (``This review discusses the effects of IL-6 on bone``: an object)."""
    verbs = {w.lower() for w in data.words_of("anaphor_subject_verb", lang)}
    breaks = {w for kind in ("clause_break", "comma", "wide_comma", "anaphor_break") for w in data.words_of(kind, lang)}
    subordinators = {w.lower() for w in data.words_of("anaphor_subordinator", lang)}
    start = max((k + 1 for k in range(f.cstart) if text[k] in breaks), default=0)
    end = next((k for k in range(f.cend, len(text)) if text[k] in breaks), len(text))
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[start:f.cstart])]
    words = words[max((k + 1 for k, w in enumerate(words) if w in subordinators), default=0):]
    return not verbs & set(words) and bool(verbs & {w.lower() for w in re.findall(r"[A-Za-z]+", text[f.cend:end])})


def _one_subject(named: list, text: str, data, lang: str) -> bool:
    """The sentence before opens with one thing (``TLR4 belongs to the family of PRRs. They…``):
    ``they`` cannot stand for it, so it names the last list or plural name there."""
    subjects = _subjects(_lists(named, named, text, data.words_of("anaphor_join", lang)), text, data, lang)
    return bool(subjects) and all(len({f.concept.id for f in g}) == 1 and not _written_plural(g[0], data, lang)
                                  for g in subjects)


def _lists(named: list, fs: list, text: str, joins: tuple) -> list[list]:
    """``named`` cut into its lists (``A, B and C`` one list; a name alone, a list of one); a member's
    aside in brackets (``音猬因子(sonic hedgehog,SHh)、印度刺猬…``: its other names) is part of it."""
    out: list[list] = []
    for f in named:
        last = out[-1][-1] if out else None
        if last is not None and _OPEN_ASIDE.fullmatch(text[last.cend:f.cstart]):
            continue  # 音猬因子(sonic hedgehog, SHh…: inside the member's aside
        between = _ASIDE.sub("", text[last.cend:f.cstart], count=1) if last is not None else ""
        aside = len(text[last.cend:f.cstart]) - len(between) if last is not None else 0
        if last is not None and between.strip() in joins \
                and not any(last.cend + aside <= g.cstart and g.cend <= f.cstart for g in fs):
            out[-1].append(f)
        else:
            out.append([f])
    return out


_OPEN_ASIDE = re.compile(r"\s*[(（][^()（）]*")
_ASIDE = re.compile(r"^\s*[(（][^()（）]*[)）]")


def _written_plural(f, data, lang: str) -> bool:
    """A name written in the plural (``osteoclasts``, ``HSPCs``, ``proinflammatory cytokines``), or a
    plural pronoun resolved before (``their``): English only."""
    word = f.record.surface.split()[-1]
    if f.record.via == "pronoun":
        return word.lower() in {w.lower() for w in data.words_of("anaphor_pronoun_plural", lang)}
    return lang == "en" and (_ACRONYMS.fullmatch(word) or _PLURAL.fullmatch(word[:1].lower() + word[1:])) is not None


_PLURAL = re.compile(r"[a-z-]*[a-z][^siu\W]s")
_ACRONYMS = re.compile(r"[A-Z][A-Z0-9+-]*s")


def _opens_at(text: str, at: int, data, lang: str) -> bool:
    """Only words that open a clause (``anaphor_opener``: the, however…) stand between the last
    clause break before ``at`` (``anaphor_break``: also the full stop of a sentence the segmenter
    kept whole), or the last word that opens a clause wherever it stands (``anaphor_subordinator``:
    that, once, whereas…), and ``at``."""
    breaks = {w for kind in ("clause_break", "comma", "wide_comma", "anaphor_break") for w in data.words_of(kind, lang)}
    start = max((k + 1 for k in range(at) if text[k] in breaks), default=0)
    openers = {w.lower() for w in data.words_of("anaphor_opener", lang)}
    subordinators = {w.lower() for w in data.words_of("anaphor_subordinator", lang)}
    words = [w.lower() for w in text[start:at].split()]
    after = max((k + 1 for k, w in enumerate(words) if w in subordinators), default=0)
    return all(w in openers for w in words[after:])


def _impersonal(text: str, m, data, lang: str) -> bool:
    """``it was reported that…``, ``it is unclear whether…``: a singular subject pronoun before a
    verb of being or seeming and, a few words on, a clause (``anaphor_impersonal``: the verbs and
    what opens the clause)."""
    words = re.findall(r"[A-Za-z]+", text[m.end():m.end() + 60].lower())
    verbs = {w.lower() for w in data.words_of("anaphor_impersonal_verb", lang)}
    clause = {w.lower() for w in data.words_of("anaphor_impersonal", lang)}
    return bool(words) and words[0] in verbs and any(w in clause for w in words[1:6])


def _topic(named: list, text: str, data, lang: str) -> list:
    """The name of ``named`` nearest the end that opens a clause of its sentence (``During
    infection, IL-17 is needed…``, ``The NLRP3 inflammasome is…``): what the sentence is about;
    none when no name of the class opens one, or a list does (``TNF-α and IL-6 promote…``: which
    one is not said)."""
    subjects = _subjects(_lists(named, named, text, data.words_of("anaphor_join", lang)), text, data, lang)
    return subjects[-1] if subjects and len({f.concept.id for f in subjects[-1]}) == 1 else []


def _subjects(groups: list[list], text: str, data, lang: str) -> list[list]:
    """The lists of ``groups`` that open a clause (its subject)."""
    return [g for g in groups if _opens_at(text, g[0].cstart, data, lang)]


def _opens_clause(f, m, text: str, data, lang: str) -> bool:
    """``f`` opens the clause the anaphor ``m`` stands in (nothing but white space between the
    clause's start and it): it is that clause's subject."""
    breaks = {w for kind in ("clause_break", "comma", "wide_comma") for w in data.words_of(kind, lang)}
    start = max((k + 1 for k in range(f.cstart) if text[k] in breaks), default=0)
    return not text[start:f.cstart].strip() and not any(ch in breaks for ch in text[f.cend:m.start()])


def _plural(m, data, lang: str) -> bool:
    """The determiner of ``m`` names several (这些, 上述, these)."""
    return m.group("det").lower() in {w.lower() for w in data.words_of("anaphor_det_plural", lang)}


def _first_conjuncts(fs: list, text: str, data, lang: str) -> list:
    """``fs`` with a name composed over a coordination (``myeloid and lymphoid cells``: the myeloid
    cell, its head shared; ``regrouped.py``) cut down to its first conjunct (``myeloid``), so the name
    of the last conjunct inside it (``lymphoid cells``) is a member of the same list, not hidden."""
    joins = sorted((w for w in data.words_of("anaphor_join", lang) if w.strip(" ,，")), key=len, reverse=True)
    if not joins:
        return fs
    pattern = re.compile((r"\s+(?:%s)\s+" if lang == "en" else "(?:%s)") % "|".join(re.escape(w) for w in joins))
    out = []
    for f in fs:
        m = pattern.search(text, f.cstart, f.cend) if f.record.via == "composed" else None
        inner = m is not None and any(g.cstart >= m.end() and g.cend == f.cend for g in fs if g is not f)
        out.append(type(f)(f.record, f.cstart, m.start(), f.concept) if inner else f)
    return out


def outermost(fs: list) -> list:
    """``fs`` without the mentions inside a longer one."""
    return [f for f in fs if not any(g is not f and g.cstart <= f.cstart and f.cend <= g.cend
                                     and g.cend - g.cstart > f.cend - f.cstart for g in fs)]


def _last_list(named: list, fs: list, text: str, joins: tuple) -> list:
    """The last name of ``named`` and those joined to it before it (A、B 和 C): the last list;
    ``joins``: what may stand between two members (``anaphor_join`` of words.tsv)."""
    out = [named[-1]]
    for f in reversed(named[:-1]):
        b = out[0]
        if any(f.cend <= g.cstart and g.cend <= b.cstart for g in fs) or text[f.cend:b.cstart].strip() not in joins:
            break
        out.insert(0, f)
    return out


def _last_pair(named: list, fs: list, text: str, joins: tuple) -> list:
    """The last two members of the last list of two names or more (A 和 B 共用 C，二者…: A, B)."""
    while named:
        members = _unique([f.concept for f in _last_list(named, fs, text, joins)])
        if len(members) >= 2:
            return members[-2:]
        named = named[:-1]
    return []


def _unique(concepts: list) -> list:
    """``concepts`` in order, each once."""
    return list({c.id: c for c in concepts}.values())
