"""Queries are checked before Oxigraph sees them (issue 16 §2), for ``geokg query`` over every kind
of input: the queries that crashed the process are refused with exit 2, SERVICE is refused, FROM
is a dataset clause over the store's own graphs, and no query reads a file or opens a connection.

The crash inputs run in a subprocess: without the checks, they kill it with SIGSEGV.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from geokg.graph.query import load_for_query, run_query
from geokg.graph.querycheck import MAX_DEPTH, MAX_LENGTH, MAX_OPERATORS, QueryError, check_query
from geokg.graph.rdf import build_dataset, to_graph
from interop_data import DOCUMENTS, interop_assertions, write_interop_out

DOC_EN = "https://w3id.org/geokg/doc/wire%2Fen%201"  # "wire/en 1"
MEMORY_ERROR = (
    "geokg: the query needed more than {mb} MB of memory: simplify it, or raise --max-memory; nothing written\n"
)

# What crashed pyoxigraph 0.5 in the main thread (8 MB stack), each well under 1 MB.
CRASHERS = {
    "3000 nested braces": "SELECT * WHERE " + "{" * 3000 + "}" * 3000,
    "5000 nested parentheses in a FILTER": "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "20000 || in a FILTER": "SELECT * WHERE { BIND(1 AS ?a) FILTER(" + " || ".join(["?a"] * 20000) + ") }",
    "5000 MINUS": "SELECT * WHERE { ?s ?p ?o " + " ".join(["MINUS { ?s ?p ?o }"] * 5000) + " }",
    "20000 !": "SELECT * WHERE { BIND(" + "!" * 20000 + "true AS ?x) }",
    "parentheses hidden in what reads as an IRI": "SELECT * WHERE { FILTER(?a<"
    + "(" * 3000
    + "1"
    + ")" * 3000
    + ">?b) }",
}
# The largest queries of each kind that the checks let through.
AT_THE_LIMITS = {
    "braces": "SELECT * WHERE " + "{" * (MAX_DEPTH - 1) + "}" * (MAX_DEPTH - 1),
    "parentheses": "SELECT * WHERE { FILTER(" + "(" * (MAX_DEPTH - 3) + "1" + ")" * (MAX_DEPTH - 3) + ") }",
    "||": "SELECT * WHERE { BIND(1 AS ?a) FILTER(" + " || ".join(["?a"] * (MAX_OPERATORS - 5)) + ") }",
    "MINUS": "SELECT * WHERE { ?s ?p ?o " + " ".join(["MINUS { ?s ?p ?o }"] * (MAX_OPERATORS - 5)) + " }",
    "BIND": "SELECT * WHERE { " + " ".join(f"BIND({i} AS ?v{i})" for i in range(MAX_OPERATORS - 5)) + " }",
    "!": "SELECT * WHERE { BIND(" + "!" * (MAX_OPERATORS - 5) + "true AS ?x) }",
    "long VALUES": "SELECT * WHERE { VALUES ?x { "
    + " ".join(f"<https://w3id.org/geokg/id/Q{i}>" for i in range(2800))
    + " } }",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return write_interop_out(tmp_path_factory.mktemp("check") / "out")


@pytest.fixture(scope="module")
def inputs(out, tmp_path_factory) -> dict[str, Path]:
    """Every kind of input ``geokg query`` reads: the store, a TriG file, a Turtle file, and a
    folder without a store."""
    plain = tmp_path_factory.mktemp("plain")
    (plain / "graph.trig").write_bytes((out / "graph.trig").read_bytes())
    return {"store": out, "trig": out / "graph.trig", "ttl": out / "graph.ttl", "folder without store": plain}


@dataclass
class Done:
    """A finished ``geokg query``: exit status, output, and the peak resident memory (MB) of
    the command and the process its query ran in."""

    returncode: int
    stdout: str
    stderr: str
    peak_mb: float


# Starts the command and writes its exit status and peak resident memory (KB) to argv[1]. The
# peak is read here, in a small process, not in pytest's: a child's ru_maxrss starts from the
# resident size of the process it was forked from, and pytest's grows to GBs in a full run.
_PEAK_OF = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "open(sys.argv[1], 'w').write(f'{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}')\n"
)


def _geokg_query(target: Path, sparql: str, tmp_path: Path, *options: str) -> Done:
    query_file = tmp_path / "q.rq"
    query_file.write_text(sparql, encoding="utf-8")
    peak_file = tmp_path / "peak.txt"
    argv = [sys.executable, "-m", "geokg.graph.cli", "query", str(target), f"@{query_file}", "--format", "tsv"]
    # (the peak covers the command and the query process it reaped)
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_OF, str(peak_file), *argv, *options], capture_output=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-300:]
    returncode, peak_kb = peak_file.read_text().split()
    return Done(int(returncode), done.stdout.decode(), done.stderr.decode(), int(peak_kb) / 1024)


# --------------------------------------------------------------------------------------------
# The checks themselves


def test_keywords_are_told_from_strings_comments_iris_and_names():
    quiet = """PREFIX ex: <http://example.org/SERVICE/>
    SELECT ?service WHERE {  # SERVICE <http://example.org/> in a comment
      ?service ex:service "SERVICE <http://x/> { }" ; ex:from '''FROM
      <file:///etc/passwd>''' . }"""
    checked = check_query(quiet)
    assert checked.form == "SELECT" and not checked.has_dataset
    for hidden in (
        "SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p true.SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT ?endpoint { ?s ?p ?o } } }",
    ):
        with pytest.raises(QueryError, match="SERVICE is not allowed") as caught:
            check_query(hidden)
        assert caught.value.kind == "refused"


def test_forms_updates_and_datasets():
    assert check_query("BASE <http://x/> PREFIX a: <http://a/> ASK {}").form == "ASK"
    assert check_query("describe <http://x/>").form == "DESCRIBE"
    assert check_query("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }").has_dataset
    assert check_query("SELECT * FROM NAMED <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } }").has_dataset
    for update in (
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX a: <http://a/> DELETE WHERE { ?s ?p ?o }",
        "LOAD <file:///etc/passwd>",
        "CLEAR ALL",
        "DROP GRAPH <urn:g>",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ):
        with pytest.raises(QueryError, match="read-only") as caught:
            check_query(update)
        assert caught.value.kind == "update"
    with pytest.raises(QueryError, match="empty"):
        check_query("  \n")


def test_limits_are_reported_in_one_line():
    for name, sparql in CRASHERS.items():
        with pytest.raises(QueryError) as caught:
            check_query(sparql)
        assert caught.value.kind == "limit", name
        assert "\n" not in caught.value.message
    with pytest.raises(QueryError, match="characters long; the limit is"):
        check_query("SELECT * WHERE { " + "?s ?p ?o . " * (MAX_LENGTH // 10) + "}")
    for sparql in AT_THE_LIMITS.values():
        check_query(sparql)  # no error


def test_reading_any_text_takes_linear_time():
    """Strings that would make a backtracking tokeniser quadratic, at the length limit: all
    are read in one run that must finish (here, well under the subprocess's 60 s)."""
    script = textwrap.dedent(
        """
        from geokg.graph.querycheck import Limits, QueryError, check_query
        limits = Limits(max_depth=10**9, max_operators=10**9)
        for text in ['a.' * 50000, '"' + '\\\\"' * 49999, "'''" * 33333, '<a' * 50000, 'a:' * 50000,
                     '1.' * 50000, 'a-' * 50000, "'\\\\'" * 33333, '@a-' * 33333, '?' * 100000]:
            try:
                check_query(text[:100000], limits)
            except QueryError:
                pass
        print("done")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "done", done.stderr


# --------------------------------------------------------------------------------------------
# geokg query: the crashers, over every input


@pytest.mark.parametrize("name", list(CRASHERS))
def test_geokg_query_refuses_what_crashed_it(inputs, name, tmp_path):
    # Every crasher over the store; the first two over every other kind of input too.
    kinds = list(inputs) if name in list(CRASHERS)[:2] else ["store"]
    for kind in kinds:
        done = _geokg_query(inputs[kind], CRASHERS[name], tmp_path)
        assert done.returncode == 2, (kind, done.returncode, done.stderr[-300:])
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("geokg: the query "), done.stderr


def test_queries_at_the_limits_run_or_stop_at_the_memory_ceiling(out, tmp_path):
    """Each query the checks let through runs, or stops at the memory ceiling with its one-line
    error (exit 1): the MINUS one needs about 12 MB per MINUS here, 11.7 GB in all without the
    ceiling. Under a 1 GB ceiling on resident memory, the command and its query process stay
    under 1.5 GB (measured: 1.06 GB)."""
    outcomes = {}
    for name, sparql in AT_THE_LIMITS.items():
        done = _geokg_query(out, sparql, tmp_path, "--max-memory", "1024")
        outcomes[name] = done.returncode
        assert done.peak_mb < 1536, (name, done.peak_mb)
        if done.returncode:
            assert done.stderr == MEMORY_ERROR.format(mb="1,024"), (name, done.stderr[-300:])
    assert outcomes == {name: 1 if name == "MINUS" else 0 for name in AT_THE_LIMITS}


def test_a_query_past_the_memory_ceiling_is_stopped_alone(inputs, tmp_path):
    """Over the store and over a parsed file: exit 1, one line naming the cause and the option,
    nothing on standard output; the process that ran the query never went far past the ceiling,
    which bounds resident memory whatever address space the process reserved (measured: 255 MB,
    also with the machine loaded)."""
    minus = "SELECT * WHERE { ?s ?p ?o " + " ".join(["MINUS { ?s ?p ?o }"] * 100) + " }"
    for kind in ("store", "ttl"):
        done = _geokg_query(inputs[kind], minus, tmp_path, "--max-memory", "200")
        assert (done.returncode, done.stdout) == (1, ""), (kind, done.stderr)
        assert done.stderr == MEMORY_ERROR.format(mb="200"), kind
        assert done.peak_mb < 600, (kind, done.peak_mb)
        assert _geokg_query(inputs[kind], "ASK { ?s ?p ?o }", tmp_path, "--max-memory", "200").stdout == "true\n"


def test_queries_at_the_limits_do_not_need_the_deep_stack(tmp_path):
    """What the checks let through runs even on an ordinary 8 MB main-thread stack: the deep
    stack is a margin, not what the limits rely on."""
    script = textwrap.dedent(
        """
        import json, sys
        import pyoxigraph as ox
        store = ox.Store()
        store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
        for sparql in json.load(open(sys.argv[1])):
            result = store.query(sparql, use_default_graph_as_union=True)
            if not isinstance(result, ox.QueryBoolean):
                list(result)
        print("ran", flush=True)
        """
    )
    import json

    queries = tmp_path / "queries.json"
    queries.write_text(json.dumps(list(AT_THE_LIMITS.values())), encoding="utf-8")
    done = subprocess.run(
        ["bash", "-c", f'ulimit -s 8192 && exec "{sys.executable}" -c "$0" "$1"', script, str(queries)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ran", (done.returncode, done.stderr[-300:])


# --------------------------------------------------------------------------------------------
# No file or network access, and FROM as a dataset clause


class Listener:
    """A TCP port that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> int:
        self.running = False
        self.thread.join(timeout=5)
        self.sock.close()
        return self.connections


@pytest.fixture()
def listener():
    server = Listener()
    yield server
    server.close()


def _sources(inputs: dict[str, Path]) -> dict[str, object]:
    sources: dict[str, object] = {kind: load_for_query(path) for kind, path in inputs.items()}
    sources["rdflib graph"] = to_graph(build_dataset(interop_assertions(), DOCUMENTS))
    sources["rdflib dataset"] = build_dataset(interop_assertions(), DOCUMENTS)
    return sources


def test_no_query_reads_a_file_or_opens_a_connection(inputs, listener, tmp_path):
    planted = tmp_path / "planted.ttl"
    planted.write_text('<urn:planted> <urn:says> "PLANTED-SECRET" .\n', encoding="utf-8")
    url = f"http://127.0.0.1:{listener.port}/data.ttl"
    for kind, source in _sources(inputs).items():
        with pytest.raises(QueryError, match="SERVICE"):
            run_query(source, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}")
        for iri in (planted.as_uri(), url):
            for clause in (f"FROM <{iri}>", f"FROM NAMED <{iri}>"):
                rows = run_query(
                    source, f"SELECT ?s ?p ?o {clause} WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
                )
                assert list(rows) == [], (kind, clause)
    assert listener.close() == 0


def test_from_names_the_default_graph_among_the_stores_own(inputs):
    everything = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gk:Assertion }"
    in_en = sum(a.doc == "wire/en 1" for a in interop_assertions())
    for kind, source in _sources(inputs).items():
        if kind == "rdflib graph" or kind == "ttl":
            continue  # no named graphs to name
        assert int(list(run_query(source, everything))[0][0]) == len(interop_assertions())
        one = everything.replace("WHERE", f"FROM <{DOC_EN}> WHERE")
        assert int(list(run_query(source, one))[0][0]) == in_en, kind
        missing = everything.replace("WHERE", "FROM <https://w3id.org/geokg/doc/no-such-document> WHERE")
        assert int(list(run_query(source, missing))[0][0]) == 0, kind  # was: every row
        named = f"SELECT DISTINCT ?g FROM NAMED <{DOC_EN}> WHERE {{ GRAPH ?g {{ ?a a gk:Assertion }} }}"
        assert [str(row[0]) for row in run_query(source, named)] == [DOC_EN], kind
