"""Every recipe in docs/analysis.md runs on the output of the sample papers and answers something."""
from __future__ import annotations

import ast
import re

import pandas as pd
import pytest

from pipeline import config

DOC = config.ROOT / "docs" / "analysis.md"
FENCE = re.compile(r"^```(python|sql)\n(.*?)^```", re.S | re.M)


def blocks(language: str) -> list[tuple[int, str]]:
    """(line, code) of every fenced block of ``language`` in the document."""
    text = DOC.read_text(encoding="utf-8")
    return [(text[:m.start()].count("\n") + 1, m.group(2)) for m in FENCE.finditer(text) if m.group(1) == language]


def run_cell(code: str, namespace: dict):
    """Run a block as a notebook cell does: the value of its last expression is its answer."""
    tree = ast.parse(code)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, str(DOC), "exec"), namespace)
    return eval(compile(ast.Expression(last.value), str(DOC), "eval"), namespace) if last else None


def check_sentences(answer: pd.DataFrame, out) -> None:
    """Where an answer gives a sentence with its offsets, it is exactly that stretch of the text."""
    if {"doc_id", "sent_start", "sent_end", "sentence"} <= set(answer.columns):
        texts = pd.read_parquet(out / "documents").set_index("doc_id").text
        for r in answer.itertuples():
            assert r.sentence == texts[r.doc_id][r.sent_start:r.sent_end]


def test_the_document_has_recipes_in_both_languages():
    assert len(blocks("python")) >= 4 and len(blocks("sql")) >= 4


def test_python_recipes_run_in_order_and_answer(sample_output, monkeypatch):
    monkeypatch.chdir(sample_output.parent)  # the recipes read output/...
    namespace: dict = {}
    for line, code in blocks("python"):
        answer = run_cell(code, namespace)
        assert isinstance(answer, pd.DataFrame) and len(answer) > 0, f"{DOC}:{line}: no answer"
        check_sentences(answer, sample_output)


@pytest.mark.parametrize("line, query", blocks("sql"), ids=lambda v: f"line{v}" if isinstance(v, int) else "")
def test_sql_recipes_run_in_duckdb_and_answer(line, query, sample_output, monkeypatch):
    import duckdb

    monkeypatch.chdir(sample_output.parent)
    answer = duckdb.connect().sql(query).df()
    assert len(answer) > 0, f"{DOC}:{line}: no rows"
    check_sentences(answer, sample_output)


def test_recipes_agree_with_the_claims_table(sample_output, monkeypatch):
    """The contested-claims query lists exactly the contested claims; the evidence query finds
    as many sentences as the claim counts."""
    import duckdb

    monkeypatch.chdir(sample_output.parent)
    claims = pd.read_parquet(sample_output / "claims.parquet")
    [contested_query] = [q for _, q in blocks("sql") if "WHERE contested" in q]
    [evidence_query] = [q for _, q in blocks("sql") if "substr(d.text" in q]
    contested = duckdb.connect().sql(contested_query).df()
    assert set(contested.claim_id) == set(claims[claims.contested].claim_id)
    evidence = duckdb.connect().sql(evidence_query).df()
    claim = claims[(claims.factor_name == "IL-6") & (claims.target_name == "osteoclast")
                   & (claims.aspect == "differentiation") & (claims.polarity == 1)]
    assert len(evidence) == claim.n_evidence.iloc[0]
