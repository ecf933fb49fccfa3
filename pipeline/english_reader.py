"""Triples from English sentences read on a dependency parse.

``english_triples`` parses a document's English sentences that can state a
claim (``english_parse``) and runs the constructions of
``dictionaries/relations/english_constructions.tsv`` on every token, in the
records' order. The clause constructions are here (a trigger verb with its
subject and object, a passive with its ``by`` agent, ``X-induced Y``, a
changed object shown by a knocked-down subject); the noun constructions
(nominalisations, roles, effects, agent nouns) are in ``english_nominals``.
What a noun phrase names, who a verb's subject is and the flags come from
``english_phrases``.

A claim becomes ``Triple`` records through the relation stage's own output
normalisation (``relations/hosted.py``: default aspects by effect
and target type, aspects of cells and diseases, expression as up/down
regulation, provenance, each rewrite in the triple's ``steps``), so both readers write the
same kind of triple.

``combine`` is the hook ``relations.find_triples`` (``relations/document.py``) calls: in each English
sentence the parse reader parsed, its triples replace the other reader's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from . import english_nominals  # noqa: F401 - registers the noun constructions
from .english_coordination import suspended_names, swallowed_subject
from .english_claims import Claim, combined, construction, ordered
from .english_parse import PRONOUNS, parse_sentences, worth_parsing
from .english_clauses import asked, hedged, mediators, negated, subject_head
from .english_phrases import DEMONSTRATIVES, MOLECULE_ASPECTS, REFERENT_TYPES, Context, Side, agents_of, and_verb, \
    is_class_word, modified_noun, plural_name, sides, verb_above_object
from .english_words import CONSTRUCTIONS_FILE, load_english_vocab
from .mentions import reading_mentions

SECTIONS = frozenset({"abstract", "body"})
_VERB_FORMS = ("verb",)


_LOADED: dict[tuple[Path, int], tuple] = {}  # (folder, id of its RuleData) -> readings: once per process


def readings(resources):
    """The vocabulary and the constructions in their order (checked against the records),
    loaded once per process and dictionary folder."""
    key = (resources.folder, id(resources.rules))
    if key not in _LOADED:
        vocab = load_english_vocab(resources.folder, resources.rules)
        _LOADED[key] = vocab, ordered(vocab.constructions, str(resources.folder / "relations" / CONSTRUCTIONS_FILE))
    return _LOADED[key]


# --- the document ----------------------------------------------------------------

def combine(doc, views, mentions, resources, triples: list) -> list:
    """The hook of ``relations.find_triples``: the parse reader is the English reader. In every
    English sentence it parsed, its triples stand and the other reader's are dropped (the
    rule-level English constructions of ``relations`` made the larger share of the false
    positives on the train passages); the other reader's triples stay in the sentences it did not
    parse (no trigger word, fewer than two names) and in every Chinese sentence."""
    from .relations.hosted import dedupe

    ours, parsed = english_reading(doc, views, mentions, resources)
    if not parsed:
        return triples
    by_sentence: dict[int, list] = {}
    for t in [t for t in triples if t.sent_id not in parsed] + ours:
        by_sentence.setdefault(t.sent_id, []).append(t)
    return [t for sent in sorted(by_sentence) for t in dedupe(by_sentence[sent])]


def english_triples(doc, views, mentions, resources) -> list:
    """The parse reader's triples of a document's English sentences."""
    return english_reading(doc, views, mentions, resources)[0]


def english_reading(doc, views, mentions, resources) -> tuple[list, frozenset[int]]:
    """The parse reader's triples of a document's English sentences, and the ids of the
    sentences it parsed."""
    vocab, steps = readings(resources)
    chosen = _chosen(doc, views, mentions, resources, vocab)
    if not chosen:
        return [], frozenset()
    out: list = []
    referents: dict[int, dict] = {}  # paragraph -> what it / they name
    for parsed in parse_sentences(chosen):
        para = parsed.view.paragraph
        ctx = Context(parsed, vocab, doc, resources.lexicon, referents.get(para, {}))
        claims = [c for tok in parsed.doc for _, fn in steps for c in fn(ctx, tok) if not asked(ctx, c.trigger)]
        out += emit(ctx, claims, resources)
        referents[para] = _next_referents(ctx) or referents.get(para, {})
    return out, frozenset(view.sentence.sent_id for _, view, _ in chosen)


def _chosen(doc, views, mentions, resources, vocab):
    """(index, view, mentions) of the sentences to parse: those worth it, and the sentence
    before one that holds a pronoun (it names what that sentence was about)."""
    rows = []
    for k, (view, found) in enumerate(zip(views, mentions)):
        if view.sentence.section in SECTIONS and view.sentence.lang == "en" and found:
            rows.append((k, view, reading_mentions(doc, view, found, resources)))
    keep = set()
    for n, (k, view, found) in enumerate(rows):
        if worth_parsing(view, found, vocab.trigger_words, frozenset(vocab.words.get("property", {}))):
            keep.add(n)
            words = set(re.findall(r"[a-z]+", view.clean.text.lower()))
            if n and (words & PRONOUNS or _demonstrative_class(view, found, vocab)) and \
                    rows[n - 1][1].paragraph == view.paragraph:
                keep.add(n - 1)
    return [rows[n] for n in sorted(keep)]


def _demonstrative_class(view, found, vocab) -> bool:
    """A class word right after this / these (``This cytokine promotes…``): it may name what the
    sentence before was about."""
    def word_before(f) -> str:
        m = _WORD_BEFORE.search(view.clean.text[:f.cstart])
        return m[1].lower() if m else ""

    return any((f.concept.type == "family" or f.concept.id in vocab.rules.class_words) and
               word_before(f) in DEMONSTRATIVES for f in found)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")


def _next_referents(ctx: Context) -> dict:
    """What ``it`` / ``they`` name in the next sentence: the subject of this one's last main clause."""
    sents = list(ctx.parsed.doc.sents)
    root = sents[-1].root if sents else None
    if root is None:
        return {}
    head, _ = subject_head(root)
    if head is None:
        return {}
    found = [s.found for s in sides(ctx, head) if s.found.concept.type in REFERENT_TYPES and not s.knocked]
    concepts = {f.concept.id for f in found}
    if not concepts:
        return {}
    return {"sing": found[:1]} if len(concepts) == 1 else {"plural": found}


