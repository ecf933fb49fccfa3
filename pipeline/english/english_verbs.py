"""The clause constructions of the English parse reader: a trigger verb with its subject and object.

``en.dep.active`` / ``relative`` / ``pronoun`` / ``knockdown_subject`` are one reading of an active
trigger verb (``verb_claim``), named by how its subject was found (its own subject, the noun a
relative clause is about, a pronoun's referent, a knocked-down name); ``en.dep.co_agent`` reads the
partner a clause names (``X, together with Y, induces Z``: Y induces Z). ``verb_trigger`` says what
trigger a verb states; ``verb_objects`` what it acts on, with the parser's usual slips read back
(a verb hung inside a noun phrase, a second verb after ``and`` taken for a noun).
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim, construction
from .english_clauses import hedged, means_subject, mediators, negated, subject_head
from .english_context import Context, Side
from .english_coordination import and_verb, example_phrases, swallowed_subject, verb_above_object
from .english_examples import examples_after_relative
from .english_parse import PRONOUNS, has_infinitive_to
from .english_phrases import MOLECULE_ASPECTS, is_class_word, plural_name, sides
from ..memo import OwnedMemo

VERB_FORMS = ("verb",)

def verb_trigger(ctx: Context, tok):
    """The trigger a verb states, with the preposition or object word it needs
    (``contribute to``, ``take part in``); None when it is no trigger verb. Read once per token
    of the sentence's parse (the clause, participle and model records all ask of each token)."""
    return _once_per_token(_VERB_TRIGGERS, _verb_trigger, ctx, tok)


def _verb_trigger(ctx: Context, tok):
    if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or _verb_mistagged(tok) or and_verb(ctx, tok)):
        return None, None
    vocab, lemma = ctx.vocab, tok.lemma_.lower()
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("up", "down"):
        # ``up-regulate``: the tokenizer cuts the prefix off
        lemma = f"{doc[tok.i - 2].lower_}-{lemma}"
    for child in tok.children:
        if child.dep_ in ("prep", "prt", "dative") and _after_or_relative(child, tok):
            t = vocab.trigger(f"{lemma} {child.lower_}", VERB_FORMS)
            if t is not None:
                return t, child
        if child.dep_ == "dobj":
            # ``take part in``: the preposition under the object or under the verb
            for prep in list(child.children) + [c for c in tok.children if c.i > child.i]:
                t = vocab.trigger(f"{lemma} {child.lower_} {prep.lower_}", VERB_FORMS)
                if t is not None and prep.dep_ == "prep":
                    return t, prep
    t = vocab.trigger(lemma, VERB_FORMS) or vocab.trigger(tok.lower_, VERB_FORMS)
    return (t, None) if t is not None and " " not in t.word else (None, None)


def _after_or_relative(prep, verb) -> bool:
    """A verb's own preposition follows it (``X resulted in Y``; not a fronted place: ``In chondrocytes,
    X resulted in Y``), unless it opens a relative clause (``the process in which X is involved``)."""
    return prep.i > verb.i or any(o.tag_ in ("WDT", "WP") for o in prep.children)


def misparsed_finite(tok) -> bool:
    """A verb the parser hung inside a noun phrase (``TNF-alpha stimulates osteoclast
    differentiation, but not survival``: stimulates as a compound of differentiation; ``…, and
    inhibit angiogenesis``): a clause read as a headline. Its subject is the name right before
    it, or that of the verb the noun is coordinated with; the noun it was hung on is its object."""
    return tok.tag_ in ("VB", "VBZ", "VBD", "VBP") and tok.dep_ in ("compound", "amod", "nsubj", "nmod", "npadvmod")


def _means_hung_on_noun(ctx: Context, tok) -> bool:
    """``X limits Y by inhibiting macrophage activation``: a gerund the parser hung on the noun
    after it as an adjective, inside the means (by / through / via) of a clause: it is the
    means' verb, the noun its object, the clause's subject its subject."""
    noun = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "amod" and noun.i == tok.i + 1 and noun.dep_ == "pobj" \
        and ctx.vocab.kind("means", noun.head.lower_) is not None and noun.head.head.i != noun.head.i


def _name_hung_before(ctx: Context, tok) -> bool:
    """``IL-6 promotes and IL-10 inhibits…``: a finite verb with the name right before it hung
    on it as a compound, not as its subject."""
    return tok.tag_ in ("VBZ", "VBD", "VBP") and any(
        c.i == tok.i - 1 and c.dep_ in ("compound", "npadvmod", "nmod") and ctx.mention(c) is not None
        for c in tok.children)


