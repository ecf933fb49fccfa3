"""Names written inside a longer dictionary name, for the mentions table (``via =
"nested"``): ``AML`` in ``AML细胞``, ``inflammatory diseases`` in ``chronic inflammatory
diseases``, ``骨髓`` and ``巨噬细胞`` in ``骨髓巨噬细胞``.

A reader of the table (and the people who annotate reviews) may name the
thing the longer name holds: the leukaemia of ``AML cells``, the members of
``JAK2/STAT3 信号通路``. The matcher keeps the longest name at each place, so
these are found here, after it, inside each dictionary or abbreviation mention:
the longest dictionary names there that no other holds or crosses
(``matcher.inner_matches``), and of those only the ones that stand alone
(``_stands_alone``), never inside a gene's or a family's name (``_OPAQUE``).
The relation reader reads the longer name; these rows overlap it.
"""
from __future__ import annotations

import re

from ..dictionary.lexicon import SHORT_NAME, AmbiguousName, Concept, Term
from .matcher import Match, inner_matches
from .mentions import Found, found_at, inside_longer_word, surface_language
from .paper_names import all_lower
from ..records import Document
from ..sentences.segment import SentenceView
from ..textnorm import depluralize


def nested(doc: Document, view: SentenceView, found: list[Found], resources) -> list[Found]:
    """The dictionary names written inside a longer dictionary name, for the mentions
    table (``breast cancer`` and ``bone metastasis`` in ``breast cancer bone metastasis``,
    ``macrophage`` in ``tumor-associated macrophages``, ``骨髓`` and ``巨噬细胞`` in
    ``骨髓巨噬细胞``), ``via = "nested"``: the longest at each place that stands alone
    there (``_stands_alone``) and crosses no other, not inside a gene's name (``_OPAQUE``);
    the relation reader reads the longer name."""
    text, lexicon = view.clean.text, resources.lexicon
    out = []
    for f in found:
        if f.record.via not in ("dictionary", "abbreviation") or f.concept.type in _OPAQUE:
            continue

        concept_of: dict[tuple[int, int], Concept] = {}  # the concept of each accepted match, read once

        def accept(m: Match, outer: Found = f) -> bool:
            cid = _dictionary_term(m, text) or _owner_short_form(m, outer, lexicon)
            if cid is None or cid == outer.concept.id or inside_longer_word(text, m, resources):
                return False
            concept_of[(m.start, m.end)] = lexicon.concepts[cid]
            return _stands_alone(text, outer, m, concept_of[(m.start, m.end)], resources.new_names)

        inner = inner_matches(text, f.cstart, f.cend, [resources.trie], accept)
        if f.concept.frame and not any(concept_of[(m.start, m.end)].id == f.concept.frame[0] for m in inner):
            inner += _frame_owner(text, f, resources, concept_of)
        out += [found_at(doc, view, m.start, m.end, concept_of[(m.start, m.end)], "nested", lexicon)
                for m in inner]
    return out


def _frame_owner(text: str, outer: Found, resources, concept_of: dict) -> list[Match]:
    """The owner of the process a name frames, written inside it across another name there
    (``破骨细胞`` of ``破骨细胞分化``, where ``细胞分化`` crosses it; ``mesenchymal stem cell`` of
    ``mesenchymal stem cell differentiation``): the last of its names there (nearest the process word; a spelling
    inside a longer one is not kept), looked for alone. The
    longer lexicon word that holds it is the framed name itself (``细胞`` of ``细胞凋亡``), no other word."""
    owner = outer.concept.frame[0]

    def accept(m: Match) -> bool:
        if _dictionary_term(m, text) != owner:
            return False
        concept_of[(m.start, m.end)] = resources.lexicon.concepts[owner]
        return True

    return inner_matches(text, outer.cstart, outer.cend, [resources.trie], accept)[-1:]


# The types whose names hold words that name no thing there: a gene's or a family's name
# (``tumor necrosis factor``, ``fibroblast growth factor 2``, ``血管细胞黏附分子1``).
_OPAQUE = frozenset({"gene", "family"})


def _stands_alone(text: str, outer: Found, inner: Match, concept: Concept, rules) -> bool:
    """Whether a name inside a longer one names a thing of its own there: the owner of a
    process framed on it does (``tumor`` of ``tumor progression``, ``cell`` of ``cell
    migration``, even a class word); else not a class
    word (``cell`` of ``T cell``, ``细胞``, ``受体``: the heads of ``new_names.tsv``), not a
    family's name before a member's number or letter (白细胞介素 of 白细胞介素6), not what
    a cell does in the cell's name (成骨 of 成骨细胞, 造血 of 造血干细胞), not a Chinese
    word cut from one character of the longer word (骨细胞 of 破骨细胞); a prefix before what a
    drug acts against (抗 of 抗 IL-6 受体抗体) is no such character."""
    surface = text[inner.start:inner.end]
    before, after = text[outer.cstart:inner.start], text[inner.end:outer.cend]
    if outer.concept.frame and concept.id == outer.concept.frame[0]:
        return True  # the owner of a process framed on it (tumor of tumor progression, cell of cell migration)
    if _NUMBERING.fullmatch(before + after) or (outer.concept.type, concept.type) == ("cell", "process"):
        return False
    if rules is not None and any((lang, depluralize(surface.lower())) in rules.heads for lang in ("en", "zh")):
        return False
    if outer.concept.type == "drug" and rules is not None and before.strip() in rules.prefixes:
        before = ""  # 抗 IL-6 受体抗体: IL-6 受体 is what the drug acts against, no word cut from a prefix
    return surface_language(surface) == "en" or all(len(part.strip()) != 1 for part in (before, after))


# What is left of a name around a family's name inside it when the name is a member's
# (白细胞介素 in 白细胞介素6, 干扰素 in 干扰素γ): a number, a Greek letter, a hyphen.
_NUMBERING = re.compile(r"[\s\-–0-9A-Za-z]{0,2}[0-9αβγδεκωζθλ]+[A-Za-z0-9]?")


def _owner_short_form(m: Match, outer: Found, lexicon) -> str | None:
    """An ambiguous short form inside a longer name, where the longer name says which concept it is:
    the owner of a framed process (``DC`` of ``DC maturation``), or the one reading of the longer
    name's own type (the cells ``TAMs`` of ``M2-like TAMs``, not tamoxifen)."""
    owner = outer.concept.frame[0] if outer.concept.frame else None
    readings = [p.concept_id for p in m.payloads if isinstance(p, AmbiguousName)]
    if owner and owner in readings:
        return owner
    same_type = [c for c in readings if c in lexicon.concepts and lexicon.concepts[c].type == outer.concept.type]
    return same_type[0] if len(same_type) == 1 else None


def _dictionary_term(m: Match, text: str) -> str | None:
    """The concept id of the dictionary's term a match is: a word in lower case inside a longer
    name is no acronym and no short symbol (``coli`` of ``E. coli`` is no ``Col I``)."""
    surface = text[m.start:m.end]
    return next((p.concept_id for p in m.payloads if isinstance(p, Term)
                 and not (all_lower(surface) and _short_symbol(p))), None)


def _short_symbol(term: Term) -> bool:
    """An acronym, or a short name with a capital letter after its first (``Col I``, ``IgG``); a
    word written with a capital (``Notch``, ``Akt``) is no such symbol."""
    return term.acronym or (len(term.key) <= SHORT_NAME and any(c.isupper() for c in term.text[1:]))
