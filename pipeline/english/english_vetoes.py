"""Vetoes: arguments (and claims) the English parse reader drops after its constructions have read them.

A construction reads what the grammar lets it; some arguments it reads name nothing a triple can
state (SPEC 1). Each veto is a named reason, run on every claim of a parsed sentence
(``english_reader.english_reading``); a claim left with no factor or no target is dropped. Before
the vetoes, two readings of the factor: a therapeutic target acts turned round (``english_targeted``),
an activating mutation of a gene is the gene (``english_mutations``); then a class word that describes
names beside it is read as those names (``english_class_words``: ``PTH, a peptide hormone, …``, ``the
related cytokines IL-3 and IL-5``); and the repairs of ``english_repairs`` (a key regulator regulates, a part
in a disease regulates it, a verb the parser read as an adjective acts with its own effect).

- ``unnamed_receptor``: a class word that names no particular member alone (words of kind
  ``unnamed`` in english_parse_words.tsv: receptor, receptors) and has no owner before it
  (``a heterodimeric receptor composed of IL-31RA and OSMRβ``, ``the only known receptor for HGF``,
  ``the receptors that respond to microbial products``): which receptor is meant is named elsewhere
  or not at all. An owned one is its owner's own (``by binding to their receptors``: LIF's receptor).
- ``class_with_examples``: a name with its examples in brackets after it (``small molecules (e.g.
  the CXCR4 antagonist AMD3100)``): the examples are the arguments (SPEC 1), never the class word, even
  where the parser hangs them where ``english_phrases`` does not read them.
- ``owner_shared``: a class word coordinated with a noun that a name before it owns (``dysregulation of
  VEGF expression and signaling pathways``): the class word is that name's too (VEGF's pathways),
  which the claim already has; the class word alone is no argument.
- ``passive_means``: a means (``by the inhibition of X``, en.dep.means) of a passive clause
  (``the efficacy of BAFF blockade may be caused by the decline of … and by the inhibition of DC
  maturation``): the clause's subject is what the means brings about, not an actor through it.
- ``set_up``: a claim without a direction under a verb or noun of presenting whose subject is the text
  itself or its authors (``This review focuses on the actions of PTH on bone``, ``we provide an overview
  of the effects of X on Y``, ``the mechanisms by which X regulates Y are reviewed``): a topic set up, not
  a finding (``english_setups``).
- ``cut_class_name``: a class word whose name-shaped modifier no mention covers (``Tγδ17 cells regulate…``):
  the text names a kind the dictionary does not know, and the class word alone would state the claim of
  every cell (``english_cut_names``; the rule-level reader's claims in a sentence the parse read nothing in
  are held to it too, with names cut from a process noun: ``english_fallback``).
- ``cut_substrate``: a name written onto an enzyme's name (``25-hydroxyvitamin D-24-hydroxylase``): the
  enzyme is named, not its substrate (``english_cut_names``).
- ``slash_split``: the second name of a slash pair (``hereditary hypophosphatemic rickets/osteomalacia``)
  that the parser split from the first and gave a role of its own (the subject of the sentence's verb,
  while the pair sits in ``the molecules responsible for …``): the pair shares the first name's place, so
  the second is no argument where the first is none.
- ``organ_function``: an organ as a target with the aspect ``activity`` (``a role of X in brain function``,
  ``X impairs kidney function``): the text names a physiological process, which the organ and an aspect of
  molecules do not state.
- ``owned_quality``: an adjective name (``immunosuppressive``, ``inflammatory``) that qualifies a noun with an
  owner of its own (``modulation of their immunosuppressive activity``, ``the inflammatory properties of
  MSCs``): what changes is the owner's, the adjective names no argument. A prefixed adjective states its
  owner's effect and stands (``alleviate their pro-tumourigenic functions``: they promote tumourigenesis).
- ``titled_in_list``: a definite class word in a list with names in apposition after it and a comma
  (``hypoxia and the hypoxia-inducible transcription factors, HIF-1α and HIF-2α, affect bone remodeling``),
  which the parser read as one more conjunct: the names are the arguments, the class word only says what
  they are (as ``two other cytokines, IL-4 and TGF-β`` at the head of a list: ``english_phrases``).
- ``unnamed_cells`` (factors only): the bare class word for cells (``several cells in the immune system
  promote…``) names no agent; as a target it stands (``LIF affects cells``, ``cell proliferation``), as the
  gold reads it.
- ``listed_effects``: ``the effects of X on Y include A, B and C`` (en.dep.effect_on in the subject of a verb
  whose -ing form is an example cue: include): the effects are the ones listed, each its own claim
  (en.dep.listed_effect), not a regulating of Y besides them; where the list names no nominalised trigger
  (``include direct and indirect actions``) the effects-on claim stands.
- ``treated_cells``: cells named with the participle of a treatment before them (``IFN-γ production from
  anti-CD3-stimulated Th1 cells``, ``higher levels of IFN-γ than Ag-stimulated Th1 cells``: words of kind
  ``treated``, en.dep.modifier): the cells as an experiment prepared them, where something else is measured;
  what the treated cells show is read by ``english_participles.phenotype`` (``X-treated cells showed increased
  Y``), the treatment acting on the cells is no claim of the text's.
- ``dependence_in_object``: ``X-dependent Y`` (en.dep.modifier, a word of kind ``dependence``) as the direct
  object of another agent's trigger verb (``STING activates NF-κB-dependent cytokine signaling``, ``leptin acts
  to reduce serotonin-dependent sympathetic signaling``, ``the S1P gradient promotes S1PR1-dependent migration
  of T cells``): the modifier names the route by which the verb's agent acts on Y (what Y needs), no claim of
  X's own; so does an X-dependent Y that something else is for (``X signals are important for IL-5-dependent
  cell proliferation``, ``for the treatment of GLI-dependent cancers``); an X-dependent disease or condition
  as a setting stands (``in chronic TNFα-dependent arthritis``).
- ``second_verb_object`` (targets only): a target after a coordinated trigger verb that the parser read as a
  modifier of the first verb's object (``Sema3A stimulated osteoblast and inhibited adipocyte
  differentiation``: inhibited/JJ): the object after a noun, ``and`` and a verb form is that verb's, not the
  first's (adjectives coordinated before one noun stand: ``a rapid and sustained reduction``).
- ``protected_object`` (targets only): the direct object of a verb of protecting (kind ``protection``: ``OPG
  protects bone by inhibiting bone resorption``, ``IL-22 protects epithelial cells against injury``): what is
  kept safe, not what the protector inhibits (that is the object of from / against, or the means); with an
  aspect from the from-phrase it stands (``protects osteoblasts from apoptosis``: their apoptosis).
- ``purpose_of_factor`` (factors only): a name after ``for`` hung on another factor of the same claim (``transcription
  factors (T-bet for Th1 cells and GATA3 for Th2 cells) control Y``): what that factor serves, no agent.
- ``borrowed_subject``: a relative claim whose clause takes no subject from the noun it hangs on: one opened
  by a relative adverb (``diseases where reducing IL-17 would be beneficial``: words of kind
  ``relative_adverb``), or a participle of result the parser hung on a noun (``…recruit CD80, thereby
  limiting its interactions``: kind ``result_adverb``).
"""
from __future__ import annotations

