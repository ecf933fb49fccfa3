"""Subjects and flags on an English dependency parse (the second and third things the constructions
of ``english_reader`` ask; noun phrases are ``english_phrases``).

- **Who the subject of a verb is** (``subject_head``): its own ``nsubj``; the
  antecedent of a relative clause or of a participle; the subject of the verb
  it is coordinated with, or whose complement or means (``by inducing``) it is.
- **How the claim is stated** (``negated``, ``hedged``, ``asked``, ``mediators``).
"""
from __future__ import annotations

from .english_context import SUBJECTS, Context, Side
from .english_coordination import clause_verb_before, subject_after_pair, verb_past_participle
from .english_parse import has_infinitive_to
from .english_phrases import sides


# --- subjects -----------------------------------------------------------------

def subject_head(ctx: Context, tok) -> tuple[object, str]:
    """The token heading the subject of the verb (or adjective) ``tok`` and how it was
    found: ``own`` (its ``nsubj``, or the subject of the verb it is coordinated with,
    complements or is the means of) or ``relative`` (the antecedent of a relative clause
    or a participle); ``(None, '')`` when there is none."""
    if (clause := _result_clause(ctx, tok)) is not None:
        return subject_head(ctx, clause)  # ``X are cells with … against T cells thereby promoting Y``: X's result
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    if subjects:
        # ``Co - treatment with X augmented…``: of the words the parser took each for a
        # subject, the one nearest the verb before it heads the phrase
        before = [c for c in subjects if c.i < tok.i]
        child = before[-1] if before else subjects[0]
        if child.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            return _antecedent(ctx, tok), "relative"
        return child, "own"
    for child in tok.children:
        if child.dep_ == "ccomp" and child.i < tok.i and any(t.text in (";", ",") for t in tok.doc[child.i:tok.i]):
            # ``X triggers A; plays B; inhibits C``: the parser hung the first verb on the second
            head, how = subject_head(ctx, child)
            if head is not None:
                return head, how
    dep = tok.dep_
    if dep == "ccomp" and (participle := _participle_before(tok)) is not None:
        return subject_head(ctx, participle)
    if dep in ("acl", "relcl") and _purpose(tok) and ctx.vocab.kind("ability", tok.head.lemma_) is not None:
        return _able(ctx, tok.head)
    if dep == "acl" and tok.tag_ == "VBG" and (verb := _result_of_clause(ctx, tok)) is not None:
        return subject_head(ctx, verb)  # ``X inhibits A leading to B``: the result is the clause's
    if dep in ("relcl", "acl") and _purpose(tok) and (verb := verb_of_object(ctx, tok.head)) is not None:
        return subject_head(ctx, verb)  # ``NETs activate the coagulation pathway to promote thrombosis``
    if dep == "relcl" or dep == "acl" and tok.tag_ == "VBG":
        return _antecedent(ctx, tok), "relative"
    if dep == "conj" and tok.tag_ == "VBG" and tok.head.tag_ != "VBG" and _means_before(ctx, tok):
        return means_subject(ctx, tok.head)  # ``… escape Y by impairing A and reducing B``: a second means
    if (clause := clause_verb_before(ctx, tok)) is not None:
        return subject_head(ctx, clause)  # ``show that X inhibits A, and induces B``: the that-clause's verb
    if (after := subject_after_pair(ctx, tok)) is not None:
        return after, "own"  # ``express both A and B, and the ratio of A to B controls C``
    if (verb := verb_past_participle(tok)) is not None:
        return subject_head(ctx, verb)  # ``inhibits A induced by B and attenuates C``
    if dep in ("conj", "xcomp", "acomp", "attr") and tok.head.i != tok.i:
        return subject_head(ctx, tok.head)
    if dep == "pcomp" and tok.head.lower_ == "from":
        return None, ""  # ``OPG prevents RANKL from binding to RANK``: what is prevented is no claim of OPG's
    if dep in ("pcomp", "advcl") and tok.tag_ == "VBG" or dep == "advcl" and _purpose(tok):
        # ``X inhibits Y by inducing Z``: the means has the clause's subject
        verb = _governing_verb(tok)
        if verb is not None and dep == "pcomp":
            return means_subject(ctx, verb, tok.head.lower_ == "by")
        return subject_head(ctx, verb) if verb is not None else (None, "")
    return None, ""


