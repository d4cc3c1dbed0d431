"""The shape the design card asks of the code: data flows one way (``geokg.extract`` never
imports ``geokg.graph``; ``geokg.ontology`` imports neither) and no function is longer than can be
read at once (80 lines)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 80
# package -> the packages it must not import
FORBIDDEN = {"extract": ("graph",), "ontology": ("graph", "extract"), "graph": ()}


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _imported(tree: ast.AST, package: str) -> set[str]:
    """The geokg packages a module imports, absolute (``geokg.graph``) or relative (``..graph``)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level >= 2:  # from ..graph import x, from .. import graph
                names = [f"geokg.{module}"] if module else [f"geokg.{a.name}" for a in node.names]
            elif node.level == 1:
                names = [f"geokg.{package}"]
            else:
                names = [module]
        else:
            continue
        found |= {n.split(".")[1] for n in names if n.startswith("geokg.") and n.count(".") >= 1}
    return found


def _long_functions(tree: ast.AST) -> list[tuple[str, int]]:
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_LINES
    ]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_data_flows_one_way(package):
    wrong = []
    for path in _sources(package):
        uses = _imported(ast.parse(path.read_text(encoding="utf-8")), package)
        wrong += [f"{path.relative_to(ROOT)} imports geokg.{p}" for p in sorted(uses & set(FORBIDDEN[package]))]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_function_is_longer_than_80_lines(package):
    long = [
        f"{path.relative_to(ROOT)}: {name} has {lines} lines"
        for path in _sources(package)
        for name, lines in _long_functions(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not long, "split these:\n" + "\n".join(long)


def test_the_checks_see_what_they_look_for():
    tree = ast.parse(
        "from ..graph import store\nimport geokg.graph.cli\nfrom geokg.ontology import X\nfrom . import y\n"
        "def f():\n" + "    x = 1\n" * MAX_LINES
    )
    assert _imported(tree, "extract") == {"graph", "ontology", "extract"}
    assert _long_functions(tree) == [("f", MAX_LINES + 1)]
