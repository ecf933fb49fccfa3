"""The other reader's claims that stand in an English sentence the parse reader read nothing in.

The parse reader is the English reader: in a sentence it parsed, the rule-level reader's triples are
dropped (``english_reader.combine``). Where it parsed a sentence yet read no claim in it (a shape no
construction reads, a parse gone wrong), an active claim of the rule-level reader (``en.active``: X
promotes Y; neither hedged nor negated) stands when the parse agrees with it (``stands``):

- its trigger is a verb that heads an active clause (not a passive participle, nor one coordinated with
  a passive: "Stat5 was found to be expressed and activated in neoplasms"): not a participle or compound
  before a noun ("osteoclast activating factors"), not a verb that modifies a noun ("a cytokine mediating…",
  "the ability to induce…"), not an infinitive of purpose ("antagonists to dampen…"); an infinitive
  conjunct is what the verb it is coordinated with is ("X is able to enhance Y and to facilitate Z");
- its factor is the agent of that clause: the subject's head (or a conjunct, apposition or compound
  part of it) of the trigger's own clause, or of the clause a conjunct, an infinitive complement, a
  bare participle ("…, resulting in Y") or a means phrase ("by V-ing Y", words of kind ``means``)
  belongs to; of a relative clause, its antecedent. A clause the parse gives no subject at all
  cannot gainsay the other reader by its subject (but see the last point: a factor in a prepositional phrase);
- its target is a concept the text names, not only its class word (``class_target``: cells, whose
  owner the other reader may have looked for in another clause);
- neither is a name cut from a longer one (``english_cut_names.cut_from_longer``: Tγδ17 cells, tumor
  rejection), and the factor is no bare ``cells`` (``generic_cells``: it names no agent);
- neither is a class word that names no member alone, with no owner (``IL-18 acts by binding to a specific
  receptor``: kind ``unnamed``), which the parse reader's veto dropped (``english_vetoes.unnamed_receptor``);
- its target is in the trigger's object: under the trigger, in no clause of its own (relative,
  adverbial, complement) and under no second preposition but one of kind ``object_link``
  (production of Y); or a noun the parse hung as a compound on a participle of the trigger's
  (``X induces Y proliferation aiding in…``: a compound of a verb, the parse's sign of its error);
- and the parse gives none of the reasons of ``english_fallback_doubts.doubted`` to doubt it: the trigger
  asked about (under a verb of inquiry), the factor not the subject of the copula the trigger completes, a
  factor in a prepositional phrase of a clause with no subject, a factor only knocked down, a target kept
  safe by a verb of protecting.

The same holds, in a sentence the parse reader read claims in, for an active claim on a trigger it read
nothing on, whose factor it read as the agent of another claim of the sentence (``english_reader.combine``):
its lost partner (``Estrogen binds with estrogen receptor to promote…``; ``DKK1 regulates Wnt signaling by
binding to LRP5``).

On the judged passages the other reader's active claims in such sentences were right where the
parse read them so, and wrong where the factor was only named inside the subject ("the ability of
X to…", "targeting X has led to…"), the trigger modified a noun, or the target sat in a clause or
phrase of its own ("lesions that are produced by Th17 cells").
"""
from __future__ import annotations

from .english_cut_names import cut_from_longer, generic_cells, unowned_unnamed
from .english_fallback_doubts import SUBJECTS, among_subjects, doubted
from .english_parse import has_infinitive_to
from .english_which import clause_not_noun

FALLBACK_RULES = frozenset({"en.active"})
# a clause of its own: what stands under it is not the trigger's object
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
NOT_OBJECT = CLAUSES | SUBJECTS | {"agent", "npadvmod"}
# a trigger that modifies a noun or names it: no clause of its own
NOUN_MODIFIER = frozenset({"acl", "amod", "compound"})
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})


def stands(t, parsed, vocab) -> bool:
    """Whether the other reader's triple ``t`` stands in ``parsed``, a sentence the parse reader read
    nothing in (see the module's docstring)."""
    if parsed is None or t.rule not in FALLBACK_RULES or t.hedged or t.negated \
            or vocab.kind("class_target", t.target_name) is not None:
        return False
    factor, trigger, target = (_token(parsed, a, b) for a, b in (
        (t.factor_start, t.factor_end), (t.effect_start, t.effect_end), (t.target_start, t.target_end)))
    if None in (factor, trigger, target) or not _heads_a_clause(trigger, vocab) or _passive(trigger):
        return False
    if cut_from_longer(factor, parsed, vocab) or cut_from_longer(target, parsed, vocab) \
            or generic_cells(parsed.mention_at.get(factor.i), vocab):
        return False  # a name cut from a longer one, bare cells as agent (english_cut_names)
    named = [parsed.mention_at.get(tok.i) for tok in (factor, target)]
    if any(f is not None and unowned_unnamed(f, parsed.tokens_within(f), vocab) for f in named):
        return False  # ``by binding to a specific receptor``: as english_vetoes.unnamed_receptor
    return _agent(factor, trigger, vocab) and _in_object(target, trigger, vocab) \
        and doubted(factor, trigger, vocab, target, t.aspect) is None