def _result_clause(ctx: Context, participle):
    """``MDSCs are cells with suppressive capacity against NK cells and T cells thereby promoting cancer``:
    a participle of result (an adverb of kind ``result_adverb`` on it: thereby, thus, hence) states what the
    clause before it brings about, whatever noun before it the parser read as its subject or hung it on: the
    verb of that clause; None otherwise."""
    if participle.tag_ != "VBG" or participle.head.i == participle.i or not any(
            c.dep_ == "advmod" and ctx.vocab.kind("result_adverb", c.lower_) is not None for c in participle.children):
        return None
    if participle.dep_ in ("advcl", "conj") and participle.head.pos_ in ("VERB", "AUX"):
        return participle.head if any(c.dep_ in SUBJECTS for c in participle.children) else None
    if participle.dep_ != "acl":
        return None
    verb = _up_to_verb(participle.head, steps=12)
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _up_to_verb(tok, steps: int | None = None):
    """``tok`` or the nearest verb above it; where there is none (or none within ``steps`` heads), the
    last token reached: the root, or the token ``steps`` heads up."""
    climbed = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and (steps is None or climbed < steps):
        tok, climbed = tok.head, climbed + 1
    return tok


def _participle_before(verb):
    """``…demonstrate that miR-155 derived from tumor cells promotes Y``: the parser read the participle
    of a reduced relative clause (no object, a preposition after it) as the verb of the that-clause and
    hung the real verb beside it with no subject; the participle's subject is the verb's."""
    before = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not before:
        return None
    last = before[-1]
    words = {c.dep_ for c in last.children}
    if last.tag_ not in ("VBD", "VBN") or "dobj" in words or not words & {"prep", "agent"} \
            or not words & {"nsubj", "nsubjpass"} or any(t.dep_ == "cc" or t.text in (",", ";")
                                                         for t in verb.doc[last.i:verb.i]):
        return None
    return last


def _result_of_clause(ctx: Context, participle):
    """``DKK1 inhibits osteoblast differentiation leading to decreased bone formation``: a participle of
    result (words of kind ``result``: leading to, resulting in) the parser hung on the object of a verb
    states what the clause brings about: that verb, whose subject it has; None otherwise."""
    if ctx.vocab.kind("result", participle.lemma_.lower()) is None:
        return None
    noun = participle.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX"):
        return verb
    # ``TNF-α stimulates osteoclast differentiation, resulting in…`` read as a headline: the finite verb
    # the parser hung on the noun as a modifier
    return next((c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod")
                 and c.tag_ in ("VB", "VBZ", "VBP", "VBD")), None)


def means_subject(ctx: Context, verb, by: bool = False) -> tuple[object, str]:
    """The subject of the means (by V-ing) of ``verb``: the verb's own, or, where the verb heads the
    complement of a verb of enabling, that verb's (``X ensures that cells survive by inducing Z``: X).
    A passive verb's means after ``by`` is its agent's (``arthritis is treated by blocking TNF``: no one
    named); ``X can be blocked without affecting Y`` says something of X's blockade, read as X's."""
    if by and any(c.dep_ == "nsubjpass" for c in verb.children):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return (agents[0], "own") if agents else (None, "")
    return subject_head(ctx, verb.head if _enabled(ctx, verb) else verb)


def _means_before(ctx: Context, tok) -> bool:
    """A means (by + gerund, or a gerund hung as an adjective on by's object) on the head of ``tok``
    before it: the gerund coordinated with that verb is a second means."""
    for prep in tok.head.children:
        if prep.dep_ == "prep" and tok.head.i < prep.i < tok.i and ctx.vocab.kind("means", prep.lower_) == "":
            if any(t.tag_ == "VBG" and t.i > prep.i for t in prep.subtree):
                return True
    return False


def _enabled(ctx: Context, verb) -> bool:
    """``X allows cells to survive by inducing Z`` / ``X ensures that tumours escape … by impairing Z``:
    a clause with its own subject, the complement of a verb of enabling, whose subject is the one
    that does the means (words of kind ``enabling``)."""
    return (verb.dep_ == "ccomp" and verb.head.i != verb.i and any(c.dep_ in SUBJECTS for c in verb.children)
            and ctx.vocab.kind("enabling", verb.head.lemma_) is not None)


