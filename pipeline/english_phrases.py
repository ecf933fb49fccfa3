"""Noun phrases, subjects and flags on an English dependency parse.

The constructions of ``english_reader`` ask three things of the parse; this module answers the first:

- **What a noun phrase names** (``sides``): a mention token is itself; an
  aspect word names its owner's aspect (``the differentiation of
  osteoclasts``, ``RANKL expression``, ``its activation``); a filler or
  quantity word names what it holds (``the pathogenesis of arthritis``, ``a
  variety of agents``); a class word with examples names the examples
  (``cytokines such as IL-6``); a knock-down word names its owner knocked
  down (``loss of X``, ``X-deficient mice``, SPEC 1) unless an agent is named
  (``inhibition of X by Y``: Y); in object position a nominal trigger names
  its owner with its own effect (``upregulation of IDO``). Coordination
  multiplies, ``but not X`` negates X and what follows it.
- **Who the subject of a verb is** and **how the claim is stated**: in
  ``english_clauses``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .english_claims import combined, inverse
from .mentions import Found, as_concept, as_frame
from .records import box_columns

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OWNER_DEPS = ("compound", "nmod", "amod", "npadvmod", "poss")
_PRONOUNS = {"it": "sing", "its": "sing", "they": "plural", "their": "plural", "them": "plural"}
# before a class word (this cytokine, these cells): what it / they would name
DEMONSTRATIVES = frozenset({"this", "these"})
# types a pronoun can stand for (what a sentence before was about)
REFERENT_TYPES = frozenset({"gene", "family", "pathway", "cell", "ncrna", "drug"})
_MOLECULES = frozenset({"gene", "family", "pathway", "ncrna", "drug"})
# words that classify the subject of a copula (``X is a class of molecules that…``)
_VOCAB_CLASS = frozenset({"class", "type", "kind", "group", "family", "member"})
# prepositions of place: a relative clause after their object is about the clause, not the place
_PLACE = frozenset({"in", "within", "at", "during"})


@dataclass(frozen=True)
class Side:
    """One argument of a claim: a mention (or a pronoun's referent) and what of it."""

    found: Found
    aspect: object = None  # relations.AspectWord
    knocked: bool = False  # knocked down, deficient, blocked: its polarity turned round
    negated: bool = False  # ``but not X``
    effect: str | None = None  # a nominal trigger over it (``upregulation of IDO``)


@dataclass
class Context:
    """One parsed sentence and what the reader knows around it."""

    parsed: object  # english_parse.ParsedSentence
    vocab: object  # english_words.EnglishVocab
    doc: object  # records.Document
    lexicon: object
    referents: dict = field(default_factory=dict)  # 'sing' / 'plural' -> [Found]: what it / they name

    def mention(self, tok) -> Found | None:
        return self.parsed.mention_at.get(tok.i)

    def pronoun(self, tok, cells: bool = False) -> list[Found]:
        """The referents of a pronoun token, each re-anchored on the pronoun's span: the one
        thing a subject before it in the sentence names (``IL-17A is…whereas its effects``),
        else what the sentence before was about. With ``cells`` (``their differentiation``: a
        fate only cells have) the cells the sentence named last before it, else none."""
        kind = _PRONOUNS.get(tok.lower_)
        if kind is None or self.mention(tok) is not None:
            return []
        found = self._earlier_cell(tok) if cells else \
            self._sibling_molecule(tok, kind) or self._earlier_subject(tok, kind) or \
            self._fronted_for(tok, kind) or self._earlier_molecule(tok, kind) or self.referents.get(kind, [])
        return self._anchored(tok, found)

    def demonstrative(self, tok, found: Found) -> list[Found]:
        """``this cytokine`` / ``these cells``: a class word after this / these names, as it / they
        would, the thing (things) of its kind a subject before it or the sentence before named."""
        det = [c.lower_ for c in tok.children if c.dep_ == "det" and c.lower_ in DEMONSTRATIVES]
        if not det:
            return []
        kind = "sing" if det[0] == "this" else "plural"
        types = _MOLECULES if found.concept.type in _MOLECULES else {found.concept.type}
        for named in (self._earlier_subject(tok, kind), self._earlier_molecule(tok, kind),
                      self.referents.get(kind, [])):
            named = [f for f in named if f.concept.type in types]
            if named:
                return self._anchored(tok, named)
        return []

    def _anchored(self, tok, found: list[Found]) -> list[Found]:
        """``found`` re-anchored on the span of ``tok`` (a pronoun's referents)."""
        a, b = self.parsed.span_of(tok.i)
        view = self.parsed.view
        start, end = view.clean.source_span(a, b)
        out = []
        for f in found:
            record = replace(f.record, start=start, end=end, surface=self.doc.text[start:end],
                             sent_id=view.sentence.sent_id, via="pronoun", page=self.doc.page_of(start),
                             **box_columns(self.doc.bbox(start, end)))
            out.append(Found(record, a, b, f.concept))
        return out


    def _earlier_cell(self, tok) -> list[Found]:
        """``IL-15 acts on NK cells and enhances their proliferation``: the last cell named before ``tok``."""
        found = [f for t in tok.doc[:tok.i] if (f := self.mention(t)) is not None and f.concept.type == "cell"]
        return found[-1:]

    def _sibling_molecule(self, tok, kind: str) -> list[Found]:
        """``the lack of sclerostin or its antibody-mediated inhibition``: the one molecule the
        conjunct before names, for ``its`` on a conjunct."""
        noun = tok.head
        if kind != "sing" or tok.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i > noun.i:
            return []
        found = [f for t in noun.head.subtree if t.i < noun.i and (f := self.mention(t)) is not None
                 and f.concept.type in _MOLECULES]
        return found[:1] if len({f.concept.id for f in found}) == 1 else []

    def _fronted_for(self, tok, kind: str) -> list[Found]:
        """``Besides its role as a regulator of angiogenesis, VEGF triggers…`` / ``Based on its functions,
        X is…``: ``its`` in a phrase put before the subject of its clause names that subject (one molecule)."""
        phrase = tok
        while phrase.head.i != phrase.i and phrase.head.pos_ not in ("VERB", "AUX"):
            phrase = phrase.head
        verb = phrase.head
        while verb.dep_ in ("prep", "advcl") and verb.head.i > verb.i and \
                not any(c.dep_ in _SUBJECTS for c in verb.children):
            phrase, verb = verb, verb.head  # ``Based on its…functions, X is…``: the participle opens the phrase
        if kind != "sing" or tok.dep_ != "poss" or phrase.dep_ not in ("prep", "advcl", "npadvmod") or verb.i == phrase.i:
            return []
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i > phrase.i]
        found = [f for c in subjects[:1] if (f := self.mention(c)) is not None and f.concept.type in _MOLECULES]
        return found

    def _earlier_molecule(self, tok, kind: str) -> list[Found]:
        """``studies on the role of LIF in cancer cells have revealed that it…``: the one
        molecule the sentence named before ``it``."""
        found = [f for t in tok.doc[:tok.i] if (f := self.mention(t)) is not None and f.concept.type in _MOLECULES]
        return found[:1] if kind == "sing" and len({f.concept.id for f in found}) == 1 else []

    def _earlier_subject(self, tok, kind: str) -> list[Found]:
        """The mentions heading the subjects of the clauses before ``tok`` in this sentence,
        when they name one thing (``it``/``its``) or several (``they``/``their``)."""
        found = [f for t in tok.doc[:tok.i] if t.dep_ in _SUBJECTS and (f := self.mention(t)) is not None
                 and f.concept.type in REFERENT_TYPES]
        concepts = {f.concept.id for f in found}
        if kind == "sing" and len(concepts) == 1 or kind == "plural" and len(concepts) > 1:
            return found[:1] if kind == "sing" else found
        return []