# --- from claims to triples ------------------------------------------------------

def emit(ctx: Context, claims: list[Claim], resources) -> list:
    """Triples of ``claims`` through the relation stage's normalisation (one sentence)."""
    from .relations import Trigger, hosted

    if not claims:
        return []
    parsed = ctx.parsed
    r = hosted.writer(ctx.doc, parsed.view, list(parsed.found), resources)
    for claim in claims:
        a, b = parsed.span_of(claim.trigger.i)
        trigger = Trigger("en", claim.trigger.lower_, claim.effect, "verb", claim.aspect)
        groups: dict[tuple[str, bool], list] = {}
        for s in claim.targets:
            effect = s.effect if claim.defer and s.effect else combined(claim.effect, s.effect)
            key = (effect, claim.negated or s.negated)
            groups.setdefault(key, []).append(hosted.arg(s.found, s.aspect, False))
        meds = [hosted.arg(s.found, None, False) for s in claim.mediators[:1]]
        for denied in (False, True):
            # ``IL-17A, but not IL-17F, induced…``: a factor the sentence denies states the claim denied
            factors = [hosted.arg(s.found, s.aspect, s.knocked) for s in claim.factors if s.negated == denied]
            for (effect, neg), targets in groups.items() if factors else ():
                item = hosted.trigger_item(a, b, parsed.view.clean.text[a:b], trigger, effect)
                hosted.write(r, factors, targets, item, neg or denied, claim.hedged, meds, claim.rule, effect)
    return hosted.written(r)


