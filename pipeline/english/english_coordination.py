"""Coordination on an English dependency parse, where the parser often gets it wrong.

- a second finite verb hung on the first verb's object (``X inhibits A and suppresses B``:
  ``and_verb``, ``verb_above_object``), or a second verb in its bare form taken for an adjective of its
  own object (``can activate A in B cells and upregulate C``, ``inhibit A, exacerbate B, and…``:
  ``_bare_verb``);
- a second verb of a that-clause hung on the reporting verb (``show that X inhibits A, and induces B``:
  ``clause_verb_before``), or on a participle of the first verb's object (``inhibits A induced by B and
  attenuates C``: ``verb_past_participle``);
- the items of a list (``listed_conjuncts``): a process noun the parser hung higher (``to promote A
  growth, development of B``: ``stray_conjuncts``), a noun it hung as a conjunct of the verb whose object
  the list is (``resulted in impaired A in vitro and a mild B``: ``_verbs_conjunct``), or the object
  before such a noun when a plural relative clause is about both (``a receptor (A) and a ligand (B) that
  are…``: ``object_before``), conjuncts sharing the head name's head hung on it as
  modifiers (``marginal zone and mature naive B cells``: ``sharing_modifiers``), names in apposition to
  a class word or an unnamed conjunct (``X and the related cytokines Y and Z``: ``apposed_members``),
  a noun hung on the second ``as`` of ``as well as`` (``as_well_as_object``), a name hung on the first as
  an apposition with the list going on after it (``IL-6, IL-8, as well as GM-CSF``: ``listed_appositions``);
- a conjunct that opens a phrase of its own (a determiner, ``as well as``, a modifier or a participle
  of its own: ``own_phrase``, ``own_modifier``, ``heads_own_participle``, ``modified_noun``);
- a conjunct the sentence denies (``but not X``, ``nor X``, ``neither X``);
- a pair opened by both / either that the parser joined the next clause's subject to (``expresses both
  A and B, and a high level of C induces D``: ``closed_pair``, ``subject_after_pair``);
- a subject swallowed by a fronted clause; names left with a hyphen before another name's modifier
  (``IL-6- and TNF-α-induced``); examples after a list (``G-CSF and chemokines such as CXCL1``: the
  nearest conjunct's). Its words (and / or, the joining words, the words that open examples) are
  kinds of ``english_parse_words.tsv``; an ``of`` phrase hung on the conjunct before a process noun
  (``activation of A and production of B``: ``borrowed_of``).
"""
from __future__ import annotations

import re

from .english_context import SUBJECTS, Context


def swallowed_subject(verb):
    """``Once it is activated by danger signals, recruitment of X triggers Y``: a verb with no subject
    after a clause or a prepositional phrase put before it (advcl, prep: ``Through their interactions
    with A and B, X and Y support Z``), whose last noun the parser joined the subject to, as a
    conjunct after a comma. The conjunct whose phrase ends right before the verb (or the comma before
    it) is its subject."""
    fronted = [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < verb.i]
    # (a plural verb right after a comma the tagger may take for a bare infinitive: ``…, X and Y, support Z``)
    bare = verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not fronted or verb.tag_ not in ("VBZ", "VBP", "VBD") and not bare:
        return None
    end = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1  # (``X and its homologue Y (…), support``)
    for t in fronted[-1].subtree:
        if t.dep_ == "conj" and t.i > 0 and t.doc[t.i - 1].text == "," and t.right_edge.i == end:
            return t
    return None




def clause_verb_before(ctx: Context, verb):
    """``Studies show that 1,25(OH)2D inhibits IL-17, and induces IL-4`` / ``This work shows that SCF
    regulates A, promotes B, …, directly induces C``: a second verb of a that-clause the parser hung on
    the reporting verb (words of kind report), as its conjunct or a second complement, with no subject
    of its own and the form of the that-clause's verb (or a modal's infinitive): the verb of the
    that-clause before it, whose subject it shares; None otherwise."""
    head = verb.head
    if verb.dep_ not in ("conj", "ccomp") or not head.i < verb.i or ctx.vocab.kind("report", head.lemma_) is None:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    clauses = [c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i
               and any(s.dep_ in SUBJECTS for s in c.children)]
    if not clauses:
        return None
    clause = clauses[-1]
    modal = verb.tag_ == "VB" and any(c.dep_ == "aux" and ctx.vocab.kind("modal", c.lower_) is not None
                                      for c in verb.children)
    return clause if verb.tag_ == clause.tag_ and verb.tag_ in ("VBZ", "VBD", "VBP") or modal else None