def _misparsed_subject(ctx: Context, tok):
    """The subject of a verb read as a headline: the name right before it, past adverbs (``TNF-α and RANKL
    markedly potentiate NF-κB activity``), from the first of the names coordinated with it."""
    k = tok.i - 1
    while k > 0 and tok.doc[k].tag_ in ("RB", "RBR", "RBS") and tok.doc[k].head.i == tok.i:
        k -= 1
    before = tok.doc[k] if k >= 0 else None
    if before is not None and ctx.mention(before) is not None:
        while before.dep_ == "conj" and before.head.i < before.i and ctx.mention(before.head) is not None \
                and before.head.dep_ != "pobj":  # (not into a phrase before the clause: effects on X, TNF-α and…)
            before = before.head
        return before, "own"
    noun = tok.head
    if noun.i > tok.i and noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX"):
        return subject_head(ctx, noun.head)
    return None, ""


def _verb_mistagged(tok) -> bool:
    """``…; inhibits maturation of dendritic cells``, ``IL-4 and IL-13, inhibited osteoclast
    differentiation``: a verb in -s or -ed the tagger took for a plural noun or an adjective,
    with a direct object of its own."""
    form = tok.tag_ == "NNS" and tok.lower_.endswith("s") or tok.tag_ == "JJ" and tok.lower_.endswith("ed")
    deps = {c.dep_ for c in tok.children}
    # ``Both IL-17 and TNF-α upregulate IL-6 expression``: a word with a subject and an object is a verb
    return "dobj" in deps and (form or "nsubj" in deps and tok.tag_ in ("JJ", "NN", "NNS", "NNP"))


def bare_participle(ctx: Context, tok) -> bool:
    """``overcomes BMSC mediated progression of T-ALL``: a participle of a trigger right after
    a name, with no hyphen and no ``by``, that the parser took for a second verb; it says the
    name before it drives the noun after it."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if ctx.mention(before) is None or before.head.i != tok.head.i or before.dep_ != "dobj":
        return False
    if any(c.dep_ in ("cc", "agent") for c in tok.children) or ctx.vocab.trigger(tok.lower_, ("modifier",)) is None:
        return False
    return any(c.dep_ == "dobj" for c in tok.children)


def passive(tok) -> bool:
    """A passive verb, or a participle (``the B activated by A``; ``Osteoclastogenesis induced
    by IL-6 was inhibited…``, where the parser took the participle for the main verb)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or \
        tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def verb_objects(ctx: Context, tok, prep) -> list[Side]:
    """What an active trigger verb acts on: the object of its preposition (``leads to X``)
    or its direct object; a verb with neither shares the object of the verb coordinated
    after it (``IL-6 promotes and IL-10 inhibits X``)."""
    if prep is not None:
        return [s for c in prep.children if c.dep_ in ("pobj", "pcomp") for s in sides(ctx, c)]
    for c in tok.children:
        after = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if c.dep_ == "dobj" and after is not None and bare_participle(ctx, after):
            # ``overcomes [BMSC mediated] progression of T-ALL``: the object is what follows
            return [s for o in after.children if o.dep_ == "dobj" for s in sides(ctx, o)]
    objs = [s for c in _direct_objects(tok) for s in sides(ctx, _before_and_verb(ctx, c))]
    if objs:
        return _object_control(ctx, tok, _guarded_fate(ctx, tok, objs))
    guarded = _guarded_from(ctx, tok)
    if guarded:
        return guarded
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(x.dep_ in ("dobj",) for x in tok.children):
            shared = [s for x in c.children if x.dep_ == "dobj" for s in sides(ctx, x)]
            if shared and (any(x.dep_ in ("nsubj",) for x in c.children) or _right_node_raised(ctx, tok)):
                return shared
    return []


def _direct_objects(tok) -> list:
    """The verb's direct objects; not a second one after a participle of the first (``suppresses immunity
    mediated by innate as well as adaptive immune cells``: the parser took the agent's last noun for an
    object of the verb; a trigger verb has one direct object)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return objs[:1] + [o for o in objs[1:] if not any(
        a.dep_ in ("acl", "relcl") and objs[0].i < a.i < o.i for a in objs[0].children)]


def _before_and_verb(ctx: Context, obj):
    """``promotes osteoblastogenesis and suppresses adipogenesis`` parsed as one noun phrase (the
    second verb a plural noun coordinated with a modifier of the last noun): the object is that
    modifier; the last noun is the second verb's (``and_verb``)."""
    for c in obj.children:
        if c.i < obj.i and c.dep_ in ("nmod", "compound", "amod") and any(
                and_verb(ctx, x) for x in c.children if x.dep_ == "conj"):
            return c
    return obj


