"""A receptor named with its ligand (the English dependency reader's ``en.dep.receptor``).

- ``X and its (major) receptor Y``: X binds Y, where a molecule is named right after the receptor word;
  the receptor unnamed (``X and its receptors``) is no claim;
- ``Y is the (a) receptor for X`` / ``Y, the receptor for X,``: X binds Y;
- ``X acts / signals through (via) Y``, Y a receptor (its name or its concept's ends in a receptor word):
  X binds Y (verbs of kind ``signal``); through a receptor made of named chains (``X signals via a
  heterodimeric receptor composed of A and B``: participles of kind ``made_of``): X binds A and B;
- ``Y is recognized as (described as) the receptor for X``: X binds Y;
- ``Y recognizes X`` (verbs of kind ``recognition``; ``receptors that recognize PAMPs``, ``X is recognized by
  TLR4``): Y binds what it recognizes.

The receptor words are words of kind ``receptor`` of ``english_parse_words.tsv``; the possessives that
point back at the name before ``and`` are the pronoun words. Both sides must name molecules (SPEC 1:
binding is of molecules). The reading goes by the order of the words around the receptor word, which the
parser often hangs wrongly (``its major receptor CXCR4`` as a subject of its own).
"""
from __future__ import annotations

from .english_claims import Claim, construction
from .english_clauses import hedged, negated, subject_head
from .english_context import MOLECULES, Context
from .english_phrases import mention_side

_SKIPPED = frozenset({"ADJ", "ADV"})  # its major receptor, its high-affinity receptor


@construction("en.dep.receptor", words=("signal", "recognition", "receptor"))
def receptor(ctx: Context, tok) -> list[Claim]:
    """X and its receptor Y / Y is the receptor for X: X binds Y."""
    if ctx.vocab.kind("signal", tok.lemma_.lower()) is not None and tok.pos_ == "VERB":
        pairs = _signals_through(ctx, tok)
    elif ctx.vocab.kind("recognition", tok.lemma_.lower()) is not None and tok.pos_ == "VERB":
        pairs = _recognizes(ctx, tok)
    elif _receptor_word(ctx, tok):
        pairs = _owned_receptor(ctx, tok) or _receptor_for(ctx, tok)
    else:
        return []
    return [Claim("en.dep.receptor", tok, "binds", (mention_side(ctx, ligand),), (mention_side(ctx, bound),),
                  negated(ctx, tok), hedged(ctx, tok))
            for ligand, bound in pairs
            if ligand.concept.type in MOLECULES and bound.concept.type in MOLECULES
            and ligand.concept.id != bound.concept.id]


def _receptor_word(ctx: Context, tok) -> bool:
    found = ctx.mention(tok)
    word = (found.record.surface if found is not None else tok.text).split()[-1].lower()
    return ctx.vocab.kind("receptor", word) is not None


def _signals_through(ctx: Context, verb) -> list:
    """``X acts through a membrane-bound IL-6 receptor``: [(X, the receptor)], or [(X, each chain)]."""
    objects = [o for c in verb.children if c.dep_ == "prep" and ctx.vocab.kind("means", c.lower_) == "mediator"
               for o in c.children if o.dep_ == "pobj"]
    receptors = [found for o in objects if (found := ctx.mention(o)) is not None and _names_receptor(ctx, found)]
    chains = [found for o in objects for found in _chains(ctx, o)]
    head, how = subject_head(ctx, verb)
    ligand = ctx.mention(head) if head is not None and how == "own" else None
    if ligand is None:
        return []
    return [(ligand, chain) for chain in chains] or [(ligand, r) for r in receptors[:1]]