# --- clause constructions -----------------------------------------------------------

def _verb_trigger(ctx: Context, tok):
    """The trigger a verb states, with the preposition or object word it needs
    (``contribute to``, ``take part in``); None when it is no trigger verb."""
    if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or _verb_mistagged(tok) or and_verb(ctx, tok)):
        return None, None
    vocab, lemma = ctx.vocab, tok.lemma_.lower()
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("up", "down"):
        # ``up-regulate``: the tokenizer cuts the prefix off
        lemma = f"{doc[tok.i - 2].lower_}-{lemma}"
    for child in tok.children:
        if child.dep_ in ("prep", "prt", "dative"):
            t = vocab.trigger(f"{lemma} {child.lower_}", _VERB_FORMS)
            if t is not None:
                return t, child
        if child.dep_ == "dobj":
            # ``take part in``: the preposition under the object or under the verb
            for prep in list(child.children) + [c for c in tok.children if c.i > child.i]:
                t = vocab.trigger(f"{lemma} {child.lower_} {prep.lower_}", _VERB_FORMS)
                if t is not None and prep.dep_ == "prep":
                    return t, prep
    t = vocab.trigger(lemma, _VERB_FORMS) or vocab.trigger(tok.lower_, _VERB_FORMS)
    return (t, None) if t is not None and " " not in t.word else (None, None)


def misparsed_finite(tok) -> bool:
    """A verb the parser hung inside a noun phrase (``TNF-alpha stimulates osteoclast
    differentiation, but not survival``: stimulates as a compound of differentiation; ``…, and
    inhibit angiogenesis``): a clause read as a headline. Its subject is the name right before
    it, or that of the verb the noun is coordinated with; the noun it was hung on is its object."""
    return tok.tag_ in ("VB", "VBZ", "VBD", "VBP") and tok.dep_ in ("compound", "amod", "nsubj", "nmod", "npadvmod")


def _means_hung_on_noun(tok) -> bool:
    """``X limits Y by inhibiting macrophage activation``: a gerund the parser hung on the noun
    after it as an adjective, inside the means (by / through / via) of a clause: it is the
    means' verb, the noun its object, the clause's subject its subject."""
    noun = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "amod" and noun.i == tok.i + 1 and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("by", "through", "via") and noun.head.head.i != noun.head.i


def _name_hung_before(ctx: Context, tok) -> bool:
    """``IL-6 promotes and IL-10 inhibits…``: a finite verb with the name right before it hung
    on it as a compound, not as its subject."""
    return tok.tag_ in ("VBZ", "VBD", "VBP") and any(
        c.i == tok.i - 1 and c.dep_ in ("compound", "npadvmod", "nmod") and ctx.mention(c) is not None
        for c in tok.children)


def _misparsed_subject(ctx: Context, tok):
    before = tok.doc[tok.i - 1] if tok.i else None
    if before is not None and ctx.mention(before) is not None:
        return before, "own"
    noun = tok.head
    if noun.i > tok.i and noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX"):
        return subject_head(noun.head)
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


def _passive(tok) -> bool:
    """A passive verb, or a participle (``the B activated by A``; ``Osteoclastogenesis induced
    by IL-6 was inhibited…``, where the parser took the participle for the main verb)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or \
        tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def _objects(ctx: Context, tok, prep) -> list[Side]:
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
    objs = [s for c in tok.children if c.dep_ in ("dobj", "obj") for s in sides(ctx, _before_and_verb(ctx, c))]
    if objs:
        return _object_control(ctx, tok, _guarded_fate(ctx, tok, objs))
    guarded = _guarded_from(ctx, tok)
    if guarded:
        return guarded
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(x.dep_ in ("dobj",) for x in tok.children):
            shared = [s for x in c.children if x.dep_ == "dobj" for s in sides(ctx, x)]
            if shared and (any(x.dep_ in ("nsubj",) for x in c.children) or _right_node_raised(tok)):
                return shared
    return []


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
    nothing (mice, patients, the joints) acts on what it guards against (from / against)."""
    trigger = ctx.vocab.trigger(tok.lemma_.lower(), _VERB_FORMS)
    if trigger is None or trigger.effect != "inhibits":
        return []
    return [s for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "against") and c.i > tok.i
            for o in c.children if o.dep_ == "pobj" for s in sides(ctx, o)]


