"""The ontology is the single source of truth: no relation name, CAMEO code or prefix, PLOVER type
or cue concept is written as a literal in extract/ (the extractors read them through
``geokg.ontology``: relation semantics and the cue roles of ``Ontology.cue_set``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from geokg.ontology import CUE_LISTS, load_ontology

EXTRACT = Path(__file__).resolve().parents[1] / "extract"


def _vocabulary() -> dict[str, str]:
    onto = load_ontology()
    words: dict[str, str] = {}
    for rel in onto.relations.values():
        words[rel.name] = "relation"
        if rel.plover:
            words[rel.plover] = "PLOVER type"
        if rel.cameo:
            for k in range(2, len(rel.cameo) + 1):
                words[rel.cameo[:k]] = "CAMEO code or prefix"
    words.update({name: "cue concept" for name in onto.cue_concepts()})
    words.update({name: "gazetteer cue list" for name in vars(CUE_LISTS).values()})
    return words


def _string_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("*.py")), ids=lambda p: p.name)
def test_no_ontology_vocabulary_written_in_extract(path):
    vocabulary = _vocabulary()
    found = [
        f"{path.name}:{line}: {value!r} is a {vocabulary[value]}"
        for line, value in _string_literals(path)
        if value in vocabulary
    ]
    assert not found, "read these through geokg.ontology:\n" + "\n".join(found)


def test_the_check_sees_a_literal():
    # The check itself: a relation name, a CAMEO prefix and a cue concept are all caught.
    vocabulary = _vocabulary()
    assert {"accuses", "04", "17", "NegationCue", "ASSAULT", "WeakLabelCues"} <= set(vocabulary)
    assert not re.search(r"\d", "".join(v for v in vocabulary if vocabulary[v] == "relation"))
