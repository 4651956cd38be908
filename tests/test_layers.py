"""DESIGN.md's layers import only to their left (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "networkkit"

# rank of each top-level part of the package; a module may import only lower or equal ranks
# (equal only within the same part).
RANK = {
    "errors": 0,
    "_stats": 0,
    "_missing": 0,
    "export": 1,
    "lexicon": 1,
    "sample": 1,
    "outreach": 2,
    "network": 2,
    "prepare": 3,
    "plots": 3,
    "history": 4,
    "reports": 5,
    "cli": 6,
    "__init__": 7,
    "__main__": 7,
}


def _part(module_path: Path) -> str:
    rel = module_path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def _imported_parts(tree: ast.AST) -> set[str]:
    parts = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = node.module.split(".")
            if names[0] == "networkkit":
                if len(names) > 1:
                    parts.add(names[1])
                else:
                    parts.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names = alias.name.split(".")
                if names[0] == "networkkit" and len(names) > 1:
                    parts.add(names[1])
    return parts


MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_only_to_the_left(path: Path) -> None:
    part = _part(path)
    assert part in RANK, f"{part} has no layer in tests/test_layers.py"
    for other in _imported_parts(ast.parse(path.read_text(encoding="utf-8"))):
        if other == part:
            continue
        assert other in RANK, f"{path.name} imports unknown part {other}"
        assert RANK[other] < RANK[part], f"{path} ({part}) imports {other}, a layer to its right"
