"""``output/README.md`` lists every table's columns, in order, as the records declare them.

The columns of a table are the backticked names of its row's last cell that
stand outside parentheses (inside them are values and explanations).
"""
from __future__ import annotations

import re

import pytest

from pipeline import config
from pipeline.store.claims import Claim
from pipeline.store.tables import TABLES, schema_for

README = config.ROOT / "output" / "README.md"
RECORDS = {**TABLES, "claims": Claim}


def top_level_names(cell: str) -> list[str]:
    """The backticked names of ``cell`` outside parentheses."""
    names, depth = [], 0
    for token in re.finditer(r"`[^`]*`|[()]", cell):
        t = token.group()
        if t in "()":
            depth += 1 if t == "(" else -1
        elif depth == 0:
            names.append(t.strip("`"))
    return names


def documented_columns() -> dict[str, list[str]]:
    """Table name -> the columns ``output/README.md`` lists for it."""
    out = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`(\w+)`\s*\|[^|]*\|(.*)\|\s*$", line)
        if m:
            out[m.group(1)] = top_level_names(m.group(2))
    return out


def test_top_level_names_skip_what_parentheses_explain():
    assert top_level_names("`a`, `b` (`x`, or `y` (`z`)), `c`") == ["a", "b", "c"]


def test_every_table_is_documented():
    assert set(documented_columns()) == set(RECORDS)


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_documented_columns_are_the_written_columns_in_order(table):
    assert documented_columns()[table] == schema_for(RECORDS[table]).names, f"{README}: table {table}"