from dataclasses import replace

from .english_claims import Claim
from .english_class_words import named_beside
from .english_clauses import verb_of_object
from .english_cut_names import cut_class_name, cut_substrate, generic_cells, unowned_unnamed
from .english_fallback_doubts import kept_safe
from .english_listed_effects import listing_verb_of, lists_nominal_triggers
from .english_phrases import is_class_word
from .english_mutations import mutated
from .english_producers import made_by_maker
from .english_repairs import repaired
from .english_setups import presented
from .english_targeted import targeted


def vetted(ctx, claims: list[Claim]) -> list[Claim]:
    """The claims (their factors read by english_targeted and english_mutations) with the arguments
    every veto drops removed; a claim a claim veto names, or left without a factor or a target, is no claim."""
    out = []
    for claim in (repaired(ctx, mutated(ctx, targeted(ctx, c))) for c in claims):
        if any(test(ctx, claim) for _, test in CLAIM_VETOES):
            continue
        claim = made_by_maker(ctx, _names_for_class_words(ctx, claim))
        factors = tuple(s for s in claim.factors if veto(ctx, s, claim.factors) is None and not unnamed_cells(ctx, s)
                        and not purpose_of_factor(ctx, s, claim.factors))
        targets = tuple(s for s in claim.targets if veto(ctx, s, claim.targets) is None
                        and not second_verb_object(ctx, s, claim) and not protected_object(ctx, s, claim))
        if factors and targets:
            out.append(claim if (factors, targets) == (claim.factors, claim.targets)
                       else replace(claim, factors=factors, targets=targets))
    return out


