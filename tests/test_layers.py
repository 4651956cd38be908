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
                if names[0] == "networkkit":
                    # a bare ``import networkkit`` loads the whole package: its __init__
                    parts.add(names[1] if len(names) > 1 else "__init__")
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


def test_a_bare_import_of_the_package_counts_as_its_top_layer() -> None:
    tree = ast.parse("import networkkit as nk\nimport networkkit.reports\n")
    assert _imported_parts(tree) == {"__init__", "reports"}


REPORTS = sorted((PACKAGE / "reports").rglob("*.py"))
#: What only a measure may call: counting, grouping and interval arithmetic.
MEASURE_CALLS = {"value_counts", "add_rate", "add_rates", "wilson", "groupby", "crosstab"}


def _imported_modules(tree: ast.AST) -> set[str]:
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
    return modules


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_reports_only_show(path: Path) -> None:
    """reports/ computes no measure: no _stats, no measure internals, no counting calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for module in _imported_modules(tree):
        names = module.split(".")
        assert names[:2] != ["networkkit", "_stats"], f"{path.name} imports {module}"
        private = [n for n in names[1:3] if n.startswith("_")]
        if names[0] == "networkkit" and len(names) > 2 and names[1] != "reports":
            assert not private, f"{path.name} reaches into {module}, not its package's API"
    calls = {
        node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    }
    assert not calls & MEASURE_CALLS, f"{path.name} computes: {sorted(calls & MEASURE_CALLS)}"
