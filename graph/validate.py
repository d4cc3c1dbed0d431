"""``geokg validate OUT/``: SHACL shapes plus the ontology's own constraints.

The SHACL shapes (ontology/shapes.ttl) check each statement node, document and entity; they run
as SPARQL queries in Oxigraph (:mod:`geokg.graph.shacl`; pyshacl only if the shapes ever use a
constraint that module does not compile). The ontology adds what shapes alone do not say:

- every ``gk:predicate`` names a relation of the ontology;
- every ``rdf:type`` in the ontology's namespace names a class the ontology declares (entity
  classes, and the statement model's: ``gk:Assertion``, ``gk:Document``, ``gk:Story``, ...);
- a relation with a narrowed ``rdfs:domain``/``rdfs:range`` gets subjects and objects of that
  class (or a subclass);
- every direct triple ``s gk:relation o`` is backed by an affirmed, asserted statement node
  with the same subject, relation and object (the model's rule: negated, reported or alleged
  claims never read as facts);
- no blank nodes (neosemantics duplicates them on re-import).

An OUT/ folder is checked in its embedded store, nothing parsed (its documents' graphs and the
default graph, read as one; the ontology's graph holds no data to check); a file, or a folder
without a store, is parsed into memory by Oxigraph. Everything is a query over the whole graph,
so the time grows with the graph, not with the product of nodes and constraints (10^4 documents
in seconds; ``benchmarks/bench_validate.py``).

Each problem is one readable line: the node (prefixed), then what is wrong.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

import pyoxigraph as ox
from geokg.ontology import GK, load_ontology
from geokg.ontology import validate as pyshacl_validate
from rdflib import OWL, RDF, RDFS, BNode, Graph, URIRef

from . import shacl
from .outfolder import OutputFolder
from .query import QUERY_PREFIXES, QueryError, load_for_query, short_term, uses_store
from .rdf import bind_prefixes
from .store import ONTOLOGY_GRAPH, open_oxigraph

_SHACL = "http://www.w3.org/ns/shacl#"


@dataclass
class Validation:
    """What ``validate_graph`` found: ``conforms`` is true when ``problems`` is empty.
    ``triples`` counts the data's statements (a fact stated by k documents counts k times in a
    store)."""

    problems: list[str] = field(default_factory=list)
    triples: int = 0

    @property
    def conforms(self) -> bool:
        return not self.problems


def load_union(path: str | os.PathLike[str]) -> Graph:
    """The graph of an OUT/ folder (graph.ttl: the union of all documents) or of an RDF file."""
    source = OutputFolder.graph_file(path)
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
        raise QueryError(f"{source}: cannot parse as {rdf_format}: {error}", kind="input") from error
    bind_prefixes(graph)
    return graph


def open_for_validation(path: str | os.PathLike[str]) -> ox.Store:
    """The store to check: an OUT/ folder's embedded store, else its graph file (or the file
    given) parsed into memory, without the ontology."""
    if uses_store(path):
        return open_oxigraph(path)
    return load_for_query(path, include_ontology=False)


def validate_path(path: str | os.PathLike[str]) -> Validation:
    """Check an OUT/ folder or an RDF file (``geokg validate``)."""
    return validate_graph(open_for_validation(path))


def validate_graph(graph: ox.Store | Graph) -> Validation:
    """Check ``graph`` (statements, documents and entities together: a store, read as the union
    of its graphs, or an rdflib graph) against the shapes and the ontology's constraints."""
    store = _as_store(graph)
    checks = [_shacl_problems, _blank_nodes, _unknown_types, _unknown_relations, _domain_range_problems, _unbacked]
    # Independent queries: on all cores (Oxigraph releases Python's lock while it evaluates).
    results = shacl.run_all([functools.partial(check, store) for check in checks])
    return Validation(problems=[problem for result in results for problem in result], triples=_data_size(store))


def _as_store(graph: ox.Store | Graph) -> ox.Store:
    if isinstance(graph, ox.Store):
        return graph
    store = ox.Store()
    store.bulk_load(input=graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _show(term: object) -> str:
    return short_term(term, QUERY_PREFIXES) if term is not None else ""


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    return store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)


