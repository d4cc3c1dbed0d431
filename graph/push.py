"""``geokg push OUT/ --endpoint URL [--graph IRI]``: load the graph into any triple store
through the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT`` (the default) replaces the target graph, ``POST`` (``--add``) adds to it. The body is
``graph.ttl`` (the union of all documents) as ``text/turtle``, which every Graph Store
implementation reads. The target is ``?graph=IRI`` (a named graph) or ``?default``; stores
that spell the parameter differently (Virtuoso's ``/sparql-graph-crud-auth`` wants
``graph-uri``) take ``--graph-param``. Credentials (``--user NAME:PASSWORD``) are offered to
Basic and Digest challenges alike.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from .errors import GeokgError


class PushError(GeokgError):
    """The push failed; the message is one line, fit for a terminal."""


@dataclass
class Pushed:
    status: int
    url: str
    bytes: int


def graph_file(source: str | os.PathLike[str]) -> Path:
    path = Path(source)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise PushError(f"{path}: no such file (run geokg build first)")
    return path


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


def _opener(url: str, user: str | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user:
        name, _, password = user.partition(":")
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, name, password)
        handlers += [
            urllib.request.HTTPBasicAuthHandler(passwords),
            urllib.request.HTTPDigestAuthHandler(passwords),
        ]
    return urllib.request.build_opener(*handlers)


def push(
    source: str | os.PathLike[str],
    endpoint: str,
    graph: str | None = None,
    *,
    add: bool = False,
    user: str | None = None,
    graph_param: str = "graph",
    timeout: float = 300.0,
) -> Pushed:
    """Send ``source`` (an OUT/ folder's graph.ttl, or a Turtle/N-Triples file) to the store."""
    path = graph_file(source)
    body = path.read_bytes()
    url = target_url(endpoint, graph, graph_param)
    method = "POST" if add else "PUT"
    content_type = "application/n-triples" if path.suffix == ".nt" else "text/turtle"
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": f"{content_type}; charset=utf-8"}
    )
    try:
        with _opener(url, user).open(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", errors="replace").split())
        raise PushError(
            f"{method} {url}: HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")
        ) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"{method} {url}: {reason}") from error
    return Pushed(status=status, url=url, bytes=len(body))
