"""The ontology is the single source of truth: no relation name, CAMEO code or prefix, PLOVER type
or cue concept is written as a literal in extract/ (the extractors read them through
``geokg.ontology``: relation semantics and the cue roles of ``Ontology.cue_set``), and no cue
concept's words are written there either: not its list copied as a set or tuple, not its one word
compared with ``==``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from geokg.extract.normalize import normalize_token
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


def _cue_words() -> tuple[dict[frozenset[str], str], dict[str, str]]:
    """Each cue concept's words in one language (Arabic normalised, English lower-cased) -> the
    concept: word sets of two words or more, and the one word of single-word concepts."""
    lists: dict[frozenset[str], str] = {}
    single: dict[str, str] = {}
    for cue in load_ontology().cue_set.all():
        for lang, norm in (("ar", normalize_token), ("en", str.lower)):
            words = frozenset(norm(w) for w in cue.words(lang))
            if len(words) == 1:
                single.setdefault(next(iter(words)), cue.name)
            elif words:
                lists.setdefault(words, cue.name)
    return lists, single


def _copied_cues(tree: ast.AST, lists: dict[frozenset[str], str], single: dict[str, str]) -> list[tuple[int, str]]:
    """Where a literal set, tuple or list holds exactly a cue concept's words, and where a string
    compared with == or != is the one word of a cue concept."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and len(node.elts) > 1:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(values) == len(node.elts):
                for norm in (normalize_token, str.lower):
                    if (name := lists.get(frozenset(norm(v) for v in values))) is not None:
                        found.append((node.lineno, name))
                        break
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], (ast.Eq, ast.NotEq)):
            other = node.comparators[0]
            if isinstance(other, ast.Constant) and isinstance(other.value, str):
                name = single.get(normalize_token(other.value)) or single.get(other.value.lower())
                if name is not None:
                    found.append((node.lineno, name))
    return found


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("*.py")), ids=lambda p: p.name)
def test_no_cue_words_written_in_extract(path):
    lists, single = _cue_words()
    found = [
        f"{path.name}:{line}: the words of gk:{name}"
        for line, name in _copied_cues(ast.parse(path.read_text(encoding="utf-8")), lists, single)
    ]
    assert not found, "read these through Ontology.cue_set:\n" + "\n".join(found)


def test_the_cue_check_sees_a_copy():
    # The words moved out of extract/ in round 22 are cue concepts now: written back as they
    # were, each is caught (an English list, an Arabic one unnormalised, a compared word).
    lists, single = _cue_words()
    source = (
        'TOPIC = ("on", "about", "over", "regarding", "concerning")\n'
        'UNREALISED = frozenset({"قبل", "دون", "بدون"})\n'
        'x = t.lower_ == "when"\n'
        'y = t.lower_ != "by"\n'
        'z = w == "فقد"\n'
        'fine = ("on", "about")\n'
    )
    assert sorted(_copied_cues(ast.parse(source), lists, single)) == [
        (1, "TopicPrepositionCue"),
        (2, "UnrealisedCue"),
        (3, "WhenClauseCue"),
        (4, "PassiveAgentCue"),
        (5, "EmphaticQadCue"),
    ]