def _phrase_after(tok):
    """The head of the noun phrase that starts right after ``tok``."""
    nxt = tok.doc[tok.i + 1]
    while nxt.dep_ in ("det", "amod", "compound", "nmod", "poss") and nxt.head.i > nxt.i:
        nxt = nxt.head
    return nxt


def _guarded_from(ctx: Context, tok) -> list[Side]:
    """``IL-6 deficiency protects mice from bone loss``: a verb of protection whose object names
    nothing (mice, patients, the joints) acts on what it guards against (from / against), on the verb
    or hung on its object (``protects the body against endotoxin shock``)."""
    trigger = ctx.vocab.trigger(tok.lemma_.lower(), VERB_FORMS)
    if trigger is None or trigger.effect != "inhibits":
        return []
    return [s for h in [tok] + [d for d in tok.children if d.dep_ == "dobj"]
            for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "against") and c.i > tok.i
            for o in c.children if o.dep_ == "pobj" for s in sides(ctx, o)]


def _object_control(ctx: Context, tok, objs: list[Side]) -> list[Side]:
    """``X induces cells to V …`` (the object the subject of a to-clause): what the cells are made to
    do is what X acts on. A fate (``to undergo apoptosis``) is the cells' aspect; a molecule they
    are made to produce (``to produce VEGF-A``, production words) is X's to raise; a clause of
    another trigger (``to increase RANKL expression``) reads its own claim, with X as its subject;
    the cells themselves are only where it happens, unless the verb is one of stimulating (stimulation
    words: ``stimulates mast cells to produce IL-4``, ``activating DCs to promote Th2 responses``), which
    acts on them as well."""
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i and
                   has_infinitive_to(c)), None) or _control_on_object(tok)
    if clause is None or not all(s.found.concept.type == "cell" and s.aspect is None for s in objs):
        return objs  # (``stimulate the activity of M1 macrophages to overcome…``: a purpose, the cells' own)
    inner = [o for o in clause.children if o.dep_ == "dobj"]
    fates = [a for o in inner if (a := ctx.vocab.aspect(_surface(ctx, o))) is not None
             and a.aspect not in MOLECULE_ASPECTS]  # what cells undergo
    if fates:
        return [replace(s, aspect=fates[0]) for s in objs]
    # (a verb of stimulating acts on the cells too: ``stimulates mast cells to produce IL-4``)
    stimulated = objs if ctx.vocab.kind("stimulation", tok.lemma_.lower()) is not None else []
    if ctx.vocab.kind("production", clause.lemma_) is not None:
        made = ctx.vocab.aspect(ctx.vocab.kind("production", clause.lemma_))
        return stimulated + [replace(s, aspect=s.aspect or made, effect="upregulates")
                             for o in inner for s in sides(ctx, o)]
    if ctx.vocab.trigger(clause.lemma_, VERB_FORMS) is not None:
        return stimulated
    return objs


def _control_on_object(tok):
    """``stimulates mast cells and basophils to produce IL-4``: the to-clause the parser hung on the
    object or on its last conjunct (an ``acl``) is the verb's, as where it hangs on the verb."""
    nouns = [n for o in _direct_objects(tok) for n in o.subtree if n is o or n.dep_ == "conj" and n.head.pos_ != "VERB"]
    return next((c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VB"
                 and has_infinitive_to(c)), None)


def _surface(ctx: Context, tok) -> str:
    found = ctx.mention(tok)
    return found.record.surface if found is not None else tok.lower_


def _guarded_fate(ctx: Context, tok, objs: list[Side]) -> list[Side]:
    """``X protects osteoblasts from apoptosis``: what a verb of protection guards cells against,
    an aspect word (apoptosis), is the aspect of the cells it acts on."""
    trigger = ctx.vocab.trigger(tok.lemma_.lower(), VERB_FORMS)
    if trigger is None or trigger.effect != "inhibits":
        return objs
    fates = [ctx.vocab.aspect(found.record.surface if (found := ctx.mention(o)) is not None else o.lower_)
             for h in [tok] + [d for d in tok.children if d.dep_ == "dobj"]  # (or hung on the object)
             for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "against") and c.i > tok.i
             for o in c.children if o.dep_ == "pobj"]
    fates = [a for a in fates if a is not None]
    if len(fates) != 1:
        return objs
    return [replace(s, aspect=fates[0]) if s.aspect is None and s.found.concept.type == "cell" else s for s in objs]


