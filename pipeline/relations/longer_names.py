"""Chinese: a name read where the text names something else (stage ``claim``, and every claim as
it is written, ``emit``): no claim of it or on it.

- ``zh.hyphen_part``: a name written hyphen-joined to a letter or character before or after it
  (``MyD88-IRAK-TRAF6 介导的…``, ``与α链-IL-5复合物结合``, ``mbIL6R-less 细胞``) is a piece of a
  longer name (a chain, a complex, a variant) the dictionaries do not know; the claim is the
  longer name's, never the piece's.
- ``zh.qualifier_part``: A + a compound qualifier written against it and a noun or a name after it,
  no 的 between (``肿瘤衍生因子``, ``嗜酸性粒细胞相关免疫应答``): the qualifier makes one longer
  name (an A-derived factor, an A-associated response); neither A nor the head alone is what the
  clause speaks of.
- ``zh.origin_part``: A + a compound qualifier + 的 + a noun or a name (``上皮细胞来源的细胞因子``,
  ``肿瘤相关的巨噬细胞``): A says where the head comes from or what it goes with (a cell or tissue of
  origin); A is no argument of the claim (the head, where it is one, is: ``qualifier_head``, ``qualified_object``).
- ``zh.bare_head``: the bare class word 细胞 written right after a plain noun that no dictionary names
  (``机体细胞``, ``促进机体细胞和免疫细胞反应``): it heads a longer cell name nobody listed; the
  claim is that name's, never cells in general (a phrase of new_names.tsv, ``气道结构细胞``, is read
  whole where examples do not follow it: ``chinese_phrase_heads.py``).
- ``zh.unspecific_generic``: a generic class word (``generic_class`` of words.tsv: 受体, 信号通路)
  after an unspecific or relative word (unspecific cue: 多种, 不同类型的, 下游的): no particular
  receptor or pathway is named, whatever the claim's direction (``unspecific_class`` already drops
  the claims without one); unless its members are listed right after it (examples stand for it). So is
  one after a determiner (``该受体``) that the anaphor resolver left generic: it found no receptor it names.
"""
from __future__ import annotations

import re

from ..names.mentions import Found
from .engine import GO_ON, construction
from .items import Item
from .state import Claim, Reader, is_class_word, is_generic_cell


def _item_of(r: Reader, found: Found) -> int | None:
    """The index of ``found``'s item in the sentence (found once per name; every test below takes it)."""
    return next((k for k, x in enumerate(r.items)
                 if x.kind == "ENT" and x.start == found.cstart and x.end == found.cend), None)


_WORD = re.compile(r"[A-Za-z]+")


def hyphen_part(r: Reader, found: Found, k: int | None) -> bool:
    """``IRAK-TRAF6``: a hyphen (words.tsv hyphen) between the name and a letter, digit or character
    before it, or a letter or digit after it (``mbIL6R-less``); not a participle (``TNF-α-induced``,
    ``LPS-诱导的``: the hyphen joins the name to the verb that says what it does)."""
    text = r.view.clean.text
    a, b = found.cstart, found.cend
    before = a >= 2 and r.data.marks(r.lang, text[a - 1]) >= {"hyphen"} and text[a - 2].isalnum()
    after = b + 1 < len(text) and r.data.marks(r.lang, text[b]) >= {"hyphen"} and text[b + 1].isascii() \
        and text[b + 1].isalnum() and not _participle_at(r, text, b + 1)
    return before or after


def _participle_at(r: Reader, text: str, at: int) -> bool:
    """The English word at ``at`` says what the name before it does: a participle (``past_ending``,
    ``gerund_ending`` of words.tsv: ``-induced``, ``-binding``) or a modifier trigger (``-dependent``,
    ``-driven`` of triggers.tsv)."""
    m = _WORD.match(text, at)
    word = m.group().lower() if m else ""
    endings = r.data.words_of("past_ending", "en") + r.data.words_of("gerund_ending", "en")
    trigger = r.data.triggers.get(("en", word))
    return any(word.endswith(e) and len(word) > len(e) for e in endings) or \
        (trigger is not None and trigger.form == "modifier")


def _glued(x: Item, y: Item) -> bool:
    return x.end == y.start


def qualifier_part(r: Reader, found: Found, k: int | None) -> bool:
    """``肿瘤衍生因子`` (the name before the qualifier) or ``嗜酸性粒细胞相关免疫应答`` (the name after it)."""
    if k is None:
        return False
    items = r.items
    nxt = items[k + 1] if k + 1 < len(items) else None
    then = items[k + 2] if k + 2 < len(items) else None
    if nxt is not None and then is not None and nxt.is_a("compound_qualifier") and _glued(items[k], nxt) \
            and _glued(nxt, then) and then.kind in ("ENT", "WORD") and then.pos.startswith("n"):
        return True
    prev = items[k - 1] if k >= 1 else None
    first = items[k - 2] if k >= 2 else None
    return prev is not None and first is not None and prev.is_a("compound_qualifier") and first.kind == "ENT" \
        and _glued(first, prev) and _glued(prev, items[k])