# --- noun phrases -------------------------------------------------------------

def sides(ctx: Context, head, role: str = "object", premodified: bool = False) -> list[Side]:
    """What the noun phrase headed by ``head`` names (see the module docstring).
    ``role`` is ``subject`` (knock-down words turn the polarity round) or ``object``.
    ``premodified``: the phrase is what a word before the head says something of (``X-induced
    A and B``); a conjunct that opens a noun phrase of its own (``X-induced A as well as the
    inhibition of B``) is outside it."""
    out: list[Side] = []
    pending: list = []  # aspect words still without an owner (``growth, survival and migration of X``)
    first_owned: list[Side] = []  # the owners of the first aspect word that had some
    negated = False
    listed = [head] + [c for c in head.conjuncts if c.i > head.i]
    if _class_before_names(ctx, listed):
        listed = listed[1:]  # ``two other cytokines, IL-4 and TGF-β``: the names the class word heads
    for tok in listed:
        if tok.i != head.i and _heads_own_participle(tok):
            break  # ``A mediated by X and B mediated by Y``: B starts a phrase of its own
        if tok.i != head.i and premodified and (_own_phrase(tok) or _own_modifier(ctx, tok)):
            break
        if tok.i != head.i and (and_verb(ctx, tok) or any(and_verb(ctx, c) for c in tok.children if c.i < tok.i)):
            break  # ``promotes A and inhibits B``: B is the second verb's
        negated = negated or (_negated_conjunct(ctx, tok) if tok.i != head.i else _neither(tok))
        got = _one_head(ctx, tok, role)
        if got is None:
            continue
        owned, aspect = got
        if not owned and aspect is not None:
            if tok.i == head.i or not _own_phrase(tok):
                pending.append(aspect)  # ``NO production``: a phrase of its own shares no owner
            continue
        if tok.i != head.i and ctx.mention(tok) is not None and first_owned:
            # ``the activation of c-fos…, but not NFκB``: a bare name after an owned aspect word
            # is the owner of the same (the activation of NFκB)
            owned = [s if s.aspect is not None else replace(s, aspect=first_owned[0].aspect,
                                                              effect=first_owned[0].effect) for s in owned]
        out += [replace(s, negated=s.negated or negated) for s in owned]
        if aspect is not None:
            # the owner of the last aspect word of a list is the owner of them all
            out += [replace(s, aspect=a, negated=negated) for s in owned for a in pending]
            first_owned = first_owned or owned
            pending = []
    # ``the growth of X, survival and migration``: words after the owned one share its owner (a
    # tumour's migration is its cells', which the relation stage's output names)
    out += [replace(s, aspect=a, negated=negated) for s in first_owned for a in pending
            if s.found.concept.type != "process"]
    if role == "subject" and _gerund_before(ctx, head):
        out = [replace(s, knocked=True) for s in out]
    return _distinct(out)