def _right_node_raised(ctx: Context, tok) -> bool:
    """``TGF-β can either suppress or promote tumor growth``: a verb with the conjunction right
    after it shares the object of the verb coordinated after it."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.dep_ == "cc" and ctx.vocab.kind("coordinator", after.lower_) is not None


def _verb_claim(ctx: Context, tok):
    """(how the subject was found, the claim) of an active trigger verb; (None, None) otherwise."""
    trigger, prep = verb_trigger(ctx, tok)
    if trigger is None or passive(tok) or bare_participle(ctx, tok) or _gerund_adjective(ctx, tok) is not None:
        return None, None
    head, how = subject_head(ctx, tok)
    head = _headed_by_class(ctx, head)
    if head is None and (misparsed_finite(tok) or _name_hung_before(ctx, tok)):
        head, how = _misparsed_subject(ctx, tok)
    if head is None and _means_hung_on_noun(ctx, tok):
        head, how = means_subject(ctx, tok.head.head.head)
    if head is None and and_verb(ctx, tok):
        head, how = subject_head(ctx, verb_above_object(tok))
    if head is None:
        head, how = swallowed_subject(tok), "own"
    if head is None:
        return None, None
    factors = sides(ctx, head, "subject")
    if not factors and how == "ability" and head.dep_ == "poss":
        # ``Y is explained by its ability to enhance Z``: what the possessive names has the ability
        factors = [Side(f) for f in ctx.pronoun(head)]
    if how == "relative" and tok.dep_ == "relcl":
        # ``RA, which promotes Treg development, and TGF-β…``: the clause is about the names before it
        # (or its examples after it: ``cytokines that drive X, such as IL-6``: english_examples)
        opening = ctx.parsed.span_of(min(t.i for t in tok.subtree))[0]
        listed = _examples_after_clause(ctx, head, tok)
        factors = [f for f in factors if f.found.cstart < opening or listed and f.found.cstart >= listed]
    targets = verb_objects(ctx, tok, prep)
    if not targets and prep is None and (misparsed_finite(tok) or _means_hung_on_noun(ctx, tok)) and tok.head.i > tok.i:
        targets = sides(ctx, tok.head)  # ``IL6 stimulates differentiation``: the noun it was hung on
    if not targets and prep is None and and_verb(ctx, tok):
        targets = sides(ctx, _phrase_after(tok))
    if trigger.effect == "binds":
        # ``HSCs interact with osteoblasts``: binding is of molecules (SPEC 1); cells or a disease only meet
        factors, targets = _molecules(factors), _molecules(targets)
    if not factors or not targets:
        return None, None
    if head.lower_ in PRONOUNS:  # resolved by the parse, or before it (anaphors.py: the token stays the pronoun)
        how = "pronoun"
    elif all(f.knocked for f in factors):
        how = "knockdown"
    claim = Claim("", tok, _directed(ctx, tok, trigger.effect), tuple(factors), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok), tuple(mediators(ctx, tok)), trigger.aspect)
    return how, claim


def _examples_after_clause(ctx: Context, head, clause) -> int | None:
    """Where the examples of a relative clause's antecedent set off after the clause begin, else None."""
    phrases = [p for p in example_phrases(ctx, head) if p.i > clause.i] + examples_after_relative(ctx, head, is_class_word)
    return min((ctx.parsed.span_of(p.left_edge.i)[0] for p in phrases), default=None)


def _gerund_adjective(ctx: Context, tok):
    """``Th17 inducing cytokines induce RORγt``: a trigger gerund between a bare singular name and a
    plural class word, without hyphens, is an adjective (Th17-inducing) of the class word, which heads
    the phrase; the parser reads the name as the subject of the gerund. The class word, else None."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i < 1 or tok.i + 1 >= len(doc) or ctx.vocab.trigger(tok.lemma_, VERB_FORMS) is None:
        return None
    name, head = doc[tok.i - 1], doc[tok.i + 1]
    found, cls = ctx.mention(name), ctx.mention(head)
    if found is None or cls is None or not is_class_word(ctx, cls) or not plural_name(cls):
        return None
    if plural_name(found) or any(c.dep_ == "det" for c in name.children) or head.head.i != tok.i:
        return None
    return head


def _headed_by_class(ctx: Context, head):
    """The subject's head with a gerund adjective read (``Th17 inducing cytokines``: cytokines)."""
    if head is None:
        return None
    for g in [head] + [c for c in head.children if c.dep_ == "acl"]:
        cls = _gerund_adjective(ctx, g)
        if cls is not None:
            return cls
    return head


def _molecules(found: list[Side]) -> list[Side]:
    return [s for s in found if s.found.concept.type in _BINDERS]


