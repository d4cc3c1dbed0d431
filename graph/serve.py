"""``geokg serve OUT/``: a read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` (CONTRACT §3),
and a small query page at ``/``.

Queries go by ``GET /sparql?query=...``, by ``POST`` of a form (``query=...``) or by ``POST``
of ``application/sparql-query``; results come back as SPARQL JSON (the default), XML, CSV or
TSV, chosen by the ``Accept`` header (or a ``format`` parameter: json, xml, csv, tsv);
CONSTRUCT and DESCRIBE results as Turtle, N-Triples or JSON-LD. ``default-graph-uri`` and
``named-graph-uri`` choose the dataset among the store's graphs, as ``FROM`` does.

Safety (docs/sparql.md): each query is checked before anything parses it
(:mod:`geokg.graph.querycheck`: length, nesting, no SERVICE, no update: 400 or 403); it runs in a
worker process (:mod:`geokg.graph.querypool`) that is killed when it overruns ``--timeout``
(503); requests from other web origins are refused unless ``--cors`` allows them, and when the
server listens on a loopback address only ``localhost`` host names are answered (so a web page
cannot reach it through DNS rebinding). Bodies over 1 MB get 413, unknown paths 404.

Many users: a thread per connection parses the request and checks the query; the query itself
runs in one of ``--workers`` processes, each with the store open read-only, with no lock shared
between them. The HTTP thread writes the bytes Oxigraph serialised.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import os
import re
import signal
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import interrupt
from .query import QUERY_PREFIXES
from .querycheck import DEFAULT_MAX_MEMORY, CheckedQuery, Limits, QueryError, check_query
from .querypool import QueryPool, ServedGraph
from .queryworker import Job

MAX_QUERY_BYTES = 1 << 20  # a request body larger than 1 MB is not a query
DRAIN_BYTES = 16 << 20  # what is read of a refused body, at most
DEFAULT_TIMEOUT = 30.0
TEMPLATES = Path(__file__).parent / "templates"

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
_STATUS = {
    "syntax": HTTPStatus.BAD_REQUEST,
    "limit": HTTPStatus.BAD_REQUEST,
    "refused": HTTPStatus.BAD_REQUEST,
    "update": HTTPStatus.FORBIDDEN,
    "timeout": HTTPStatus.SERVICE_UNAVAILABLE,
    "memory": HTTPStatus.SERVICE_UNAVAILABLE,
}
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")


def default_workers() -> int:
    """Worker processes by default: one per core, and at least 4 (so that one heavy query
    never holds up the others)."""
    return max(4, os.cpu_count() or 1)


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


def result_type(query: CheckedQuery, accept: str | None, fmt: str | None = None) -> tuple[str, str] | None:
    """The (media type, result format) for a query's result, or None (406)."""
    if query.form in ("CONSTRUCT", "DESCRIBE"):
        return negotiate(accept, _GRAPH_TYPES)
    if fmt in _FORMAT_PARAM:
        return next(c for c in _SELECT_TYPES if c[1] == _FORMAT_PARAM[fmt])
    return negotiate(accept, _SELECT_TYPES)


# --------------------------------------------------------------------------------------------
# The query page


