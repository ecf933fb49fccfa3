"""A knock-down word that says a drug or an antibody does it without naming one (``unnamed_agent`` words of
dictionaries/relations/english_parse_words.tsv): ``therapeutic targeting of IL-11 with antibodies``, ``pharmacologic
cathepsin K inhibition``. Read by english_phrases.py where a knock-down word is a subject: the knocked-down name
does not act turned round."""
from __future__ import annotations


def unnamed_agent(ctx, tok) -> bool:
    """``therapeutic targeting of IL-11 with antibodies`` / ``pharmacologic cathepsin K inhibition``: a knock-down
    word that says a drug or an antibody does it (an ``unnamed_agent`` word before it, or after with / using)
    without naming one: the agent is a treatment the text does not name (SPEC 1: where an agent is named, it is
    the factor with the effect as written), so the knocked-down name does not act turned round."""
    vocab = ctx.vocab
    if any(c.i < tok.i and c.dep_ in ("amod", "compound") and vocab.kind("unnamed_agent", c.lower_) is not None
           for c in tok.children):
        return True
    return any(c.dep_ == "prep" and c.i > tok.i and vocab.kind("instrument", c.lower_) is not None
               and vocab.kind("unnamed_agent", o.lemma_.lower()) is not None and ctx.mention(o) is None
               for c in tok.children for o in c.children if o.dep_ == "pobj")
