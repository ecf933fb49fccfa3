"""Noun phrases on an English dependency parse.

The constructions (``english_verbs``, ``english_participles``, ``english_nominals``) ask three things
of the parse; this module answers the first:

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

from dataclasses import replace

from .english_descriptors import (descriptor_phrase, is_class_word, kind_noun, names_its_members,  # noqa: F401 - shared
                                  plural_name)
from .english_claims import combined, inverse
from .english_agents_unnamed import unnamed_agent
from .english_context import MOLECULES, Context, Side
from .english_coordination import (and_verb, borrowed_of, example_phrases, heads_own_participle, negated_conjunct,
                                   neither, own_modifier, own_phrase, listed_conjuncts)
from .english_examples import examples_after_relative, examples_past_exclusion, lent_to_antecedent
from .english_attribute_nouns import process_aspect
from .english_narrowing import with_narrowed
from ..names.mentions import Found, as_concept, as_frame

_OWNER_DEPS = ("compound", "nmod", "amod", "npadvmod", "poss")


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
    listed = listed_conjuncts(ctx, head, is_class_word, role)
    if _class_before_names(ctx, listed):
        listed = listed[1:]  # ``two other cytokines, IL-4 and TGF-β``: the names the class word heads
    named = _named_in_apposition(ctx, head)
    if named:
        listed = named + [c for c in named[0].conjuncts if c.i > named[0].i]
    for tok in listed:
        if tok.i != head.i and heads_own_participle(tok):
            break  # ``A mediated by X and B mediated by Y``: B starts a phrase of its own
        if tok.i != head.i and premodified and (own_phrase(tok) or own_modifier(ctx, tok)):
            break
        if tok.i != head.i and (and_verb(ctx, tok) or any(and_verb(ctx, c) for c in tok.children if c.i < tok.i)):
            break  # ``promotes A and inhibits B``: B is the second verb's
        negated = negated or (negated_conjunct(ctx, tok) if tok.i != head.i else neither(tok))
        got = _one_head(ctx, tok, role)
        if got is None:
            continue
        owned, aspect = got
        if not owned and aspect is not None:
            if tok.i == head.i or not own_phrase(tok):
                pending.append(aspect)  # ``NO production``: a phrase of its own shares no owner
            continue
        if tok.i != head.i and ctx.mention(tok) is not None and first_owned and not own_phrase(tok):
            # ``the activation of c-fos…, but not NFκB``: a bare name after an owned aspect word
            # is the owner of the same (the activation of NFκB); not one with a determiner of its own
            # (``impaired osteoclastogenesis and a mild osteopetrosis``)
            owned = [s if s.aspect is not None else replace(s, aspect=first_owned[0].aspect,
                                                              effect=first_owned[0].effect) for s in owned]
        out += [replace(s, negated=s.negated or negated) for s in owned]
        if aspect is not None:
            # the owner of the last aspect word of a list is the owner of them all
            out += [replace(s, aspect=a, negated=negated) for s in owned for a in pending if _takes(ctx, s, a)]
            first_owned = first_owned or owned
            pending = []
    # ``the growth of X, survival and migration``: words after the owned one share its owner (a
    # tumour's migration is its cells', which the relation stage's output names)
    out += [replace(s, aspect=a, negated=negated) for s in first_owned for a in pending
            if s.found.concept.type != "process" and _takes(ctx, s, a)]
    out = with_narrowed(ctx, listed, out, role, sides, is_class_word)  # ``tumours, particularly melanomas``
    if role == "subject" and _gerund_before(ctx, head):
        out = [replace(s, knocked=True) for s in out]
    return _distinct(out)


def _takes(ctx: Context, side: Side, aspect) -> bool:
    """A filler word's aspect (development: differentiation) is a cell's only, as ``_filled`` reads it."""
    return side.found.concept.type == "cell" or ctx.vocab.kind("filler", aspect.word) is None


def _demonstrative(ctx: Context, tok) -> bool:
    """A class word after this / these (words of kind demonstrative)."""
    return any(c.dep_ == "det" and ctx.vocab.kind("demonstrative", c.lower_) for c in tok.children)


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


def _named_in_apposition(ctx: Context, head) -> list:
    """``a cytokine, IL-6, induces…`` / ``controlled by a transcription factor, STAT3 (STAT3)``: a
    descriptor in common words (a class word, or a phrase no dictionary knows) with a name in
    apposition after the comma (appos, or a conjunct with no conjunction, as the parser reads it):
    the name is the argument, the descriptor only says what it is."""
    found = ctx.mention(head)
    if found is None or not (is_class_word(ctx, found) or descriptor_phrase(found)):
        return []
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.text != ",":
        return []
    after = [c for c in head.children if c.i == head.i + 2 and (c.dep_ == "appos" or c.dep_ == "conj" and not any(
        x.dep_ == "cc" for x in head.children))]
    names = [c for c in after if (f := ctx.mention(c)) is not None and not is_class_word(ctx, f)
             and not descriptor_phrase(f)]
    return names


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


def _mention_read(ctx: Context, tok, role: str, found):
    """What a head that is a mention names: each referent of an anaphor that names several
    (``these cytokines``: ``anaphors.py``), a class named or owned, a knocked-down composed name, or
    the mention itself (with its family's members)."""
    meant = ctx.anaphor(found)
    if len(meant) > 1:
        return [mention_side(ctx, f) for f in meant], None
    if is_class_word(ctx, found) and _demonstrative(ctx, tok):
        return None  # ``these cytokines`` with nothing before them they could name: no argument
    named = _named_class(ctx, tok, found) or _owned_class(ctx, tok, found)
    if named is not None:
        return [named], None
    cells = _cells_of_aspect(ctx, tok, found)
    if cells:
        return cells, None
    side = _knocked_composed(ctx, found) if role == "subject" else None
    side = side or mention_side(ctx, found)
    return _family(ctx, tok) or [side], side.aspect


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
        return _mention_read(ctx, tok, role, found)
    if ctx.vocab.kind("pronoun", tok.lower_) is not None and tok.dep_ not in ("poss",):
        return [Side(f) for f in ctx.pronoun(tok)], None
    word = tok.lemma_.lower()
    if role == "subject" and vocab.kind("treatment", word) is not None:
        return _treated_with(ctx, tok, vocab.kind("treatment", word)), None
    if vocab.kind("quantity", word) is not None or vocab.kind("head", word) is not None:
        aspect = vocab.aspect(ctx.parsed.view.clean.text[slice(*ctx.parsed.span_of(tok.i))]) \
            if role == "object" and vocab.kind("head", word) is not None else None  # ``in TNF-α signaling``: activity
        owned = _owners(ctx, tok, role) or _examples(ctx, tok, role)  # (``a variety of processes, including X``)
        return [with_aspect(ctx, s, aspect) if aspect else s for s in owned], None
    if role == "subject" and tok.tag_ == "VBG" and _is_knockdown(vocab, tok) \
            and any(c.dep_ == "dobj" for c in tok.children):  # ``Silencing of STAT3 reduced…``: its owner, below
        # ``Targeting the gp130/STAT3 axis attenuates…``: a gerund subject that knocks its object down;
        # ``Targeting these cytokines with biologics has led to…``: the agent it names acts (SPEC 1)
        agent = _by_agent(ctx, tok)
        if agent or unnamed_agent(ctx, tok):
            return agent, None
        return [replace(s, knocked=True) for c in tok.children if c.dep_ == "dobj" for s in sides(ctx, c, role)], None
    if role == "subject" and _is_knockdown(vocab, tok):
        agent = _by_agent(ctx, tok)
        if agent or unnamed_agent(ctx, tok):
            return agent, None
        return [replace(s, knocked=True) for s in _owners(ctx, tok, role)], None
    if role == "subject" and (vocab.trigger(word, ("noun",)) or vocab.trigger(tok.lower_, ("noun",))):
        # ``the binding of RANKL to RANK promotes…``: what the nominalisation is of acts
        return _owners(ctx, tok, role), None
    aspect = vocab.aspect(tok.lower_) or vocab.aspect(word)
    if aspect is not None:
        nominal = vocab.trigger(word, ("noun",)) if role == "object" else None
        owned = _product(ctx, tok, aspect) or [with_aspect(ctx, s, aspect) for s in _owners(ctx, tok, role)]
        if role == "subject" and _lowered(ctx, tok):
            # ``Reduced IL-10 levels promote…``: the name's fall acts, its polarity turned round
            owned = [replace(s, knocked=not s.knocked) for s in owned]
        return [replace(s, effect=nominal.effect) for s in owned] if nominal else owned, aspect
    filler = vocab.kind("filler", word)
    if filler is not None:  # ``the development, survival and function of X``: a cell's aspect word of the list
        from ..relations import AspectWord
        shared = AspectWord("en", word, filler, filler) if filler else None
        return [_filled(ctx, s, filler) for s in _owners(ctx, tok, role)], shared
    change = vocab.kind("change_effect", word) if role == "object" else None
    if change:  # ``leads to an increase in Y``: the change says the effect (english_parse_words.tsv)
        return [replace(s, effect=combined(change, s.effect)) for s in _owners(ctx, tok, role)], None
    nominal = vocab.trigger(word, ("noun",)) or vocab.trigger(tok.lower_, ("noun",))
    if role == "object" and (nominal is not None or _is_knockdown(vocab, tok)):
        effect = nominal.effect if nominal is not None else "inhibits"
        # ``causes stimulation of bone formation and inhibition of resorption``: the parser hangs the
        # second nominal under the first's ``of``; each owner keeps its own nominal's effect
        return [replace(s, effect=combined(effect, s.effect)) for s in _owners(ctx, tok, role)], None
    return None


def _product(ctx: Context, tok, aspect) -> list[Side]:
    """``the differentiation of naive T cells into / towards / to Th17 cells`` (a Th17 phenotype): the cell
    a cell becomes (after a product word of english_parse_words.tsv) is whose differentiation it is
    (Th17 cell differentiation), not the cell it starts from; the parser hangs the preposition on the
    aspect word, on its of-object, or on the verb the aspect word is the object of."""
    if not aspect.aspect or ctx.vocab.kind("becoming", aspect.aspect) is None:
        return []
    heads = [tok] + [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj"]
    heads += [tok.head] if tok.dep_ == "dobj" else []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.i > tok.i and ctx.vocab.kind("product", c.lower_) is not None:
                objs = [o for o in c.children if o.dep_ == "pobj"]
                cells = [f for o in objs for x in [o] + list(o.conjuncts) for f in _cells_named(ctx, x)]
                if cells:
                    return [with_aspect(ctx, mention_side(ctx, f), aspect) for f in cells]
    return []


def _cells_named(ctx: Context, tok) -> list[Found]:
    """The cell a product phrase names: the mention itself, or the cell before its noun (``a Th17 phenotype``)."""
    found = ctx.mention(tok)
    if found is not None:
        return [found] if found.concept.type == "cell" else []
    return [f for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
            and (f := ctx.mention(c)) is not None and f.concept.type == "cell"]


def _cells_of_aspect(ctx: Context, tok, found: Found) -> list[Side]:
    """``osteoclast chemotaxis``: a process named by an aspect word (aspects.tsv), with a cell
    hung on it right before, is that cell's aspect (the cells' migration); so is ``apoptosis of
    T cells``, with the cell its of-object (not the cell the sentence names nearest before it), and
    each cell of a list there (``chemotaxis of myeloid and lymphoid cells``: the parser joins the
    second to the first as a conjunct); so is a process named by an activity word and its adjective
    (``the cytotoxic activity of NK cells``: english_attribute_nouns)."""
    aspect = process_aspect(ctx, found) if found.concept.type == "process" else None
    if aspect is None:
        return []
    before = tok.doc[tok.i - 1] if tok.i else None
    cell = ctx.mention(before) if before is not None and before.head.i == tok.i \
        and before.dep_ in ("amod", "compound", "nmod") else None
    if cell is not None:
        return [with_aspect(ctx, mention_side(ctx, cell), aspect)] if cell.concept.type == "cell" else []
    first = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and ctx.mention(o) is not None), None)
    if first is None or ctx.mention(first).concept.type != "cell":
        return []
    listed = [first] + [c for c in first.conjuncts if c.i > first.i and not own_phrase(c)]
    cells = [f for t in listed if (f := ctx.mention(t)) is not None and f.concept.type == "cell"]
    return [with_aspect(ctx, mention_side(ctx, f), aspect) for f in cells]