def _object_control(ctx: Context, tok, objs: list[Side]) -> list[Side]:
    """``X induces cells to V …`` (the object the subject of a to-clause): what the cells are made to
    do is what X acts on. A fate (``to undergo apoptosis``) is the cells' aspect; a molecule they
    are made to produce (``to produce VEGF-A``, production words) is X's to raise; a clause of
    another trigger (``to increase RANKL expression``) reads its own claim, with X as its subject;
    the cells themselves are only where it happens."""
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None or not all(s.found.concept.type == "cell" and s.aspect is None for s in objs):
        return objs  # (``stimulate the activity of M1 macrophages to overcome…``: a purpose, the cells' own)
    inner = [o for o in clause.children if o.dep_ == "dobj"]
    fates = [a for o in inner if (a := ctx.vocab.aspect(_surface(ctx, o))) is not None
             and a.aspect not in MOLECULE_ASPECTS]  # what cells undergo
    if fates:
        return [replace(s, aspect=fates[0]) for s in objs]
    if ctx.vocab.kind("production", clause.lemma_) is not None:
        made = ctx.vocab.aspect(ctx.vocab.kind("production", clause.lemma_))
        return [replace(s, aspect=s.aspect or made, effect="upregulates") for o in inner for s in sides(ctx, o)]
    if ctx.vocab.trigger(clause.lemma_, _VERB_FORMS) is not None:
        return []
    return objs


def _surface(ctx: Context, tok) -> str:
    found = ctx.mention(tok)
    return found.record.surface if found is not None else tok.lower_


def _guarded_fate(ctx: Context, tok, objs: list[Side]) -> list[Side]:
    """``X protects osteoblasts from apoptosis``: what a verb of protection guards cells against,
    an aspect word (apoptosis), is the aspect of the cells it acts on."""
    trigger = ctx.vocab.trigger(tok.lemma_.lower(), _VERB_FORMS)
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


def _right_node_raised(tok) -> bool:
    """``TGF-β can either suppress or promote tumor growth``: a verb with the conjunction right
    after it shares the object of the verb coordinated after it."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.dep_ == "cc" and after.lower_ in ("and", "or", "and/or")


def _verb_claim(ctx: Context, tok):
    """(how the subject was found, the claim) of an active trigger verb; (None, None) otherwise."""
    trigger, prep = _verb_trigger(ctx, tok)
    if trigger is None or _passive(tok) or bare_participle(ctx, tok) or _gerund_adjective(ctx, tok) is not None:
        return None, None
    head, how = subject_head(tok)
    head = _headed_by_class(ctx, head)
    if head is None and (misparsed_finite(tok) or _name_hung_before(ctx, tok)):
        head, how = _misparsed_subject(ctx, tok)
    if head is None and _means_hung_on_noun(tok):
        head, how = subject_head(tok.head.head.head)
    if head is None and and_verb(ctx, tok):
        head, how = subject_head(verb_above_object(tok))
    if head is None:
        head, how = swallowed_subject(tok), "own"
    if head is None:
        return None, None
    factors = sides(ctx, head, "subject")
    if how == "relative" and tok.dep_ == "relcl":
        # ``RA, which promotes Treg development, and TGF-β…``: the clause is about the names before it
        opening = ctx.parsed.span_of(min(t.i for t in tok.subtree))[0]
        factors = [f for f in factors if f.found.cstart < opening]
    targets = _objects(ctx, tok, prep)
    if not targets and prep is None and (misparsed_finite(tok) or _means_hung_on_noun(tok)) and tok.head.i > tok.i:
        targets = sides(ctx, tok.head)  # ``IL6 stimulates differentiation``: the noun it was hung on
    if not targets and prep is None and and_verb(ctx, tok):
        targets = sides(ctx, _phrase_after(tok))
    if trigger.effect == "binds":
        # ``HSCs interact with osteoblasts``: binding is of molecules (SPEC 1); cells or a disease only meet
        factors, targets = _molecules(factors), _molecules(targets)
    if not factors or not targets:
        return None, None
    if ctx.mention(head) is None and head.lower_ in PRONOUNS:
        how = "pronoun"
    elif all(f.knocked for f in factors):
        how = "knockdown"
    claim = Claim("", tok, _directed(ctx, tok, trigger.effect), tuple(factors), tuple(targets), negated(ctx, tok),
                  hedged(ctx, tok), tuple(mediators(ctx, tok)), trigger.aspect)
    return how, claim


def _gerund_adjective(ctx: Context, tok):
    """``Th17 inducing cytokines induce RORγt``: a trigger gerund between a bare singular name and a
    plural class word, without hyphens, is an adjective (Th17-inducing) of the class word, which heads
    the phrase; the parser reads the name as the subject of the gerund. The class word, else None."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i < 1 or tok.i + 1 >= len(doc) or ctx.vocab.trigger(tok.lemma_, _VERB_FORMS) is None:
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


