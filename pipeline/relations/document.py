"""Triples of a whole document, sentence by sentence, with what a paragraph carries from one
sentence to the next (its topic, for a pronoun or a determiner phrase of a later sentence)."""
from __future__ import annotations

from ..names.mentions import Found, reading_mentions
from ..english.english_reader import combine
from ..records import Document, Triple
from ..sentences.segment import SentenceView
from .data import SECTIONS, RuleData
from .engine import Trace
from .appositions import without_dash_appositions
from .items import sentence_items, tidied
from .reader import read_sentence
from .state import Reader

# How far back _owned looks for a cue word (the longest Chinese cue, 细胞间相互作用, has 7 characters).
_LONGEST_CUE = 12


def find_triples(doc: Document, views: list[SentenceView], mentions: list[list[Found]], resources,
                 trace: Trace | None = None) -> list[Triple]:
    """Triples of a whole document, sentence by sentence; with ``trace``, what the engine
    tried in each sentence is recorded there (``explain``)."""
    data = resources.rules
    out: list[Triple] = []
    topic: dict[int, list[Found]] = {}  # paragraph -> the one factor of its last sentence that had one
    topics: dict[int, list[Found]] = {}  # paragraph -> the factors of its last sentence that had any
    classes: dict[int, set[str]] = {}  # paragraph -> every concept that sentence named
    read: dict[int, list[Found]] = {}  # index of a view -> its reading mentions (the English reader's too)
    for k, (view, found) in enumerate(zip(views, mentions)):
        if view.sentence.section not in SECTIONS or not found:
            continue
        found = read[k] = reading_mentions(doc, view, found, resources)
        items = without_dash_appositions(tidied(sentence_items(view, found, data, resources)), data)
        r = Reader(doc, view, items, data, resources.lexicon, data.grammar, topic.get(view.paragraph),
                   topics.get(view.paragraph, []), classes.get(view.paragraph, set()),
                   compositions=resources.compositions)
        sent_id = view.sentence.sent_id
        if trace is not None and trace.wants(sent_id):
            r.trace_into(trace.events.setdefault(sent_id, []))
        triples = read_sentence(r)
        if r.events is not None:
            trace.items[sent_id] = list(r.items)
        out.extend(triples)
        _carry_topic(view, found, triples, r, data, topic, topics, classes)
    if trace is not None:
        trace.own = list(out)
    # A reader of another kind adds its triples here: English on a dependency parse
    # (english_reader.py, its records in english_constructions.tsv; hosted.py writes them).
    return combine(doc, views, mentions, resources, out, read)


def _carry_topic(view: SentenceView, found: list[Found], triples: list[Triple], r: Reader, data: RuleData,
                 topic: dict, topics: dict, classes: dict) -> None:
    """What the sentence leaves its paragraph: its one factor (a later pronoun's referent),
    its factors and the concepts it named (a later determiner phrase's)."""
    factors = list(dict.fromkeys(t.factor_id for t in triples))
    # ``IL-6 家族细胞因子及其受体在…中具有多重作用``: the receptor is the family's own; the
    # sentence is about the family (cue ``owned``)
    owned = {f.concept.id for f in found if _owned(view.clean.text, f.cstart, data)}
    factors = [fid for fid in factors if fid not in owned] or factors
    if len(factors) == 1:
        # a sentence whose factor was a pronoun (它可以…) names it nowhere: the topic goes on
        kept = [f for f in topic.get(view.paragraph) or [] if f.concept.id == factors[0]]
        topic[view.paragraph] = [f for f in found if f.concept.id == factors[0]][:1] or kept
    named = [f for fid in factors if (f := next((x for x in found if x.concept.id == fid), None))]
    subject = r.named_subject
    if not triples and subject is not None:
        # ``TNF 和 IL-1 最初参与不同的信号通路。…两种细胞因子…``: a sentence that states no
        # effect is still about its subject, which a later determiner phrase names
        named = list({a.found.concept.id: a.found for a in subject.args}.values())
    if named:
        topics[view.paragraph] = named
    # every concept the paragraph has named so far: a determiner phrase on a class the paragraph
    # named itself (促炎因子 …。… 这些促炎因子) names that class
    classes[view.paragraph] = classes.get(view.paragraph, set()) | {f.concept.id for f in found}


def _owned(text: str, start: int, data: RuleData) -> bool:
    """The name starting at ``start`` follows a word that makes it the name before's own
    (``及其``: X and its Y)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # text[:start].rstrip(), without the copy
    return any(text.endswith(w, 0, end) for w in _owned_cues(data))


def _owned_cues(data: RuleData) -> tuple[str, ...]:
    """The Chinese cue words of kind ``owned`` (及其), up to ``_LONGEST_CUE`` characters:
    collected once per cue table (every name of every sentence asks)."""
    cues = data.cues
    held = _OWNED.get(id(cues))
    if held is None or held[0] is not cues:
        words = tuple(w for (lang, w), kinds in cues.items()
                      if lang == "zh" and "owned" in kinds and 0 < len(w) <= _LONGEST_CUE)
        held = _OWNED[id(cues)] = (cues, words)
    return held[1]


_OWNED: dict[int, tuple] = {}  # id of a cue table: (the table, its owned cue words)
