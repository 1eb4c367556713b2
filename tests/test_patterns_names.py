"""graph/patterns.py is shared by every finder: a name bound twice silently replaces the first
pattern for every module that reads it (PARAGRAPH_BREAK once did, for graph/clean.py too)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import graph.patterns

SOURCE = Path(graph.patterns.__file__).read_text(encoding="utf-8")


def _bound_names(source: str) -> Counter[str]:
    """Module-level names bound by assignments, imports, functions and classes."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets: list[ast.expr] = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
            continue
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
            continue
        else:
            continue
        stored = (n for t in targets for n in ast.walk(t) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store))
        names.update(n.id for n in stored)
    return names


def test_no_name_bound_twice() -> None:
    names = _bound_names(SOURCE)
    assert len(names) > 100  # the module was read
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_second_binding() -> None:
    twice = SOURCE + '\nPARAGRAPH_BREAK = re.compile(r"\\n\\n+")\n'
    assert [name for name, count in _bound_names(twice).items() if count > 1] == ["PARAGRAPH_BREAK"]
