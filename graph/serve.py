"""``geokg serve OUT/``: a read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` (CONTRACT §3).

Queries go by ``GET /sparql?query=...``, by ``POST`` of a form (``query=...``) or by ``POST``
of ``application/sparql-query``; results come back as SPARQL JSON (the default), XML, CSV or
TSV, chosen by the ``Accept`` header (or a ``format`` parameter: json, xml, csv, tsv);
CONSTRUCT and DESCRIBE results as Turtle, N-Triples or JSON-LD. Updates are refused (403):
the endpoint only reads. It answers from the OUT/ folder's embedded store, opened read-only,
so several servers and ``geokg query`` may share one folder.
"""

from __future__ import annotations

import os
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset, Graph
from rdflib.query import Result

from .query import QueryError, format_result, load_for_query, run_query

MAX_QUERY_BYTES = 1 << 20  # a query larger than 1 MB is not a query

# (media type, our format name) in order of preference when the client accepts anything.
_SELECT_TYPES = [
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
]
_GRAPH_TYPES = [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("text/plain", "nt"),
]
_FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"}


def _accepted(accept: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, ties in order)."""
    ranked = []
    for index, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, index, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(accept: str | None, choices: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (media type, format) to answer with, or None when nothing acceptable is offered."""
    for media in _accepted(accept):
        if media in ("*/*", "application/*", "text/*"):
            family = media.split("/")[0]
            for choice in choices:
                if family == "*" or choice[0].startswith(family + "/"):
                    return choice
        for choice in choices:
            if choice[0] == media:
                return choice
    return None


def render(result: Result, accept: str | None, fmt: str | None = None) -> tuple[str, bytes] | None:
    """Serialise a query result for the client: (Content-Type, body), or None (406)."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        choice = negotiate(accept, _GRAPH_TYPES)
        if choice is None:
            return None
        media, rdf_format = choice
        graph: Graph = result.graph
        return f"{media}; charset=utf-8", graph.serialize(format=rdf_format, encoding="utf-8")
    if fmt in _FORMAT_PARAM:
        choice = next(c for c in _SELECT_TYPES if c[1] == _FORMAT_PARAM[fmt])
    else:
        choice = negotiate(accept, _SELECT_TYPES)
    if choice is None:
        return None
    media, name = choice
    if name == "xml":
        body = result.serialize(format="xml")
    elif name == "json" and result.type == "SELECT":
        body = result.serialize(format="json")
    else:
        body = format_result(result, name).encode("utf-8")
    return f"{media}; charset=utf-8", body


class SparqlHandler(BaseHTTPRequestHandler):
    """One request against ``server.dataset``; the dataset is only ever read."""

    server: SparqlServer
    server_version = "geokg-sparql"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, "text/plain; charset=utf-8", b"geokg SPARQL endpoint: /sparql\n")
            return
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            return
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "SPARQL updates are not accepted: the endpoint is read-only")
            return
        if "query" not in params:
            self._send(HTTPStatus.OK, "text/plain; charset=utf-8", b"geokg SPARQL endpoint: pass ?query=...\n")
            return
        self._answer(params["query"][0], params.get("format", [None])[0])

    def do_HEAD(self) -> None:  # noqa: N802
        self._send(HTTPStatus.OK, "text/plain; charset=utf-8", b"")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_QUERY_BYTES:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request body is too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
            query = params.get("query", [None])[0]
        elif content_type == "application/sparql-query":
            query = body
        elif content_type == "application/sparql-update" or "update" in params:
            query = None
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST a form (query=...) or application/sparql-query",
            )
            return
        if query is None:
            self._error(HTTPStatus.FORBIDDEN, "SPARQL updates are not accepted: the endpoint is read-only")
            return
        self._answer(query, params.get("format", [None])[0])

    def _answer(self, sparql: str, fmt: str | None) -> None:
        try:
            with self.server.lock:
                result = run_query(self.server.dataset, sparql)
                rendered = render(result, self.headers.get("Accept"), fmt)
        except QueryError as error:
            status = HTTPStatus.FORBIDDEN if "read-only" in error.message else HTTPStatus.BAD_REQUEST
            self._error(status, error.message)
            return
        if rendered is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "no acceptable result format (try application/sparql-results+json)")
            return
        self._send(HTTPStatus.OK, *rendered)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        # Read-only public data: a browser page on another origin may query it.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], dataset: Dataset | Graph, verbose: bool = False):
        super().__init__(address, SparqlHandler)
        self.dataset = dataset
        self.verbose = verbose
        # rdflib's SPARQL engine (the memory fallback) is not thread-safe; Oxigraph queries
        # are quick, so one query at a time costs little.
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def make_server(
    out_dir: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878, verbose: bool = False
) -> SparqlServer:
    """A server for ``out_dir`` bound to ``host:port`` (port 0: a free port), not yet serving."""
    return SparqlServer((host, port), load_for_query(out_dir), verbose=verbose)


def serve(out_dir: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878, verbose: bool = False) -> None:
    server = make_server(out_dir, host, port, verbose)
    print(f"geokg: serving {out_dir} at {server.url} (read-only; Ctrl-C stops)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