def _names_for_class_words(ctx, claim: Claim) -> Claim:
    """The claim with each class word that describes names beside it read as those names
    (``english_class_words``); a name the claim has already is not read twice."""
    factors, targets = _beside(ctx, claim.factors), _beside(ctx, claim.targets)
    if (factors, targets) == (claim.factors, claim.targets):
        return claim
    return replace(claim, factors=factors, targets=targets)


def _beside(ctx, sides: tuple) -> tuple:
    """The sides with each class word read as the names beside it, each name once."""
    out, seen = [], set()
    for s in (n for side in sides for n in named_beside(ctx, side)):
        key = (s.found.cstart, s.found.cend, s.found.concept.id, getattr(s.aspect, "aspect", None), s.knocked,
               s.negated, s.effect)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return tuple(out)


def veto(ctx, side, others: tuple) -> str | None:
    """The name of the veto that drops this argument (one of ``others``, the arguments of its role), or None."""
    for name, test in VETOES:
        if test(ctx, side, others):
            return name
    return None


def unnamed_receptor(ctx, side, others) -> bool:
    """A bare class word that names no member alone (``unnamed``), with no owner (its / their / X's)."""
    return unowned_unnamed(side.found, tokens_of(ctx, side.found), ctx.vocab)


def class_with_examples(ctx, side, others) -> bool:
    """A name with an ``e.g.`` phrase hung on it that names something: what has examples is a class."""
    return any(c.dep_ in ("appos", "parataxis") and _names_examples(ctx, c)
               for t in tokens_of(ctx, side.found) for c in t.children)


def _names_examples(ctx, phrase) -> bool:
    words = list(phrase.subtree)
    return any(ctx.vocab.cue("example", w.lower_) for w in words) and any(ctx.mention(w) for w in words)


def owner_shared(ctx, side, others) -> bool:
    """A class word coordinated with a noun owned by a name that is another argument of the same role."""
    if not is_class_word(ctx, side.found):
        return False
    spans = {(o.found.cstart, o.found.cend) for o in others if o is not side}
    for t in tokens_of(ctx, side.found):
        if t.dep_ != "conj" or ctx.mention(t.head) is not None:
            continue
        owners = [c for c in t.head.children if c.dep_ in ("compound", "nmod", "poss") and c.i < t.head.i]
        if any(ctx.mention(c) is not None and (ctx.mention(c).cstart, ctx.mention(c).cend) in spans for c in owners):
            return True
    return False


def slash_split(ctx, side, others) -> bool:
    """A name right after a ``/`` whose name before it the parse does not join to it (no conjunct,
    apposition, head or child of each other) and that is no argument of the same role."""
    tokens = tokens_of(ctx, side.found)
    if not tokens or tokens[0].i < 2:
        return False
    tok = tokens[0]
    doc = tok.doc
    slash, before = doc[tok.i - 1], doc[tok.i - 2]
    if slash.text != "/" or ctx.mention(before) is None:
        return False
    head = max(tokens, key=lambda t: t.dep_ != "compound")
    joined = before.head.i == head.i or head.head.i == before.i or head in before.conjuncts
    spans = {(o.found.cstart, o.found.cend) for o in others}
    named = ctx.mention(before)
    return not joined and (named.cstart, named.cend) not in spans


def organ_function(ctx, side, others) -> bool:
    """An anatomical target with the aspect activity."""
    aspect = getattr(side.aspect, "aspect", None)
    return side.found.concept.type == "anatomy" and aspect == "activity"