def subject_after_pair(ctx: Context, verb):
    """``Osteoblasts express both RANKL and OPG, and the ratio of RANKL to OPG controls…``: a verb with no
    subject, hung as a conjunct of the verb before it, whose object is a pair opened by both / either
    that the parser joined a further conjunct to (``closed_pair``), ending right before the verb: that
    conjunct is its subject; None otherwise."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    for obj in (c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i):
        _, rest = closed_pair(ctx, obj, [c for c in obj.conjuncts if c.i > obj.i])
        if rest and rest[-1].right_edge.i == verb.i - 1:
            return rest[0]
    return None


def verb_past_participle(verb):
    """``inhibits vascular permeability induced by cytokines and attenuates fibrosis``: a finite verb with no
    subject that the parser hung as a conjunct of a participle modifying the object of the verb before it (a
    participle does not coordinate with a finite verb): that verb, whose subject it shares; None otherwise."""
    participle = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBD", "VBP") or participle.tag_ != "VBN" \
            or participle.dep_ not in ("acl", "amod") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = participle.head
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    above = noun.head
    if noun.dep_ in ("dobj", "obj") and above.tag_ == verb.tag_ and above.i < participle.i:
        return above
    # (``TGF-β blocks macrophage activation induced by…``: the first verb hung on its object as a modifier)
    hung = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")
            and (c.tag_ == verb.tag_ or verb.tag_ == "VBZ" and c.tag_ == "NNS" and c.lower_.endswith("s"))]
    return hung[0] if hung else None


def suspended_names(ctx: Context, first: int, doc) -> list:
    """``TNFα- but not IL-1-induced activation``, ``IL-6- and TNF-α-induced differentiation``: the names
    before a name that opens a modifier (token ``first``), each left with a hyphen and joined to it
    by and / or / but not: the modifier is theirs too."""
    found, k = [], first - 1
    while True:
        joined = k
        while k >= 0 and ctx.vocab.kind("joining", doc[k].lower_) is not None:
            k -= 1
        if k == joined or k < 1 or doc[k].text not in ("-", "–") or ctx.mention(doc[k - 1]) is None:
            return found
        found.insert(0, doc[k - 1])
        k -= 2


def and_verb(ctx: Context, tok) -> bool:
    """``IL-6 promotes osteoclast differentiation and inhibits osteoblast differentiation``: a finite
    trigger verb after ``and`` / ``or`` that the parser hung inside the object of the verb before it
    (inhibits as an adjective of the next noun, suppresses as a plural noun): a second verb of the
    same subject (``verb_above_object`` is that first verb)."""
    before = tok.doc[tok.i - 1] if tok.i else None
    comma = before is not None and before.text == ","
    if before is None or ctx.vocab.kind("coordinator", before.lower_) is None and not comma \
            or tok.i + 1 >= len(tok.doc) or ctx.mention(tok):
        return False
    finite = tok.tag_ in ("VBZ", "VBD", "VBP") or tok.tag_ in ("NNS", "JJ") and tok.lower_.endswith("s")
    gerund = tok.tag_ == "VBG"  # ``in regulating A, B, and reducing C``: a gerund after a gerund's objects
    bare = _bare_verb(ctx, tok)
    if not (finite or gerund or bare) or tok.dep_ not in ("amod", "compound", "conj", "nmod"):
        return False
    verb = ctx.vocab.trigger(tok.lemma_, ("verb",)) or ctx.vocab.trigger(_STEM.sub("", tok.lower_), ("verb",))
    above = verb_above_object(tok)
    if verb is None or above is None:
        return False
    if bare or comma:
        return bare and above.tag_ in ("VB", "VBP")  # (after a comma, only a second verb of the same form)
    return not gerund or above.tag_ == "VBG"


def _bare_verb(ctx: Context, tok) -> bool:
    """``can activate A, and upregulate B`` / ``T cells inhibit A, exacerbate B, and…``: the bare form of a
    trigger verb the tagger took for an adjective (or a verb) modifying the noun after it."""
    return tok.tag_ in _BARE_TAGS and tok.dep_ in ("amod", "compound", "nmod") \
        and tok.head.i > tok.i and tok.lower_ == tok.lemma_.lower() \
        and not tok.lower_.endswith(("s", "ed", "ing")) and ctx.vocab.trigger(tok.lower_, ("verb",)) is not None


_BARE_TAGS = ("JJ", "NN", "VB", "VBP")
_STEM = re.compile(r"(?<=[^aeiou]s)es$|(?<=[cgv]e)s$|(?<=[^s])s$")


def verb_above_object(tok):
    """The verb whose object holds ``tok`` (up through coordination and modifiers, and the ``of``
    phrase of the object's noun), or the passive whose ``by`` agent holds it; None otherwise."""
    bare = tok.tag_ in _BARE_TAGS  # (a verb's bare form: the parser's other slips are read back below)
    node, steps = tok, 0
    while node.dep_ in ("conj", "amod", "compound", "nmod", "cc") and node.head.i != node.i and steps < 4:
        if bare and steps and node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") \
                and node.head.tag_.startswith("VB") and node.head.i < tok.i:
            return node.head  # ``activate A, and upregulate B``: B hung as a conjunct of the first verb
        node, steps = node.head, steps + 1
    if bare and node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.tag_.startswith("VB") \
            and node.head.head.i < tok.i:
        return node.head.head  # ``activate A in fibroblasts and upregulate B``: B hung on the first verb's place
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head  # ``induces the differentiation of Th17 cells and inhibits Treg development``
    if node.dep_ in ("dobj", "obj") and node.head.i < tok.i and node.head.tag_.startswith("VB"):
        return node.head
    if node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.tag_ == "VBN":
        return node.head.head  # ``IL-10 is produced by Tregs and suppresses macrophage activation``
    return None


def own_phrase(tok) -> bool:
    """A conjunct with a determiner of its own, or after ``as well as``: a noun phrase of its own."""
    if any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children):
        return True
    first = min(t.i for t in tok.subtree)
    return first >= 3 and [t.lower_ for t in tok.doc[first - 3:first]] == ["as", "well", "as"]


