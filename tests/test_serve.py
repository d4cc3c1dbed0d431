"""``geokg serve`` for many users, safely (issues 15 §5 and 16 §2): every query checked, nothing
reached outside the store, CORS same-origin unless opened, concurrent workers with a timeout that
frees them, a query page, results as Oxigraph wrote them, and a graph that follows updates.

What held before and must hold still: read-only (updates, LOAD, CLEAR, DROP refused), path
traversal 404, oversized bodies 413, 8 clients x 50 queries without an error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from geokg.graph.oxquery import execute
from geokg.graph.query import QUERY_PREFIXES
from geokg.graph.querycheck import check_query
from geokg.graph.serve import make_server
from geokg.graph.store import open_oxigraph
from interop_data import interop_assertions, readme_queries, write_interop_out
from interop_servers import free_port, wait_for_http
from test_querycheck import CRASHERS, DOC_EN, Listener

COUNT = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/geokg/ontology#Assertion> }"
# Four-way cross product of every triple: runs far longer than any timeout here.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return write_interop_out(tmp_path_factory.mktemp("serve") / "out")


class Running:
    """A server from ``make_server`` answering in a thread; stopped (workers too) on close."""

    def __init__(self, target: Path, **options):
        self.server = make_server(target, "127.0.0.1", 0, **options)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        assert self.server.pool.wait_ready(120)
        self.url = self.server.url
        self.base = self.url.removesuffix("/sparql")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def endpoint(out):
    running = Running(out, workers=3)
    yield running
    running.close()


def request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body text) of one request; errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def ask(endpoint_url: str, sparql: str, accept: str = "application/sparql-results+json", **params):
    query = urllib.parse.urlencode({"query": sparql, **params}, doseq=True)
    return request(f"{endpoint_url}?{query}", headers={"Accept": accept})


def count(endpoint_url: str, sparql: str = COUNT, **params) -> int:
    status, _, body = ask(endpoint_url, sparql, **params)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# --------------------------------------------------------------------------------------------
# Checked before anything parses them; nothing outside the store


def test_queries_that_crashed_the_server_get_400_and_it_goes_on(endpoint):
    for name, sparql in CRASHERS.items():
        status, _, body = request(endpoint.url, sparql.encode(), {"Content-Type": "application/sparql-query"})
        assert status == 400 and body.startswith("the query "), (name, status, body[:200])
    assert count(endpoint.url) == len(interop_assertions())


def test_service_is_refused_and_nothing_is_contacted(endpoint):
    listener = Listener()
    status, _, body = ask(
        endpoint.url, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"
    )
    assert status == 400 and "SERVICE is not allowed" in body
    assert listener.close() == 0


@pytest.fixture(scope="module")
def served_files(out, tmp_path_factory):
    """The same graph served from a TriG file and from a folder without a store."""
    plain = tmp_path_factory.mktemp("plain")
    shutil.copy(out / "graph.trig", plain / "graph.trig")
    servers = {"trig": Running(out / "graph.trig", workers=2), "folder without store": Running(plain, workers=2)}
    yield servers
    for running in servers.values():
        running.close()


def test_from_is_honoured_over_the_stores_graphs_on_every_input(endpoint, served_files, tmp_path):
    planted = tmp_path / "planted.ttl"
    planted.write_text('<urn:planted> <urn:says> "PLANTED-SECRET" .\n', encoding="utf-8")
    listener = Listener()
    in_en = sum(a.doc == "wire/en 1" for a in interop_assertions())
    for kind, url in [("store", endpoint.url)] + [(k, r.url) for k, r in served_files.items()]:
        assert count(url) == len(interop_assertions()), kind
        assert count(url, COUNT.replace("WHERE", f"FROM <{DOC_EN}> WHERE")) == in_en, kind
        assert count(url, COUNT.replace("WHERE", "FROM <https://w3id.org/geokg/doc/none> WHERE")) == 0, kind
        assert count(url, COUNT, **{"default-graph-uri": DOC_EN}) == in_en, kind
        for iri in (planted.as_uri(), f"http://127.0.0.1:{listener.port}/g.ttl"):
            status, _, body = ask(
                url,
                f"SELECT * FROM <{iri}> FROM NAMED <{iri}> WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }}",
            )
            assert status == 200 and json.loads(body)["results"]["bindings"] == [], (kind, body[:200])
    assert listener.close() == 0


def test_read_only_traversal_and_size_limits_hold(endpoint):
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <file:///etc/passwd>", "CLEAR ALL", "DROP DEFAULT"):
        for data, kind in (
            (update.encode(), "application/sparql-update"),
            (update.encode(), "application/sparql-query"),
        ):
            status, _, body = request(endpoint.url, data, {"Content-Type": kind})
            assert status == 403 and "read-only" in body, (update, kind)
        assert ask(endpoint.url, update)[0] == 403
        assert request(f"{endpoint.url}?{urllib.parse.urlencode({'update': update})}")[0] == 403
    for path in ("/../../etc/passwd", "/sparql/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd"):
        with socket.create_connection(("127.0.0.1", endpoint.server.server_address[1])) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            reply = sock.recv(1000).decode("latin-1")
        assert reply.startswith("HTTP/1.1 404"), (path, reply[:100])
    big = b"query=" + b"x" * (1 << 21)
    status, _, body = request(endpoint.url, big, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413
    assert ask(endpoint.url, "ASK { <urn:a> ?p ?o }")[2] == '{"head":{},"boolean":false}'


# --------------------------------------------------------------------------------------------
# Who may ask: CORS, OPTIONS, Host


def test_cross_origin_requests_are_refused_by_default(endpoint):
    status, headers, _ = ask(endpoint.url, COUNT)
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    query = f"{endpoint.url}?{urllib.parse.urlencode({'query': COUNT})}"
    status, headers, body = request(query, headers={"Origin": "http://evil.example"})
    assert status == 403 and "--cors" in body and "Access-Control-Allow-Origin" not in headers
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    form_headers = {"Origin": "null", "Content-Type": "application/x-www-form-urlencoded"}
    assert request(endpoint.url, form, form_headers)[0] == 403
    # An <img>/<script> request from another site carries no Origin, but Sec-Fetch-Site says so.
    assert request(query, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"})[0] == 403
    # Following a link is allowed (the page that had the link cannot read the answer).
    assert request(query, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"})[0] == 200
    assert request(query, headers={"Origin": endpoint.base, "Sec-Fetch-Site": "same-origin"})[0] == 200
    behind_tls = endpoint.base.replace("http://", "https://")  # a TLS proxy in front
    assert request(query, headers={"Origin": behind_tls})[0] == 200
    status, headers, _ = request(endpoint.url, method="OPTIONS")
    assert status == 204 and "POST" in headers["Allow"] and "Access-Control-Allow-Origin" not in headers
    preflight = {"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    assert request(endpoint.url, headers=preflight, method="OPTIONS")[0] == 403


def test_the_cors_option_opens_it_to_the_origins_named(out):
    for allowed in (("http://yasgui.example",), ("*",)):
        running = Running(out, workers=1, cors=allowed)
        try:
            preflight = {
                "Origin": "http://yasgui.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            }
            status, headers, _ = request(running.url, headers=preflight, method="OPTIONS")
            assert status == 204 and headers["Access-Control-Allow-Origin"] == allowed[0]
            assert "POST" in headers["Access-Control-Allow-Methods"]
            assert headers["Access-Control-Allow-Headers"] == "content-type"
            status, headers, _ = request(
                running.url,
                COUNT.encode(),
                {"Origin": "http://yasgui.example", "Content-Type": "application/sparql-query"},
            )
            assert status == 200 and headers["Access-Control-Allow-Origin"] == allowed[0]
            other = request(
                running.url,
                COUNT.encode(),
                {"Origin": "http://other.example", "Content-Type": "application/sparql-query"},
            )
            assert other[0] == (200 if allowed == ("*",) else 403)
        finally:
            running.close()


def test_only_loopback_host_names_are_answered_on_loopback(endpoint):
    query = f"{endpoint.url}?{urllib.parse.urlencode({'query': COUNT})}"
    port = endpoint.server.server_address[1]
    assert request(query, headers={"Host": f"attacker.example:{port}"})[0] == 403  # DNS rebinding
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "[::1]"):
        assert request(query, headers={"Host": host})[0] == 200, host


# --------------------------------------------------------------------------------------------
# The page, and results as Oxigraph wrote them


def test_the_query_page_carries_the_readme_examples_under_a_strict_policy(endpoint):
    status, headers, page = request(endpoint.base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy)
    data = re.search(r'<script type="application/json" id="examples">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data  # escaped: nothing in the data can close the element
    assert [e["query"] for e in json.loads(data)] == readme_queries()
    assert not re.search(r"\son[a-z]+=", page)  # no inline event handlers (the policy forbids them)


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ],
)
def test_results_are_the_bytes_oxigraph_wrote(endpoint, out, accept, fmt):
    sparql = "SELECT ?a ?text WHERE { ?a gk:evidenceText ?text } ORDER BY ?a"
    status, headers, body = ask(endpoint.url, sparql, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    expected = execute(open_oxigraph(out), check_query(sparql), fmt, QUERY_PREFIXES)
    assert body.encode("utf-8") == expected
    assert "شنت إسرائيل غارات" in body


def test_graph_results_and_the_readme_examples(endpoint, out):
    sparql = "CONSTRUCT { ?s gk:hosts ?o } WHERE { ?s gk:hosts ?o }"
    status, headers, body = ask(endpoint.url, sparql, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert "gkid:Q79 gk:hosts gkid:Q810" in body
    for example in readme_queries():
        status, _, body = ask(endpoint.url, example)
        assert status == 200 and json.loads(body)["results"]["bindings"], example[:80]


# --------------------------------------------------------------------------------------------
# Many users


def test_eight_clients_fifty_queries_each(endpoint):
    errors: list[str] = []
    expected = len(interop_assertions())

    def client() -> None:
        for _ in range(50):
            try:
                if count(endpoint.url) != expected:
                    errors.append("wrong count")
            except Exception as error:  # noqa: BLE001 - collected for the assertion
                errors.append(repr(error))

    clients = [threading.Thread(target=client) for _ in range(8)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join(timeout=300)
    assert not errors, errors[:5]


def test_the_timeout_is_enforced_and_frees_the_worker(out):
    running = Running(out, workers=2, timeout=2)
    try:
        before = set(running.server.pool.pids())
        status, _, body = ask(running.url, HEAVY)
        assert status == 503 and "did not finish within 2 s" in body
        # The worker that ran it was killed, and a new one took its place.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(running.server.pool.pids()) < 2:
            time.sleep(0.1)
        after = set(running.server.pool.pids())
        assert len(after) == 2 and len(before - after) == 1
        gone = (before - after).pop()
        assert not Path(f"/proc/{gone}").exists() or "zombie" in Path(f"/proc/{gone}/status").read_text().lower()
        assert [count(running.url) for _ in range(4)] == [len(interop_assertions())] * 4
    finally:
        running.close()


def test_a_query_past_the_memory_ceiling_gets_503_and_only_its_worker_goes(out):
    logged: list[str] = []
    running = Running(out, workers=2, max_memory=200)
    running.server.pool.log = logged.append
    try:
        before = set(running.server.pool.pids())
        minus = "SELECT * WHERE { ?s ?p ?o " + " ".join(["MINUS { ?s ?p ?o }"] * 100) + " }"
        status, _, body = ask(running.url, minus)
        assert (status, body) == (
            503,
            "the query needed more than 200 MB of memory: simplify it, or raise --max-memory\n",
        )
        assert logged == ["a query needed more than 200 MB of memory (--max-memory); worker replaced"]
        assert [count(running.url) for _ in range(4)] == [len(interop_assertions())] * 4
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(running.server.pool.pids()) < 2:
            time.sleep(0.1)
        assert len(set(running.server.pool.pids()) - before) == 1  # the other worker never stopped
    finally:
        running.close()


def test_a_heavy_query_does_not_hold_up_simple_ones(out):
    running = Running(out, workers=2, timeout=20)
    try:
        heavy: dict = {}
        thread = threading.Thread(target=lambda: heavy.update(answer=ask(running.url, HEAVY)))
        thread.start()
        time.sleep(0.5)  # the heavy query is running in one worker
        answers = [count(running.url) for _ in range(10)]
        assert thread.is_alive() and "answer" not in heavy  # all ten came back while it ran
        assert answers == [len(interop_assertions())] * 10
    finally:
        running.close()  # kills the worker still running the heavy query
        thread.join(timeout=60)


def test_a_client_that_hangs_up_leaves_no_traceback(out, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as stream:
        process = subprocess.Popen(
            [sys.executable, "-m", "geokg.graph.cli", "serve", str(out), "--port", str(port), "--workers", "2"],
            stdout=stream,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/sparql"
        wait_for_http(url, process)
        big = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 200000"})
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", port)) as sock:  # asks for megabytes, leaves
                sock.sendall(f"GET /sparql?{big} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                sock.recv(100)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            with socket.create_connection(("127.0.0.1", port)):  # connects, says nothing, leaves
                pass
        time.sleep(1.0)
        assert count(url) == len(interop_assertions())
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text and "BrokenPipe" not in text, text[-2000:]
    assert process.returncode == 0


# --------------------------------------------------------------------------------------------
# Following geokg build --update


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see a process's open files")
def test_serve_sees_an_update_and_lets_go_of_the_old_store(tmp_path):
    from geokg.graph.cli import main

    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(
        json.dumps({"id": "u-1", "lang": "en", "date": "2024-05-01", "text": "Egypt hosted Jordan's foreign minister."})
        + "\n",
        encoding="utf-8",
    )
    second.write_text(
        json.dumps({"id": "u-2", "lang": "en", "date": "2024-05-02", "text": "Qatar criticized Israel on Tuesday."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", str(first), "-o", str(out), "--no-progress"]) == 0
    running = Running(out, workers=2)
    documents = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a gk:Document }"
    try:
        assert count(running.url, documents) == 1
        old_pids = set(running.server.pool.pids())
        assert main(["build", str(second), "-o", str(out), "--update", "--no-progress"]) == 0
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and count(running.url, documents) != 2:
            time.sleep(0.2)
        assert count(running.url, documents) == 2
        while time.monotonic() < deadline and set(running.server.pool.pids()) & old_pids:
            time.sleep(0.2)
        for pid in running.server.pool.pids():
            held = []
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    held.append(os.readlink(fd))
                except OSError:
                    continue
            # Nothing of the old OUT/ (its store's files were deleted by the swap) stays open.
            assert not [f for f in held if f.endswith("(deleted)") and str(tmp_path) in f], held
            assert any(str(out / "store") in f for f in held)
        assert not set(running.server.pool.pids()) & old_pids
    finally:
        running.close()