def owned_quality(ctx, side, others) -> bool:
    """An adjective mention on a noun (no mention) that has a possessive or an of-phrase owner."""
    tokens = tokens_of(ctx, side.found)
    if len(tokens) != 1 or tokens[0].tag_ != "JJ" or tokens[0].dep_ != "amod" or _prefixed(ctx, tokens[0]):
        return False
    head = tokens[0].head
    if ctx.mention(head) is not None:
        return False
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for c in head.children)


def _prefixed(ctx, tok) -> bool:
    """``pro-tumourigenic``, ``anti-inflammatory``: an adjective whose prefix states its owner's effect."""
    first = tok.lower_.split("-")[0]
    return "-" in tok.lower_ and ctx.vocab.kind("prefix", first) is not None


def titled_in_list(ctx, side, others) -> bool:
    """A class word with a definite determiner, then a comma and a name of single things that is another
    argument of the same role."""
    tokens = tokens_of(ctx, side.found)
    if not tokens or not is_class_word(ctx, side.found):
        return False
    tok, doc = tokens[-1], tokens[-1].doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or not any(
            c.dep_ == "det" and _definite(c) for c in tok.children):
        return False
    named = ctx.mention(doc[tok.i + 2])
    spans = {(o.found.cstart, o.found.cend) for o in others if o is not side}
    return named is not None and not is_class_word(ctx, named) and (named.cstart, named.cend) in spans


def _definite(det) -> bool:
    """``the`` / ``these`` / ``those`` (the parser's morphology: definite or demonstrative)."""
    return "Def" in det.morph.get("Definite") or "Dem" in det.morph.get("PronType")


def second_verb_object(ctx, side, claim) -> bool:
    """A target after the trigger with, between them, a noun, ``and``/``or``, then a trigger verb's past form
    the parser hung in the target's phrase (an adjective or participle), not read as a verb of its own (``a rapid and
    sustained reduction``: adjectives coordinated before their noun stand; so do cells named by their state,
    ``induces proliferation of T cells and activated macrophages``)."""
    verb, own = claim.trigger, tokens_of(ctx, side.found)
    if not own or own[0].i <= verb.i:
        return False
    doc = verb.doc
    cells = side.aspect is None and side.found.concept.type == "cell"  # ``and activated macrophages``: cells' state
    for k in range(verb.i + 2, own[0].i - (1 if cells else 0)):
        tok, before, noun = doc[k], doc[k - 1], doc[k - 2]
        if ctx.vocab.kind("coordinator", before.lower_) is not None and (noun.pos_ in ("NOUN", "PROPN") or ctx.mention(noun) is not None) \
                and tok.tag_ in ("JJ", "VBN", "VBD") and tok.lower_.endswith("ed") \
                and ctx.vocab.trigger(tok.lower_, ("verb",)) is not None and ctx.mention(tok) is None:
            return True
    return False


def protected_object(ctx, side, claim) -> bool:
    """The direct object (or a conjunct of it) of a verb of protecting (kind ``protection``: protect) that is the
    claim's trigger, with no aspect of its own (``protects osteoblasts from apoptosis``: their apoptosis is what
    is inhibited, and the target stands)."""
    return side.aspect is None and any(kept_safe(tok, claim.trigger, ctx.vocab) for tok in tokens_of(ctx, side.found))


def purpose_of_factor(ctx, side, others) -> bool:
    """A factor named as what another factor is for (``T-bet for Th1, GATA3 for Th2``): the object of ``for``
    hung on another name of the same role."""
    tokens = tokens_of(ctx, side.found)
    if not tokens:
        return False
    tok = max(tokens, key=lambda t: t.dep_ != "compound")
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return False
    owner = ctx.mention(prep.head)
    return owner is not None and any((o.found.cstart, o.found.cend) == (owner.cstart, owner.cend)
                                     for o in others if o is not side)


def unnamed_cells(ctx, side) -> bool:
    """The generic cell concept, named by its bare class word, as a factor."""
    return generic_cells(side.found, ctx.vocab)


