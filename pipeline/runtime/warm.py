"""What the local pool's workers need, loaded once in the driver before it forks them.

A worker is a forked copy of the driver (``pool.py``): whatever the driver
holds when it forks, each worker starts with, its pages shared copy-on-write
instead of loaded again in every worker. So, before the pool starts, the
driver loads:

- jieba's segmenter and tagger (``resources.py``), and the tables the stages build on first
  use (``warm_tables``);
- spaCy's English pipeline (``english_parse.py``), but only when some paper
  to process may hold English prose (``may_hold_english``): a run of Chinese
  text files never loads it (a worker still loads it on first use if a
  paper turns out to need it);
- the modules the stages import on first use, and pandas, which pyarrow
  imports the first time it builds an array from Python values (the first
  part a worker writes), which cost every worker a third of a second;

and then, while the pool runs, freezes the garbage collector's view of all
of it (``gc.freeze``): a worker's first full collection would otherwise write to
the header of every object loaded, and so copy every page of the
dictionaries, jieba's tables and the parser into each worker.

For the whole run (``fewer_collections``), the collector looks at the young objects
every ``GC_YOUNG`` allocations instead of 700: a paper makes millions of short-lived
records, and a collection every 700 of them, with the full collections they lead to
(over every index and memo a worker built), took a tenth of a worker's time.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import re
from pathlib import Path

from ..records import PipelineError

# Modules a paper's stages import inside functions (on first use): imported here once.
LAZY_MODULES = (
    "pipeline.names.anaphor_pronouns", "pipeline.runtime.budget", "pipeline.names.compositions", "pipeline.store.confidence",
    "pipeline.names.mentions", "pipeline.names.nested", "pipeline.names.newnames", "pipeline.reading.pdf", "pipeline.names.regrouped",
    "pipeline.relations", "pipeline.relations.hosted", "pipeline.sentences.segment", "pipeline.names.shapes",
    "pyarrow.compute", "pyarrow.dataset", "pyarrow.parquet", "rapidfuzz",
)
# Four Latin words in a row, in the raw bytes of a text file (UTF-8, GB18030 and Big5
# keep ASCII as it is): English prose, which the English parser may read.
ENGLISH_PROSE = re.compile(rb"[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{2,}){3}")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
GC_YOUNG = 10_000  # allocations between two collections of the young objects (Python's default: 700)


def warm_readers(paths: list[Path]) -> None:
    """jieba's model, and the English parser when one of ``paths`` may hold English prose:
    loaded before the first paper, so that no paper spends its time budget loading them."""
    from .resources import load_resources

    resources = load_resources()
    resources.tagger  # noqa: B018 - builds the segmenter and its tag table
    resources.segmenter.initialize()
    english = may_hold_english(paths)
    if english:
        warm_english()
    warm_tables(resources, english)


@contextlib.contextmanager
def frozen_for_fork():
    """The lazy imports, then ``gc.freeze`` (see the module docstring), for the life of the pool:
    the workers it forks start frozen; the driver unfreezes when the pool is done, so that the
    cycles among what it held can be collected again."""
    warm_imports()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def fewer_collections():
    """The collector's first threshold at ``GC_YOUNG`` for the life of the block (the forked
    workers inherit it), then as it was (see the module docstring)."""
    before = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def warm_tables(resources, english: bool) -> None:
    """The tables the stages build on their first use, once per process, built now: the
    dictionary's Aho-Corasick automaton, the composition words' index, the regrouper's index
    of Chinese names, the context words of the ambiguous short forms, the confidence model
    and its word lists, the Arrow schemas, and (``english``) the English reader's vocabulary.
    In a worker they cost its first paper about 0.3 CPU s, in every worker; built in the
    driver before the pool forks, the workers share them. Nothing is read differently: each
    is the table its stage would build. One that cannot be built now (a broken file) is left
    to the first paper that needs it, which reports it as before."""
    from ..names import compositions, paper_names, regrouped
    from ..store.confidence import load_lexicon, load_model
    from ..store.tables import TABLES, schema_for

    steps = [resources.trie.build, lambda: compositions._words_of(resources.compositions),  # noqa: SLF001
             lambda: regrouped._NameIndex.of(resources.lexicon),  # noqa: SLF001
             lambda: paper_names._context_search(resources.lexicon), load_model, load_lexicon,  # noqa: SLF001
             *(functools.partial(schema_for, record) for record in TABLES.values())]
    if english:
        from ..english.english_reader import readings

        steps.append(lambda: readings(resources))
    for step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001 - left to the first paper that needs it, which reports it
            pass


def warm_english() -> None:
    """spaCy's English pipeline, loaded now; a missing model is left to each paper's status."""
    from ..english.english_parse import english_model

    try:
        english_model()
    except PipelineError:
        pass


def warm_imports() -> None:
    """The modules of ``LAZY_MODULES`` that are installed, and pyarrow's pandas."""
    import pyarrow as pa

    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - an optional dependency
            pass
    pa.table({"warm": [0]})  # pyarrow imports pandas here, if it is installed


def may_hold_english(paths: list[Path]) -> bool:
    """Whether any of ``paths`` may hold an English sentence: a PDF (unknown until read),
    a text file with English prose in it, or a file that cannot be read now."""
    for path in paths:
        if path.suffix.lower() not in TEXT_SUFFIXES:
            return True
        try:
            data = path.read_bytes()
        except OSError:
            return True
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or ENGLISH_PROSE.search(data):  # UTF-16/32: not sniffed
            return True
    return False
