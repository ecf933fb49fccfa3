"""``python -m pipeline.relations.docs``: writes ``docs/constructions.md``, the curator's list of
the relation reader's constructions, made from ``dictionaries/relations/constructions.tsv`` (a
test checks that the file is up to date). ``--check`` only says whether it is.
"""
from __future__ import annotations

import argparse
import sys

from .. import config
from .data import Construction, load_rule_data
from .engine import STAGES

DOC = config.ROOT / "docs" / "constructions.md"

_INTRO = """\
# The relation reader's constructions

Made from `dictionaries/relations/constructions.tsv` by `python -m pipeline.relations.docs`; do not edit
this file, edit the records (a test checks that this file is up to date).

The relation reader (`pipeline/relations/`) reads a sentence item by item: names, trigger words, aspect
words, cue words, punctuation. At each point where it asks "what construction is this?" (a *stage*),
the engine tries the records of that stage, in their order, for the sentence's language. A record
that does not match lets the next one try; one that matches either leaves the stage to the records
after it or settles it. Every triple names in its `rule` the record that read its claim, and in its
`steps` the records that shaped it (a subject carried from an earlier clause, a pronoun's referent,
examples standing for a class word, the default aspect…). `python -m pipeline explain "SENTENCE"`
shows, for one sentence, the items, every record tried and the triples with their rule and steps.

A record's `emits` says what it gives: **triples** (it states them; they carry its name as `rule`),
**step** (it shapes triples; its name is in their `steps`), **reading** (it changes how the clause is
read: a role, a subject, a clause break, an object), **no claim** (it rejects a claim).

## How to add a construction

1. Find the stage where the reader meets it (the list below, in the order a sentence meets them) and
   the records around the place it belongs: `python -m pipeline explain` on a sentence that shows it
   prints which records were tried there, in order.
2. Add one line to `dictionaries/relations/constructions.tsv`: a new `name` (`zh.`/`en.` for one
   language, no prefix for both), `lang`, `stage`, an `order` between the records it must come after
   and before, the `pattern` in words, what it `emits`, a real `example` sentence and the `expected`
   triple it must give there.
3. Write its handler, one small function registered under the name (`@construction("zh.name")`) in the
   module of its stage (`cues.py`, `subjects.py`, `objects.py`, `claims.py`, `frames.py`, `examples.py`,
   `sentence.py`, `emit.py`): it returns `None` where the pattern does not hold, `GO_ON` where it applies
   and leaves the stage to the records after it, anything else to settle the stage. Word lists go to
   `dictionaries/relations/` (`cues.tsv`, `words.tsv`), never into the code.
4. `make test` runs the record's example (`tests/test_construction_records.py`); add the sentences that
   show it to its table in `tests/test_constructions_*.py`; regenerate this file; `make eval` shows what
   it changed.

A reader of another kind (one that reads a dependency parse, say) hosts its constructions the same way:
records of its own stage (add it to `STAGES` in `pipeline/relations/engine.py`, where the reader walks it),
handlers in a module of its own listed in `HANDLER_MODULES`, each stating its triples with
`emit(r, factors, targets, trigger, …, How(name))` so that they carry its record's name as their `rule`.
"""


def render(records: list[Construction]) -> str:
    """The text of ``docs/constructions.md`` for ``records``."""
    out = [_INTRO]
    for stage, what in STAGES.items():
        mine = sorted((r for r in records if r.stage == stage), key=lambda r: (r.order, r.lang, r.name))
        if not mine:
            continue
        out += [f"## Stage `{stage}`", "", f"{what[0].upper()}{what[1:]}.", "",
                "| order | name | lang | emits | pattern | example → expected |", "|---|---|---|---|---|---|"]
        out += [f"| {r.order} | `{r.name}` | {r.lang} | {r.emits} | {_cell(r.pattern)} | "
                f"{_cell(r.example)} → **{_cell(r.expected)}** |" for r in mine]
        out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.relations.docs", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args(argv)
    text = render(load_rule_data(config.DICTIONARIES).constructions)
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        print(f"{DOC}: {'up to date' if current == text else 'out of date: python -m pipeline.relations.docs'}")
        return 0 if current == text else 1
    DOC.write_text(text, encoding="utf-8")
    print(f"{DOC}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
