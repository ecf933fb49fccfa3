"""Names cut from a longer name: an argument that is only part of what the text names (SPEC 1: the
factor and target are what the text names, grounded whole).

- ``cut_class_name`` (a veto of ``english_vetoes``): a class word (cells, cytokines) whose modifier before
  it is written as a name (a capital, a digit or a Greek letter: ``Tγδ17 cells``, ``ILC3 cells``) that no
  mention covers: the text names a particular kind the dictionary does not know, and the class word alone
  would state the claim of every cell. ``dysregulated T cells``, ``these cells``, ``IL-17-producing cells``
  (the name a mention) are not cut.
- ``cut_substrate`` (a veto of ``english_vetoes``): a name written straight onto an enzyme's name by a hyphen
  (``25-hydroxyvitamin D-24-hydroxylase``, ``vitamin D-1α-hydroxylase``): the text names the enzyme, whose
  substrate the name is; a claim on it is the enzyme's.
- ``cut_modifier`` (for ``english_fallback``, the other reader's claims): a name that is only the modifier
  (compound or adjective) of a process noun (a nominalisation: -tion, -sion, -ment) that is no mention and
  that the parse reader reads no owner through (not an aspect, knock-down, quantity, head, filler, change
  or nominal trigger word): ``cause tumor eradication``, ``induces bone decalcification``, ``MSC
  manipulation … can affect``: the name is what that process acts on, not the argument. ``RANKL
  expression``, ``osteoclast precursors recruitment``, ``B cell depletion``, ``antimicrobial defense
  mechanisms`` keep their name.
- ``generic_cells`` and ``unowned_unnamed`` (for ``english_vetoes`` and ``english_fallback`` alike): the bare
  class word for cells as an agent, and an unowned class word that names no member alone (a specific receptor).
"""
from __future__ import annotations

import re

from .english_descriptors import common_words
from .english_phrases import is_class_word

_NAME_SHAPED = re.compile(r"[0-9]|[^\x00-\x7f]")
_CAPITAL = re.compile(r"[A-Z]")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "nummod"})


def cut_class_name(ctx, side, others) -> bool:
    """A class-word argument with a name-shaped modifier before it that no mention covers."""
    if not is_class_word(ctx, side.found):
        return False
    parsed = ctx.parsed
    tokens = parsed.tokens_within(side.found)
    return len(tokens) == 1 and _unknown_name_before(tokens[0], parsed)


def cut_substrate(ctx, side, others) -> bool:
    """A name followed, with no space, by ``-`` (a locant) and an enzyme's word (-ase)."""
    text = ctx.parsed.view.clean.text
    return _ENZYME_AFTER.match(text, side.found.cend) is not None


_ENZYME_AFTER = re.compile(r"-(?:\d+[a-zα-ω]?-)?[A-Za-z]*ase\b")


def _unknown_name_before(tok, parsed) -> bool:
    return any(c.dep_ in _MODIFIERS and c.i < tok.i and c.i not in parsed.mention_at and _name_shaped(c.text)
               for c in tok.children)


def _name_shaped(word: str) -> bool:
    """Written as a name: a digit, a Greek (non-ASCII) letter, or a capital past the first letter (ILC3, Tγδ17)."""
    return bool(_NAME_SHAPED.search(word) or _CAPITAL.search(word[1:]))


def cut_from_longer(tok, parsed, vocab) -> bool:
    """The other reader's argument at ``tok`` is part of a longer name: a class word with an unknown
    name before it (``cut_class_name``), an enzyme's substrate (``cut_substrate``), or the modifier of a noun no mention covers whose owner the parse
    reader does not read (``cut_modifier``)."""
    found = parsed.mention_at.get(tok.i)
    if found is not None and _class_word(found, vocab) and _unknown_name_before(tok, parsed):
        return True
    if found is not None and _ENZYME_AFTER.match(parsed.view.clean.text, found.cend) is not None:
        return True  # (cut_substrate)
    return cut_modifier(tok, parsed, vocab)


def generic_cells(found, vocab) -> bool:
    """The generic cell concept named by its bare class word (cells): as a factor it names no agent
    (english_vetoes.unnamed_cells; the rule-level reader's factor at a token, ``english_fallback``)."""
    return found is not None and found.concept.type == "cell" and _class_word(found, vocab) \
        and found.record.surface.lower() in _CELLS


_CELLS = frozenset({"cells", "cell"})


def unowned_unnamed(found, tokens, vocab) -> bool:
    """A class word that names no member alone (kind ``unnamed``: receptor) with no owner (its, their, X's)
    on ``tokens`` (the parse tokens of its span): ``IL-18 acts by binding to a specific receptor``
    (english_vetoes.unnamed_receptor; the rule-level reader's arguments, ``english_fallback``)."""
    return found is not None and vocab.kind("unnamed", found.record.surface.lower()) is not None and bool(tokens) \
        and not any(t.dep_ == "poss" or any(c.dep_ == "poss" for c in t.children) for t in tokens)


def _class_word(found, vocab) -> bool:
    """``english_phrases.is_class_word`` for a reader with no parse context."""
    classy = found.concept.type == "family" or found.concept.id in vocab.rules.class_words
    return classy and common_words(found.concept.name)


def cut_modifier(tok, parsed, vocab) -> bool:
    """The token is the modifier of a process noun (a nominalisation: rejection, demineralization,
    manipulation) that no mention covers and whose owner the parse reader does not read: the name is
    what that process acts on, not the argument."""
    head = tok.head
    if tok.dep_ not in _MODIFIERS or head.i == tok.i or head.i < tok.i or head.pos_ != "NOUN":
        return False
    word, low = head.lemma_.lower(), head.lower_
    if head.i in parsed.mention_at or not word.endswith(_NOMINALISATION):
        return False
    return not (vocab.aspect(low) or vocab.aspect(word) or vocab.trigger(word, ("noun",))
                or vocab.trigger(low, ("noun",)) or vocab.cue("knockdown", low) or vocab.cue("knockdown", word)
                or any(vocab.kind(k, word) is not None for k in _OWNING))


_NOMINALISATION = ("tion", "sion", "ment", "ization", "isation")
_OWNING = ("quantity", "head", "filler", "change", "change_effect", "knockdown", "treatment", "process_noun",
           "property_noun", "kind_noun", "key_noun", "agent_noun", "role", "effect_noun")
