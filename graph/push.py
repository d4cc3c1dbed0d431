"""``geokg push OUT/ --endpoint URL [--graph IRI]``: load the graph into any triple store
through the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT`` (the default) replaces the target graph, ``POST`` (``--add``) adds to it. The body is
``graph.ttl`` (the union of all documents) as ``text/turtle``, which every Graph Store
implementation reads, followed by the ontology as N-Triples (valid Turtle too) unless
``--no-ontology``: the relation and class labels, symmetric properties and CAMEO alignment live
in the ontology, and the README's queries need them. Data and ontology go in one request into
one graph, so the pushed graph answers queries on its own, exactly as the embedded store does
(where the ontology has its own graph inside the union); a second PUT of the same build
changes nothing. The body is streamed from the file, never held in memory whole.

The target is ``?graph=IRI`` (a named graph) or ``?default``; stores that spell the parameter
differently (Virtuoso's ``/sparql-graph-crud-auth`` wants ``graph-uri``) take ``--graph-param``.
Credentials (``--user NAME:PASSWORD``) are offered to Basic and Digest challenges alike.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from .errors import GeokgError
from .outfolder import OutputFolder


class PushError(GeokgError):
    """The push failed; the message is one line, fit for a terminal."""


CHUNK_BYTES = 1 << 20


@dataclass
class Pushed:
    status: int
    url: str
    bytes: int
    ontology: bool = False


def target_url(endpoint: str, graph: str | None, graph_param: str = "graph") -> str:
    """The Graph Store URL for ``graph`` (None: the default graph)."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint}: not an http(s) URL")
    if graph is not None:
        graph_parts = urlsplit(graph)
        if not graph_parts.scheme or any(c in graph for c in ' <>"{}|\\^`'):
            raise PushError(f"{graph}: not an absolute IRI")
        selector = f"{graph_param}={quote(graph, safe='')}"
    else:
        selector = "default"
    query = f"{parts.query}&{selector}" if parts.query else selector
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _probe(request: urllib.request.Request, authorization: str | None, timeout: float) -> str | None:
    """POST an empty body (it adds nothing) where ``request`` goes: None when accepted, the
    challenge when the store asks for credentials; other refusals raise ``HTTPError``."""
    probe = urllib.request.Request(request.full_url, data=b"", method="POST", headers=dict(request.header_items()))
    probe.add_header("Content-Length", "0")
    if authorization:
        probe.add_unredirected_header("Authorization", authorization)
    try:
        with urllib.request.urlopen(probe, timeout=timeout):
            return None
    except urllib.error.HTTPError as error:
        if error.code != 401 or authorization:
            raise
        challenge = error.headers.get("WWW-Authenticate") or ""
        error.close()
        return challenge


def _authorization(request: urllib.request.Request, user: str, timeout: float) -> str | None:
    """The Authorization header for ``request``: the store's challenge is learnt, and the
    credentials tried, with empty POSTs (None when the store asks for none).

    Why not let urllib answer the challenge: it does so by sending the whole body again, and a
    store that refuses before reading a large body closes the connection under it."""
    challenge = _probe(request, None, timeout)
    if challenge is None:
        return None
    name, _, password = user.partition(":")
    scheme, _, params = challenge.partition(" ")
    if scheme.lower() != "digest":
        basic = "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode("ascii")
        _probe(request, basic, timeout)
        return basic
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, request.full_url, name, password)
    digest = urllib.request.HTTPDigestAuthHandler(passwords)  # counts the uses of the nonce
    fields = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(params)))
    probe = urllib.request.Request(request.full_url, data=b"", method="POST")
    _probe(request, f"Digest {digest.get_authorization(probe, fields)}", timeout)
    return f"Digest {digest.get_authorization(request, fields)}"


class _Body:
    """The request body, read from the file a chunk at a time (never whole in memory)."""

    def __init__(self, path: Path, ontology: bytes | None):
        self.path = path
        self.ontology = ontology

    def __iter__(self) -> Iterator[bytes]:
        with open(self.path, "rb") as stream:
            while chunk := stream.read(CHUNK_BYTES):
                yield chunk
        if self.ontology is not None:
            yield b"\n" + self.ontology


def push(
    source: str | os.PathLike[str],
    endpoint: str,
    graph: str | None = None,
    *,
    add: bool = False,
    user: str | None = None,
    graph_param: str = "graph",
    timeout: float = 300.0,
    ontology: bool = True,
) -> Pushed:
    """Send ``source`` (an OUT/ folder's graph.ttl, or a Turtle/N-Triples file), and the
    ontology unless ``ontology`` is false, to the store."""
    path = OutputFolder.graph_file(source)  # UsageError (exit 2) when there is none
    url = target_url(endpoint, graph, graph_param)
    extra = None
    if ontology:
        from .store import ontology_ntriples  # loads the ontology: only when it is sent

        extra = ontology_ntriples()
    length = path.stat().st_size + (len(extra) + 1 if extra is not None else 0)
    method = "POST" if add else "PUT"
    content_type = "application/n-triples" if path.suffix == ".nt" else "text/turtle"
    request = urllib.request.Request(
        url,
        data=_Body(path, extra),
        method=method,
        headers={"Content-Type": f"{content_type}; charset=utf-8", "Content-Length": str(length)},
    )
    try:
        if user:
            authorization = _authorization(request, user, timeout)
            if authorization:
                request.add_unredirected_header("Authorization", authorization)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", errors="replace").split())
        raise PushError(
            f"{method} {url}: HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")
        ) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, (BrokenPipeError, ConnectionResetError)):
            reason = "the store closed the connection while the graph was being sent (did it refuse it?)"
        raise PushError(f"{method} {url}: {reason}") from error
    return Pushed(status=status, url=url, bytes=length, ontology=ontology)