def own_modifier(ctx: Context, tok) -> bool:
    """``osteoblast-dependent bone formation and osteoclast-dependent bone resorption``: a conjunct
    with a modifier of its own (X-dependent, X-induced) is outside the first one's."""
    return any(c.i < tok.i and c.dep_ in ("amod", "compound", "nmod") and
               ctx.vocab.trigger(c.lower_, ("modifier",)) is not None for c in tok.children)


def heads_own_participle(tok) -> bool:
    """A conjunct right before a participle with an agent (``B mediated by Y``)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.dep_ in ("acl", "amod") and nxt.tag_ == "VBN" \
        and any(c.dep_ == "agent" for c in nxt.children)


def modified_noun(tok):
    """The noun a participle modifies: its head, or the conjunct of its head right before
    it (``A mediated by X and B mediated by Y``: the parser hangs the second on A)."""
    head = tok.head
    before = [c for c in head.conjuncts if head.i < c.i < tok.i]
    return before[-1] if before and before[-1].i == tok.i - 1 else head


def negated_conjunct(ctx: Context, tok) -> bool:
    """``but not X`` / ``nor X``: a conjunct the sentence denies. A name between the ``not``
    and the conjunct is what is denied (``TNFα- but not IL-1-induced activation of p38``:
    the activation of p38 is not)."""
    for c in tok.children:
        if c.dep_ in ("neg", "preconj") and c.lower_ in ("not", "neither"):
            return not any(ctx.mention(t) is not None for t in tok.doc[c.i + 1:tok.i])
    if tok.dep_ == "conj" and tok.i >= 2 and [t.lower_ for t in tok.doc[tok.i - 2:tok.i]] == ["but", "not"]:
        return True  # (``X but not Y`` where the parser hung ``not`` on X as a conjunct of its own)
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.children) \
        or tok.head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children) \
        or tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children)


def neither(tok) -> bool:
    """``Neither IL-4 nor IL-13 affected…``: the first conjunct after ``neither`` is denied too."""
    return any(c.dep_ in ("det", "preconj", "cc") and c.lower_ == "neither" and c.i < tok.i for c in tok.children)


def _is_example_phrase(ctx: Context, child) -> bool:
    """``such as X``, ``including X``, ``for example X`` (a prep: words of kind ``example_phrase``, the
    preposition alone, with the word after it, or with the word the parser hangs on it: ``such`` on ``as``)
    or ``e.g. X`` (an apposition holding a word of kind ``example_mark``)."""
    if child.dep_ == "prep":
        doc = child.doc
        phrases = [child.lower_] + [f"{c.lower_} {child.lower_}" for c in child.children]
        if child.i + 1 < len(doc):
            phrases.append(f"{child.lower_} {doc[child.i + 1].lower_}")
        return any(ctx.vocab.kind("example_phrase", p) is not None for p in phrases)
    return child.dep_ == "appos" and any(ctx.vocab.kind("example_mark", c.lower_) is not None for c in child.subtree)


def example_phrases(ctx: Context, tok) -> list:
    """The example phrases of ``tok``. The parser hangs ``such as`` / ``including`` after a list on
    its first conjunct (``G-CSF and chemokines such as CXCL1``); the examples are the nearest
    conjunct's (chemokines), so a phrase after a later conjunct is that conjunct's, not the first's. One
    the parser hung on the verb, after a comma right after its direct object, is that object's."""
    def before(phrase, start) -> bool:  # no conjunct of the list between ``start`` and the phrase
        return not any(start < c.i < phrase.i for c in tok.conjuncts)
    own = [c for c in tok.children if _is_example_phrase(ctx, c) and before(c, tok.i)]
    if tok.dep_ in ("dobj", "obj"):  # ``attenuates pathological responses, including fibrosis``: hung on the verb
        own += [c for c in tok.head.children if _is_example_phrase(ctx, c) and (
            c.i == tok.right_edge.i + 2 and tok.doc[c.i - 1].text == ","
            or c.left_edge.i == tok.right_edge.i + 1)]  # ``induces inflammatory cytokines such as IL-6``: the parser, reading
        # a name of several words as one proper noun, hangs the phrase right after it on the verb: still the object's
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != tok.i:
        own += [c for c in first.children if _is_example_phrase(ctx, c) and c.i > tok.i and before(c, tok.i)]
    return own


