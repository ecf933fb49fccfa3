"""Where the parse gainsays the rule-level reader's active claim in a sentence the parse reader read nothing in,
beyond ``english_fallback.stands``'s own tests (which let a clause the parse gives no subject stand: a parse
with no subject cannot gainsay); each reason read on the parse of the sentence:

- ``asked``: the trigger stands under a verb of inquiry or after ``whether`` / ``if`` (``we investigated how
  X contributes to Y``, ``to test how X would affect Y``): the sentence asks, it does not state; the parse
  reader drops its own claims so (``english_clauses.asked``), the rule-level reader's do not stand either.
  A participle of result on the verb of inquiry (``X was tested in mice, thereby enhancing Y``), or a relative
  clause on its subject (``X usage, which induces Y, was tested``) is no question.
- ``copula_subject``: a trigger that is the complement of a copula or a verb of seeming (``X is able to
  enhance Y``, ``pigmentation of larvae infected with X appeared increased``: acomp) has the copula's
  subject for its own; a factor that is not that subject (nor a conjunct, apposition or compound part of it)
  is not the agent.
- ``in_a_phrase``: in a clause the parse gives no subject at all, a factor the parse hung in a prepositional
  phrase of the clause (``In human, genetic defects of TREM-2 and DAP12 result in a rare syndrome``: the
  subject swallowed by ``In``) is the object of a noun or of a setting, never the agent: the parse did not
  find the agent, so its failing cannot speak for the other reader's pick.
- ``knocked_down``: a factor named only as what a noun of knock-down takes away (``STAT3 inhibition has been
  tested…, resulting in tumor regression``, ``deletion of X leads to Y``: cue ``knockdown`` in cues.tsv and
  english_parse_words.tsv): SPEC reads X's own effect turned round, which the parse reader's knock-down
  readings give and the rule-level reader's active claim does not (it reads X as acting as written).
- ``protected``: the target is the direct object of a verb of protecting (``IL-22 protects epithelial cells against
  injury``: kind ``protection``) with no aspect (``protects osteoblasts from apoptosis``: their apoptosis stands):
  what is kept safe, as ``english_vetoes.protected_object`` drops it.
"""
from __future__ import annotations

from .english_clauses import under_inquiry

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# a part of the subject that names it too: "IL-17A and IL-17F", "IL-17, a cytokine,", "the IL-6 gene"
SUBJECT_PARTS = frozenset({"conj", "appos", "compound"})
# the trigger's own clause: the links that keep a word in it on the way up to the verb
CLAUSE_LINKS = frozenset({"conj", "xcomp", "acomp"})


def doubted(factor, trigger, vocab, target=None, aspect=None) -> str | None:
    """The name of the reason the parse gainsays the claim of ``factor`` through ``trigger`` (on ``target``, with
    ``aspect``), or None."""
    if target is not None and aspect is None and kept_safe(target, trigger, vocab):
        return "protected"
    if _asked(trigger, vocab):
        return "asked"
    if _not_copula_subject(factor, trigger):
        return "copula_subject"
    if _in_a_phrase(factor, trigger):
        return "in_a_phrase"
    if _knocked_down(factor, vocab):
        return "knocked_down"
    return None


def _asked(trigger, vocab) -> bool:
    """As ``english_clauses.asked``, with the path from the trigger up to the verb of inquiry passing no adverbial
    clause: a participle of result hung on a verb of inquiry (``X was tested in mice, thereby enhancing Y``)
    says what came of it (``to test how X affects Y, we…`` still asks: the adverbial clause is the inquiry's); nor a
    subject (``X usage, which induces Y, was tested``: the relative clause says what the tested thing is)."""
    return under_inquiry(trigger, vocab, _result_or_subject)


def _result_or_subject(tok) -> bool:
    """A result of the inquiry, or said of its subject (``X usage, which induces Y, was tested``)."""
    return tok.dep_ == "advcl" or tok.dep_ in SUBJECTS


def _complement_head(trigger):
    """The copula (or verb of seeming) whose complement (acomp) the trigger is or stands in, else None:
    ``is able to enhance`` (enhance: xcomp of able, able: acomp of is)."""
    chain = _clause_chain(trigger)
    return next((tok.head for tok in chain[:-1] if tok.dep_ == "acomp"), None)


def _not_copula_subject(factor, trigger) -> bool:
    """The trigger is a copula's complement, the copula has a subject, and the factor is no part of it."""
    copula = _complement_head(trigger)
    if copula is None:
        return False
    subjects = [c for c in copula.children if c.dep_ in SUBJECTS]
    if not subjects:
        return False
    return not among_subjects(factor, subjects)


def among_subjects(factor, subjects) -> bool:
    """The factor is one of ``subjects``, or a conjunct, apposition or compound part of one (also
    ``english_fallback._agent``'s test)."""
    head = factor
    while head.dep_ in SUBJECT_PARTS and head.head.i != head.i:
        head = head.head
    return any(head.i == s.i for s in subjects)


def _clause_chain(trigger) -> list:
    """The trigger and the words above it up to the verb whose clause it heads or is a conjunct / complement of
    (CLAUSE_LINKS, at most six steps up): that verb last."""
    chain = [trigger]
    while chain[-1].dep_ in CLAUSE_LINKS and chain[-1].head.i != chain[-1].i and len(chain) <= 6:
        chain.append(chain[-1].head)
    return chain


def _in_a_phrase(factor, trigger) -> bool:
    """A clause with no subject (none on the trigger's verb nor on the verbs it is a conjunct or complement
    of), a finite verb, and the factor under a preposition of that clause."""
    chain = _clause_chain(trigger)
    verb = chain[-1]
    if any(c.dep_ in SUBJECTS for v in chain for c in v.children) or verb.dep_ in ("relcl", "acl"):
        return False
    if not any(v.tag_ in ("VBZ", "VBP", "VBD") for v in chain):
        return False
    tok, steps = factor, 0
    while tok.i != verb.i and tok.head.i != tok.i and steps < 12:
        if tok.dep_ == "prep":
            return True
        tok, steps = tok.head, steps + 1
    return False


def _knocked_down(factor, vocab) -> bool:
    """The factor is a compound of, or the of-object of, a noun of knock-down (inhibition, blockade, deletion)."""
    tok = factor
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
    elif tok.dep_ == "compound":
        noun = tok.head
    else:
        return False
    return noun.pos_ in ("NOUN", "PROPN") and vocab.cue("knockdown", noun.lemma_)


def kept_safe(target, trigger, vocab) -> bool:
    """The target (or the noun it is a conjunct or modifier of) is the direct object of a verb of protecting
    (also ``english_vetoes.protected_object``'s test, token by token)."""
    if vocab.kind("protection", trigger.lemma_) is None:
        return False
    tok = target
    while tok.dep_ in ("conj", "compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.i == trigger.i
