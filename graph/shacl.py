"""SHACL shapes checked as SPARQL queries in Oxigraph (``geokg validate``).

Why: pyshacl walks every focus node and constraint in Python over rdflib, which took about three
minutes on 1,625 documents. The shapes geokg ships (``ontology/shapes.ttl``) use a small part of
SHACL Core; this module compiles exactly that part into a few SPARQL queries per node shape, run
by Oxigraph over the whole graph at once:

- targets: ``sh:targetClass`` (instances of the class or its subclasses), ``sh:targetNode``,
  ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``;
- on a node shape: ``sh:nodeKind``, ``sh:property``, ``sh:sparql`` (a SELECT over ``$this``);
- on a property shape (``sh:path`` a property IRI): ``sh:minCount``, ``sh:maxCount``,
  ``sh:nodeKind``, ``sh:datatype`` (the literal's datatype, and its lexical form where Oxigraph
  can check it), ``sh:pattern``/``sh:flags``, ``sh:in``, ``sh:class``,
  ``sh:min/maxInclusive``, ``sh:min/maxExclusive``, ``sh:or`` of such constraints,
  ``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:message``.

Shapes that use anything else raise :class:`Unsupported`: the caller then falls back to pyshacl,
so a new constraint in shapes.ttl is never silently ignored. The tests check that the results
equal pyshacl's on broken graphs.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
# Datatypes whose lexical forms Oxigraph checks by casting (an ill-formed literal fails the cast).
_CASTABLE = {f"{XSD}{name}" for name in ("integer", "decimal", "double", "float", "boolean", "date", "dateTime")}
_NODE_KINDS = {
    "IRI": "!isIRI(?v)",
    "Literal": "!isLiteral(?v)",
    "BlankNode": "!isBlank(?v)",
    "BlankNodeOrIRI": "isLiteral(?v)",
    "BlankNodeOrLiteral": "isIRI(?v)",
    "IRIOrLiteral": "isBlank(?v)",
}
_COMPARISONS = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}
_PAIRS = {"lessThan": "<", "lessThanOrEquals": "<="}
# Predicates on shapes that say nothing to check.
_INERT = {"message", "name", "description", "order", "group", "severity", "deactivated"}
_NODE_KEYS = {"targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "nodeKind", "property", "sparql"}
_VALUE_KEYS = {"nodeKind", "datatype", "pattern", "flags", "in", "class", "or", *_COMPARISONS, *_PAIRS}
_PROPERTY_KEYS = {"path", "minCount", "maxCount", *_VALUE_KEYS}


T = TypeVar("T")


class Unsupported(Exception):
    """The shapes use a part of SHACL this module does not compile."""


@dataclass
class Violation:
    """One focus node that does not conform: the path (None for the node itself), the shape's
    message, and the shape."""

    focus: ox.NamedNode | ox.BlankNode | ox.Literal
    path: str | None
    message: str
    shape: NodeShape | None = None


@dataclass
class PropertyShape:
    path: str
    message: str
    min_count: int | None = None
    max_count: int | None = None
    # Group graph patterns that bind ?focus and ?v to each value that breaks a constraint.
    violations: list[str] = field(default_factory=list)


@dataclass
class NodeShape:
    iri: str
    targets: list[str]
    node_test: str | None = None
    node_message: str = ""
    properties: list[PropertyShape] = field(default_factory=list)
    sparql: list[tuple[str, str]] = field(default_factory=list)  # (SELECT over $this, message)


# --------------------------------------------------------------------------------------------
# Compiling


def compile_shapes(shapes: Graph) -> list[NodeShape]:
    """Every node shape of ``shapes`` (that has a target), compiled; :class:`Unsupported` when
    the shapes use what this module does not compile."""
    compiled = []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        _known(shapes, shape, _NODE_KEYS)
        targets = _targets(shapes, shape)
        if not targets:
            continue
        node = NodeShape(str(shape), targets, node_message=_message(shapes, shape, ""))
        kind = shapes.value(shape, SH.nodeKind)
        if kind is not None:
            node.node_test = _node_kind(kind)
            node.node_message = node.node_message or f"Value is not of Node Kind sh:{_local(kind)}"
        node.properties = [_property(shapes, p) for p in sorted(shapes.objects(shape, SH.property), key=str)]
        for constraint in shapes.objects(shape, SH.sparql):
            select = shapes.value(constraint, SH.select)
            if select is None or shapes.value(constraint, SH.prefixes) is not None:
                raise Unsupported(f"{constraint}: only sh:select without sh:prefixes is compiled")
            node.sparql.append((str(select), _message(shapes, constraint, "does not conform to a SPARQL constraint")))
        compiled.append(node)
    return compiled


def _local(node: Node) -> str:
    return str(node).rsplit("#", 1)[-1]


def _known(shapes: Graph, shape: Node, allowed: set[str]) -> None:
    for predicate in set(shapes.predicates(shape)):
        if str(predicate).startswith(str(SH)) and _local(predicate) not in allowed | _INERT:
            raise Unsupported(f"{shape}: sh:{_local(predicate)} is not compiled")


def _message(shapes: Graph, shape: Node, default: str) -> str:
    messages = list(shapes.objects(shape, SH.message))
    english = [m for m in messages if isinstance(m, Literal) and m.language in (None, "en")]
    return str((english or messages or [default])[0])


def _term(node: Node) -> str:
    """A term in SPARQL syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = json.dumps(str(node))
        if node.language:
            return f"{text}@{node.language}"
        return f"{text}^^<{node.datatype or XSD + 'string'}>"
    raise Unsupported(f"{node!r}: a blank node in a constraint is not compiled")


