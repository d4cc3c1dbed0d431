"""``geokg validate`` knows every class a build writes, and checks the SHACL shapes as SPARQL in
Oxigraph with exactly pyshacl's verdicts (issue 16 §6)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from geokg.graph import shacl
from geokg.graph.build import write_output_folder
from geokg.graph.cli import main
from geokg.graph.validate import (
    _as_store,
    _pyshacl_problems,
    _shacl_problems,
    declared_classes,
    load_union,
    validate_graph,
    validate_path,
)
from geokg.ontology import GK, load_ontology
from helpers import make_assertion
from interop_data import DOCUMENTS, EGYPT, JORDAN, interop_assertions, interop_mentions, write_interop_out
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

GKID = "https://w3id.org/geokg/id/"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # not rdflib's closed XSD: pytest probes module names
DOC = "https://w3id.org/geokg/doc/"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return write_interop_out(tmp_path_factory.mktemp("validate") / "out")


def test_a_build_with_retellings_validates(tmp_path, capsys):
    """A near-duplicate makes a gk:Story: validate used to call it no class of the ontology."""
    first = DOCUMENTS[0]
    retelling = dataclasses.replace(first, id="wire/en 2", story=first.id, duplicate_of=first.id)
    retold = [make_assertion(retelling.id, EGYPT, "hosts", JORDAN, "Egypt hosted Jordan's minister.", story=first.id)]
    out = tmp_path / "out"
    write_output_folder(out, interop_assertions() + retold, DOCUMENTS + [retelling], interop_mentions(), viewer=False)
    assert "gk:Story" in (out / "graph.ttl").read_text(encoding="utf-8")
    found = validate_path(out)
    assert found.conforms, found.problems
    for target in (out, out / "graph.ttl", out / "graph.trig", out / "graph.nq"):
        assert main(["validate", str(target)]) == 0, target
    assert "conform" in capsys.readouterr().err


def test_every_type_a_build_writes_is_declared(out):
    types = {str(o) for o in load_union(out).objects(None, RDF.type) if str(o).startswith(str(GK))}
    assert types and types <= declared_classes()
    assert {str(GK.Assertion), str(GK.Document), str(GK.Story)} <= declared_classes()


def _broken(out: Path) -> Graph:
    """The interop graph with one of each kind of fault the shapes catch."""
    graph = load_union(out)
    statements = sorted(graph.subjects(RDF.type, GK.Assertion))
    first, second, third, fourth = statements[:4]
    graph.remove((first, GK.subject, None))  # minCount
    graph.add((second, GK.predicate, GK.criticizes))  # maxCount (two predicates)
    graph.set((third, GK.confidence, Literal("1.5", datatype=XSD.decimal)))  # maxInclusive
    graph.set((fourth, GK.confidence, Literal("high")))  # datatype
    graph.set((first, GK.timeStart, Literal("2024-02-30", datatype=XSD.date)))  # ill-formed date
    graph.set((second, GK.cameoCode, Literal("12a")))  # pattern
    graph.set((third, GK.ploverType, Literal("PARTY")))  # sh:in
    graph.set((fourth, GK.evidenceStart, Literal(10_000)))  # lessThan evidenceEnd
    graph.add((fourth, GK.objectLiteral, Literal("also a literal")))  # the SPARQL constraint
    graph.add((third, GK.objectAssertion, URIRef(GKID + "Q79")))  # sh:class gk:Assertion
    graph.set((first, GK.polarity, GK.Asserted))  # sh:in
    document = URIRef(DOC + "wire%2Fen%201")
    graph.add((document, GK.url, Literal("https://example.org/other", datatype=XSD.anyURI)))  # maxCount
    graph.set((document, GK.language, Literal("english")))  # pattern
    egypt = URIRef(GKID + "Q79")
    graph.remove((egypt, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None))  # entity label
    graph.set((egypt, GK.countryCode, Literal("eg")))  # pattern
    graph.add((second, GK.attributedTo, Literal("a literal, not an entity")))  # nodeKind IRI
    graph.add((BNode("b1"), RDF.type, GK.Country))  # a blank node entity (node shape's nodeKind)
    return graph


def _blank_named(problems: list[str]) -> set[str]:
    """Problems with blank node labels (which differ between the engines) made alike."""
    return {re.sub(r"_:\w+", "_:b", problem) for problem in problems}


def test_the_compiled_shapes_give_pyshacls_verdicts(out):
    store = _as_store(_broken(out))
    compiled = _blank_named(_shacl_problems(store))
    reference = _blank_named(_pyshacl_problems(store))
    assert len(reference) >= 15  # every fault planted above is found
    assert compiled == reference
    assert not set(_shacl_problems(_as_store(load_union(out))))  # and nothing on the good graph


def test_an_assertion_with_two_or_three_kinds_of_object_is_one_problem(out):
    """gksh:AssertionSingleObject counts the kinds of object per assertion: two kinds, or all three,
    is one problem; two objects of one kind are the maxCount's to report, not this shape's."""
    graph = load_union(out)
    statements = sorted(graph.subjects(RDF.type, GK.Assertion))
    two, three, same, other = statements[:4]
    egypt, jordan = URIRef(GKID + "Q79"), URIRef(GKID + "Q810")
    for statement in (two, three, same):
        for kind in (GK.object, GK.objectAssertion, GK.objectLiteral):
            graph.remove((statement, kind, None))
        graph.add((statement, GK.object, egypt))
    graph.add((two, GK.objectLiteral, Literal("a literal as well")))
    graph.add((three, GK.objectAssertion, other))
    graph.add((three, GK.objectLiteral, Literal("and a literal")))
    graph.add((same, GK.object, jordan))
    store = _as_store(graph)
    for engine in (_shacl_problems, _pyshacl_problems):
        flagged = sorted(p.split(": ", 1)[0] for p in engine(store) if "object of the three kinds" in p)
        assert flagged == sorted(f"gks:{s.rsplit('/', 1)[-1]}" for s in (two, three)), engine.__name__


def test_the_shipped_shapes_compile_and_anything_else_falls_back_to_pyshacl(out, monkeypatch):
    assert shacl.compile_shapes(load_ontology().shapes())  # no Unsupported
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:property [ sh:path <urn:p> ; sh:minLength 3 ] .""",
        format="turtle",
    )
    with pytest.raises(shacl.Unsupported, match="minLength"):
        shacl.compile_shapes(shapes)

    def unsupported(_shapes):
        raise shacl.Unsupported("test")

    monkeypatch.setattr(shacl, "compile_shapes", unsupported)
    found = validate_graph(_broken(out))
    assert any("exactly one subject" in p for p in found.problems)


def test_problems_are_the_same_from_the_store_and_the_files(tmp_path):
    out = write_interop_out(tmp_path / "out")
    assert validate_path(out).triples > 0
    from_files = validate_path(out / "graph.ttl")
    assert from_files.conforms and from_files.triples == len(Graph().parse(out / "graph.ttl"))


def test_blank_nodes_and_undeclared_classes_are_named(out):
    """Both checks look at the few distinct nodes and classes first, then at the triples."""
    graph = load_union(out)
    egypt = URIRef(GKID + "Q79")
    graph.add((BNode("entity"), RDF.type, GK.Country))
    graph.add((egypt, URIRef("urn:x:near"), BNode("place")))
    graph.add((egypt, RDF.type, GK.Nation))
    problems = validate_graph(graph).problems
    assert _blank_named([p for p in problems if "blank node (use an IRI)" in p]) == {
        "_:b rdf:type gk:Country: blank node (use an IRI)",
        "gkid:Q79 <urn:x:near> _:b: blank node (use an IRI)",
    }
    assert [p for p in problems if "not a class" in p] == [
        "gkid:Q79: rdf:type gk:Nation is not a class of the ontology"
    ]
    assert not [p for p in validate_graph(load_union(out)).problems if "blank" in p or "not a class" in p]
