"""Chinese demonstrative anaphors: a determiner and a class noun that stand for a name before them.

``IL-6 激活 JAK-STAT 通路。该通路促进…`` (the pathway), ``CD4+ T 细胞被募集到滑膜。这些细胞…``
(the cells), ``IL-4 和 IL-13 共用受体链，二者…`` (both): a determiner (``该`` / ``此`` / ``这一``:
one; ``这些`` / ``上述``: several) before a class noun names the nearest name before it, in its
sentence or else in the sentence before (same paragraph), whose concept is of that class; a plural
one names the members of the last list of such names (a singular ``该细胞因子`` after two
factors or more names none: which one is not said); ``二者`` / ``两者`` name the last two
coordinated names. The words are data (``dictionaries/relations/words.tsv``: ``anaphor_det``,
``anaphor_det_plural``, ``anaphor_pair`` and one ``anaphor_CLASS`` class per class noun, CLASS being
what it names: ``CLASS_TYPES``).

The phrase becomes a mention of each referent (``via = "pronoun"``), its span the phrase as written
(provenance: the determiner and the class noun), in place of the mention of the class noun alone
(the generic ``细胞`` / ``信号通路``); a class noun that names a concept of its own (``促炎因子``, a
class of the dictionary that is no mere class word) keeps it. With nothing of the class before it,
the phrase stays as it was."""
from __future__ import annotations

import re

# What each anaphor class names: the concept types its referent may have.
CLASS_TYPES = {
    "anaphor_cell": frozenset({"cell"}),
    "anaphor_pathway": frozenset({"pathway"}),
    "anaphor_disease": frozenset({"disease"}),
    "anaphor_factor": frozenset({"gene", "family"}),
    "anaphor_receptor": frozenset({"gene"}),
    "anaphor_complex": frozenset({"gene", "family"}),
}
PAIR_TYPES = frozenset({"gene", "family", "cell", "drug", "disease", "pathway", "ncrna"})


def zh_anaphors(doc, views, found, resources) -> list[list]:
    """``found`` (the mentions of each view) with the Chinese demonstrative anaphors resolved."""
    data = resources.rules
    if data is None:
        return found
    pattern = _pattern(data)
    if pattern is None:
        return found
    out, seen, paragraph = [], set(), None
    for i, view in enumerate(views):
        fs = found[i]
        if view.paragraph != paragraph:
            seen, paragraph = set(), view.paragraph
        if view.sentence.lang == "zh":
            before = (found[i - 1], views[i - 1].clean.text) if i and views[i - 1].paragraph == view.paragraph \
                else ([], "")
            fs = _resolved(doc, view, fs, before, pattern, data, resources, seen)
        seen |= {f.concept.id for f in found[i]}
        out.append(fs)
    return out


def without_class_nouns(found: list) -> list:
    """The mentions the relation reader reads: the class noun inside a resolved anaphor
    (细胞 of 这些细胞) stays a mention of the table, but the reader reads the anaphor."""
    spans = [(f.cstart, f.cend) for f in found if f.record.via == "pronoun"]
    return [f for f in found if f.record.via == "pronoun"
            or not any(a <= f.cstart and f.cend <= b and (a, b) != (f.cstart, f.cend) for a, b in spans)]


def _pattern(data):
    dets = data.words_of("anaphor_det", "zh") + data.words_of("anaphor_det_plural", "zh")
    nouns = [w for kind in CLASS_TYPES for w in data.words_of(kind, "zh")]
    pairs = data.words_of("anaphor_pair", "zh")
    if not (dets and nouns) and not pairs:
        return None
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))
    parts = [f"(?P<det>{alt(dets)})(?P<noun>{alt(nouns)})"] if dets and nouns else []
    parts += [f"(?P<pair>{alt(pairs)})"] if pairs else []
    return re.compile("|".join(parts))


def _resolved(doc, view, fs, before, pattern, data, resources, seen: set) -> list:
    from .mentions import found_at

    text = view.clean.text
    compound = data.words_of("anaphor_compound", "zh")
    for m in pattern.finditer(text):
        if m.group("noun") and text[m.end():m.end() + 1] in compound:
            continue  # 这一细胞群: a longer noun
        inside = [f for f in fs if m.start() <= f.cstart and f.cend <= m.end()]
        if any(f.cstart < m.end() and m.start() < f.cend and f not in inside for f in fs):
            continue  # the phrase is part of a longer name
        if any(not _generic(f, m, data, seen | {g.concept.id for g in fs if g.cend <= m.start()}) for f in inside):
            continue  # the class noun names a concept of its own (促炎因子: a named class)
        referents = _referents(m, data, ([f for f in fs if f.cend <= m.start()], text), before)
        if not referents:
            continue
        fs = fs + [
            found_at(doc, view, m.start(), m.end(), c, "pronoun", resources.lexicon) for c in referents]
        fs.sort(key=lambda f: (f.cstart, -f.cend))
    return fs


def _generic(f, m, data, named: set) -> bool:
    """The mention ``f`` of the class noun of ``m`` names only the class: a class word
    (class_words.tsv), or a family written as the bare noun (细胞因子) that the paragraph has not
    named itself before (``促炎因子 …。这些细胞因子``: the class it named)."""
    if f.concept.id in data.class_words:
        return True
    return f.concept.type == "family" and m.group("noun") and f.record.surface == m.group("noun") \
        and f.concept.id not in named


def _referents(m, data, same: tuple, before: tuple) -> list:
    """The concepts the anaphor ``m`` stands for: from its sentence, else the sentence before
    (each a pair of the mentions and the text they are in)."""
    if m.group("pair"):
        kind, types, plural = None, PAIR_TYPES, True
    else:
        noun, det = m.group("noun"), m.group("det")
        kind = next(k for k in CLASS_TYPES if noun in data.words_of(k, "zh"))
        types, plural = CLASS_TYPES[kind], det in data.words_of("anaphor_det_plural", "zh")
    joins = data.words_of("anaphor_join", "zh")
    for fs, text in (same, before):
        named = _outermost([f for f in fs if f.concept.type in types and f.concept.id not in data.class_words
                            and f.record.via != "pronoun"])
        if not named:
            continue
        if m.group("pair"):
            return _last_pair(named, fs, text, joins)
        if not plural:
            # a singular molecule class (该细胞因子) after two molecules or more: no one referent
            many = kind == "anaphor_factor" and len({f.concept.id for f in named}) > 1
            return [] if many else [named[-1].concept]
        return _unique([f.concept for f in _last_list(named, fs, text, joins)])
    return []


def _outermost(fs: list) -> list:
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
