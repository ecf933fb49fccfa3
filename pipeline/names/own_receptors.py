"""``IL-27 与其受体结合``, ``LIF 通过结合其受体``: the receptor a possessive pronoun gives a molecule named before
it, read as the receptor the dictionaries name by that molecule (``own_receptors``; ``anaphors.anaphors`` calls it
per sentence after the determiner phrases are resolved). Moved out of ``anaphors.py``, behaviour unchanged.
"""
from __future__ import annotations

from .anaphors import outermost


def own_receptors(doc, view, fs: list, data, resources) -> list:
    """``IL-27 与其受体结合`` / ``LIF 通过结合其受体``: a bare receptor noun (anaphor_receptor) right after
    ``其`` (owner_pronoun of words.tsv), no name written right after it (``与其受体 c-mpl``: that one),
    is the receptor of the molecule named last before it in its sentence (a gene, no family: a family's
    receptors are many), when the dictionaries know a receptor by that molecule's name and the noun
    (``IL-27受体``, ``LIF receptor``); the generic receptor's mention gives way to it, its span ``其受体``
    (the pronoun says whose)."""
    from .mentions import found_at

    lang, text = view.sentence.lang, view.clean.text
    owners, nouns = data.words_of("owner_pronoun", lang), data.words_of("anaphor_receptor", lang)
    if not owners or not nouns:
        return fs
    out = list(fs)
    for f in fs:
        if f.record.surface not in nouns or f.concept.type != "family" \
                or any(g.cstart >= f.cend and not text[f.cend:g.cstart].strip(" （(") for g in fs):
            continue
        at = _owner_at(text, f.cstart, owners, data, lang)
        if at is None:
            continue
        named = outermost([g for g in fs if g.cend <= at and g.concept.type == "gene" and g.record.via != "pronoun"])
        receptor = _receptor_named(named[-1], nouns, resources.lexicon) if named else None
        if receptor is not None:
            # 其受体: the pronoun and the noun; 其 T 细胞上的受体: the noun alone (the place between is no part)
            start = at if text[at:f.cstart] in owners else f.cstart
            out[out.index(f)] = found_at(doc, view, start, f.cend, receptor, "pronoun", resources.lexicon)
    return out


def _owner_at(text: str, at: int, owners: tuple, data, lang: str) -> int | None:
    """Where the owner pronoun of a receptor noun starting at ``at`` starts: right before it (``其受体``),
    or before a place phrase that ends right before it in its clause (``与其 T 淋巴细胞和巨噬细胞上的
    受体结合``: a place word, locative_end, and 的, de, of words.tsv)."""
    for w in owners:
        if text[:at].endswith(w):
            return at - len(w)
    places = [p + d for p in data.words_of("locative_end", lang) for d in data.words_of("de", lang)]
    if not any(text[:at].endswith(p) for p in places):
        return None
    breaks = {w for kind in ("clause_break", "comma", "wide_comma") for w in data.words_of(kind, lang) if len(w) == 1}
    start = max((text.rfind(w, 0, at) + 1 for w in breaks), default=0)  # after the last break before it
    found = [text.rfind(w, start, at) for w in owners]
    return max(found) if max(found, default=-1) >= 0 else None


def _receptor_named(owner, nouns: tuple, lexicon):
    """The gene the dictionaries name by the owner's name (as written, or its concept's) and a receptor
    noun (``IL-27受体``; ``LIF receptor``), if one."""
    from ..textnorm import fold

    for name in (owner.record.surface, owner.concept.name):
        for noun in nouns + ("receptor",):
            for term in lexicon.lookup(fold(name + (" " if noun == "receptor" else "") + noun)):
                concept = lexicon.concepts.get(term.concept_id)
                if concept is not None and concept.type == "gene" and concept.id != owner.concept.id:
                    return concept
    return None
