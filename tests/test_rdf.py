"""The RDF stage: statement model, named graphs, round-trips, escaping, SHACL."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from geokg.extract.model import (
    Assertion,
    AssertionRef,
    Document,
    Entity,
    Mention,
    TimeSpan,
)
from geokg.graph.rdf import (
    DOC,
    build_dataset,
    date_literal,
    document_iri,
    entity_iri,
    statement_iri,
    to_graph,
    write_outputs,
)
from geokg.ontology import GK, GKID, validate
from helpers import make_assertion
from rdflib import (
    OWL,
    RDF,
    RDFS,
    SKOS,
    BNode,
    Dataset,
    Graph,
    Literal,
    Namespace,
    URIRef,
)
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV

# rdflib's XSD is a DefinedNamespace, which warns when pytest inspects module attributes.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

EGYPT = Entity("Q79", "Egypt", "Country", {"ar": "مصر", "en": "Egypt"}, country="EGY")
JORDAN = Entity("Q810", "Jordan", "Country", {"ar": "الأردن", "en": "Jordan"}, country="JOR")
QATAR = Entity("Q846", "Qatar", "Country", {"ar": "قطر", "en": "Qatar"}, country="QAT")
# A local id with Arabic letters and a space: it must become a percent-encoded IRI.
COUNCIL = Entity("مجلس التعاون الخليجي", "مجلس التعاون الخليجي", "InternationalOrganisation")
SPOKESMAN = Entity(
    "qat-mofa-spokesman",
    "Qatari foreign ministry spokesman",
    "Person",
    country="QAT",
    sector="GOV",
)

NASTY = (
    'He said "enough" \\ twice.\nThen: """ <script>alert(1)</script> </script> <!-- '
    "<img src=x onerror=alert(1)> & \x07\x1b\x00 end\r"
)


@pytest.fixture()
def documents() -> list[Document]:
    return [
        Document(
            "news/en 1",
            "x" * 200,
            date="2024-03-04",
            lang="en",
            url="https://example.org/a?x=1&y=2",
            source="Example Wire",
            title='Cairo talks: "a new page"',
        ),
        Document(
            "خبر-2",
            "y" * 200,
            date="4 March 2024",
            lang="ar",
            source="صحيفة المثال",
            title="مباحثات في القاهرة",
        ),
    ]


@pytest.fixture()
def assertions() -> list[Assertion]:
    hosts_en = make_assertion(
        "news/en 1",
        EGYPT,
        "hosts",
        JORDAN,
        "Egypt hosted Jordan's foreign minister in Cairo on Monday.",
        time=TimeSpan("2024-03-04"),
        confidence=0.9,
    )
    hosts_ar = make_assertion(
        "خبر-2",
        EGYPT,
        "hosts",
        JORDAN,
        "استقبلت مصر وفدا أردنيا رفيعا يوم الاثنين.",
        lang="ar",
        time=TimeSpan("next week"),
    )
    denied = make_assertion(
        "خبر-2",
        QATAR,
        "imposesSanctionsOn",
        JORDAN,
        "نفت قطر أنها فرضت عقوبات على الأردن.",
        lang="ar",
        start=60,
        polarity="negated",
    )
    partnership = make_assertion(
        "news/en 1",
        EGYPT,
        "developsPartnershipWith",
        JORDAN,
        "Doha is worried that Egypt and Jordan are building a close partnership.",
        start=80,
        modality="reported",
        attributed_to=SPOKESMAN,
    )
    concern = make_assertion(
        "news/en 1",
        QATAR,
        "expressesConcernAbout",
        AssertionRef(partnership.id),
        "Doha is worried that Egypt and Jordan are building a close partnership.",
        start=80,
        attributed_to=SPOKESMAN,
    )
    nasty = make_assertion("news/en 1", COUNCIL, "praises", QATAR, NASTY, start=150)
    return [hosts_en, hosts_ar, denied, partnership, concern, nasty]


@pytest.fixture()
def dataset(assertions, documents) -> Dataset:
    mentions = [Mention("خبر-2", SPOKESMAN, "المتحدث", 5, 12, "ar")]
    return build_dataset(assertions, documents, mentions)


def test_same_fact_from_two_documents_is_one_triple_with_two_statements(dataset, assertions):
    union = to_graph(dataset)
    direct = list(union.triples((entity_iri("Q79"), GK.hosts, entity_iri("Q810"))))
    assert len(direct) == 1
    statements = set(union.subjects(GK.predicate, GK.hosts))
    assert statements == {
        statement_iri(assertions[0].id),
        statement_iri(assertions[1].id),
    }
    sources = {union.value(s, PROV.wasDerivedFrom) for s in statements}
    assert sources == {document_iri("news/en 1"), document_iri("خبر-2")}
    # Both document graphs hold the direct triple: which documents state a fact stays visible.
    graphs = {c for _, _, _, c in dataset.quads((entity_iri("Q79"), GK.hosts, entity_iri("Q810"), None))}
    assert graphs == {document_iri("news/en 1"), document_iri("خبر-2")}