def _data_size(store: ox.Store) -> int:
    ontology = f"<{ONTOLOGY_GRAPH}>"
    rows = _select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ontology} {{ ?s ?p ?o }} }}")
    return len(store) - int(next(iter(rows))["n"].value)


def _shacl_problems(store: ox.Store) -> list[str]:
    try:
        shapes = shacl.compile_shapes(load_ontology().shapes())
    except shacl.Unsupported:
        return _pyshacl_problems(store)
    problems = set()
    for violation in shacl.check(store, shapes):
        where = _show(violation.focus) + (f" {_show(ox.NamedNode(violation.path))}" if violation.path else "")
        problems.add(f"{where}: {violation.message}")
    return sorted(problems)


def _pyshacl_problems(store: ox.Store) -> list[str]:
    """The shapes run by pyshacl over the data as one rdflib graph (slow; only for shapes that
    :mod:`geokg.graph.shacl` does not compile)."""
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    graph = Graph()
    data = ox.serialize(
        (q.triple for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != ontology),
        format=ox.RdfFormat.N_TRIPLES,
    )
    graph.parse(data=data, format="nt")
    report = pyshacl_validate(graph)
    if report.conforms:
        return []
    sh = lambda name: URIRef(_SHACL + name)  # noqa: E731
    problems = set()
    for result in report.results.subjects(RDF.type, sh("ValidationResult")):
        focus = report.results.value(result, sh("focusNode"))
        path = report.results.value(result, sh("resultPath"))
        message = report.results.value(result, sh("resultMessage"))
        where = _show(_to_ox(focus)) + (f" {_show(_to_ox(path))}" if path is not None else "")
        problems.add(f"{where}: {message or 'does not conform to the shapes'}")
    return sorted(problems) or [report.text.strip().splitlines()[0]]


def _to_ox(term: object) -> object:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    return ox.BlankNode(str(term)) if isinstance(term, BNode) else term


@functools.lru_cache(maxsize=1)
def declared_classes() -> frozenset[str]:
    """Every class the ontology declares in its namespace: what a build may write as a type.

    Read by Oxigraph's parser: an rdflib graph of the ontology takes seconds to build."""
    rdf_type, kinds = ox.NamedNode(str(RDF.type)), {ox.NamedNode(str(OWL.Class)), ox.NamedNode(str(RDFS.Class))}
    declared = set()
    for source in load_ontology().sources:
        for triple in ox.parse(path=str(source), format=ox.RdfFormat.TURTLE):
            if triple.predicate == rdf_type and triple.object in kinds and isinstance(triple.subject, ox.NamedNode):
                declared.add(triple.subject.value)
    return frozenset(c for c in declared if c.startswith(str(GK)))


def _relations() -> dict:
    return {str(URIRef(r.iri)): r for r in load_ontology().relations.values()}


def _blank_nodes(store: ox.Store) -> list[str]:
    """Triples with a blank node as subject or object.

    Why two steps: a FILTER(isBlank(...)) over every triple makes Oxigraph decode each term to
    test it (4 s on 10^6 triples); the distinct subjects and objects are far fewer, and tested
    here. The triples are only looked for when a blank node is there (a build writes none)."""
    nodes = "SELECT DISTINCT ?n WHERE { { ?n ?p ?o } UNION { ?s ?p ?n } }"
    if not any(isinstance(row["n"], ox.BlankNode) for row in _select(store, nodes)):
        return []
    blank = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }"
    return [f"{_show(r['s'])} {_show(r['p'])} {_show(r['o'])}: blank node (use an IRI)" for r in _select(store, blank)]


def _unknown_types(store: ox.Store) -> list[str]:
    """Nodes typed with a class in the ontology's namespace that it does not declare.

    Why the classes first: they are few, and a FILTER over every rdf:type triple decodes each."""
    classes = (row["cls"] for row in _select(store, "SELECT DISTINCT ?cls WHERE { ?node a ?cls }"))
    unknown = [c for c in classes if not isinstance(c, ox.BlankNode) and c.value.startswith(str(GK))]
    listed = " ".join(str(c) for c in unknown if c.value not in declared_classes())  # N-Triples syntax
    if not listed:
        return []
    types = f"SELECT DISTINCT ?node ?cls WHERE {{ VALUES ?cls {{ {listed} }} ?node a ?cls }} ORDER BY ?node ?cls"
    return [
        f"{_show(row['node'])}: rdf:type {_show(row['cls'])} is not a class of the ontology"
        for row in _select(store, types)
    ]


