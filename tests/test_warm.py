"""What the driver loads before the local pool forks its workers (pipeline/runtime/warm.py), and what it leaves alone."""
from __future__ import annotations

import gc
import json
import subprocess
import sys

from pipeline.store.tables import read_table
from pipeline.runtime.warm import frozen_for_fork, may_hold_english

from .conftest import RAW

ROOT = RAW.parent
CHINESE = "IL-6 促进破骨细胞的分化。\n\nTNF-α 抑制成骨细胞分化。\n"
# A run in a fresh process: its exit code, and whether the driver imported jieba and spaCy.
RUN = """
import json, sys
from pipeline.__main__ import main
code = main(["run", sys.argv[1], "--out", sys.argv[2], "--workers", "2", "--no-progress"])
print(json.dumps({"code": code, "jieba": "jieba" in sys.modules, "spacy": "spacy" in sys.modules}))
"""


def _run_in_fresh_process(raw, out) -> dict:
    done = subprocess.run([sys.executable, "-c", RUN, str(raw), str(out)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_chinese_paper_is_read_without_loading_spacy_and_a_rerun_loads_nothing(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "zh.md").write_text(CHINESE, encoding="utf-8")
    (raw / "zh2.md").write_text(CHINESE.replace("IL-6", "IL-1β"), encoding="utf-8")
    first = _run_in_fresh_process(raw, out)
    assert first == {"code": 0, "jieba": True, "spacy": False}
    triples = {(t["factor_name"], t["effect"], t["target_name"]) for t in read_table(out, "triples").to_pylist()}
    assert ("IL-6", "promotes", "osteoclast") in triples  # the paper was read: the driver only skipped spaCy
    assert _run_in_fresh_process(raw, out) == {"code": 0, "jieba": False, "spacy": False}


def test_english_prose_or_a_pdf_may_need_the_english_parser(tmp_path):
    chinese, english, pdf = tmp_path / "zh.txt", tmp_path / "en.md", tmp_path / "paper.pdf"
    chinese.write_text(CHINESE + "（IL-6 and TNF-α）\n", encoding="utf-8")
    english.write_text(CHINESE + "IL-6 promotes the differentiation of osteoclasts.\n", encoding="gb18030")
    pdf.write_bytes(b"%PDF-1.4\n")
    assert not may_hold_english([chinese])
    assert may_hold_english([chinese, english])
    assert may_hold_english([chinese, pdf])
    assert may_hold_english([tmp_path / "gone.txt"])  # unreadable now: its worker decides


def _freeze_count(paper, listener=None):
    return gc.get_freeze_count()


def test_workers_start_with_the_loaded_objects_frozen_and_the_driver_unfreezes():
    from pipeline.runtime.pool import pool_outcomes

    with frozen_for_fork():
        counts = list(pool_outcomes(["paper"], 1, _freeze_count, lost=None, timeout=None))
    assert counts[0] > 10_000  # the dictionaries and modules loaded so far
    assert gc.get_freeze_count() == 0


def test_the_driver_builds_the_tables_the_stages_build_on_first_use():
    from pipeline.names import compositions, regrouped
    from pipeline.runtime.resources import load_resources
    from pipeline.runtime.warm import warm_tables

    resources = load_resources()
    warm_tables(resources, english=False)
    assert resources.trie._automaton is not None  # noqa: SLF001 - built, not on the first search
    assert compositions._words_of(resources.compositions) is compositions._WORDS[id(resources.compositions)]  # noqa: SLF001
    assert regrouped._NameIndex.of(resources.lexicon).zh  # noqa: SLF001
    # and the dictionary reads as before: IL-6 and the osteoclast found in a sentence
    from pipeline.names.matcher import find_matches

    keys = {m.key for m in find_matches("IL-6 促进破骨细胞的分化", [resources.trie])}
    assert {"il6", "破骨细胞"} <= keys


def test_a_table_that_cannot_be_built_now_is_left_to_the_first_paper():
    from types import SimpleNamespace

    from pipeline.store.tables import schema_for
    from pipeline.runtime.warm import warm_tables

    def broken():
        raise OSError("the dictionary file went away")

    resources = SimpleNamespace(trie=SimpleNamespace(build=broken), compositions=(), lexicon=None)
    warm_tables(resources, english=False)  # no exception: each stage reports its own when it runs
    assert schema_for.cache_info().currsize >= 4  # the steps after the broken one were still taken


def test_a_trie_built_ahead_still_finds_a_key_added_later():
    from pipeline.names.matcher import Trie

    trie = Trie()
    trie.add("il6", "IL-6")
    trie.build()
    assert trie.starts("the il6 gene") == {4: [(7, ["IL-6"])]}
    trie.add("gene", "gene")
    assert trie.starts("the il6 gene") == {4: [(7, ["IL-6"])], 8: [(12, ["gene"])]}