def _gerund_before(ctx: Context, head) -> bool:
    """``Blocking NKG2D decreased…`` / ``blocking TGF-β and IL-10 increased…``: a knock-down
    gerund right before a subject name, which the parser hung on the name (a compound) or on the
    verb (csubj) instead of taking the name for its object: the name is knocked down."""
    k = head.i - 1
    while k >= 0 and head.doc[k].dep_ == "det" and head.doc[k].head.i == head.i:
        k -= 1
    word = head.doc[k] if k >= 0 and ctx.mention(head) is not None else None
    if word is None or not word.lower_.endswith("ing") or not _is_knockdown(ctx.vocab, word):
        return False
    if any(c.dep_ == "dobj" for c in word.children):
        return False
    return word.head.i == head.i or word.dep_ == "csubj" and word.head.i == head.head.i


def and_verb(ctx: Context, tok) -> bool:
    """``IL-6 promotes osteoclast differentiation and inhibits osteoblast differentiation``: a finite
    trigger verb after ``and`` / ``or`` that the parser hung inside the object of the verb before it
    (inhibits as an adjective of the next noun, suppresses as a plural noun): a second verb of the
    same subject (``verb_above_object`` is that first verb)."""
    before = tok.doc[tok.i - 1] if tok.i else None
    if before is None or before.lower_ not in ("and", "or") or tok.i + 1 >= len(tok.doc) or ctx.mention(tok):
        return False
    finite = tok.tag_ in ("VBZ", "VBD", "VBP") or tok.tag_ in ("NNS", "JJ") and tok.lower_.endswith("s")
    if not finite or tok.dep_ not in ("amod", "compound", "conj", "nmod"):
        return False
    verb = ctx.vocab.trigger(tok.lemma_, ("verb",)) or ctx.vocab.trigger(_STEM.sub("", tok.lower_), ("verb",))
    return verb is not None and verb_above_object(tok) is not None