def _unknown_relations(store: ox.Store) -> list[str]:
    listed = " ".join(f"<{iri}>" for iri in sorted(_relations()))
    unknown = (
        f"SELECT DISTINCT ?st ?rel WHERE {{ {{ SELECT ?st ?rel WHERE {{ ?st gk:predicate ?rel "
        f"MINUS {{ VALUES ?rel {{ {listed} }} }} }} }} ?st a gk:Assertion }} ORDER BY ?st"
    )
    return [
        f"{_show(row['st'])}: gk:predicate {_show(row['rel'])} is not a relation of the ontology"
        for row in _select(store, unknown)
    ]


def _unbacked(store: ox.Store) -> list[str]:
    """Direct triples without an affirmed, asserted statement node saying the same.

    Why the subqueries: each reads one property's triples and Oxigraph joins them by hashing;
    written as one pattern it looks every statement's properties up one by one (4x slower)."""
    relations = " ".join(f"<{iri}>" for iri in sorted(_relations()))
    parts = ["?st gk:subject ?s", "?st gk:predicate ?rel", "?st gk:object ?o", "?st gk:polarity gk:Affirmed"]
    parts.append("?st gk:modality gk:Asserted")
    statements = " ".join(f"{{ SELECT * WHERE {{ {part} }} }}" for part in parts)
    query = (
        f"SELECT DISTINCT ?s ?rel ?o WHERE {{ VALUES ?rel {{ {relations} }} ?s ?rel ?o "
        f"MINUS {{ SELECT ?s ?rel ?o WHERE {{ {statements} }} }} }} ORDER BY ?s ?rel ?o"
    )
    return [
        f"{_show(row['s'])} {_show(row['rel'])} {_show(row['o'])}: direct triple without an affirmed, asserted statement node"
        for row in _select(store, query)
    ]


def _domain_range_problems(store: ox.Store) -> list[str]:
    """Subjects and objects of relations whose domain or range the ontology narrows."""
    ontology, relations = load_ontology(), _relations()
    classes = {URIRef(c.iri): c.name for c in ontology.classes.values()}
    narrowed = {iri: r for iri, r in relations.items() if r.subject_class or r.object_class}
    if not narrowed:
        return []
    problems: list[str] = []
    kinds: dict[str, set[str]] = {}

    def kinds_of(node: ox.NamedNode) -> set[str]:
        if node.value not in kinds:
            names: set[str] = set()
            for row in _select(store, f"SELECT DISTINCT ?cls WHERE {{ <{node.value}> a ?cls }}"):
                name = classes.get(URIRef(row["cls"].value))
                if name:
                    names.add(name)
                    names.update(ontology.ancestors(name))
            kinds[node.value] = names
        return kinds[node.value]

    values = " ".join(f"<{iri}>" for iri in sorted(narrowed))
    rows = _select(
        store,
        f"SELECT DISTINCT ?st ?rel ?s ?o WHERE {{ VALUES ?rel {{ {values} }} ?st a gk:Assertion ; gk:predicate ?rel . "
        "OPTIONAL { ?st gk:subject ?s } OPTIONAL { ?st gk:object ?o } } ORDER BY ?st",
    )
    for row in rows:
        spec = narrowed[row["rel"].value]
        for role, node, wanted in (("subject", row["s"], spec.subject_class), ("object", row["o"], spec.object_class)):
            if not isinstance(node, ox.NamedNode) or wanted is None:
                continue
            have = kinds_of(node)
            if have and wanted not in have:
                problems.append(
                    f"{_show(row['st'])}: the {role} of {_show(row['rel'])} must be a gk:{wanted}, "
                    f"{_show(node)} is {', '.join('gk:' + k for k in sorted(have))}"
                )
    return problems
