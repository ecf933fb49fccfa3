"""The code stays in small modules and small functions (the developers' guide: one module per job,
a few hundred lines at most; small functions with precise names). Every module of pipeline/."""
from __future__ import annotations

import ast

import pytest

from pipeline import config

LONGEST_MODULE = 600  # lines
LONGEST_FUNCTION = 60  # lines, from its def to its last line

MODULES = sorted((config.ROOT / "pipeline").rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(config.ROOT)))
def test_module_and_its_functions_stay_small(path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= LONGEST_MODULE, f"{path.name}: {len(source.splitlines())} lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1
            assert lines <= LONGEST_FUNCTION, f"{path.name}: {node.name} has {lines} lines"


def test_every_stage_is_measured():
    """The walk finds the stages (a moved folder would make the test above pass on nothing)."""
    names = {p.name for p in MODULES}
    assert {"read.py", "clean.py", "segment.py", "mentions.py", "export.py"} <= names
    assert any(p.parent.name == "relations" for p in MODULES)