def _named_class(ctx: Context, tok, found: Found) -> Side | None:
    """``MNG cells`` / ``Th17 cells`` / ``Stat5 transcription factors``: a class word after a name is that name."""
    if found.concept.id not in ctx.vocab.rules.class_words and not kind_noun(ctx, found):
        return None
    before = tok.doc[tok.i - 1] if tok.i else None
    named = ctx.mention(before) if before is not None and before.head.i == tok.i else None
    if named is None or (named.concept.type in MOLECULES) != kind_noun(ctx, found):
        return None  # ``IL-6 cells`` are no kind of IL-6, ``T cell transcription factors`` no kind of T cell
    return mention_side(ctx, named)


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
    from ..dictionary.lexicon import Concept, fold

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
    if head is None or head.type not in MOLECULES:
        return None
    return Side(as_concept(found, head), knocked=True)


def mention_side(ctx: Context, found: Found) -> Side:
    """A mention as an argument; a framed process (osteoclastogenesis) as its owner's aspect."""
    from ..relations import AspectWord

    if found.concept.frame:
        aspect = found.concept.frame[1]
        return Side(as_frame(found, ctx.lexicon), AspectWord("en", found.record.surface, aspect, aspect))
    return Side(found)


def with_aspect(ctx: Context, side: Side, aspect) -> Side:
    """``the differentiation of osteoclastogenesis``-like doubles keep the mention's own frame."""
    return side if side.aspect is not None else replace(side, aspect=aspect)


