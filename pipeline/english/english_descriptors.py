"""Descriptor nouns beside names: which mention is a class word (``is_class_word``: cytokines, the receptor)
or a descriptor phrase no dictionary knows, which noun a bracket of names after it can stand for
(``english_phrases._members_in_brackets``), and which class word names the kind of molecule named right
before it (``english_phrases._named_class``: ``Stat5 transcription factors`` are Stat5).

``Th1 cytokines (IFN-γ, TNF-α) promote…``: a class word (a family, or a class concept) with its members
in brackets. ``two distinct ligands (IL-1α and IL-1β) bind IL-1R1``: a plural common noun no dictionary
names, with molecules in brackets, is a descriptor of those molecules as well, and so is a singular one
whose bracket names one molecule (``nuclear factor-κB ligand (RANKL)``, a long name no dictionary knows);
the names in the bracket are what the sentence says acts (or is acted on)."""
from __future__ import annotations

import re

from .english_context import MOLECULES, Context
from ..names.mentions import Found


def names_its_members(ctx: Context, tok) -> bool:
    """``tok`` is a word whose bracket of names right after it lists what it stands for."""
    found = ctx.mention(tok)
    if found is not None:
        return found.concept.type == "family" or found.concept.id in ctx.vocab.rules.class_words
    if tok.tag_ == "NN" and tok.pos_ == "NOUN":
        return _one_molecule_in_bracket(ctx, tok)
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and _molecules_in_bracket(ctx, tok)


def _one_molecule_in_bracket(ctx: Context, tok) -> bool:
    """``the action of nuclear factor-κB ligand (RANKL)``, ``a corresponding ligand (stem cell factor, SCF)``:
    a singular common noun ending a name no dictionary knows, with a bracket that names one molecule (under
    one or more of its names) and ends the phrase (not ``(RANKL)-OPG system``, ``(SDF-1)/CXCR4 axis``)."""
    named, close = _bracket(ctx, tok)
    doc = tok.doc
    return _all_molecules(named) and len({f.concept.id for f in named}) == 1 and (
        close + 1 >= len(doc) or doc[close + 1].text not in ("-", "–", "/"))


def _molecules_in_bracket(ctx: Context, tok) -> bool:
    """The bracket right after ``tok`` holds names, all of molecules."""
    return _all_molecules(_bracket(ctx, tok)[0])


def _all_molecules(named: list) -> bool:
    return bool(named) and all(f.concept.type in MOLECULES for f in named)


def _bracket(ctx: Context, tok) -> tuple[list, int]:
    """The names in the bracket right after ``tok`` and where it closes; ([], -1) when no bracket closes there."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
        return [], -1
    close = next((t.i for t in doc[tok.i + 2:] if t.text in (")", "(")), None)
    if close is None or doc[close].text != ")":
        return [], -1
    return [f for t in doc[tok.i + 2:close] if (f := ctx.mention(t)) is not None], close


def kind_noun(ctx: Context, found) -> bool:
    """A class word that names a kind of molecule (kind_noun words: transcription factor, kinase)."""
    return ctx.vocab.kind("kind_noun", found.concept.name) is not None


def is_class_word(ctx: Context, found: Found) -> bool:
    """A mention that names a class of things in common words (cytokines, the chemokine, its
    receptor), not one thing (TGF-β, interleukin-6): a family or class concept written in
    lower-case words (its name: cytokine, receptor; not TGF-β, whatever the spelling)."""
    classy = found.concept.type == "family" or found.concept.id in ctx.vocab.rules.class_words
    return classy and common_words(found.concept.name)


_COMMON = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def common_words(text: str) -> bool:
    """Text in lower-case common words (hormone, peptide hormone), not a name."""
    return _COMMON.fullmatch(text) is not None


def descriptor_phrase(found: Found) -> bool:
    """A phrase in lower-case common words no dictionary knows (an oncogenic transcription factor)."""
    return found.concept.id.startswith("new:") and common_words(found.record.surface)


def plural_name(found: Found) -> bool:
    """A name whose last word is a plural noun (responses, cells), not a singular in -s (metastasis, virus)."""
    return _PLURAL.search(found.record.surface) is not None


_PLURAL = re.compile(r"[a-z](?<![sui])s$")