def _named(how_wanted: str, rule: str):
    def read(ctx: Context, tok) -> list[Claim]:
        how, claim = _verb_claim(ctx, tok)
        if claim is None or how != how_wanted:
            return []
        return [replace(claim, rule=rule)]
    return read


construction("en.dep.active")(_named("own", "en.dep.active"))
construction("en.dep.relative")(_named("relative", "en.dep.relative"))
construction("en.dep.pronoun")(_named("pronoun", "en.dep.pronoun"))
construction("en.dep.knockdown_subject")(_named("knockdown", "en.dep.knockdown_subject"))


@construction("en.dep.co_agent")
def co_agent(ctx: Context, tok) -> list[Claim]:
    """X, together with Y, V Z / X acts in synergy with Y to V Z: Y acts on Z as V says, as X does
    (the partner phrase on the trigger verb or on the verb it is the purpose or conjunct of)."""
    trigger, prep = _verb_trigger(ctx, tok)
    if trigger is None or _passive(tok) or bare_participle(ctx, tok):
        return []
    partners = _co_agents(ctx, tok)
    targets = _objects(ctx, tok, prep) if partners else []
    if not targets:
        return []
    return [Claim("en.dep.co_agent", tok, _directed(ctx, tok, trigger.effect), tuple(partners),
                  tuple(targets), negated(ctx, tok), hedged(ctx, tok), (), trigger.aspect)]


def _co_agents(ctx: Context, verb) -> list[Side]:
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
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i or out:
            return out
        verb = verb.head


def _co_agent_word(ctx: Context, with_, verb) -> bool:
    """``together with`` / ``along with`` / ``acts synergistically with`` / ``in concert with`` (the parser
    hangs ``with`` on the verb or on the word before it): a partner word right before ``with``."""
    before = with_.doc[with_.i - 1] if with_.i else None
    return before is not None and ctx.vocab.kind("co_agent", before.lower_) is not None