_STEM = re.compile(r"(?<=[^aeiou]s)es$|(?<=[cgv]e)s$|(?<=[^s])s$")


def verb_above_object(tok):
    """The verb whose object holds ``tok`` (up through coordination and modifiers), or None."""
    node, steps = tok, 0
    while node.dep_ in ("conj", "amod", "compound", "nmod", "cc") and node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1
    if node.dep_ in ("dobj", "obj") and node.head.i < tok.i and node.head.tag_.startswith("VB"):
        return node.head
    return None


def is_class_word(ctx: Context, found: Found) -> bool:
    """A mention that names a class of things in common words (cytokines, the chemokine, its
    receptor), not one thing (TGF-β, interleukin-6): a family or class concept written in
    lower-case words (its name: cytokine, receptor; not TGF-β, whatever the spelling)."""
    classy = found.concept.type == "family" or found.concept.id in ctx.vocab.rules.class_words
    return classy and _COMMON.fullmatch(found.concept.name) is not None


_COMMON = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def _class_before_names(ctx: Context, listed: list) -> bool:
    """A class word, a comma, then names of single things only: the class word titles them."""
    first = ctx.mention(listed[0])
    if first is None or len(listed) < 2 or not is_class_word(ctx, first):
        return False
    nxt = listed[0].doc[listed[0].i + 1] if listed[0].i + 1 < len(listed[0].doc) else None
    if nxt is None or nxt.text != ",":
        return False
    rest = [ctx.mention(t) for t in listed[1:]]
    return all(f is not None and not is_class_word(ctx, f) for f in rest)


def _own_phrase(tok) -> bool:
    """A conjunct with a determiner of its own, or after ``as well as``: a noun phrase of its own."""
    if any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children):
        return True
    first = min(t.i for t in tok.subtree)
    return first >= 3 and [t.lower_ for t in tok.doc[first - 3:first]] == ["as", "well", "as"]


def _own_modifier(ctx: Context, tok) -> bool:
    """``osteoblast-dependent bone formation and osteoclast-dependent bone resorption``: a conjunct
    with a modifier of its own (X-dependent, X-induced) is outside the first one's."""
    return any(c.i < tok.i and c.dep_ in ("amod", "compound", "nmod") and
               ctx.vocab.trigger(c.lower_, ("modifier",)) is not None for c in tok.children)


def _heads_own_participle(tok) -> bool:
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


def _distinct(out: list[Side]) -> list[Side]:
    seen, kept = set(), []
    for s in out:
        key = (s.found.cstart, s.found.concept.id, getattr(s.aspect, "aspect", None), s.knocked, s.negated, s.effect)
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept


def _one_head(ctx: Context, tok, role: str):
    """(sides, aspect word awaiting an owner) for one conjunct; None when it names nothing."""
    got = _one_head_read(ctx, tok, role)
    if got is None or role != "object" or not _lowered(ctx, tok):
        return got
    # ``promotes reduced bone formation``: what falls is what the verb acts against
    owned, aspect = got
    return [replace(s, effect=inverse(s.effect or "promotes")) for s in owned], aspect