def _targets(shapes: Graph, shape: Node) -> list[str]:
    patterns = [f"?focus {RDF_TYPE}/{SUBCLASS}* {_term(c)}" for c in shapes.objects(shape, SH.targetClass)]
    patterns += [f"VALUES ?focus {{ {_term(n)} }}" for n in shapes.objects(shape, SH.targetNode)]
    patterns += [f"?focus {_term(p)} ?target" for p in shapes.objects(shape, SH.targetSubjectsOf)]
    patterns += [f"?target {_term(p)} ?focus" for p in shapes.objects(shape, SH.targetObjectsOf)]
    return sorted(patterns)


def _node_kind(kind: Node) -> str:
    test = _NODE_KINDS.get(_local(kind))
    if test is None:
        raise Unsupported(f"sh:nodeKind {kind}")
    return test


def _property(shapes: Graph, shape: Node) -> PropertyShape:
    _known(shapes, shape, _PROPERTY_KEYS)
    path = shapes.value(shape, SH.path)
    if not isinstance(path, URIRef):
        raise Unsupported(f"{shape}: only a property IRI is compiled as sh:path")
    counts = {}
    for key in ("minCount", "maxCount"):
        value = shapes.value(shape, SH[key])
        counts[key] = int(value) if value is not None else None
    values = f"?focus {_term(path)} ?v"
    violations = []
    test = _value_test(shapes, shape, inline=False)
    if test:
        violations.append(f"{values} FILTER({test})")
    # A class and a comparison with another property read other triples: as a join, once, not
    # as an EXISTS per value.
    for cls in shapes.objects(shape, SH["class"]):
        violations.append(f"{values} MINUS {{ ?v {RDF_TYPE}/{SUBCLASS}* {_term(cls)} }}")
    for key, operator in _PAIRS.items():
        for other in shapes.objects(shape, SH[key]):
            violations.append(f"{values} . ?focus {_term(other)} ?w FILTER(!COALESCE(?v {operator} ?w, false))")
    return PropertyShape(
        path=str(path),
        message=_message(shapes, shape, f"does not conform to {_local(shape)}"),
        min_count=counts["minCount"],
        max_count=counts["maxCount"],
        violations=violations,
    )


def _value_test(shapes: Graph, shape: Node, inline: bool = True) -> str | None:
    """A SPARQL expression true when the value ?v (of ?focus) breaks a constraint of ``shape``;
    ``inline=False`` leaves out ``sh:class`` and the comparisons with other properties."""
    tests = []
    for predicate, value in shapes.predicate_objects(shape):
        key = _local(predicate) if str(predicate).startswith(str(SH)) else None
        if not inline and (key == "class" or key in _PAIRS):
            continue
        if key == "nodeKind":
            tests.append(_node_kind(value))
        elif key == "datatype":
            tests.append(_datatype_test(value))
        elif key == "pattern":
            flags = shapes.value(shape, SH.flags)
            arguments = f"{json.dumps(str(value))}" + (f", {json.dumps(str(flags))}" if flags else "")
            tests.append(f"(isBlank(?v) || !COALESCE(REGEX(STR(?v), {arguments}), false))")
        elif key == "in":
            options = " || ".join(f"sameTerm(?v, {_term(t)})" for t in Collection(shapes, value)) or "false"
            tests.append(f"!({options})")
        elif key == "class":
            tests.append(f"!EXISTS {{ ?v {RDF_TYPE}/{SUBCLASS}* {_term(value)} }}")
        elif key in _COMPARISONS:
            tests.append(f"!COALESCE(?v {_COMPARISONS[key]} {_term(value)}, false)")
        elif key in _PAIRS:
            tests.append(f"EXISTS {{ ?focus {_term(value)} ?w FILTER(!COALESCE(?v {_PAIRS[key]} ?w, false)) }}")
        elif key == "or":
            alternatives = []
            for member in Collection(shapes, value):
                _known(shapes, member, _VALUE_KEYS)
                alternatives.append(f"!({_value_test(shapes, member) or 'false'})")
            tests.append(f"!({' || '.join(alternatives) or 'false'})")
    return " || ".join(f"({t})" for t in tests) or None