@construction("en.dep.phenotype")
def phenotype(ctx: Context, tok) -> list[Claim]:
    """X-deficient mice exhibit increased Y / mice lacking X develop Y / are protected from Y: what a
    model without X shows is what X works against (the knocked-down factor turns the effect round: X downregulates Y,
    X inhibits Y). A changed object says the direction; a bare one is a disease or process shown."""
    effect = ctx.vocab.kind("phenotype", tok.lower_) or ctx.vocab.kind("phenotype", tok.lemma_)
    # what it shows: its object (a verb the tagger took for a noun still has one), or what it is
    # protected from, resistant or susceptible to
    shown = [c for c in tok.children if c.dep_ == "dobj"] or \
        [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "against", "to") and c.i > tok.i
         for o in c.children if o.dep_ == "pobj"]
    if effect is None or not shown:
        return []
    head, _ = subject_head(tok)
    if head is None or ctx.mention(head) is not None:
        return []
    factors = sides(ctx, head, "subject") or _knocked_before(ctx, head) or \
        [replace(f, knocked=True) for c in head.children if c.dep_ == "acl" and ctx.vocab.cue("knockdown", c.lower_)
         for o in c.children if o.dep_ == "dobj" for f in sides(ctx, o, "subject")]  # mice lacking X
    if not factors or not all(f.knocked for f in factors):
        return []
    claims = []
    for obj in shown:
        for o in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
            targets = sides(ctx, o)
            # ``reduced bone loss``: the phrase says its change itself (inhibits), the verb only shows it
            changed = "promotes" if any(t.effect for t in targets) else _changed_by(ctx, o)
            targets = [t for t in targets if changed is not None or t.found.concept.type in _SHOWN_TYPES]
            if targets:
                claims.append(Claim("en.dep.phenotype", tok, changed or effect, tuple(factors), tuple(targets),
                                    negated(ctx, tok), hedged(ctx, tok)))
    return claims


_SHOWN_TYPES = frozenset({"disease", "process", "phenotype"})


def _knocked_before(ctx: Context, head) -> list[Side]:
    """``sclerostin-deficient (Sost(-/-)) mice``, the knock-down adjective hung elsewhere by the
    parser: the name joined to the knock-down word right before the subject (a parenthesis between)."""
    i, depth = head.i - 1, 0
    while i >= 0 and (depth or head.doc[i].text == ")"):
        depth += {")": 1, "(": -1}.get(head.doc[i].text, 0)
        i -= 1
    word = head.doc[i] if i >= 1 else None
    if word is None or not ctx.vocab.cue("knockdown", word.lower_):
        return []
    name = head.doc[i - 2] if i >= 2 and head.doc[i - 1].text in ("-", "–") else head.doc[i - 1]
    if ctx.mention(name) is None:
        return []
    return [replace(s, knocked=True) for s in sides(ctx, name, "subject")]


def _changed_by(ctx: Context, obj) -> str | None:
    """The effect of a trigger participle before a shown noun (increased bone mass: upregulates)."""
    for c in obj.children:
        if c.i < obj.i and c.dep_ in ("amod", "compound") and ctx.mention(c) is None:
            t = ctx.vocab.trigger(c.lemma_, _VERB_FORMS) or ctx.vocab.trigger(c.lower_, _VERB_FORMS)
            if t is not None:
                return t.effect
    return None


@construction("en.dep.passive_agent")
def passive_agent(ctx: Context, tok) -> list[Claim]:
    """B is inhibited by A / B, induced by A / the B activated by A: A → B."""
    trigger, _ = _verb_trigger(ctx, tok)
    if trigger is None or not _passive(tok):
        return []
    agents = [replace(s, negated=s.negated or _denied(c)) for c in tok.children
              if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for s in agents_of(ctx, c)]
    if not agents:
        return []
    if tok.dep_ == "acl":
        target_head = modified_noun(tok)
    else:
        target_head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if target_head is None:
            target_head, _ = subject_head(tok)
        elif target_head.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            target_head = tok.head
    targets = sides(ctx, target_head) if target_head is not None else []
    if not targets and tok.dep_ == "acl" and target_head is not None:
        target_head = _copula_subject(ctx, target_head)
        targets = sides(ctx, target_head) if target_head is not None else []
    if tok.dep_ == "acl":
        # ``those mediated by X, and Y``: the participle is about the names before it only
        targets = [t for t in targets if t.found.cstart < ctx.parsed.span_of(tok.i)[0]]
    if not targets:
        return []
    denied = negated(ctx, tok)
    return [Claim("en.dep.passive_agent", tok, trigger.effect, tuple(group), tuple(targets), denied or neg,
                  hedged(ctx, tok), tuple(mediators(ctx, tok)), trigger.aspect)
            for neg in (False, True) if (group := [a for a in agents if a.negated == neg])]


