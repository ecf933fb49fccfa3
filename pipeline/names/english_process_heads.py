"""``fibroblast senescence``, ``neutrophil adhesion``, ``muscle-bone crosstalk``: an English phrase whose head word
is a process head (a ``head`` row of type process in ``dictionaries/new_names.tsv``) that the dictionary also
names alone (senescence, cell adhesion), after a known name: the phrase names the process of that name, and is
read in place of both (``overlapping_phrases._names_only_modify``); a disease head (``liver fibrosis``) keeps its
names."""
from __future__ import annotations

from ..textnorm import depluralize


def process_of_names(text: str, phrase, names: list, head, rules) -> bool:
    """Whether ``phrase`` (its head word the match ``head``) is a process head named alone by the dictionary,
    right after known names and nothing else (``RANKL-induced resorption`` is a claim of RANKL's, no name)."""
    if rules is None or phrase.concept.type != "process":
        return False
    word = head.group().lower()
    if rules.en_head(word) != "process" and rules.en_head(depluralize(word)) != "process":
        return False
    at_head = [g for g in names if (g.cstart, g.cend) == head.span()]
    if len(at_head) != 1 or at_head[0].concept.type != "process":
        return False
    before = [g for g in names if g is not at_head[0]]
    if not before or not all(phrase.cstart <= g.cstart and g.cend <= head.start() for g in before):
        return False
    rest = list(text[phrase.cstart:head.start()])
    for g in before:
        rest[g.cstart - phrase.cstart:g.cend - phrase.cstart] = [" "] * (g.cend - g.cstart)
    return not "".join(rest).strip(" -/")