def _datatype_test(datatype: Node) -> str:
    iri = _term(datatype)
    test = f"!isLiteral(?v) || datatype(?v) != {iri}"
    if str(datatype) in _CASTABLE:  # an ill-formed lexical form does not cast
        test += f" || !COALESCE(sameTerm({iri}(STR(?v)), {iri}(STR(?v))), false)"
    return test


# --------------------------------------------------------------------------------------------
# Checking


def check(store: ox.Store, shapes: Iterable[NodeShape]) -> list[Violation]:
    """Every violation of ``shapes`` in ``store``, whose graphs are read as one (their union).

    The queries are independent and Oxigraph lets go of Python's lock while it evaluates, so
    they run on all cores (:func:`run_all`). Values and counts are looked for without the
    targets (each query reads one property's triples); only the focus nodes found are then
    checked against the shape's targets, which are listed only when something was found."""
    tasks: list[Callable[[], list[Violation]]] = []
    for shape in shapes:
        targets = _targets_pattern(shape)
        queries = (
            [
                (
                    f"SELECT ?focus WHERE {{ {targets} BIND(?focus AS ?v) FILTER({shape.node_test}) }}",
                    None,
                    shape.node_message,
                )
            ]
            if shape.node_test
            else []
        )
        queries += [
            (f"SELECT DISTINCT ?focus WHERE {{ {targets} {{ {select} }} }}".replace("$this", "?focus"), None, message)
            for select, message in shape.sparql
        ]
        for prop in shape.properties:
            queries += _property_queries(prop, targets)
        for query, path, message in queries:
            tasks.append(functools.partial(_violations, store, query, path, message, shape))
    found = [v for batch in run_all(tasks) for v in batch]
    return _in_targets(store, found)


def run_all(tasks: Iterable[Callable[[], T]]) -> list[T]:
    """Run independent store queries on all cores; their results in order."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        return list(pool.map(lambda task: task(), tasks))


def _targets_pattern(shape: NodeShape) -> str:
    return "{ SELECT DISTINCT ?focus WHERE { " + " UNION ".join(f"{{ {t} }}" for t in shape.targets) + " } }"


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    return store.query(query, use_default_graph_as_union=True)


def _violations(store: ox.Store, query: str, path: str | None, message: str, shape: NodeShape) -> list[Violation]:
    return [Violation(row["focus"], path, message, shape=shape) for row in _select(store, query)]


def _property_queries(prop: PropertyShape, targets: str) -> list[tuple[str, str, str]]:
    """(query, path, message) for each check of one property; the queries marked by a focus
    variable named ``?focus`` and no targets still need the targets check."""
    path = f"<{prop.path}>"
    queries = [
        (f"SELECT DISTINCT ?focus WHERE {{ {pattern} }}", prop.path, prop.message) for pattern in prop.violations
    ]
    if prop.max_count is not None:
        grouped = (
            f"SELECT ?focus WHERE {{ ?focus {path} ?v }} GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) > {prop.max_count})"
        )
        queries.append((grouped, prop.path, prop.message))
    if prop.min_count == 1:  # the usual case, without counting
        queries.append((f"SELECT ?focus WHERE {{ {targets} MINUS {{ ?focus {path} ?v }} }}", prop.path, prop.message))
    elif prop.min_count:
        counted = (
            f"SELECT ?focus WHERE {{ {targets} OPTIONAL {{ ?focus {path} ?v }} }} "
            f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) < {prop.min_count})"
        )
        queries.append((counted, prop.path, prop.message))
    return queries


def _in_targets(store: ox.Store, found: list[Violation]) -> list[Violation]:
    """The violations whose focus node is one of its shape's targets."""
    targets: dict[int, set] = {}
    kept = []
    for violation in found:
        shape = violation.shape
        if id(shape) not in targets:
            query = f"SELECT ?focus WHERE {_targets_pattern(shape)}"
            targets[id(shape)] = {row["focus"] for row in _select(store, query)}
        if violation.focus in targets[id(shape)]:
            kept.append(violation)
    return kept
