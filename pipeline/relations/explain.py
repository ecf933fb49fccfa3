"""``python -m pipeline explain``: how the relation reader read a sentence.

For each sentence: the items the reader saw (names with their concepts, trigger words
with their effect and form, aspect and cue words, punctuation), then, item by item, each
construction record that was tried there (``constructions.tsv``, in the engine's order):
those that matched, with what they match in words, and those that did not; then the
triples, each with the construction that read it (``rule``) and the ones that shaped it
(``steps``), with the records of the English reader on a dependency parse that read some of
them and the triples that reader set aside. A sentence is given as text (its language is detected), or as ``--doc ID
--sent N`` of an existing output folder.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ..names.mentions import find_mentions
from ..reading.read import doc_id_for, main_language
from ..records import Document, PipelineError
from ..sentences.segment import segment
from ..store.tables import read_table
from ..reading.traditional import script_of
from .document import find_triples
from .engine import DONE, SKIPPED, Event, Trace
from .items import Item


def explain_text(text: str, resources) -> str:
    """The explanation of every sentence of ``text``."""
    data = text.encode("utf-8")
    doc = Document(doc_id=doc_id_for(data), source="explain", sha256=hashlib.sha256(data).hexdigest(),
                   format="txt", lang=main_language(text), n_chars=len(text), n_pages=None, encoding="utf-8",
                   text=text, zh_script=script_of(text))
    return _explain(doc, resources, None, as_body=True)


def explain_output(out_dir: Path, doc_id: str, sent_id: int, resources) -> str:
    """The explanation of sentence ``sent_id`` of document ``doc_id`` of the output folder
    ``out_dir``, read again with its paragraph (what earlier sentences leave it)."""
    try:
        docs = read_table(out_dir, "documents").to_pandas()
        sentences = read_table(out_dir, "sentences").to_pandas()
    except FileNotFoundError as exc:
        raise PipelineError(f"{out_dir}: no output tables here ({exc})") from None
    row = docs[docs.doc_id == doc_id]
    if row.empty:
        raise PipelineError(f"{out_dir}: no document {doc_id!r} (doc_ids: {', '.join(sorted(docs.doc_id)[:10])}…)")
    sent = sentences[(sentences.doc_id == doc_id) & (sentences.sent_id == sent_id)]
    if sent.empty:
        raise PipelineError(f"{out_dir}: document {doc_id} has no sentence {sent_id}")
    r = row.iloc[0]
    doc = Document(doc_id=doc_id, source=r.source, sha256=r.sha256, format=r.format, lang=r.lang,
                   n_chars=int(r.n_chars), n_pages=None, encoding=r.encoding, text=r.text,
                   zh_script=script_of(r.text))  # as read.py tells it (an older output has no such column)
    span = (int(sent.iloc[0].start), int(sent.iloc[0].end))
    return _explain(doc, resources, span) or \
        "(the sentence is not where the output has it: a PDF's layout is not kept in the output tables; " \
        "explain its text instead)\n" + explain_text(sent.iloc[0].text, resources)


def _explain(doc: Document, resources, span: tuple[int, int] | None, as_body: bool = False) -> str:
    """The explanation of each sentence of ``doc`` (only the one at ``span``, if given); with
    ``as_body``, every sentence is read as running text (a short line given alone would be
    taken for a title, which the reader does not read)."""
    views = segment(doc)
    if as_body:
        views = [replace(v, sentence=replace(v.sentence, section="body")) for v in views]
    wanted = [v for v in views if span is None or (v.sentence.start, v.sentence.end) == span]
    if not wanted:
        return ""
    trace = Trace(wanted[0].sentence.sent_id if span is not None else None)
    triples = find_triples(doc, views, find_mentions(doc, views, resources), resources, trace)
    grammar = resources.rules.grammar
    out = []
    for view in wanted:
        sid = view.sentence.sent_id
        out.append(f"sentence {sid} ({view.sentence.lang}, {view.sentence.section}): {view.sentence.text}")
        if sid not in trace.items:
            out.append("  (not read: no names, or not a section the reader reads)\n")
            continue
        out += ["items:"] + [f"  {k:>3} {_item_line(it)}" for k, it in enumerate(trace.items[sid])]
        out += ["constructions (matched: +, settled the stage: *, tried and did not match: -):"]
        out += _event_lines(trace.events.get(sid, []), grammar)
        mine = [t for t in triples if t.sent_id == sid]
        out += ["triples:"] + [_triple_line(t) for t in mine] + (["  (none)"] if not mine else [])
        out += _other_reader(mine, [t for t in trace.own if t.sent_id == sid], resources) + [""]
    return "\n".join(out)


def _other_reader(triples: list, own: list, resources) -> list[str]:
    """What the English reader on a dependency parse did to the sentence's triples: the
    records of ``english_constructions.tsv`` that read some, and this reader's triples it set
    aside (it reads the sentence otherwise)."""
    from ..english.english_reader import readings

    patterns = {c.name: c.pattern for c in readings(resources)[0].constructions}
    used = dict.fromkeys(t.rule for t in triples if t.rule in patterns)
    out = [f"  read on the dependency parse (english_constructions.tsv): {name}: {patterns[name]}" for name in used]
    set_aside = [t for t in own if not any(t is x for x in triples)]
    if set_aside:
        out += ["set aside (the dependency parse reads the sentence otherwise):"] + [_triple_line(t) for t in set_aside]
    return out


def _item_line(it: Item) -> str:
    what = ""
    if it.kind == "ENT":
        what = f"{it.found.concept.name} [{it.found.concept.type}]"
    elif it.kind == "TRIG":
        what = f"{it.trigger.effect}, {it.trigger.form}" + (f", aspect {it.trigger.aspect}" if it.trigger.aspect else "")
    elif it.kind == "ASP":
        what = f"aspect {it.aspect.aspect}"
    extra = " ".join(x for x in (what, _set("cues", it.cues), _set("words", it.marks), it.pos and f"pos {it.pos}") if x)
    return f"{it.kind:<5} {it.text or '(' + (it.aspect.word if it.aspect else '') + ')'}  {extra}".rstrip()


def _set(label: str, values) -> str:
    return f"{label} {','.join(sorted(values))}" if values else ""


def _event_lines(events: list[Event], grammar) -> list[str]:
    """The records tried, in order: one line per stage read at one item for those that did
    not match, one line each for those that did (with their pattern)."""
    out, k = [], 0
    while k < len(events):
        e = events[k]
        m = k
        while m < len(events) and (events[m].stage, events[m].start, events[m].word) == (e.stage, e.start, e.word):
            m += 1
        where = f"{e.stage} at «{e.word}»" if e.start >= 0 else f"{e.stage} (sentence)"
        missed: list[str] = []
        for x in events[k:m]:
            if x.outcome == SKIPPED:
                missed.append(f"{x.name} (skipped: {x.why})")
                continue
            if x.outcome == "no":
                missed.append(x.name + (f" ({x.why})" if x.why else ""))
                continue
            if missed:
                out.append(f"  - {where}: {', '.join(missed)}")
                missed = []
            mark = "*" if x.outcome == DONE else "+"
            out.append(f"  {mark} {where}: {x.name}: {grammar.by_name[x.name].pattern}")
        if missed:
            out.append(f"  - {where}: {', '.join(missed)}")
        k = m
    return out


def _triple_line(t) -> str:
    flags = "".join(f" [{f}]" for f, on in (("negated", t.negated), ("hedged", t.hedged)) if on)
    aspect = f" ({t.aspect})" if t.aspect else ""
    mediator = f" via {t.mediator_id}" if t.mediator_id else ""
    return f"  {t.factor_name} «{t.factor_text}» {t.effect} {t.target_name} «{t.target_text}»{aspect}{mediator}" \
           f"{flags}\n      rule {t.rule}; steps {', '.join(t.steps) or '(none)'}"