def listed_conjuncts(ctx: Context, head, is_class, role: str = "object") -> list:
    """The items of the list ``head`` opens: its later conjuncts, a process noun the parser hung higher
    (``stray_conjuncts``), the conjuncts sharing its head that the parser hung on it as modifiers
    (``sharing_modifiers``), the names in apposition to a class word among them (``apposed_members``);
    a pair opened by both / either ends at its second member (``closed_pair``)."""
    later = [c for c in head.conjuncts if c.i > head.i]
    pair, rest = closed_pair(ctx, head, later)
    if rest:  # the subject of the clause after the pair is what follows it; the pair is no subject
        return [m for c in rest for m in apposed_members(ctx, c, is_class)] if role == "subject" else pair
    listed = object_before(ctx, head) + [head] + listed_appositions(ctx, head, later, is_class) + later \
        + as_well_as_object(head) + stray_conjuncts(ctx, head) + sharing_modifiers(ctx, head)
    return [m for c in listed for m in apposed_members(ctx, c, is_class)]


def object_before(ctx: Context, head) -> list:
    """``characterized a receptor (c-kit) and a corresponding ligand (SCF) that are critical to…``: a
    singular noun after a coordinator that the parser hung as a conjunct (or an object) of the verb, with
    a plural verb of a relative clause on it: the clause is about both, the verb's object before the
    coordinator (its direct object or the object of its preposition) and the noun."""
    verb = head.head
    if head.dep_ not in ("conj", "dobj") or head.tag_ != "NN" or verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "relcl" and c.tag_ == "VBP" and any(x.tag_ == "WDT" for x in c.children) for c in head.children):
        return []
    objs = [o for c in verb.children if c.i < head.i for o in ([c] if c.dep_ in ("dobj", "obj") else
            [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    if not objs:
        return []
    last = max(objs, key=lambda o: o.i)
    while last.dep_ == "pobj" and any(c.dep_ == "prep" and c.i > last.i for c in last.children):
        last = max((x for c in last.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"),
                   key=lambda o: o.i, default=last)  # (the characterization of a receptor: the receptor)
        if last.i >= head.i:
            return []
    between = head.doc[last.right_edge.i + 1:head.left_edge.i]
    if not any(ctx.vocab.kind("coordinator", t.lower_) is not None for t in between):
        return []
    return [last]


def as_well_as_object(head) -> list:
    """``prevents the binding of IL-1α as well as IL-1β to IL-1R1``: the noun right after ``as well as``
    that the parser hung on the second ``as`` as its object (the ``as`` a conjunction of a word above):
    a conjunct of the noun before ``as well as`` (with its own conjuncts)."""
    doc, k = head.doc, head.right_edge.i + 1
    if head.dep_ == "conj" or k + 3 > len(doc) or [t.lower_ for t in doc[k:k + 3]] != ["as", "well", "as"]:
        return []
    objs = [c for c in doc[k + 2].children if c.dep_ == "pobj" and c.i > k + 2]
    return objs[:1] + [c for c in objs[0].conjuncts if c.i > objs[0].i] if objs else []


def listed_appositions(ctx: Context, head, later: list, is_class) -> list:
    """``induces IL-6, IL-8, as well as GM-CSF``: a name after a comma that the parser hung on the list's
    first name as an apposition, with a conjunct of the list after it: one more item of the list (a name
    of another thing of the same type; not a synonym, nor a class word describing the first)."""
    first = ctx.mention(head)
    if first is None or is_class(ctx, first) or not later:
        return []
    return [c for c in head.children if c.dep_ == "appos" and c.i < later[0].i and head.doc[c.i - 1].text == ","
            and (f := ctx.mention(c)) is not None and not is_class(ctx, f)
            and f.concept.type == first.concept.type and f.concept.id != first.concept.id]


def closed_pair(ctx: Context, head, later: list) -> tuple[list, list]:
    """``expresses both FGFR1 and Klotho, and a high level of FGF23 induces…``: a pair opened by both /
    either has two members; a conjunct after a second coordinator, which the parser joined to the pair,
    opens a clause of its own (it is the next verb's subject) where it is a common noun with a determiner.
    (The pair, the conjuncts after it) where there are such; else ([], [])."""
    if len(later) < 2 or not any(c.dep_ == "preconj" and c.lower_ in ("both", "either") for c in head.children):
        return [], []
    doc = head.doc
    between = doc[later[0].right_edge.i + 1:later[1].left_edge.i]
    if not any(ctx.vocab.kind("coordinator", t.lower_) is not None for t in between):
        return [], []
    # (a common noun with a determiner of its own opens the clause: ``both A and B, and to a lesser
    # extent C, induce…`` is a list of three)
    if ctx.mention(later[1]) is not None or not any(c.dep_ == "det" and c.i < later[1].i for c in later[1].children):
        return [], []
    return [head, later[0]], later[1:]


def sharing_modifiers(ctx: Context, head) -> list:
    """``late transitional, marginal zone and mature naive B cells``: the parser hangs the conjuncts
    that share the head name's head (``mentions.regrouped``: transitional, marginal zone, each a
    name of the head's type) on it as modifiers, with their conjuncts; they are items of the list
    the head name ends."""
    name = ctx.mention(head)
    if name is None:
        return []
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("nmod", "amod", "compound")]
    found = [t for c in mods for t in [c, *c.conjuncts] if t.i < head.i]
    return sorted({t.i: t for t in found if _stands_for_shared_name(ctx.mention(t), name)}.values(),
                  key=lambda t: t.i)


def _stands_for_shared_name(found, head_name) -> bool:
    """A composed mention whose words are the first words of its name (``transitional``: transitional
    B cell), of the same type as the name whose head it shares."""
    if found is None or found.record.via != "composed" or found.concept.type != head_name.concept.type:
        return False
    words, name = found.record.surface.lower().split(), found.concept.name.lower().split()
    return len(words) < len(name) and name[:len(words)] == words


def stray_conjuncts(ctx: Context, head) -> list:
    """``to promote tumour growth, development of the pre-metastatic niche, and…`` / ``a key role in
    activation of A and subsequently, stimulation of B``: a process noun with its ``of`` phrase right
    after a list that a process noun heads, which the parser hung higher (a second object of a verb
    above, a conjunct of the clause's verb): one more conjunct of the list (with its own conjuncts).
    ``contribute to increased numbers of A, enhanced B production, and C``: a name or a process noun
    after the object of a verb's preposition, hung on that verb as a direct object it cannot have."""
    if head.dep_ == "conj":
        return []
    doc, k = head.doc, head.right_edge.i + 1
    while k < len(doc) and (doc[k].text == "," or ctx.vocab.kind("coordinator", doc[k].lower_) is not None
                            or doc[k].tag_ == "RB"):
        k += 1
    if k >= len(doc) or k == head.right_edge.i + 1:
        return []
    stray = doc[k]
    while stray.dep_ in ("det", "amod", "compound", "nmod") and stray.head.i > stray.i:
        stray = stray.head
    if _on_prepositions_verb(head, stray) or _verbs_conjunct(ctx, head, stray, doc[head.right_edge.i + 1:k]):
        named = ctx.mention(stray) is not None or _process_noun(ctx, stray, own_of=False)
    else:
        named = _process_noun(ctx, head, own_of=False) and stray.dep_ in ("conj", "dobj") \
            and _process_noun(ctx, stray) and any(a.i == stray.head.i for a in head.ancestors)
    return [stray] + [c for c in stray.conjuncts if c.i > stray.i] if named else []


def _on_prepositions_verb(head, stray) -> bool:
    """``stray`` a direct object (after a comma) of the verb whose preposition ``head`` is the object of,
    a verb with no direct object before it (``contribute to A, B``)."""
    prep = head.head
    verb = prep.head
    return head.dep_ == "pobj" and prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and prep.i > verb.i \
        and stray.dep_ == "dobj" and stray.head.i == verb.i and _comma_before(stray) \
        and not any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


def _verbs_conjunct(ctx: Context, head, stray, between) -> bool:
    """``resulted in impaired osteoclastogenesis in vitro and a mild osteopetrosis``: a noun after a
    coordinator that the parser hung as a conjunct of the verb whose object (or preposition's object)
    ``head`` is, with no subject or verb of its own: a conjunct of ``head``."""
    verb = head.head if head.dep_ in ("dobj", "obj") else head.head.head if head.dep_ == "pobj" \
        and head.head.dep_ == "prep" else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and stray.dep_ == "conj" and stray.head.i == verb.i \
        and stray.pos_ in ("NOUN", "PROPN") and stray.i > head.i \
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in stray.children) \
        and any(ctx.vocab.kind("coordinator", t.lower_) is not None for t in between)


def _comma_before(tok) -> bool:
    """A comma before the phrase ``tok`` heads."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text == ","


def _process_noun(ctx: Context, tok, own_of: bool = True) -> bool:
    """A noun that names something of what it is of (an aspect word, a nominal trigger, a filler:
    growth, activation, development), not itself a name; ``own_of``: with its ``of`` phrase."""
    word = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and ctx.mention(tok) is None \
        and (not own_of or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)) \
        and (ctx.vocab.aspect(tok.lower_) is not None or ctx.vocab.aspect(word) is not None
             or ctx.vocab.trigger(word, ("noun",)) is not None or ctx.vocab.kind("filler", word) is not None)


def apposed_members(ctx: Context, tok, is_class) -> list:
    """``GM-CSF and the related cytokines IL-3 and IL-5 regulate…`` / ``Eph receptors and their associated
    ligands, ephrins, play…``: a later conjunct of a list that is a class word (``is_class``) or names
    nothing, with a name in apposition right after it (or after a comma; after a class word, a name of
    one thing): the names it describes (with the name's own conjuncts) stand for it; else the conjunct."""
    found = ctx.mention(tok)
    if tok.dep_ != "conj" or found is not None and not is_class(ctx, found):
        return [tok]
    doc = tok.doc
    names = [c for c in tok.children if c.dep_ == "appos" and (
        c.i == tok.i + 1 or c.i == tok.i + 2 and doc[tok.i + 1].text == ",")
        and (f := ctx.mention(c)) is not None and (found is None or not is_class(ctx, f))]
    if not names:
        return [tok]
    return names + [c for c in names[0].conjuncts if c.i > names[0].i]


def borrowed_of(tok) -> list:
    """``the activation of macrophages and production of IL-6`` / ``release of enzymes and generation of
    oxidants``: a conjunct with no ``of`` phrase of its own, right before an ``of`` the parser hung on the
    conjunct before it (which has an ``of`` of its own or is a name): that ``of`` phrase is the conjunct's."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.i + 1 >= len(doc) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return []
    prep = doc[tok.i + 1]
    return [prep] if prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.i == tok.head.i < tok.i else []