def test_negated_and_reported_assertions_make_no_direct_triple(dataset, assertions):
    union = to_graph(dataset)
    assert (entity_iri("Q846"), GK.imposesSanctionsOn, entity_iri("Q810")) not in union
    assert (
        entity_iri("Q79"),
        GK.developsPartnershipWith,
        entity_iri("Q810"),
    ) not in union
    denied = statement_iri(assertions[2].id)
    assert union.value(denied, GK.polarity) == GK.Negated
    assert union.value(denied, GK.modality) == GK.Asserted
    reported = statement_iri(assertions[3].id)
    assert union.value(reported, GK.modality) == GK.Reported
    assert union.value(reported, GK.attributedTo) == entity_iri("qat-mofa-spokesman")


def test_statement_node_carries_every_field(dataset, assertions):
    union = to_graph(dataset)
    node = statement_iri(assertions[0].id)
    assert union.value(node, RDF.type) == GK.Assertion
    assert union.value(node, GK.subject) == entity_iri("Q79")
    assert union.value(node, GK.object) == entity_iri("Q810")
    assert union.value(node, GK.cameoCode) == Literal("043")  # leading zero kept
    assert union.value(node, GK.ploverType) == Literal("CONSULT")
    assert union.value(node, GK.quadClass) == Literal(1, datatype=XSD.integer)
    assert union.value(node, GK.goldstein).toPython() == Decimal("2.8")
    assert union.value(node, GK.confidence) == Literal("0.9", datatype=XSD.decimal)
    assert union.value(node, GK.timeStart) == Literal("2024-03-04", datatype=XSD.date)
    assert union.value(node, GK.evidenceStart) == Literal(0, datatype=XSD.integer)
    assert union.value(node, GK.evidenceEnd).datatype == XSD.integer
    assert union.value(node, GK.evidenceText).language == "en"
    assert union.value(node, GK.evidenceLang) == Literal("en")
    assert union.value(node, GK.surfaceSubject) == Literal("Egypt", lang="en")
    assert union.value(node, GK.extractor) == Literal("test/1")
    # A time that is not an ISO date stays text, never an ill-typed xsd:date.
    arabic = statement_iri(assertions[1].id)
    assert union.value(arabic, GK.timeStart) is None
    assert union.value(arabic, DCTERMS.temporal) == Literal("next week", datatype=XSD.string)
    assert union.value(arabic, GK.evidenceText).language == "ar"


def test_assertion_about_an_assertion_points_to_its_statement_node(dataset, assertions):
    union = to_graph(dataset)
    concern = statement_iri(assertions[4].id)
    assert union.value(concern, GK.objectAssertion) == statement_iri(assertions[3].id)
    assert union.value(concern, GK.object) is None
    assert (entity_iri("Q846"), GK.expressesConcernAbout, None) not in union