def _one_head_read(ctx: Context, tok, role: str):
    vocab = ctx.vocab
    found = ctx.mention(tok)
    lends = found is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    examples = [] if lends else _examples(ctx, tok, role)  # ``the inhibition of X such as…``: X's (_owners)
    if examples and found is not None and not _examples_of(ctx, found, examples):
        examples = []  # ``inflammation arising from various etiologies, including infection``: not inflammation's
    if examples:
        return examples, None
    if found is not None:
        meant = ctx.demonstrative(tok, found) if is_class_word(ctx, found) else []
        if meant:
            return [Side(f) for f in meant], None
        named = _named_class(ctx, tok, found) or _owned_class(ctx, tok, found) or _cell_before_aspect(ctx, tok, found)
        if named is not None:
            return [named], None
        side = _knocked_composed(ctx, found) if role == "subject" else None
        side = side or _mention_side(ctx, found)
        return _family(ctx, tok) or [side], side.aspect
    if tok.lower_ in _PRONOUNS and tok.dep_ not in ("poss",):
        return [Side(f) for f in ctx.pronoun(tok)], None
    word = tok.lemma_.lower()
    if role == "subject" and vocab.kind("treatment", word) is not None:
        return _treated_with(ctx, tok, vocab.kind("treatment", word)), None
    if vocab.kind("quantity", word) is not None or vocab.kind("head", word) is not None:
        return _owners(ctx, tok, role), None
    if role == "subject" and tok.tag_ == "VBG" and _is_knockdown(vocab, tok):
        # ``Targeting the gp130/STAT3 axis attenuates…``: a gerund subject that knocks its object down
        return [replace(s, knocked=True) for c in tok.children if c.dep_ == "dobj" for s in sides(ctx, c, role)], None
    if role == "subject" and _is_knockdown(vocab, tok):
        agent = _by_agent(ctx, tok)
        if agent:
            return agent, None
        return [replace(s, knocked=True) for s in _owners(ctx, tok, role)], None
    if role == "subject" and (vocab.trigger(word, ("noun",)) or vocab.trigger(tok.lower_, ("noun",))):
        # ``the binding of RANKL to RANK promotes…``: what the nominalisation is of acts
        return _owners(ctx, tok, role), None
    aspect = vocab.aspect(tok.lower_) or vocab.aspect(word)
    if aspect is not None:
        nominal = vocab.trigger(word, ("noun",)) if role == "object" else None
        owned = [_with_aspect(ctx, s, aspect) for s in _owners(ctx, tok, role)]
        if role == "subject" and _lowered(ctx, tok):
            # ``Reduced IL-10 levels promote…``: the name's fall acts, its polarity turned round
            owned = [replace(s, knocked=not s.knocked) for s in owned]
        return [replace(s, effect=nominal.effect) for s in owned] if nominal else owned, aspect
    filler = vocab.kind("filler", word)
    if filler is not None:
        return [_filled(ctx, s, filler) for s in _owners(ctx, tok, role)], None
    nominal = vocab.trigger(word, ("noun",)) or vocab.trigger(tok.lower_, ("noun",))
    if role == "object" and (nominal is not None or _is_knockdown(vocab, tok)):
        effect = nominal.effect if nominal is not None else "inhibits"
        # ``causes stimulation of bone formation and inhibition of resorption``: the parser hangs the
        # second nominal under the first's ``of``; each owner keeps its own nominal's effect
        return [replace(s, effect=combined(effect, s.effect)) for s in _owners(ctx, tok, role)], None
    return None


def _cell_before_aspect(ctx: Context, tok, found: Found) -> Side | None:
    """``osteoclast chemotaxis``: a process named by an aspect word (aspects.tsv), with a cell
    hung on it right before, is that cell's aspect (the cells' migration)."""
    aspect = ctx.vocab.aspect(found.record.surface) if found.concept.type == "process" else None
    before = tok.doc[tok.i - 1] if tok.i else None
    cell = ctx.mention(before) if before is not None and before.head.i == tok.i \
        and before.dep_ in ("amod", "compound", "nmod") else None
    if aspect is None or cell is None or cell.concept.type != "cell":
        return None
    return _with_aspect(ctx, _mention_side(ctx, cell), aspect)


