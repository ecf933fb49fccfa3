"""Claims read from an English parse, and the registry of the constructions that read them.

A construction is a function ``(ctx, token) -> list[Claim]`` registered under
its name (``en.dep.passive_agent``); each has a record in
``dictionaries/relations/english_constructions.tsv`` with its order, its
pattern in words, a real example sentence and the triple it must give. The
records decide the order in which the constructions run (the first reading
of a triple is the one kept); a record without a function, or a function
without a record, is an error that names the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..dictionary.lexicon import DictionaryError

REGISTRY: dict[str, Callable] = {}
# where a construction can read a claim (``construction``'s words and deps), by its name
GATES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
TRIGGER = "trigger"  # the kind of word ``words`` names for the first word of a trigger of triggers.tsv
# the effect a nominal trigger under a verb takes, by the verb's polarity (``leads to the inhibition of X``)
_INVERSE = {
    "promotes": "inhibits", "activates": "inhibits", "induces": "inhibits", "upregulates": "downregulates",
    "inhibits": "promotes", "downregulates": "upregulates", "binds": "binds", "regulates": "regulates",
}
_POLARITY = {"promotes": 1, "activates": 1, "upregulates": 1, "induces": 1,
             "inhibits": -1, "downregulates": -1, "binds": 0, "regulates": 0}


@dataclass(frozen=True)
class Claim:
    """What a construction read: factors act on targets through the word ``trigger``."""

    rule: str
    trigger: object  # the spaCy token that states the effect
    effect: str
    factors: tuple  # english_phrases.Side
    targets: tuple
    negated: bool = False
    hedged: bool = False
    mediators: tuple = ()
    aspect: str | None = None  # the aspect the trigger word itself implies (stimulate: activity)
    defer: bool = False  # a nominal target states the effect itself (``a role in the activation of X``)

    def effect_on(self, target) -> str:
        """The effect the claim states on one of its targets: the target's own where the claim defers to it,
        else the trigger's combined with it."""
        return target.effect if self.defer and target.effect else combined(self.effect, target.effect)


def construction(name: str, words: tuple[str, ...] = (), deps: tuple[str, ...] = ()):
    """Register the function that reads construction ``name``. ``words`` and ``deps`` say where it can
    read a claim, as data for the reader's dispatch (``english_reader.Dispatch``): on a token one of
    whose forms (its word, its lemma, the parts after a hyphen, a mention's last word; each also
    without a final s) is a word of one of the kinds ``words`` (english_parse_words.tsv or cues.tsv;
    ``trigger``: the first word of a trigger of triggers.tsv), or whose dependency label is one of
    ``deps``; with neither, on every token. The function is asked of no other token, so the
    declaration must hold of every claim it reads (it spares the asking; the function still checks)."""
    def register(fn: Callable) -> Callable:
        if name in REGISTRY:
            raise ValueError(f"construction {name} registered twice")
        REGISTRY[name] = fn
        if words or deps:
            GATES[name] = (frozenset(words), frozenset(deps))
        return fn
    return register


def ordered(constructions, where: str) -> list[tuple[str, Callable]]:
    """The registered functions in the order of the records; both sets must agree."""
    names = [c.name for c in constructions]
    missing = [n for n in names if n not in REGISTRY]
    unlisted = sorted(set(REGISTRY) - set(names))
    if missing or unlisted:
        raise DictionaryError(f"{where}: constructions without a function: {', '.join(missing) or 'none'}; "
                              f"functions without a record: {', '.join(unlisted) or 'none'}")
    return [(n, REGISTRY[n]) for n in names]


def inverse(effect: str) -> str:
    """The effect with its direction turned round (promotes: inhibits); none for binds or regulates."""
    return _INVERSE[effect]


def combined(outer: str, inner: str | None) -> str:
    """The effect of a verb on a nominal trigger (``promotes the activation of X``: activates;
    ``blocks the activation of X``: inhibits); the verb's own when there is none, or when the nominal is
    a binding, which is what the binder does (``IL-1Ra prevents the binding of IL-1α to IL-1R1``: IL-1Ra
    inhibits IL-1α; ``promotes the binding of STAT5 to DNA``: activates STAT5)."""
    if inner is None or inner == "binds" and _POLARITY[outer] <= 0:
        return outer
    if inner == "binds":
        return "activates"
    sign = _POLARITY[outer]
    if sign == 0:
        return "regulates" if _POLARITY[inner] else inner
    return inner if sign > 0 else _INVERSE[inner]