def _filled(ctx: Context, side: Side, for_cells: str) -> Side:
    """``the development of Th17 cells``: a cell's development is its differentiation."""
    from ..relations import AspectWord

    if for_cells and side.aspect is None and side.found.concept.type == "cell":
        return replace(side, aspect=AspectWord("en", "", for_cells, for_cells))
    return side


def _owners(ctx: Context, tok, role: str) -> list[Side]:
    """The names a head word is of: ``of X``; else a name before it (``RANKL expression``,
    ``RANK mRNA expression``, ``X-deficient``), ``X's`` / ``its``."""
    owning = ("of", "in") if ctx.vocab.kind("change", tok.lemma_) is not None else \
        ("of", "against") if _is_knockdown(ctx.vocab, tok) else ("of",)  # immunization against X
    ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in owning and c.i > tok.i] or borrowed_of(tok)
    if any(child.lower_ == "of" for child in ofs):
        # ``loss of SOCS3 in myeloid cells``: with an owner after ``of``, ``in`` names a place
        ofs = [child for child in ofs if child.lower_ != "in"]
    if ofs:
        # ``myofibroblastic differentiation of hepatic stellate cells``: the owner is what ``of``
        # names (here no name), not an adjective before the word; ``the inhibition of cytokines
        # such as TNF-α``: examples the parser hung on the head word are the named class's
        objs = [obj for child in ofs for obj in child.children if obj.dep_ == "pobj"]
        lent = _examples(ctx, tok, role)
        named = [s for obj in objs for s in sides(ctx, obj, role)]
        heads = objs + [c for o in objs for c in o.conjuncts]  # ``many forms of acute and chronic diseases including…``
        if lent and any(ctx.mention(o) is not None and not _examples(ctx, o, role) for o in heads):
            return _examples_for_class(ctx, named, lent)
        return named
    out: list[Side] = []
    for child in tok.children:
        if child.dep_ not in _OWNER_DEPS or child.i > tok.i or _into(ctx, tok, child):
            continue
        if ctx.mention(child) is not None:
            out += sides(ctx, child, role)
        elif ctx.vocab.kind("pronoun", child.lower_) is not None:
            # ``its inhibition``: what it names; ``their differentiation``: cells
            out += [Side(f) for f in ctx.pronoun(child, cells=_cell_fate(ctx, tok))]
        elif _is_knockdown(ctx.vocab, child):
            # ``sclerostin-deficient mice``: the name under the knock-down adjective
            out += [replace(s, knocked=True) for s in _owners(ctx, child, role)]
        elif ctx.vocab.kind("head", child.lemma_) is not None:
            out += _owners(ctx, child, role)  # ``RANK mRNA expression``
    return out


