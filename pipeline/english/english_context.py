"""The sentence the English parse reader reads (``Context``) and the argument it finds (``Side``).

``Context`` holds one parsed sentence with its mentions and the reader's words. Anaphors are
``pipeline/names/anaphors.py``'s, resolved before the parse (one policy for both languages): a
demonstrative and its class noun (``this cytokine``, ``these cells``), and a pronoun that opens
its clause with nothing before it in its sentence it could name (``It promotes…``: the sentence
before's); the parse reads the anaphor's mention, and ``anaphor`` gives each of its referents.
What is left is what only the parse says: the referent of a pronoun after names of its own
sentence (``pronoun``: ``IL-17A is…whereas its effects``, ``Besides its role…, VEGF…``). The
pronoun words are words of ``english_parse_words.tsv`` (kind ``pronoun``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..names.anaphors import PRONOUN_TYPES
from ..names.mentions import Found
from ..records import box_columns

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
REFERENT_TYPES = PRONOUN_TYPES  # what a pronoun can stand for (anaphors.py)
MOLECULES = frozenset({"gene", "family", "pathway", "ncrna", "drug"})


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

    def mention(self, tok) -> Found | None:
        return self.parsed.mention_at.get(tok.i)

    def pronoun(self, tok, cells: bool = False) -> list[Found]:
        """The referents of a pronoun token that anaphors.py left (names of its sentence stand
        before it), each re-anchored on the pronoun's span: the one thing a subject before it in
        the sentence names (``IL-17A is…whereas its effects``), the subject of the clause a fronted
        phrase opens, the one molecule before it. With ``cells`` (``their differentiation``: a
        fate only cells have) the cells the sentence named last before it, else none."""
        kind = self.vocab.kind("pronoun", tok.lower_)
        if kind is None or self.mention(tok) is not None:
            return []
        found = self._earlier_cell(tok) if cells else \
            self._sibling_molecule(tok, kind) or self._earlier_subject(tok, kind) or \
            self._fronted_for(tok, kind) or self._earlier_molecule(tok, kind)
        return self._anchored(tok, found)

    def anaphor(self, found: Found) -> list[Found]:
        """What an anaphor that ``pipeline/names/anaphors.py`` resolved names (``these cells`` after two cell
        types): every referent made at its span (the parse holds one token, with one of them)."""
        if found.record.via != "pronoun":
            return []
        span = (found.cstart, found.cend)
        return [f for f in self.parsed.found if f.record.via == "pronoun" and (f.cstart, f.cend) == span]

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
                 and f.concept.type in MOLECULES]
        return found[:1] if len({f.concept.id for f in found}) == 1 else []

    def _fronted_for(self, tok, kind: str) -> list[Found]:
        """``Besides its role as a regulator of angiogenesis, VEGF triggers…`` / ``Based on its functions,
        X is…``: ``its`` in a phrase put before the subject of its clause names that subject (one molecule)."""
        phrase = tok
        while phrase.head.i != phrase.i and phrase.head.pos_ not in ("VERB", "AUX"):
            phrase = phrase.head
        verb = phrase.head
        while verb.dep_ in ("prep", "advcl") and verb.head.i > verb.i and \
                not any(c.dep_ in SUBJECTS for c in verb.children):
            phrase, verb = verb, verb.head  # ``Based on its…functions, X is…``: the participle opens the phrase
        if kind != "sing" or tok.dep_ != "poss" or phrase.dep_ not in ("prep", "advcl", "npadvmod") or verb.i == phrase.i:
            return []
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > phrase.i]
        found = [f for c in subjects[:1] if (f := self.mention(c)) is not None and f.concept.type in MOLECULES]
        return found

    def _earlier_molecule(self, tok, kind: str) -> list[Found]:
        """``studies on the role of LIF in cancer cells have revealed that it…``: the one
        molecule the sentence named before ``it``."""
        found = [f for t in tok.doc[:tok.i] if (f := self.mention(t)) is not None and f.concept.type in MOLECULES]
        return found[:1] if kind == "sing" and len({f.concept.id for f in found}) == 1 else []

    def _earlier_subject(self, tok, kind: str) -> list[Found]:
        """The mentions heading the subjects of the clauses before ``tok`` in this sentence,
        when they name one thing (``it``/``its``) or several (``they``/``their``)."""
        found = [f for t in tok.doc[:tok.i] if t.dep_ in SUBJECTS and (f := self.mention(t)) is not None
                 and f.concept.type in REFERENT_TYPES]
        concepts = {f.concept.id for f in found}
        if kind == "sing" and len(concepts) == 1 or kind == "plural" and len(concepts) > 1:
            return found[:1] if kind == "sing" else found
        return []
