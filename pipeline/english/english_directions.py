"""The direction the words before a role or effect noun give it (``polarity`` and ``prefix`` words of
dictionaries/relations/english_parse_words.tsv): ``protective role`` inhibits, ``a positive effect`` promotes,
``anti-anabolic effects`` inhibits, ``pro-tumorigenic role`` promotes; words of opposite signs joined by a
conjunction (``both positive and negative effects``) give none (regulates). Read by english_nominals.py
(en.dep.role, en.dep.effect_on) and english_role_gerunds.py."""
from __future__ import annotations

from .english_context import Context
from ..relations.data import EFFECTS


def polarity(ctx: Context, noun, default: str) -> str:
    """The direction the words before a role or effect noun give it (``protective role``:
    inhibits; ``anti-anabolic effects``: inhibits; ``pro-tumorigenic role``: promotes)."""
    for c in noun.children:
        if c.dep_ not in ("amod", "compound") or c.i > noun.i:
            continue
        word = c.lower_
        value = ctx.vocab.kind("polarity", word)
        if value:
            return _joined_polarity(ctx, c, value)
        for prefix in ("anti", "pro"):
            if word.startswith(prefix) and len(word) > len(prefix) + 3:
                return ctx.vocab.kind("prefix", prefix) or default
        hyphen = c.i + 2 < len(c.doc) and c.doc[c.i + 1].text == "-" and c.lower_ in ("anti", "pro")
        if hyphen:
            return ctx.vocab.kind("prefix", c.lower_) or default
    return default


def _joined_polarity(ctx: Context, word, value: str) -> str:
    """``both positive and negative effects of X on Y``: direction words of opposite signs joined by a
    conjunction give no direction (regulates); one word, or words that agree, keep theirs."""
    signs = {EFFECTS.get(v, 0) for v in [value] + [ctx.vocab.kind("polarity", w.lower_) for w in word.conjuncts]
             if v}
    return "regulates" if {1, -1} <= signs else value
