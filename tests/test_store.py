"""The embedded store (OUT/store/, Oxigraph through rdflib) and the commands that read it:
query, serve (SPARQL 1.1 Protocol), validate, export."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from geokg.graph.cli import main
from geokg.graph.query import load_for_query, run_query
from geokg.graph.serve import make_server, negotiate
from geokg.graph.store import ONTOLOGY_GRAPH, has_store, open_oxigraph, open_store
from geokg.graph.validate import load_union, validate_graph
from geokg.ontology import GK
from interop_data import DOCUMENTS, interop_assertions, readme_queries, write_interop_out
from rdflib import Dataset, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return write_interop_out(tmp_path_factory.mktemp("store") / "out")


def _values(graph: Graph) -> set[tuple]:
    """Triples compared by value: Oxigraph keeps a decimal's value, not its spelling
    ("-8.0" comes back as "-8")."""

    def value(term):
        if isinstance(term, Literal) and term.value is not None:
            return (term.value, term.datatype, term.language)
        return term

    return {tuple(value(t) for t in triple) for triple in graph}


def _dump(folder: Path) -> bytes:
    """The store's quads as sorted N-Quads lines (what a re-import would load)."""
    import pyoxigraph as ox

    raw = open_oxigraph(folder).dump(format=ox.RdfFormat.N_QUADS)
    return b"\n".join(sorted(raw.splitlines()))


def _rows(result) -> set[tuple]:
    return {tuple(row.get(v) for v in result.vars) for row in result.bindings}


def test_the_output_folder_holds_a_store_with_data_and_ontology(out):
    assert has_store(out)
    dataset = open_store(out)
    # Every graph of the TriG is in the store, quad for quad (the ontology in its own graph).
    stored = Dataset()
    stored.parse(data=_dump(out), format="nquads")
    trig = Dataset().parse(out / "graph.trig", format="trig")
    for graph in trig.graphs():
        assert _values(stored.graph(graph.identifier)) == _values(graph), graph.identifier
    assert len(stored.graph(ONTOLOGY_GRAPH)) > 1000
    # The ontology is queryable beside the data (relation labels in both languages).
    labels = list(run_query(dataset, "SELECT ?l WHERE { gk:hosts rdfs:label ?l }"))
    assert {row[0].language for row in labels} >= {"ar", "en"}


def test_query_answers_from_the_store_without_parsing(out, monkeypatch):
    def no_parsing(*args, **kwargs):
        raise AssertionError("the store must answer without parsing graph files")

    monkeypatch.setattr(Graph, "parse", no_parsing)
    graph = load_for_query(out)
    result = run_query(graph, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gk:Assertion }")
    assert int(list(result)[0][0]) == len(interop_assertions())


@pytest.mark.parametrize("index", [0, 1])
def test_store_and_memory_give_the_same_answers(out, index):
    sparql = readme_queries()[index]
    stored = _rows(run_query(load_for_query(out), sparql))
    memory = _rows(run_query(load_for_query(out, memory=True), sparql))
    assert stored and stored == memory


def test_named_graphs_narrow_to_one_document(out):
    sparql = "SELECT ?a WHERE { GRAPH <https://w3id.org/geokg/doc/%D8%AE%D8%A8%D8%B1-2> { ?a a gk:Assertion } }"
    stored = _rows(run_query(load_for_query(out), sparql))
    assert len(stored) == sum(a.doc == "خبر-2" for a in interop_assertions())
    assert stored == _rows(run_query(load_for_query(out, memory=True), sparql))


def test_query_cli_reads_the_store_and_memory(out, capsys):
    sparql = "SELECT ?text WHERE { ?a gk:evidenceText ?text } ORDER BY ?text"
    assert main(["query", str(out), sparql, "--format", "tsv"]) == 0
    from_store = capsys.readouterr().out
    assert main(["query", str(out), sparql, "--format", "tsv", "--memory"]) == 0
    # Order among literals of different languages is left to each engine: compare as sets.
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(from_store.splitlines())
    assert "\\n" in from_store and '\\"enough\\"' in from_store
    assert main(["query", str(out), "DELETE WHERE { ?s ?p ?o }"]) == 2
    assert "read-only" in capsys.readouterr().err