def origin_part(r: Reader, found: Found, k: int | None) -> bool:
    """``ILC2被上皮细胞来源的细胞因子激活``: the epithelial cells are where the cytokines come from, not an agent."""
    if k is None or k + 3 >= len(r.items):
        return False
    qualifier, de, head = r.items[k + 1:k + 4]
    return qualifier.is_a("compound_qualifier") and _glued(r.items[k], qualifier) and de.kind == "DE" \
        and (head.kind == "ENT" or head.kind == "WORD" and head.pos.startswith("n"))


def bare_head(r: Reader, found: Found, k: int | None) -> bool:
    """``ILC2促进机体细胞和免疫细胞反应``: no claim on cells in general (the immune cells' stands)."""
    if k is None or k == 0 or not is_generic_cell(r, found.concept):
        return False
    before = r.items[k - 1]
    return before.kind == "WORD" and before.pos.startswith("n") and before.is_a("noun_pos") and _glued(before, r.items[k])


def unspecific_generic(r: Reader, found: Found, k: int | None) -> bool:
    """``激活下游的信号通路`` / ``与不同类型的受体结合`` / ``激活多种信号通路``; ``IL-4 与该受体结合`` where
    the anaphor resolver left 该受体 the generic receptor (it found no one it stands for)."""
    if k is None or not r.items[k].is_a("generic_class") or not is_class_word(r, found.concept.id):
        return False
    if k >= 1 and r.items[k - 1].is_a("anaphor_det") and _glued(r.items[k - 1], r.items[k]):
        return True
    j = k - 1
    while j >= 0 and k - j <= 3 and (r.items[j].kind == "DE" or r.items[j].kind == "WORD" and not r.items[j].cues):
        j -= 1
    return j >= 0 and k - j <= 3 and r.items[j].has("unspecific") and not _examples_after(r, found, k)


def _examples_after(r: Reader, found: Found, k: int) -> bool:
    """``激活多种信号通路，途径包括 NF-κB…`` / ``触发下游信号通路(PI-3K、NF-κB…)``: the members are
    listed right after it (a bracket, even one read as an aside, or an example cue a few words on)."""
    if r.view.clean.text[found.cend:found.cend + 2].lstrip()[:1] in ("(", "（"):
        return True
    nxt = r.items[k + 1:k + 5]
    return bool(nxt) and nxt[0].kind == "OPEN" or any(x.has("example") or x.is_a("includes") for x in nxt)


VETOES = (("zh.hyphen_part", hyphen_part), ("zh.qualifier_part", qualifier_part),
          ("zh.unspecific_generic", unspecific_generic), ("zh.origin_part", origin_part),
          ("zh.bare_head", bare_head))


def vetoed(r: Reader, found: Found) -> str | None:
    """The name of the record that says ``found`` is no argument here, or None."""
    if r.lang != "zh":
        return None
    k = _item_of(r, found)
    return next((name for name, test in VETOES if test(r, found, k)), None)


def kept(r: Reader, args) -> list:
    """The args whose names are arguments here (``emit``: whoever read the claim)."""
    return [a for a in args if vetoed(r, a.found) is None]


def _claim_veto(r: Reader, name: str, q: Claim, test) -> object:
    factors = [a for a in q.factors or () if test(r, a.found, _item_of(r, a.found))]
    targets = [a for a in (q.target.args if q.target is not None else ()) if test(r, a.found, _item_of(r, a.found))]
    if not factors and not targets:
        return None
    return GO_ON if q.without(factors, targets) else q.after


@construction("zh.hyphen_part")
def hyphen_record(r: Reader, name: str, q: Claim):
    return _claim_veto(r, name, q, hyphen_part)


@construction("zh.qualifier_part")
def qualifier_record(r: Reader, name: str, q: Claim):
    return _claim_veto(r, name, q, qualifier_part)


@construction("zh.unspecific_generic", needs=("unspecific|anaphor_det",))
def unspecific_record(r: Reader, name: str, q: Claim):
    return _claim_veto(r, name, q, unspecific_generic)


@construction("zh.origin_part", needs=("compound_qualifier", "DE"))
def origin_record(r: Reader, name: str, q: Claim):
    return _claim_veto(r, name, q, origin_part)


@construction("zh.bare_head")
def bare_head_record(r: Reader, name: str, q: Claim):
    return _claim_veto(r, name, q, bare_head)