def test_entities_documents_and_iris(dataset, documents):
    union = to_graph(dataset)
    egypt = GKID["Q79"]
    assert (egypt, RDF.type, GK.Country) in union
    assert (egypt, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q79")) in union
    assert (egypt, GK.wikidata, Literal("Q79")) in union
    assert (egypt, RDFS.label, Literal("مصر", lang="ar")) in union
    assert (egypt, SKOS.prefLabel, Literal("Egypt", lang="en")) in union
    assert (egypt, GK.countryCode, Literal("EGY")) in union
    # Mentioned but not related: still described, with its sector, and linked to the document.
    spokesman = GKID["qat-mofa-spokesman"]
    assert (spokesman, GK.sector, Literal("GOV")) in union
    assert (document_iri("خبر-2"), DCTERMS.references, spokesman) in union
    assert (spokesman, OWL.sameAs, None) not in union
    # Arabic label only, no labels dict: tagged as Arabic, not English.
    council = entity_iri(COUNCIL.id)
    assert (council, RDFS.label, Literal(COUNCIL.label, lang="ar")) in union
    for iri in [council, document_iri("خبر-2"), document_iri("news/en 1")]:
        assert iri.isascii() and " " not in iri
    assert str(council) == "https://w3id.org/geokg/id/" + (
        "%D9%85%D8%AC%D9%84%D8%B3%20%D8%A7%D9%84%D8%AA%D8%B9%D8%A7%D9%88%D9%86%20"
        "%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC%D9%8A"
    )
    first = document_iri("news/en 1")
    assert str(first) == str(DOC) + "news%2Fen%201"
    assert (first, RDF.type, GK.Document) in union
    assert union.value(first, GK.url) == Literal("https://example.org/a?x=1&y=2", datatype=XSD.anyURI)
    assert union.value(first, GK.publicationDate) == Literal("2024-03-04", datatype=XSD.date)
    assert union.value(first, GK.sourceName) == Literal("Example Wire")
    assert union.value(first, GK.language) == Literal("en")
    second = document_iri("خبر-2")
    assert union.value(second, GK.publicationDate) is None  # not ISO: kept as text
    assert union.value(second, DCTERMS.date) == Literal("4 March 2024", datatype=XSD.string)
    assert union.value(second, GK.title) == Literal("مباحثات في القاهرة", lang="ar")


def test_layout_default_graph_and_document_graphs(dataset, assertions):
    default = dataset.default_graph
    assert (GKID["Q79"], RDF.type, GK.Country) in default
    assert (document_iri("خبر-2"), RDF.type, GK.Document) in default
    assert (statement_iri(assertions[0].id), None, None) not in default
    named = {g.identifier for g in dataset.graphs() if g.identifier != default.identifier}
    assert named == {document_iri("news/en 1"), document_iri("خبر-2")}
    in_second = dataset.graph(document_iri("خبر-2"))
    assert (statement_iri(assertions[2].id), RDF.type, GK.Assertion) in in_second
    assert (statement_iri(assertions[0].id), RDF.type, GK.Assertion) not in in_second


def test_no_blank_nodes(dataset):
    for s, p, o, c in dataset.quads((None, None, None, None)):
        assert not any(isinstance(term, BNode) for term in (s, p, o, c))


def test_turtle_and_trig_round_trip(dataset, tmp_path):
    paths = write_outputs(dataset, tmp_path / "out")
    assert set(paths) == {"ttl", "trig", "nq"}
    ttl_text = paths["ttl"].read_text(encoding="utf-8")
    assert "@prefix gk: <https://w3id.org/geokg/ontology#>" in ttl_text
    assert "@prefix gkid: <https://w3id.org/geokg/id/>" in ttl_text
    assert "_:" not in ttl_text

    union = to_graph(dataset)
    reread = Graph().parse(paths["ttl"], format="turtle")
    assert isomorphic(reread, union)
    assert len(reread) == len(union)

    reread_ds = Dataset().parse(paths["trig"], format="trig")
    for graph in dataset.graphs():
        assert isomorphic(reread_ds.graph(graph.identifier), graph), graph.identifier
    # The union of the TriG file is the Turtle file.
    trig_union = Graph()
    for s, p, o, _ in reread_ds.quads((None, None, None, None)):
        trig_union.add((s, p, o))
    assert isomorphic(trig_union, reread)
    # The N-Quads file (the store's bulk input) holds the same graphs as the TriG file.
    reread_nq = Dataset().parse(paths["nq"], format="nquads")
    for graph in dataset.graphs():
        assert isomorphic(reread_nq.graph(graph.identifier), graph), graph.identifier


def test_untrusted_text_round_trips_exactly(dataset, tmp_path):
    paths = write_outputs(dataset, tmp_path)
    for path in paths.values():
        # Control characters are written as \uXXXX escapes, never raw.
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", path.read_text(encoding="utf-8"))
    texts = {str(o) for o in Graph().parse(paths["ttl"], format="turtle").objects(None, GK.evidenceText)}
    assert NASTY in texts
    nq = to_graph(dataset).serialize(format="nt")
    assert NASTY in {str(o) for o in Graph().parse(data=nq, format="nt").objects(None, GK.evidenceText)}
    titles = {str(o) for o in Graph().parse(paths["ttl"], format="turtle").objects(None, GK.title)}
    assert 'Cairo talks: "a new page"' in titles


def test_lone_surrogates_are_replaced_not_fatal(tmp_path):
    broken = make_assertion("d", EGYPT, "praises", JORDAN, "bad byte: \udcff here")
    paths = write_outputs(build_dataset([broken], []), tmp_path)
    assert "bad byte: \ufffd here" in paths["ttl"].read_text(encoding="utf-8")


def test_date_literal():
    assert date_literal("2024-02-29").datatype == XSD.date
    assert date_literal("2023-02-29").datatype == XSD.string
    assert date_literal("2024-06-18T09:30:00+03:00").datatype == XSD.dateTime
    assert date_literal("20240618").datatype == XSD.string


def test_unknown_polarity_is_an_error():
    bad = make_assertion("d", EGYPT, "praises", JORDAN, "Egypt praised Jordan.", polarity="maybe")
    with pytest.raises(ValueError, match="polarity"):
        build_dataset([bad], [])


def test_unknown_entity_type_gets_no_class(tmp_path):
    vague = Entity("someone-local", "", "Entity")
    union = to_graph(build_dataset([make_assertion("d", vague, "praises", EGYPT, "They praised Egypt.")], []))
    assert (entity_iri("someone-local"), RDF.type, None) not in union
    assert union.value(entity_iri("someone-local"), RDFS.label) == Literal("someone-local", lang="en")


def test_shacl_shapes_accept_the_graph(dataset):
    report = validate(to_graph(dataset))
    assert report.conforms, report.text


def test_shacl_shapes_reject_a_broken_statement(dataset, assertions):
    data = to_graph(dataset)
    data.remove((statement_iri(assertions[0].id), GK.subject, None))
    report = validate(data)
    assert not report.conforms
    assert "exactly one subject" in report.text
