"""``geokg validate OUT/``: SHACL shapes plus the ontology's own constraints.

The SHACL shapes (ontology/shapes.ttl, run by pyshacl) check each statement node, document
and entity. The ontology adds what shapes alone do not say:

- every ``gk:predicate`` names a relation of the ontology;
- every ``rdf:type`` in the ontology's namespace names a class of the ontology;
- a relation with a narrowed ``rdfs:domain``/``rdfs:range`` gets subjects and objects of that
  class (or a subclass);
- every direct triple ``s gk:relation o`` is backed by an affirmed, asserted statement node
  with the same subject, relation and object (the model's rule: negated, reported or alleged
  claims never read as facts);
- no blank nodes (neosemantics duplicates them on re-import).

Each problem is one readable line: the node (prefixed), then what is wrong.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from geokg.ontology import GK, load_ontology
from geokg.ontology import validate as shacl_validate
from rdflib import RDF, BNode, Graph, URIRef
from rdflib.namespace import NamespaceManager

from .query import QueryError
from .rdf import bind_prefixes

# gk: types that are not entity classes but belong to the statement model.
_MODEL_CLASSES = {GK.Assertion, GK.Document}
_SHACL = "http://www.w3.org/ns/shacl#"


@dataclass
class Validation:
    """What ``validate_graph`` found: ``conforms`` is true when ``problems`` is empty."""

    problems: list[str] = field(default_factory=list)
    triples: int = 0

    @property
    def conforms(self) -> bool:
        return not self.problems


def load_union(path: str | os.PathLike[str]) -> Graph:
    """The graph of an OUT/ folder (graph.ttl: the union of all documents) or of an RDF file."""
    source = Path(path)
    if source.is_dir():
        source = source / "graph.ttl"
    if not source.is_file():
        raise QueryError(f"{source}: no such file (run geokg build first)")
    rdf_format = {".nt": "nt", ".nq": "nquads", ".trig": "trig"}.get(source.suffix.lower(), "turtle")
    graph = Graph()
    try:
        if rdf_format in ("nquads", "trig"):
            from rdflib import Dataset

            dataset = Dataset()
            dataset.parse(source, format=rdf_format)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph.parse(source, format=rdf_format)
    except Exception as error:  # rdflib raises many parser-specific types
        raise QueryError(f"{source}: cannot parse as {rdf_format}: {error}") from error
    bind_prefixes(graph)
    return graph


def validate_graph(graph: Graph) -> Validation:
    """Check ``graph`` (statements, documents and entities together) against the shapes and the
    ontology's constraints."""
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        names.bind(prefix, namespace, override=True, replace=True)
    bind_prefixes(names.graph)

    def show(node: object) -> str:
        if isinstance(node, URIRef):
            try:
                return names.normalizeUri(node)
            except Exception:  # noqa: BLE001 - any IRI may be shown in full
                return f"<{node}>"
        return str(node)

    found = Validation(triples=len(graph))
    found.problems.extend(_shacl_problems(graph, show))
    found.problems.extend(_ontology_problems(graph, show))
    return found


def _shacl_problems(graph: Graph, show) -> list[str]:
    report = shacl_validate(graph)
    if report.conforms:
        return []
    sh = lambda name: URIRef(_SHACL + name)  # noqa: E731
    problems = []
    for result in report.results.subjects(RDF.type, sh("ValidationResult")):
        focus = report.results.value(result, sh("focusNode"))
        path = report.results.value(result, sh("resultPath"))
        message = report.results.value(result, sh("resultMessage"))
        where = show(focus) + (f" {show(path)}" if path is not None else "")
        problems.append(f"{where}: {message or 'does not conform to the shapes'}")
    return sorted(problems) or [report.text.strip().splitlines()[0]]


def _ontology_problems(graph: Graph, show) -> list[str]:
    ontology = load_ontology()
    relations = {URIRef(r.iri): r for r in ontology.relations.values()}
    classes = {URIRef(c.iri): c.name for c in ontology.classes.values()}
    problems: list[str] = []

    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            problems.append(f"{show(s)} {show(p)} {show(o)}: blank node (use an IRI)")

    for node, cls in graph.subject_objects(RDF.type):
        if str(cls).startswith(str(GK)) and cls not in classes and cls not in _MODEL_CLASSES:
            problems.append(f"{show(node)}: rdf:type {show(cls)} is not a class of the ontology")

    def kinds(node: object) -> set[str]:
        names = set()
        for cls in graph.objects(node, RDF.type):
            if cls in classes:
                names.add(classes[cls])
                names.update(ontology.ancestors(classes[cls]))
        return names

    backed: set[tuple] = set()
    for statement in graph.subjects(RDF.type, GK.Assertion):
        relation = graph.value(statement, GK.predicate)
        if relation is None:
            continue  # the shapes report it
        if relation not in relations:
            problems.append(f"{show(statement)}: gk:predicate {show(relation)} is not a relation of the ontology")
            continue
        spec = relations[relation]
        subject = graph.value(statement, GK.subject)
        obj = graph.value(statement, GK.object)
        for role, node, wanted in (("subject", subject, spec.subject_class), ("object", obj, spec.object_class)):
            if node is None or wanted is None:
                continue
            have = kinds(node)
            if have and wanted not in have:
                problems.append(
                    f"{show(statement)}: the {role} of {show(relation)} must be a gk:{wanted}, "
                    f"{show(node)} is {', '.join('gk:' + k for k in sorted(have))}"
                )
        if (
            graph.value(statement, GK.polarity) == GK.Affirmed
            and graph.value(statement, GK.modality) == GK.Asserted
            and obj is not None
        ):
            backed.add((subject, relation, obj))

    for relation in relations:
        for s, o in graph.subject_objects(relation):
            if (s, relation, o) not in backed:
                problems.append(
                    f"{show(s)} {show(relation)} {show(o)}: direct triple without an affirmed, asserted statement node"
                )
    return problems
