"""The fuzzing harness: hostile texts and mutated PDFs, each beside a good paper.

Asserted for every input: the run finishes, no traceback escapes, the bad
paper gets a status, no paper runs out of its time budget (but the
overprinted PDF, which the PDF reader is known to be slow on: it must be
stopped), every row points at exactly what it names, and the good paper's
rows are present and the same as when it is run alone.

The suite runs it small (a fraction of each hostile text's size, a dozen
mutated PDFs, a few dozen generated texts: seconds). ``make fuzz`` runs the
same tests at full size (``FUZZ_SCALE=1``: the sizes that once stalled the
pipeline, 1,000 mutated PDFs, ``HYPOTHESIS_PROFILE=fuzz``) and prints how
long each input took.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.runtime.batch import extract, run
from pipeline.store.tables import read_table

from .conftest import RAW, assert_offsets_exact, document_of
from .fuzz_inputs import hostile_texts, mutated_pdfs, overprinted_pdf

SCALE = float(os.environ.get("FUZZ_SCALE", "0.01"))
N_PDFS = int(os.environ.get("FUZZ_PDFS", "8"))
OVERPRINTED_LINES = max(8, int(800 * SCALE))
# The bound for the largest hostile input; the suite's inputs take a fraction of it.
PAPER_TIMEOUT = float(os.environ.get("FUZZ_PAPER_TIMEOUT", "60"))
GOOD = "003_1f8b6be4a772ca1a.txt"

settings.register_profile("suite", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("fuzz", max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


def _rows(out: Path, doc_id: str) -> dict[str, list[dict]]:
    rows = {}
    for name in ("sentences", "mentions", "triples"):
        rows[name] = sorted((r for r in read_table(out, name).to_pylist() if r["doc_id"] == doc_id),
                            key=lambda r: sorted((k, str(v)) for k, v in r.items()))
    return rows


@pytest.fixture(scope="module")
def good_alone(tmp_path_factory):
    raw, out = tmp_path_factory.mktemp("good"), tmp_path_factory.mktemp("good_out")
    shutil.copy(RAW / GOOD, raw / GOOD)
    run([raw], out, workers=1, progress=False)
    (doc,) = read_table(out, "documents").to_pylist()
    return doc["doc_id"], _rows(out, doc["doc_id"])


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The good paper, every hostile text, the overprinted PDF and the mutated PDFs, in one run of two workers."""
    raw, out = tmp_path_factory.mktemp("hostile"), tmp_path_factory.mktemp("hostile_out")
    shutil.copy(RAW / GOOD, raw / GOOD)
    names = [GOOD]
    for name, data in [*hostile_texts(SCALE).items(), *mutated_pdfs(N_PDFS),
                       ("overprinted.pdf", overprinted_pdf(OVERPRINTED_LINES))]:
        (raw / name).write_bytes(data)
        names.append(name)
    summary = run([raw], out, workers=2, progress=False, paper_timeout=PAPER_TIMEOUT)
    return raw, out, names, summary


def test_every_bad_input_gets_a_status_and_the_good_paper_its_rows(hostile_run, good_alone, capfd):
    raw, out, names, summary = hostile_run
    assert "Traceback" not in capfd.readouterr().err
    outcomes = {o.source: o for o in summary.processed}
    duplicates = {source for source, _ in summary.duplicates}
    assert set(outcomes) | duplicates == set(names)
    docs = {d["source"]: d for d in read_table(out, "documents").to_pylist()}
    for name, outcome in outcomes.items():
        assert docs[name]["status"] == outcome.status and (outcome.status == "ok" or outcome.error)
    doc_id, rows = good_alone
    assert outcomes[GOOD].status == "ok" and docs[GOOD]["doc_id"] == doc_id
    assert _rows(out, doc_id) == rows
    assert_offsets_exact(out)
    if os.environ.get("FUZZ_REPORT"):
        _report(summary)


def test_no_hostile_input_runs_out_of_its_budget(hostile_run):
    _, _, _, summary = hostile_run
    late = {o.source: o.error for o in summary.processed if o.status == "timeout" and o.source != "overprinted.pdf"}
    assert not late


def test_the_overprinted_pdf_is_read_or_stopped_while_reading(hostile_run):
    _, _, _, summary = hostile_run
    (outcome,) = [o for o in summary.processed if o.source == "overprinted.pdf"]
    assert outcome.status == "ok" or (outcome.status == "timeout" and outcome.stage == "read")


def _report(summary) -> None:
    print("\nseconds per input (status):")
    for o in sorted(summary.processed, key=lambda o: -o.seconds)[:40]:
        print(f"  {o.seconds:8.2f}  {o.status:20s} {o.source}")
    crashes = [o for o in summary.processed if o.status == "error"]
    print(f"{len(summary.processed)} inputs; {len(crashes)} errors (exceptions, each contained): "
          + ", ".join(sorted({o.error.split(': ', 2)[1].split(' while')[0] for o in crashes})))


# --- generated texts, straight through the readers -------------------------------

_FRAGMENTS = ["IL-6", "TNF-α", "RANKL", "破骨细胞", "osteoclast", "促进", "上调", "inhibits", "promotes", "分化",
              "。", ".", "．", ",", "，", "、", ";", "(", ")", "（", "）", "[", "]", "[1]", "［2］", "<sup>3</sup>",
              "$\\alpha$", "$x$", "**", "__", "\\*", "\u3000", " ", "  ", "\t", "\n", "\n\n", "# ", "1. ", "1.1 ",
              "摘要：", "Abstract", "References", "参考文献", "关键词：", "DOI: ", "et al.", "Fig. 1", "e.g.",
              "interleukin-6 (IL-6)", "白介素-6（IL-6）", "RANKL（核因子-κB受体活化因子配体）",
              "[link](http://x.org/a_(b))", "<https://x.org>", "ACGT", "\ufeff", "\u200b", "\x0b", "\u2028", "😀"]


@st.composite
def hostile_text(draw) -> str:
    pieces = draw(st.lists(st.tuples(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=8)),
                                     st.integers(1, 400)), min_size=1, max_size=12))
    return "".join(fragment * times for fragment, times in pieces)


@given(hostile_text())
def test_generated_texts_never_break_the_readers(text):
    doc = document_of(text)
    records = extract(doc)
    for s in records["sentences"]:
        assert text[s.start:s.end] == s.text and s.windows >= 1
    for m in records["mentions"]:
        assert text[m.start:m.end] == m.surface
    for t in records["triples"]:
        assert text[t.factor_start:t.factor_end] == t.factor_text
        assert text[t.target_start:t.target_end] == t.target_text
        assert t.sent_start <= min(t.factor_start, t.target_start) and max(t.factor_end, t.target_end) <= t.sent_end