def _named_class(ctx: Context, tok, found: Found) -> Side | None:
    """``MNG cells`` / ``Th17 cells``: a class word (cells) right after a name is that name."""
    if found.concept.id not in ctx.vocab.rules.class_words:
        return None
    before = tok.doc[tok.i - 1] if tok.i else None
    named = ctx.mention(before) if before is not None and before.head.i == tok.i else None
    if named is None or named.concept.type in ("gene", "family", "drug", "ncrna", "pathway"):
        return None  # ``IL-6 cells`` are no kind of IL-6
    return _mention_side(ctx, named)


def _owned_class(ctx: Context, tok, found: Found) -> Side | None:
    """``VEGF and its receptors`` / ``chemokines and their receptors``: a class word owned by the
    name before it names that name's own (VEGF receptor, chemokine receptor): the dictionary's
    concept where it lists the name, else one composed as ``<id>/receptor``."""
    pattern = ctx.vocab.kind("owned", found.concept.name)
    if not pattern or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return None
    owner = ctx.mention(tok.head) if tok.dep_ == "conj" and tok.head.i < tok.i else None
    if owner is None:
        return None
    return Side(as_concept(found, _composed(ctx, owner, pattern, found.concept.type)))


def _composed(ctx: Context, owner: Found, pattern: str, ctype: str):
    """The concept ``pattern`` (``{name} receptor``) makes of ``owner``."""
    from .lexicon import Concept, fold

    surface = owner.record.surface
    names = [owner.concept.name] if is_class_word(ctx, owner) else [surface, owner.concept.name]
    for name in names:
        terms = ctx.lexicon.lookup(fold(pattern.replace("{name}", name)))
        if terms:
            return ctx.lexicon.concepts[terms[0].concept_id]
    suffix = pattern.replace("{name}", "").strip().replace(" ", "_")
    return Concept(f"{owner.concept.id}/{suffix}", ctype, pattern.replace("{name}", names[0]))


def _knocked_composed(ctx: Context, found: Found) -> Side | None:
    """``IL-10 deficiency increases TNF-α production``: a name composed of a name and a knock-down
    word (compositions.tsv: ``HGNC:IL10/deficiency``) as a subject is that name knocked down (SPEC 1:
    IL-10 downregulates TNF-α)."""
    base, _, word = found.concept.id.rpartition("/")
    head = ctx.lexicon.concepts.get(base) if base and ctx.vocab.cue("knockdown", word) else None
    if head is None or head.type not in _MOLECULES:
        return None
    return Side(as_concept(found, head), knocked=True)


def _mention_side(ctx: Context, found: Found) -> Side:
    """A mention as an argument; a framed process (osteoclastogenesis) as its owner's aspect."""
    from .relations import AspectWord

    if found.concept.frame:
        aspect = found.concept.frame[1]
        return Side(as_frame(found, ctx.lexicon), AspectWord("en", found.record.surface, aspect, aspect))
    return Side(found)


def _with_aspect(ctx: Context, side: Side, aspect) -> Side:
    """``the differentiation of osteoclastogenesis``-like doubles keep the mention's own frame."""
    return side if side.aspect is not None else replace(side, aspect=aspect)


def _filled(ctx: Context, side: Side, for_cells: str) -> Side:
    """``the development of Th17 cells``: a cell's development is its differentiation."""
    from .relations import AspectWord

    if for_cells and side.aspect is None and side.found.concept.type == "cell":
        return replace(side, aspect=AspectWord("en", "", for_cells, for_cells))
    return side


