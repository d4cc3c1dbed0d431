"""Interop, proven against real parsers and real stores (CONTRACT §3; ../shared/notes/INTEROP.md):

- raptor's ``rapper``, Jena's ``riot`` and RDF4J's Rio (the parser of GraphDB and neosemantics,
  through tests/java/Rdf4jCheck.java compiled here) read graph.ttl, graph.trig and graph.nq;
- Virtuoso (started here on 127.0.0.1 with a private database) loads the TriG and answers the
  README's SPARQL examples exactly as the embedded store does;
- ``geokg push`` replaces (PUT) and adds to (POST) graphs in Virtuoso and in an Oxigraph server;
- the Neo4j contract: no blank nodes, IRIs that n10s accepts, neo4j-admin CSV headers, every
  node of a relationship file present in a node file.

Each tool that is missing skips its tests with the reason (CI installs them:
.ci/debian-packages.d/interop.txt).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest
from geokg.graph.export_neo4j import (
    ASSERTION_HEADER,
    DOCUMENT_HEADER,
    ENTITY_HEADER,
    RELATIONSHIP_HEADER,
    export_neo4j,
)
from geokg.graph.push import PushError, push
from geokg.graph.query import load_for_query, run_query
from geokg.graph.store import ontology_ntriples
from interop_data import readme_queries, write_interop_out
from interop_servers import start_oxigraph, start_virtuoso, stop
from rdflib import BNode, Dataset, Graph, Literal, URIRef

JAVA_DIR = Path("/usr/share/java")
GRAPH_FILES = ["graph.ttl", "graph.trig", "graph.nq"]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return write_interop_out(tmp_path_factory.mktemp("interop") / "out")


@pytest.fixture(scope="module")
def rdflib_counts(out) -> dict[str, int]:
    counts = {"graph.ttl": len(Graph().parse(out / "graph.ttl", format="turtle"))}
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        counts[name] = len(list(Dataset().parse(out / name, format=fmt).quads((None, None, None, None))))
    return counts


# --------------------------------------------------------------------------------------------
# Independent parsers


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper not installed (Debian raptor2-utils)")
@pytest.mark.parametrize("name,syntax", [("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.nq", "nquads")])
def test_rapper_parses_every_file(out, rdflib_counts, name, syntax):
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(out / name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"returned {rdflib_counts[name]} " in done.stderr


def _jena_classpath(tmp: Path) -> str | None:
    jars = sorted(JAVA_DIR.glob("jena-*.jar"))
    jars = [j for j in jars if not re.search(r"-\d[\d.]*\.jar$", j.name)]
    if not jars or shutil.which("java") is None:
        return None
    extras = [
        "slf4j-api",
        "slf4j-simple",
        "guava",
        "commons-csv",
        "commons-io",
        "commons-lang3",
        "commons-compress",
        "commons-codec",
        "dexx.collection",
        "jackson-core",
        "jackson-databind",
        "jackson-annotations",
        "gson",
        "httpclient",
        "httpcore",
        "titanium-json-ld",
        "jakarta.json-api",
        "protobuf",
        "thrift",
    ]
    paths = [str(j) for j in jars] + [str(JAVA_DIR / f"{e}.jar") for e in extras if (JAVA_DIR / f"{e}.jar").exists()]
    # Debian's jena-core relocates Xerces to org.apache.jena.ext.xerces but its code looks its
    # message files up under xerces/...: copy them to where they are looked for.
    fix = tmp / "jena-xerces-fix"
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as jar:
        for member in jar.namelist():
            if member.startswith("org/apache/jena/ext/xerces/") and member.endswith(".properties"):
                target = fix / member.removeprefix("org/apache/jena/ext/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(member))
    return ":".join([str(fix), *paths])


def test_jena_riot_validates_every_file(out, tmp_path):
    classpath = _jena_classpath(tmp_path)
    if classpath is None:
        pytest.skip("Jena not installed (Debian libapache-jena-java and a JRE)")
    done = subprocess.run(
        ["java", "-cp", classpath, "riotcmd.riot", "--validate", *(str(out / n) for n in GRAPH_FILES)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    problems = [
        line for line in done.stderr.splitlines() if re.search(r"(WARN|ERROR) org\.apache\.jena\.riot - ", line)
    ]
    assert done.returncode == 0 and not problems, done.stderr


def test_jena_riot_rejects_a_broken_file(tmp_path):
    """The checker can fail: an ill-typed date is reported."""
    classpath = _jena_classpath(tmp_path)
    if classpath is None:
        pytest.skip("Jena not installed (Debian libapache-jena-java and a JRE)")
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://x.org/a> <https://x.org/b> "soon"^^<http://www.w3.org/2001/XMLSchema#date> .\n')
    done = subprocess.run(
        ["java", "-cp", classpath, "riotcmd.riot", "--validate", str(bad)], capture_output=True, text=True
    )
    assert done.returncode != 0


@pytest.fixture(scope="module")
def rdf4j(tmp_path_factory):
    """Compile tests/java/Rdf4jCheck.java against Debian's librdf4j-java; a callable that runs it."""
    jars = [j for j in sorted(JAVA_DIR.glob("rdf4j-*.jar")) if not re.search(r"-\d[\d.]*\.jar$", j.name)]
    if not jars or shutil.which("javac") is None or shutil.which("java") is None:
        pytest.skip("RDF4J or a JDK not installed (Debian librdf4j-java, default-jdk-headless)")
    extras = ["slf4j-api", "slf4j-nop", "commons-text", "commons-lang3", "commons-io", "guava"]
    classpath = [str(j) for j in jars] + [
        str(JAVA_DIR / f"{e}.jar") for e in extras if (JAVA_DIR / f"{e}.jar").exists()
    ]
    classes = tmp_path_factory.mktemp("rdf4j")
    source = Path(__file__).parent / "java" / "Rdf4jCheck.java"
    subprocess.run(["javac", "-d", str(classes), "-cp", ":".join(classpath), str(source)], check=True, timeout=180)

    def check(*files: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["java", "-cp", ":".join([str(classes), *classpath]), "Rdf4jCheck", *map(str, files)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    return check


def test_rdf4j_parses_every_file_without_blank_nodes(out, rdf4j, rdflib_counts):
    export = export_neo4j(out)
    done = rdf4j(*(out / n for n in GRAPH_FILES), export["ontology"])
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(" ", 2)[1:] for line in done.stdout.splitlines() if line.startswith("OK "))
    for name in GRAPH_FILES:
        assert f"statements={rdflib_counts[name]} blank=0" in lines[str(out / name)]
    # One named graph per document in TriG and N-Quads.
    assert lines[str(out / "graph.trig")].endswith("graphs=2")
    assert lines[str(out / "graph.nq")].endswith("graphs=2")


def test_rdf4j_checker_can_fail(rdf4j, tmp_path):
    """The checker rejects what breaks GraphDB and n10s: an IRI with a raw space, and the
    RDF 1.2 triple-term syntax that pyoxigraph writes for RDF-star."""
    space = tmp_path / "space.ttl"
    space.write_text("<https://x.org/a b> <https://x.org/b> <https://x.org/c> .\n")
    star = tmp_path / "star12.ttl"
    star.write_text(
        "<https://x.org/s> <https://x.org/p> <<( <https://x.org/a> <https://x.org/b> <https://x.org/c> )>> .\n"
    )
    done = rdf4j(space, star)
    assert done.returncode == 1
    assert done.stdout.count("FAIL ") == 2, done.stdout


# --------------------------------------------------------------------------------------------
# Virtuoso


def _bindings(result: dict) -> set[tuple]:
    """SPARQL JSON results as a set of rows of (value, language) pairs (None for unbound)."""
    variables = result["head"]["vars"]
    rows = set()
    for binding in result["results"]["bindings"]:
        row = []
        for var in variables:
            term = binding.get(var)
            row.append(None if term is None else (term["value"], term.get("xml:lang")))
        rows.add(tuple(row))
    return rows


def _embedded(out: Path, sparql: str) -> set[tuple]:
    result = run_query(load_for_query(out), sparql)
    rows = set()
    for row in result.bindings:
        rows.add(
            tuple(
                None if row.get(v) is None else (str(row[v]), row[v].language if isinstance(row[v], Literal) else None)
                for v in result.vars
            )
        )
    return rows


def _sparql_get(endpoint: str, sparql: str, default_graph: str | None = None) -> dict:
    params = {"query": sparql} | ({"default-graph-uri": default_graph} if default_graph else {})
    url = f"{endpoint}?{urllib.parse.urlencode(params)}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def virtuoso(out, tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    ontology = folder / "ontology.nt"
    ontology.write_bytes(ontology_ntriples())
    server = start_virtuoso(folder / "db", [out, folder])
    if server is None:
        pytest.skip("Virtuoso not installed (Debian virtuoso-opensource)")
    try:
        # Virtuoso's own loaders: TriG with its named graphs, the ontology in its graph.
        server.load(out / "graph.trig", "https://w3id.org/geokg/unused", trig=True)
        server.load(ontology, "https://w3id.org/geokg/ontology")
        yield server
    finally:
        stop(server.process)


def test_virtuoso_loads_the_trig_with_one_graph_per_document(virtuoso, rdflib_counts):
    result = _sparql_get(
        virtuoso.sparql,
        "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/geokg/doc/')) }",
    )
    row = result["results"]["bindings"][0]
    assert int(row["graphs"]["value"]) == 2
    # The default graph's entities and documents went into the load's target graph.
    assert int(row["quads"]["value"]) < rdflib_counts["graph.trig"]


@pytest.mark.parametrize("index", [0, 1], ids=["concern", "conflict"])
def test_readme_queries_give_the_same_answers_in_virtuoso_and_the_embedded_store(out, virtuoso, index):
    queries = readme_queries()
    if index >= len(queries):
        pytest.skip("README has fewer examples")
    sparql = queries[index]
    embedded = _embedded(out, sparql)
    assert embedded, "the example must return something on the test data"
    assert _bindings(_sparql_get(virtuoso.sparql, sparql)) == embedded


def test_virtuoso_keeps_arabic_and_untrusted_text_exact(out, virtuoso):
    sparql = "PREFIX gk: <https://w3id.org/geokg/ontology#> SELECT ?text WHERE { ?a gk:evidenceText ?text }"
    assert _bindings(_sparql_get(virtuoso.sparql, sparql)) == _embedded(out, sparql)


def _count(endpoint: str, graph: str) -> int:
    result = _sparql_get(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(result["results"]["bindings"][0]["n"]["value"])


def test_push_to_virtuoso_replaces_and_adds(out, virtuoso, rdflib_counts, tmp_path):
    graph = "https://example.org/geokg/pushed"
    small = tmp_path / "small.ttl"
    small.write_text("<https://example.org/a> <https://example.org/b> 'c' .\n", encoding="utf-8")
    pushed = push(out, virtuoso.graph_store, graph, user="dba:dba", ontology=False)
    assert pushed.status in (200, 201, 204)
    assert _count(virtuoso.sparql, graph) == rdflib_counts["graph.ttl"]
    push(out, virtuoso.graph_store, graph, user="dba:dba", ontology=False)  # idempotent: same IRIs, no blank nodes
    assert _count(virtuoso.sparql, graph) == rdflib_counts["graph.ttl"]
    push(small, virtuoso.graph_store, graph, add=True, user="dba:dba", ontology=False)
    assert _count(virtuoso.sparql, graph) == rdflib_counts["graph.ttl"] + 1
    push(small, virtuoso.graph_store, graph, user="dba:dba", ontology=False)
    assert _count(virtuoso.sparql, graph) == 1
    with pytest.raises(PushError, match="401"):
        push(small, virtuoso.graph_store, graph, user="dba:wrong")


def _with_ontology_count(out: Path) -> int:
    """Triples of graph.ttl and the ontology together (what a default push sends)."""
    union = Graph().parse(out / "graph.ttl", format="turtle")
    union.parse(data=ontology_ntriples().decode("utf-8"), format="nt")
    return len(union)


def test_readme_queries_answer_the_same_from_a_default_push_to_virtuoso(out, virtuoso):
    """The README's examples need the ontology's labels: a default push sends it along, so the
    pushed graph alone answers them as the embedded store does."""
    graph = "https://example.org/geokg/with-ontology"
    push(out, virtuoso.graph_store, graph, user="dba:dba")
    push(out, virtuoso.graph_store, graph, user="dba:dba")  # a second PUT changes nothing
    assert _count(virtuoso.sparql, graph) == _with_ontology_count(out)
    for sparql in readme_queries():
        assert _bindings(_sparql_get(virtuoso.sparql, sparql, graph)) == _embedded(out, sparql)
    # What push did before: without the relation labels the answers are wrong (the conflict
    # example returns nothing).
    push(out, virtuoso.graph_store, graph, user="dba:dba", ontology=False)
    without = [_bindings(_sparql_get(virtuoso.sparql, q, graph)) for q in readme_queries()]
    assert all(rows != _embedded(out, q) for rows, q in zip(without, readme_queries())) and not without[1]


# --------------------------------------------------------------------------------------------
# Oxigraph server


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph") / "db")
    if server is None:
        pytest.skip("the Oxigraph server is not installed (PyPI oxigraph)")
    try:
        yield server
    finally:
        stop(server.process)


def test_push_to_an_oxigraph_server(out, oxigraph, rdflib_counts, tmp_path):
    store, query = f"{oxigraph.base}/store", f"{oxigraph.base}/query"
    graph = "https://example.org/geokg/g"
    push(out, store, graph, ontology=False)
    push(out, store, graph, ontology=False)
    assert _count(query, graph) == rdflib_counts["graph.ttl"]
    small = tmp_path / "small.nt"
    small.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    push(small, store, graph, add=True, ontology=False)
    assert _count(query, graph) == rdflib_counts["graph.ttl"] + 1
    push(small, store, None, ontology=False)  # the default graph
    result = _sparql_get(query, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(result["results"]["bindings"][0]["n"]["value"]) == 1


def test_readme_queries_answer_the_same_from_a_default_push_to_oxigraph(out, oxigraph):
    store, query = f"{oxigraph.base}/store", f"{oxigraph.base}/query"
    # Into the default graph, and into a named graph (queried as the default graph).
    push(out, store, None)
    graph = "https://example.org/geokg/named"
    push(out, store, graph)
    push(out, store, graph)
    assert _count(query, graph) == _with_ontology_count(out)
    for sparql in readme_queries():
        embedded = _embedded(out, sparql)
        assert _bindings(_sparql_get(query, sparql)) == embedded
        assert _bindings(_sparql_get(query, sparql, graph)) == embedded
    push(out, store, None, ontology=False)  # what push did before: the labels are missing
    without = [_bindings(_sparql_get(query, q)) for q in readme_queries()]
    assert all(rows != _embedded(out, q) for rows, q in zip(without, readme_queries())) and not without[1]


def test_push_reports_an_unreachable_store_in_one_line(out):
    from interop_servers import free_port

    with pytest.raises(PushError) as caught:
        push(out, f"http://127.0.0.1:{free_port()}/store", None, timeout=5)
    assert "\n" not in str(caught.value)


# --------------------------------------------------------------------------------------------
# Neo4j: the contract (no Neo4j server can be installed here)

# What neosemantics needs of an IRI: absolute, ASCII, none of the characters that break its
# parsing (spaces, <>"{}|\^`), percent escapes well formed (n10s issues #197, #76).
N10S_SAFE_IRI = re.compile(r"^https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")


def test_n10s_gets_no_blank_nodes_and_safe_iris(out):
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    terms = {t for triple in graph for t in triple}
    assert not any(isinstance(t, BNode) for t in terms)
    iris = {t for t in terms if isinstance(t, URIRef)}
    bad = [iri for iri in iris if not N10S_SAFE_IRI.match(iri) or re.search(r"%(?![0-9A-F]{2})", iri)]
    assert not bad
    # The Arabic local id with a space became a percent-encoded ASCII IRI.
    assert any("%D9%85%D8%AC%D9%84%D8%B3%20" in iri for iri in iris)
    # Article URLs are xsd:anyURI literals (properties in n10s), never nodes.
    urls = [o for o in graph.objects(None, URIRef("https://w3id.org/geokg/ontology#url"))]
    assert urls and all(str(u.datatype).endswith("#anyURI") for u in urls)


def test_n10s_script_sets_up_arrays_language_tags_and_prefixes(out):
    script = export_neo4j(out)["n10s"].read_text(encoding="utf-8")
    assert "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;" in script
    assert "handleMultival: 'ARRAY'" in script and "keepLangTag: true" in script
    assert "'http://www.w3.org/2000/01/rdf-schema#label'" in script  # labels are multivalued
    assert "CALL n10s.nsprefixes.add('gk', 'https://w3id.org/geokg/ontology#');" in script
    fetches = re.findall(r"n10s\.rdf\.import\.fetch\('([^']+)', 'Turtle'\)", script)
    assert [Path(urllib.parse.urlsplit(u).path).name for u in fetches] == ["ontology.ttl", "graph.ttl"]
    # The fetched files exist where the script says.
    assert all(Path(urllib.parse.unquote(urllib.parse.urlsplit(u).path)).is_file() for u in fetches)


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    return rows[0], rows[1:]


# neo4j-admin import header fields: name[:type] or :ID/:LABEL/:START_ID/:END_ID/:TYPE.
ADMIN_FIELD = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*(?::(?:ID|int|long|float|double|boolean|byte|short|char|string|date"
    r"|localtime|time|localdatetime|datetime|duration|point)(?:\[\])?)?|:ID|:LABEL|:START_ID|:END_ID|:TYPE)$"
)


def test_neo4j_admin_csv_files_keep_the_contract(out):
    paths = export_neo4j(out)
    node_ids: set[str] = set()
    for key, header in (("entities", ENTITY_HEADER), ("documents", DOCUMENT_HEADER), ("assertions", ASSERTION_HEADER)):
        got, rows = _read_csv(paths[key])
        assert got == header and all(ADMIN_FIELD.match(f) for f in header), got
        assert rows
        ids = [row[0] for row in rows]
        assert len(ids) == len(set(ids)) and not node_ids & set(ids)  # one global ID space
        node_ids.update(ids)
        for row in rows:
            assert len(row) == len(header)
            for field_name, value in zip(header, row):
                if value and field_name.endswith(":int"):
                    int(value)
                if value and field_name.endswith(":float"):
                    float(value)
    for key in ("facts", "statement_links", "mentions"):
        got, rows = _read_csv(paths[key])
        assert got == RELATIONSHIP_HEADER
        assert rows
        for start, end, kind in rows:
            assert start in node_ids and end in node_ids, (key, start, end)
            assert re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", kind)
    # Labels in both languages, and direct facts only for affirmed, asserted assertions.
    _, entities = _read_csv(paths["entities"])
    egypt = next(r for r in entities if r[0].endswith("/Q79"))
    assert egypt[4:7] == ["Egypt", "مصر", "Egypt@en;مصر@ar"] or egypt[6] == "مصر@ar;Egypt@en"
    _, facts = _read_csv(paths["facts"])
    assert {kind for _, _, kind in facts} == {"hosts", "carriesOutAirstrikeOn", "expressesConcernAbout", "criticizes"}
    # Evidence with newlines and quotes survives the CSV round trip.
    _, statements = _read_csv(paths["assertions"])
    assert any("\n" in row[8] and '"enough"' in row[8] for row in statements)
    # The command names every file and the options the files need.
    command = paths["admin"].read_text(encoding="utf-8")
    assert "neo4j-admin \\\n  database \\\n  import \\\n  full" in command
    for name in ("entities", "documents", "assertions"):
        assert f"--nodes={name}.csv" in command
    for name in ("facts", "statement_links", "mentions"):
        assert f"--relationships={name}.csv" in command
    assert "--multiline-fields=true" in command and "'--array-delimiter=;'" in command


def test_push_cli(out, oxigraph, capsys):
    from geokg.graph.cli import main
    from interop_servers import free_port

    assert main(["push", str(out), "--endpoint", f"{oxigraph.base}/store", "--graph", "https://example.org/cli"]) == 0
    assert "(graph and ontology) replaced" in capsys.readouterr().err
    target = ["--endpoint", f"{oxigraph.base}/store", "--graph", "https://example.org/cli", "--no-ontology"]
    assert main(["push", str(out), *target]) == 0
    assert "(graph) replaced" in capsys.readouterr().err
    assert _count(f"{oxigraph.base}/query", "https://example.org/cli") == len(Graph().parse(out / "graph.ttl"))
    assert main(["push", str(out), "--endpoint", f"http://127.0.0.1:{free_port()}/store"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geokg: PUT http://127.0.0.1:")
    assert main(["push", str(out), "--endpoint", f"{oxigraph.base}/store", "--graph", "not an iri"]) == 1
    assert "not an absolute IRI" in capsys.readouterr().err