def _examples_for_class(ctx: Context, named: list[Side], lent: list[Side]) -> list[Side]:
    """``the production of G-CSF and chemokines such as CXCL1``, with ``such as`` hung on the head
    word: the examples stand for the last class word of the list (chemokines); the other names of
    the list stay. With no class word among them the examples stand for the whole list."""
    classes = [s for s in named if is_class_word(ctx, s.found) and _examples_of(ctx, s.found, lent)]
    if not classes:
        return lent
    return [s for s in named if s is not classes[-1]] + lent


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
    own = [p for p in example_phrases(ctx, tok) if not lent_to_antecedent(ctx, tok, p, is_class_word)]
    for child in own + examples_past_exclusion(ctx, tok) + examples_after_relative(ctx, tok, is_class_word):
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += sides(ctx, obj, role)
        else:
            out += sides(ctx, child, role)
    return out or _members_in_brackets(ctx, tok, role)


def _members_in_brackets(ctx: Context, tok, role: str) -> list[Side]:
    """``Th1 cytokines (IFN-γ, TNF-α) promote…``: a class word with the names of its members in
    brackets right after it: the members stand for the class word (SPEC 1), as after ``such as``."""
    doc = tok.doc
    if not names_its_members(ctx, tok):  # (or a plural common noun: ``two ligands (IL-1α and IL-1β)``)
        return []
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
        return []
    close = next((t.i for t in doc[tok.i + 2:] if t.text in (")", "(")), None)
    if close is None or doc[close].text != ")":
        return []
    inside = [t for t in doc[tok.i + 2:close] if ctx.mention(t) is not None]
    members = [t for t in inside if not is_class_word(ctx, ctx.mention(t)) and t.head.i != t.i]
    if not members or len(members) != len(inside) or not any(t.dep_ == "appos" and t.head.i == tok.i for t in members):
        return []
    # ``Th1 cytokines (IFN-γ, TNF-α) and LPS promote…``: the parser joins a conjunct after the bracket to a
    # member inside it; it is the class word's conjunct, read as a phrase of its own
    # (the first of them: ``sides`` reads the conjuncts after it)
    after = sorted((c for t in members for c in t.conjuncts if c.i > close), key=lambda c: c.i)
    return [Side(ctx.mention(t)) for t in members] + (sides(ctx, after[0], role) if after else [])