def test_a_folder_without_store_still_answers_from_its_files(out, tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    shutil.copy(out / "graph.trig", plain / "graph.trig")
    assert not has_store(plain)
    result = run_query(load_for_query(plain), "ASK { ?a gk:predicate gk:hosts }")
    assert result.askAnswer


def test_rebuilding_gives_the_same_store(out, tmp_path):
    """Deterministic IRIs: the same input twice gives exactly the same quads."""
    again = write_interop_out(tmp_path / "again")
    assert _dump(out) == _dump(again)


# --------------------------------------------------------------------------------------------
# geokg serve


@pytest.fixture(scope="module")
def endpoint(out):
    server = make_server(out, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _get(url: str, accept: str | None = None, data: bytes | None = None, content_type: str | None = None):
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode("utf-8")


COUNT = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/geokg/ontology#Assertion> }"


def test_serve_answers_get_and_post_as_sparql_json(endpoint):
    expected = str(len(interop_assertions()))
    status, kind, body = _get(f"{endpoint}?{urllib.parse.urlencode({'query': COUNT})}")
    assert status == 200 and kind.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == expected
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    status, _, body = _get(endpoint, data=form, content_type="application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == expected
    status, _, body = _get(endpoint, data=COUNT.encode(), content_type="application/sparql-query")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == expected


@pytest.mark.parametrize(
    "accept,media,marker",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
        ("text/csv", "text/csv", "text\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", "?text\n"),
        ("text/html;q=0.9, application/json;q=0.5", "application/json", '"bindings"'),
    ],
)
def test_serve_negotiates_result_formats(endpoint, accept, media, marker):
    sparql = "SELECT ?text WHERE { ?a <https://w3id.org/geokg/ontology#evidenceText> ?text }"
    status, kind, body = _get(f"{endpoint}?{urllib.parse.urlencode({'query': sparql})}", accept)
    assert status == 200 and kind.startswith(media), (kind, body[:200])
    assert marker in body
    assert "شنت إسرائيل غارات" in body  # Arabic text arrives as UTF-8


def test_serve_returns_graphs_for_construct(endpoint):
    sparql = "CONSTRUCT { ?s <https://w3id.org/geokg/ontology#hosts> ?o } WHERE { ?s <https://w3id.org/geokg/ontology#hosts> ?o }"
    status, kind, body = _get(f"{endpoint}?{urllib.parse.urlencode({'query': sparql})}", "text/turtle")
    assert status == 200 and kind.startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    assert (URIRef("https://w3id.org/geokg/id/Q79"), GK.hosts, URIRef("https://w3id.org/geokg/id/Q810")) in graph


def test_serve_is_read_only_and_reports_errors(endpoint):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, body = _get(endpoint, data=update.encode(), content_type="application/sparql-update")
    assert status == 403 and "read-only" in body
    form = urllib.parse.urlencode({"update": update}).encode()
    assert _get(endpoint, data=form, content_type="application/x-www-form-urlencoded")[0] == 403
    status, _, body = _get(endpoint, data=update.encode(), content_type="application/sparql-query")
    assert status == 403
    status, _, body = _get(f"{endpoint}?query=SELEC")
    assert status == 400 and "syntax" in body.lower()
    assert _get(f"{endpoint}?{urllib.parse.urlencode({'query': COUNT})}", "image/png")[0] == 406
    assert _get(endpoint.replace("/sparql", "/other"))[0] == 404
    # Nothing changed.
    status, _, body = _get(f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK { <urn:a> ?p ?o }'})}")
    assert json.loads(body)["boolean"] is False


def test_negotiate():
    choices = [("application/sparql-results+json", "json"), ("text/csv", "csv")]
    assert negotiate(None, choices) == choices[0]
    assert negotiate("text/*", choices) == choices[1]
    assert negotiate("text/csv;q=0.1, application/sparql-results+json;q=0.2", choices) == choices[0]
    assert negotiate("image/png", choices) is None


# --------------------------------------------------------------------------------------------
# geokg validate


def test_validate_accepts_the_output(out, capsys):
    assert main(["validate", str(out)]) == 0
    assert "conform" in capsys.readouterr().err


def test_validate_reports_each_problem_readably(out, tmp_path, capsys):
    graph = load_union(out)
    statement = next(graph.subjects(GK.predicate, GK.hosts))
    graph.remove((statement, GK.subject, None))  # a shape
    strike = next(graph.subjects(GK.predicate, GK.carriesOutAirstrikeOn))
    graph.set((strike, GK.predicate, GK.noSuchRelation))  # the ontology's relations
    egypt, jordan = URIRef("https://w3id.org/geokg/id/Q79"), URIRef("https://w3id.org/geokg/id/Q810")
    graph.add((jordan, GK.imposesSanctionsOn, egypt))  # a fact nobody asserted
    graph.add((egypt, GK.countryCode, Literal("EGY")))
    found = validate_graph(graph)
    assert not found.conforms
    text = "\n".join(found.problems)
    assert "gk:subject" in text and "exactly one subject" in text
    assert "gk:noSuchRelation is not a relation of the ontology" in text
    assert (
        "gkid:Q810 gk:imposesSanctionsOn gkid:Q79: direct triple without an affirmed, asserted statement node" in text
    )

    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    assert main(["validate", str(broken)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1].endswith("problems") and all(line.startswith("geokg: ") for line in err)
    assert main(["validate", str(tmp_path / "missing")]) == 2


def test_validate_rejects_a_negated_claim_written_as_a_fact(tmp_path):
    # The model rule: the sanctions Qatar denied must not appear as a direct triple.
    out = write_interop_out(tmp_path / "out")
    graph = load_union(out)
    qatar, jordan = URIRef("https://w3id.org/geokg/id/Q846"), URIRef("https://w3id.org/geokg/id/Q810")
    assert validate_graph(graph).conforms
    graph.add((qatar, GK.imposesSanctionsOn, jordan))
    assert not validate_graph(graph).conforms


def test_export_cli_writes_into_out(out, capsys):
    assert main(["export", "neo4j", str(out)]) == 0
    assert (out / "neo4j" / "n10s-import.cypher").is_file()
    assert len(DOCUMENTS) == sum(1 for _ in open(out / "neo4j" / "documents.csv", encoding="utf-8")) - 1


def test_streamed_nquads_hold_the_same_graphs_as_the_dataset(tmp_path):
    """write_nquads (large builds, benchmarks) writes exactly what build_dataset builds."""
    import io

    from geokg.graph.rdf import build_dataset, write_nquads

    assertions = interop_assertions()
    stream = io.BytesIO()
    assert write_nquads(stream, iter(assertions), DOCUMENTS, batch_size=3) == len(assertions)
    streamed = Dataset()
    streamed.parse(data=stream.getvalue().decode("utf-8"), format="nquads")
    built = build_dataset(assertions, DOCUMENTS)
    for graph in built.graphs():
        assert set(streamed.graph(graph.identifier)) == set(graph), graph.identifier
    assert len(list(streamed.quads((None, None, None, None)))) == len(list(built.quads((None, None, None, None))))


def test_loading_in_small_chunks_gives_the_same_store(out, tmp_path, monkeypatch):
    import geokg.graph.store as store_module

    monkeypatch.setattr(store_module, "CHUNK_LINES", 7)
    small = tmp_path / "chunked"
    small.mkdir()
    store_module.write_store(out / "graph.nq", small / "store")
    assert _dump(small) == _dump(out)


# --------------------------------------------------------------------------------------------
# graph.ttl written in time linear in the quads, byte for byte as before


def _turtle_as_before(folder: Path) -> bytes:
    """graph.ttl as the writer before issue 15 wrote it (O(k^2) for a fact in k documents):
    the benchmark's reference writer, ``benchmarks/bench_serialise.py``."""
    import importlib.util
    import io

    spec = importlib.util.spec_from_file_location("bench_serialise", ROOT / "benchmarks" / "bench_serialise.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    stream = io.BytesIO()
    bench.write_quadratic_turtle(open_oxigraph(folder), stream)
    return stream.getvalue()


def _repeated_facts_out(folder: Path) -> Path:
    """Facts repeated across many documents, one of them also in the default graph."""
    from geokg.graph.outfolder import OutputFolder
    from geokg.graph.store import write_graph_files, write_store

    folder.mkdir()
    lines = []
    for d in range(60):
        graph = f"<https://w3id.org/geokg/doc/d{d:03d}>"
        lines.append(
            f"<https://w3id.org/geokg/id/Q30> <https://w3id.org/geokg/ontology#hosts> <https://w3id.org/geokg/id/Q{d % 3}> {graph} ."
        )
        lines.append(
            f'<https://w3id.org/geokg/statement/s{d}> <https://w3id.org/geokg/ontology#evidenceText> "t {d}" {graph} .'
        )
        if d % 7 == 0:
            lines.append(
                f'<https://w3id.org/geokg/id/Q{d % 3}> <http://www.w3.org/2000/01/rdf-schema#label> "x" {graph} .'
            )
    lines.append('<https://w3id.org/geokg/id/Q0> <http://www.w3.org/2000/01/rdf-schema#label> "x" .')
    lines.append(
        "<https://w3id.org/geokg/id/Q30> <https://w3id.org/geokg/ontology#hosts> <https://w3id.org/geokg/id/Q1> ."
    )
    (folder / "graph.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_store(folder / "graph.nq", OutputFolder(folder).store)
    write_graph_files(OutputFolder(folder).store, folder)
    return folder


def test_the_turtle_union_is_byte_identical_to_the_quadratic_writers(out, tmp_path):
    repeated = _repeated_facts_out(tmp_path / "repeated")
    text = (repeated / "graph.ttl").read_text(encoding="utf-8")
    for target in ("gkid:Q0", "gkid:Q1", "gkid:Q2"):  # each fact once, however many documents
        assert text.count(f"gkid:Q30 gk:hosts {target} .") == 1, target
    for folder in (out, repeated):
        assert (folder / "graph.ttl").read_bytes() == _turtle_as_before(folder), folder