def _digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def query_page() -> tuple[bytes, str]:
    """The page at ``/`` (the README's example queries ready to run) and its Content-Security-
    Policy: its own script and style only, requests to this server only."""
    examples = json.loads((TEMPLATES / "examples.json").read_text(encoding="utf-8"))
    # JSON inside <script>: no "<" may close the element early.
    data = json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    page = (TEMPLATES / "sparql.html").read_text(encoding="utf-8").replace("@EXAMPLES@", data.replace("&", "\\u0026"))
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)  # type: ignore[union-attr]
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)  # type: ignore[union-attr]
    policy = (
        f"default-src 'none'; script-src {_digest(script)}; style-src {_digest(style)}; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return page.encode("utf-8"), policy


# --------------------------------------------------------------------------------------------
# HTTP


class _Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


class SparqlHandler(BaseHTTPRequestHandler):
    """One connection; queries go to ``server.pool``."""

    server: SparqlServer
    server_version = "geokg-sparql"
    protocol_version = "HTTP/1.1"  # keep-alive: a client's queries share one connection
    # Headers and body go out as separate writes: without TCP_NODELAY, Nagle's algorithm and
    # the client's delayed ACK hold every keep-alive answer back by 40 ms.
    disable_nagle_algorithm = True
    timeout = 120  # an idle connection is closed after two minutes

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.verbose:
            super().log_message(format, *args)

    def handle(self) -> None:
        # A client that goes away mid-answer is normal for a server, not a traceback.
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True

    # ---------------------------------------------------------------- methods

    def do_OPTIONS(self) -> None:  # noqa: N802
        if not self._admitted():
            return
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        self._cors_headers()
        if self._allowed_origin():
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header(
                "Access-Control-Allow-Headers",
                self.headers.get("Access-Control-Request-Headers") or "Content-Type, Accept",
            )
            self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if not self._admitted(navigation=True):
            return
        if url.path == "/":
            page, policy = self.server.page
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", page, {"Content-Security-Policy": policy})
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
        self._answer(params["query"][0], params)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if not self._admitted():
            self.close_connection = True  # the body was not read
            return
        if url.path != "/sparql":
            self.close_connection = True
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_QUERY_BYTES:
            self.close_connection = True
            self._discard(length)
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
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "POST a form (query=...) or application/sparql-query")
            return
        if query is None:
            self._error(HTTPStatus.FORBIDDEN, "SPARQL updates are not accepted: the endpoint is read-only")
            return
        self._answer(query, params)

    def _discard(self, length: int) -> None:
        """Read and drop a refused body (up to :data:`DRAIN_BYTES`): a client sends all of it
        before it reads the answer, and would otherwise see a broken connection, not the 413."""
        left = min(max(length, 0), DRAIN_BYTES)
        while left > 0:
            chunk = self.rfile.read(min(left, 1 << 16))
            if not chunk:
                return
            left -= len(chunk)

    # ---------------------------------------------------------------- answering

    def _answer(self, sparql: str, params: dict[str, list[str]]) -> None:
        try:
            checked = check_query(sparql, self.server.limits)
            choice = result_type(checked, self.headers.get("Accept"), params.get("format", [None])[0])
            if choice is None:
                raise _Refused(
                    HTTPStatus.NOT_ACCEPTABLE, "no acceptable result format (try application/sparql-results+json)"
                )
            job = Job(checked, choice[1], QUERY_PREFIXES, *self._dataset(params))
            body = self.server.pool.run(job)
        except _Refused as refused:
            self._error(refused.status, str(refused))
            return
        except QueryError as error:
            self._error(_STATUS.get(error.kind, HTTPStatus.INTERNAL_SERVER_ERROR), error.message)
            return
        self._send(HTTPStatus.OK, f"{choice[0]}; charset=utf-8", body)

    @staticmethod
    def _dataset(params: dict[str, list[str]]) -> tuple[list[str] | None, list[str] | None]:
        """The protocol's ``default-graph-uri`` and ``named-graph-uri`` (None when absent)."""
        found = []
        for name in ("default-graph-uri", "named-graph-uri"):
            iris = params.get(name)
            for iri in iris or []:
                if not _IRI.match(iri):
                    raise _Refused(HTTPStatus.BAD_REQUEST, f"{name}: not an absolute IRI: {iri[:200]!r}")
            found.append(iris)
        if found[0] is None and found[1] is None:
            return None, None
        return found[0] or [], found[1] or []

    # ---------------------------------------------------------------- who may ask

    def _admitted(self, navigation: bool = False) -> bool:
        """Refuse (403) a request from another web origin that ``--cors`` does not allow, and,
        on a loopback address, a Host that is not a loopback name (DNS rebinding)."""
        try:
            self._check_host()
            self._check_origin(navigation)
        except _Refused as refused:
            self._error(refused.status, str(refused))
            return False
        return True

    def _check_host(self) -> None:
        host = self.headers.get("Host")
        if not self.server.loopback or host is None:
            return
        name = urlsplit(f"//{host}").hostname or ""
        if name.rstrip(".") != "localhost" and not _is_loopback(name):
            raise _Refused(HTTPStatus.FORBIDDEN, f"unexpected Host {host!r}: this server answers localhost only")

    def _check_origin(self, navigation: bool) -> None:
        origin = self.headers.get("Origin")
        site = (self.headers.get("Sec-Fetch-Site") or "").lower()
        if origin is not None:
            if self._same_origin(origin) or self._allowed_origin():
                return
        elif site not in ("cross-site", "same-site") or "*" in self.server.cors:
            return
        elif navigation and (self.headers.get("Sec-Fetch-Mode") or "").lower() == "navigate":
            return  # the user followed a link: the page that had it cannot read the answer
        who = origin or "another site"
        raise _Refused(
            HTTPStatus.FORBIDDEN,
            f"cross-origin request from {who} refused (start geokg serve with --cors ORIGIN to allow it)",
        )

    def _same_origin(self, origin: str) -> bool:
        # The scheme is not compared: behind a TLS proxy the page is https, this server http.
        host = self.headers.get("Host")
        scheme, _, rest = origin.partition("://")
        return host is not None and scheme in ("http", "https") and rest.lower() == host.lower()

    def _allowed_origin(self) -> str | None:
        """The value of Access-Control-Allow-Origin for this request, if any."""
        origin = self.headers.get("Origin")
        if "*" in self.server.cors:
            return "*"
        if origin is not None and origin in self.server.cors:
            return origin
        return None

    def _cors_headers(self) -> None:
        allowed = self._allowed_origin()
        if allowed:
            self.send_header("Access-Control-Allow-Origin", allowed)
        if self.server.cors and allowed != "*":
            self.send_header("Vary", "Origin")

    # ---------------------------------------------------------------- writing

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self._cors_headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _is_loopback(name: str) -> bool:
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(
        self,
        address: tuple[str, int],
        pool: QueryPool,
        verbose: bool = False,
        cors: tuple[str, ...] = (),
        limits: Limits | None = None,
    ):
        super().__init__(address, SparqlHandler)
        self.pool = pool
        self.verbose = verbose
        self.cors = frozenset(cors)
        self.limits = limits or Limits()
        self.page = query_page()
        host = address[0]
        self.loopback = host == "localhost" or _is_loopback(host)

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        # Clients that hang up are not the server's errors.
        error = sys.exc_info()[1]
        if isinstance(error, (BrokenPipeError, ConnectionResetError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def make_server(
    out_dir: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 7878,
    verbose: bool = False,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int | None = None,
    cors: tuple[str, ...] = (),
    max_memory: int | None = DEFAULT_MAX_MEMORY,
) -> SparqlServer:
    """A server for ``out_dir`` bound to ``host:port`` (port 0: a free port), not yet serving;
    its workers are starting. ``server_close()`` stops them. ``max_memory``: MB a query may use
    in its worker (None: no ceiling)."""
    graph = ServedGraph(out_dir)
    pool = QueryPool(graph, workers or default_workers(), timeout, max_memory=max_memory)
    try:
        return SparqlServer((host, port), pool, verbose=verbose, cors=cors)
    except BaseException:
        pool.close()
        raise


def serve(
    out_dir: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 7878,
    verbose: bool = False,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int | None = None,
    cors: tuple[str, ...] = (),
    max_memory: int | None = DEFAULT_MAX_MEMORY,
) -> None:
    server = make_server(
        out_dir, host, port, verbose, timeout=timeout, workers=workers, cors=cors, max_memory=max_memory
    )
    if threading.current_thread() is threading.main_thread():
        # `kill PID` stops the server as Ctrl-C does: workers stopped, temporary stores deleted.
        signal.signal(signal.SIGTERM, interrupt)
    try:
        server.pool.wait_ready()
        page = server.url.removesuffix("sparql")
        print(
            f"geokg: serving {out_dir} at {server.url} (query page {page}; read-only; Ctrl-C stops)",
            file=sys.stderr,
            flush=True,
        )
        server.serve_forever()
    finally:
        server.server_close()