def _able(ctx: Context, noun) -> tuple[object, str]:
    """``the ability of X to induce Y`` / ``X's capacity to`` / ``X has the ability to``: who has the
    ability (words of kind ``ability``) is the subject of its infinitive, which states what X does."""
    owners = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
              for o in c.children if o.dep_ == "pobj"]
    owners += [c for c in noun.children if c.dep_ == "poss" and ctx.mention(c) is not None]
    if owners:
        return owners[0], "ability"
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if pronoun is not None:
        # ``X is renowned (known) for its ability to drive Y``: its is the clause's subject (not that of
        # a passive whose agent the ability is, which is acted on: ``Y is explained by its ability…``);
        # else what the pronoun names (``Y is explained by its ability…``: the name before it)
        verb = _governing_verb(noun)
        head, how = subject_head(ctx, verb) if verb is not None else (None, "")
        # (``X and Y differ from Z by their ability to…``: a by phrase of an active verb is a means, no agent)
        agent = noun.dep_ == "pobj" and (noun.head.dep_ == "agent" or noun.head.lower_ == "by" and (
            verb is None or any(c.dep_ == "auxpass" for c in verb.children)))
        if head is not None and how == "own" and not agent:
            return head, "ability"
        return (pronoun, "ability") if ctx.pronoun(pronoun) else (None, "")
    if noun.dep_ == "dobj" and ctx.vocab.kind("have", noun.head.lemma_) is not None:
        head, _ = subject_head(ctx, noun.head)
        return (head, "ability") if head is not None else (None, "")
    return None, ""


def _purpose(tok) -> bool:
    """``…to overcome tumor progression``: a clause of purpose, which has the clause's subject."""
    return tok.tag_ == "VB" and has_infinitive_to(tok)


def verb_of_object(ctx: Context, noun):
    """The trigger verb whose direct object ``noun`` is (or a conjunct of it), or None: an infinitive the parser
    hung on the object of a verb that acts (``X activates the coagulation pathway to promote thrombosis``) is
    the verb's clause of purpose, which has the verb's subject (X promotes thrombosis), as where the parser
    hangs it on the verb; after a verb of no effect the infinitive says what the noun is for (``has no
    activity to induce Y``, ``need strategies to overcome Y``)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.vocab.trigger(verb.lemma_, ("verb",)) is None:
        return None
    return verb


def _governing_verb(tok):
    """The nearest verb or adjective above ``tok`` that can have a subject."""
    head = tok.head
    while head.i != head.head.i:
        if head.pos_ in ("VERB", "AUX") or head.dep_ in ("acomp",):
            return head
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _antecedent(ctx: Context, tok):
    """The noun a relative clause is about. After a place or a time (``RANKL in osteoblasts,
    which promotes…``, ``described in lung tissue following LPS injection, which triggered…``) ``which``
    takes up the clause, whose subject it then names."""
    noun = _owner_of_role(ctx, _nearest_conjunct(tok, _agreeing(tok, tok.head)))
    noun = _whole_coordination(tok, noun)
    if noun.tag_ == "VBG" and tok.dep_ == "relcl":
        # ``by recruiting adaptors such as TRAF6, which leads to Y``: hung on a gerund, which takes up its object
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < tok.i), noun)
    if tok.tag_ == "VBZ" and noun.tag_ == "NNS" and noun.head.i != noun.i and \
            any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children):
        # ``releasing cytokines, which leads to a cytokine storm``: a verb in -s is not about a plural; which
        # takes up the clause, whose subject it then names
        head, _ = subject_head(ctx, _up_to_verb(noun.head))
        return head if head is not None else noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            ctx.vocab.kind("classifier", noun.head.head.lemma_) is not None and noun.head.head.dep_ == "attr":
        # ``Cytokines are a class of molecules that regulate…``: the copula's subject
        head, _ = subject_head(ctx, noun.head.head.head)
        return head if head is not None else noun
    if noun.dep_ == "attr":
        head, _ = subject_head(ctx, noun.head)  # ``X is a cytokine that promotes…``
        return head if head is not None else noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        head = _described_as(ctx, noun.head.head)  # ``X was described as a mediator attracting Y``
        return head if head is not None else noun
    prep = noun.head
    if (noun.dep_ == "pobj" or noun.dep_ == "dobj" and prep.tag_ == "VBG") \
            and ctx.vocab.kind("place", prep.lower_) is not None and prep.head.i != prep.i:
        # (``following LPS injection, which…``: the parser reads the preposition of time as a participle)
        head, _ = subject_head(ctx, _up_to_verb(prep.head))  # (no verb: the root's subject)
        return head
    return noun


def _whole_coordination(verb, noun):
    """``Cyclooxygenases-2 (COX-2) and Prostaglandin E2 (PGE2), which are important in Y``: a relative clause
    in the plural (are, were, have; not a modal, which agrees with either) after a comma, that the parser
    hung on the last conjunct of a coordination (as it does after a bracket), is about the whole
    coordination: its first conjunct, which carries the others; a verb in the singular keeps the last."""
    if verb.dep_ != "relcl" or noun.dep_ != "conj" or not _plural_verb(verb):
        return noun
    opening = min(t.i for t in verb.subtree)
    if opening == 0 or verb.doc[opening - 1].text != ",":
        return noun
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first


def _plural_verb(verb) -> bool:
    """A verb in the plural: ``are`` / ``were`` / ``have`` / ``do``, or in the present not in -s, itself or as
    its auxiliary (a modal agrees with either number)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return any(w.lower_ in _PLURAL_FORMS or w.tag_ == "VBP" for w in [verb] + auxiliaries)