def _chains(ctx: Context, receptor) -> list:
    """The named chains a receptor is made of (``a receptor composed of A and B``: A, B)."""
    if ctx.vocab.kind("made_of", receptor.lower_) is not None:
        # ``through a receptor complex consisting of A and B``, the parser heading the phrase with the participle
        made = [receptor] if any(_receptor_word(ctx, c) for c in receptor.subtree
                                 if c.dep_ == "compound" and c.i < receptor.i) else []
    elif _receptor_word(ctx, receptor):
        made = [c for c in receptor.children if c.dep_ == "acl" and ctx.vocab.kind("made_of", c.lower_) is not None]
    else:
        return []
    heads = [o for c in made for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    heads += [o for m in made if m.tag_ == "VBG" for o in m.children if o.dep_ == "dobj"]  # comprising A and B
    heads += [d for h in heads for d in h.subtree if d.dep_ == "conj" and d.i > h.i]
    # (``oncostatin M receptor β``: the name the parser hung on the Greek letter)
    named = [n for h in heads for n in ([h] if ctx.mention(h) is not None else
                                        [c for c in h.children if c.dep_ == "compound" and ctx.mention(c) is not None])]
    return [ctx.mention(n) for n in named]


def _recognizes(ctx: Context, verb) -> list:
    """``TLR4 recognizes LPS`` / ``receptors that recognize PAMPs``: [(the recognizer, each thing it
    recognizes)] (both molecules, as every binding here); the passive (``recognized by``) is the by-agent's."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        head = agents[0] if agents else None
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        head, _ = subject_head(ctx, verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [d for o in objects for d in o.subtree if d.dep_ == "conj" and d.i > o.i]
    found = ctx.mention(head) if head is not None else None
    receptors = [found] if found is not None else ctx.pronoun(head) if head is not None else []
    return [(r, m) for r in receptors for o in objects if (m := ctx.mention(o)) is not None]


def _names_receptor(ctx: Context, found) -> bool:
    return any(ctx.vocab.kind("receptor", name.split()[-1].lower().rstrip("s")) is not None
               for name in (found.record.surface, found.concept.name) if name)


def _owned_receptor(ctx: Context, tok) -> list:
    """``X and its receptor Y``: [(X, Y)] by the words around the receptor word, or []."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].pos_ in _SKIPPED and ctx.mention(doc[k]) is None:
        k -= 1
    if k < 2 or ctx.vocab.kind("pronoun", doc[k].lower_) is None or doc[k - 1].lower_ != "and":
        return []
    after = ctx.mention(doc[tok.i + 1]) if tok.i + 1 < len(doc) else None
    before = _name_before(ctx, k - 2)
    return [(before, after)] if before is not None and after is not None else []


def _name_before(ctx: Context, k: int):
    """The name that ends at token ``k``, past a bracketed phrase (``SDF-1 (also termed CXCL12)``: CXCL12
    when it is named in the brackets, else SDF-1)."""
    doc = ctx.parsed.doc
    if k >= 0 and doc[k].text == ")":
        inside = k - 1
        while inside >= 0 and doc[inside].text != "(":
            inside -= 1
        named = ctx.mention(doc[k - 1]) if k >= 1 else None
        return named if named is not None else (ctx.mention(doc[inside - 1]) if inside >= 1 else None)
    return ctx.mention(doc[k]) if k >= 0 else None


def _receptor_for(ctx: Context, tok) -> list:
    """``Y is the receptor for X`` / ``Y, the receptor for X``: [(X, Y)], or []."""
    owners = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "as" else [tok]
    ligands = [o for w in owners for c in w.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i
               for o in c.children if o.dep_ == "pobj" and ctx.mention(o) is not None]
    if not ligands:
        return []
    # the verb whose subject is Y: ``Y is the receptor…``, or ``Y has been recognized as the sensing receptor
    # for X`` (``for X`` on the noun or the verb)
    verb = tok.head if tok.dep_ == "attr" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" \
        and tok.head.head.pos_ in ("VERB", "AUX") else None
    if verb is not None:
        head, how = subject_head(ctx, verb)
        bound = ctx.mention(head) if head is not None and how == "own" else None
    else:
        bound = ctx.mention(tok.head) if tok.dep_ == "appos" else None
    return [(ctx.mention(ligands[0]), bound)] if bound is not None else []