def _bracketed_name(ctx: Context, doc, close: int) -> list:
    """``TNFα (tumor necrosis factor α)-dependent arthritis``: a name and its other form in brackets
    before the hyphen, which the parser hangs elsewhere: the name before the bracket (else the one in it)."""
    if close < 1 or doc[close].text != ")":
        return []
    i = close - 1
    while i > 0 and doc[i].text not in ("(", ")"):
        i -= 1
    if doc[i].text != "(":
        return []
    before, inside = doc[i - 1], doc[i + 1]
    return [t for t in (before, inside) if ctx.mention(t) is not None][:1]


def _copula_subject(ctx: Context, noun):
    """``Gout is an autoinflammatory disorder induced by X``: a noun that names nothing, after the
    copula, is its subject (what is induced is gout)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or ctx.mention(noun) is not None:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _denied(by) -> bool:
    """``…inhibited by X but not by Y``: a by-phrase the sentence denies."""
    return any(c.dep_ == "neg" for c in by.children)


@construction("en.dep.modifier")
def modifier(ctx: Context, tok) -> list[Claim]:
    """X-induced Y / X-mediated Y / X-dependent Y: X acts on Y (the head the participle modifies)."""
    trigger = ctx.vocab.trigger(tok.lower_, ("modifier",))
    if trigger is not None and bare_participle(ctx, tok):
        factors = sides(ctx, tok.doc[tok.i - 1], "subject")
        targets = [s for o in tok.children if o.dep_ == "dobj" for s in sides(ctx, o)]
        return [Claim("en.dep.modifier", tok, trigger.effect, tuple(factors), tuple(targets))] \
            if factors and targets else []
    if trigger is None or tok.dep_ not in ("amod", "acl", "compound", "nmod") or tok.head.i == tok.i:
        return []
    if any(c.dep_ == "agent" for c in tok.children):
        return []  # ``induced by X``: the passive reads it
    hyphen = tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–")
    names = [c for c in tok.children if c.i < tok.i and c.dep_ in ("npadvmod", "compound", "nmod", "advmod", "amod",
                                                                   "dep", "punct") and ctx.mention(c) is not None]
    if not names and hyphen:
        names = _bracketed_name(ctx, tok.doc, tok.i - 2)
    if not names or not hyphen and not all(c.i == tok.i - 1 for c in names[-1:]):
        return []
    factors = [s for c in names for s in sides(ctx, c, "subject")]
    if ctx.vocab.kind("kind_of", tok.lower_) is not None:
        # ``T cell-mediated immunity``: a cell before it names the kind of the process
        factors = [s for s in factors if s.found.concept.type != "cell"]
    head = tok.head
    if ctx.vocab.kind("role", head.lemma_) is not None:
        # ``the NLRP3 inflammasome-induced pathogenic role in gout``: what the role is in
        targets = [s for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                   for o in p.children if o.dep_ == "pobj" for s in sides(ctx, o)]
    else:
        targets = sides(ctx, head, premodified=True)
    if not factors or not targets:
        return []
    # ``TNFα- but not IL-1-induced activation``: TNFα too (the ``not`` denies what is said of the activation)
    factors = [s for c in suspended_names(ctx, min(c.i for c in names), tok.doc) for s in sides(ctx, c, "subject")] \
        + factors
    return [Claim("en.dep.modifier", tok, trigger.effect, tuple(factors), tuple(targets), negated(ctx, tok.head),
                  hedged(ctx, tok.head), (), trigger.aspect)]