# Forms of be, have and do with a plural subject.
_PLURAL_FORMS = frozenset({"are", "were", "have", "do"})


def _nearest_conjunct(verb, noun):
    """``Cancer is the leading cause of death…, and novel strategies to overcome resistance are required``:
    an infinitive relative hangs on the noun right before it; where the parser hung it on an earlier noun
    across ``, and`` and a conjunct of that noun stands right before the infinitive, that conjunct is it."""
    if not has_infinitive_to(verb) or noun.i >= verb.i:
        return noun
    nearest = [c for c in noun.conjuncts if noun.i < c.i < verb.i]
    if not nearest or any(t.text == "," for t in verb.doc[nearest[-1].i:verb.i]):
        return noun
    between = verb.doc[noun.i:nearest[-1].i]
    return nearest[-1] if any(t.text == "," for t in between) and any(t.lower_ == "and" for t in between) else noun


def _described_as(ctx: Context, verb):
    """What an ``as`` phrase on ``verb`` says something of: the object of an active verb (``identified X as
    a factor that…``), else its subject (``X was reported as a mediator attracting…``, ``X acts as…``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return objects[0]
    return subject_head(ctx, verb)[0]


def _owner_of_role(ctx: Context, noun):
    """``the roles of cytokines that promote X`` / ``the functions of genes that regulate X``: a
    relative clause the parser hung on a role or property noun (words of kind role, property_noun)
    with a named of-object is about that name: a role promotes nothing."""
    if ctx.mention(noun) is not None or not (ctx.vocab.kind("role", noun.lemma_) is not None
                                             or ctx.vocab.kind("property_noun", noun.lemma_) is not None):
        return noun
    owners = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
              for o in c.children if o.dep_ == "pobj" and ctx.mention(o) is not None]
    return owners[0] if owners else noun


def _agreeing(verb, noun):
    """``sclerostin, a protein secreted by osteocytes that inhibits bone formation``: a verb in
    -s cannot be about the plural agent of a participle; it is about the noun the participle
    modifies."""
    participle = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ in ("agent", "prep") else None
    if not singular_verb(verb) or noun.tag_ != "NNS" or participle is None or participle.dep_ != "acl":
        return noun
    return participle.head if participle.head.tag_ in ("NN", "NNP") else noun


def singular_verb(verb) -> bool:
    """A verb in the singular: in -s, or ``was`` / ``is`` / ``has`` / ``does``, itself or as its auxiliary
    (``a cytokine produced by macrophages that was required…``)."""
    return verb.tag_ == "VBZ" or verb.lower_ == "was" \
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUXILIARIES for c in verb.children)


# Auxiliaries of a singular subject.
_SINGULAR_AUXILIARIES = frozenset({"is", "was", "has", "does"})


# --- flags ----------------------------------------------------------------------

def negated(ctx: Context, verb) -> bool:
    """``did not``, ``is not required``, ``failed to``, ``without affecting``, ``no effect``."""
    vocab = ctx.vocab
    for tok in _chain(verb):
        for child in tok.children:
            if child.dep_ == "neg" and not _not_only(child) and not _but_not(child):
                return True
            if child.dep_ == "det" and child.lower_ == "no":
                return True
        if vocab.kind("negation", tok.lemma_) is not None and tok.i != verb.i:
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            return True
    return False


def hedged(ctx: Context, verb) -> bool:
    """``may``, ``possibly``, ``suggest that``, ``is thought to``, ``seems to``, ``it is possible that``:
    above the trigger."""
    vocab = ctx.vocab
    for tok in _chain(verb, through_clauses=True):
        for child in tok.children:
            if child.dep_ == "aux" and ctx.vocab.kind("modal", child.lower_) is not None:
                return True
            if child.dep_ == "advmod" and (vocab.cue("hedge", child.lower_)):
                return True
        if tok.i != verb.i and (vocab.cue("hedge", tok.lemma_) or vocab.cue("hedge", tok.lower_)):
            return True
        if tok.i != verb.i and tok.lemma_ == "be" and any(
                c.dep_ == "acomp" and vocab.cue("hedge", c.lower_) for c in tok.children):
            return True  # ``it is possible that X promotes Y``
    return False


def _chain(verb, through_clauses: bool = False):
    """The verb and the verbs it complements (``failed to improve``, ``is reported to
    enhance``); with ``through_clauses`` also those whose clause holds it (``suggest that``)."""
    deps = ("xcomp", "acomp", "pcomp", "prep") + (("ccomp", "advcl", "conj", "relcl") if through_clauses else ())
    tok, seen = verb, 0
    while True:
        yield tok
        seen += 1
        if tok.dep_ not in deps or tok.head.i == tok.i or seen > 8:
            return
        tok = tok.head


def _but_not(neg) -> bool:
    """``X but not Y``: the negation is of the conjunct after it, not of the verb."""
    return neg.i > 0 and neg.doc[neg.i - 1].lower_ == "but"


def _not_only(neg) -> bool:
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ == "only"


def asked(ctx: Context, tok) -> bool:
    """The word stands under a verb of inquiry (``to test the effect of X on Y``, ``we analyzed
    the ability of X to regulate Y``, ``whether``): the sentence asks, it does not state; a that-clause on the
    way up states a finding (``we investigated A and show that X inhibits Y``, where the parser hangs the
    reporting verb on the inquiry as a conjunct)."""
    return under_inquiry(tok, ctx.vocab, _that_clause)


def _that_clause(tok) -> bool:
    """``we investigated A and show that X inhibits Y``: a that-clause states a finding."""
    return tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def under_inquiry(tok, vocab, ends) -> bool:
    """A verb of inquiry above ``tok``, with no word on the way up (``tok`` itself included) where ``ends``
    holds, or ``whether`` / ``if`` marking ``tok``'s clause (``whether X promotes or inhibits Y``): ``asked``'s
    test, and english_fallback_doubts's with the ends of its own."""
    head, steps = tok, 0
    while head.head.i != head.i and steps < 12:
        if ends(head):
            break
        head, steps = head.head, steps + 1
        if vocab.kind("inquiry", head.lemma_) is not None:
            return True
    verbs = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.lower_ in ("whether", "if") and c.dep_ == "mark" for v in verbs for c in v.children)


def mediators(ctx: Context, verb) -> list[Side]:
    """``A promotes C via B`` / ``through B``: B, recorded as the mediator (SPEC 1)."""
    out: list[Side] = []
    for child in verb.children:
        if child.dep_ == "prep" and ctx.vocab.kind("means", child.lower_) == "mediator":
            out += [s for obj in child.children if obj.dep_ == "pobj" for s in sides(ctx, obj)]
    return out