_BINDERS = frozenset({"gene", "family", "drug", "ncrna", "pathway", "other"})


def _directed(ctx: Context, tok, effect: str) -> str:
    """``negatively regulating X``: an adverb gives a verb with no direction its direction."""
    if effect != "regulates":
        return effect
    for child in tok.children:
        if child.dep_ == "advmod" and ctx.vocab.kind("direction", child.lower_):
            return ctx.vocab.kind("direction", child.lower_)
    return effect


def verb_claim(ctx: Context, tok):
    """(how the subject was found, the claim) of an active trigger verb, (None, None) otherwise: read once
    per token of the sentence's parse (``_verb_claim``), for every construction that asks."""
    return _once_per_token(_VERB_CLAIMS, _verb_claim, ctx, tok)


def _named(how_wanted: str, rule: str):
    def read(ctx: Context, tok) -> list[Claim]:
        how, claim = verb_claim(ctx, tok)
        if claim is None or how != how_wanted:
            return []
        return [replace(claim, rule=rule)]
    return read


# The records of ``_named`` below (en.dep.active, relative, ability, pronoun, knockdown_subject) each
# ask for the one reading of each token of a parse: it is read once, for the sentence being read
# (``Context``: one per parse), and kept until the next sentence's (the claim is frozen: each record
# makes its own copy, named by its rule).
_VERB_CLAIMS = OwnedMemo(4096)
_VERB_TRIGGERS = OwnedMemo(4096)  # ``verb_trigger``'s, the same way


def _once_per_token(memo: OwnedMemo, read, ctx: Context, tok):
    """``read(ctx, tok)``, read once per token of the sentence's parse and kept in ``memo`` (a token of
    another parse: read, nothing kept)."""
    if tok.doc is not ctx.parsed.doc:
        return read(ctx, tok)
    held = memo.of(ctx)
    if tok.i not in held:
        held[tok.i] = read(ctx, tok)
    return held[tok.i]


construction("en.dep.active", words=("trigger",))(_named("own", "en.dep.active"))
construction("en.dep.relative", words=("trigger",))(_named("relative", "en.dep.relative"))
construction("en.dep.ability", words=("trigger",))(_named("ability", "en.dep.ability"))
construction("en.dep.pronoun", words=("trigger",))(_named("pronoun", "en.dep.pronoun"))
construction("en.dep.knockdown_subject", words=("trigger",))(_named("knockdown", "en.dep.knockdown_subject"))


@construction("en.dep.co_agent", words=("trigger",))
def co_agent(ctx: Context, tok) -> list[Claim]:
    """X, together with Y, V Z / X acts in synergy with Y to V Z: Y acts on Z as V says, as X does
    (the partner phrase on the trigger verb or on the verb it is the purpose or conjunct of)."""
    trigger, prep = verb_trigger(ctx, tok)
    if trigger is None or passive(tok) or bare_participle(ctx, tok):
        return []
    partners = co_agents(ctx, tok)
    targets = verb_objects(ctx, tok, prep) if partners else []
    if not targets:
        return []
    return [Claim("en.dep.co_agent", tok, _directed(ctx, tok, trigger.effect), tuple(partners),
                  tuple(targets), negated(ctx, tok), hedged(ctx, tok), (), trigger.aspect)]


def co_agents(ctx: Context, verb) -> list[Side]:
    """The partners a verb's clause names (``together with Y``, ``in synergy with Y``: words of
    kind co_agent), on the verb or on the verbs it is the purpose, complement or conjunct of."""
    out: list[Side] = []
    while True:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with" and _co_agent_word(ctx, c, verb):
                out += [s for o in c.children if o.dep_ == "pobj" for s in sides(ctx, o, "subject")]
            elif c.dep_ == "prep" and c.lower_ == "in":
                out += [s for o in c.children if o.dep_ == "pobj" and ctx.vocab.kind("co_agent", o.lemma_)
                        is not None for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
                        for p in w.children if p.dep_ == "pobj" for s in sides(ctx, p, "subject")]
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "in" and not out:
            verb = verb.head.head  # ``X synergizes with Y in promoting Z``: the gerund of the verb's in phrase
            continue
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i or out:
            return out
        verb = verb.head


def _co_agent_word(ctx: Context, with_, verb) -> bool:
    """``together with`` / ``along with`` / ``acts synergistically with`` / ``in concert with`` (the parser
    hangs ``with`` on the verb or on the word before it): a partner word right before ``with``."""
    before = with_.doc[with_.i - 1] if with_.i else None
    return before is not None and ctx.vocab.kind("co_agent", before.lower_) is not None
