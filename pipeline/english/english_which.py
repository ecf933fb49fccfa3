"""``which`` that takes up a whole clause, not the noun before it.

- **Agreement.** ``… by releasing additional cytokines which leads to a cytokine storm``: a relative
  verb in the singular (-s) cannot have a plural noun (and no list) for its subject: ``which`` takes up
  the clause the noun ends, and the clause's subject acts (the cells that release the cytokines). The
  dependency reader's antecedent reads this itself (``english_clauses._antecedent``, which also takes
  ``that`` and a listed noun); ``takes_up_clause`` is the rule-level reader's (``clause_not_noun``).
- **A place** (words of kind ``place`` in english_parse_words.tsv: in, within, into): ``factors are
  released into the bone marrow microenvironment, which results in …``: a place does nothing;
  ``english_clauses._antecedent`` reads the clause's subject, and the rule-level reader's claim of the
  place stands no more (``english_fallback``, ``clause_not_noun``).
"""
from __future__ import annotations


def takes_up_clause(verb, noun) -> bool:
    """Whether the relative clause of ``verb`` (its subject ``which``) is about the clause ``noun`` ends,
    by agreement: a verb in -s after a plural noun that heads no list and is in none."""
    if verb.tag_ != "VBZ" or noun.tag_ != "NNS" or noun.dep_ == "conj":
        return False
    if any(c.dep_ == "conj" for c in noun.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in verb.children)


def clause_not_noun(vocab, verb) -> bool:
    """Whether the relative clause ``verb`` heads is about the clause before it, not about the noun the
    parser hung it on: by agreement (``takes_up_clause``), or after a place (``into the bone marrow,
    which results in…``: words of kind ``place``)."""
    noun = verb.head
    if takes_up_clause(verb, noun):
        return True
    return noun.dep_ == "pobj" and vocab.kind("place", noun.head.lower_) is not None and noun.head.head.i != noun.head.i