def _owners(ctx: Context, tok, role: str) -> list[Side]:
    """The names a head word is of: ``of X``; else a name before it (``RANKL expression``,
    ``RANK mRNA expression``, ``X-deficient``), ``X's`` / ``its``."""
    owning = ("of", "in") if ctx.vocab.kind("change", tok.lemma_) is not None else \
        ("of", "against") if _is_knockdown(ctx.vocab, tok) else ("of",)  # immunization against X
    ofs = [child for child in tok.children if child.dep_ == "prep" and child.lower_ in owning and child.i > tok.i]
    if any(child.lower_ == "of" for child in ofs):
        # ``loss of SOCS3 in myeloid cells``: with an owner after ``of``, ``in`` names a place
        ofs = [child for child in ofs if child.lower_ != "in"]
    if ofs:
        # ``myofibroblastic differentiation of hepatic stellate cells``: the owner is what ``of``
        # names (here no name), not an adjective before the word; ``the inhibition of cytokines
        # such as TNF-α``: examples the parser hung on the head word are the named class's
        objs = [obj for child in ofs for obj in child.children if obj.dep_ == "pobj"]
        lent = _examples(ctx, tok, role)
        if lent and any(ctx.mention(o) is not None and not _examples(ctx, o, role) for o in objs):
            return lent
        return [s for obj in objs for s in sides(ctx, obj, role)]
    out: list[Side] = []
    for child in tok.children:
        if child.dep_ not in _OWNER_DEPS or child.i > tok.i or _into(ctx, tok, child):
            continue
        if ctx.mention(child) is not None:
            out += sides(ctx, child, role)
        elif child.lower_ in _PRONOUNS:
            # ``its inhibition``: what it names; ``their differentiation``: cells
            out += [Side(f) for f in ctx.pronoun(child, cells=_cell_fate(ctx, tok))]
        elif _is_knockdown(ctx.vocab, child):
            # ``sclerostin-deficient mice``: the name under the knock-down adjective
            out += [replace(s, knocked=True) for s in _owners(ctx, child, role)]
        elif ctx.vocab.kind("head", child.lemma_) is not None:
            out += _owners(ctx, child, role)  # ``RANK mRNA expression``
    return out


def _cell_fate(ctx: Context, tok) -> bool:
    """An aspect word that names what only cells (or tissues) do, not molecules (differentiation,
    proliferation, survival, migration): not expression, activity or phosphorylation."""
    aspect = ctx.vocab.aspect(tok.lower_) or ctx.vocab.aspect(tok.lemma_)
    return aspect is not None and aspect.aspect not in MOLECULE_ASPECTS


# what molecules undergo; every other aspect is what cells do
MOLECULE_ASPECTS = frozenset({"expression", "activity", "phosphorylation"})


def _treated_with(ctx: Context, tok, prep: str) -> list[Side]:
    """What a treatment acts with: ``(co-)treatment with X``, ``exposure to X``, ``addition of
    X`` (the word's own preposition), else the name before the word (``TNF-α treatment of
    cells``: the cells are what is treated)."""
    named = [s for c in tok.children if c.dep_ == "prep" and c.lower_ == prep and c.i > tok.i
             for o in c.children if o.dep_ == "pobj" for s in sides(ctx, o, "subject")]
    if named:
        return named
    before = [s for c in tok.children if c.dep_ in _OWNER_DEPS and c.i < tok.i and ctx.mention(c) is not None
              for s in sides(ctx, c, "subject")]
    k = tok.i - 1
    while not before and k >= 0 and tok.doc[k].lower_ in ("-", "–", "co", "pre"):
        k -= 1  # ``M-CSF co-treatment``: the parser split the word and hung the name on ``co``
    if not before and k >= 0 and k < tok.i - 1 and ctx.mention(tok.doc[k]) is not None:
        before = [Side(ctx.mention(tok.doc[k]))]
    return before


def _into(ctx: Context, tok, child) -> bool:
    """``myofibroblastic differentiation``: a cell adjective before differentiation names what
    the cells become, not whose differentiation it is."""
    found = ctx.mention(child)
    surface = found.record.surface.lower() if found is not None else ""
    return child.dep_ == "amod" and surface.endswith("ic") and tok.lemma_.lower() == "differentiation"