def _examples_of(ctx: Context, found: Found, examples: list[Side]) -> bool:
    """Examples the parser hung on a name can stand for it only where it names a class (cytokines,
    immune cells) or a thing of their kind; on a name of another kind (a process: ``inflammation
    arising from various etiologies, including infection and aging``; ``pathways that induce
    erythropoiesis, including JAK2/STAT5``) they are another noun's."""
    if is_class_word(ctx, found) or plural_name(found):
        return True  # ``cellular responses, including cell proliferation, apoptosis…``
    return all(s.found.concept.type == found.concept.type for s in examples)


def _by_agent(ctx: Context, tok) -> list[Side]:
    """``inhibition of X by Y``: Y, the agent a nominal names."""
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            return agents_of(ctx, child)
    return _instruments(ctx, tok)  # ``blockade of X with / using an antibody``


def knocked_with(ctx: Context, tok) -> tuple[list[Side], list[Side]]:
    """``Targeting X with Y`` / ``blockade of X using Y``: a knock-down gerund or noun with an
    instrument preposition (english_parse_words.tsv): the agents it names (Y) and what they
    knock down (X: the gerund's object, the noun's of-object); empty lists when it names none."""
    if not _is_knockdown(ctx.vocab, tok):
        return [], []
    agents = _instruments(ctx, tok)
    if tok.tag_ == "VBG":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj"]
        # ``bone turnover inhibition with denosumab``: the name before the noun
        objects = objects or [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                              and ctx.mention(c) is not None]
    knocked = [s for o in objects for s in sides(ctx, o)] if agents else []
    return (agents, knocked) if knocked else ([], [])


def _instruments(ctx: Context, tok) -> list[Side]:
    """What ``with`` / ``using`` (instrument words) under a knock-down word names; under the noun's
    of-object too (``blockade of IL-6 with tocilizumab``: the parser hangs it there), a drug only."""
    def named(head) -> list[Side]:
        return [s for c in head.children if c.dep_ == "prep" and c.i > head.i
                and ctx.vocab.kind("instrument", c.lower_) is not None for s in agents_of(ctx, c)]
    out = named(tok)
    if not out and tok.tag_ != "VBG":
        # (or under a head word the parser hung on it: ``blockade of IL-6 signaling with tocilizumab``)
        objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj"]
        objects += [h for o in objects for h in o.children
                    if h.dep_ == "acl" and ctx.vocab.kind("head", h.lower_) is not None]
        out = [s for o in objects for s in named(o) if s.found.concept.type == "drug"]
    return out


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
    """An amount said to be lower (``reduced / decreased / low IL-10 levels``): a word in its phrase that lowers."""
    for c in tok.subtree:
        if c.i >= tok.i or c.dep_ not in ("amod", "compound") or ctx.mention(c) is not None or \
                c.tag_ in ("VB", "VBZ", "VBP", "VBG") or and_verb(ctx, c) or c.tag_ == "NNS" and c.dep_ == "compound" \
                or c.tag_ == "NN" and c.lower_ == c.lemma_.lower() and not c.lower_.endswith(("ed", "ing")):
            continue  # (a verb or gerund the parser hung on the noun lowers nothing: by inhibiting X activation,
            # ``inhibits cytokine release induced by LPS``, ``suppress cytokine production``: a verb as a noun)
        t = ctx.vocab.trigger(c.lemma_, ("verb",)) or ctx.vocab.trigger(c.lower_, ("verb",))
        if c.lower_ == "low" or t is not None and t.effect in ("downregulates", "inhibits"):
            return True
    return False


def _is_knockdown(vocab, tok) -> bool:
    word = tok.lower_
    return vocab.cue("knockdown", word) or vocab.cue("knockdown", tok.lemma_) \
        or any(vocab.cue("knockdown", part) for part in word.split("-")[1:])
