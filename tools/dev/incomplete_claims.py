"""List the claims the relation reader leaves with a factor and a trigger but no target (construction
``incomplete``), and the misses they could have been, on a readable set already run into an output folder.

    PYTHONPATH=. .venv/bin/python tools/dev/incomplete_claims.py gold/extra output/extra [--lang zh] [--list]

For each document of the output folder, its sentences are read again with the ``incomplete`` handler
watched. Counted: the claims reaching it with factors and no target; the misses (miss_kinds.py kinds
``sentence_empty`` / ``factor_used_other_target``) whose sentence has such a claim with the gold's factor
and polarity. ``--list`` prints each such miss with the claim's trigger and the items after it.
Train and team-annotated sets only (never validation or held-out).
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from miss_kinds import misses  # noqa: E402
from pipeline.evaluation.gold import fold_keys  # noqa: E402
from pipeline.evaluation.locate import CompactText  # noqa: E402
from pipeline.names.mentions import find_mentions  # noqa: E402
from pipeline.reading.traditional import script_of  # noqa: E402
from pipeline.records import Document  # noqa: E402
from pipeline.relations import engine  # noqa: E402
from pipeline.relations.document import find_triples  # noqa: E402
from pipeline.runtime.resources import load_resources  # noqa: E402
from pipeline.sentences.segment import segment  # noqa: E402
from pipeline.store.tables import read_table  # noqa: E402

SEEN: list[dict] = []


def _watch() -> None:
    import pipeline.relations.frames  # noqa: F401  (registers the handler)
    handler = engine._HANDLERS["incomplete"]

    def watched(r, name, q):
        if q.factors and q.target is None and not (q.i + 1 < len(q.items) and q.items[q.i + 1].is_a("time_end")):
            after = [f"{x.kind}:{x.text}" for x in q.items[q.i + 1:]]
            SEEN.append(dict(doc=r.doc.doc_id, sent=r.view.sentence.text, start=r.view.sentence.start,
                             end=r.view.sentence.end, trigger=q.it.text, polarity=engine_polarity(q),
                             factors={a.found.concept.name for a in q.factors},
                             factor_keys=frozenset().union(*(_keys(a.found) for a in q.factors)),
                             after=" ".join(after), rule=q.rule))
        return handler(r, name, q)
    engine._HANDLERS["incomplete"] = watched


def engine_polarity(q) -> int:
    from pipeline.relations.data import EFFECTS
    return EFFECTS.get(q.effect, 0)


def _keys(found) -> frozenset[str]:
    return fold_keys(tuple(n for n in (found.concept.name, found.concept.id, found.record.surface) if n))


def read_again(out_dir: Path, lang: str) -> None:
    resources = load_resources()
    docs = read_table(out_dir, "documents").to_pandas()
    for row in docs.itertuples():
        if row.lang != lang or not isinstance(row.text, str):
            continue
        doc = Document(doc_id=row.doc_id, source=row.source, sha256=row.sha256, format=row.format, lang=row.lang,
                       n_chars=int(row.n_chars), n_pages=None, encoding=row.encoding, text=row.text,
                       zh_script=script_of(row.text))
        views = segment(doc)
        find_triples(doc, views, find_mentions(doc, views, resources), resources)


def main(argv: list[str]) -> int:
    gold_dir, out_dir = argv[0], Path(argv[1])
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "zh"
    _watch()
    read_again(out_dir, lang)
    print(f"claims with factor and trigger, no target: {len(SEEN)}")
    by_rule = Counter(s["rule"] for s in SEEN)
    print("  by rule:", ", ".join(f"{k}={n}" for k, n in by_rule.most_common()))
    for k, n in Counter(shape(s["after"]) for s in SEEN).most_common(8):
        print(f"  {n:4d}  {k}")
    kinds: Counter = Counter()
    hit: Counter = Counter()
    for g, kind, preds in misses(gold_dir, str(out_dir)):
        if g.lang != lang or kind not in ("sentence_empty", "factor_used_other_target"):
            continue
        kinds[kind] += 1
        claim = next((s for s in SEEN if CompactText.of(s["sent"]).find_all(g.sentence)
                      and s["factor_keys"] & g.factor_keys and s["polarity"] == g.polarity), None)
        if claim is None:
            continue
        hit[kind] += 1
        if "--list" in argv:
            print(f"- {g.factor} --{g.effect}--> {g.target} | trigger «{claim['trigger']}» rule {claim['rule']}\n"
                  f"  {g.sentence}\n  after: {claim['after']}")
    for k in kinds:
        print(f"misses {k}: {kinds[k]}, with an incomplete claim of the gold's factor and polarity: {hit[k]}")
    return 0



def shape(after: str) -> str:
    """A rough kind of what follows the trigger of a claim with no target, from its item kinds."""
    kinds = [x.split(":", 1)[0] for x in after.split()]
    if not kinds:
        return "nothing after the trigger"
    first_name = next((k for k, x in enumerate(kinds) if x in ("ENT", "ASP")), None)
    before = kinds[:first_name] if first_name is not None else kinds
    if first_name is None:
        return "no name after the trigger"
    if first_name == 0:
        return "a name right after the trigger"
    if "TRIG" in before and "DE" in before:
        return "a relative clause (V 的) before the name"
    return "before the first name: " + " ".join(dict.fromkeys(before))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