def _family(ctx: Context, tok) -> list[Side]:
    """``cytokines from / of the IL-17 family``: the family a class word is drawn from."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of") and child.i > tok.i:
            for obj in child.children:
                found = ctx.mention(obj) if obj.dep_ == "pobj" else None
                if found is not None and found.concept.type == "family":
                    return [Side(found)]  # ``the IL-17 family``
                if obj.dep_ == "pobj" and obj.lemma_.lower() == "family":
                    return [Side(f.found) for f in _owners(ctx, obj, "subject")]
    return []


def _examples(ctx: Context, tok, role: str) -> list[Side]:
    """``cytokines such as IL-6 and TNF``, ``cytokines (e.g. G-CSF)``, ``including X``:
    the examples stand for the class word (SPEC 1)."""
    out: list[Side] = []
    for child in tok.children:
        if child.dep_ == "prep" and (child.lower_ == "including" or
                                      child.lower_ == "as" and any(c.lower_ == "such" for c in child.children)):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += sides(ctx, obj, role)
        elif child.dep_ == "appos" and any(c.lower_ in ("e.g.", "eg", "e.g") for c in child.subtree):
            out += sides(ctx, child, role)
    return out


def _examples_of(ctx: Context, found: Found, examples: list[Side]) -> bool:
    """Examples the parser hung on a name can stand for it only where it names a class (cytokines,
    immune cells) or a thing of their kind; on a name of another kind (a process: ``inflammation
    arising from various etiologies, including infection and aging``; ``pathways that induce
    erythropoiesis, including JAK2/STAT5``) they are another noun's."""
    if is_class_word(ctx, found) or plural_name(found):
        return True  # ``cellular responses, including cell proliferation, apoptosis…``
    return all(s.found.concept.type == found.concept.type for s in examples)


def plural_name(found: Found) -> bool:
    """A name whose last word is a plural noun (responses, cells), not a singular in -s (metastasis, virus)."""
    return _PLURAL.search(found.record.surface) is not None


_PLURAL = re.compile(r"[a-z](?<![sui])s$")


def _by_agent(ctx: Context, tok) -> list[Side]:
    """``inhibition of X by Y``: Y, the agent a nominal names."""
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            return agents_of(ctx, child)
    return []


def agents_of(ctx: Context, by) -> list[Side]:
    """What a ``by`` phrase names as the agent: its object, or what ``by using / adding X`` uses."""
    out: list[Side] = []
    for obj in by.children:
        if obj.dep_ == "pobj":
            out += sides(ctx, obj, "subject")
        elif obj.dep_ == "pcomp" and obj.lemma_.lower() in ("use", "add", "apply"):
            out += [s for o in obj.children if o.dep_ == "dobj" for s in sides(ctx, o, "subject")]
    return out


def _lowered(ctx: Context, tok) -> bool:
    """An amount said to be lower (``reduced / decreased / low IL-10 levels``): a word before
    the head, in its phrase, that lowers."""
    for c in tok.subtree:
        if c.i >= tok.i or c.dep_ not in ("amod", "compound") or ctx.mention(c) is not None or \
                c.tag_ in ("VB", "VBZ", "VBP", "VBG") or and_verb(ctx, c):
            continue  # (a verb or gerund the parser hung on the noun lowers nothing: by inhibiting X activation)
        t = ctx.vocab.trigger(c.lemma_, ("verb",)) or ctx.vocab.trigger(c.lower_, ("verb",))
        if c.lower_ == "low" or t is not None and t.effect in ("downregulates", "inhibits"):
            return True
    return False


def _is_knockdown(vocab, tok) -> bool:
    word = tok.lower_
    return vocab.cue("knockdown", word) or vocab.cue("knockdown", tok.lemma_) \
        or any(vocab.cue("knockdown", part) for part in word.split("-")[1:])


def _negated_conjunct(ctx: Context, tok) -> bool:
    """``but not X`` / ``nor X``: a conjunct the sentence denies. A name between the ``not``
    and the conjunct is what is denied (``TNFα- but not IL-1-induced activation of p38``:
    the activation of p38 is not)."""
    for c in tok.children:
        if c.dep_ in ("neg", "preconj") and c.lower_ in ("not", "neither"):
            return not any(ctx.mention(t) is not None for t in tok.doc[c.i + 1:tok.i])
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.children) \
        or tok.head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children) \
        or tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children)


def _neither(tok) -> bool:
    """``Neither IL-4 nor IL-13 affected…``: the first conjunct after ``neither`` is denied too."""
    return any(c.dep_ in ("det", "preconj", "cc") and c.lower_ == "neither" and c.i < tok.i for c in tok.children)