def listed_effects(ctx, claim) -> bool:
    """An effects-on claim whose effect noun is in the subject of ``include`` (the effects are listed), where the
    list holds nominalised triggers (read by en.dep.listed_effect)."""
    if claim.rule != "en.dep.effect_on":
        return False
    tok, steps = claim.trigger, 0
    while tok.dep_ in ("pobj", "prep", "nsubj", "nsubjpass", "appos") and tok.head.i != tok.i and steps < 5:
        if tok.dep_.startswith("nsubj"):
            verb = listing_verb_of(ctx, tok)
            return verb is not None and lists_nominal_triggers(ctx, verb)
        tok, steps = tok.head, steps + 1
    return False


def treated_cells(ctx, claim) -> bool:
    """A modifier claim of a participle of treatment on cells: its targets all cells, or the noun it
    modifies the word cells (``Ag-stimulated Thl cells``, a subset the dictionary does not know)."""
    if claim.rule != "en.dep.modifier" or ctx.vocab.kind("treated", claim.trigger.lower_) is None:
        return False
    head = claim.trigger.head
    named = ctx.mention(head)
    cells = named.concept.type == "cell" if named is not None else head.lemma_.lower() == "cell"
    return cells or all(s.found.concept.type == "cell" for s in claim.targets)


def dependence_in_object(ctx, claim) -> bool:
    """A dependence modifier claim whose noun (or the first conjunct of it) is a trigger verb's direct object."""
    if claim.rule != "en.dep.modifier" or ctx.vocab.kind("dependence", claim.trigger.lower_) is None:
        return False
    noun = claim.trigger.head
    return verb_of_object(ctx, noun) is not None or _object_of_purpose(noun)


def _object_of_purpose(noun) -> bool:
    """``X signals are important for IL-5-dependent cell proliferation``, ``for the treatment of GLI-dependent
    cancers``: the noun (or the first conjunct of it) is the object of ``for`` or of an ``of`` under ``for``: what
    something else serves; a setting (``in chronic TNFα-dependent arthritis``) is not."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of"):
        return False
    if prep.lower_ == "for":
        return True
    owner = prep.head
    return owner.dep_ == "pobj" and owner.head.lower_ == "for"


def passive_means(ctx, claim) -> bool:
    """A means claim whose factors are the subject of a passive verb."""
    return claim.rule == "en.dep.means" and any(
        t.dep_ == "nsubjpass" for s in claim.factors for t in tokens_of(ctx, s.found))


def borrowed_subject(ctx, claim) -> bool:
    """A relative claim (its subject the noun its clause hangs on) whose clause no noun can be the subject
    of: a clause opened by a relative adverb (``diseases where reducing IL-17 would be beneficial``: the
    noun is a place or a case), or a participle of result (``X recruits CD80, thereby limiting its
    interactions``: the clause before is what limits, wherever the parser hung the participle)."""
    if claim.rule != "en.dep.relative":
        return False
    clause = _relative_clause(claim.trigger)
    return clause is not None and any(
        c.dep_ == "advmod" and (ctx.vocab.kind("relative_adverb", c.lower_) is not None
                                or ctx.vocab.kind("result_adverb", c.lower_) is not None and clause.tag_ == "VBG")
        for c in clause.children)


def _relative_clause(verb):
    """The relative clause or participle the verb heads, or whose conjunct or complement it is."""
    tok, steps = verb, 0
    while tok.dep_ not in ("relcl", "acl") and steps < 6:
        if tok.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "acomp", "attr") or tok.head.i == tok.i:
            return None
        tok, steps = tok.head, steps + 1
    return tok if tok.dep_ in ("relcl", "acl") else None


def tokens_of(ctx, found) -> list:
    """The parse tokens that lie inside a mention's span."""
    return ctx.parsed.tokens_within(found)


VETOES = (("unnamed_receptor", unnamed_receptor), ("class_with_examples", class_with_examples),
           ("owner_shared", owner_shared), ("cut_class_name", cut_class_name),
           ("slash_split", slash_split),
           ("cut_substrate", cut_substrate), ("organ_function", organ_function),
           ("owned_quality", owned_quality), ("titled_in_list", titled_in_list))
CLAIM_VETOES = (("passive_means", passive_means), ("set_up", presented), ("borrowed_subject", borrowed_subject),
                ("listed_effects", listed_effects), ("treated_cells", treated_cells),
                ("dependence_in_object", dependence_in_object))