def _token(parsed, start: int, end: int):
    """The token of ``parsed`` that heads the document span [start, end), or None."""
    clean = parsed.view.clean
    inside = [i for i, (a, b) in enumerate(parsed.spans) if _overlaps(clean.source_span(a, b), start, end)]
    heads = [i for i in inside if parsed.doc[i].head.i not in inside or parsed.doc[i].head.i == i]
    return parsed.doc[(heads or inside)[0]] if inside else None


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def _heads_a_clause(trigger, vocab) -> bool:
    """A verb that heads a clause (a means phrase's gerund heads one too), or a conjunct of one."""
    if not trigger.tag_.startswith("VB") or trigger.dep_ in NOUN_MODIFIER:
        return False
    tok = trigger
    while True:
        if tok.dep_ == "acl" or (tok.dep_ == "pcomp" and not _means(tok, vocab)):
            return False
        if has_infinitive_to(tok) and tok.dep_ not in ("xcomp", "conj"):
            return False  # an infinitive conjunct (``able to enhance X and to facilitate Y``) is as its head
        if tok.dep_ != "conj":
            return True
        tok = tok.head


def _passive(trigger) -> bool:
    """A passive participle, or one coordinated with a passive (``X was found to be expressed and
    activated in Y``): its subject is what is acted on, never the agent."""
    tok = trigger
    while tok.tag_ == "VBN":
        if any(c.dep_ == "auxpass" for c in tok.children):
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _means(tok, vocab) -> bool:
    """``tok`` is the gerund of a means phrase: by / through / via V-ing."""
    return tok.head.dep_ == "prep" and vocab.kind("means", tok.head.lower_) is not None


def _agent(factor, trigger, vocab) -> bool:
    """The factor is the agent of the trigger's clause (see the module's docstring)."""
    verb, subjects = _clause_subjects(trigger, vocab)
    if verb is None:
        return False
    if verb.dep_ == "relcl" and not subjects:
        antecedent = verb.head
        if clause_not_noun(vocab, verb):
            return False  # ``released into the marrow, which results in…``: not the place's (english_which)
        if _within(factor, antecedent):
            return True
        if antecedent.dep_ not in ("dobj", "attr"):
            return False
        # "X produces a protein that activates Y": the subject of the verb whose object it is
        subjects = [c for c in antecedent.head.children if c.dep_ in SUBJECTS]
    if not subjects:  # a clause the parse gives no subject cannot gainsay the other reader, if a clause
        return verb.tag_.startswith(("VB", "JJ"))
    return among_subjects(factor, subjects)


def _clause_subjects(trigger, vocab):
    """The verb whose subjects are the trigger's agents, and those subjects ([] for a relative
    clause's pronoun, or where the parse gives none): the trigger's own, else those of the verb a
    conjunct, an infinitive complement, a bare participle or a means phrase belongs to; (None, [])
    past eight such steps (a parse that loops)."""
    verb = trigger
    for _ in range(8):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if verb.dep_ == "relcl" and all(s.tag_ in RELATIVE_PRONOUN_TAGS for s in subjects):
            return verb, []
        if subjects:
            return verb, subjects
        if verb.dep_ in ("conj", "xcomp") or _bare_participle(verb):
            verb = verb.head
        elif verb.dep_ == "pcomp" and _means(verb, vocab):
            owner = verb.head.head
            verb = owner.head if owner.dep_ == "acomp" else owner
        else:
            return verb, []
    return None, []


def _bare_participle(verb) -> bool:
    """``…, resulting in Y``: a participle clause with no subject nor conjunction of its own."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def _within(tok, top) -> bool:
    """``tok`` is ``top`` or stands under it in no clause of its own."""
    while tok.i != top.i:
        if tok.dep_ in CLAUSES or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _in_object(target, trigger, vocab) -> bool:
    """The target stands in the trigger's object (see the module's docstring)."""
    tok = target
    while tok.i != trigger.i:
        if _object_as_compound(tok, trigger):
            return True
        if tok.head.i == tok.i or tok.dep_ in NOT_OBJECT:
            return False
        if tok.dep_ == "prep" and tok.head.i != trigger.i and vocab.kind("object_link", tok.lower_) is None:
            return False
        tok = tok.head
    return True


def _object_as_compound(tok, trigger) -> bool:
    """``IL-22 induces epithelial cell proliferation aiding in…``: the parse hung the trigger's object noun as a
    compound on the participle after it (a compound of a verb: the parse's own sign of its error), the
    participle on the trigger: the noun is the trigger's object."""
    verb = tok.head
    return tok.dep_ == "compound" and tok.tag_.startswith("NN") and verb.tag_ in ("VBG", "VBN") \
        and verb.i > tok.i and verb.head.i == trigger.i
